-- Entities named in article bodies, per publisher, ranked by the number of
-- that publisher's articles naming them (ties broken by mentions, then name).
-- Filter entity_rank <= N for a top N.
with per_publisher as (
    select
        publisher,
        entity_id,
        any_value(entity_name) as entity_name,
        any_value(entity_label) as entity_label,
        count(*) as articles,
        sum(mentions)::bigint as mentions
    from v_article_entities
    group by publisher, entity_id
),

final as (
    select
        publisher,
        row_number() over (
            partition by publisher
            order by articles desc, mentions desc, entity_name, entity_id
        ) as entity_rank,
        entity_id,
        entity_name,
        entity_label,
        articles,
        mentions
    from per_publisher
)

select * from final
