-- Pairs of entities named in the body of the same article, counted over
-- articles (an article naming both counts once, however often it names them).
-- Each unordered pair appears once: entity_a_id < entity_b_id.
with pairs as (
    select
        a.entity_id as entity_a_id,
        b.entity_id as entity_b_id,
        any_value(a.entity_name) as entity_a_name,
        any_value(a.entity_label) as entity_a_label,
        any_value(b.entity_name) as entity_b_name,
        any_value(b.entity_label) as entity_b_label,
        count(*) as articles
    from v_article_entities as a
    join v_article_entities as b
        on a.article_id = b.article_id
        and a.entity_id < b.entity_id
    group by a.entity_id, b.entity_id
),

final as (
    select
        entity_a_id,
        entity_a_name,
        entity_a_label,
        entity_b_id,
        entity_b_name,
        entity_b_label,
        articles
    from pairs
)

select * from final
