-- Entities named in article bodies, per publisher, ranked by the number of
-- that publisher's articles naming them (ties broken by mentions, then name).
-- Mentions inside reader comments are not counted: this is what publishers
-- write about. Filter entity_rank <= N for a top N.
with body_mentions as (
    select entity_id, article_id, mention_count
    from entity_mentions
    where comment_id is null
),

per_publisher as (
    select
        coalesce(a.publisher, '(unknown)') as publisher,
        m.entity_id,
        count(distinct m.article_id) as articles,
        sum(m.mention_count)::bigint as mentions
    from body_mentions as m
    join articles as a using (article_id)
    group by all
),

final as (
    select
        p.publisher,
        row_number() over (
            partition by p.publisher
            order by p.articles desc, p.mentions desc, e.name, p.entity_id
        ) as entity_rank,
        p.entity_id,
        e.name as entity_name,
        e.label as entity_label,
        p.articles,
        p.mentions
    from per_publisher as p
    join entities as e using (entity_id)
)

select * from final
