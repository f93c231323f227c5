"""The DOM rules: which elements of a page are chrome, each a small named predicate with a stable id.

A rule matches an element and removes its whole subtree; the extractor still turns the subtree
into blocks, marked dropped with the rule's id, so nothing disappears from the ledger. Rules are
tried top-down and in table order, so the outermost matching element wins and, for one element,
the most specific rule names it (``html.mediawiki.toc`` before ``html.generic.nav``).

Decisions worth knowing:

* ``html.mediawiki.*`` rules whose class names are common words elsewhere (``metadata``,
  ``noprint``, ``sidebar``, ``footer``) only fire on MediaWiki pages (Wikipedia, Fandom and other
  MediaWiki sites), so a news page's ``<div class="metadata">`` byline is left to the generic
  rules. Edit links, citation markers and tables of contents have unambiguous markup and apply on
  every page.
* The infobox table is dropped (``html.mediawiki.infobox``): the text path drops infobox remnants
  before the lead, and HTML input must yield the same corpus. Figure captions are kept, as
  ``caption`` blocks. The reference list is kept as list items; the sections pass types it.
* ``<aside>`` is dropped everywhere, including a pull quote inside an article: a pull quote
  repeats a sentence of the body, so dropping it loses no text, while keeping asides would keep
  the far more common "related stories" boxes.
* ``<header>`` inside an ``<article>`` or ``<main>`` is the article's own title block and is kept;
  ``<footer>`` inside a ``<blockquote>`` or ``<figure>`` is a quotation's attribution and is kept.
* A ``<form>`` holding most of the page is an ASP.NET-style page wrapper, not a search box, and is kept.
* ``html.generic.link_dense`` only looks outside the main content: inside an article a list of
  links ("Further reading", a download page's mirrors) is content.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from lxml import etree

from tasks.cleaning.html.dom import PageMeasure, classes_of, tag_of
from tasks.cleaning.registry import register_dom_rule

Phase = Literal["structure", "outside_main"]


@dataclass
class RuleContext:
    """What a predicate may look at besides the element: the page's measurements and its engine."""

    measure: PageMeasure
    is_mediawiki: bool
    body_chars: int
    _classes: dict[etree._Element, frozenset[str]] = field(default_factory=dict)

    def classes(self, element: etree._Element) -> frozenset[str]:
        cached = self._classes.get(element)
        if cached is None:
            cached = self._classes[element] = classes_of(element)
        return cached

    def names(self, element: etree._Element) -> frozenset[str]:
        return self.measure.names(element)

    def chars(self, element: etree._Element) -> int:
        return self.measure.chars.get(element, 0)


Predicate = Callable[[etree._Element, RuleContext], bool]


@dataclass(frozen=True)
class DomRule:
    """A registered DOM rule: its id and version, the reason recorded on dropped blocks, and its predicate."""

    id: str
    version: int
    reason: str
    example: str
    matches: Predicate
    mediawiki_only: bool = False
    phase: Phase = "structure"

    @property
    def summary(self) -> str:
        return (self.matches.__doc__ or self.reason).strip().splitlines()[0]


def _has_id(element: etree._Element, ids: frozenset[str]) -> bool:
    return (element.get("id") or "") in ids


def _ancestor_tags(element: etree._Element) -> set[str]:
    return {tag_of(ancestor) for ancestor in element.iterancestors()}


# --- MediaWiki (all skins: monobook, vector, vector-2022, minerva; Fandom runs MediaWiki too)

_MW_HEADER_IDS = frozenset({"mw-head", "mw-head-base", "mw-page-base", "p-personal"})
_MW_HEADER_CLASSES = frozenset(
    {
        "vector-header-container",
        "mw-header",
        "header-container",
        "minerva-header",
        "vector-sticky-header",
        "vector-sticky-header-container",
    }
)


def is_mediawiki_header(element: etree._Element, ctx: RuleContext) -> bool:
    """The site header: logo, search box, personal tools (``#mw-head``, ``.vector-header-container``)."""
    return _has_id(element, _MW_HEADER_IDS) or bool(ctx.classes(element) & _MW_HEADER_CLASSES)


_MW_SIDEBAR_IDS = frozenset(
    {"mw-panel", "mw-navigation", "column-one", "p-navigation", "mw-mf-page-left", "p-logo"}
)
_MW_SIDEBAR_CLASSES = frozenset(
    {
        "vector-main-menu-container",
        "vector-main-menu-landmark",
        "navigation-drawer",
        "vector-column-start",
        "mw-sidebar",
    }
)


def is_mediawiki_sidebar(element: etree._Element, ctx: RuleContext) -> bool:
    """The main menu and sidebar portlets (``#mw-panel``, vector-2022's start column, minerva's drawer)."""
    return _has_id(element, _MW_SIDEBAR_IDS) or bool(ctx.classes(element) & _MW_SIDEBAR_CLASSES)


_MW_TOOLS_IDS = frozenset(
    {
        "p-cactions",
        "p-views",
        "vector-page-tools",
        "p-tb",
        "left-navigation",
        "right-navigation",
        "page-actions",
        "page-secondary-actions",
        "p-namespaces",
        "p-variants",
    }
)
_MW_TOOLS_CLASSES = frozenset(
    {
        "vector-page-toolbar",
        "vector-column-end",
        "page-actions-menu",
        "mw-indicators",
        "vector-user-links",
        "vector-page-tools-landmark",
        "vector-appearance-landmark",
        "mw-portlet",
    }
)


def is_mediawiki_tools(element: etree._Element, ctx: RuleContext) -> bool:
    """Page tabs and tool menus (Read / Edit / View history, What links here, indicators)."""
    return _has_id(element, _MW_TOOLS_IDS) or bool(ctx.classes(element) & _MW_TOOLS_CLASSES)


_LANGUAGE_IDS = frozenset({"p-lang", "p-lang-btn"})
_LANGUAGE_CLASSES = frozenset({"interlanguage-link", "mw-interlanguage-selector", "vector-language-dropdown"})


def is_language_list(element: etree._Element, ctx: RuleContext) -> bool:
    """The interlanguage links and the "N languages" button."""
    return _has_id(element, _LANGUAGE_IDS) or bool(ctx.classes(element) & _LANGUAGE_CLASSES)


_JUMP_CLASSES = frozenset({"mw-jump-link", "mw-jump"})


def is_jump_link(element: etree._Element, ctx: RuleContext) -> bool:
    """ "Jump to navigation / Jump to search" skip links."""
    return bool(ctx.classes(element) & _JUMP_CLASSES) or _has_id(element, frozenset({"jump-to-nav"}))


_TAGLINE_IDS = frozenset({"siteSub", "contentSub", "contentSub2"})


def is_tagline(element: etree._Element, ctx: RuleContext) -> bool:
    """ "From Wikipedia, the free encyclopedia" and the "(Redirected from …)" line under the title."""
    return _has_id(element, _TAGLINE_IDS)


_SITE_NOTICE_IDS = frozenset({"siteNotice", "centralNotice", "mw-dismissablenotice-anonplace"})


def is_site_notice(element: etree._Element, ctx: RuleContext) -> bool:
    """Fundraising and site-wide notice banners above the title."""
    return _has_id(element, _SITE_NOTICE_IDS) or "mw-dismissable-notice" in ctx.classes(element)


_EDIT_SECTION_CLASSES = frozenset({"mw-editsection", "editsection", "mw-editsection-like"})


def is_edit_section(element: etree._Element, ctx: RuleContext) -> bool:
    """The "[edit]" / "[edit source]" links beside section headings; the heading text itself stays."""
    return bool(ctx.classes(element) & _EDIT_SECTION_CLASSES)


_BRACKETED_MARKERS = re.compile(r"^(?:\[[^\[\]]{1,24}\]\s*)+$")


def is_citation_marker(element: etree._Element, ctx: RuleContext) -> bool:
    """Citation superscripts: ``sup.reference`` and any ``<sup>`` holding only bracketed markers like ``[3]``.

    An exponent or ordinal (``x<sup>2</sup>``, ``1<sup>st</sup>``) has no brackets and is kept.
    """
    if element.tag != "sup":
        return False
    if "reference" in ctx.classes(element):
        return True
    return ctx.chars(element) <= 60 and bool(_BRACKETED_MARKERS.match(element.text_content().strip()))


_TOC_IDS = frozenset({"toc", "vector-toc", "mw-panel-toc", "vector-toc-pinned-container"})
_TOC_CLASSES = frozenset(
    {
        "toc",
        "vector-toc",
        "vector-toc-landmark",
        "mw-table-of-contents-container",
        "vector-page-titlebar-toc",
        "table-of-contents",
    }
)


def is_table_of_contents(element: etree._Element, ctx: RuleContext) -> bool:
    """Tables of contents (``#toc``, ``.toc``, vector-2022's pinned TOC); the headings they list stay."""
    return _has_id(element, _TOC_IDS) or bool(ctx.classes(element) & _TOC_CLASSES)


_NAVBOX_CLASSES = frozenset(
    {"navbox", "vertical-navbox", "navbox-inner", "navbox-styles", "sidebar", "navbar", "navbox-subgroup"}
)


_NAVBOX_MIN_LINKS = 20
_NAVBOX_LINK_SHARE = 0.6


def is_navbox(element: etree._Element, ctx: RuleContext) -> bool:
    """Navigation boxes: the footer grids of related articles and the "Part of a series on" sidebars.

    Besides the ``navbox`` classes, a wiki table that is a grid of twenty or more links with little
    else (older templates style them ``toccolours`` or ``wikitable``) is a navbox; a data table
    with a link per row is mostly text and is kept.
    """
    if ctx.classes(element) & _NAVBOX_CLASSES or (element.get("id") or "").lower().startswith("navbox"):
        return True
    measure = ctx.measure
    return (
        element.tag == "table"
        and measure.link_counts.get(element, 0) >= _NAVBOX_MIN_LINKS
        and measure.link_chars.get(element, 0) >= _NAVBOX_LINK_SHARE * ctx.chars(element)
    )


_MAINTENANCE_CLASSES = frozenset(
    {"ambox", "ombox", "tmbox", "imbox", "cmbox", "fmbox", "metadata", "mbox-small"}
)
_MAINTENANCE_PREFIXES = ("mbox-", "ambox-", "box-")


def is_maintenance_box(element: etree._Element, ctx: RuleContext) -> bool:
    """Cleanup and maintenance banners ("This article needs additional citations", ``.ambox``)."""
    classes = ctx.classes(element)
    return bool(classes & _MAINTENANCE_CLASSES) or any(c.startswith(_MAINTENANCE_PREFIXES) for c in classes)


_HATNOTE_CLASSES = frozenset({"hatnote", "dablink", "rellink"})


def is_hatnote(element: etree._Element, ctx: RuleContext) -> bool:
    """Hatnotes: "This article is about …", "Main article: …", "Not to be confused with …"."""
    return bool(ctx.classes(element) & _HATNOTE_CLASSES)


def is_category_links(element: etree._Element, ctx: RuleContext) -> bool:
    """The category box at the foot of the article (``#catlinks``)."""
    return element.get("id") == "catlinks" or "catlinks" in ctx.classes(element)


_MW_FOOTER_IDS = frozenset({"footer", "mw-footer", "footer-places", "footer-info"})
_MW_FOOTER_CLASSES = frozenset({"mw-footer", "minerva-footer", "last-modified-bar", "mw-footer-container"})


def is_mediawiki_footer(element: etree._Element, ctx: RuleContext) -> bool:
    """The site footer: last-edited line, licence, privacy and about links."""
    return _has_id(element, _MW_FOOTER_IDS) or bool(ctx.classes(element) & _MW_FOOTER_CLASSES)


def is_print_footer(element: etree._Element, ctx: RuleContext) -> bool:
    """The print-only "Retrieved from https://…" line."""
    return "printfooter" in ctx.classes(element)


def is_noprint(element: etree._Element, ctx: RuleContext) -> bool:
    """Anything the wiki itself marks as not part of the printed article (``.noprint``)."""
    return "noprint" in ctx.classes(element)


_AUTHORITY_CLASSES = frozenset({"mw-authority-control", "authority-control"})


def is_authority_control(element: etree._Element, ctx: RuleContext) -> bool:
    """The authority-control box of library identifiers (GND, LCCN, VIAF …)."""
    return bool(ctx.classes(element) & _AUTHORITY_CLASSES)


def is_infobox(element: etree._Element, ctx: RuleContext) -> bool:
    """Infobox tables (``table.infobox``, Fandom's ``aside.portable-infobox``, ``#infoboxtable``-style ids).

    A data table in the body (``table.wikitable``) is not an infobox and keeps its rows.
    """
    if element.tag not in ("table", "div", "aside"):
        return False
    names = (element.get("id") or "").lower().split() + [c.lower() for c in ctx.classes(element)]
    return any(name.startswith("infobox") or name == "portable-infobox" for name in names)


# --- Other wiki engines (Wikidot, DokuWiki)

_PAGE_TOOL_NAMES = frozenset(
    {
        "pageinfo",
        "pageoptionscontainer",
        "pageoptionsbottom",
        "pageoptionsarea",
        "pageoptionsbottom2",
        "pageoptionsareabottom",
        "pagetools",
        "dokuwikipagetools",
        "docinfo",
        "actionareatop",
        "pagerate",
        "pageratewidgetbox",
    }
)
_PAGE_TOOL_MAX_CHARS = 500


def is_wiki_page_tools(element: etree._Element, ctx: RuleContext) -> bool:
    """Wikidot's and DokuWiki's page info and tool bars ("page revision: 8, last edited …").

    Named by id or class; short ones only, so a wrapper named after them never takes the page with it.
    """
    return bool(ctx.names(element) & _PAGE_TOOL_NAMES) and ctx.chars(element) <= _PAGE_TOOL_MAX_CHARS


# --- Any site

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def is_hidden(element: etree._Element, ctx: RuleContext) -> bool:
    """Elements a browser does not show: ``hidden``, ``aria-hidden="true"``, inline ``display:none``.

    Only the element's own attributes count; a stylesheet's rules are not evaluated.
    """
    if element.get("hidden") is not None or (element.get("aria-hidden") or "").lower() == "true":
        return True
    style = element.get("style")
    return bool(style) and bool(_HIDDEN_STYLE.search(style))


_NAVIGATION_ROLES = frozenset({"navigation", "menubar", "menu"})


def is_navigation(element: etree._Element, ctx: RuleContext) -> bool:
    """``<nav>`` and ``[role=navigation]`` menus. A paragraph that talks about navigation is not matched."""
    return element.tag == "nav" or (element.get("role") or "").lower() in _NAVIGATION_ROLES


def is_page_header(element: etree._Element, ctx: RuleContext) -> bool:
    """The site banner (``<header>``, ``[role=banner]``), not an article's own ``<header>`` with its title."""
    if (element.get("role") or "").lower() == "banner":
        return True
    return element.tag == "header" and not (_ancestor_tags(element) & {"article", "main"})


def is_page_footer(element: etree._Element, ctx: RuleContext) -> bool:
    """``<footer>`` and ``[role=contentinfo]``, except a quote's attribution inside blockquote or figure."""
    if (element.get("role") or "").lower() == "contentinfo":
        return True
    return element.tag == "footer" and not (_ancestor_tags(element) & {"blockquote", "figure"})


def is_aside(element: etree._Element, ctx: RuleContext) -> bool:
    """``<aside>`` and ``[role=complementary]``: sidebars, related-story boxes, pull quotes (see module)."""
    return element.tag == "aside" or (element.get("role") or "").lower() == "complementary"


_PAGE_WIDE_SHARE = 0.5


def is_small_form(element: etree._Element, ctx: RuleContext) -> bool:
    """Search, login and sign-up forms; a ``<form>`` wrapping most of the page (ASP.NET) is kept."""
    return element.tag == "form" and ctx.chars(element) < _PAGE_WIDE_SHARE * ctx.body_chars


_CONSENT_NAMES = frozenset(
    {
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "cookiebanner",
        "cookienotice",
        "cookieconsent",
        "onetrust",
        "cookielaw",
        "privacybanner",
    }
)


def is_consent_banner(element: etree._Element, ctx: RuleContext) -> bool:
    """Cookie and consent banners, recognised by whole words of their id or class (``cookie-banner``)."""
    return (
        bool(ctx.names(element) & _CONSENT_NAMES) and ctx.chars(element) < _PAGE_WIDE_SHARE * ctx.body_chars
    )


_SHARE_NAMES = frozenset(
    {
        "share",
        "sharing",
        "social",
        "sharethis",
        "addthis",
        "shares",
        "sharebar",
        "socialshare",
        "sharetools",
        "sharebuttons",
        "socialmedia",
        "social-links",
    }
)
_SHARE_MAX_CHARS = 300


def is_share_widget(element: etree._Element, ctx: RuleContext) -> bool:
    """Share and follow buttons. Short ones only, so a ``social``-named section of an article stays."""
    return bool(ctx.names(element) & _SHARE_NAMES) and ctx.chars(element) <= _SHARE_MAX_CHARS


_COMMENT_NAMES = frozenset(
    {
        "comments",
        "comment",
        "disqus",
        "commentlist",
        "respond",
        "commentsection",
        "comentarios",
        "kommentare",
        "commentaires",
    }
)


def is_comment_section(element: etree._Element, ctx: RuleContext) -> bool:
    """Reader comments and the reply form (``#comments``, ``.comment-list``, ``#disqus_thread``).

    Whole words only, so ``commentary`` and ``comment-free`` layouts are not confused with them, and
    never an element holding most of the page.
    """
    return (
        element.tag not in ("body", "html", "main")
        and bool(ctx.names(element) & _COMMENT_NAMES)
        and ctx.chars(element) < _PAGE_WIDE_SHARE * ctx.body_chars
    )


_AD_NAMES = frozenset(
    {
        "ad",
        "ads",
        "advert",
        "adverts",
        "advertisement",
        "advertising",
        "sponsored",
        "adslot",
        "adunit",
        "adsbygoogle",
        "googlead",
        "dfp",
        "adwrapper",
        "adcontainer",
        "adblock",
        "adsense",
        "banner-ad",
        "gpt",
        "dfpad",
    }
)
_AD_MAX_CHARS = 500


def is_advertisement(element: etree._Element, ctx: RuleContext) -> bool:
    """Ad slots and their "Advertisement" labels; short ones only, since ad code sometimes wraps content."""
    return bool(ctx.names(element) & _AD_NAMES) and ctx.chars(element) <= _AD_MAX_CHARS


_PROMO_NAMES = frozenset(
    {
        "related",
        "recommended",
        "recommendations",
        "outbrain",
        "taboola",
        "newsletter",
        "trending",
        "popular",
        "morestories",
        "readmore",
        "read-more",
        "promo",
        "subscribe",
        "subscription",
        "signup",
        "paywall",
        "relatedposts",
        "relatedarticles",
        "breadcrumb",
        "breadcrumbs",
        "tags",
        "tagcloud",
        "byline",
        "author",
        "dateline",
        "pagination",
    }
)


def is_promotion(element: etree._Element, ctx: RuleContext) -> bool:
    """Related-story lists, newsletter and subscription boxes, breadcrumbs and tag lists, named as such.

    Never an element holding most of the page, so a site that names its article wrapper
    ``post-tags`` or ``related-wrapper`` keeps its article.
    """
    return bool(ctx.names(element) & _PROMO_NAMES) and ctx.chars(element) < 0.3 * ctx.body_chars


_LINK_BLOCK_TAGS = frozenset({"ul", "ol", "div", "section", "table", "p", "dl", "menu", "td", "tr", "li"})
_MIN_LINKS = 3
_MAX_LINK_DENSITY = 0.6
_MAX_CHARS_PER_LINK = 60


def is_link_dense(element: etree._Element, ctx: RuleContext) -> bool:
    """A block of short link items (menus, tag clouds, "more from" lists) outside the main content.

    Needs three or more links, most of the text inside links, and short link texts; a paragraph
    with a few inline links is mostly prose and stays.
    """
    if element.tag not in _LINK_BLOCK_TAGS:
        return False
    measure = ctx.measure
    links = measure.link_counts.get(element, 0)
    if links < _MIN_LINKS:
        return False
    chars = ctx.chars(element)
    return (
        measure.link_chars.get(element, 0) > _MAX_LINK_DENSITY * chars
        and measure.link_chars.get(element, 0) / links <= _MAX_CHARS_PER_LINK
    )


def is_outside_main(element: etree._Element, ctx: RuleContext) -> bool:
    """Everything outside the page's main content, once a main content was found (see ``main_content``)."""
    return True


DOM_RULES: tuple[DomRule, ...] = (
    DomRule("html.generic.hidden", 1, "hidden element", '<div style="display:none">…', is_hidden),
    DomRule(
        "html.mediawiki.edit_section",
        1,
        "section edit link",
        '<span class="mw-editsection">[edit]</span>',
        is_edit_section,
    ),
    DomRule(
        "html.mediawiki.citation",
        1,
        "citation marker",
        '<sup class="reference">[1]</sup>',
        is_citation_marker,
    ),
    DomRule(
        "html.mediawiki.toc", 1, "table of contents", '<div id="toc" class="toc">…', is_table_of_contents
    ),
    DomRule(
        "html.mediawiki.jump_link",
        1,
        "skip link",
        '<a class="mw-jump-link" href="#p-search">…',
        is_jump_link,
        mediawiki_only=True,
    ),
    DomRule(
        "html.mediawiki.header",
        1,
        "wiki site header",
        '<div id="mw-head">…',
        is_mediawiki_header,
        mediawiki_only=True,
    ),
    DomRule(
        "html.mediawiki.sidebar",
        1,
        "wiki sidebar menu",
        '<div id="mw-panel">…',
        is_mediawiki_sidebar,
        mediawiki_only=True,
    ),
    DomRule(
        "html.mediawiki.language_list",
        1,
        "interlanguage links",
        '<div id="p-lang">…',
        is_language_list,
        mediawiki_only=True,
    ),
    DomRule(
        "html.mediawiki.tools",
        1,
        "page tabs and tools",
        '<div class="vector-page-toolbar">…',
        is_mediawiki_tools,
        mediawiki_only=True,
    ),
    DomRule(
        "html.mediawiki.tagline",
        1,
        "wiki tagline",
        '<div id="siteSub">From Wikipedia…',
        is_tagline,
        mediawiki_only=True,
    ),
    DomRule(
        "html.mediawiki.site_notice",
        1,
        "site notice banner",
        '<div id="siteNotice">…',
        is_site_notice,
        mediawiki_only=True,
    ),
    DomRule(
        "html.mediawiki.infobox", 1, "infobox", '<table class="infobox">…', is_infobox, mediawiki_only=True
    ),
    DomRule(
        "html.mediawiki.navbox", 1, "navigation box", '<div class="navbox">…', is_navbox, mediawiki_only=True
    ),
    DomRule(
        "html.mediawiki.maintenance",
        1,
        "maintenance banner",
        '<table class="ambox">…',
        is_maintenance_box,
        mediawiki_only=True,
    ),
    DomRule(
        "html.mediawiki.hatnote",
        1,
        "hatnote",
        '<div class="hatnote">Main article: …',
        is_hatnote,
        mediawiki_only=True,
    ),
    DomRule(
        "html.mediawiki.categories",
        1,
        "category links",
        '<div id="catlinks">…',
        is_category_links,
        mediawiki_only=True,
    ),
    DomRule(
        "html.mediawiki.printfooter",
        1,
        "print footer",
        '<div class="printfooter">Retrieved from …',
        is_print_footer,
        mediawiki_only=True,
    ),
    DomRule(
        "html.mediawiki.authority_control",
        1,
        "authority control",
        '<div class="mw-authority-control">…',
        is_authority_control,
        mediawiki_only=True,
    ),
    DomRule(
        "html.mediawiki.noprint",
        1,
        "not part of the printed article",
        '<div class="noprint">…',
        is_noprint,
        mediawiki_only=True,
    ),
    DomRule(
        "html.mediawiki.footer",
        1,
        "wiki site footer",
        '<div id="footer">…',
        is_mediawiki_footer,
        mediawiki_only=True,
    ),
    DomRule(
        "html.wiki.page_tools",
        1,
        "wiki page info and tools",
        '<div id="page-info">page revision: 8…',
        is_wiki_page_tools,
    ),
    DomRule(
        "html.generic.consent", 1, "cookie or consent banner", '<div id="cookie-banner">…', is_consent_banner
    ),
    DomRule("html.generic.nav", 1, "navigation menu", "<nav>…", is_navigation),
    DomRule("html.generic.header", 1, "page header", "<header>…", is_page_header),
    DomRule("html.generic.footer", 1, "page footer", "<footer>…", is_page_footer),
    DomRule("html.generic.aside", 1, "aside", "<aside>…", is_aside),
    DomRule("html.generic.form", 1, "form", '<form action="/search">…', is_small_form),
    DomRule("html.generic.share", 1, "share buttons", '<div class="share-buttons">…', is_share_widget),
    DomRule("html.generic.comments", 1, "comment section", '<section id="comments">…', is_comment_section),
    DomRule(
        "html.generic.advertisement",
        1,
        "advertisement",
        '<div class="ad-slot">Advertisement</div>',
        is_advertisement,
    ),
    DomRule(
        "html.generic.promotion",
        1,
        "related links or promotion",
        '<div class="related-posts">…',
        is_promotion,
    ),
    DomRule(
        "html.generic.link_dense",
        1,
        "block of links",
        "<ul><li><a>…</a></li>…</ul>",
        is_link_dense,
        phase="outside_main",
    ),
    DomRule(
        "html.generic.outside_main",
        1,
        "outside the main content",
        '<div class="sidebar">…</div>',
        is_outside_main,
        phase="outside_main",
    ),
)
RULES_BY_ID: dict[str, DomRule] = {rule.id: rule for rule in DOM_RULES}


def _register_all() -> None:
    for dom_rule in DOM_RULES:
        register_dom_rule(
            dom_rule.id, version=dom_rule.version, summary=dom_rule.summary, example=dom_rule.example
        )


_register_all()
