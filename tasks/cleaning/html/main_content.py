"""Finding the main content of a page: the container (or containers) whose text is the article.

The choice, in order:

1. A container the page itself names as the article body (``[itemprop=articleBody]``,
   ``.entry-content``, ``.post-content``, ``.article-body`` …) or a wiki's content area
   (``.mw-body`` on MediaWiki, ``#main-content`` on Wikidot, ``#dokuwiki__content``), when it holds a
   fair share of the page's prose. Names alone are not trusted: a theme that leaves an empty
   ``.entry-content`` in its sidebar does not win against the real article.
2. Otherwise the container that scores best on prose. Every block-level element with its own
   prose (text not inside links, at least a short sentence long, mostly not links) gives its
   weight to itself and its parent in full and to further ancestors halved at each level. The
   parent of a run of paragraphs therefore beats any single paragraph, while a page wrapper far
   above the article, which also collects the menus' and comments' crumbs, is discounted by its
   distance. Link-heavy text weighs nothing, so menus and link lists never win.
3. Sibling containers of the winner that hold prose of their own (an article body split into
   several ``div`` blocks around an image) are added to it.

When no container holds enough prose (a gallery, a login page), there is no main content and
only the structural rules drop anything.

Elements already dropped by a structural rule are invisible here, so a comment section full of
prose cannot be chosen as the article.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass

from lxml import etree

from tasks.cleaning.html.dom import BLOCK_TAGS, PageMeasure, tag_of, visible_length

_MIN_OWN_CHARS = 25
_MAX_OWN_LINK_SHARE = 0.5
_ANCESTOR_DECAY = 0.5
_MIN_MAIN_WEIGHT = 200
_NAMED_SHARE = 0.5
_SIBLING_SHARE = 0.25

ARTICLE_BODY_NAMES = frozenset(
    {
        "articlebody",
        "entrycontent",
        "postcontent",
        "articlecontent",
        "storybody",
        "postbody",
        "articletext",
        "storycontent",
        "articlebodytext",
        "postentry",
        "blogpostcontent",
        "storytext",
        "bodytext",
        "articledetail",
        "contentbody",
        "posttext",
        "entrybody",
        "maincontent",
        "mwbody",
        "dokuwikicontent",
        "pagecontent",
    }
)


@dataclass(frozen=True)
class MainContent:
    """The chosen main-content roots and, for the walk, every ancestor of one."""

    roots: frozenset[etree._Element]
    ancestors: frozenset[etree._Element]


def find_main_content(
    measure: PageMeasure, dropped: Mapping[etree._Element, object], names: Set[str] = ARTICLE_BODY_NAMES
) -> MainContent | None:
    """The page's main content, or None when no part of the page is prose enough to be one."""
    own_weight = _own_prose_weights(measure, dropped)
    scores, masses = _scores_and_masses(measure, own_weight)
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    if masses.get(best, 0) < _MIN_MAIN_WEIGHT:
        return None
    named = _best_named_container(measure, masses, best, names)
    roots = [named] if named is not None else _with_prose_siblings(best, masses)
    ancestors = {ancestor for root in roots for ancestor in root.iterancestors()}
    return MainContent(frozenset(roots), frozenset(ancestors))


def _own_prose_weights(
    measure: PageMeasure, dropped: Mapping[etree._Element, object]
) -> dict[etree._Element, int]:
    """Each block element's own prose weight: non-link characters of the text that is directly its own.

    Text belongs to its nearest block-level ancestor (inline ``a``/``span``/``b`` pass it through).
    Text under a dropped element counts for nothing, but the dropped element's tail does.
    """
    owner: dict[etree._Element, etree._Element] = {}
    in_link: dict[etree._Element, bool] = {}
    skipped: set[etree._Element] = set()
    own_chars: dict[etree._Element, int] = {}
    own_links: dict[etree._Element, int] = {}
    for element in measure.elements:
        parent = element.getparent()
        parent_owner = owner.get(parent) if parent is not None else None
        if parent in skipped or element in dropped:
            skipped.add(element)
            if parent not in skipped and parent_owner is not None:
                _add_text(own_chars, own_links, parent_owner, element.tail, in_link.get(parent, False))
            continue
        this_owner = element if (tag_of(element) in BLOCK_TAGS or parent_owner is None) else parent_owner
        owner[element] = this_owner
        linked = element.tag == "a" or in_link.get(parent, False)
        in_link[element] = linked
        _add_text(own_chars, own_links, this_owner, element.text, linked)
        if parent_owner is not None:
            _add_text(own_chars, own_links, parent_owner, element.tail, in_link.get(parent, False))
    weights = {}
    for element, chars in own_chars.items():
        links = own_links.get(element, 0)
        if chars >= _MIN_OWN_CHARS and links <= _MAX_OWN_LINK_SHARE * chars:
            weights[element] = chars - links
    return weights


def _add_text(chars: dict, links: dict, owner: etree._Element, text: str | None, linked: bool) -> None:
    length = visible_length(text)
    if length:
        chars[owner] = chars.get(owner, 0) + length
        if linked:
            links[owner] = links.get(owner, 0) + length


def _scores_and_masses(
    measure: PageMeasure, own_weight: dict[etree._Element, int]
) -> tuple[dict[etree._Element, float], dict[etree._Element, int]]:
    """Decayed prose score and undecayed prose mass of every element, children before parents."""
    scores: dict[etree._Element, float] = {}
    masses: dict[etree._Element, int] = {}
    for element in reversed(measure.elements):
        own = own_weight.get(element, 0)
        score = float(own)
        mass = own
        for child in element:
            child_score = scores.get(child)
            if child_score is None:
                continue
            child_own = own_weight.get(child, 0)
            score += child_own + _ANCESTOR_DECAY * (child_score - child_own)
            mass += masses[child]
        if mass:
            scores[element] = score
            masses[element] = mass
    return scores, masses


def _best_named_container(
    measure: PageMeasure, masses: dict[etree._Element, int], best: etree._Element, names: Set[str]
) -> etree._Element | None:
    """The named article-body container with the most prose, if it holds a fair share of the winner's."""
    candidates = [
        element
        for element in masses
        if element.tag not in ("html", "body")
        and ((element.get("itemprop") or "").lower() == "articlebody" or measure.names(element) & names)
    ]
    if not candidates:
        return None
    named = max(candidates, key=lambda element: (masses[element], _depth(element)))
    best_mass = masses[best]
    if masses[named] >= _NAMED_SHARE * best_mass or _contains(named, best):
        return named
    return None


def _with_prose_siblings(best: etree._Element, masses: dict[etree._Element, int]) -> list[etree._Element]:
    """The winner plus any sibling holding at least a quarter of its prose."""
    parent = best.getparent()
    if parent is None:
        return [best]
    threshold = _SIBLING_SHARE * masses[best]
    return [child for child in parent if child is best or masses.get(child, 0) >= threshold]


def _contains(ancestor: etree._Element, element: etree._Element) -> bool:
    return any(parent is ancestor for parent in element.iterancestors())


def _depth(element: etree._Element) -> int:
    return sum(1 for _ in element.iterancestors())
