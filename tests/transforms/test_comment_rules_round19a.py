"""Round 19a: forum threads with a short opening post (Flarum, NodeBB, Vanilla, Invision, Mbin),
whose replies start at the action row that closes the opening post."""
import pytest

from transforms.comment_lines import END, FORM, NOISE, TIME, classify
from transforms.comments import split_comment_section
from transforms.timestamps import parse_timestamp


@pytest.mark.parametrize("line, kind", [
    ("Ähnliche Diskussionen", END), ("Lignende indhold", END), ("Similar discussions", END),
    ("Schreibe eine Antwort …", FORM), ("Write a reply...", FORM),
    ("Mona_L und Ilkay haben darauf geantwortet.", NOISE), ("Sam replied to this.", NOISE),  # Flarum
    ("hat einen Beitrag gelöscht 4. Dez.", NOISE), ("[raderad av moderator]", NOISE), ("[deleted by moderator]", NOISE),
    ("Moderatori", NOISE), ("Global Moderators", NOISE), ("Bestyrelse", NOISE),  # group badges
    ("Ultima risposta 3 dic 2026, 18:52", NOISE), ("Last reply 3 Dec 2026, 18:52", NOISE),  # NodeBB
    ("3 décembre 2026 à 08:27 Modifié 3 décembre 2026 à 08:31", TIME),  # Vanilla, edited
])
def test_forum_lines(line, kind):
    assert classify(0, line).kind == kind


@pytest.mark.parametrize("line", ["I replied to this on Monday and nobody answered me.",
                                  "Write a reply to the council before Friday, they read them all."])
def test_sentences_stay_text(line):
    assert classify(0, line).kind not in (NOISE, FORM, END)


def test_time_with_edit_note_is_the_post_time():
    assert parse_timestamp("3 décembre 2026 à 08:27 Modifié 3 décembre 2026 à 08:31").hour == 8


FLARUM = """Radweg Bahnhofstraße: Bauzeit verlängert

Karsten_B
3. Dez.

Laut Aushang am Bauzaun wird der Radweg erst Ende März fertig. Weiß jemand, woran es hängt?

Gefällt mir
Antworten

Mona_L
3. Dez.

Die Leitungen der Stadtwerke liegen nicht dort, wo sie laut Plan liegen sollten. Das stand gestern im Protokoll
des Ortsbeirats, und die Baufirma muss jetzt neu planen, weil die Stadtwerke erst im Februar umlegen können.

Gefällt mir
Antworten

Ilkay
4. Dez.

Typisch.

Gefällt mir
Antworten

Sabine Roth
5. Dez.

@Mona_L Danke, Seite 4 des Protokolls, ich habe es gefunden.

Gefällt mir
Antworten
"""


def test_short_opening_post_is_the_article_and_replies_start_at_its_action_row():
    article, section = split_comment_section(FLARUM)
    assert "Laut Aushang" in article and "Leitungen" not in article
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Mona_L", None), ("Ilkay", None), ("Sabine Roth", 1)]


NEWS = """Harbour wall repairs start in spring

The council approved the repairs to the harbour wall on Tuesday evening after a long debate.

Share

Work starts in March and will take eight months, the harbour master said, and the ferry keeps running.
The budget is four million, paid from the reserve fund that was set up after the storm of 2019.

12 Comments

Ann Lee
3 Dec 2026, 18:40
Finally, the wall has been crumbling for years now.
Reply
Share

Bob Grant
3 Dec 2026, 19:02
Eight months is optimistic if you ask me.
Reply
Share

Cora Dunn
3 Dec 2026, 19:30
@Bob Grant They said the same about the bridge.
Reply
Share
"""


def test_a_share_line_under_an_article_paragraph_does_not_start_the_thread():
    article, section = split_comment_section(NEWS)
    assert "eight months" in article and "reserve fund" in article
    assert [c.author for c in section.comments] == ["Ann Lee", "Bob Grant", "Cora Dunn"]
