"""Round 33 (tests/eval/cleaning/holdout33, measured blind, then fixed): a bracketed reply marker under a
newspaper commenter's header, and a Turkish newsletter box line."""
import hashlib

import pytest

from transforms.boilerplate import clean_body
from transforms.comment_names import quote_target
from transforms.document import build_records
from transforms.rules import is_noise_line


@pytest.mark.parametrize("line, parent", [
    ("(en réponse à Patricia Voumard)", "Patricia Voumard"),
    ("(in reply to John Smith)", "John Smith"),
    ("(als Antwort auf Sabine Krull)", "Sabine Krull"),
    ("(en respuesta a Maite Bilbao)", "Maite Bilbao"),
    ("(in risposta a Elisa Marchi)", "Elisa Marchi"),
    ("(em resposta a João Pereira)", "João Pereira"),
])
def test_bracketed_reply_marker_names_the_parent(line, parent):
    assert quote_target(line) == parent


@pytest.mark.parametrize("line", [
    "Le maire a écrit une lettre (en réponse à Patricia Voumard) au canton.",
    "(en réponse à Patricia Voumard) Faire venir des familles, avec quels logements?",
    "(en réponse à)",
])
def test_bracketed_reply_words_inside_prose_name_no_parent(line):
    assert quote_target(line) is None


PROSE = ("L'école de Tramelan perdra une classe à la rentrée prochaine. La direction de l'instruction publique a "
         "confirmé jeudi la fermeture, faute d'élèves en nombre suffisant pour maintenir les trois classes actuelles.")
MORE = ("Les parents ont lancé une pétition qui a déjà recueilli plus de quatre cents signatures. Ils demandent que "
        "le canton revoie sa décision et tienne compte des nouvelles familles attendues dans le quartier.")

LYNX_REPLIES = f"""   L'école de Tramelan perd une classe

   {PROSE}

   {MORE}

   Réactions (3)

   Patricia Voumard
   05.12.2026 à 17h48
   Personne n'a cherché à faire venir des familles, voilà le résultat.
   Répondre | Signaler | 👍 18

   une maman de 3 enfants aux Lovières
   05.12.2026 à 19h02
   Ma fille sera en 5e l'an prochain. Nous étions quinze, pas vingt-deux.
   Répondre | Signaler | 👍 27

   Jean-Daniel Houriet
   05.12.2026 à 18h20
   (en réponse à Patricia Voumard)
   Faire venir des familles, avec quels logements? Il n'y a rien à louer.
   Répondre | Signaler | 👍 9

   Valérie Gerber
   06.12.2026 à 07h40
   (en réponse à une maman de 3 enfants aux Lovières)
   Merci pour votre témoignage. La pétition reste ouverte jusqu'au 15 décembre.
   Répondre | Signaler | 👍 11
"""


def test_newspaper_list_bracketed_reply_line_is_the_parent_not_text():
    raw = LYNX_REPLIES.encode()
    records = build_records("tramelan.txt", "test", hashlib.sha256(raw).hexdigest(), raw)
    comments = sorted(records.comments, key=lambda c: c["position"])
    assert [c["author"] for c in comments] == [
        "Patricia Voumard", "une maman de 3 enfants aux Lovières", "Jean-Daniel Houriet", "Valérie Gerber"]
    by_position = {c["position"]: c["author"] for c in comments}
    assert [by_position.get(c["parent_position"]) for c in comments] == [
        None, None, "Patricia Voumard", "une maman de 3 enfants aux Lovières"]
    assert all("en réponse" not in c["body"] for c in comments)


TURKISH_BOX = "Kıyı Gazetesi bülteni: Günün öne çıkan haberleri her sabah e-postanızda. Abone ol"


@pytest.mark.parametrize("line", [
    TURKISH_BOX,
    "Günün öne çıkan haberleri her sabah e-postanızda.",
    "Kıyı Gazetesi bülteni: Günün haberleri her sabah e-postanıza gelsin!",
])
def test_turkish_newsletter_box_is_noise(line):
    assert is_noise_line(line)


@pytest.mark.parametrize("line", [
    "Belediyenin aylık bülteninde yayımlanan rapora göre kıyıdaki balık stoku son beş yılda yüzde otuz azaldı.",
    "Kooperatif bülteni: balıkçılar bu yıl ağlarını iki hafta erken çekti. Sezon kısa sürdü.",
])
def test_turkish_prose_naming_a_newsletter_is_no_noise(line):
    assert not is_noise_line(line)


TR_PROSE = ("Kıyı kasabasında balıkçılar bu sezon av yasağının iki hafta erken başlamasına tepki gösterdi. Kooperatif "
            "başkanı, kararın küçük tekneleri en çok etkileyeceğini söyledi ve bakanlıkla görüşme talep etti.")
TR_MORE = ("Belediyenin aylık bülteninde yayımlanan rapora göre kıyıdaki balık stoku son beş yılda yüzde otuz azaldı. "
           "Uzmanlar, stokların toparlanması için yasağın en az üç yıl sürmesi gerektiğini belirtiyor.")


def test_turkish_newsletter_box_leaves_the_body():
    body = clean_body(f"# Balıkçılar tepkili\n\n{TR_PROSE}\n\n**Kıyı Gazetesi bülteni:** Günün öne çıkan haberleri her "
                      f"sabah e-postanızda. [Abone ol](https://example.com/bulten/)\n\n{TR_MORE}\n")
    assert "e-postanızda" not in body and "Abone ol" not in body
    assert TR_PROSE in body and TR_MORE in body
