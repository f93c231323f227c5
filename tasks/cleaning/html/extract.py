"""Walking a page's tree into blocks: the kept text in reading order, and every removed piece beside it.

One block is one line of output: a paragraph, a heading (with its level), a list item, a table
row (its non-empty cells joined with " | "), a caption, or a preformatted block (the only kind that keeps its
newlines). ``<br>`` ends a line. A removed element becomes blocks too, marked with the rule that
removed it, so kept plus dropped blocks hold every visible character of the page once.

Placement of removed inline pieces: a citation marker or edit link removed from the middle of a
line is emitted as its own block right after that line (right before it when it opens the line),
since a line cannot hold half of itself kept.

Depth: libxml2 stops nesting at 256 levels (text deeper than that is not in the tree, for
BeautifulSoup's ``"lxml"`` builder either), and the walk uses one Python frame per level.

Cost is linear in the page: the tree is measured once, rules are tried once per element until one
removes a subtree, and the walk visits every element once.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from lxml import etree

from tasks.cleaning.html.block import Block, main_text
from tasks.cleaning.html.dom import BLOCK_TAGS, HEADING_LEVELS, measure_page, parse_html, tag_of
from tasks.cleaning.html.dom_rules import DOM_RULES, DomRule, RuleContext
from tasks.cleaning.html.locator import Locator
from tasks.cleaning.html.main_content import MainContent, find_main_content
from tasks.cleaning.registry import UnknownRuleError

__all__ = ["Block", "active_rules", "extract_blocks", "main_text"]

_CELL_SEPARATOR = "\x1f"
_KIND_BY_TAG = {
    "p": "paragraph",
    "blockquote": "paragraph",
    "li": "list_item",
    "dd": "list_item",
    "dt": "list_item",
    "tr": "table_row",
    "pre": "preformatted",
    "figcaption": "caption",
    "caption": "caption",
    "summary": "other",
    "legend": "other",
    "address": "paragraph",
}
_CAPTION_CLASSES = frozenset({"thumbcaption", "gallerytext", "wp-caption-text", "caption", "figure-caption"})
# Cells bigger than this, or a table inside the table, mean the table lays out a page, not data.
_MAX_DATA_CELL_CHARS = 400
_OUTSIDE_MAIN = "html.generic.outside_main"


def active_rules(disabled: Collection[str] = ()) -> tuple[DomRule, ...]:
    """The DOM rules that run, minus ``disabled`` rule ids or dotted prefixes (``html``, ``html.mediawiki``).

    Names outside the ``html`` family are line rules and are ignored here; an unknown ``html`` name is
    an error, as in the registry.

    >>> len(active_rules(["html.mediawiki"])) < len(active_rules()) and active_rules(["html"]) == ()
    True
    >>> active_rules(["html.no_such_rule"])
    Traceback (most recent call last):
    ...
    tasks.cleaning.registry.UnknownRuleError: unknown DOM rule or group 'html.no_such_rule'; valid: ...
    """
    names = {name for name in disabled if name == "html" or name.startswith("html.")}
    groups = {rule.id.rsplit(".", depth)[0] for rule in DOM_RULES for depth in (1, 2)}
    unknown = sorted(
        name for name in names if name not in groups and all(rule.id != name for rule in DOM_RULES)
    )
    if unknown:
        valid = ", ".join(sorted(groups | {rule.id for rule in DOM_RULES}))
        raise UnknownRuleError(f"unknown DOM rule or group {unknown[0]!r}; valid: {valid}")
    return tuple(rule for rule in DOM_RULES if not any(_is_within(rule.id, name) for name in names))


def _is_within(rule_id: str, name: str) -> bool:
    return rule_id == name or rule_id.startswith(name + ".")


def extract_blocks(html: str | bytes, *, disabled: Collection[str] = ()) -> list[Block]:
    """All text blocks of the page in document order, kept and dropped.

    ``disabled`` switches off DOM rules by id or by group (``"html"``, ``"html.mediawiki"``).

    >>> blocks = extract_blocks('<body><nav><a href="/">Home</a></nav><h2>Intro<span class="mw-editsection">'
    ...                         '[edit]</span></h2><p>Text.<sup class="reference">[1]</sup></p></body>')
    >>> [(b.text, b.kind, b.dropped_by) for b in blocks]  # doctest: +NORMALIZE_WHITESPACE
    [('Home', 'paragraph', 'html.generic.nav'), ('Intro', 'heading', None),
     ('[edit]', 'other', 'html.mediawiki.edit_section'), ('Text.', 'paragraph', None),
     ('[1]', 'other', 'html.mediawiki.citation')]
    """
    rules = active_rules(disabled)
    root = parse_html(html)
    if root is None:
        return []
    measure = measure_page(root)
    body = root.find("body")
    ctx = RuleContext(
        measure, _is_mediawiki(root, body), measure.chars.get(body if body is not None else root, 0)
    )
    structural = tuple(
        r for r in rules if r.phase == "structure" and (ctx.is_mediawiki or not r.mediawiki_only)
    )
    verdicts = find_structural_drops(measure.elements, structural, ctx)
    late_rules = tuple(r for r in rules if r.phase == "outside_main")
    main = None
    if any(rule.id == _OUTSIDE_MAIN for rule in late_rules):
        main = _wiki_content_area(root, verdicts) if ctx.is_mediawiki else None
        main = main or find_main_content(measure, verdicts)
    walker = _BlockWalker(verdicts, main, late_rules, ctx)
    walker.visit(root)
    walker.flush()
    return walker.blocks


def _is_mediawiki(root: etree._Element, body: etree._Element | None) -> bool:
    """MediaWiki marks its body with class ``mediawiki`` and its article with ``#mw-content-text``."""
    if body is not None and "mediawiki" in (body.get("class") or "").split():
        return True
    return bool(root.xpath("//*[@id='mw-content-text' or contains(@class, 'mw-parser-output')][1]"))


def _wiki_content_area(root: etree._Element, verdicts: dict) -> MainContent | None:
    """MediaWiki's content column (title, article, categories), the same in every skin."""
    for candidate in root.xpath(
        "//*[contains(concat(' ', @class, ' '), ' mw-body ')] | //main | //*[@id='content']"
    ):
        if candidate not in verdicts and not any(a in verdicts for a in candidate.iterancestors()):
            return MainContent(frozenset([candidate]), frozenset(candidate.iterancestors()))
    return None


_RULE_ATTRIBUTES = ("class", "id", "role", "style", "hidden", "aria-hidden", "itemprop")
_RULE_TAGS = frozenset({"nav", "header", "footer", "aside", "form", "sup", "table"})


def find_structural_drops(
    elements: Sequence[etree._Element], rules: Sequence[DomRule], ctx: RuleContext
) -> dict[etree._Element, DomRule]:
    """The outermost elements some rule removes, each with the first rule (in table order) that matched.

    Elements with no id, class, role, style or hiding attribute and a tag no rule names are skipped
    without trying the rules, which is most of a page's elements.
    """
    verdicts: dict[etree._Element, DomRule] = {}
    removed: set[etree._Element] = set()
    for element in elements:
        if element.getparent() in removed:
            removed.add(element)
            continue
        if element.tag not in _RULE_TAGS and not any(element.get(a) is not None for a in _RULE_ATTRIBUTES):
            continue
        for rule in rules:
            if rule.matches(element, ctx):
                verdicts[element] = rule
                removed.add(element)
                break
    return verdicts


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _normalise_preformatted(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


def _is_data_table(table: etree._Element, ctx: RuleContext) -> bool:
    """A table of data (one row per line) rather than a page laid out in cells (each cell its own lines)."""
    if table.find(".//table") is not None:
        return False
    chars = ctx.measure.chars
    return all(chars.get(cell, 0) <= _MAX_DATA_CELL_CHARS for cell in table.iter("td", "th"))


class _BlockWalker:
    """One pass over the tree, collecting inline text into a line and emitting it at block boundaries."""

    def __init__(
        self,
        verdicts: dict[etree._Element, DomRule],
        main: MainContent | None,
        late_rules: tuple[DomRule, ...],
        ctx: RuleContext,
    ) -> None:
        self.blocks: list[Block] = []
        self._verdicts = verdicts
        self._main = main
        self._late_rules = late_rules
        self._outside_main = next((r for r in late_rules if r.id == _OUTSIDE_MAIN), None)
        self._ctx = ctx
        self._locator = Locator()
        self._buffer: list[str] = []
        self._pending: list[Block] = []
        self._owners: list[etree._Element] = []
        self._drop: tuple[str, str, str] | None = None
        self._in_main = main is None
        self._table_kinds: list[bool] = []
        self._row_depth = 0
        self._pre_depth = 0

    # --- the walk -----------------------------------------------------------------------------------------

    def visit(self, element: etree._Element) -> None:
        """Emit the blocks of ``element`` and its tail; one Python frame per tree level."""
        tag = tag_of(element)
        if not tag:
            self._add_text(element.tail)
            return
        if self._drop is None:
            rule = self._verdict(element)
            if rule is not None:
                self._drop_element(element, rule, tag)
                self._add_text(element.tail)
                return
        entering_main = not self._in_main and self._main is not None and element in self._main.roots
        if entering_main:
            self.flush()
            self._in_main = True
        if tag == "br":
            self._line_break()
        else:
            self._visit_contents(element, tag)
        if entering_main:
            self.flush()
            self._in_main = False
        self._add_text(element.tail)

    def _visit_contents(self, element: etree._Element, tag: str) -> None:
        is_row = tag == "tr" and bool(self._table_kinds) and self._table_kinds[-1] and not self._row_depth
        is_block = is_row or (tag in BLOCK_TAGS and not (self._row_depth or self._pre_depth))
        if is_block:
            self._open_block(element, tag, is_row)
        elif tag in BLOCK_TAGS:
            self._buffer.append(" ")
        self._add_text(element.text)
        for child in element:
            self.visit(child)
            if is_row and tag_of(child) in ("td", "th"):
                self._buffer.append(_CELL_SEPARATOR)
        if is_block:
            self._close_block(tag, is_row)

    def _open_block(self, element: etree._Element, tag: str, is_row: bool) -> None:
        self.flush()
        self._owners.append(element)
        if is_row:
            self._row_depth += 1
        elif tag == "table":
            self._table_kinds.append(_is_data_table(element, self._ctx))
        elif tag == "pre":
            self._pre_depth += 1

    def _close_block(self, tag: str, is_row: bool) -> None:
        if is_row:
            self._row_depth -= 1
        self.flush()
        if tag == "pre" and not is_row:
            self._pre_depth -= 1
        if tag == "table" and not is_row:
            self._table_kinds.pop()
        self._owners.pop()

    def _line_break(self) -> None:
        if self._pre_depth:
            self._buffer.append("\n")
        elif self._row_depth:
            self._buffer.append(" ")
        else:
            self.flush()

    def _add_text(self, text: str | None) -> None:
        if text:
            self._buffer.append(text)

    # --- rules --------------------------------------------------------------------------------------------

    def _verdict(self, element: etree._Element) -> DomRule | None:
        rule = self._verdicts.get(element)
        if rule is not None or (self._in_main and self._main is not None):
            return rule
        if self._main is not None and (element in self._main.ancestors or element in self._main.roots):
            return None
        for late in self._late_rules:
            if (late is not self._outside_main or self._main is not None) and late.matches(
                element, self._ctx
            ):
                return late
        return None

    def _drop_element(self, element: etree._Element, rule: DomRule, tag: str) -> None:
        locator = self._locator.path(element)
        if tag in BLOCK_TAGS and not (self._row_depth or self._pre_depth):
            self.flush()
            self._drop = (rule.id, rule.reason, locator)
            self._visit_contents(element, tag)
            self._drop = None
            return
        text = _normalise(element.text_content())
        if not text:
            return
        block = Block(text, "other", None, rule.id, rule.reason, locator)
        if "".join(self._buffer).strip():
            self._pending.append(block)
        else:
            self.blocks.append(block)

    # --- emitting -----------------------------------------------------------------------------------------

    def flush(self) -> None:
        raw = "".join(self._buffer)
        self._buffer.clear()
        owner = self._owners[-1] if self._owners else None
        kind, level = self._kind_of(owner)
        text = self._finish_text(raw, kind)
        if text:
            self.blocks.append(self._make_block(text, kind, level, owner))
        if self._pending:
            self.blocks.extend(self._pending)
            self._pending.clear()

    def _finish_text(self, raw: str, kind: str) -> str:
        if kind == "preformatted":
            return _normalise_preformatted(raw)
        if kind == "table_row" and _CELL_SEPARATOR in raw:
            cells = (_normalise(cell) for cell in raw.split(_CELL_SEPARATOR))
            return " | ".join(cell for cell in cells if cell)
        return _normalise(raw)

    def _make_block(self, text: str, kind: str, level: int | None, owner: etree._Element | None) -> Block:
        if self._drop is not None:
            rule_id, reason, locator = self._drop
            return Block(text, kind, level, rule_id, reason, locator)
        locator = self._locator.path(owner) if owner is not None else ""
        if not self._in_main and self._outside_main is not None:
            return Block(text, kind, level, self._outside_main.id, self._outside_main.reason, locator)
        return Block(text, kind, level, None, "", locator)

    def _kind_of(self, owner: etree._Element | None) -> tuple[str, int | None]:
        if owner is None:
            return "paragraph", None
        tag = tag_of(owner)
        if tag in HEADING_LEVELS:
            return "heading", HEADING_LEVELS[tag]
        if tag == "tr" and not self._row_depth and not (self._table_kinds and self._table_kinds[-1]):
            return "paragraph", None
        if self._ctx.classes(owner) & _CAPTION_CLASSES:
            return "caption", None
        return _KIND_BY_TAG.get(tag, "paragraph"), None
