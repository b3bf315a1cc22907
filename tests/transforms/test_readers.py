import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from transforms.decode import DecodeError
from transforms.readers import (
    SUPPORTED_EXTENSIONS,
    RawDocument,
    is_supported,
    parse_file,
    reader_service_header,
    record_content_hash,
)
from transforms.metadata_title import clip_site_name

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "formats"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# --- which files are read ---------------------------------------------------------


@pytest.mark.parametrize(
    "name, supported",
    [
        ("a.txt", True), ("b.MD", True), ("c.html", True), ("d.htm", True),
        ("e.jsonl", True), ("f.json", True), ("dir/g.jsonl.gz", True), ("h.html.gz", True),
        ("i.txt.gz", True), ("j.pdf", False), ("k.gz", False), ("l.csv", False), ("README", False),
    ],
)
def test_is_supported(name, supported):
    assert is_supported(name) is supported


def test_supported_extensions_cover_gz_variants():
    assert {".txt", ".md", ".html", ".htm", ".jsonl", ".json", ".jsonl.gz"} <= set(SUPPORTED_EXTENSIONS)


def test_unsupported_name_raises():
    with pytest.raises(DecodeError, match="unsupported"):
        parse_file("photo.jpg", b"\xff\xd8\xff")


# --- plain text ------------------------------------------------------------------


def test_text_file_is_one_article_with_byline_metadata():
    raw = (
        "\n\n# Trump's secret diplomacy with North Korea\n\nPeter Symonds  \n19 April 2018\n\n"
        "Just months after threatening North Korea, Trump confirmed the visit.\r\n"
    ).encode("utf-8")
    [doc] = parse_file("collection/002.txt", raw)
    assert doc.record_key == ""
    assert doc.title == "Trump's secret diplomacy with North Korea"
    assert doc.author == "Peter Symonds"
    assert doc.published_date == dt.date(2018, 4, 19)
    assert doc.text.startswith("\n\n# Trump's secret")  # not cleaned here, only decoded
    assert "\r" not in doc.text
    assert doc.content_hash is None and doc.error is None


def test_markdown_front_matter_becomes_metadata():
    raw = (
        "---\ntitle: \"Peace talks resume\"\nauthor: Ana García\ndate: 2019-03-02\n"
        "url: https://example.org/peace\nlang: es\n---\nEl texto del artículo.\n"
    ).encode("utf-8")
    [doc] = parse_file("a.md", raw)
    assert (doc.title, doc.author, doc.published_date, doc.url, doc.language_hint) == (
        "Peace talks resume", "Ana García", dt.date(2019, 3, 2), "https://example.org/peace", "es",
    )
    assert doc.text == "El texto del artículo.\n"


def test_text_without_headline_line_gets_a_short_fallback_title():
    long_line = "word " * 100
    [doc] = parse_file("a.txt", long_line.encode())
    assert doc.title.endswith("…") and len(doc.title) <= 121


@pytest.mark.parametrize(
    "raw",
    [
        "Titel\n\nÜber die Straße.".encode("cp1252"),
        "Titel\n\nÜber die Straße.".encode("utf-16"),
        b"\xef\xbb\xbfTitel\r\n\r\n\xc3\x9cber die Stra\xc3\x9fe.",
        "Titel\n\nÃœber die StraÃŸe.".encode("utf-8"),  # mojibake
        b"Titel\n\n\x00\xc3\x9cber die Stra\xc3\x9fe.\x00",
    ],
    ids=["cp1252", "utf16", "bom-crlf", "mojibake", "nul"],
)
def test_text_encodings_are_read(raw):
    [doc] = parse_file("a.txt", raw)
    assert doc.text == "Titel\n\nÜber die Straße."
    assert doc.title == "Titel"


def test_binary_file_named_txt_raises():
    with pytest.raises(DecodeError, match="binary"):
        parse_file("notes.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))


def test_empty_text_file_raises():
    with pytest.raises(DecodeError, match="empty"):
        parse_file("a.txt", b"  \n")


@pytest.mark.parametrize("name", ["story.txt.gz", "story.md.gz"])
def test_gzipped_text_is_read(name):
    [doc] = parse_file(name, gzip.compress("Headline\n\nBody.".encode("utf-8")))
    assert doc.title == "Headline" and doc.text == "Headline\n\nBody."


def test_corrupt_gzip_raises():
    with pytest.raises(DecodeError, match="gzip"):
        parse_file("a.jsonl.gz", gzip.compress(b'{"text": "x"}\n')[:15])


# --- html ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wordpress_doc() -> RawDocument:
    [doc] = parse_file("harbour/liaison-office.html", fixture("wordpress_article.html"))
    return doc


def test_html_metadata_comes_from_the_page(wordpress_doc):
    assert wordpress_doc.title == "Seoul and Pyongyang agree to reopen liaison office"
    assert wordpress_doc.author == "Mina Park"
    assert wordpress_doc.publisher == "The Harbour Ledger"
    assert wordpress_doc.published_date == dt.date(2018, 4, 20)
    assert wordpress_doc.url == (
        "https://harbourledger.example.com/2018/04/20/seoul-pyongyang-liaison-office/"
    )
    assert wordpress_doc.language_hint == "en"


def test_html_main_text_excludes_comments_and_chrome(wordpress_doc):
    text = wordpress_doc.text
    assert text.startswith("South and North Korean officials agreed on Friday")
    assert "former negotiator" in text
    assert "\n\n" in text  # paragraphs separated by a blank line
    for noise in ("Finally some good news", "Leave a Reply", "Privacy", "Politics"):
        assert noise not in text


def test_html_comments_come_back_from_the_markup_in_page_order(wordpress_doc):
    section = wordpress_doc.comment_section
    assert section.declared_count == 3
    assert [(c.author, c.body[:22], c.parent_position) for c in section.comments] == [
        ("Tom Reyes", "Finally some good news", None),
        ("Ana Lima", "It was open for years ", 1),
        ("K. Osei", "The summit date matter", None),
    ]
    assert section.comments[0].posted_at == dt.datetime(2018, 4, 22, 10, 2)


def test_html_date_is_never_a_comment_timestamp():
    html = fixture("wordpress_article.html").decode("utf-8")
    for drop in (
        '<meta property="article:published_time" content="2018-04-20T08:15:00+00:00">',
        '<meta property="article:modified_time" content="2018-04-21T10:00:00+00:00">',
        '<time class="entry-date published" datetime="2018-04-20T08:15:00+00:00">April 20, 2018</time>',
    ):
        html = html.replace(drop, "")
    html = html.replace("/2018/04/20/", "/")
    [doc] = parse_file("page.htm", html.encode("utf-8"))
    assert doc.published_date is None  # the comments say April 22-23: not the article's date
    assert doc.comment_section.comments


def test_gzipped_html_is_read(wordpress_doc):
    [doc] = parse_file("page.html.gz", gzip.compress(fixture("wordpress_article.html")))
    assert doc == wordpress_doc


def test_tiny_html_page_keeps_its_text():
    [doc] = parse_file("t.html", b"<html><head><title>Short note</title></head><body><p>Only a line.</p></body></html>")
    assert "Only a line." in doc.text
    assert doc.title == "Short note"


# --- json ------------------------------------------------------------------------


def test_nela_gt_jsonl_gives_one_article_per_line():
    docs = parse_file("nela/2018-04-19.jsonl", fixture("nela_gt_sample.jsonl"))
    assert [d.record_key for d in docs] == [
        "palmerreport--2018-04-19--Trump and Kim backchannel exposed",
        "wsws--2018-04-19--Trumps secret diplomacy with North Korea",
        "slate--2018-09-06--Why Trump and Kim cant stop flattering each other",
    ]
    first = docs[0]
    assert (first.title, first.author, first.publisher, first.published_date) == (
        "Trump and Kim backchannel exposed", "Bill Palmer", "palmerreport", dt.date(2018, 4, 19),
    )
    assert first.url == "https://www.palmerreport.com/politics/trump-kim-backchannel/8806/"
    assert first.text.startswith("Today the Associated Press") and "\n\n" in first.text
    # empty author / published fall back: no author, date from published_utc
    assert docs[2].author is None and docs[2].published_date == dt.date(2018, 9, 6)
    assert all(d.error is None and d.content_hash for d in docs)


def test_news_please_json_object_is_one_article():
    [doc] = parse_file("np/article.json", fixture("news_please_article.json"))
    assert doc.record_key == ""
    assert doc.title == "Trump Gives Thumbs-Up to Korea Peace Moves… So Far"
    assert doc.author == "Finian Cunningham"
    assert doc.publisher == "strategic-culture.org"
    assert doc.published_date == dt.date(2018, 4, 20)
    assert doc.language_hint == "en"
    assert doc.text.startswith("Reading first reports")


def test_json_list_gives_one_article_per_element_keyed_by_index():
    records = [
        {"title": "One", "text": "First body."},
        {"id": 42, "title": "Two", "body": "Second body.", "authors": ["A. Writer", "B. Writer"]},
        "not an object",
        {"title": "No text here"},
    ]
    docs = parse_file("list.json", json.dumps(records).encode())
    assert [d.record_key for d in docs] == ["index:0", "42", "index:2", "index:3"]
    assert docs[0].text == "First body." and docs[1].author == "A. Writer, B. Writer"
    assert docs[2].error == "record 2: not a JSON object but a string"
    assert docs[3].error.startswith("record 3: no article text")


def test_malformed_jsonl_line_is_an_error_record_and_the_rest_loads():
    lines = [
        json.dumps({"content": "Good one.", "title": "A"}),
        "",
        '{"content": "broken", "title": ',
        json.dumps({"content": "Good two.", "title": "B"}),
    ]
    docs = parse_file("crawl.jsonl", "\n".join(lines).encode())
    assert [(d.record_key, d.error is None) for d in docs] == [
        ("line:1", True), ("line:3", False), ("line:4", True),
    ]
    assert docs[1].error.startswith("line 3: malformed JSON:")
    assert docs[1].text == ""


def test_jsonl_gz_is_read_and_hash_matches_uncompressed_and_list_forms():
    record = {"id": "x1", "content": "Same record.", "title": "T"}
    line = json.dumps(record)
    [plain] = parse_file("a.jsonl", line.encode())
    [packed] = parse_file("a.jsonl.gz", gzip.compress(line.encode()))
    [listed] = parse_file("a.json", json.dumps([record], indent=2).encode())
    assert plain.content_hash == packed.content_hash == listed.content_hash
    assert plain.content_hash == record_content_hash(record)


def test_record_content_hash_is_canonical_json_sha256():
    import hashlib

    record = {"b": 1, "a": "é"}
    expected = hashlib.sha256('{"a": "é", "b": 1}'.encode("utf-8")).hexdigest()
    assert record_content_hash(record) == expected
    assert record_content_hash({"a": "é", "b": 1}) == expected


def test_duplicate_ids_in_one_file_stay_apart():
    lines = [json.dumps({"id": "same", "text": "One."}), json.dumps({"id": "same", "text": "Two."})]
    assert [d.record_key for d in parse_file("d.jsonl", "\n".join(lines).encode())] == [
        "same", "same@line:2",
    ]


def test_json_file_holding_json_lines_is_read_as_lines():
    lines = [json.dumps({"text": "One."}), json.dumps({"text": "Two."})]
    docs = parse_file("misnamed.json", "\n".join(lines).encode())
    assert [d.text for d in docs] == ["One.", "Two."]


def test_unparseable_json_file_raises():
    with pytest.raises(DecodeError, match="malformed JSON"):
        parse_file("bad.json", b'[{"text": "x"},')


def test_json_wrapper_object_with_article_list():
    data = {"status": "ok", "articles": [{"text": "One."}, {"text": "Two."}]}
    assert [d.text for d in parse_file("api.json", json.dumps(data).encode())] == ["One.", "Two."]


def test_json_text_is_repaired_and_byline_fills_missing_fields():
    record = {"content": "By Jane Doe | April 19, 2018\n\nThe cafÃ© reopened.\u0000"}
    [doc] = parse_file("a.jsonl", json.dumps(record).encode())
    assert doc.text.endswith("The café reopened.")
    assert doc.author == "Jane Doe" and doc.published_date == dt.date(2018, 4, 19)


def test_utf16_jsonl_is_read():
    [doc] = parse_file("a.jsonl", json.dumps({"text": "Ünïcode"}, ensure_ascii=False).encode("utf-16"))
    assert doc.text == "Ünïcode"


def test_html_declared_charset_is_used_for_non_utf8_bytes():
    page = (
        '<html><head><meta charset="windows-1251"><title>Новости дня</title></head>'
        "<body><article><p>Привет мир, это короткая статья о новостях.</p></article></body></html>"
    )
    [doc] = parse_file("ru.html", page.encode("cp1251"))
    assert doc.title == "Новости дня"
    assert "Привет мир" in doc.text


def test_xhtml_with_xml_declaration_is_read():
    page = (
        '<?xml version="1.0" encoding="iso-8859-1"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="de"><head><title>Café</title></head>'
        "<body><article><p>Über die Straße gehen wir müde nach Hause, sagte er am Abend.</p>"
        "</article></body></html>"
    )
    [doc] = parse_file("old.htm", page.encode("latin-1"))
    assert "Über die Straße" in doc.text and doc.language_hint == "de"


def test_json_lone_surrogate_escape_is_dropped():
    [doc] = parse_file("a.jsonl", b'{"text": "Emoji cut in half: \\ud83d end"}')
    assert doc.text == "Emoji cut in half:  end"
    doc.text.encode("utf-8")  # storable


# The seeds sit in ../shared/seeds beside the checkout (README: newsfunnel run ../shared/seeds).
SEEDS = next(
    (p / "shared" / "seeds" for p in Path(__file__).resolve().parents if (p / "shared" / "seeds").is_dir()),
    Path("/nonexistent"),
)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds is not beside the checkout")
@pytest.mark.parametrize(
    "prefix, title, author, publisher, published",
    [
        ("000_", "Donald Trump – North Korea backchannel exposed: these threats may all be a choreographed act",
         "Bill Palmer", "Palmer Report", None),
        ("002_", "Trump's secret diplomacy with North Korea", "Peter Symonds", "World Socialist Web Site",
         dt.date(2018, 4, 19)),
        ("003_", "Why Trump and Kim Jong-un Can’t Stop Flattering Each Other", None, "Slate", None),
        ("004_", "Trump Gives Thumbs-Up to Korea Peace Moves… So Far", "Finian Cunningham",
         "strategic-culture.org", None),
    ],
)
def test_seed_files(prefix, title, author, publisher, published):
    [path] = SEEDS.glob(f"{prefix}*.txt")
    [doc] = parse_file(path.name, path.read_bytes())
    assert (doc.title, doc.author, doc.publisher, doc.published_date) == (
        title, author, publisher, published,
    )


@pytest.mark.parametrize(
    "marker",
    [
        "<!-- saved from url=(0041)https://news.example.net/2019/05/story -->",
        "<!--\n Page saved with SingleFile \n url: https://news.example.net/2019/05/story \n"
        " saved date: Tue May 21 2019 10:00:00 GMT+0200 (CEST)\n-->",
    ],
    ids=["mark-of-the-web", "singlefile"],
)
def test_saved_page_address_is_the_url_but_save_date_is_not_the_date(marker):
    page = f"{marker}\n<html><head><title>Story</title></head><body><p>Some article text here.</p></body></html>"
    [doc] = parse_file("saved.html", page.encode())
    assert doc.url == "https://news.example.net/2019/05/story"
    assert doc.published_date is None


def test_broken_html_still_keeps_its_text():
    page = b"<html><head><title>Broken page</titl>\n<body><p>The body text survives a broken title tag.</p></body></html>"
    [doc] = parse_file("broken.html", page)
    assert "The body text survives a broken title tag." in doc.text


def test_html_without_any_text_raises():
    with pytest.raises(DecodeError, match="no readable text"):
        parse_file("empty.html", b"<html><head><script>var x = 1;</script></head><body></body></html>")


@pytest.mark.parametrize(
    "title_tag, publisher",
    [
        ("Council approves new budget for parks | The Valley Times", "The Valley Times"),
        ("Council approves new budget for parks – valleytimes.example", "valleytimes.example"),
        ("Council approves new budget for parks", None),
    ],
)
def test_html_site_name_from_title_tag_when_metadata_has_none(title_tag, publisher):
    page = (
        f"<html><head><title>{title_tag}</title></head><body><article><h1>Council approves new budget for parks</h1>"
        "<p>The council approved a new budget for the city parks on Monday evening after a long debate.</p>"
        "</article></body></html>"
    )
    [doc] = parse_file("a.html", page.encode())
    assert doc.title == "Council approves new budget for parks"
    assert doc.publisher == publisher


# --- a reader service's header (r.jina.ai and clones) -------------------------------

JINA_PAGE = """Title: Harbour trust votes to sell the old ferry sheds – The Kettlewick Tide

URL Source: https://kettlewicktide.example/news/ferry-sheds/

Published Time: 2026-12-02T07:30:00+00:00

Markdown Content:
[Skip to content](#main)

# Harbour trust votes to sell the old ferry sheds

The harbour trust voted on Tuesday to sell the two ferry sheds on the east quay.
"""


def test_reader_service_header_gives_title_url_and_date():
    doc = parse_file("page.md", JINA_PAGE.encode("utf-8"))[0]
    assert doc.title == "Harbour trust votes to sell the old ferry sheds"  # the site's name clipped: the page prints the headline alone
    assert doc.url == "https://kettlewicktide.example/news/ferry-sheds/"
    assert str(doc.published_date) == "2026-12-02"


@pytest.mark.parametrize("text", [
    "Title: A line of prose that starts with a label\n\nThe rest of the article.\n",  # no URL Source line
    "Intro line\nTitle: x\nURL Source: https://a.example/\nMarkdown Content:\n",  # not at the top
])
def test_text_without_a_reader_header_has_none(text):
    assert reader_service_header(text) == {}


@pytest.mark.parametrize("title, expected", [
    ("Sheds sold - Local News - Kettlewick Commons", "Sheds sold"),  # section and site after the headline
    ("Sheds sold – The Kettlewick Tide", "Sheds sold"),
    ("Sheds sold | Tide", "Sheds sold"),
    ("Sheds sold - a harbour story", "Sheds sold - a harbour story"),  # the page never prints 'Sheds sold' alone
])
def test_site_name_clipped_only_when_the_page_prints_the_headline_alone(title, expected):
    text = "# Sheds sold\n\nBody.\n" if expected == "Sheds sold" else "# Sheds sold - a harbour story\n\nBody.\n"
    assert clip_site_name(title, text) == expected
