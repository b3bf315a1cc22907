"""transforms.hard_wrap: paragraphs of a text dump wrapped at a fixed width are rejoined."""
import pytest

from transforms.hard_wrap import unwrap_hard_breaks, wrap_width

WRAPPED = (
    "Ferry to run on batteries from next summer\n"
    "The 90-year-old crossing will be the first in the region to go electric\n"
    "\n"
    "The ferry that has carried cars and foot passengers across the estuary since\n"
    "1934 will run on batteries from next summer, after its operator won a grant\n"
    "to replace its diesel engines, which burn about 90,000 litres of diesel in a\n"
    "year.\n"
    "\n"
    "The Marigold, a flat-bottomed chain ferry that pulls itself across the water\n"
    "between two slipways, will be out of service for about seven weeks while the\n"
    "work is carried out.\n"
    "\n"
    "    Reply to the consultation was not limited to the residents of the estate,\n"
    "    the headteacher of the primary school wrote that sixty of her pupils used\n"
    "    the branch after school.\n"
    "Reply\n"
)


def test_a_wrapped_page_has_its_width():
    assert wrap_width(WRAPPED.split("\n")) == 77


@pytest.mark.parametrize("line", [
    "The ferry that has carried cars and foot passengers across the estuary since 1934 will run on "
    "batteries from next summer, after its operator won a grant to replace its diesel engines, which "
    "burn about 90,000 litres of diesel in a year.",
    "The Marigold, a flat-bottomed chain ferry that pulls itself across the water between two slipways, "
    "will be out of service for about seven weeks while the work is carried out.",
    # indented (a nested comment): the continuation keeps the block's indentation once
    "    Reply to the consultation was not limited to the residents of the estate, the headteacher of the "
    "primary school wrote that sixty of her pupils used the branch after school.",
])
def test_wrapped_paragraphs_become_one_line(line):
    assert line in unwrap_hard_breaks(WRAPPED).split("\n")


@pytest.mark.parametrize("line", [
    "Ferry to run on batteries from next summer",  # a title over its dek: shorter than the width
    "The 90-year-old crossing will be the first in the region to go electric",
    "Reply",  # a widget line under a comment is never run into
])
def test_short_lines_and_widget_lines_stay_apart(line):
    assert line in unwrap_hard_breaks(WRAPPED).split("\n")


@pytest.mark.parametrize("text", [
    # one paragraph per line: no line runs on into lower case
    "Title of the story\n\nFirst paragraph of the article, one long line as a browser copy saves it.\n"
    "Second paragraph, also on one line, with no blank line between them at all.\n",
    # short lines running on into lower case are a verse or a list, not wrapping
    "The chorus goes:\nhold the line\nand hold it again\nand never let go\n",
])
def test_pages_that_are_not_wrapped_are_unchanged(text):
    assert unwrap_hard_breaks(text) == text


_PROSE = ("The ferry that has carried cars and foot passengers across the estuary since 1934 will run on "
          "batteries from next summer, after its operator won a grant to replace its diesel engines.")


def _wrapped_72(lines):
    """The page as a 72-column wrapper prints it (the eval's wrapped-72 layout)."""
    import textwrap
    wrap = textwrap.TextWrapper(72, break_long_words=False, break_on_hyphens=False)
    return "\n".join("\n".join(wrap.wrap(line)) if len(line) > 72 else line for line in lines)


@pytest.mark.parametrize("line", [
    # a share row and a tag row broken at an item separator (round 15a)
    "Partager : [Facebook](https://www.facebook.com/sharer) · [X](https://x.com/intent/tweet) · "
    "[LinkedIn](https://www.linkedin.com/share) · [Copier le lien](#)",
    "Mots-clés : [Bressuire](https://www.echodubocage.example/tag/bressuire) · "
    "[Agriculture](https://www.echodubocage.example/tag/agriculture) · [Emploi](https://www.echodubocage.example/tag/emploi)",
    # a date's day number at the start of the next line is no list item (round 13c)
    "Bei uns im Verein ist gestern die neue Gartenordnung verteilt worden. Ab 1. März dürfen Hecken an "
    "den Außenwegen nur noch 1,25 Meter hoch sein, bisher waren es 1,80.",
    # 72 characters where the lines running on into lower case measure 71 (round 13c)
    "Pour ceux qui ne l'ont pas vu passer : la passerelle piétons-vélos entre Trentemoult et la gare "
    "maritime ferme du 5 janvier au 6 mars pour remplacer les joints de dilatation.",
], ids=["share-row", "tag-row", "day-number", "width-slack"])
def test_rows_and_sentences_broken_by_the_wrapper_are_rejoined(line):
    page = _wrapped_72([_PROSE, "", line, "", _PROSE])
    assert line in unwrap_hard_breaks(page).split("\n")


@pytest.mark.parametrize("line, below", [
    ("[Image: A volunteer kneels beside a rock pool at low tide]", "Volunteers from the Shore Keepers."),
    ("![Le lesesaal](https://example.org/img/lesesaal-der-stadtbuecherei.jpg)", "Foto: Nordhessen-Rundschau"),
    ("Hacker News new | past | comments | ask | show | jobs | submit\tlogin", "Ask HN: Backups?"),
], ids=["image-placeholder", "markdown-image", "tabbed-menu"])
def test_whole_elements_and_tabbed_rows_do_not_run_on(line, below):
    page = _wrapped_72([_PROSE, "", line, below, "", _PROSE])
    assert [line, below] == [x for x in unwrap_hard_breaks(page).split("\n") if x in (line, below)]


def test_a_caption_and_its_credit_broken_by_the_wrapper_are_one_line_again():
    """Round 15a: 'caption. Photo: credit' was one line; the wrapper moved the credit down, and a
    credit alone on its line would take the first paragraph under it as its caption."""
    caption = "Volunteers from the Gull Point Shore Keepers during Saturday's count."
    line = f"{caption} Photo: Maren Holloway / Harbourline Courier"
    page = _wrapped_72([_PROSE, "", "[Image: A volunteer beside a rock pool]", line, _PROSE, "", _PROSE])
    assert line in unwrap_hard_breaks(page).split("\n")
    other = _wrapped_72([_PROSE, "", caption, "Read more about the count on our website"])
    assert caption in unwrap_hard_breaks(other).split("\n")  # only a credit rejoins a sentence's end


def test_a_line_does_not_run_on_into_a_post_header():
    """Round 13a's phpBB thread under a 72-column wrapper: the reply title 'Re: ...' stood over
    'Mensaje por X » date' and was joined to it, so no post had its author line."""
    title = 'Re: ITV: me rechazan el escape homologado por "ruido excesivo"'
    header = "Mensaje por Manolo_GS » Mar 04 Mar 2025 11:05"
    page = _wrapped_72([_PROSE, "", title, header, _PROSE])
    lines = unwrap_hard_breaks(page).split("\n")
    assert title in lines and header in lines


DUMP_PROSE = ("   Mieszkańcy Zabłocia na tramwaj poczekają dłużej, niż obiecywano. Zarząd\n"
              "   Transportu Publicznego poinformował w czwartek, że pierwsze kursy nową\n"
              "   linią ruszą nie w 2027, ale najwcześniej w drugiej połowie 2029 roku.\n")


GERMAN_DUMP_PROSE = ("   Die Stadt hat das Freibad für zwei Sommer geschlossen, weil die Bodenplatte\n"
                     "   des Schwimmerbeckens gerissen ist und erst untersucht werden muss, bevor\n"
                     "   man über eine Sanierung oder einen Neubau entscheiden kann, hieß es.\n")


@pytest.mark.parametrize("prose, above, below", [
    # rounds 23a/23b: the title repeated over a share row at the foot ran on into '[30]Udostępnij ...'
    (DUMP_PROSE, "   Tramwaj na Zabłocie pojedzie dopiero w 2029 roku. Miasto przesuwa termin",
     "   [30]Udostępnij na Facebooku [31]Udostępnij na X"),
    # ... and a quote header 'Zitat Zitat von X [22]Beitrag anzeigen' into the quote under it
    (DUMP_PROSE, "     Zitat Zitat von bibliotecaria_jubilada [22]Beitrag anzeigen",
     "     unos 14.000 euros al año con la seguridad social"),
    # a nested Disqus reply's header ending in its time after a bullet, its links numbered, into a
    # one-line reply that would have fitted on it (eval_cleaning --layout lynx, de_disqus_r20a_02)
    (GERMAN_DUMP_PROSE, "               [26]Jonas Pieper [27]Birte Lorenz • [28]vor 3 Stunden",
     "               Dann frage ich mich, wofür das Gutachten war."),
])
def test_link_numbers_of_a_dump_do_not_make_a_line_run_on(prose, above, below):
    """lynx -dump: the link numbers are no part of the line they stand in."""
    lines = unwrap_hard_breaks(f"{prose}\n{above}\n{below}\n\n{prose}").split("\n")
    assert above in lines and below in lines


SHORT_DUMP = (
    "Ny cykelsti langs havnen åbner til foråret\n"
    "\n"
    "   Af [7]Jonas Vestergaard\n"
    "\n"
    "   Kommunen har godkendt den sidste del af den nye cykelsti langs havnefronten i\n"
    "   Nordhavn, og arbejdet går i gang allerede i januar, oplyser teknisk forvaltning\n"
    "   i en pressemeddelelse.\n"
    "\n"
    "   Stien bliver tre meter bred og får sin egen belysning hele vejen fra Færgelejet\n"
    "   til det gamle pakhus ved Kajgade. Beboerne har ventet i mange år på den.\n"
    "\n"
    "   [8]Del på Facebook [9]Del på X\n"
    "\n"
    "References\n"
    "\n"
    "   7. https://nordhavn-tidende.example/forfatter/jonas-vestergaard-redaktionen-nyheder\n"
    "   8. https://www.facebook.com/sharer/sharer.php?u=https://nordhavn-tidende.example/cykelsti\n"
)


@pytest.mark.parametrize("line", [
    "   Kommunen har godkendt den sidste del af den nye cykelsti langs havnefronten i Nordhavn, og "
    "arbejdet går i gang allerede i januar, oplyser teknisk forvaltning i en pressemeddelelse.",
    "   Stien bliver tre meter bred og får sin egen belysning hele vejen fra Færgelejet til det gamle "
    "pakhus ved Kajgade. Beboerne har ventet i mange år på den.",
])
def test_a_short_dump_keeps_every_line_of_its_paragraphs(line):
    # two lines running on into lower case are too few to tell by themselves, but no line of the
    # page is longer than the width (the References list's addresses are printed whole)
    assert line in unwrap_hard_breaks(SHORT_DUMP).split("\n")


def test_a_short_page_wrapped_in_another_script_is_rejoined():
    page = (
        "У Львові відкриють нову велодоріжку\n"
        "\n"
        "Львівська міська рада затвердила проєкт велодоріжки вздовж вулиці\n"
        "Городоцької від Головного вокзалу до площі Кропивницького. Довжина\n"
        "доріжки становитиме три кілометри.\n"
    )
    assert unwrap_hard_breaks(page).split("\n")[2] == (
        "Львівська міська рада затвердила проєкт велодоріжки вздовж вулиці Городоцької від Головного "
        "вокзалу до площі Кропивницького. Довжина доріжки становитиме три кілометри.")


def test_a_browser_copy_with_one_broken_looking_line_is_not_hard_wrapped():
    page = (
        "Stadtrat vertagt die Entscheidung über das neue Hallenbad an der Lindenstraße\n"
        "nach einer langen Debatte\n"
        "\n"
        "Der Stadtrat hat am Dienstagabend die Entscheidung über das neue Hallenbad vertagt, weil die "
        "Kostenschätzung des Planungsbüros erst im Januar vorliegen wird und mehrere Fraktionen Fragen haben.\n"
    )
    assert wrap_width(page.split("\n")) is None


def test_a_short_page_s_line_ending_short_of_its_longest_line_does_not_run_on_into_a_capital():
    # a forum post wrapped at 72 columns: two lines run on into lower case, the page's longest line
    # is the width; the quote's last line ends ten columns short of it, where the reply's first word
    # would have fitted, so the wrapper did not break it (sv_forum_01 under the wrapped-72 layout)
    page = (
        "SJ säger att de kör tåg varje halvtimme mellan Västerås och Stockholm\n"
        "från tidtabellsskiftet i december. Stämmer det att Mälartåg också lägger\n"
        "till avgångar på kvällen, eller gäller det bara SJ?\n"
        "\n"
        "Citat:\n"
        "Ursprungligen postat av Tågfantast\n"
        "Stämmer det att Mälartåg också lägger till avgångar på kvällen\n"
        "Ja, enligt deras pressmeddelande två extra avgångar efter 21.\n"
    )
    lines = unwrap_hard_breaks(page).split("\n")
    assert lines[-3:-1] == [
        "Stämmer det att Mälartåg också lägger till avgångar på kvällen",
        "Ja, enligt deras pressmeddelande två extra avgångar efter 21."]
    assert lines[0].endswith("eller gäller det bara SJ?")


LONG_DUMP = (
    "   The harbour board voted on Monday to close the old ferry slip at Penrock\n"
    "   for good. Repairs would have cost more than the board spends on the whole\n"
    "   waterfront in a year, and the slip has been fenced off since the storm two\n"
    "   winters ago.\n"
    "   Read more: [14]Penrock pontoon plan goes out to a consultation\n"
    "   Board chair [15]Nadia Okoro said a floating pontoon would be built a little\n"
    "   further along the quay next spring, with room for the two school boats.\n"
    "\n"
    "References\n"
    "\n"
    "  14. https://harbour-news.example/penrock-pontoon-consultation\n"
    "  15. https://harbour-news.example/tag/nadia-okoro\n"
)


def test_a_dump_line_ended_short_of_the_width_does_not_run_on_into_a_capital():
    # lynx wraps at its width: 'Board' would have fitted after the related link, so that line ended
    # its block (a save without blank lines between the blocks; en_wpdiscuz_r29_01 under --layout lynx)
    lines = unwrap_hard_breaks(LONG_DUMP).split("\n")
    assert "   Read more: [14]Penrock pontoon plan goes out to a consultation" in lines
    assert lines[0].endswith("since the storm two winters ago.")
    assert lines[2] == ("   Board chair [15]Nadia Okoro said a floating pontoon would be built a little further "
                        "along the quay next spring, with room for the two school boats.")


HAND_WRAPPED = (
    "The harbour board voted on Monday to close the old ferry slip at the end of\n"
    "the month. Repairs would have cost more than the board spends on its whole\n"
    "harbour budget in a year, and the slip has been fenced off since the storm\n"
    "two winters ago. The board will now look for money for a new pontoon on the\n"
    "waterfront, the harbour master told the meeting, and the board chair\n"
    "Nadia Okoro said a pontoon would be built further along the quay.\n"
)


def test_a_hand_wrapped_line_ending_short_of_the_width_still_runs_on_into_a_capital():
    # no References list: text wrapped by hand may break a few columns early, so the tolerance holds
    assert unwrap_hard_breaks(HAND_WRAPPED).split("\n")[0].endswith("the board chair Nadia Okoro said a pontoon "
                                                                     "would be built further along the quay.")
