"""Round 21b: a comment whose text a saved page prints in more than one block (a Facebook
plugin saved inline: one div.fb-text per paragraph under the author) is one comment with one
paragraph per block."""
import pytest

from tests.transforms.html_sections import read_section, rows

ITEM = ('<div class="fb-comment"><div class="fb-author">{name}</div>{texts}'
        '<div class="fb-actions">Mi piace · Rispondi · 1 sett.</div></div>')


@pytest.mark.parametrize("tag", ["div", "p"])
def test_sibling_text_blocks_of_one_class_are_paragraphs_of_one_comment(tag):  # html_comments._continued_text
    block = f'<{tag} class="fb-text">{{}}</{tag}>'
    two = block.format("Secondo me il problema sono i permessi.") + block.format("Due anni fa c'era il sole.")
    section = ('<section class="comments"><div class="fb-count">2 commenti</div>'
               + ITEM.format(name="Giuliana Ferri", texts=block.format("Peccato."))
               + ITEM.format(name="Roberto Sala", texts=two) + "</section>")
    assert rows(read_section(section)) == [
        ("Giuliana Ferri", "Peccato.", None),
        ("Roberto Sala", "Secondo me il problema sono i permessi.\n\nDue anni fa c'era il sole.", None)]
