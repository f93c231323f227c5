"""Inline citation markers, maintenance tags, reference back-links and ``Cite error`` messages.

Brackets that are content stay: ``[sic]``, editorial insertions such as ``[the soldiers]``,
ellipses ``[…]``, translated titles ``[Current status …]``, and a four-digit year after a
space, which in a reference is the original publication year (``(1985) [1975]``). A number in
brackets is a marker when it is glued to the word or punctuation before it (``war.[4]``), or
when it has at most three digits; ``[0]`` is never a footnote, so ``array[0]`` survives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tasks.cleaning import signals
from tasks.cleaning.context import LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Rewrite

_NOTE_LABEL = (
    r"(?:note|notes|nb|n|lower-alpha|upper-alpha|lower-roman|upper-roman|fn|Anm\.|Nota|nota|Note|NB|주|注)"
)
_NUMERIC_MARKER = re.compile(
    r"(?<=[^\s\[])\[[1-9]\d{0,3}\]"  # glued: ``war.[4]``, ``1992[1]``
    r"|\s\[[1-9]\d{0,2}\](?=[\s.,;:!?)\]]|$)"  # spaced: ``war [4]``
    rf"|\s?\[{_NOTE_LABEL}\s*\d{{1,3}}\]"  # ``[note 1]``, ``[nb 2]``
    r"|(?<=[\w.,;:!?\"'”’)])\[[a-z]{1,2}\](?=[\s.,;:!?\[\"'”’)]|$)"  # lettered: ``word.[a]``
)
_BRACKETED = re.compile(r"\s?\[([^\[\]\n]{1,60})\]")
_TAG_WORDS = re.compile(
    r"^(?:[a-z][\w\s,'’-]{0,40}\s)?(?:needed|required)$"
    r"|^(?:who|whom|when|where|which|what|why|how|by whom|according to whom|to whom|by how much|when defined as|"
    r"original research|unreliable (?:medical )?source|improper synthesis|unbalanced opinion|dubious|"
    r"promotional source|self-published source|irrelevant citation|sic|specify|clarify|pronunciation)\?$"
    r"|^(?:dubious|disputed|neutrality is disputed)\s*[–—-]\s*discuss$"
    r"|^(?:failed verification|dead link|permanent dead link|not in citation given|verification|vague|"
    r"weasel words|peacock term|specify|quantify|circular reference|self-published source|inconsistent|"
    r"contradictory|update|needs update|broken anchor|citation not found|excessive citations|"
    r"non sequitur|obsolete source|user-generated source|according to whom|who|when)"
    r"(?:\s*(?:since|as of)?\s*\w* \d{4})?$"
    r"|^(?:Quelle\?|Quelle fehlt|réf\. (?:nécessaire|souhaitée)|référence nécessaire|cita requerida|carece de fontes\?"
    r"|sem fontes|senza fonte|citazione necessaria|источник не указан.{0,20}|нет АИ.{0,20}|potrzebny przypis"
    r"|bron\?|cần dẫn nguồn|출처 필요|要出典|來源請求|来源请求|需要引用)$",
    re.IGNORECASE,
)
_BACKLINKS = re.compile(
    r"^(?P<lead>\s*(?:(?:\d{1,4}|[a-z])[.)]?\s*)?)(?:\^|↑)(?P<letters>(?:\s+(?:[a-z]{1,2}|et|and|und|e|y|и|및)\b)*)\s*"
)
_CONNECTORS = frozenset({"et", "and", "und", "e", "y", "и", "및"})
# MediaWiki's message names the help page at its end; the label is matched case-sensitively so a
# sentence about "a cite error:" is not taken for one.
_CITE_ERROR = re.compile(
    r"\s*(?:Cite error|Erreur de référence|Error en la cita|Fehler bei Einzelnachweis|Errore nelle note|"
    r"Ошибка в сносках|Erro de citação|Błąd w przypisach)\s?:\s.*?(?:\(see the help page\)\.?|$)",
)


@rule(
    "cite_error.message",
    version=1,
    stage="strip",
    example="Smith (2008), retrieved 2008-12-02  Cite error: Invalid <ref> tag (see the help page).",
)
def strip_inline_cite_error(text: str, ctx: LineContext) -> Rewrite | None:
    """Remove a ``Cite error:`` message: only the message when appended to a reference, the whole line when alone.

    >>> strip_inline_cite_error("Kagan (2000), retrieved 2008-12-02  Cite error: Invalid <ref> tag; "
    ...     'name "Kagan" defined multiple times (see the help page).', None).text
    'Kagan (2000), retrieved 2008-12-02'
    """
    if ":" not in text:
        return None
    fixed = _CITE_ERROR.sub("", text).rstrip()
    return Rewrite(fixed, "appended citation error removed") if fixed != text else None


@rule("citation.marker", version=2, stage="strip", example="established relations in 1992.[1][2]")
def strip_citation_markers(text: str, ctx: LineContext) -> Rewrite | None:
    """Remove footnote markers ``[1]``, ``[12][13]``, ``[note 1]``, ``[a]`` without leaving stray spaces.

    A bracket glued to a one-letter name, or chained after a bracket that was not a marker, is an
    index in code or maths (``d[i][j]``, ``a[1]``), not a footnote:

    >>> strip_citation_markers("in 1992.[1][2] Then [3], it grew", None).text
    'in 1992. Then, it grew'
    >>> strip_citation_markers("Larsen (1985) [1975], Vietnam Studies; array[0] [sic]", None) is None
    True
    >>> strip_citation_markers("where d[i][j] is set and a[1] is first", None) is None
    True
    """
    if "[" not in text:
        return None
    pieces: list[str] = []
    last = 0
    removed_end = -1
    for match in _marker_matches(text):
        if not _is_footnote_position(text, match, removed_end):
            continue
        pieces.append(text[last : match.start()])
        last = removed_end = match.end()
    if not pieces:
        return None
    stripped = "".join(pieces) + text[last:]
    return Rewrite(_tidy(stripped), "citation markers removed")


def _marker_matches(text: str) -> Iterator[re.Match[str]]:
    """The marker matches of ``text``, left to right, found from its ``[`` characters.

    Equivalent to ``_NUMERIC_MARKER.finditer(text)``, but the pattern is only tried where a
    bracket opens (with the space before it), instead of at every position of a long paragraph.
    """
    position = text.find("[")
    while position != -1:
        match = None
        if position > 0 and text[position - 1].isspace():
            match = _NUMERIC_MARKER.match(text, position - 1)
        if match is None:
            match = _NUMERIC_MARKER.match(text, position)
        if match is not None:
            yield match
            position = text.find("[", match.end())
        else:
            position = text.find("[", position + 1)


_GLUED_NAME = re.compile(r"(?<![\w])([^\W\d_])$")
_INDEX_CHAIN = re.compile(r"\[[a-z]{1,2}\]")


def _is_footnote_position(text: str, match: re.Match[str], removed_end: int) -> bool:
    """Whether a bracket that reads like a marker sits where footnotes sit, not where indices do."""
    start = match.start()
    if text[start].isspace():
        return True
    before = text[max(start - 2, 0) : start]  # two characters decide: ``a[1]`` vs ``ab[1]``
    if before.endswith("]"):
        return removed_end == start  # chained only after a real marker: ``[1][2]``, not ``d[i][j]``
    if _GLUED_NAME.search(before):
        return False  # one-letter name: ``a[1]``, ``d[i]``
    following = text[match.end() : match.end() + 4]
    return not (_INDEX_CHAIN.fullmatch(match.group()) and _INDEX_CHAIN.match(following))


@rule("citation.maintenance_tag", version=1, stage="strip", example="Korea is large.[citation needed]")
def strip_maintenance_tags(text: str, ctx: LineContext) -> Rewrite | None:
    """Remove inline maintenance tags: ``[citation needed]``, ``[who?]``, ``[dubious – discuss]`` …

    Editorial brackets are content:
    >>> strip_maintenance_tags("He said [the troops] were gone [sic].", None) is None
    True
    >>> strip_maintenance_tags("It grew [clarification needed] fast.[when?]", None).text
    'It grew fast.'
    """

    def replace(match: re.Match[str]) -> str:
        return "" if _TAG_WORDS.match(match.group(1).strip()) else match.group(0)

    if "[" not in text:
        return None
    stripped = _BRACKETED.sub(replace, text)
    return Rewrite(_tidy(stripped), "maintenance tags removed") if stripped != text else None


@rule("citation.backlinks", version=2, stage="edit", example="1. ^ a b Balfour, Frederik (1996)")
def strip_reference_backlinks(text: str, ctx: LineContext) -> Rewrite | None:
    """Remove the ``^ a b`` jump-back links at the start of a reference entry; the number stays.

    Lower-case words are taken as back-links only when they run a, b, c…, so an author such as
    "de Gaulle" survives:
    >>> strip_reference_backlinks("  2. ^ de Gaulle, Charles (1954)", None).text
    '  2. de Gaulle, Charles (1954)'
    >>> strip_reference_backlinks("1. ^ a b Balfour (1996)", None).text
    '1. Balfour (1996)'
    >>> strip_reference_backlinks("↑ a et b Pierre Boisard, Le Camembert", None).text
    'Pierre Boisard, Le Camembert'
    >>> strip_reference_backlinks("  a. ^ Also spelled Lechfeldschlacht.", None).text
    '  a. Also spelled Lechfeldschlacht.'
    """
    if not signals.REFERENCE_ENTRY.match(text):
        return None
    match = _BACKLINKS.match(text)
    if match is None:
        return None
    letters = [word for word in match.group("letters").split() if word not in _CONNECTORS]
    connectors = len(match.group("letters").split()) - len(letters)
    if connectors and (len(letters) < 2 or connectors > 1):
        letters = ["not a run"]  # "↑ e Silva": a lone connector is a word of the entry
    if letters and letters != [chr(ord("a") + i) for i in range(len(letters))]:
        start = match.start("letters")
        fixed = match.group("lead") + text[start:].lstrip()
    else:
        fixed = match.group("lead") + text[match.end() :]
    return Rewrite(fixed, "reference back-links removed") if fixed != text else None


_DOUBLED_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"(?<=\w) +(?=[.,;:!?](?:\s|$))")


def _tidy(text: str) -> str:
    """Close the gaps a removal can leave: doubled spaces and a space before punctuation."""
    return _SPACE_BEFORE_PUNCTUATION.sub("", _DOUBLED_SPACE.sub(" ", text)).rstrip()
