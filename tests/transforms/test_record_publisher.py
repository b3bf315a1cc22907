"""A .jsonl record that names its outlet only by domain: the name the page prints for it."""

import json

import pytest

from transforms.readers import parse_file

PROSE = ("The council voted on Tuesday to keep the village school open for at least four more years, "
         "after parents handed in a petition with more than 900 names.")


@pytest.mark.parametrize("domain, line, publisher", [
    ("www.diariodomondego.pt", "Receba a newsletter do Diário do Mondego", "Diário do Mondego"),  # accents
    ("heraldodelcierzo.example", "Aviso legal · Política de cookies · © El Heraldo del Cierzo",
     "El Heraldo del Cierzo"),  # the page's article stays
    ("baysidedispatch.com", "Photo: The hearing on Thursday. (Theo Marchetti / Bayside Dispatch)",
     "Bayside Dispatch"),  # in a photo credit
    ("www.diariodomondego.pt", "A Câmara vai limpar as margens do Mondego", "diariodomondego.pt"),  # a part only
    ("abc.es", "Lo contó Abc a sus lectores", "abc.es"),  # a label too short to tell a name by
    ("www.münchner-merkur.de", "© Münchner Merkur 2026", "Münchner Merkur"),  # an umlaut in the domain too
])
def test_record_domain_publisher_becomes_the_name_the_page_prints(domain, line, publisher):
    record = {"title": "Escola fica aberta", "text": f"{PROSE}\n\n{line}", "source_domain": domain}
    [doc] = parse_file("items.jsonl", json.dumps(record).encode())
    assert doc.publisher == publisher


@pytest.mark.parametrize("url, line, publisher", [
    ("https://www.folhadovale.com.br/cidades/2026/12/ponte.html",
     "Folha do Vale © 2026 - Todos os direitos reservados | Expediente", "Folha do Vale"),  # round 33
    ("https://baysidedispatch.com/news/school", "Photo: The hall. (Theo Marchetti / Bayside Dispatch)",
     "Bayside Dispatch"),
    ("https://www.folhadovale.com.br/cidades/ponte.html", "A ponte fica no vale", None),  # no name printed
])
def test_record_with_only_a_url_takes_the_name_the_page_prints_for_its_host(url, line, publisher):
    record = {"url": url, "title": "Escola fica aberta", "text": f"{PROSE}\n\n{line}"}
    [doc] = parse_file("items.jsonl", json.dumps(record).encode())
    assert doc.publisher == publisher
