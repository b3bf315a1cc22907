"""transforms.html_metadata: the metadata a saved page holds outside its article text."""
import lxml.html

from transforms.html_metadata import author_above_text

_DEK = "La concesionaria suprime tres paradas de la línea 7 a partir del 1 de enero y los vecinos recogen firmas"
_PROSE = ("Los vecinos de Hontanar tendrán que desplazarse hasta Torremocha para coger el autobús al "
          "hospital comarcal a partir del 1 de enero, según ha comunicado la empresa concesionaria.")


def test_a_byline_of_spans_under_a_standfirst_gives_the_name_without_the_place():
    """Round 23b: 'Por Name' and 'Place | date' are two spans of one byline element, under a
    standfirst of paragraph length, and the main text left the byline out; run together the
    spans would read 'Elena Marquina Valdecuervos'."""
    page = ('<html lang="es"><body><article><h1>El autobús dejará de parar en Valdecuervos</h1>'
            f'<h2 class="subtitulo">{_DEK}</h2>'
            '<div class="firma"><span class="autor">Por <a href="/autor/em/">Elena Marquina</a></span>\n'
            '<span class="fecha">Valdecuervos | 04/12/2026 - 08:15</span></div>'
            f'<div class="cuerpo"><p>{_PROSE}</p><p>{_PROSE}</p></div></article></body></html>')
    main_text = f"{_DEK}\n\n{_PROSE}\n\n{_PROSE}"
    assert author_above_text(lxml.html.fromstring(page).getroottree(), main_text) == "Elena Marquina"
