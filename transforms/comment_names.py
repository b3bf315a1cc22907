"""Display names on comment author lines, read from the text alone: what a name looks like
(`name_shaped`), a name cleaned of badges, places, post numbers, @handles and role suffixes
(`clean_name`), and the names a line points at: a quote header or reply marker ('X wrote:',
'In reply to X'), a leading @mention, an author's own @handle. Rules:
rules/comment_widgets.json. transforms/comment_headers.py reads whole author lines with them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from transforms import rules
from transforms.timestamps import is_timestamp, split_trailing_timestamp

NAME_WORDS = 6  # a display name has at most this many words ...
RULE_NAME_WORDS = 8  # ... or this many before 'says:' / 'dit :' ('Un voisin de la rue des Tanneurs dit :')
AUTHOR_MAX_WORDS = 6  # a name line above a time, with a post number ('#5  Oskar'), is this short
QUOTED_NAME_WORDS = 10  # a quote header's name may be this long when the quote under it repeats earlier
# text (round 13c: 'Vecino de toda la vida del barrio de Delicias escribió:')

_NAME_END = tuple(".!?…:;,\"”»")
_BADGE_SPLIT = re.compile(r"\s+[·•|»—–]\s+|\s+[·•|»—–]$")
REPLY_ARROWS = "→➞►➦↪↩⤷➥➔➜⇒↳➤➢▶⮕⇨➡‣"
_HANDLE_SPLIT = re.compile(rf"\s{{2,}}|\s*(?:[{REPLY_ARROWS}]|->)\s*")
_JOINER_END = re.compile(r"(?:\s+|^)(?:on|at|am|um|le|el|posted|publié|publicado)\s*$", re.IGNORECASE)
# a role badge in brackets after the name; round 13d: 'Post author', Turkish 'Yazı yazarı' (the
# post's writer), Swedish and Polish forms
_ROLE_BADGE = re.compile(
    r"\s*\((?:verified|author|post author|staff|moderator|mod|admin|editor|op|autor|auteur|redaktion|rédaction|redacción"
    r"|yazar|yazı yazarı|yönetici|moderatör|författare|skribent|autorka|autor wpisu|auteur de l'article)\)\s*$",
    re.IGNORECASE,
)
# A place after a name ('Javier M. (Huesca)', 'Pieter (Den Bosch)'): capitalised words in brackets;
# round 12a: or a role with its place ('Elena Scotti (Sindaca di Corte Brugnatella)', '(Mayor of Port
# Ash)'): capitalised words joined by of / di / von ..., ending capitalised.
# Lower-case notes stay part of the name ('Kreistagsmitglied (parteilos)').
_CAPITALISED = r"[A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ][\w'.-]*"
_PLACE_JOINERS = r"(?:of|the|for|di|del|della|dei|von|vom|der|des|de|du|la|el|van|da|do|y|e)"
_PLACE = rf"(?:{_CAPITALISED})(?:(?:[ -]{_CAPITALISED}){{1,2}}|(?:(?: {_PLACE_JOINERS}){{1,2}}(?:[ -]{_CAPITALISED}){{1,3}})){{0,1}}"
# round 31: or the town and the country, a comma apart (Commentics: 'Martine Collignon (Cugnon, Belgique)')
_PLACE_IN_BRACKETS = re.compile(rf"\s*\({_PLACE}(?:, {_PLACE}){{0,2}}\)\s*$")
# ... or after a comma ('Ailsa, Stornoway', 'Ove T., Åsane'): a capitalised place of one or two words
_PLACE_AFTER_COMMA = re.compile(r"(?<=\w|\.),\s+(?:[A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ][\w'.-]*)(?:[ -][A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ][\w'.-]*)?\s*$")
POST_NUMBER = re.compile(r"#\d{1,6}(?:\.\d{1,4})*")  # '#4', and a reply's '#1.2'
_LEADING_POST_NUMBER = re.compile(r"^#\d{1,6}(?:\.\d{1,4})*\s+")
# a display name, then the @handle; the name may end in an initial ('Kai W. @social.example', a
# fediverse author line printing the user's home instance, round 11a)
_TRAILING_HANDLE = re.compile(r"(?:(?<=\w)|(?<=[✓✔☑✅])|(?<=\b[^\W\d_]\.))\s+@[\w.]{2,30}$")
_BY_PREFIX = re.compile(r"^(?:by|von|par|por)\s+", re.IGNORECASE)
# the @handle after a display name on an author line ('Sanna Leino @sannal · 2 t')
_HANDLE_ON_LINE = re.compile(r"(?<=\w|[✓✔☑✅])\s+@(?P<handle>[\w.]{2,30})(?=\s*(?:[|•·–—,-]|$))")


_INITIAL_END = re.compile(r"(?:^|\s)(?:[^\W\d_]\.){1,2}$")  # 'Hanne L.', 'Ana B.', 'J. M.', 'Kim T.H.'


def ends_with_initial(text: str) -> bool:
    """A name line ending in an initial ('Hanne L.'): its full stop ends no sentence."""
    return bool(_INITIAL_END.search(text.rstrip()))


_HYPHENED_INITIAL = re.compile(r"-[A-ZÀ-ÖØ-Þ]\.$")  # 'Janet-O.': a name's spaces as hyphens, as a mention writes it


def name_shaped(name: str, strict: bool = True) -> bool:
    """Could be a display name: short, few words, no sentence end (unless an initial or an
    abbreviation: 'Bill R.', 'Förster_a.D.').  strict=False (a rule already matched the line
    as an author line): length and word count only."""
    words = name.split()
    if not strict:  # a rule matched the line: a sentence-like name may be longer
        return 0 < len(name) <= 60 and 0 < len(words) <= RULE_NAME_WORDS
    if not (0 < len(name) <= 60 and 0 < len(words) <= NAME_WORDS):
        return False
    last = words[-1]
    if last.endswith(".") and (len(last) <= 4 or "." in last[:-1] or _HYPHENED_INITIAL.search(last)):
        return True  # 'Bill R.', 'J. Smith Jr.', 'Förster_a.D.', NodeBB's mention '@Janet-O.' (round 32)
    return not name.endswith(_NAME_END)


def clean_name(name: str) -> str:
    name = _ROLE_BADGE.sub("", name)
    name = _PLACE_IN_BRACKETS.sub("", name) or name
    pieces = [p for p in _name_pieces(name.strip()) if p.strip()]
    # the first piece that is a name, not a post number or a timestamp ('#3 · Javier · hace 1 día')
    name = next((p for p in pieces if not POST_NUMBER.fullmatch(p.strip()) and not is_timestamp(p)), name)
    name = _JOINER_END.sub("", name.strip(" ,|•·:–—-»«›‹" + REPLY_ARROWS))
    name = _BY_PREFIX.sub("", name.strip(" ,|•·:–—-»«›‹" + REPLY_ARROWS)).strip()
    name = _LEADING_POST_NUMBER.sub("", name) or name  # '#4 Anna Schmidt'
    name = _TRAILING_HANDLE.sub("", name) or name  # 'Anna Schmidt @annas', 'Carla ✓ @carla'
    name = _without_trailing_symbols(name)  # 'Carla ✓', 'Anna Schmidt ✔'
    name = _PLACE_IN_BRACKETS.sub("", name) or name  # 'Anna Schmidt (Berlin) · ' after the strip
    name = _PLACE_AFTER_COMMA.sub("", name) or name  # 'Ailsa, Stornoway'
    for rule in rules.rules_of(rules.COMMENT_FILE, "name_prefix"):
        match = rule.regex.match(name)
        if match and match.end() < len(name):
            name = name[match.end():]
    match = _name_end_regex("author_verb").search(name)
    if match and match.start() > 0:
        name = name[: match.start()]  # 'Anna a commenté (il y a 3 heures)'
        name = _PLACE_IN_BRACKETS.sub("", _ROLE_BADGE.sub("", name)) or name  # 'X (Redaktion) schrieb am'
    return without_role_suffix(name)


_DASHES = "—–"


def _name_pieces(name: str) -> list[str]:
    """The name split at its separators; a dash followed by a lower-case word that is no badge
    stays in the name ('Collectif Vélo Rezé – bureau', round 13c): a place or a badge after a
    dash is capitalised ('Ray — Port Ash') or one the badge rules know."""
    pieces, start = [], 0
    for match in _BADGE_SPLIT.finditer(name):
        tail = name[match.end():]
        if match.group(0).strip() in _DASHES and tail[:1].islower() and not is_badge(tail):
            continue
        pieces.append(name[start:match.start()])
        start = match.end()
    return pieces + [name[start:]]


def _without_trailing_symbols(name: str) -> str:
    """Verification ticks and emoji after a name are not part of it."""
    end = len(name)
    while end > 0 and (unicodedata.category(name[end - 1]) in ("So", "Sk", "Mn") or name[end - 1] in " \ufe0f"):
        end -= 1
    return name[:end] if end > 0 else name


# a user handle: 'bjorn_mod', 'ferryfan_1998', or one lower-case word ('tinkerlotte OP', round 11a:
# a display name is capitalised, so 'Carmen Mod' stays a name)
_HANDLE_WORD = re.compile(r"^(?:(?=\S*[_\d])[\w.-]{3,30}|[a-zà-ÿß][a-zà-ÿß0-9.-]{2,29})$")


def without_role_suffix(name: str) -> str:
    """'Carmen Ruiz Mod' -> 'Carmen Ruiz': a role badge after a name of two words or more, or
    after a one-word user handle ('bjorn_mod Moderator', round 9c); 'Carmen Mod' stays."""
    match = _name_end_regex("name_suffix").search(name)
    if match:
        head = name[: match.start()].strip()
        if len(head.split()) >= 2 or _HANDLE_WORD.match(head):
            return head
    return _without_badge_suffix(name)


BADGE_WORDS = 3  # a badge printed after a name on its line has at most this many words ...
PROFILE_BADGE_WORDS = 8  # ... a profile line of Facebook's ('Trabaja en Polígono Las Eras', round 34) this many


def _without_badge_suffix(name: str) -> str:
    """'Lorraine Okafor Top Commenter', 'pennylane77 Verified subscriber', 'GrumpyOldMedic ★ Top
    commenter' -> the name: a badge the badge rules know, printed after the name on the same
    line (round 13a), where the name before it is two words or more, a user handle, or set
    off by a symbol or two spaces ('Gast  Top commenter'; 'Carmen Mod' stays). A place ('from
    Swindon', which the Facebook badge rules also read as a badge) is part of a nickname:
    `without_place` and the place-field rule deal with it.
    Round 34: a widget prints its badge as a label, capitalised: a lower-case badge wording run on
    from the name is the name's own words ('una nieta de Azpirotz que vive en Iruña'), unless a
    symbol or two spaces set it off. Facebook's profile line ('Maite Casares Trabaja en Polígono
    Las Eras', the plugin's inline badge in saved markup) may be longer than BADGE_WORDS: a
    Facebook badge rule's wording, capitalised, the shortest that fits ('Giulia Ferri Lavora
    presso Ospedale San Giovanni': the job-title rule would take 'Ferri Lavora ...' too); of two
    words or more ('Anna Top fan', 'Anna Works at Acme') it is no surname, so even a one-word
    name is left."""
    words = name.split()
    if without_place(name) != name:
        return name
    for k in range(1, min(PROFILE_BADGE_WORDS, len(words) - 1) + 1):
        tail = " ".join(words[-k:])
        bare = tail[:1].isupper() and is_profile_badge(tail) and _name_before_badge(name, k, k >= 2)
        if bare:
            return bare
    for k in range(min(BADGE_WORDS, len(words) - 1), 0, -1):
        bare = is_badge(" ".join(words[-k:])) and _name_before_badge(name, k, False)
        if bare:
            return bare
    return name


def _name_before_badge(name: str, k: int, one_word: bool) -> str | None:
    """The name before the badge of the last k words of `name`, None when that badge is no
    badge there: run on lower-case from the name, or after a one-word name (a surname such as
    'Mod' or 'Autor'), unless `one_word` or a symbol or two spaces set it off."""
    words = name.split()
    tail, head = " ".join(words[-k:]), " ".join(words[:-k])
    bare = _without_trailing_symbols(head).strip()
    set_off = bare != head or re.search(rf"\S\s{{2,}}{re.escape(words[-k])}", name) is not None  # 'Gast  Top commenter'
    if not (set_off or tail[:1].isupper()):
        return None  # 'una nieta de Azpirotz que vive en Iruña'
    if bare and (set_off or one_word or len(bare.split()) >= 2 or _HANDLE_WORD.match(bare)):
        return bare
    return None


def without_title_the_article_gives(name: str | None, article: str) -> str | None:
    """'Pilar Marín Alcaldesa' -> 'Pilar Marín': the last word of a commenter's name of three
    words or more is an official's title badge when the article puts that word right before the
    rest of the name ('La alcaldesa, Pilar Marín, considera ...'; round 27a). Names the article
    does not give so are left alone ('Ana Gómez Mayor' is a surname)."""
    words = (name or "").split()
    if len(words) < 3 or not (words[-1][:1].isupper() and words[-1].isalpha() and len(words[-1]) >= 3):
        return name
    head = " ".join(words[:-1])
    titled = rf"(?<!\w){re.escape(words[-1])},?\s+{re.escape(head)}(?!\w)"
    return head if re.search(titled, article, re.IGNORECASE) else name


def without_place(name: str) -> str:
    """'Heinz-Otto B. aus Gerbstedt' -> 'Heinz-Otto B.': the name before a place the page prints
    after it (rules of kind place_suffix); the name unchanged when none or nothing is left."""
    match = _name_end_regex("place_suffix").search(name)
    return name[: match.start()].strip() if match and match.start() > 0 else name


@cache
def _name_end_regex(kind: str) -> re.Pattern:
    """The rules of `kind` (name_suffix, author_verb) as one regex anchored at a name's end."""
    alternation = "|".join(f"(?:{rule.pattern})" for rule in rules.rules_of(rules.COMMENT_FILE, kind))
    return re.compile(rf"\s*(?:{alternation})$" if kind == "name_suffix" else rf"\s+(?:{alternation})$", rules.FLAGS)


@cache
def _badge_regex() -> re.Pattern:
    """The badge rules of comment_widgets.json (ids with 'badge'): role and member labels."""
    badges = tuple(rule for rule in rules.rules(rules.COMMENT_FILE) if "badge" in rule.id)
    return re.compile(rf"\s*(?:{rules._alternation(badges)})\s*", rules.FLAGS)


def is_badge(text: str) -> bool:
    """A role or member badge line ('Staff', 'Abonné', 'Top Fan') as the badge rules know it."""
    return _badge_regex().fullmatch(text) is not None


@cache
def _facebook_badge_regex(leaving_out: str | None = None) -> re.Pattern:
    """The badge rules of the Facebook family (the plugin's profile lines: 'Works at ...',
    'Arbeitet bei ...', 'Top fan'), but the rule `leaving_out`."""
    badges = tuple(rule for rule in rules.rules(rules.COMMENT_FILE)
                   if "badge" in rule.id and rule.family == "facebook" and rule.id != leaving_out)
    return re.compile(rf"\s*(?:{rules._alternation(badges)})\s*", rules.FLAGS)


def is_profile_badge(text: str) -> bool:
    """A Facebook profile badge ('Trabaja en Polígono Las Eras', 'Top-Fan')."""
    return _facebook_badge_regex().fullmatch(text) is not None


JOB_TITLE_BADGE = "facebook.noise.badges.r10d_job_at_institution"  # a free job title before the employer


def name_then_profile_line(text: str) -> bool:
    """'NavigaLario Lavora presso Ospedale San Giovanni', 'R. Demir Arbeitet bei Stadtwerke Bad
    Lindenau': a name, then Facebook's profile line on the name's line, as a copy of saved markup
    joins the plugin's inline badge to the name (round 34): a capitalised profile line of a verb's
    wording ('Lavora presso ...', three words or more), not only a job title (the job-title rule's
    'Staff Nurse at Hospital Ramón y Cajal' stays a badge line). That rule reads a one-word name
    and such a line as a whole badge line (up to two words before the employer), and a wrapper
    would run the long line on into the comment under it."""
    words, profile_line = text.split(), _facebook_badge_regex(JOB_TITLE_BADGE)
    for k in range(3, min(PROFILE_BADGE_WORDS, len(words) - 1) + 1):
        tail, head = " ".join(words[-k:]), " ".join(words[:-k])
        if tail[:1].isupper() and profile_line.fullmatch(tail) and name_shaped(head):
            return True
    return False


def split_handle(name: str) -> tuple[str, str | None]:
    """'Name  Replied-to' (Disqus, two spaces or an arrow) -> (name, parent). A role badge
    printed before the name on the same line ('Abonné  Gilbert Pons') is no name: the name is
    the piece after it, and nothing is replied to; nor is a badge after it ('pennylane77
    Verified subscriber')."""
    parts = _handle_parts(name)
    if len(parts) == 2 and is_badge(parts[0]) and not is_badge(parts[1]):
        return without_role_suffix(parts[1]), None
    if len(parts) == 2 and is_badge(parts[1]):  # 'pennylane77  Verified subscriber' (round 13a)
        return without_role_suffix(parts[0]), None
    if len(parts) == 2:
        return without_role_suffix(parts[0]), parts[1]
    return name, None


def _handle_parts(line: str) -> list[str]:
    """The names of a 'Name  Replied-to' line, cut at two spaces or a reply arrow."""
    return [p for p in _HANDLE_SPLIT.split(line) if p]


def newsroom_reply(line: str) -> tuple[str, str] | None:
    """'Redazione  Elisa Marchi' -> ('Redazione', 'Elisa Marchi'), 'Marco Bellini  Redazione' ->
    ('Marco Bellini', 'Redazione'): Disqus' 'Name  Replied-to' line where one name is a newsroom
    account (rules of kind newsroom_account), which `split_handle` reads as a role badge before or
    after a name. Only the caller knows which reading is right: it is a reply where the second
    name is an earlier commenter's."""
    parts = _handle_parts(line.strip())
    newsroom = rules.kind_regex(rules.COMMENT_FILE, ("newsroom_account",))
    if len(parts) == 2 and any(newsroom.fullmatch(part) for part in parts):
        return parts[0], parts[1]
    return None


def quote_target(text: str, with_repeat_rules: bool = False, long_names: bool = False) -> str | None:
    """The name a quote header or reply marker points at ('X wrote:', 'In reply to X').
    with_repeat_rules: also headers that count only above a repeated quote ('X:'); long_names:
    also a name of up to QUOTED_NAME_WORDS words (the caller checks the quote repeats text)."""
    found = quote_match(text, with_repeat_rules, long_names)
    return found[0] if found else None


_TIME_BEFORE_HEADER = re.compile(r"\((?P<stamp>[^()]{4,40})\)\s?(?=\S)")  # '(03.12.2026, 19:24)Rolf_Haug schrieb:'


def quote_match(text: str, with_repeat_rules: bool, long_names: bool = False) -> tuple[str, bool] | None:
    """(name, heads a quoted block): 'X wrote:' heads quoted text, 'In reply to X' does not
    (a rule's name2 group and rules without quote_header are plain reply markers). A reply
    arrow before the marker is no part of it ('↳ Reactie op X', '↪ In reply to X'); nor is the
    quoted post's time in brackets glued before the name ('(03.12.2026, 19:24)Rolf_Haug schrieb:',
    MyBB 1.8 as html2text saves it, round 25a)."""
    bare = text.lstrip(REPLY_ARROWS + " ")
    if (timed := _TIME_BEFORE_HEADER.match(bare)) and is_timestamp(timed.group("stamp")):
        bare = bare[timed.end():]
    found = _reply_rule_match(bare, with_repeat_rules)
    if found is None and long_names:
        found = _reply_rule_match(bare, with_repeat_rules, long_names=True)
    if found is None and (head := marker_before_stamp(bare)):
        found = _reply_rule_match(head, with_repeat_rules)
        found = (found[0], False) if found else None  # a marker line with its time: no quote under it
    if (found is None or not found[1]) and (split := split_trailing_timestamp(bare)) is not None:
        # a reply marker with the reply's own time after it, a tab apart in a browser copy
        # ('Antwort an  Sabine Krull<TAB>3. Dezember 2026 21:05'): the name is before the time
        before = _reply_rule_match(split[0].strip(" \t·|•,–—"), with_repeat_rules)
        found = before if before is not None and not before[1] else found
    return found


_MARKER_PIECES = re.compile(r"\s+[|·•]\s+")


def marker_before_stamp(text: str) -> str | None:
    """'En respuesta a X · 3/12/2026, 08:40 · 12 votos': the first piece of a separated line
    whose other pieces are a timestamp and widget chrome (a vote count, a button) that the noise
    rules know; the reply marker stands in front (round 10a, a newsletter's reader comments)."""
    pieces = _MARKER_PIECES.split(text)
    rest = pieces[1:]
    if not rest or not any(is_timestamp(p) for p in rest):
        return None
    noise = rules.kind_regex(rules.COMMENT_FILE, ("noise",))
    return pieces[0] if all(is_timestamp(p) or noise.fullmatch(p) for p in rest) else None


def long_quoted_name(name: str) -> bool:
    """A quote header's name longer than a display name: up to QUOTED_NAME_WORDS words, no
    sentence end ('une commerçante de la halle depuis 1994')."""
    words = name.split()
    return NAME_WORDS < len(words) <= QUOTED_NAME_WORDS and len(name) <= 60 and not name.endswith(_NAME_END)


def _reply_rule_match(bare: str, with_repeat_rules: bool, long_names: bool = False) -> tuple[str, bool] | None:
    """The first reply rule that reads the line; rules with a marker word ('X disse:') before the
    bare 'X:' of Discourse (needs_repeat), which would take the verb into the name."""
    ordered = sorted(rules.rules_of(rules.COMMENT_FILE, "reply"), key=lambda rule: rule.needs_repeat)
    for rule in ordered:
        if rule.prefix or (rule.needs_repeat and not with_repeat_rules):
            continue
        match = rule.regex.fullmatch(bare)
        if match:
            key, name = next(((k, v) for k, v in match.groupdict().items() if k.startswith("name") and v), ("", ""))
            name = _without_leading_time(name.strip())
            if name and (long_quoted_name(name) if long_names else name_shaped(name)):
                return name, rule.quote_header and key != "name2"
    return None


def _without_leading_time(name: str) -> str:
    """A quote header's time before the name, a comma apart, is no part of it: a rule for 'X
    napisał:' also reads Invision's '1 godzinę temu, kolejarz_61 napisał:' (round 26a)."""
    head, comma, tail = name.rpartition(", ")
    return tail.strip() if comma and tail.strip() and is_timestamp(head) else name


def author_handle(text: str) -> str | None:
    """The @handle printed after the display name on an author line: the author is stored
    under the display name, but a reply's '@handle' must still find them."""
    match = _HANDLE_ON_LINE.search(text)
    return match.group("handle") if match else None


def at_names(text: str) -> list[str]:
    """Candidate names of a leading @mention, longest first."""
    for rule in rules.rules_of(rules.COMMENT_FILE, "reply"):
        if not rule.prefix:
            continue
        match = rule.regex.match(text)
        if match:
            words = match.group("name").split()
            return [" ".join(words[:k]) for k in range(len(words), 0, -1)]
    return []


def _name_parts(name: str) -> list[str]:
    """A name's words folded for comparison: case and accents dropped, '.', '_' and '-' read as spaces."""
    folded = "".join(c for c in unicodedata.normalize("NFD", name.casefold()) if unicodedata.category(c) != "Mn")
    return [w for w in re.split(r"[\s._-]+", folded) if w]


USER_NAME_MIN_CHARS = 3  # a user name, not an avatar's initial ('T' over 'Tom', Disqus)


def user_over_full_name(handle: str, full_name: str) -> bool:
    """same_person for a user name line over the line under it, an avatar's initial excluded."""
    return len(handle.strip()) >= USER_NAME_MIN_CHARS and same_person(handle, full_name)


def same_person(handle: str, full_name: str) -> bool:
    """A user name and the full name printed under it name one person (Discourse: 'sofia.alves' /
    'Sofia Alves', 'ricardo_m' / 'Ricardo Mendes', 'toze' / 'Tó Zé'): the same words, or the
    handle's words begin the name's words one for one, or the handle is the name's words run
    together. Two different users' names never match this way."""
    short, full = _name_parts(handle), _name_parts(full_name)
    if not short or not full or short == full or "".join(short) == "".join(full):
        return bool(short and full)
    return len(short) == len(full) and all(w.startswith(s) for s, w in zip(short, full))
