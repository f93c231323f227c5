"""CSS paths that point an auditor at the element a block came from.

A step is ``tag``, ``tag#id`` when the id is a plain CSS identifier (ids are unique, so the path
can stop being ambiguous there), else ``tag.class`` with at most two classes, plus
``:nth-of-type(k)`` when the parent has more than one child of that tag. Class names that are not
plain identifiers (``md:flex``, ``w-1/2``) are left out rather than escaped: the path stays valid
CSS and ``nth-of-type`` already makes it unique.
"""

from __future__ import annotations

import re

from lxml import etree

from tasks.cleaning.html.dom import iter_elements, tag_of

_CSS_IDENTIFIER = re.compile(r"^-?[A-Za-z_][\w-]*$")
_MAX_CLASSES = 2


class Locator:
    """Builds and caches CSS paths; each parent's children are numbered once, so paths cost O(page).

    >>> import lxml.html
    >>> root = lxml.html.document_fromstring(
    ...     '<body><div id="content"><table class="a"></table>'
    ...     '<table class="navbox x y"></table></div></body>')
    >>> Locator().path(root.find(".//table[2]"))
    'html > body > div#content > table.navbox.x:nth-of-type(2)'
    """

    def __init__(self) -> None:
        self._paths: dict[etree._Element, str] = {}
        self._positions: dict[etree._Element, tuple[int, bool]] = {}

    def path(self, element: etree._Element) -> str:
        cached = self._paths.get(element)
        if cached is not None:
            return cached
        parent = element.getparent()
        step = self._step(element, parent)
        path = step if parent is None else f"{self.path(parent)} > {step}"
        self._paths[element] = path
        return path

    def _step(self, element: etree._Element, parent: etree._Element | None) -> str:
        tag = tag_of(element)
        element_id = element.get("id") or ""
        if element_id and _CSS_IDENTIFIER.match(element_id):
            return f"{tag}#{element_id}"
        classes = [c for c in (element.get("class") or "").split() if _CSS_IDENTIFIER.match(c)][:_MAX_CLASSES]
        step = tag + "".join(f".{c}" for c in classes)
        if parent is None:
            return step
        if element not in self._positions:
            self._number_children(parent)
        position, ambiguous = self._positions[element]
        return f"{step}:nth-of-type({position})" if ambiguous else step

    def _number_children(self, parent: etree._Element) -> None:
        counts: dict[str, int] = {}
        children = list(iter_elements(parent))
        for child in children:
            tag = tag_of(child)
            counts[tag] = counts.get(tag, 0) + 1
            self._positions[child] = (counts[tag], False)
        for child in children:
            position, _ = self._positions[child]
            self._positions[child] = (position, counts[tag_of(child)] > 1)
