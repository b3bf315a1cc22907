"""Round 25b (tests/eval/cleaning/holdout25b): eight blind news pages; one small case per rule."""
import pytest

from transforms.boilerplate import clean_body
from transforms.comment_lines import NOISE, WIDGET, classify
from transforms.comments import split_comment_block
from transforms.metadata import extract_byline
from transforms.text_dump import drop_form_boxes, strip_link_numbers

DA_THREAD = ("7 kommentarer\nLimfjordsposten\nPrivatlivspolitik\nLog ind\nFavorit\nSortér efter Bedste\n"
             "Deltag i debatten…\nLOG IND MED\nELLER TILMELD DIG DISQUS\nNavn\n"
             "Mette Bak\n• for 5 timer siden\nMin datter har fri kl. 12.45 om tirsdagen. Det har ingen tænkt over.\n"
             "14\nSvar\nDel ›\n"
             "Lars Holm\nMette Bak\n• for 4 timer siden\nDer var engang et fritidshjem ved skolen.\n6\nSvar\nDel ›\n"
             "Tørvø Beboerforening\n• for 4 timer siden\nVi holder borgermøde tirsdag kl. 19.00.\n9\nSvar\nDel ›\n"
             "Denne kommentar blev slettet.\n"
             "Anne-Grethe Juul\n• for 2 timer siden\nMette Bak har ret. Så er næste tur først 19.00.\n4\nSvar\nDel ›\n"
             "Vis flere kommentarer\nAbonner\nPrivatlivspolitik\nSælg ikke mine data\nDISQUS\n")


def test_danish_disqus_thread_reads_name_field_votes_and_deleted_placeholder_as_chrome():
    # disqus.widget.r25b_thin_languages ('Navn' over the first commenter was taken for the author,
    # the commenter for a replied-to name), generic.noise.thread_north_east ('blev slettet'),
    # comment_section_starts._action_row_label ('14' / 'Svar' under every comment is no reply count)
    section = split_comment_block(DA_THREAD)
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Mette Bak", None), ("Lars Holm", 1), ("Tørvø Beboerforening", None), ("Anne-Grethe Juul", None)]
    assert section.declared_count == 7


@pytest.mark.parametrize("line", ["Navn", "LOG IND MED", "Logga in med", "Privatlivspolitik", "Integritetspolicy",
                                  "Sælg ikke mine data", "Verkoop mijn gegevens niet", "Nie sprzedawaj moich danych",
                                  "Älä myy tietojani", "Jméno", "Imię", "Naam"])
def test_disqus_chrome_in_thin_languages_is_widget(line):
    assert classify(0, line).kind == WIDGET


@pytest.mark.parametrize("line", ["Denne kommentar blev slettet.", "Denne kommentaren ble slettet.",
                                  "Den här kommentaren raderades."])
def test_nordic_deleted_placeholders_are_noise(line):
    assert classify(0, line).kind == NOISE


DA_PROSE = ("Fra 1. januar sejler færgen mellem Vildsund og Tørvø kun fire gange om dagen i hverdagene mod i dag seks. "
            "Det har et flertal i kommunens teknik- og miljøudvalg besluttet.")
DA_PROSE_2 = "Det er afgangene klokken 10.30 og 14.30, der forsvinder. Besparelsen er opgjort til 1,1 millioner kroner."


def test_a_danish_cookie_banner_above_the_masthead_goes_with_the_header():
    # cookie.r25b_da_no_fi_cs_sk_hu_ro_notice / cookie.r25b_buttons_da_no_fi_cs_sk_hu_ro: read as the first
    # prose line, the notice kept the kicker, dek and byline under it in the body
    text = ("Vi bruger cookies for at forbedre din oplevelse, måle trafik og vise relevante annoncer. Du kan til "
            "enhver tid ændre dit samtykke under Cookieindstillinger.\n\nTillad alle\n\nKun nødvendige\n\n"
            "Limfjordsposten\n\nLOKALT\n\nTørvø-færgen sejler kun fire gange om dagen fra januar\n\n"
            "Kommunen skærer to afgange væk for at spare 1,1 millioner kroner. Øboerne frygter for pendlere.\n\n"
            f"Af Søren Kjærgaard\n\n4. december 2026 kl. 07.15\n\n{DA_PROSE}\n\n{DA_PROSE_2}")
    assert clean_body(text, "Tørvø-færgen sejler kun fire gange om dagen fra januar") == f"{DA_PROSE}\n\n{DA_PROSE_2}"


CS_PROSE = ("Zastupitelstvo Bystřice nad Úhlavou ve středu schválilo zavedení placeného parkování na Náměstí Míru. "
            "Od 1. března bude za stání v pracovní dny potřeba zaplatit v automatu.")
CS_PROSE_2 = "Starosta odpovídá, že půlhodina zdarma na běžný nákup stačí. Vyhláška se má po roce vyhodnotit."


def test_a_czech_cookie_notice_with_its_buttons_goes():  # cookie.r25b_*_notice, cookie.r25b_plain_buttons
    text = ("Tento web používá k poskytování služeb, personalizaci reklam a analýze\nnávštěvnosti soubory cookie. "
            "Používáním tohoto webu s tím souhlasíte.\nDalší informace Rozumím\n\n"
            f"DOPRAVA\n\nNa náměstí se bude platit za parkování\n\n{CS_PROSE}\n\n{CS_PROSE_2}")
    assert clean_body(text, "Na náměstí se bude platit za parkování") == f"{CS_PROSE}\n\n{CS_PROSE_2}"


def test_czech_tail_chrome_goes():
    # related.inline / related.heading, footer.r23b_tag_label_rows, footer.r25b_comments_off_central_nordic,
    # subscribe.r25b_cs_sk_newsletter_box, bio.r25b_cs_sk_pl_covers
    text = (f"{CS_PROSE}\n\nČtěte také: Bystřice opraví chodníky v Nádražní ulici\n\n{CS_PROSE_2}\n\n"
            "Petra Vondráčková se věnuje dění na Klatovsku a Sušicku. Kontakt: vondrackova@example.cz\n\n"
            "Témata: Bystřice nad Úhlavou, parkování, doprava\n\nOdebírejte náš newsletter\n\n"
            "Každé ráno to nejdůležitější z regionu.\n\nE-mail Odebírat\n\nDiskuse k tomuto článku byla uzavřena.\n\n"
            "Nejčtenější\n\n1. Sušice: Hasiči zasahovali u požáru kotelny\n2. Klatovy mají nový adventní trh\n"
            "3. Hokejisté Klatov porazili Písek 4:2")
    assert clean_body(text) == f"{CS_PROSE}\n\n{CS_PROSE_2}"


def test_lynx_references_with_a_mail_link_are_cut():
    text = ("   Text of the page with [1]a link and [2]another one.\n\nReferences\n\n"
            "   1. https://example.cz/a\n   2. mailto:petra@example.cz\n")
    assert strip_link_numbers(text).strip() == "Text of the page with a link and another one."


def test_lynx_button_marks_go():
    text = "[1]One [2]Two [3]Three [4]Four [5]Five\n   (BUTTON) + 8 (BUTTON) -\n   (BUTTON) Répondre\n"
    assert strip_link_numbers(text).split("\n")[1:3] == ["   + 8 -", "   Répondre"]


def test_french_wpdiscuz_thread_from_lynx_keeps_its_commenters():
    page = strip_link_numbers(
        "[1]a [2]b [3]c [4]d [5]e\n\n   2 Commentaires\n\n   Sophie Marcelin\n\n   invité\n\n"
        "   3 décembre 2026 19 h 05 min\n\n   Nous avons déjà vécu ça en 2019 avec la fermeture de la classe.\n\n"
        "   (BUTTON) + 8 (BUTTON) -\n   (BUTTON) Répondre\n\n   Julien Baptiste\n\n   invité\n\n"
        "   Répondre à  Sophie Marcelin\n\n   3 décembre 2026 19 h 48 min\n\n"
        "   Il y aura une réunion publique avant le conseil municipal.\n\n   (BUTTON) + 3 (BUTTON) -\n"
        "   (BUTTON) Répondre\n")
    section = split_comment_block(page[page.index("   2 Commentaires"):])
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Sophie Marcelin", None), ("Julien Baptiste", 1)]


def test_w3m_form_boxes_go():
    text = ("Commento *\n\n[                    ]\n\nNome * [                    ]\n\nEmail * [          ]\n\n"
            "[ ] Salva il mio nome, email e sito web in questo browser per la prossima volta\nche commento.\n\n"
            "[Pubblica il commento]\n")
    assert drop_form_boxes(text) == ("Commento *\n\n\n\nNome *\n\nEmail *\n\n"
                                     "Salva il mio nome, email e sito web in questo browser per la prossima volta\n"
                                     "che commento.\n\nPubblica il commento\n")


def test_brackets_on_a_page_without_text_boxes_stay():
    text = "[Editor's note]\n\n[ ] an unchecked item\n"
    assert drop_form_boxes(text) == text


def test_polish_facebook_badges_are_noise():  # generic.noise.pl
    assert classify(0, "Najaktywniejszy fan").kind == NOISE
    assert classify(0, "Pracuje w: Ośrodek Sportu i Rekreacji w Brzeźnicy").kind == NOISE


def test_polish_cookie_notice_korzystamy():  # cookie.r13d_sv_pl_tr_notice
    prose = ("Miejska pływalnia przy ul. Sportowej zostanie zamknięta 1 lutego 2027 roku. "
             "Obiekt przejdzie gruntowny remont.")
    text = ("Szanowny Użytkowniku! Korzystamy z plików cookies oraz podobnych technologii w celach statystycznych. "
            f"Możesz zmienić ustawienia w każdej chwili.\n\n{prose}")
    assert clean_body(text) == prose


def test_polish_published_label():  # published_label: Opublikowano
    byline = extract_byline("Tytuł artykułu\nAutor: Tomasz Wielgosz\nOpublikowano: 04.12.2026 08:00\n\nTekst.")
    assert str(byline.published_date) == "2026-12-04"


def test_a_lowercase_paragraph_tail_is_no_related_heading():  # related.heading: (?-i:M)ás de
    first = ("La decisión llega después de que el embalse haya caído al 9 % de su capacidad, explicó Artigas "
             "tras una reunión que se alargó")
    text = f"{first}\n\nmás de tres horas.\n\nLa Confederación Hidrográfica difundió el dato el martes."
    assert clean_body(text) == f"{first} más de tres horas.\n\nLa Confederación Hidrográfica difundió el dato el martes."


@pytest.mark.parametrize("line", ["Pravidla diskuse", "Pro vložení příspěvku se musíte přihlásit."])
def test_czech_discussion_rules_and_login_notice_are_widget(line):  # generic.widget.r17d_commenting_rules
    assert classify(0, line).kind == WIDGET


def test_a_section_word_at_the_root_of_the_breadcrumb_is_no_masthead():  # metadata_publisher.find_masthead
    text = ("[Skip to content](#main)\n\n[![The Wexcombe Ledger](https://example.co.uk/logo.svg)](https://example.co.uk/)\n\n"
            "  * [News](https://example.co.uk/news/)\n  * [Sport](https://example.co.uk/sport/)\n\n"
            "[News](https://example.co.uk/news/) › [Business](https://example.co.uk/news/business/)\n\n"
            "# Wexcombe's last bank branch to close in February\n\nBy Priya Natarajan\n\n"
            "Thursday 3 December 2026, 6:00 am\n\nThe last bank branch in Wexcombe will close on 26 February.\n")
    assert extract_byline(text).publisher == "The Wexcombe Ledger"
