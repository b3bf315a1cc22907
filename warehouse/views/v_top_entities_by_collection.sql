-- Entities named in article bodies, per collection (the folder an article
-- came from: a story cluster, a crawl day...), ranked by the number of the
-- collection's articles naming them (ties broken by mentions, then name).
-- Mentions inside reader comments are not counted. Filter entity_rank <= N.
with body_mentions as (
    select entity_id, article_id, mention_count
    from entity_mentions
    where comment_id is null
),

per_collection as (
    select
        a.collection,
        m.entity_id,
        count(distinct m.article_id) as articles,
        sum(m.mention_count)::bigint as mentions
    from body_mentions as m
    join articles as a using (article_id)
    group by all
),

final as (
    select
        c.collection,
        row_number() over (
            partition by c.collection
            order by c.articles desc, c.mentions desc, e.name, c.entity_id
        ) as entity_rank,
        c.entity_id,
        e.name as entity_name,
        e.label as entity_label,
        c.articles,
        c.mentions
    from per_collection as c
    join entities as e using (entity_id)
)

select * from final
