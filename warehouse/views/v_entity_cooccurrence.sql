-- Pairs of entities named in the body of the same article, counted over
-- articles (an article naming both counts once, however often it names them).
-- Each unordered pair appears once: entity_a_id < entity_b_id.
with article_entities as (
    select distinct article_id, entity_id
    from entity_mentions
    where comment_id is null
),

pairs as (
    select
        a.entity_id as entity_a_id,
        b.entity_id as entity_b_id,
        count(*) as articles
    from article_entities as a
    join article_entities as b
        on a.article_id = b.article_id
        and a.entity_id < b.entity_id
    group by all
),

final as (
    select
        p.entity_a_id,
        ea.name as entity_a_name,
        ea.label as entity_a_label,
        p.entity_b_id,
        eb.name as entity_b_name,
        eb.label as entity_b_label,
        p.articles
    from pairs as p
    join entities as ea on ea.entity_id = p.entity_a_id
    join entities as eb on eb.entity_id = p.entity_b_id
)

select * from final
