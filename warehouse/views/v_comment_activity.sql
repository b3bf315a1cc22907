-- Reader comment activity per article: comments parsed against the count the
-- page declared (parsed_minus_declared: negative when comments were lost), distinct authors, and how threaded the discussion is.
-- reply_depth is 0 for a top-level comment, 1 for a reply to it, and so on
-- (following parent_position); reply_share = replies / comments.
with recursive threaded as (
    select article_id, position, 0 as reply_depth
    from comments
    where parent_position is null
    union all
    select c.article_id, c.position, t.reply_depth + 1
    from comments as c
    join threaded as t
        on c.article_id = t.article_id
        and c.parent_position = t.position
    where t.reply_depth < 100  -- guards against a malformed parent cycle
),

per_article as (
    select
        c.article_id,
        count(*) as comments,
        count(distinct c.author) as distinct_authors,
        count(c.parent_position) as replies,
        max(t.reply_depth) as max_reply_depth,
        min(c.posted_at) as first_comment_at,
        max(c.posted_at) as last_comment_at
    from comments as c
    left join threaded as t using (article_id, position)
    group by c.article_id
),

final as (
    select
        a.article_id,
        a.title,
        coalesce(a.publisher, '(unknown)') as publisher,
        a.collection,
        a.published_date,
        a.declared_comment_count,
        coalesce(p.comments, 0) as parsed_comment_count,
        coalesce(p.comments, 0) - a.declared_comment_count as parsed_minus_declared,
        coalesce(p.distinct_authors, 0) as distinct_authors,
        coalesce(p.replies, 0) as replies,
        coalesce(p.replies / nullif(p.comments, 0), 0.0) as reply_share,
        coalesce(p.max_reply_depth, 0) as max_reply_depth,
        p.first_comment_at,
        p.last_comment_at
    from articles as a
    left join per_article as p using (article_id)
)

select * from final
