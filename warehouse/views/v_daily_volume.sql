-- Articles per publisher per day.
-- The day is the article's published_date; when the page gave none it falls
-- back to the day it was ingested, and date_basis says which ('published' or
-- 'ingested') so a chart can tell real publication days from load days.
with dated as (
    select
        coalesce(publisher, '(unknown)') as publisher,
        coalesce(published_date, cast(ingested_at as date)) as volume_date,
        case when published_date is null then 'ingested' else 'published' end as date_basis,
        word_count,
        comment_count
    from articles
),

final as (
    select
        publisher,
        volume_date,
        date_basis,
        count(*) as articles,
        sum(word_count)::bigint as words,
        sum(comment_count)::bigint as comments
    from dated
    group by publisher, volume_date, date_basis
)

select * from final
