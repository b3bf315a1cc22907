"""Undo the link numbering of a `lynx -dump` save.

`lynx -dump` (and `links -dump`, `w3m -dump` with its link option) prints every link as
"[15]Graham Lusk" and ends the page with a "References" list ("  15. https://..."). The
numbers are no words of the page (nor are the runs of underscores it prints for a form's text
box, "____________________ Add a comment..."): left in, "[15]Graham Lusk" is no name the author rules
know, "[21]reply" no widget line the noise rules know, and the References list reads as
article or comment text.  So on a page that shows the dump's shape (a References heading
followed by numbered URLs, or LINK_EVIDENCE numbered links), the numbers and the list go.
Square-bracketed numbers in prose ("[1]" footnotes of a page that is no dump) stay.
"""

from __future__ import annotations

import re

from transforms import rules
from transforms.lines import SIGNATURE_SEPARATOR, names_replied_comment

LINK_EVIDENCE = 5  # this many "[N]word" link markers make a page a numbered-link dump
# "[15]Graham", "[15]87 comments", "[20]–]", "[–][7]grumpy_cabbie" (old Reddit's collapse toggle
# before the name), "[34][36]Na górę" (an empty link's mark before a link's, round 28); not a
# footnote "[1] ", a markdown link "[58](url)" or a reference "[text][1]"
_LINK_MARK = re.compile(r"(?:(?<!\w\])|(?<=\[\d\])|(?<=\[\d\d\])|(?<=\[\d{3}\])|(?<=\[\d{4}\]))\[(\d{1,4})\](?=[^\s\](])")
_INPUT_FIELD = re.compile(r"_{5,}\s*")  # a form's text box, printed as a run of underscores
# lynx's marker before a form button's label ('(BUTTON) Répondre', '(BUTTON) + 8 (BUTTON) -'):
# no word of the page; left in, no widget rule knows the Reply button (round 25b)
_BUTTON_MARK = re.compile(r"\(BUTTON\)\s?")
_SEPARATORS = re.compile(r"[|·•»›>/]")  # a row that separates its links itself (a breadcrumb)
_REFERENCES = re.compile(r"^\s*References\s*$")
# a link's URL, or a mail link's address ('20. mailto:name@site.cz', round 25b: the author's
# contact line under a Czech article)
_REFERENCE_ITEM = re.compile(r"^\s*\d{1,4}\.\s+(?:\S+://\S*|mailto:\S+)\s*$")
_VISIBLE = re.compile(r"^\s*Visible links\s*$")  # lynx -listonly's heading over the list


def strip_link_numbers(text: str) -> str:
    """`text` without a link dump's "[N]" markers and trailing References list (unchanged when
    the page is not such a dump)."""
    lines = text.split("\n")
    start = references_start(lines)
    marks = len(_LINK_MARK.findall(text))
    if start is None and marks < LINK_EVIDENCE:
        return text
    targets = _reference_targets(lines[start:]) if start is not None else {}
    if start is not None:
        lines = lines[:start]
        while lines and not lines[-1].strip():
            lines.pop()
        lines.append("")
    out: list[str] = []
    under_hr = False
    for i, line in enumerate(lines):
        line = _unnumber(_with_reply_arrow(line, targets))
        if under_hr and not line.strip():
            continue  # the blank line lynx prints under an <hr>: the signature follows the rule
        under_hr = False
        rule = _UNDERSCORE_RULE.fullmatch(line) is not None
        if rule and _under_signature_word(out):
            out.append(line)  # lynx's <hr> under SMF's 'Logged' / 'En línea': the rule over a signature (round 25a)
        elif rule and _hr_under_poster_box(line, out):
            out.append(line)  # phpBB's <hr> between the poster box and the signature (round 26a)
            under_hr = True
        elif rule and _rule_inside_paragraph(line, lines[i - 1:i] if i else [], lines[i + 1:i + 2]):
            out.append(line)  # phpBB's rule between a post's last line and its signature (round 27b)
        elif rule and _hr_over_signature(line, out, lines[i + 1:i + 1 + SIGNATURE_LOOKAHEAD]):
            out.append(line)  # phpBB's <hr> under a post's text, over the signature and the poster box (round 28)
            under_hr = True
        else:
            out.append(_BUTTON_MARK.sub("", _INPUT_FIELD.sub("", line)))
    return "\n".join(out)


_REFERENCE_TARGET = re.compile(r"^\s*(\d{1,4})\.\s+(\S+)\s*$")


def _reference_targets(references: list[str]) -> dict[str, str]:
    """Link number -> URL, from a dump's References list."""
    return {m.group(1): m.group(2) for line in references if (m := _REFERENCE_TARGET.match(line))}


# a linked name, then a second link on the same line with nothing between them, then perhaps the
# time after a separator ('[44]Gwen Le Goff [45]Anne Briand • [46]il y a 5 heures')
_LINKED_NAME_PAIR = re.compile(
    r"^(?P<head>\s*(?:[*+-]\s+)?\[\d{1,4}\][^\[\]•·|]+?)\s+\[(?P<n>\d{1,4})\](?P<name>[^\[\]•·|]+?)(?P<rest>\s+[•·|]\s.*)?$")


def _with_reply_arrow(line: str, targets: dict[str, str]) -> str:
    """A Disqus reply header as lynx dumps it, the replier's linked name and then the link to the
    comment replied to ('[44]wir in ober-wittau ... [45]Hubert Schreiner', link 45 a '#comment-N'
    URL in the References list), with the arrow the page draws as an icon put back between them
    ('... → [45]Hubert Schreiner'), as comment_lines.with_reply_arrow does for a reader's markdown:
    run together, the replied-to name read as the end of a long replier's name (round 32)."""
    match = _LINKED_NAME_PAIR.match(line) if targets else None
    if match is None or not names_replied_comment(targets.get(match.group("n"), ""), match.group("name").strip()):
        return line
    return f"{match.group('head')} → [{match.group('n')}]{match.group('name')}{match.group('rest') or ''}"


_UNDERSCORE_RULE = re.compile(r"\s*_{5,}\s*")  # a line that is only a run of underscores


def _last_text_line(above: list[str]) -> str:
    """The last line of `above` with text on it ('' when there is none)."""
    return next((line for line in reversed(above) if line.strip()), "")


def _under_signature_word(above: list[str]) -> bool:
    """The last line with text in `above` is a word a forum prints over a post's signature
    ('Logged', 'En línea'; lines.SIGNATURE_SEPARATOR): a run of underscores under it is
    lynx's <hr> over the signature, not a form's text box."""
    last = _last_text_line(above)
    return bool(re.search(r"[^\W_]", last)) and re.match(SIGNATURE_SEPARATOR, last, re.IGNORECASE) is not None


HR_MIN_CHARS = 30  # lynx prints an <hr> across the text width; a form's text box is 20 wide by default
_FIELD_LINE = re.compile(r"\s*[^\W\d_][^:]{0,30}:\s*\S.*")  # 'Tartózkodási hely: Eger'


def _hr_under_poster_box(line: str, above: list[str]) -> bool:
    """A long run of underscores right under a poster box's last field ('Location: Eger', a
    widget or noise line of the forum rules) is lynx's <hr> between the box and the poster's
    signature (phpBB prosilver; round 26a), not a form's text box."""
    return len(line.strip()) >= HR_MIN_CHARS and _poster_field(_last_text_line(above))


def _poster_field(text: str) -> bool:
    """A poster box's field ('Posty: 4310', 'Location: Eger'): a label and its value that the
    forum rules read as a widget or noise line."""
    return (_FIELD_LINE.fullmatch(text) is not None
            and rules.kind_regex(rules.COMMENT_FILE, ("noise", "widget")).fullmatch(text.strip()) is not None)


_SENTENCE_END = re.compile(r"[.!?…)»\"”]\s*$")


def _rule_inside_paragraph(line: str, above: list[str], below: list[str]) -> bool:
    """A run of underscores alone on its line, between a sentence's end right above it and a
    line of text right under it (no blank line between, all three indented alike, no link on
    either), is the rule a forum prints between a post's last line and the poster's signature
    (round 27b: phpBB, 'Tretirate li još jednom ...?' / '____________________' / '38 košnica,
    LR, Đakovo'), not a form's text box: lynx prints a box beside its label, a text area as rows
    of underscores, and a form's box between a link and a button ('[4]guest' / '____' / '[5]Post
    Comment')."""
    prev, nxt = (above[0] if above else ""), (below[0] if below else "")
    indent = len(line) - len(line.lstrip())
    return (all(text.strip() and not _UNDERSCORE_RULE.fullmatch(text) and not _LINK_MARK.search(text)
                and len(text) - len(text.lstrip()) == indent for text in (prev, nxt))
            and _SENTENCE_END.search(prev) is not None)


SIGNATURE_MAX_LINES = 3  # a signature is a line or two; a longer paragraph is the page's text
SIGNATURE_LOOKAHEAD = SIGNATURE_MAX_LINES + 6


def _hr_over_signature(line: str, above: list[str], below: list[str]) -> bool:
    """A long run of underscores (lynx's <hr>) right under a line of text, over one short
    paragraph and then a poster box (a name, then a field of the forum rules: 'Posty: 4310') is
    the rule between a post and its signature (round 28: phpBB prosilver in Polish, the
    profile printed after the post), not a form's text box."""
    if len(line.strip()) < HR_MIN_CHARS or not above or not above[-1].strip():
        return False
    rest = [_LINK_MARK.sub("", text) for text in below]
    start = next((j for j, text in enumerate(rest) if text.strip()), None)
    if start is None:
        return False
    end = next((j for j in range(start, len(rest)) if not rest[j].strip()), len(rest))
    box = next((j for j in range(end, len(rest)) if rest[j].strip()), None)
    if end - start > SIGNATURE_MAX_LINES or box is None or box + 1 >= len(rest):
        return False
    return _poster_field(rest[box + 1].strip())


def without_link_numbers(line: str) -> str:
    """One line without a dump's "[N]" link markers ('Zitat von X [22]Beitrag anzeigen'), for a
    rule read before strip_link_numbers has run (transforms.hard_wrap)."""
    return _LINK_MARK.sub("", line)


MENU_LINKS = 3  # a line of this many numbered links and nothing else is a menu row


def _unnumber(line: str) -> str:
    """The line without its link numbers; a row of MENU_LINKS or more links and no separators
    of its own ('[4]News [5]Sport [6]Opinion') keeps its items apart with ' · ' (round 9b):
    run together, 'News Sport Opinion' reads as one headline. So does the line of <link> titles
    lynx prints first ('#[1]Egri Kertbarát Fórum [2]Egri Kertbarát Fórum - Gyümölcsös', round
    26a), whose run-together titles read as one doubled site name."""
    marks = list(_LINK_MARK.finditer(line))
    head = line[: marks[0].start()] if marks else ""
    feeds = len(marks) >= 2 and head.strip() == "#"  # lynx's first line, the page's <link> titles (feeds)
    if feeds or len(marks) >= MENU_LINKS and not head.strip() and not _SEPARATORS.search(line):
        items = [line[m.end(): n.start() if n else len(line)].strip() for m, n in zip(marks, marks[1:] + [None])]
        return head + " · ".join(items)
    return _LINK_MARK.sub("", line)


def references_start(lines: list[str]) -> int | None:
    """Index of the "References" heading when only numbered URLs (and blank lines) follow it."""
    for i in range(len(lines) - 1, -1, -1):
        if _REFERENCES.match(lines[i]) or _VISIBLE.match(lines[i]):
            rest = [line for line in lines[i + 1:] if line.strip() and not _VISIBLE.match(line)]
            if rest and all(_REFERENCE_ITEM.match(line) for line in rest):
                return i
            return None
    return None


# A poster box's columns printed side by side by a text dump (w3m, links): 'Xurde_Cangas
# Desconectado          Mensajes: 1.204' is three lines of the page.
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_BOX_FIELD = re.compile(r"^[^\W\d_][^\W\d_ .'’-]*(?: [^\W\d_][^\W\d_.'’-]*){0,2}\s?:\s?\S.{0,30}$")  # 'Registro en: Mar 2011'
_POST_NUMBER = re.compile(r"^#\d{1,6}$")
COLUMN_EVIDENCE = 3  # this many lines with a profile field after a wide gap make a column dump


def split_side_columns(text: str) -> str:
    """A text dump of a forum thread (round 19a: w3m) prints the poster box's two columns on
    one line, the name and status on the left, the profile fields on the right ('Xurde_Cangas
    Desconectado    Mensajes: 1.204'), and the post's time beside its number ('03-12-2026, 18:40
    #1'). Where COLUMN_EVIDENCE lines end in a 'Label: value' field after a gap of three or more
    spaces, each line ending in such a field or a post number is split at its gaps, one piece a
    line; other lines (prose, a table of similar threads) stay as they are."""
    lines = text.split("\n")
    # a tab is a browser copy's cell break (phpBB 2's 'Wysłany: DATE    Temat postu:\tOdpowiedz z
    # cytatem'): no dump's column
    pieces = [[line] if "\t" in line else _COLUMN_GAP.split(line.strip()) for line in lines]
    fields = sum(1 for p in pieces if len(p) > 1 and _BOX_FIELD.match(p[-1]))
    if fields < COLUMN_EVIDENCE:
        return text
    out: list[str] = []
    for line, parts in zip(lines, pieces):
        if len(parts) > 1 and (_BOX_FIELD.match(parts[-1]) or _POST_NUMBER.match(parts[-1])):
            out.extend(parts)
        elif "\t" not in line and _BOX_FIELD.match(parts[0]):
            out.append(parts[0])  # a field alone in the right column: no prose to wrap
        else:
            out.append(line)
    return "\n".join(out)


# an image with no alt text as w3m prints it, alone on its line ('[image]'; rule
# generic.noise.r24a_image_placeholder_alone in rules/comment_widgets.json)
_IMAGE_PLACEHOLDER_RULE = "generic.noise.r24a_image_placeholder_alone"


def drop_image_placeholders(text: str) -> str:
    """`text` with each line that is only an image placeholder emptied (round 24a): it carries no
    words, and between a forum poster's name and member group ('Selin_K' / '[image]' / 'Üyeler')
    it kept the name from reading as the head of the post under it. A placeholder that opens a
    line of text goes from it (round 26a: '[logo] Rybárske fórum Východ', the masthead w3m prints
    with the logo before the site's name, was no site name the publisher rules read)."""
    if "[" not in text:
        return text
    placeholder = rules.rule_by_id(rules.COMMENT_FILE, _IMAGE_PLACEHOLDER_RULE).regex
    out = []
    for line in text.split("\n"):
        opening = placeholder.match(line)
        if placeholder.fullmatch(line):
            out.append("")
        elif opening and opening.group(0)[-1:].isspace() and line[opening.end():][:1].isalnum():
            out.append(line[opening.end():])  # '[logo] Site': not a markdown link '[avatar](url)'
        else:
            out.append(line)
    return "\n".join(out)


# w3m's form controls: a text box as a bracket of blanks ('Nome * [                    ]'), a
# checkbox before its label ('[ ] Salva il mio nome, ...', '[*] ...'), a button as its label in
# brackets alone on a line ('[Pubblica il commento]')
_TEXT_BOX = re.compile(r"\[ {2,}\]")
_BOX_IN_LINE = re.compile(r"\s*\[[ _]{2,}\]")
# a text box or select box with its placeholder or chosen option, padded with blanks to its width
# ('[Add a comment...          ]' of Facebook's plugin, 'Sort by [Top             ]', round 27a);
# it also takes a wide blank box, which _BOX_IN_LINE takes too: that one is for the short blank
# boxes (fewer than 9 blanks) and the underscore boxes this one does not take
_FILLED_BOX = re.compile(r"\s*\[[^\[\]]{1,60}? {8,}\]")
# a row of buttons ('[Share on Facebook] [Share on X] [Email this story]', round 27a)
_BUTTON_ROW = re.compile(r"^\s*(?:\[[^\[\]]{2,60}\]\s*){2,}$")
_BUTTON_LABEL = re.compile(r"\[([^\[\]]{2,60})\]")
_CHECKBOX = re.compile(r"^(\s*)\[[ *xX]\]\s+(?=\S)")
_BUTTON = re.compile(r"^(\s*)\[([^\[\]]{2,60})\]\s*$")
# a one-line form: a label, a text box and its button (WordPress's search form 'Søg efter: [      ]
# [Søg]', a newsletter box 'votre adresse [      ] [Je m'abonne]', a forum's password box)
_FORM_ROW = re.compile(r"^[^\[\]]{0,80}\[[^\[\]]*? {2,}\]\s*\[[^\[\]\s][^\[\]]{0,38}\]\s*$")


# w3m draws a bordered table (vBulletin's quote box) with box-drawing lines around its cells
_BOX_TOP = re.compile(r"^\s*┌─+┐\s*$")
_BOX_SIDE = re.compile(r"^(\s*)│(.*?)\s*│\s*$")
_BOX_BOTTOM = re.compile(r"^\s*└─+┘\s*$")


def unbox_tables(text: str) -> str:
    """`text` with each box a `w3m -dump` draws around a bordered table ('┌──┐' / '│text   │' /
    '└──┘') reduced to the text of its lines, a blank line where the box closed (round 26a:
    vBulletin 4's quote box, 'Pôvodne odoslal X [Zobraziť príspevok]' over the quoted line, the
    reply right under the box). Left drawn, the side bars and their padding made the box's lines
    as wide as wrapped prose: they ran on into one line, the quote header no rule could read.
    A box that is not closed stays as printed."""
    if "┌" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i + 1
        if _BOX_TOP.match(lines[i]):
            while j < len(lines) and _BOX_SIDE.match(lines[j]):
                j += 1
        if j > i + 1 and j < len(lines) and _BOX_BOTTOM.match(lines[j]):
            out += [m.group(1) + m.group(2).strip() for m in map(_BOX_SIDE.match, lines[i + 1:j])] + [""]
            i = j + 1
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def drop_form_boxes(text: str) -> str:
    """`text` without the form controls a `w3m -dump` prints (round 25b: a WordPress comment form
    under an Italian article), on a page that shows at least one of its blank text boxes: the
    boxes (blank or holding a placeholder) and checkbox marks go, a button keeps its label
    without the brackets and a row of buttons becomes a bar of labels ('Share on X · Email'). Left in, 'Email
    * [    ]' was no form label the rules know, and the form under the thread read as comments."""
    if "[  " not in text or not _TEXT_BOX.search(text):
        return text
    out = []
    for line in text.split("\n"):
        if _FORM_ROW.match(line):
            continue  # a one-line form, its label, box and button ('Søg efter: [      ] [Søg]'): no words of the page
        line = _CHECKBOX.sub(r"\1", _BOX_IN_LINE.sub("", _FILLED_BOX.sub("", line)))
        if _BUTTON_ROW.match(line):
            line = " · ".join(_BUTTON_LABEL.findall(line))  # its labels as a bar: the share rules know them
        out.append(_BUTTON.sub(r"\1\2", line))
    return "\n".join(out)
