import datetime as dt
import json

from expectations.articles import BODY_MAX_CHARS
from tests.expectations.conftest import GOOD_BODY, article, articles, failures


def test_good_articles_pass(session):
    frame = articles(article("a1"), article("a2", declared_comment_count=16, comment_count=17))
    outcome = session.validate("articles", frame)
    assert outcome.success
    assert outcome.failed == []
    assert outcome.passed.equals(frame)


def test_known_bad_articles_fail_with_their_checks(session):
    frame = articles(
        article("ok"),
        article("dup"),
        article("dup", language="xx"),
        article(None),
        article("blank", title="  ", body=""),
        article("notitle", title=None),
        article("widget-title", title="Notify of"),
        article("short", body="Too short."),
        article("long", body="word " * (BODY_MAX_CHARS // 5 + 1)),
        article("widget", body=GOOD_BODY + "\n\nShare\n\nMore text after the widget line."),
        article("conf", language_confidence=1.5),
        article("lang", language=None),
        article("count", declared_comment_count=3, comment_count=6),
        article("old", published_date=dt.date(1989, 12, 31)),
        article("future", published_date=dt.date.today() + dt.timedelta(days=30)),
        article("nowords", word_count=0),
    )
    outcome = session.validate("articles", frame)
    assert not outcome.success
    assert outcome.passed.get_column("article_id").to_list() == ["ok"]
    assert failures(outcome) == sorted(
        [
            ("dup", ["article_id_unique"]),  # both rows of a duplicated id
            ("dup", ["article_id_unique", "language_known"]),
            (None, ["article_id_not_null"]),
            ("blank", ["body_length_in_bounds", "body_not_empty", "title_not_empty"]),
            ("notitle", ["title_not_null"]),
            ("widget-title", ["title_has_no_noise_line"]),
            ("short", ["body_length_in_bounds"]),
            ("long", ["body_length_in_bounds"]),
            ("widget", ["body_has_no_noise_line"]),
            ("conf", ["language_confidence_in_range"]),
            ("lang", ["language_not_null"]),
            ("count", ["comment_count_within_declared"]),
            ("old", ["published_date_in_range"]),
            ("future", ["published_date_in_range"]),
            ("nowords", ["word_count_positive"]),
        ],
        key=lambda row: (str(row[0]), row[1]),
    )


def test_payload_is_the_record_as_json(session):
    outcome = session.validate("articles", articles(article("bad", title="")))
    payload = json.loads(outcome.failed[0]["payload"])
    assert payload["article_id"] == "bad"
    assert payload["published_date"] == "2018-04-19"
    assert "batch_row" not in payload and "comment_count_limit" not in payload
    assert payload["reason"] == "title_not_empty: title must hold at least one non-space character"


def test_comment_count_slack_grows_with_the_declared_count(session):
    frame = articles(
        article("within", declared_comment_count=100, comment_count=110),
        article("over", declared_comment_count=100, comment_count=111),
    )
    assert failures(session.validate("articles", frame)) == [("over", ["comment_count_within_declared"])]
