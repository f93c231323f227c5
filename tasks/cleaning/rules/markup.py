"""Leftovers of markup in rendered text: wiki markup, entities, stylesheets, what a text-mode
browser adds to a page it dumps (its link numbers and the list of their addresses), and the header
a reader service writes over the Markdown it made of a page."""

from __future__ import annotations

import html
import re
from collections.abc import Collection
from html.entities import html5

from tasks.cleaning import link_list, scopes, signals
from tasks.cleaning.context import DocumentContext, LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Drop, Rewrite

# Opens with the straight apostrophe, so the engine scans for it; the lookbehinds then check its left.
_DOUBLED_AFTER_CURLY = re.compile(r"'(?:(?<=[’‘]')'?(?=\w)|(?<=\w')(?=’\w))")
_EMPHASIS = re.compile(r"(?<![\w'])('{2,5})(?=[^\s'])(.+?)(?<=[^\s'])\1(?![\w'])")


@rule("markup.doubled_apostrophe", version=1, stage="strip", example="Vietnam’'s reconstruction")
def fix_doubled_apostrophe(text: str, ctx: LineContext) -> Rewrite | None:
    """A straight apostrophe left beside a curly one by a half-converted wiki source (``’'s`` → ``’s``).

    >>> fix_doubled_apostrophe("Vietnam’'s and other’'s", None).text
    'Vietnam’s and other’s'
    >>> fix_doubled_apostrophe("rock 'n' roll and O’Brien", None) is None
    True
    """
    if "'" not in text or ("’" not in text and "‘" not in text):  # every fix sits beside a curly quote
        return None
    fixed = _DOUBLED_AFTER_CURLY.sub("", text)
    return Rewrite(fixed, "stray apostrophe beside a curly one removed") if fixed != text else None


@rule("markup.wiki_emphasis", version=1, stage="strip", example="the ''Hankyoreh'' newspaper")
def strip_wiki_emphasis(text: str, ctx: LineContext) -> Rewrite | None:
    """Unrendered wikitext italics and bold (``''x''``, ``'''x'''``), when balanced on the line.

    Inch marks are not emphasis:
    >>> strip_wiki_emphasis("He is 5' 11'' tall.", None) is None
    True
    >>> strip_wiki_emphasis("the '''Hankyoreh''' daily", None).text
    'the Hankyoreh daily'
    """
    if "'" not in text or "''" not in text:  # a one-character search is much cheaper and rules out most
        return None
    fixed = _EMPHASIS.sub(r"\2", text)
    return Rewrite(fixed, "wikitext emphasis marks removed") if fixed != text else None


_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});")
_DOUBLE_ESCAPED = re.compile(r"&amp;(?=#?\w{1,31};)")
_SPACE_ENTITIES = frozenset({"&nbsp;", "&#160;", "&#xa0;", "&#xA0;", "&ensp;", "&emsp;", "&thinsp;"})


@rule("markup.html_entity", version=1, stage="strip", example="Gauss &amp; Laplace, &#x2212;1")
def decode_html_entities(text: str, ctx: LineContext) -> Rewrite | None:
    """Decode HTML character references a converter left in the text (``&amp;``, ``&#x2212;``, ``&nbsp;``).

    Non-breaking spaces become plain spaces, as the space normaliser makes them. A double-escaped
    reference (``&amp;lt;``) is text about HTML and stays, so a second cleaning changes nothing; so
    does a bare ampersand or an unknown name:

    >>> decode_html_entities("Gauss &amp; Laplace: &#x2212;1&nbsp;σ", None).text
    'Gauss & Laplace: −1 σ'
    >>> decode_html_entities("write &amp;lt; for <, AT&T and &notanentity;", None) is None
    True
    """
    if "&" not in text or ";" not in text:
        return None

    def replace(match: re.Match[str]) -> str:
        entity = match.group()
        if entity in _SPACE_ENTITIES:
            return " "
        if _DOUBLE_ESCAPED.match(text, match.start()):
            return entity
        decoded = html.unescape(entity) if entity[1] == "#" else html5.get(entity[1:], entity)
        return entity if decoded == entity or not decoded.isprintable() else decoded

    fixed = _ENTITY.sub(replace, text)
    return Rewrite(fixed, "HTML character references decoded") if fixed != text else None


_MATH_FALLBACK_START = re.compile(r"\s?\{\\(?:displaystyle|textstyle|scriptstyle)\b")
# A word of three letters or more, but the names of functions a rendered formula prints
# ("cos ⁡ ( Ω t )", "lim", "max").
_READABLE_WORD = re.compile(
    r"(?!(?:a?(?:sin|cos|tan|cot|sec|csc)h?|log|exp|lim|max|min|sup|inf|det|arg|deg|gcd|mod|ker|dim)\b)"
    r"[^\W\d_]{3,}"
)


@rule("markup.math_fallback", version=2, stage="strip", example="the mean μ {\\displaystyle \\mu } of")
def strip_math_fallback(text: str, ctx: LineContext) -> Rewrite | None:
    r"""Remove the LaTeX fallback (``{\\displaystyle …}``) a converter prints after a rendered formula.

    The readable rendering before it stays. A line that holds only a formula and its fallback, with
    no word left but the names of functions, is emptied and so dropped; a table's row of formulas
    keeps its cells:

    >>> strip_math_fallback("where μ {\\displaystyle \\mu } is the mean", None).text
    'where μ is the mean'
    >>> strip_math_fallback("f ( x ) = e − x {\\displaystyle f(x)=e^{-x}}", None).text
    ''
    >>> strip_math_fallback("y = cos ⁡ ( ω t ) , {\\displaystyle y=\\cos(\\omega t),}", None).text
    ''
    >>> strip_math_fallback("In TeX, write {\\displaystyle x} with the brace closed", None).text
    'In TeX, write with the brace closed'
    """
    if "\\" not in text or "{" not in text:
        return None
    pieces: list[str] = []
    position = 0
    for match in _MATH_FALLBACK_START.finditer(text):
        if match.start() < position:
            continue
        end = _balanced_end(text, text.index("{", match.start()))
        if end is None:
            break
        pieces.append(text[position : match.start()])
        position = end
    if not pieces:
        return None
    fixed = "".join(pieces) + text[position:]
    if not _READABLE_WORD.search(fixed) and "\t" not in fixed:  # a table's row keeps its cells
        return Rewrite("", "formula with its LaTeX fallback removed")
    return Rewrite(fixed.rstrip(), "LaTeX fallback of a formula removed")


# A sortable table's hidden key: the value scaled to nineteen digits and a spade, written before
# the visible number ("7001220000000000000♠22"); a negative value's key starts with a minus.
_SORT_KEY = re.compile(r"[−-]?\d{15,20}♠")


@rule("markup.sort_key", version=1, stage="strip", example="Brannoch Head\t1803\t7001220000000000000♠22")
def strip_sort_keys(text: str, ctx: LineContext) -> Rewrite | None:
    """Remove the hidden sort keys a sortable table's cells carry into saved text; the number stays.

    A spade that is text (a card suit, "♠ 5") has no nineteen digits glued to it:

    >>> strip_sort_keys("Height: 7001220000000000000♠22 m", None).text
    'Height: 22 m'
    >>> strip_sort_keys("He led the ♠5 and won the trick.", None) is None
    True
    """
    if "♠" not in text:
        return None
    fixed = _SORT_KEY.sub("", text)
    return Rewrite(fixed, "sortable table's hidden sort keys removed") if fixed != text else None


def _balanced_end(text: str, open_at: int) -> int | None:
    """Index just after the brace that closes the one at ``open_at``; ``None`` if it never closes."""
    depth = 0
    for index in range(open_at, len(text)):
        char = text[index]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index + 1
    return None


_CSS_RULES = re.compile(r"^\s*(?:[@.#\w][^{}]{0,300}\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}\s*)+$")
_CSS_DECLARATION = re.compile(r"[\w-]+\s*:\s*[^;{}]+;?")
_ATTRIBUTE_SELECTOR = re.compile(r"\[[^\[\]]*\]")  # a selector's "[lang=de]", where "=" is no assignment


@rule(
    "markup.stylesheet",
    version=2,
    stage="drop",
    example=".mw-parser-output .hatnote{font-style:italic}",
    where=scopes.mentioning("{"),
)
def drop_stylesheet(text: str, ctx: LineContext) -> Drop | None:
    """Stylesheet text that leaked into the page (TemplateStyles ``.mw-parser-output …{…}`` rules).

    The line must be nothing but selector-and-block rules with ``property:value`` declarations, so
    code that merely uses braces is kept:

    >>> drop_stylesheet(".mw-parser-output .hatnote{font-style:italic}.x div{padding-left:1.6em}", None).reason
    'leaked stylesheet rules'
    >>> drop_stylesheet("if (x) { return y; }", None) is None
    True
    >>> drop_stylesheet("by_day = {day: list(rows) for day, rows in groupby(records)}", None) is None
    True
    """
    stripped = text.strip()
    if "{" not in stripped or not stripped.endswith("}") or not _CSS_RULES.match(stripped):
        return None
    if "=" in _ATTRIBUTE_SELECTOR.sub("", stripped.split("{", 1)[0]):
        return None  # an assignment: "by_day = {day: list(rows) for …}" is code
    blocks = re.findall(r"\{([^{}]*)\}", stripped)
    if blocks and all(_CSS_DECLARATION.search(block) for block in blocks if block.strip()):
        return Drop("leaked stylesheet rules")
    return None


# A line drawn with one character: "____________________", "==========", "----------".
_DRAWN_RULE = re.compile(r"^\s*(?:_{6,}|={6,}|-{6,}|~{6,}|\*{6,})\s*$")


@rule(
    "markup.drawn_rule",
    version=2,
    stage="drop",
    max_chars=200,
    example="____________________",
    where=scopes.mentioning("______", "======", "------", "~~~~~~", "******"),
)
def drop_drawn_rule(text: str, ctx: LineContext) -> Drop | None:
    """A rule drawn across the page with one character: the line over a printed page's footnotes,
    over a forum member's signature or a mailing list's footer, between a plain-text newsletter's
    parts. It carries no words.

    A heading's underline stays, for the heading it marks ("NEWS" over "===="), and so does a
    line inside a block, with text right above and below it: the rule under a table's header in
    a command's output.
    """
    if not _DRAWN_RULE.match(text) or ctx is None:
        return None
    if not ctx.blank_at(-1):
        if not ctx.blank_at(+1):
            return None  # inside a block
        if signals.underlined_heading_level(ctx.doc.lines[ctx.index - 1], text) is not None:
            return None
    return Drop("rule drawn with one character")


# A line that is one Markdown image and nothing else, perhaps a link around it, perhaps a list
# bullet before it: its alternative text, the image's address, the link's address.
_IMAGE_LINE = re.compile(
    r"^\s*(?:[*+-]\s+)?(?P<link>\[)?!\[(?P<alt>[^\[\]\n]{0,300})\]\((?P<src>[^()\s]{1,2000})(?:\s+\"[^\"]*\")?\)"
    r"(?(link)\]\((?P<href>[^()\s]{0,2000})\)|)\s*$"
)
# What a site's own pictures are called: "Lumenboard logo", "Oona Marchetti's avatar", "User icon: x".
_SITE_PICTURE = re.compile(
    r"\b(?:logos?|avatars?|icons?|wordmark|badge|home ?page|profile (?:photo|picture))\b", re.I
)
# The address of an image file: a link to the picture itself opens it larger, and is the text's.
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|tiff?)(?:[?#]\S*)?$", re.I)


@rule(
    "markup.bare_image",
    version=1,
    stage="drop",
    max_chars=2400,
    example="[![Hearth GitLab](/assets/logo-5d3a91.svg)](/)",
    where=scopes.mentioning("!["),
)
def drop_bare_image(text: str, ctx: LineContext) -> Drop | None:
    """An image a converter printed as Markdown, when it says nothing of the text: no description
    at all, a site's logo, a writer's avatar or an icon, or a picture that is a link to another
    page (the site's logo to its home page, a teaser's card, a sponsor's badge).

    A picture with a description stands for a figure of the text, like a caption, and stays; so
    does one linked to its own larger file, which is how a blog lets a reader enlarge it.

    >>> drop_bare_image("[![The Town Clock](https://cdn.example/logo.png)](/)", None).reason
    'image that is a link to another page'
    >>> drop_bare_image("![The weir at night, two otters on the apron](https://cdn.example/otters.jpg)", None) is None
    True
    """
    image = _IMAGE_LINE.match(text)
    if image is None:
        return None
    alt = image["alt"].strip()
    if not alt:
        return Drop("image with no description")
    if _SITE_PICTURE.search(alt):
        return Drop("site's logo, avatar or icon")
    href = image["href"]
    if href is not None and not _IMAGE_FILE.search(href):
        return Drop("image that is a link to another page")
    return None


# What the Info reader's file format prints around a manual's text: the preamble makeinfo writes
# above the first node, the header line of each node, its menus and the index's entries.
_INFO_MENU = "* Menu:"
# "* Overview::   What it does.", "* Tabwise: (tabwise).   Line up columns.", an index's
# "* delimiter:   Column Options.   (line 6)"
_INFO_MENU_ENTRY = re.compile(r"^\* [^:\n]{1,80}:(?::|\s+(?:\([\w.+-]+\))?[^.\n]{0,80}\.)(?:\s.*)?$")
_INFO_LISTING = re.compile(r"^\s*-- The Detailed Node Listing --\s*$")
_INFO_MENU_REACH = 80  # lines a menu runs to, its detailed listing included


def _info_manual(doc: DocumentContext) -> range:
    """Pages that carry an Info node's header line."""
    return scopes.everywhere(doc) if doc.may_mention(("node: ",)) and doc.info_nodes else scopes.NOWHERE


@rule(
    "markup.info_frame",
    version=1,
    stage="drop",
    max_chars=300,
    example="File: tabwise.info,  Node: Overview,  Next: Invoking,  Prev: Top,  Up: Top",
    where=_info_manual,
)
def drop_info_frame(text: str, ctx: LineContext) -> Drop | None:
    """What an Info manual saved as text prints around its chapters: each node's header line
    ("File: tabwise.info,  Node: Overview,  Next: …"), the preamble makeinfo writes above the
    first node, and the menus ("* Menu:" over "* Overview::  What it does.") and index entries
    that link the nodes for the reader program.

    A list item of the text that ends in a colon ("* Note: the file is read once.") stands under
    no "* Menu:" line, and stays.
    """
    doc = ctx.doc
    if not doc.info_nodes:
        return None
    stripped = text.strip()
    if ctx.index in doc.info_nodes:
        return Drop("Info node header")
    if ctx.index in doc.info_preamble:
        return Drop("Info file preamble")
    if stripped == _INFO_MENU:
        return Drop("Info menu")
    if (_INFO_MENU_ENTRY.match(stripped) or _INFO_LISTING.match(stripped)) and _under_info_menu(ctx):
        return Drop("Info menu entry")
    below = ctx.neighbour(+1)
    if (
        below is not None
        and _INFO_MENU_ENTRY.match(below.strip())
        and _is_info_part_name(stripped)
        and _under_info_menu(ctx)
    ):
        return Drop("part name in an Info menu's detailed listing")
    return None


def _is_info_part_name(line: str) -> bool:
    return 0 < signals.word_count(line) <= _INFO_PART_WORDS and not signals.SENTENCE_END.search(line)


def _under_info_menu(ctx: LineContext) -> bool:
    """Whether a "* Menu:" line heads the run of entries this line stands in: entries, blank
    lines, the detailed listing's separator and its short part names lie between."""
    lines = ctx.doc.lines
    for i in range(ctx.index - 1, max(-1, ctx.index - _INFO_MENU_REACH), -1):
        line = lines[i].strip()
        if line == _INFO_MENU:
            return True
        if i in ctx.doc.info_nodes:
            return False
        if not line or _INFO_MENU_ENTRY.match(line) or _INFO_LISTING.match(line):
            continue
        if not _is_info_part_name(line):
            return False
    return False


_INFO_PART_WORDS = 6


# OpenPGP's armour around a signed message: the header and its hash line, the signature block,
# and the dash that escapes a signed line opening with a dash ("- ------").
_PGP_SIGNED = "-----BEGIN PGP SIGNED MESSAGE-----"
_PGP_SIGNATURE = "-----BEGIN PGP SIGNATURE-----"
_PGP_END = "-----END PGP SIGNATURE-----"
_PGP_HEADER = re.compile(r"^(?:Hash|Version|Comment): .{1,80}$")
_ESCAPED_RULE = re.compile(r"^- (?:-{6,}|={6,})\s*$")


@rule(
    "markup.pgp_armour",
    version=1,
    stage="drop",
    max_chars=120,
    example="-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512",
    where=scopes.mentioning("-----begin pgp"),
)
def drop_pgp_armour(text: str, ctx: LineContext) -> Drop | None:
    """The armour OpenPGP puts around a signed message, as a mail archive shows it: the
    "BEGIN PGP SIGNED MESSAGE" line and its "Hash:" line, the signature block from "BEGIN PGP
    SIGNATURE" to "END PGP SIGNATURE" with its lines of base64, and the rules a signed text
    draws with dashes, which signing escapes ("- ------"). The signed text stays.
    """
    stripped = text.strip()
    lines = ctx.doc.lines
    if stripped in (_PGP_SIGNED, _PGP_SIGNATURE, _PGP_END):
        return Drop("OpenPGP armour")
    above = lines[ctx.index - 1].strip() if ctx.index > 0 else ""
    if _PGP_HEADER.match(stripped) and above in (_PGP_SIGNED, _PGP_SIGNATURE):
        return Drop("OpenPGP armour header")
    if _ESCAPED_RULE.match(stripped) and _after(lines, ctx.index, _PGP_SIGNED):
        return Drop("rule escaped in a signed message")
    if _in_signature_block(lines, ctx.index):
        return Drop("OpenPGP signature")
    return None


def _after(lines: list[str], index: int, marker: str) -> bool:
    return any(lines[i].strip() == marker for i in range(index - 1, -1, -1))


def _in_signature_block(lines: list[str], index: int) -> bool:
    """Whether the line stands between a "BEGIN PGP SIGNATURE" line and its END line."""
    for i in range(index - 1, max(-1, index - _SIGNATURE_LINES), -1):
        line = lines[i].strip()
        if line == _PGP_SIGNATURE:
            break
        if line == _PGP_END or not _SIGNATURE_LINE.match(line):
            return False
    else:
        return False
    for i in range(index + 1, min(len(lines), index + _SIGNATURE_LINES)):
        line = lines[i].strip()
        if line == _PGP_END:
            return True
        if not _SIGNATURE_LINE.match(line):
            return False
    return False


_SIGNATURE_LINES = 40
_SIGNATURE_LINE = re.compile(r"^(?:[A-Za-z0-9+/=]{0,80}|(?:Version|Comment|Hash): .{1,80})$")


# A travel wiki's listing ends with its edit link, which text extraction leaves as a bare word:
# "… €35 per person. edit".
_LISTING_EDIT_LINK = re.compile(r"(?<=[.!?)…])\s+edit$")
_LISTING_MIN_WORDS = 6


@rule(
    "markup.listing_edit_link",
    version=1,
    stage="strip",
    example="Quayside Cycles, Net Loft Lane. £18 per day. edit",
)
def strip_listing_edit_link(text: str, ctx: LineContext) -> Rewrite | None:
    """Remove the bare "edit" a travel wiki's listing ends with, after its last sentence.

    Prose never puts the word after a full stop; a sentence that ends with the word keeps it:

    >>> strip_listing_edit_link("O Farol, Avenida do Mar 41. Grilled fish from €14. edit", None).text
    'O Farol, Avenida do Mar 41. Grilled fish from €14.'
    >>> strip_listing_edit_link("Only the page's owner is allowed to edit", None) is None
    True
    """
    if not text.endswith(" edit"):
        return None
    fixed = _LISTING_EDIT_LINK.sub("", text)
    if fixed == text or len(fixed.split()) < _LISTING_MIN_WORDS:
        return None
    return Rewrite(fixed, "a listing's edit link removed")


def _text_browser_page(doc: DocumentContext) -> Collection[int]:
    return scopes.everywhere(doc) if doc.link_addresses is not None else scopes.NOWHERE


@rule(
    "markup.link_list",
    version=3,
    stage="drop",
    example="Text.\n\nReferences\n\n   1. https://a.example/\n   2. https://b.example/\n   3. https://c.example/",
    where=_text_browser_page,
)
def drop_link_list(text: str, ctx: LineContext) -> Drop | None:
    """A text-mode browser's list of the page's link addresses at its foot, and the form fields it
    draws in underscores ("____________________ Search").

    The list is found from the end of the page up (see ``link_list.find_link_list``); a field is
    taken only on a page with such a list, where a run of underscores is what the browser made
    of a text box.
    """
    found = ctx.doc.link_addresses
    if found is None or not text.strip():
        return None
    if ctx.index >= found.start:
        return Drop("text browser's list of the page's link addresses")
    if link_list.FORM_FIELD.match(text):
        return Drop("text browser's drawing of a form field")
    return None


@rule("markup.link_number", version=3, stage="edit", example="* [2]News")
def strip_link_numbers(text: str, ctx: LineContext) -> Rewrite | None:
    """A text-mode browser's link numbers glued to the link's words: "[17]Wexmoor District Council".

    Only on a page whose foot lists the addresses, and only numbers the list holds, or on a page
    whose link numbers run one after the other without a list: "a[1] b" or an index "x[3]" on
    another page is left alone.
    """
    if ctx is None or "]" not in text or ctx.doc.link_addresses is None:
        return None
    stripped = link_list.strip_link_numbers(text, ctx.doc.link_addresses.highest)
    return Rewrite(stripped, "text browser's link numbers removed") if stripped != text else None


def _reader_header(doc: DocumentContext) -> range:
    return doc.reader_header


_READER_TITLE = "Title: "


@rule(
    "markup.reader_header",
    version=1,
    stage="drop",
    example="URL Source: https://example.org/rivers\nMarkdown Content:",
    where=_reader_header,
)
def drop_reader_header(text: str, ctx: LineContext) -> Drop | None:
    """A reader service's header over the Markdown it made: "URL Source:", "Published Time:",
    "Markdown Content:". Its "Title:" is the page's ``<title>`` and stays (``markup.reader_title``)."""
    if ctx is None or ctx.index not in ctx.doc.reader_header or text.startswith(_READER_TITLE):
        return None
    return Drop("reader service's header over the converted page") if text.strip() else None


@rule(
    "markup.reader_title",
    version=1,
    stage="edit",
    example="Title: Renovar o Cartão de Cidadão | gov.pt\n\nMarkdown Content:",
)
def strip_reader_title_field(text: str, ctx: LineContext) -> Rewrite | None:
    """The "Title: " a reader service writes before the page's ``<title>``: what is left is the
    ``<title>`` as a browser saves it, whose site name the title rules take off."""
    if not text.startswith(_READER_TITLE) or ctx is None or ctx.index not in ctx.doc.reader_header:
        return None
    return Rewrite(
        text[len(_READER_TITLE) :].strip(), "reader service's field name removed from the page title"
    )
