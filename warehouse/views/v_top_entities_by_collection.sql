-- Entities named in article bodies, per collection (the folder an article
-- came from: a story cluster, a crawl day...), ranked by the number of the
-- collection's articles naming them (ties broken by mentions, then name).
-- Filter entity_rank <= N for a top N.
with per_collection as (
    select
        collection,
        entity_id,
        any_value(entity_name) as entity_name,
        any_value(entity_label) as entity_label,
        count(*) as articles,
        sum(mentions)::bigint as mentions
    from v_article_entities
    group by collection, entity_id
),

final as (
    select
        collection,
        row_number() over (
            partition by collection
            order by articles desc, mentions desc, entity_name, entity_id
        ) as entity_rank,
        entity_id,
        entity_name,
        entity_label,
        articles,
        mentions
    from per_collection
)

select * from final
