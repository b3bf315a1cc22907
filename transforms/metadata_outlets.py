"""An outlet's name: a byline's publisher cleaned, a URL's domain, and the shape of a name
(capitalised words) that a masthead or an 'Author, Outlet' tail must have."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from transforms.metadata_rules import Rules

_NAME_PARTICLES = frozenset(
    "de del della delle dei do da das dos di du des la le les el il lo of the y e et and und für "
    "van der den het ter op zur zum a".split()  # round 18a: 'a' ('Comunidade Lisboa a Pedalar')
)


def clean_publisher(raw: str, rules: Rules) -> str | None:
    publisher = re.sub(r"\s+", " ", raw).strip(" ,.;:|")
    publisher = re.sub(r"^the\s+", "", publisher)  # "at the Eastside Herald" (lower-case the)
    publisher = rules.legal_suffix_re.sub("", publisher).strip(" ,.;:|")  # Skyline Media Ltd.
    lowered = publisher.lower()
    if not publisher or len(publisher) > 80:
        return None
    if lowered in rules.not_publisher_lines or set(lowered.split()) & rules.not_publisher_words:
        return None
    if lowered.startswith(("http://", "https://")):
        return domain_of(publisher)
    if re.fullmatch(r"(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", publisher):
        if publisher[:1].isupper() and "/" not in publisher:
            return publisher  # a site named by its domain, as it spells it ('Oldtimer-Schrauber.de', round 6b)
        return domain_of(publisher)
    return rules.outlet_aliases.get(publisher, publisher)


def domain_of(url_or_domain: str) -> str | None:
    """'https://www.example.com/a' or 'example.com/x' -> 'example.com'."""
    candidate = url_or_domain.strip()
    if "://" not in candidate:
        candidate = "//" + candidate
    host = (urlsplit(candidate).hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    return host if "." in host else None


def is_name_shaped(part: str) -> bool:
    """A site's name: 1-7 capitalised words (particles such as 'de', 'della', 'of'
    allowed inside), no sentence punctuation; one word only when it is compound
    (Westfalen-Echo, Fietsforum.nl): a single plain word is a section or a button."""
    words = part.split()
    if not 1 <= len(words) <= 7 or part.endswith((".", "?", "!", ":", ",")):
        return False
    if re.search(r"\d", part) and not re.search(r"\.[a-z]{2,}$", part):
        return False
    for position, word in enumerate(words):
        bare = word.strip("'’\"«»()")
        if position and bare.lower() in _NAME_PARTICLES:
            continue
        if not bare[:1].isupper() and not re.match(r"[A-ZÀ-Þ]?\w*['’][A-ZÀ-Þ]", bare):
            return False
    # one word only when compound: joined by '-' or '.', or two capitalised words run together
    # ('TrentinoForum', round 18a)
    return len(words) > 1 or bool(re.search(r"[-.]\w", part) or re.search(r"[a-zà-ÿ][A-ZÀ-Þ][a-zà-ÿ]", part))


def name_letters(text: str, *, digits: bool) -> str:
    """The letters of an outlet's name or a domain label, casefolded and without accents, to
    compare a printed name with a host ('Münchner Merkur' / 'münchner-merkur.de': munchnermerkur).
    With `digits` the digits count too (a record's domain label: '20minutos'); without, a host's
    stem is read as words only ('harbor-line-post2' still spells 'Harbor Line Post')."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[\W_]+" if digits else r"[\W_\d]+", "", letters)


# an article before an outlet's name, which its domain leaves out ('El Heraldo del Duero' for
# heraldodelduero.example, round 19b; 'The Harbor Line Post')
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|el|la|los|las|le|les|der|die|das|il|lo|o|a|os|as|het|de)\s+|l['’]\s*)")


def domain_label(domain: str) -> str:
    """The letters of a domain's first label ('www.münchner-merkur.de': 'munchnermerkur'); '' for
    what is no domain."""
    if " " in domain or "." not in domain:
        return ""
    return name_letters(domain.lower().removeprefix("www.").split(".")[0], digits=True)


def outlet_letters(name: str) -> str:
    """An outlet's name as its domain would spell it: letters and digits, no leading article."""
    return name_letters(_LEADING_ARTICLE.sub("", name.lower()), digits=True)


def spells_domain(name: str, domain: str) -> bool:
    """The domain's first label spells `name` (round 13d: 'Harbor Line Post' for
    www.harborlinepost.com; 'El Heraldo del Cierzo' for heraldodelcierzo.es), or spells it
    without its lower-case particles (round 25a: 'Forum Valle del Serchio' for
    forumvalleserchio.it)."""
    label = domain_label(domain)
    if not label:
        return False
    without_particles = " ".join(word for word in name.split() if not word.islower())
    return label in (outlet_letters(name), outlet_letters(without_particles))


def outlet_key(name: str, rules: Rules) -> str:
    name = rules.legal_suffix_re.sub("", " ".join(name.split())).strip(" ,.;:|")
    return re.sub(r"^the\s+", "", name.casefold())
