"""Shared by the saved-HTML comment tests: a comment section read from a small page whose
article comes first (transforms.html_comments, as html_page calls it)."""
from lxml import html as lxml_html

from transforms.html_comments import inline_frames, read_comment_section

ARTICLE = "<article><h1>Headline</h1><p>" + "Article prose about the harbour and its ferry. " * 8 + "</p></article>"


def read_section(section: str, before: str = ""):
    """The comment section found on a page of `before`, the article, then `section`."""
    page = f"<html><body><main>{before}{ARTICLE}{section}</main></body></html>"
    found, _ = read_comment_section(inline_frames(lxml_html.document_fromstring(page)))
    return found


def rows(found) -> list[tuple]:
    return [(c.author, c.body, c.parent_position) for c in found.section.comments]


# A phpBB thread page (prosilver) and one post of it, for read_html: {posts} are PHPBB_POST
# formatted with user, when (the printed time) and body (the post's HTML).
PHPBB = """<html><head><title>Balkon: was tun? - Energie Forum</title></head><body><h1>Energie Forum</h1>
<div id="page-body"><h2 class="topic-title"><a>Balkon: was tun?</a></h2><div class="pagination">3 Beiträge</div>
{posts}</div></body></html>"""
PHPBB_POST = """<div class="post has-profile"><div class="inner"><dl class="postprofile"><dt><a class="username">{user}</a></dt>
<dd class="profile-rank">Mitglied</dd></dl><div class="postbody"><p class="author">von <strong><a class="username">{user}</a></strong> »
<time datetime="x">{when}</time></p><div class="content">{body}</div></div></div></div>"""
