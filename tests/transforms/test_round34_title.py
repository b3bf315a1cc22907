"""Round 34 (holdout33 es_wordpress_r33_12): a WordPress theme's site title saved by a reader as an H1 that only
links to the home page is the site's name, not the headline (metadata_title._without_site_title)."""
import pytest

from transforms.metadata_title import extract_title

_PROSE = ("El horno comunal de Azpirotz volvió a encenderse el sábado, cuarenta y un años después de su última "
          "hornada. Una veintena de vecinos ha trabajado desde la primavera en la reconstrucción de la bóveda.")


def _page(site_title: str, headline: str) -> str:
    return (f"[Saltar al contenido](#content)\n\n{site_title}\n\nNoticias de Lekunberri, Betelu y los valles\n\n"
            "  * [Inicio](https://elvigiadearalar.es/)\n  * [Actualidad](https://elvigiadearalar.es/actualidad/)\n"
            "  * [Cultura](https://elvigiadearalar.es/cultura/)\n  * [Contacto](https://elvigiadearalar.es/contacto/)\n\n"
            f"[Actualidad](https://elvigiadearalar.es/actualidad/)\n\n{headline}\n\n"
            "Publicado el [6 diciembre, 2026](https://elvigiadearalar.es/2026/12/06/horno/) por "
            "[Itziar Goñi Larrea](https://elvigiadearalar.es/author/itziar/)\n\n" + _PROSE + "\n")


@pytest.mark.parametrize("site_title", [
    "# [El Vigía de la Sierra de Aralar](https://elvigiadearalar.es/)",
    "# [El Vigía de la Sierra de Aralar](https://elvigiadearalar.es)",
])
def test_an_h1_linking_home_is_the_site_name_not_the_headline(site_title):
    headline = "Los vecinos de Azpirotz recuperan el horno comunal tras cuarenta años apagado"
    assert extract_title(_page(site_title, f"# {headline}")) == headline


def test_an_h1_linking_to_an_article_stays_the_headline():
    page = ("# [Los vecinos de Azpirotz recuperan el horno comunal](https://elvigiadearalar.es/2026/12/06/horno/)\n\n"
            "Publicado el 6 diciembre, 2026 por Itziar Goñi Larrea\n\n" + _PROSE + "\n")
    assert extract_title(page) == "Los vecinos de Azpirotz recuperan el horno comunal"
