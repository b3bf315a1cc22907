-- Articles and comments per language (ISO 639-1 or 'unknown'), with each
-- language's share of all articles and of all comments.
with article_languages as (
    select coalesce(language, 'unknown') as language, count(*) as articles
    from articles
    group by all
),

comment_languages as (
    select coalesce(language, 'unknown') as language, count(*) as comments
    from comments
    group by all
),

final as (
    select
        language,
        coalesce(a.articles, 0) as articles,
        coalesce(c.comments, 0) as comments,
        coalesce(a.articles / nullif(sum(a.articles) over (), 0), 0.0) as article_share,
        coalesce(c.comments / nullif(sum(c.comments) over (), 0), 0.0) as comment_share
    from article_languages as a
    full join comment_languages as c using (language)
)

select * from final
