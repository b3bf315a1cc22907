"""Write a deterministic synthetic news corpus that looks like real scrapes.

    python benchmarks/make_corpus.py N OUT_DIR [--seed S] [--manifest FILE]

N is the number of distinct, well-formed articles (a .jsonl file holds several).
On top of them the corpus carries byte-identical copies in other folders, broken
files (empty, binary, malformed JSON, truncated gzip), malformed JSON lines and
a few files of unsupported kinds, all counted in the summary printed on stdout
(and written to --manifest, which should lie outside OUT_DIR).

Formats: .txt, .md, .html, .jsonl (NELA-GT `content` and news-please `maintext`), .json,
and gzip of some of them. About a third of the articles end in a reader comment
section (wpDiscuz, Disqus, WordPress "says:", Facebook plugin, forum "wrote:")
of 1-40 comments. Languages: en, de, fr, es, it. Bodies run 300-2,000 words.

Every file is generated from its own Random(f"{seed}:{index}") and written as
soon as it is built, so memory stays flat and the same seed gives the same bytes.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import html
import json
import math
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: python benchmarks/make_corpus.py
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import lexicon as lx
else:
    from benchmarks import lexicon as lx

FILES_PER_COLLECTION = 150
# File kinds and their weights (per file, not per article).
KINDS = (("txt", 36), ("html", 22), ("md", 12), ("jsonl", 12), ("json", 10),
         ("txt.gz", 3), ("html.gz", 3), ("jsonl.gz", 2))
WIDGETS = ("wpdiscuz", "disqus", "wordpress", "facebook", "forum")
P_COMMENTS = 1 / 3        # share of articles with a comment section
P_DUPLICATE = 0.03        # a file also copied, byte for byte, into another collection
P_BROKEN = 0.015          # an extra broken file next to this one
P_UNSUPPORTED = 0.004     # an extra file of a kind the pipeline skips
P_BAD_JSONL_LINE = 0.15   # a jsonl file that carries one malformed line
BASE_DATE = dt.date(2018, 1, 1)

LANG_CODES = tuple(code for code, _ in lx.LANGUAGE_WEIGHTS)
KIND_NAMES = tuple(k for k, _ in KINDS)


def _cumulative(weights):
    total, out = 0, []
    for w in weights:
        total += w
        out.append(total)
    return tuple(out)


LANG_CUM = _cumulative(w for _, w in lx.LANGUAGE_WEIGHTS)
KIND_CUM = _cumulative(w for _, w in KINDS)


@dataclass
class Comment:
    author: str
    body: str
    parent: int | None          # 1-based position of the comment it answers
    posted: dt.datetime


@dataclass
class Article:
    lang: str
    title: str
    author: str
    publisher: str
    domain: str
    url: str
    published: dt.datetime
    paragraphs: list[str]
    widget: str | None = None
    declared: int | None = None
    comments: list[Comment] = field(default_factory=list)


class _Slots:
    """format_map source: every {X} in a template draws a fresh word."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng, self.words, self.days = rng, lx.LANGUAGES[lang], lx.DAYS[lang]

    def __getitem__(self, key: str) -> str:
        rng, w = self.rng, self.words
        if key == "P":
            return f"{rng.choice(w['first'])} {rng.choice(w['last'])}"
        if key == "O":
            return rng.choice(w["orgs"])
        if key == "G":
            return rng.choice(w["places"])
        if key == "N":
            return str(rng.choice((12, 40, 150, 300, 2000, 5000, 12000)) * rng.randint(1, 9))
        if key == "D":
            return rng.choice(self.days)
        if key == "NORP":
            return rng.choice(w["norp"])
        return rng.choice(w[{"n": "nouns", "a": "adj", "v": "verbs"}[key]])


def _sentence(rng: random.Random, slots: _Slots, templates) -> str:
    return rng.choice(templates).format_map(slots)


def _pick(rng: random.Random, names, cum):
    x = rng.random() * cum[-1]
    for name, c in zip(names, cum):
        if x < c:
            return name
    return names[-1]


def _word_target(rng: random.Random) -> int:
    return max(300, min(2000, int(rng.lognormvariate(math.log(650), 0.5))))


def make_article(rng: random.Random) -> Article:
    lang = _pick(rng, LANG_CODES, LANG_CUM)
    slots = _Slots(rng, lang)
    templates = lx.LANGUAGES[lang]["templates"]
    target, words, paragraphs = _word_target(rng), 0, []
    while words < target:
        para = " ".join(_sentence(rng, slots, templates) for _ in range(rng.randint(2, 6)))
        words += para.count(" ") + 1
        paragraphs.append(para)
    title_words = _sentence(rng, slots, templates).rstrip(".").split()
    title = " ".join(title_words[: rng.randint(6, 12)])
    title = title[0].upper() + title[1:]
    publisher, domain = rng.choice(lx.PUBLISHERS)
    published = dt.datetime.combine(BASE_DATE + dt.timedelta(days=rng.randrange(1000)),
                                    dt.time(rng.randrange(24), rng.randrange(60)))
    slug = "-".join(title_words[:6]).lower().replace(",", "").replace("'", "")
    art = Article(lang=lang, title=title, author=slots["P"], publisher=publisher, domain=domain,
                  url=f"https://{domain}/{published:%Y/%m/%d}/{slug}", published=published,
                  paragraphs=paragraphs)
    if rng.random() < P_COMMENTS:
        art.widget = rng.choice(WIDGETS)
        art.comments = _comments(rng, lang, published)
        art.declared = len(art.comments) + (rng.randint(1, 9) if rng.random() < 0.1 else 0)
    return art


def _comments(rng: random.Random, lang: str, published: dt.datetime) -> list[Comment]:
    count = min(40, max(1, int(rng.expovariate(1 / 8)) + 1))
    en_slots = _Slots(rng, "en")
    local = lx.LANGUAGES[lang]["templates"] if lang != "en" else None
    out, when = [], published
    for pos in range(1, count + 1):
        parts = [rng.choice(lx.COMMENT_SENTENCES) for _ in range(rng.randint(1, 3))]
        if local is not None and rng.random() < 0.6:
            parts = [_sentence(rng, _Slots(rng, lang), local)]
        elif rng.random() < 0.4:
            parts.insert(rng.randint(0, len(parts)), _sentence(rng, en_slots, lx.EN_TEMPLATES))
        parent = rng.randint(1, pos - 1) if pos > 1 and rng.random() < 0.25 else None
        when = when + dt.timedelta(minutes=rng.randint(1, 600))
        out.append(Comment(rng.choice(lx.COMMENT_HANDLES), " ".join(parts), parent, when))
    return out


# -- comment widgets as text --------------------------------------------------

def _ago(c: Comment) -> str:
    return f"{(dt.datetime(2021, 6, 1) - c.posted).days // 365 or 1} years ago"


def widget_text(art: Article) -> str:
    n, cs = art.declared, art.comments
    lines: list[str] = []
    if art.widget == "wpdiscuz":
        lines += ["Subscribe", "Notify of", "guest", f"{n} Comments", "Oldest",
                  "Newest Most Voted", "Inline Feedbacks", "View all comments"]
        for c in cs:
            lines += [c.author, "", c.body, ""]
    elif art.widget == "disqus":
        lines += [f"{n} Comments", art.publisher, "Login", "Recommend", "Tweet", "Share",
                  "Sort by Best", "Join the discussion…", ""]
        for c in cs:
            head = c.author if c.parent is None else f"{c.author} → {cs[c.parent - 1].author}"
            lines += [head, f"• {_ago(c)}", "", c.body, "", f"{c.posted.minute % 7}",
                      "•", "Reply", "•", "Share ›", ""]
    elif art.widget == "wordpress":
        lines += [f"{n} thoughts on “{art.title}”", ""]
        for c in cs:
            lines += [f"{c.author} says:", f"{c.posted:%B %-d, %Y at %-I:%M %p}".replace(
                "AM", "am").replace("PM", "pm"), ""]
            if c.parent is not None:
                lines += [f"@{cs[c.parent - 1].author}", ""]
            lines += [c.body, "", "Reply", ""]
        lines += ["Leave a Reply", "Your email address will not be published. "
                  "Required fields are marked *", "Comment", "Name *", "Email *", "Website",
                  "Post Comment"]
    elif art.widget == "facebook":
        lines += [f"{n} Comments", "Sort by Top", "", "Add a comment...", ""]
        for c in cs:
            lines += [c.author, c.body, f"Like · Reply · {_ago(c).split()[0]}y", ""]
        lines += ["Facebook Comments Plugin"]
    else:  # forum
        lines += [f"{n} replies", ""]
        for c in cs:
            lines += [f"Re: {art.title}", f"Post by {c.author} » {c.posted:%a %b %d, %Y %-I:%M %p}",
                      ""]
            if c.parent is not None:
                p = cs[c.parent - 1]
                lines += [f"{p.author} wrote:", p.body.split(". ")[0], ""]
            lines += [c.body, ""]
    return "\n".join(lines).rstrip() + "\n"


def widget_html(art: Article) -> str:
    e = html.escape
    if art.widget == "wpdiscuz":
        items = "".join(
            f'<div class="wpd-comment{" wpd-reply" if c.parent else ""}" id="wpd-comm-{i}">'
            f'<div class="wpd-comment-author">{e(c.author)}</div>'
            f'<div class="wpd-comment-date">{_ago(c)}</div>'
            f'<div class="wpd-comment-text"><p>{e(c.body)}</p></div>'
            f'<div class="wpd-comment-footer"><span class="wpd-vote-up">+</span>'
            f'<span class="wpd-reply-button">Reply</span></div></div>'
            for i, c in enumerate(art.comments, 1))
        return (f'<div id="wpdcom" class="wpdiscuz_unauth"><div class="wpd-thread-head">'
                f'<div class="wpd-thread-info" data-comments-count="{art.declared}">'
                f'{art.declared} Comments</div></div><div class="wpd-thread-list">{items}'
                f'</div></div>')
    if art.widget == "wordpress":
        items = "".join(
            f'<li id="comment-{i}" class="comment depth-{2 if c.parent else 1}">'
            f'<article class="comment-body"><footer class="comment-meta">'
            f'<div class="comment-author vcard"><b class="fn">{e(c.author)}</b> '
            f'<span class="says">says:</span></div><div class="comment-metadata">'
            f'<time datetime="{c.posted:%Y-%m-%dT%H:%M:%S}">{c.posted:%B %-d, %Y}</time></div>'
            f'</footer><div class="comment-content"><p>{e(c.body)}</p></div>'
            f'<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>'
            f'</article></li>'
            for i, c in enumerate(art.comments, 1))
        return (f'<div id="comments" class="comments-area"><h2 class="comments-title">'
                f'{art.declared} thoughts on &ldquo;{e(art.title)}&rdquo;</h2>'
                f'<ol class="comment-list">{items}</ol></div>')
    box = {"disqus": 'id="disqus_thread"', "facebook": 'class="fb-comments"'}.get(
        art.widget, 'class="forum-posts"')
    paras = "".join(f"<p>{e(line)}</p>" for line in widget_text(art).split("\n") if line)
    return f"<div {box}>{paras}</div>"


# -- article renderings ---------------------------------------------------------

def _noisy_paragraphs(rng: random.Random, art: Article) -> list[str]:
    out = []
    for para in art.paragraphs:
        if rng.random() < 0.04:  # a paragraph broken mid-sentence, as in the seeds
            cut = para.find(" ", len(para) // 2)
            if cut > 0:
                out += [para[:cut], para[cut + 1:]]
                continue
        out.append(para)
        if rng.random() < 0.05:
            out.append(rng.choice(lx.BOILERPLATE).format(title=art.title, publisher=art.publisher))
    return out


def render_txt(rng: random.Random, art: Article) -> str:
    head = [art.title, ""]
    if rng.random() < 0.2:
        head += [art.title, ""]
    style = rng.randrange(4)
    if style == 0:
        head += [f"Written by {art.author}; Originally appeared at {art.domain}", ""]
    elif style == 1:
        head += [f"By {art.author}", f"{art.published:%B %-d, %Y}", ""]
    elif style == 2:
        head += [f"{art.author}  ", f"{art.published:%-d %B %Y}", ""]
    body = "\n\n".join(_noisy_paragraphs(rng, art))
    tail = f"\n\n{art.author} writes for {art.publisher}\n" if rng.random() < 0.3 else "\n"
    text = "\n".join(head) + "\n" + body + tail
    if art.widget:
        text += "\n" + widget_text(art)
    return text


def render_md(rng: random.Random, art: Article) -> str:
    text = (f"\n\n# {art.title}\n\n{art.author}  \n{art.published:%-d %B %Y}\n\n"
            + "\n\n".join(_noisy_paragraphs(rng, art))
            + f"\n\n\n\nTo contact {art.publisher} visit:\n\n"
              f"**[{art.domain}/contact](https://{art.domain}/contact)**\n")
    if art.widget:
        text += "\n" + widget_text(art)
    return text


def render_html(rng: random.Random, art: Article) -> str:
    e = html.escape
    paras = "\n".join(f"<p>{e(p)}</p>" for p in _noisy_paragraphs(rng, art))
    comments = widget_html(art) if art.widget else ""
    return f"""<!DOCTYPE html>
<html lang="{art.lang}">
<head>
<meta charset="utf-8">
<title>{e(art.title)} | {e(art.publisher)}</title>
<meta property="og:title" content="{e(art.title)}">
<meta property="og:site_name" content="{e(art.publisher)}">
<meta name="author" content="{e(art.author)}">
<meta property="article:published_time" content="{art.published:%Y-%m-%dT%H:%M:%S}+00:00">
<link rel="canonical" href="{art.url}">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
<style>body{{font-family:Georgia,serif}} .sharedaddy{{display:block}}</style>
</head>
<body class="single-post">
<header class="site-header"><a class="logo" href="https://{art.domain}/">{e(art.publisher)}</a>
<nav><ul><li><a href="/politics">Politics</a></li><li><a href="/world">World</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main id="main">
<article class="post">
<h1 class="entry-title">{e(art.title)}</h1>
<div class="byline">By <span class="author vcard">{e(art.author)}</span>
<time class="entry-date" datetime="{art.published:%Y-%m-%d}">{art.published:%B %-d, %Y}</time></div>
<div class="entry-content">
{paras}
<div class="sharedaddy"><h3>Share this:</h3><ul><li>Twitter</li><li>Facebook</li></ul></div>
</div>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/x">More from {e(art.publisher)}</a></li></ul></aside>
{comments}
</main>
<footer class="site-footer">&copy; {art.published.year} {e(art.publisher)}. All rights reserved.
<a href="/privacy">Privacy</a></footer>
</body>
</html>
"""


def _content(rng: random.Random, art: Article) -> str:
    sep = "\n\n" if rng.random() < 0.7 else " "
    text = sep.join(art.paragraphs)
    if art.widget:
        text += "\n\n" + widget_text(art)
    return text


def record_nela(rng: random.Random, art: Article, idx: int) -> dict:
    ts = int(art.published.replace(tzinfo=dt.timezone.utc).timestamp())
    source = art.domain.split(".")[0]
    return {"id": f"{source}--{art.published:%Y-%m-%d}--{idx:08d}",
            "date": f"{art.published:%Y-%m-%d}", "source": source, "title": art.title,
            "content": _content(rng, art), "author": art.author, "url": art.url,
            "published": f"{art.published:%a, %d %b %Y %H:%M:%S} +0000",
            "published_utc": ts, "collection_utc": ts + 3600}


def record_newsplease(rng: random.Random, art: Article, idx: int) -> dict:
    return {"authors": [art.author], "date_download": f"{art.published:%Y-%m-%d} 23:59:00",
            "date_modify": None, "date_publish": f"{art.published:%Y-%m-%d %H:%M:%S}",
            "description": art.paragraphs[0].split(". ")[0] + ".",
            "filename": f"{idx:08d}.json", "image_url": f"https://{art.domain}/img/{idx}.jpg",
            "language": art.lang, "localpath": None, "source_domain": art.domain,
            "maintext": _content(rng, art), "title": art.title, "title_page": None,
            "title_rss": None, "url": art.url}


def _json_record(rng: random.Random, art: Article, idx: int) -> dict:
    return (record_nela if rng.random() < 0.5 else record_newsplease)(rng, art, idx)


# -- broken and odd files ----------------------------------------------------------

def broken_file(rng: random.Random, stem: str) -> tuple[str, bytes]:
    kind = rng.randrange(5)
    if kind == 0:
        return f"{stem}_empty.txt", b""
    if kind == 1:
        return f"{stem}_binary.txt", bytes(rng.randrange(256) for _ in range(rng.randint(200, 4000)))
    if kind == 2:
        return f"{stem}_bad.json", b'{"title": "Unfinished record", "content": "The file was cut'
    if kind == 3:
        full = gzip.compress(b"A gzip file whose end is missing. " * 200, mtime=0)
        return f"{stem}_truncated.txt.gz", full[: len(full) // 2]
    return f"{stem}_empty.html", b"<html><head><title></title></head><body></body></html>"


def unsupported_file(rng: random.Random, stem: str) -> tuple[str, bytes]:
    if rng.random() < 0.5:
        return f"{stem}.csv", b"url,title\nhttps://example.org/a,Something\n"
    return f"{stem}.jpg", b"\xff\xd8\xff\xe0" + bytes(rng.randrange(256) for _ in range(500))


# -- the writer ----------------------------------------------------------------------

def _encode(rng: random.Random, text: str, lang: str) -> bytes:
    x = rng.random()
    if x < 0.03:
        text = text.replace("\n", "\r\n")
    if lang != "en" and 0.03 <= x < 0.10:
        return text.encode("cp1252", errors="replace")
    if 0.10 <= x < 0.12:
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode("utf-8")


def _collection(seed: int, file_index: int) -> str:
    k = file_index // FILES_PER_COLLECTION
    rng = random.Random(f"{seed}:collection:{k}")
    day = BASE_DATE + dt.timedelta(days=rng.randrange(1000))
    if rng.random() < 0.5:
        return f"crawl_{day:%Y-%m-%d}_{k:04d}"
    return f"story_{rng.choice(lx.EN_NOUNS)}_{rng.choice(lx.EN_PLACES).lower()}_{k:04d}"


def build_file(seed: int, index: int, remaining: int, stats: dict) -> tuple[str, bytes, random.Random]:
    """One corpus file: (name, bytes, its rng for the extras). Counts what it holds."""
    rng = random.Random(f"{seed}:{index}")
    kind = _pick(rng, KIND_NAMES, KIND_CUM)
    base, gz = kind.removesuffix(".gz"), kind.endswith(".gz")
    if base == "jsonl":
        lines, n_records = [], min(remaining, rng.randint(3, 8))
        for r in range(n_records):
            art = make_article(rng)
            _count(stats, art)
            lines.append(json.dumps(_json_record(rng, art, index * 10 + r), ensure_ascii=False))
        if rng.random() < P_BAD_JSONL_LINE:
            lines.insert(rng.randint(0, len(lines)), '{"title": "broken", "content": "no end')
            stats["malformed_json_lines"] += 1
        data = ("\n".join(lines) + "\n").encode("utf-8")
    else:
        art = make_article(rng)
        _count(stats, art)
        if base == "json":
            rec = _json_record(rng, art, index * 10)
            data = json.dumps(rec, ensure_ascii=False, indent=2 if rng.random() < 0.5 else None
                              ).encode("utf-8")
        elif base == "html":
            data = render_html(rng, art).encode("utf-8")
        else:
            render = render_md if base == "md" else render_txt
            data = _encode(rng, render(rng, art), art.lang)
    if gz:
        data = gzip.compress(data, compresslevel=6, mtime=0)
    stats["by_format"][kind] = stats["by_format"].get(kind, 0) + 1
    digest = random.Random(f"{seed}:name:{index}").getrandbits(64)
    return f"{index:06d}_{digest:016x}.{kind}", data, rng


def _count(stats: dict, art: Article) -> None:
    stats["articles"] += 1
    stats["words"] += sum(p.count(" ") + 1 for p in art.paragraphs)
    stats["by_language"][art.lang] = stats["by_language"].get(art.lang, 0) + 1
    if art.widget:
        stats["with_comments"] += 1
        stats["comments"] += len(art.comments)
        stats["by_widget"][art.widget] = stats["by_widget"].get(art.widget, 0) + 1


def write_corpus(n_articles: int, out_dir: Path, seed: int = 0) -> dict:
    """Write the corpus under out_dir; return the summary (counts of everything written)."""
    stats = {"articles": 0, "files": 0, "words": 0, "with_comments": 0, "comments": 0,
             "duplicates": 0, "broken_files": 0, "unsupported_files": 0,
             "malformed_json_lines": 0, "bytes": 0, "by_format": {}, "by_language": {},
             "by_widget": {}}
    made: set[Path] = set()

    def put(folder: str, name: str, data: bytes) -> None:
        d = out_dir / folder
        if d not in made:
            d.mkdir(parents=True, exist_ok=True)
            made.add(d)
        (d / name).write_bytes(data)
        stats["files"] += 1
        stats["bytes"] += len(data)

    index = 0
    while stats["articles"] < n_articles:
        name, data, rng = build_file(seed, index, n_articles - stats["articles"], stats)
        folder = _collection(seed, index)
        put(folder, name, data)
        if rng.random() < P_DUPLICATE:
            other = _collection(seed, index + FILES_PER_COLLECTION * rng.randint(1, 3))
            put(other if other != folder else folder + "_mirror", name, data)
            stats["duplicates"] += 1
        if rng.random() < P_BROKEN:
            put(folder, *broken_file(rng, f"{index:06d}"))
            stats["broken_files"] += 1
        if rng.random() < P_UNSUPPORTED:
            put(folder, *unsupported_file(rng, f"{index:06d}"))
            stats["unsupported_files"] += 1
        index += 1
    return stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of distinct well-formed articles")
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--manifest", type=Path, help="also write the summary JSON here")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    stats = write_corpus(args.n, args.out_dir, args.seed)
    stats["seconds"] = round(time.perf_counter() - t0, 2)
    text = json.dumps(stats, indent=2, sort_keys=True)
    if args.manifest:
        args.manifest.write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
