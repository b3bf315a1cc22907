"""Round 33 (blind page es_facebook_r33_04, helper fix33b): the Facebook comments plugin in a saved
HTML page in plain markup (li.fb-comment with unnamed divs for the name and the text, replies in a
ul under the comment), which no markup rule reads. Two general causes, each tested here:
- the plugin's header prints the count and the sort menu as spans of one block, so the page's
  visible text has them on one line ('12 comentarios Ordenar por Más relevantes'), which no count
  rule knew (comment_widgets.json facebook.count.r33_count_and_sort);
- trafilatura's comment block held only the composer's placeholder ('Añade un comentario...'),
  and a non-empty block kept the page's visible text from being read for the thread
  (transforms.html_page._holds_comments).
Left then: a Facebook workplace badge of more than three words after the name on the name's line ('Maite
  Casares Trabaja en Polígono Las Eras') stayed in the name; round 34 cuts it (tests/transforms/test_round34_authors.py)."""
from transforms.comment_lines import COUNT, classify
from transforms.document import build_records


def _records(page: str) -> tuple[dict, list[tuple[str | None, int | None, str]]]:
    records = build_records("page.html", "test", "0" * 64, page.encode("utf-8"))
    comments = sorted(records.comments, key=lambda c: c["position"])
    return records.articles[0], [(c["author"], c["parent_position"], c["body"]) for c in comments]


# -- the header line ---------------------------------------------------------------------------

def test_count_and_sort_menu_on_one_line_is_the_count():
    for line, n in [("12 comentarios Ordenar por Más relevantes", 12), ("7 comments Sort by Most relevant", 7),
                    ("4 commentaires Trier par Plus pertinents", 4), ("9 Kommentare Sortieren nach Relevanteste", 9)]:
        found = classify(0, line)
        assert (found.kind, found.count) == (COUNT, n), line


def test_prose_about_sorting_comments_is_no_count():
    line = "Los 150 comentarios ordenar por fecha llevó a la empresa más de una semana de trabajo en su web."
    assert classify(0, line).kind != COUNT


# -- the whole page ----------------------------------------------------------------------------

_PROSE = [
    "El Ayuntamiento de Villarejo abrirá en enero la nueva biblioteca municipal en el antiguo edificio del "
    "mercado, cerrado desde hace seis años. La obra ha costado 1,2 millones de euros.",
    "La biblioteca tendrá una sala de estudio abierta hasta las diez de la noche durante los exámenes y un "
    "espacio infantil con actividades los sábados por la mañana, según explicó la concejala de Cultura.",
    "Los vecinos podrán proponer hasta marzo el nombre del edificio en la web municipal; el pleno elegirá "
    "entre las tres propuestas más votadas.",
]


def _item(name: str, text: list[str], badge: str = "", replies: str = "", reply: bool = False) -> str:
    badge = f' <span class="badge">{badge}</span>' if badge else ""
    texts = "".join(f"<div>{t}</div>" for t in text)
    cls = "fb-comment fb-reply" if reply else "fb-comment"
    replies = f'<ul class="fb-replies">{replies}</ul>' if replies else ""
    return (f'<li class="{cls}"><div><a href="#">{name}</a>{badge}</div>{texts}'
            f'<div class="fb-actions">Me gusta · Responder · 3 d</div>{replies}</li>')


def _page(header: str) -> str:
    thread = (
        _item("Lucía Benavente", ["Por fin una sala de estudio que abra por la noche."],
              replies=_item("Biblioteca de Villarejo", ["Hola Lucía, abrirá hasta las diez en época de exámenes."],
                            badge="Autor", reply=True))
        + _item("Tomás Quiroga", ["¿Habrá aparcamiento para bicis en la entrada? Ahora no hay ninguno cerca."],
                badge="Fan destacado")
        + _item("Nieves Carrasco", ["Seis años cerrado y ahora la abren en enero, con el frío que hace."])
    )
    body = "".join(f"<p>{p}</p>" for p in _PROSE)
    return (
        '<html lang="es"><head><title>Villarejo abrirá la biblioteca en enero | Gaceta de Villarejo</title></head>'
        f"<body><main><article><h1>Villarejo abrirá la biblioteca en enero</h1>{body}</article>"
        f'<section class="comentarios"><div class="fb-comments"><div class="fb-header">{header}</div>'
        '<div class="fb-composer"><p>Añade un comentario...</p></div>'
        f'<ul class="fb-list">{thread}</ul>'
        '<div class="fb-footer"><a href="#">Plugin de comentarios de Facebook</a></div></div></section>'
        "</main></body></html>"
    )


_THREAD = [
    ("Lucía Benavente", None, "Por fin una sala de estudio que abra por la noche."),
    ("Biblioteca de Villarejo", 1, "Hola Lucía, abrirá hasta las diez en época de exámenes."),
    ("Tomás Quiroga", None, "¿Habrá aparcamiento para bicis en la entrada? Ahora no hay ninguno cerca."),
    ("Nieves Carrasco", None, "Seis años cerrado y ahora la abren en enero, con el frío que hace."),
]


def test_plugin_in_plain_markup_under_its_composer_placeholder_is_read_from_the_visible_text():
    article, comments = _records(_page("<span>6 comentarios</span> <span>Ordenar por</span> "
                                       "<span>Más relevantes</span>"))
    assert comments == _THREAD
    assert article["declared_comment_count"] == 6
    assert "Añade un comentario" not in article["body"]
    assert article["body"].endswith("entre las tres propuestas más votadas.")
