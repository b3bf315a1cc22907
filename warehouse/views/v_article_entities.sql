-- One row per entity named in an article's body (mentions inside reader
-- comments are left out: this is what the articles are about), with the
-- article's publisher and collection. The base of the top-entity and
-- co-occurrence views; useful on its own for filtering by entity.
with body_mentions as (
    select entity_id, article_id, sum(mention_count)::bigint as mentions
    from entity_mentions
    where comment_id is null
    group by all
),

final as (
    select
        m.article_id,
        m.entity_id,
        e.name as entity_name,
        e.label as entity_label,
        coalesce(a.publisher, '(unknown)') as publisher,
        a.collection,
        m.mentions
    from body_mentions as m
    join articles as a using (article_id)
    join entities as e using (entity_id)
)

select * from final
