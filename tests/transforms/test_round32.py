"""Round 32 (tests/eval/cleaning/holdout32, measured blind, then fixed): one small case per rule."""
import datetime as dt
import hashlib

import pytest

from transforms.document import build_records
from transforms.lines import plain_line
from transforms.readers import parse_file

PROSE = ("In Kirchweiler und seinen sechs Ortsteilen sollen ab März Mitfahrbänke stehen. Wer auf einer der "
         "gelben Bänke Platz nimmt und ein Schild mit seinem Ziel ausklappt, zeigt vorbeifahrenden Autofahrern, "
         "dass er mitgenommen werden möchte. Der Ortschaftsrat hat das Projekt am Mittwoch beschlossen.")
MORE = ("Die Bänke werden an den Ortsausgängen aufgestellt, dort wo Autofahrer gefahrlos anhalten können. Die "
        "Gemeinde zahlt für Bänke, Schilder und Fundamente rund 11.500 Euro, den Rest übernimmt der Verein.")


@pytest.mark.parametrize("line, text", [
    ("6\\. Dezember 2026 um 10:05", "6. Dezember 2026 um 10:05"),  # a date, as the unescaped line reads
    ("12\\.", "12."),
    ("Am 6\\. Dezember", "Am 6\\. Dezember"),  # only a line's opening number is escaped so
])
def test_markdown_escaped_ordinal_at_line_start_is_the_number(line, text):
    assert plain_line(line) == text


# HashOver as MarkDownload saves it: a bold name over its date, whose day's full stop turndown escapes
HASHOVER_MARKDOWN = f"""# Mitfahrbänke für die Ortsteile

{PROSE}

{MORE}

## 7 Kommentare

**Rosemarie Kiefer**

6\\. Dezember 2026 um 10:05

Endlich passiert mal was für uns auf den Dörfern.

[Gefällt mir](#) (6) · [Antworten](#)

**Hildegard Faller**

6\\. Dezember 2026 um 11:32

Dann machen wir im März ein Foto von dir auf der ersten Bank!

[Gefällt mir](#) (4) · [Antworten](#)

**Gerd Maier**

7\\. Dezember 2026 um 08:15

Und wer kontrolliert, wer da einsteigt?

[Gefällt mir](#) (2) · [Antworten](#)
"""


def test_markdown_escaped_date_under_a_bold_name_is_the_comment_time():
    raw = HASHOVER_MARKDOWN.encode()
    records = build_records("hashover.md", "test", hashlib.sha256(raw).hexdigest(), raw)
    comments = sorted(records.comments, key=lambda c: c["position"])
    assert [c["author"] for c in comments] == ["Rosemarie Kiefer", "Hildegard Faller", "Gerd Maier"]
    assert comments[0]["body"] == "Endlich passiert mal was für uns auf den Dörfern."
    assert all("Dezember" not in c["body"] for c in comments)


def test_markdown_escaped_dateline_gives_the_date():
    """The dateline 'DAY\\. Month YEAR · Author · N comments' escaped the same way gives the date."""
    page = (f"# Mitfahrbänke für die Ortsteile\n\n6\\. Dezember 2026 · Jonas Reichenbach · [7 Kommentare](#hashover)"
            f"\n\n{PROSE}\n\n{MORE}\n")
    [doc] = parse_file("mitfahrbank.md", page.encode())
    assert doc.published_date == dt.date(2026, 12, 6)
