"""The HTML path: sniffing, DOM rules per family (with the content that must survive), the walk, invariants.

Wiki pages from ``../shared/corpora/wiki-html`` are used when present; those tests skip otherwise.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.cleaning.html import Block, declared_encoding, extract_blocks, looks_like_html, main_text
from tasks.cleaning.html.dom_rules import DOM_RULES
from tasks.cleaning.registry import RULES, UnknownRuleError

FIXTURES = Path(__file__).parent / "fixtures" / "html"
CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
WIKI_PAGES = CORPORA / "wiki-html"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def by_text(blocks: list[Block]) -> dict[str, Block]:
    return {block.text: block for block in blocks}


def visible_characters(html: str | bytes) -> Counter[str]:
    """Non-space characters of the page as BeautifulSoup sees them, minus the parts that are not text."""
    soup = BeautifulSoup(html, "lxml")
    for element in soup(["script", "style", "noscript", "template", "head"]):
        element.decompose()
    return Counter(char for char in soup.get_text() if not char.isspace() and char != "|")


def block_characters(blocks: list[Block]) -> Counter[str]:
    return Counter(char for block in blocks for char in block.text if not char.isspace() and char != "|")


# --- sniffing


@pytest.mark.parametrize(
    "data",
    [
        b"<!doctype html><p>x",
        b"\xef\xbb\xbf<html><body>x</body></html>",
        b"<head><title>t</title></head>",
        "<html><body>x</body></html>".encode("utf-16"),
    ],
)
def test_pages_are_recognised_as_html(data: bytes) -> None:
    assert looks_like_html(data)


@pytest.mark.parametrize(
    "data",
    [
        b"Plain text about the <html> element and nothing else.",
        b"",
        b"a < b and c > d",
        b"# Heading\n\nSome *markdown* text.",
        b'{"html": "<p>x</p>"}',
    ],
)
def test_text_that_mentions_markup_is_not_html(data: bytes) -> None:
    assert not looks_like_html(data)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'<meta charset="utf-8">', "utf-8"),
        (b"<meta charset=windows-1251>", "cp1251"),
        (b'<meta content="text/html; charset=EUC-JP" http-equiv="Content-Type">', "euc_jp"),
        (b'<?xml version="1.0" encoding="ISO-8859-2"?><html>', "iso8859-2"),
        (b"\xff\xfe<\x00h\x00", "utf-16-le"),
        (b"<p>no declaration</p>", None),
    ],
)
def test_declared_encoding(data: bytes, expected: str | None) -> None:
    assert declared_encoding(data) == expected


def test_bytes_in_a_declared_legacy_encoding_are_decoded() -> None:
    page = (
        '<html><head><meta charset="windows-1251"></head><body><p>Привет, мир, это длинный абзац текста.</p>'
    )
    blocks = extract_blocks(page.encode("cp1251"), disabled=["html.generic.outside_main"])
    assert [b.text for b in blocks] == ["Привет, мир, это длинный абзац текста."]


# --- MediaWiki rules


@pytest.fixture(scope="module")
def wiki_blocks() -> dict[str, Block]:
    return by_text(extract_blocks(fixture("mediawiki_page.html")))


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Jump to content", "html.mediawiki.jump_link"),
        ("Log in", "html.mediawiki.header"),
        ("Please donate today to keep us running.", "html.mediawiki.site_notice"),
        ("From Wikipedia, the free encyclopedia", "html.mediawiki.tagline"),
        ("For the car, see Otter (vehicle).", "html.mediawiki.hatnote"),
        ("This article needs additional citations for verification.", "html.mediawiki.maintenance"),
        ("Kingdom | Animalia", "html.mediawiki.infobox"),
        ("[1]", "html.mediawiki.citation"),
        ("[2]", "html.mediawiki.citation"),
        ("Contents", "html.mediawiki.toc"),
        ("[edit]", "html.mediawiki.edit_section"),
        ("Badger · Weasel", "html.mediawiki.navbox"),
        ("Authority control databases: GND, LCCN", "html.mediawiki.authority_control"),
        ("Portal: Animals", "html.mediawiki.noprint"),
        (
            'Retrieved from "https://en.wikipedia.org/w/index.php?title=Otter&oldid=1"',
            "html.mediawiki.printfooter",
        ),
        ("Categories: Otters | Mustelids", "html.mediawiki.categories"),
        ("Main page", "html.mediawiki.sidebar"),
        ("Deutsch", "html.mediawiki.sidebar"),
        ("Privacy policy", "html.mediawiki.footer"),
    ],
)
def test_mediawiki_chrome_is_dropped_by_its_rule(wiki_blocks: dict[str, Block], text: str, rule: str) -> None:
    assert wiki_blocks[text].dropped_by == rule
    assert wiki_blocks[text].reason


@pytest.mark.parametrize(
    ("text", "kind", "level"),
    [
        ("Otter", "heading", 1),
        ("Habitat", "heading", 2),  # the edit link is stripped from the heading
        (
            "Otters are carnivorous mammals in the subfamily Lutrinae. They live near water.",
            "paragraph",
            None,
        ),
        # negatives: prose that mentions navigation, an exponent in <sup>, a data table, the reference list
        ("The navigation skills of otters let them find their way through murky rivers.", "paragraph", None),
        ("The area of a den grows with 2n pups.", "paragraph", None),
        ("Sea otter | 45 kg", "table_row", None),
        ("^ Smith, J. (2001). Otters. Oxford.", "list_item", None),
        ("An otter floating on its back", "caption", None),
    ],
)
def test_mediawiki_content_is_kept(
    wiki_blocks: dict[str, Block], text: str, kind: str, level: int | None
) -> None:
    block = wiki_blocks[text]
    assert (block.dropped_by, block.kind, block.level) == (None, kind, level)


def test_mediawiki_rules_need_a_mediawiki_page() -> None:
    page = (
        '<body><article><div class="metadata">By Ana Silva, 3 May</div><p>'
        + "Story text goes on. " * 20
        + "</p></article></body>"
    )
    blocks = extract_blocks(page, disabled=["html.generic.outside_main"])
    assert by_text(blocks)["By Ana Silva, 3 May"].dropped_by is None


def test_dropped_blocks_locate_the_removed_element(wiki_blocks: dict[str, Block]) -> None:
    assert re.search(
        r"div\.mw-parser-output > div\.navbox:nth-of-type\(\d\)$", wiki_blocks["Badger · Weasel"].locator
    )
    assert wiki_blocks["Otter"].locator.endswith("div#content > h1#firstHeading")


# --- generic rules


@pytest.fixture(scope="module")
def news_blocks() -> dict[str, Block]:
    return by_text(extract_blocks(fixture("news_article.html")))


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("We use cookies to improve your experience. Accept all", "html.generic.consent"),
        ("World", "html.generic.header"),
        ("Search the site", "html.generic.form"),
        ("Share on Facebook Tweet", "html.generic.share"),
        ("Advertisement", "html.generic.advertisement"),
        ('"We never thought we would see it this soon," said one skipper.', "html.generic.aside"),
        ("Subscribe to read more hidden text", "html.generic.hidden"),
        ("Tags: harbour, storms", "html.generic.footer"),
        ("Council tax rises", "html.generic.aside"),
        ("Great news for the town, finally the boats are back where they belong!", "html.generic.comments"),
        ("Storm hits coast", "html.generic.promotion"),
        ("© 2024 The Daily Example. All rights reserved.", "html.generic.footer"),
        ("Harbour reopens after storm repairs", "html.generic.outside_main"),
    ],
)
def test_generic_chrome_is_dropped_by_its_rule(news_blocks: dict[str, Block], text: str, rule: str) -> None:
    assert news_blocks[text].dropped_by == rule


@pytest.mark.parametrize(
    "text",
    [
        "The old harbour reopened on Monday after three months of repairs to the storm wall, the council "
        "said.",
        '"We never thought we would see it this soon," said one skipper, who asked that the navigation '
        "lights be "
        "checked again.",
        "What changed",
        "Mooring permits",  # a list of links inside the article is content
        "Harbour office contacts",
        "March | 120",  # a table of data keeps one row per line
        "Mayor Ana Silva",  # a footer inside a blockquote is the quote's attribution
        "Repairs to the lighthouse are due to finish in the autumn, when the harbour festival will also "
        "return.",
    ],
)
def test_article_content_survives(news_blocks: dict[str, Block], text: str) -> None:
    assert news_blocks[text].dropped_by is None


def test_heading_and_table_kinds(news_blocks: dict[str, Block]) -> None:
    assert (news_blocks["What changed"].kind, news_blocks["What changed"].level) == ("heading", 2)
    assert news_blocks["Month | Landings (t)"].kind == "table_row"
    assert news_blocks["Mooring permits"].kind == "list_item"


def test_a_form_wrapping_the_whole_page_is_kept() -> None:
    blocks = extract_blocks(fixture("aspnet_form.html"))
    assert all(block.dropped_by is None for block in blocks)
    assert blocks[0] == Block(
        "Annual report", "heading", 1, None, "", "html > body > form#aspnetForm > div#wrapper > div#main > h1"
    )


def test_layout_table_cells_are_their_own_lines_and_menus_beside_the_content_go() -> None:
    blocks = by_text(extract_blocks(fixture("layout_table.html")))
    assert blocks["Letters from the lighthouse"].dropped_by is None
    assert blocks["Years | 1931–1971"].kind == "table_row"
    assert blocks["Home"].dropped_by == "html.generic.link_dense"
    assert blocks["line one\n  line two"].kind == "preformatted"


def test_an_article_with_a_header_keeps_its_title() -> None:
    page = (
        "<body><nav><a href='/'>Home</a></nav><main><header><h1>Title of the piece</h1></header>"
        + "<p>Body paragraph with enough words to count as prose for the detector here.</p>" * 5
        + "</main></body>"
    )
    assert by_text(extract_blocks(page))["Title of the piece"].dropped_by is None


def test_link_lists_outside_the_content_are_dropped_without_a_main_content() -> None:
    links = "<a href='/a'>Alpha</a> <a href='/b'>Beta</a> <a href='/c'>Gamma</a>"
    page = f"<body><div>{links}</div><p>Short.</p></body>"
    blocks = by_text(extract_blocks(page))
    assert blocks["Alpha Beta Gamma"].dropped_by == "html.generic.link_dense"
    assert blocks["Short."].dropped_by is None


def test_citation_markers_in_any_sup() -> None:
    page = "<p>Water boils at 100 °C.<sup>[3]</sup><sup>[a][b]</sup> The 1<sup>st</sup> test.</p>"
    blocks = extract_blocks(page, disabled=["html.generic.outside_main"])
    assert [(b.text, b.dropped_by) for b in blocks] == [
        ("Water boils at 100 °C. The 1st test.", None),
        ("[3]", "html.mediawiki.citation"),
        ("[a][b]", "html.mediawiki.citation"),
    ]


# --- configuration


def test_every_dom_rule_is_registered() -> None:
    for rule in DOM_RULES:
        assert RULES[rule.id].stage == "dom"
        assert RULES[rule.id].version == rule.version


def test_disabling_the_family_keeps_everything() -> None:
    blocks = extract_blocks(fixture("mediawiki_page.html"), disabled=["html"])
    assert all(block.dropped_by is None for block in blocks)


def test_disabling_a_group_or_a_rule() -> None:
    blocks = by_text(
        extract_blocks(fixture("mediawiki_page.html"), disabled=["html.mediawiki", "wiki_chrome.toc"])
    )
    assert blocks["Habitat[edit]"].dropped_by is None
    assert blocks["Log in"].dropped_by == "html.generic.outside_main"
    blocks = by_text(extract_blocks(fixture("mediawiki_page.html"), disabled=["html.mediawiki.citation"]))
    assert blocks[
        "Otters are carnivorous mammals in the subfamily Lutrinae.[1] They live near water.[2]"
    ].kept


def test_unknown_dom_rule_is_an_error() -> None:
    with pytest.raises(UnknownRuleError, match=r"html\.generic\.navbar"):
        extract_blocks("<p>x</p>", disabled=["html.generic.navbar"])


# --- invariants


def assert_accounts_for_all_text(html: str | bytes, blocks: list[Block]) -> None:
    assert block_characters(blocks) == visible_characters(html)
    for block in blocks:
        assert block.text.strip()
        assert block.text == (block.text.strip("\n") if block.kind == "preformatted" else block.text.strip())
        assert block.kind in {
            "heading",
            "paragraph",
            "list_item",
            "table_row",
            "preformatted",
            "caption",
            "other",
        }
        assert (block.level is not None) == (block.kind == "heading")
        assert (block.dropped_by is None) == (block.reason == "")
        if block.kind != "preformatted":
            assert "\n" not in block.text and "  " not in block.text


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.html")))
def test_fixture_blocks_hold_all_visible_text(name: str) -> None:
    html = fixture(name)
    assert_accounts_for_all_text(html, extract_blocks(html))


def test_script_style_and_comments_are_not_text() -> None:
    page = (
        "<body><p>a<script>x()</script>b<!-- hidden -->c<style>p{}</style></p><noscript>n</noscript></body>"
    )
    assert [b.text for b in extract_blocks(page)] == ["abc"]


def test_empty_and_textless_documents() -> None:
    assert extract_blocks("") == []
    assert extract_blocks(b"   ") == []
    assert extract_blocks("<html><head><title>t</title></head><body></body></html>") == []


@pytest.mark.parametrize(
    "tags", [("<div>", "</div>"), ("<div><span>", "</span></div>"), ("<ul><li>", "</li></ul>")]
)
def test_deeply_nested_page_does_not_overflow(tags: tuple[str, str]) -> None:
    opening, closing = tags
    page = opening * 120 + "deep text with enough words to be prose of its own here" + closing * 120
    assert "deep text" in main_text(extract_blocks(page))
    extract_blocks(opening * 5000 + "too deep for the parser" + closing * 5000)


_html_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="<>&\x00\r"), max_size=40
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["p", "div", "li", "span", "h2", "td", "nav", "sup", "pre", "a", "br"]),
            _html_text,
        ),
        max_size=12,
    )
)
def test_arbitrary_pages_account_for_all_text(parts: list[tuple[str, str]]) -> None:
    body = "".join(f"<{tag}>{text}" if tag == "br" else f"<{tag}>{text}</{tag}>" for tag, text in parts)
    html = f"<html><body>{body}</body></html>"
    assert_accounts_for_all_text(html, extract_blocks(html))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    blocks = extract_blocks(data)
    assert all(isinstance(block, Block) for block in blocks)
    looks_like_html(data)
    declared_encoding(data)


# --- real wiki pages

needs_wiki_pages = pytest.mark.skipif(not WIKI_PAGES.is_dir(), reason=f"wiki pages not found at {WIKI_PAGES}")

# Per page: text that must be kept (content) and site chrome that must not be.
WIKI_EXPECTATIONS = {
    "en.wikipedia.org.tsne.html": (
        ["t-distributed stochastic neighbor embedding", "The t-SNE algorithm comprises two main stages."],
        [
            "Jump to",
            "From Wikipedia, the free encyclopedia",
            "Retrieved from",
            "Privacy policy",
            "Main page",
            "Categories:",
            "Create account",
            "This page was last edited",
            "Part of a series on",
            "What links here",
        ],
    ),
    "harrypotter.fandom.com.spell.html": (
        ["It's unknown who invented this spell and when.", "Known uses"],
        [
            "Fan Feed",
            "Sign In",
            "Explore properties",
            "Advertise",
            "View Mobile Site",
            "Wand-Lighting Charm",
            "Community content is available under",
        ],
    ),
    "rueda.wikidot.com.enchufla.html": (
        ["Platzwechsel, langsam erklärt", "Enchufla mentira switch"],
        [
            "page revision:",
            "Edit History Files",
            "Create account",
            "Sign in",
            "Powered by Wikidot",
            "Unless otherwise stated",
        ],
    ),
    "stardewvalleywiki.com.penny.html": (
        ["Penny is a villager who lives in Pelican Town.", "8:10 AM | Leaves her trailer"],
        [
            "Jump to",
            "Retrieved from",
            "Privacy policy",
            "Bachelors | Alex",
            "Category:",
            "Main Page",
            "This page was last",
        ],
    ),
    "wiki.python.org.Download.html": (
        ["Before you start, you will need Python on your computer.", "Linux"],
        ["Login", "Immutable Page", "Attachments", "RecentChanges", "FindPage", "Unable to edit the page?"],
    ),
}


@needs_wiki_pages
@pytest.mark.parametrize("name", sorted(WIKI_EXPECTATIONS))
def test_wiki_pages_keep_content_and_drop_chrome(name: str) -> None:
    text = main_text(extract_blocks((WIKI_PAGES / name).read_bytes()))
    kept, chrome = WIKI_EXPECTATIONS[name]
    for phrase in kept:
        assert phrase in text
    for phrase in chrome:
        assert phrase not in text, phrase
    assert not re.search(r"\[\s*(?:edit|edit source)\s*\]", text, re.IGNORECASE)
    assert not re.search(r"\[\d{1,3}\]", text)


@needs_wiki_pages
@pytest.mark.parametrize("name", sorted(WIKI_EXPECTATIONS))
def test_wiki_pages_account_for_all_text(name: str) -> None:
    html = (WIKI_PAGES / name).read_text(encoding="utf-8")
    assert_accounts_for_all_text(html, extract_blocks(html))
