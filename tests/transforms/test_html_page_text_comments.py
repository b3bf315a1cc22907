"""A saved page whose comment markup no rule knows and trafilatura does not find: the comment
section is read from the page's visible text by the text rules (transforms.html_page)."""
from transforms.document import build_records

ARTICLE = """
<article class="artikel">
  <h1>Stadtrat vertagt Entscheidung über das Hallenbad</h1>
  <p class="autor">Von Jana Pohl</p>
  <p>Der Stadtrat hat die Entscheidung über die Zukunft des Hallenbads am Donnerstag erneut
  vertagt. Die Sanierung würde nach einem Gutachten knapp neun Millionen Euro kosten.</p>
  <p>Der Förderverein will bis zum Frühjahr ein eigenes Konzept vorlegen. Bis dahin bleibt das
  Bad zu den gewohnten Zeiten geöffnet, teilte die Verwaltung mit.</p>
  <p>Die Fraktionen wollen im Januar erneut beraten, wenn die Zahlen des Kämmerers vorliegen.</p>
</article>
"""
THREAD = """
<section class="leserstimmen">
  <h2>Kommentare (3)</h2>
  <div class="ls-eintrag">
    <div class="ls-kopf"><span class="ls-name">Karin W.</span> <span class="ls-zeit">05.12.2026, 18:40</span></div>
    <p>Neun Millionen für ein Bad, das seit Jahren halb leer ist? Das muss man erst erklären.</p>
    <div class="ls-aktion">Antworten · Melden</div>
  </div>
  <div class="ls-eintrag">
    <div class="ls-kopf"><span class="ls-name">Bernd Alsleben</span> <span class="ls-zeit">05.12.2026, 19:02</span></div>
    <p>Halb leer ist es nur, weil die Öffnungszeiten seit Jahren gekürzt werden.</p>
    <div class="ls-aktion">Antworten · Melden</div>
  </div>
  <div class="ls-eintrag">
    <div class="ls-kopf"><span class="ls-name">Schwimmerin aus Leidenschaft</span> <span class="ls-zeit">05.12.2026, 21:15</span></div>
    <p>Ohne Bad lernen die Kinder hier nicht mehr schwimmen.</p>
    <div class="ls-aktion">Antworten · Melden</div>
  </div>
</section>
"""


def _page(*parts: str) -> bytes:
    return ("<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Hallenbad</title>"
            "</head><body>" + "".join(parts) + "<footer>Impressum · Datenschutz</footer></body></html>").encode("utf-8")


def _records(raw: bytes):
    records = build_records("seite.html", "test", "0" * 64, raw)
    return records.articles[0], sorted(records.comments, key=lambda c: c["position"])


def test_a_paper_list_in_markup_no_rule_knows_is_read_from_the_page_text():
    article, comments = _records(_page(ARTICLE, THREAD))
    assert [c["author"] for c in comments] == ["Karin W.", "Bernd Alsleben", "Schwimmerin aus Leidenschaft"]
    assert comments[1]["body"] == "Halb leer ist es nur, weil die Öffnungszeiten seit Jahren gekürzt werden."
    assert article["declared_comment_count"] == 3
    assert "Antworten" not in article["body"] and "Neun Millionen" not in article["body"]
    assert "Förderverein" in article["body"]


def test_a_page_without_a_thread_gets_no_comments_from_its_text():
    article, comments = _records(_page(ARTICLE))
    assert comments == [] and article["declared_comment_count"] is None


FLAT_LINES = [
    "Stadtrat vertagt Entscheidung über das Hallenbad",
    "Von Jana Pohl",
    "Der Stadtrat hat die Entscheidung über die Zukunft des Hallenbads am Donnerstag erneut vertagt. "
    "Die Sanierung würde nach einem Gutachten knapp neun Millionen Euro kosten.",
    "Der Förderverein will bis zum Frühjahr ein eigenes Konzept vorlegen. Bis dahin bleibt das Bad "
    "zu den gewohnten Zeiten geöffnet, teilte die Verwaltung mit.",
    "Kommentare (2)",
    "Karin W. · 05.12.2026, 18:40",
    "Neun Millionen für ein Bad, das seit Jahren halb leer ist? Das muss man erst erklären.",
    "Antworten · Melden",
    "Bernd Alsleben · 05.12.2026, 19:02",
    "Halb leer ist es nur, weil die Öffnungszeiten seit Jahren gekürzt werden.",
    "Antworten · Melden",
]


def test_a_thread_printed_as_plain_paragraphs_is_cut_from_the_main_text():
    # one <p> per line, no comment classes: trafilatura keeps the comments' texts in the main
    # text (without their name and time lines), so the article is cut where the thread begins
    flat = "".join(f"<p>{line}</p>" for line in FLAT_LINES)
    article, comments = _records(_page(flat))
    assert [c["author"] for c in comments] == ["Karin W.", "Bernd Alsleben"]
    assert "Förderverein" in article["body"]
    assert "Neun Millionen für ein Bad" not in article["body"] and "Halb leer" not in article["body"]
