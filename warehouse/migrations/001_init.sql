-- 001: the contract's tables (../shared/CONTRACT.md) plus the internal bookkeeping tables.

create table if not exists articles (
    article_id              varchar primary key,  -- first 16 hex of content_hash
    source_file             varchar not null,     -- path as given
    collection              varchar,              -- folder the file sits in
    publisher               varchar,
    url                     varchar,
    title                   varchar,
    author                  varchar,
    published_date          date,
    body                    varchar,
    word_count              integer,
    language                varchar,
    language_confidence     double,
    declared_comment_count  integer,
    comment_count           integer,
    content_hash            varchar not null,
    run_id                  varchar,
    ingested_at             timestamp
);

create table if not exists comments (
    comment_id       varchar primary key,  -- article_id || '-c' || position (4 digits)
    article_id       varchar not null,
    position         integer not null,
    author           varchar,
    body             varchar,
    parent_position  integer,
    posted_at        timestamp,
    language         varchar,
    word_count       integer
);

create table if not exists entities (
    entity_id  varchar primary key,  -- first 16 hex of sha256(canonical key)
    name       varchar not null,
    label      varchar not null,
    aliases    varchar[]
);

create table if not exists entity_mentions (
    entity_id      varchar not null,
    article_id     varchar not null,
    comment_id     varchar,             -- NULL: in the article body
    mention_count  integer not null,
    first_offset   integer not null,
    label          varchar              -- the label of this text's mentions (majority)
);

create table if not exists quarantine (
    record_type     varchar not null,   -- 'article' | 'comment' | 'entity_mention' | 'file'
    record_key      varchar,
    source_file     varchar,
    failed_checks   varchar[],
    payload         json,
    run_id          varchar,
    quarantined_at  timestamp
);

create table if not exists pipeline_runs (
    run_id               varchar primary key,
    started_at           timestamp,
    finished_at          timestamp,
    status               varchar,      -- running | completed | failed
    files_seen           integer,
    files_new            integer,
    files_changed        integer,
    files_skipped        integer,
    articles_loaded      integer,
    comments_loaded      integer,
    mentions_loaded      integer,
    records_quarantined  integer,
    validation_success   boolean
);

-- Internal: what each input path held when last ingested (skip unchanged files without parsing).
create table if not exists source_files (
    source_file   varchar primary key,
    content_hash  varchar not null,
    size_bytes    bigint,
    modified_at   timestamp,
    collection    varchar,
    status        varchar,        -- loaded | quarantined
    article_ids   varchar[],      -- articles this file produced (a json file: several)
    run_id        varchar,
    seen_at       timestamp
);

-- Internal: the raw text of every ingested file, deduplicated by content hash (for reprocess).
create table if not exists raw_documents (
    content_hash  varchar primary key,
    source_file   varchar,        -- first path it was seen at
    raw           blob,
    stored_at     timestamp
);

-- Internal: every surface form and label seen per entity per text, to (re)build `entities`.
create table if not exists mention_surfaces (
    entity_id      varchar not null,
    article_id     varchar not null,
    comment_id     varchar,
    surface        varchar not null,
    label          varchar not null,
    mention_count  integer not null
);

create index if not exists idx_comments_article on comments(article_id);
create index if not exists idx_mentions_article on entity_mentions(article_id);
create index if not exists idx_surfaces_article on mention_surfaces(article_id);
