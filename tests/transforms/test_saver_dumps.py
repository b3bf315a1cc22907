"""Pages as link-printing savers write them (benchmarks/eval_cleaning.py --layout lynx /
markdown-links, session of 2026-12-07): what those layouts showed the cleaner missing."""
import pytest

from transforms.comment_lines import TEXT, bare_candidate, classify


@pytest.mark.parametrize("line", ["User's avatar", "User’s avatar"])
def test_substack_avatar_alt_text_is_no_comment_text(line):
    # lynx prints the alt text of Substack's commenter picture as a line of its own, over the name
    assert classify(0, line).kind != TEXT


def test_a_users_avatar_in_prose_stays_text():
    assert classify(0, "The user's avatar was a photo of her dog, which everyone on the forum knew.").kind == TEXT


@pytest.mark.parametrize("line, name, parent", [
    # Jina reader / html2text: Disqus' 'Name  Replied-to' with the name linked to its profile
    ("[Felix Arnault](https://www.vale.example/u/felix-arnault)  Lettice Moorcroft", "Felix Arnault",
     "Lettice Moorcroft"),
    # the same with a user name that is its profile's slug (not Discourse's 'username Full Name',
    # which has one space; widget x saver benchmark, eval_widgets.py --saver markdown-links)
    ("[brian_t](https://www.news.example/u/brian_t)  ledger_lady", "brian_t", "ledger_lady"),
    # a paper's numbered comment, '#1  Name' with the name linked
    ("#1  [Kinogänger_1979](https://www.wb.example/u/kinogaenger_1979)", "Kinogänger_1979", None),
])
def test_a_linked_name_keeps_its_gap_to_the_replied_to_name(line, name, parent):
    candidate = bare_candidate(classify(0, line))
    assert (candidate.name, candidate.parent_name) == (name, parent)


# lynx -dump wraps at 76 columns: a short article of long words whose sentences the wrap broke
# ('... vaarannu, Finavia' / 'vakuuttaa.') is still the prose above a thread of stamped author lines
WRAPPED_SHORT_ARTICLE = """\
   Kaupunki uusii Tampereen keskustorin kiveykset kesän aikana

   Kaupunki aloittaa keskustorin kiveysten uusimisen toukokuun alussa.
   Työmaa-aitojen sisällä kulkeminen estetään, ja torikauppiaat siirretään
   rantaan.

   Urakan arvioidaan maksavan noin kaksi miljoonaa euroa, ja työt valmistuvat
   syyskuussa.

   Kesätapahtumien järjestäjät eivät joudu muuttamaan suunnitelmiaan, kaupunki
   lupaa.

   Keskustelu
   Kommentteja 3

   Kirjaudu sisään kommentoidaksesi

   Matti Virtanen @mattiv · 3 t
   Vihdoinkin. Kiveykset ovat olleet rikki vuosia.
   Vastaa · 👍 5 · Ilmoita

   Liisa Koski @liisak · 2 t
   @mattiv Miksi juuri kesällä?
   Vastaa · 👍 2 · Ilmoita

   Kalle Niemi @kallen · 1 t
   Torikahvit jäävät tältä kesältä väliin.
   Vastaa · 👍 1 · Ilmoita
"""


def test_a_short_article_wrapped_by_lynx_is_prose_above_the_thread():
    from transforms.comments import split_comment_section

    article, section = split_comment_section(WRAPPED_SHORT_ARTICLE)
    assert [c.author for c in section.comments] == ["Matti Virtanen", "Liisa Koski", "Kalle Niemi"]
    assert article.rstrip().endswith("lupaa.")
