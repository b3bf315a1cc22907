"""The site's name in a reader service's title ('Headline | Site') is the publisher when the page
prints it again or the page's domain spells it (round 25a)."""

import pytest

from transforms.metadata_outlets import spells_domain
from transforms.metadata_title import clipped_site_name
from transforms.readers import parse_file

TITLE = "Parco eolico sul Monte Calvello: cosa ne pensate? | Forum Valle del Serchio"
BODY = "Parco eolico sul Monte Calvello: cosa ne pensate?\n\nIeri sera in consiglio comunale è stato presentato il progetto."


@pytest.mark.parametrize(("name", "domain"), [
    ("Forum Valle del Serchio", "www.forumvalleserchio.it"),  # the particle 'del' left out
    ("El Heraldo del Cierzo", "heraldodelcierzo.es"),  # leading article left out, particle kept
    ("Diário do Mondego", "diariodomondego.pt"),  # accents folded
    ("Semt Forum", "semtforum.example.com.tr"),
])
def test_domain_spells_the_name(name, domain):
    assert spells_domain(name, domain)


@pytest.mark.parametrize(("name", "domain"), [
    ("Forum Valle del Serchio", "www.forumvalle.it"),
    ("Valle Serchio", "www.forumvalleserchio.it"),
    ("Forum Valle del Serchio", "not a domain"),
])
def test_domain_spelling_something_else(name, domain):
    assert not spells_domain(name, domain)


def test_title_suffix_named_by_the_domain_is_the_publisher():
    assert clipped_site_name(TITLE, BODY, "https://www.forumvalleserchio.it/threads/parco-eolico.4471/") == "Forum Valle del Serchio"


def test_title_suffix_neither_printed_nor_spelled_by_the_domain_is_not():
    assert clipped_site_name(TITLE, BODY, "https://www.example.org/threads/parco-eolico.4471/") is None
    assert clipped_site_name(TITLE, BODY) is None


def test_jina_page_gives_the_title_suffix_as_publisher():
    page = f"Title: {TITLE}\n\nURL Source: https://www.forumvalleserchio.it/threads/parco-eolico.4471/\n\nMarkdown Content:\n{BODY}\n"
    [doc] = parse_file("thread.md", page.encode())
    assert (doc.title, doc.publisher) == ("Parco eolico sul Monte Calvello: cosa ne pensate?", "Forum Valle del Serchio")
