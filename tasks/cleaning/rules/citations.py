"""Inline citation markers, maintenance tags, reference back-links and ``Cite error`` messages.

Brackets that are content stay: ``[sic]``, editorial insertions such as ``[the soldiers]``,
ellipses ``[…]``, translated titles ``[Current status …]``, and a four-digit year after a
space, which in a reference is the original publication year (``(1985) [1975]``). A number in
brackets is a marker when it is glued to the word or punctuation before it (``war.[4]``), or
when it has at most three digits; ``[0]`` is never a footnote, so ``array[0]`` survives.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterator

from tasks.cleaning import signals
from tasks.cleaning.context import LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Rewrite

_NOTE_LABEL = (
    r"(?:note|notes|nb|n|lower-alpha|upper-alpha|lower-roman|upper-roman|fn|Anm\.|Nota|nota|Note|NB|주|注)"
)
# Persian, Arabic-Indic, Devanagari and Bengali digits: the wikis of those scripts number their
# markers in them (``است[۱]``).
_SCRIPT_DIGIT = "[\u06f0-\u06f9\u0660-\u0669\u0966-\u096f\u09e6-\u09ef]"
_NUMERIC_MARKER = re.compile(
    r"(?<=[^\s\[])\[[1-9]\d{0,3}\]"  # glued: ``war.[4]``, ``1992[1]``
    rf"|(?<=[^\s\[])\[{_SCRIPT_DIGIT}{{1,4}}\]"  # glued, in the page's script: ``است.[۱]``
    r"|\s\[[1-9]\d{0,2}\](?:,?\s?[,–-]?\s?\[[1-9]\d{0,2}\])*(?=[\s.,;:!?)\]]|$)"  # spaced: ``war [4]``, ``[1], [2]``
    rf"|\s?\[{_NOTE_LABEL}\s*\d{{1,3}}\]"  # ``[note 1]``, ``[nb 2]``
    r"|(?<=[\w.,;:!?\"'”’»)])\[[A-Z] [1-9]\d?\]"  # a group note glued on: ``erneuert.[A 1]``, ``»[N 1]``
    r"|(?<=[\w.,;:!?\"'”’»)])\[[a-z]{1,2}\](?=[\s.,;:!?\[\"'”’»)]|$)"  # lettered: ``word.[a]``
)
_BRACKETED = re.compile(r"\s?\[([^\[\]\n]{1,60})\](?!\()")  # "[Reply](https://…)" is a link
_TAG_WORDS = re.compile(
    r"^(?:[a-z][\w\s,'’-]{0,40}\s)?(?:needed|required)$"
    r"|^(?:who|whom|when|where|which|what|why|how|by whom|according to whom|to whom|by how much|when defined as|"
    r"original research|unreliable (?:medical )?source|improper synthesis|unbalanced opinion|dubious|"
    r"promotional source|self-published source|irrelevant citation|sic|specify|clarify|pronunciation)\?$"
    r"|^(?:dubious|disputed|neutrality is disputed)\s*[–—-]\s*discuss$"
    r"|^(?:failed verification|dead link|permanent dead link|not in citation given|verification|vague|"
    r"weasel words|peacock term|specify|quantify|circular reference|self-published source|inconsistent|"
    r"contradictory|update|needs update|broken anchor|citation not found|excessive citations|"
    r"non sequitur|obsolete source|user-generated source|according to whom|who|when|reply)"
    r"(?:\s*(?:since|as of)?\s*\w* \d{4})?$"
    r"|^(?:Quelle\?|Quelle fehlt|réf\. (?:nécessaire|souhaitée)|référence nécessaire|cita requerida|carece de fontes\?"
    r"|sem fontes|senza fonte|citazione necessaria|источник не указан.{0,20}|нет АИ.{0,20}|potrzebny przypis"
    r"|bron\?|bron nodig|cần dẫn nguồn|출처 필요|要出典|來源請求|来源请求|需要引用"
    r"|lähde\?|källa behövs|kilde mangler|trenger referanse|kilde\?|forrás\?|zdroj\?|treba izvor|potrebna referenca"
    r"|necesită citare|kaynak belirtilmeli|butuh rujukan|perlu rujukan|Beleg fehlt|Belege fehlen|cal citació"
    r"|джерело\?|потрібне джерело|εκκρεμεί παραπομπή|χρειάζεται παραπομπή|نیازمند منبع|بحاجة لمصدر"
    r"|דרוש מקור|उद्धरण चाहिए|स्रोत चाहिए|ต้องการอ้างอิง)$",
    re.IGNORECASE,
)
_BACKLINKS = re.compile(
    r"^(?P<lead>\s*(?:(?:\d{1,4}|[a-z])[.)]?\s*)?)(?:\^|↑|↵)(?:\s*Jump up(?: to:|\s*\^)?)?"
    r"(?P<letters>(?:\s+(?:[a-z]{1,2}|[^\W\d_a-zA-ZА-ЯЁΑ-Ω]|\d{1,3}[.,٫]\d{1,2}|\d{1,2}|et|and|und|e|y|и|및)(?!\w))*)\s*"
)

_CONNECTORS = frozenset({"et", "and", "und", "e", "y", "и", "및"})
_ALPHABET = list(string.ascii_lowercase)  # back-links run a, b, c…
# Wikis in other scripts letter their back-links in their own alphabet's order (Arabic ones in either
# of its two orders). MediaWiki letters them only for two or more links, so a run is at least two long.
_OTHER_ALPHABETS = (
    "абвгдежзиклмнопрстуфхцчшщэюя",
    "αβγδεζηθικλμνξοπρστυφχψω",
    "אבגדהוזחטיכלמנסעפצקרשת",
    "أبتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ",
    "aăâbcdđeêghiklmnoôơpqrstuưvxy",
    "अआइईउऊऋएऐओऔ",  # Devanagari's vowels come first
    "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی",  # Persian
)
# MediaWiki's message names the help page at its end; the label is matched case-sensitively so a
# sentence about "a cite error:" is not taken for one.
_CITE_ERROR_LABELS = (
    r"(?:Cite error|Erreur de référence|Error en la cita|Fehler bei Einzelnachweis|Errore nelle note|"
    r"Ошибка в сносках|Erro de citação|Błąd w przypisach)"
)
_CITE_ERROR = re.compile(rf"\s*{_CITE_ERROR_LABELS}\s?:\s.*?(?:\(see the help page\)\.?|$)")
# Opens with the label, so the engine only stops at the capitals that begin one.
_CITE_ERROR_LABEL = re.compile(_CITE_ERROR_LABELS)


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
    # a line with a colon loses its trailing spaces even when it holds no message
    fixed = (_CITE_ERROR.sub("", text) if _CITE_ERROR_LABEL.search(text) else text).rstrip()
    return Rewrite(fixed, "appended citation error removed") if fixed != text else None


@rule("citation.marker", version=7, stage="strip", example="established relations in 1992.[1][2]")
def strip_citation_markers(text: str, ctx: LineContext) -> Rewrite | None:
    """Remove footnote markers ``[1]``, ``[12][13]``, ``[note 1]``, ``[a]`` without leaving stray spaces.

    A bracket glued to a one-letter name, or chained after a bracket that was not a marker, is an
    index in code or maths (``d[i][j]``, ``a[1]``), not a footnote:

    >>> strip_citation_markers("in 1992.[1][2] Then [3], it grew", None).text
    'in 1992. Then, it grew'
    >>> strip_citation_markers("soils worldwide [1], [2]. As Eklund et al. [15]. showed [6]–[9]", None).text
    'soils worldwide. As Eklund et al. showed'
    >>> strip_citation_markers("Larsen (1985) [1975], Vietnam Studies; array[0] [sic]", None) is None
    True
    >>> strip_citation_markers("where d[i][j] is set and a[1] is first", None) is None
    True

    A unit after a number, or a letter of another script, is a word; a note glued to a closing
    guillemet goes too:

    >>> strip_citation_markers("до 0,4 м[4], a drop of 3 m[5] and « Brunec »[N 1].", None).text
    'до 0,4 м, a drop of 3 m and « Brunec ».'

    A line that opens with an assignment is a statement of code, whose brackets are indices:

    >>> strip_citation_markers("    total += arr[i]", None) is None
    True
    """
    if "[" not in text or _is_code_line(text):
        return None
    spans: list[tuple[int, int]] = []
    removed_end = -1
    for match in _bracket_matches(_NUMERIC_MARKER, text):
        if _is_footnote_position(text, match, removed_end):
            spans.append((match.start(), match.end()))
            removed_end = match.end()
    return Rewrite(_remove_spans(text, spans), "citation markers removed") if spans else None


def _bracket_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, left to right, found from its ``[`` characters.

    For a pattern whose every match opens with ``[`` or with the space just before one, this
    equals ``pattern.finditer(text)``, but the pattern is only tried where a bracket opens,
    instead of at every position of a long paragraph.
    """
    position = text.find("[")
    while position != -1:
        match = None
        if position > 0 and text[position - 1].isspace():
            match = pattern.match(text, position - 1)
        if match is None:
            match = pattern.match(text, position)
        if match is not None:
            yield match
            position = text.find("[", match.end())
        else:
            position = text.find("[", position + 1)


def _is_code_line(text: str) -> bool:
    """A statement of code: it opens with an assignment, or it ends with ``;`` or ``{`` and holds a
    call or an assignment.

    >>> _is_code_line('    printf("%g", buf[3]);'), _is_code_line("    total += arr[i]")
    (True, True)
    >>> _is_code_line("It was renamed in 1990.[3]")
    False
    """
    if _CODE_STATEMENT.match(text):
        return True
    return text.rstrip().endswith((";", "{")) and ("=" in text or "(" in text)


# ``x = …``, ``total += …``, ``grid[0][1] = …``: an assignment opening the line.
_CODE_STATEMENT = re.compile(r"\s*[A-Za-z_][\w.]*(?:\[[^\]]{0,40}\])*\s*[-+*/%|&]?=(?!=)\s")
# A one-letter name in code: a Latin letter with no letter, and no combining mark, before it
# (``a[1]``; the ``ำ`` of Thai ``น้ำ[2]`` follows a tone mark, which ``\w`` does not match, and
# ends a word). A letter of another script is a word of its language ("м", a metre).
_GLUED_NAME = re.compile(r"(?<![\w\u0300-\u036f\u0900-\u0dff\u0e31-\u0e4e])([A-Za-z])$")
# A unit after a number ("3 m[4]"): a one-letter word, but no name in code.
_UNIT_AFTER_NUMBER = re.compile(r"\d\s[^\W\d_]$")
_INDEX_CHAIN = re.compile(r"\[[a-z]{1,2}\]")


def _is_footnote_position(text: str, match: re.Match[str], removed_end: int) -> bool:
    """Whether a bracket that reads like a marker sits where footnotes sit, not where indices do."""
    start = match.start()
    if _opens_entry(text, match):
        return False
    if text[start].isspace():
        return True
    previous = text[start - 1] if start else ""
    if previous == "]":
        return removed_end == start  # chained only after a real marker: ``[1][2]``, not ``d[i][j]``
    # two characters decide: ``a[1]`` vs ``ab[1]``; the pattern needs a letter (or a final line break) there
    if (
        (previous.isalnum() or previous == "\n")
        and _GLUED_NAME.search(text[max(start - 2, 0) : start])
        and not _UNIT_AFTER_NUMBER.search(text[max(start - 3, 0) : start])
    ):
        return False  # one-letter name: ``a[1]``, ``d[i]``
    if not "a" <= text[start + 1] <= "z":
        return True  # not a lettered bracket, so not the first of a chain of indices
    following = text[match.end() : match.end() + 4]
    return not (_INDEX_CHAIN.fullmatch(match.group()) and _INDEX_CHAIN.match(following))


def _opens_entry(text: str, match: re.Match[str]) -> bool:
    """Whether the bracket numbers the entry its line opens: "    [1] Survey script and results".

    A footnote follows the words it annotates; a bracket before a line's first word, and a word
    after it, is the number of a reference or note.
    """
    if text[: match.start()].strip():
        return False
    first = text[match.end() : match.end() + 2]
    return len(first) == 2 and first[0] == " " and (first[1].isalnum() or first[1] in "\"“'«")


@rule("citation.maintenance_tag", version=3, stage="strip", example="Korea is large.[citation needed]")
def strip_maintenance_tags(text: str, ctx: LineContext) -> Rewrite | None:
    """Remove inline maintenance tags: ``[citation needed]``, ``[who?]``, ``[dubious – discuss]`` …

    Editorial brackets are content:
    >>> strip_maintenance_tags("He said [the troops] were gone [sic].", None) is None
    True
    >>> strip_maintenance_tags("It grew [clarification needed] fast.[when?]", None).text
    'It grew fast.'
    """
    if "[" not in text:
        return None
    spans = [
        (match.start(), match.end())
        for match in _bracket_matches(_BRACKETED, text)
        if _TAG_WORDS.match(match.group(1).strip())
    ]
    return Rewrite(_remove_spans(text, spans), "maintenance tags removed") if spans else None


def _is_letter_run(words: list[str]) -> bool:
    """``أ ب ت…`` or ``а б в…``: back-links lettered from the start of another script's alphabet.

    >>> _is_letter_run(["أ", "ب"]), _is_letter_run(["а"]), _is_letter_run(["б", "в"])
    (True, False, False)
    """
    return len(words) >= 2 and any("".join(words) == alphabet[: len(words)] for alphabet in _OTHER_ALPHABETS)


def _is_number_run(words: list[str]) -> bool:
    """``1 2 3…``: back-links numbered from one, at least two of them; or MediaWiki's default
    ``4.0 4.1 4.2``, the note's number and each link's from zero.

    >>> _is_number_run(["1", "2"]), _is_number_run(["4.0", "4.1"]), _is_number_run(["1.5"])
    (True, True, False)
    """
    if len(words) < 2:
        return False
    if words == [str(n) for n in range(1, len(words) + 1)]:
        return True
    # Greek and Persian wikis write the decimal mark as their language does: "2,0 2,1", "۱٫۰ ۱٫۱"
    mark = next((c for c in words[0] if c in ".,٫"), ".")
    numbers = [_ascii_digits(word) for word in words]
    note = numbers[0].split(mark)[0]
    return numbers == [f"{note}{mark}{n}" for n in range(len(words))]


def _ascii_digits(word: str) -> str:
    """``۱٫۰`` as ``1٫0``: the digits of any script in ASCII, the marks kept."""
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in word)


# A strip rule since version 3 (an edit rule before): the entry's text is final before anything
# judges it, so the settling pass finds a reference list already judged instead of cleaning every
# entry a second time.
@rule("citation.backlinks", version=8, stage="strip", example="1. ^ a b Balfour, Frederik (1996)")
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

    Mirrors print the links' hidden label, and wikis off Wikipedia number them by default:

    >>> strip_reference_backlinks("1. ^ Jump up to: a b Hartley, Joan (1998)", None).text
    '1. Hartley, Joan (1998)'
    >>> strip_reference_backlinks("↑ 1.0 1.1 Varga, Odile (2019)", None).text
    'Varga, Odile (2019)'

    A preprint server's pages print the link as a return arrow:

    >>> strip_reference_backlinks("  3. ↵ Reyes A, Dunmore K. 2020. Tract stability.", None).text
    '  3. Reyes A, Dunmore K. 2020. Tract stability.'

    Russian Wikipedia numbers its back-links; a lone number is the entry's own (a date):

    >>> strip_reference_backlinks("↑ 1 2 Арциховский А. В. (1953)", None).text
    'Арциховский А. В. (1953)'
    >>> strip_reference_backlinks("↑ 1 июня 2020 года.", None).text
    '1 июня 2020 года.'

    Other scripts letter them in their alphabet's order; a one-letter word that starts an entry stays:

    >>> strip_reference_backlinks("↑ أ ب سليم الأيوبي، الجسور الحجرية", None).text
    'سليم الأيوبي، الجسور الحجرية'
    >>> strip_reference_backlinks("↑ в кн.: Очерки истории", None).text
    'в кн.: Очерки истории'
    """
    if ("^" not in text and "↑" not in text and "↵" not in text) or not signals.REFERENCE_ENTRY.match(text):
        return None
    match = _BACKLINKS.match(text)
    if match is None:
        return None
    words = match.group("letters").split()
    letters = [word for word in words if word not in _CONNECTORS]
    connectors = len(words) - len(letters)
    if connectors and (len(letters) < 2 or connectors > 1):
        letters = ["not a run"]  # "↑ e Silva": a lone connector is a word of the entry
    if (
        letters
        and letters != _ALPHABET[: len(letters)]
        and not _is_number_run(letters)
        and not _is_letter_run(letters)
    ):
        start = match.start("letters")
        fixed = match.group("lead") + text[start:].lstrip()
    else:
        fixed = match.group("lead") + text[match.end() :]
    return Rewrite(fixed, "reference back-links removed") if fixed != text else None


_CLOSING_PUNCTUATION = ".,;:!?"


def _remove_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the ``spans``, each gap closed where it was cut and nowhere else.

    A cut between two spaces keeps one; a space left before the punctuation that followed a
    marker goes ("war [4]." → "war."); a full stop after an abbreviation's ("et al. [15].")
    is not doubled; a cut at the end leaves no trailing space. The rest of the line keeps its
    spacing: two spaces after a full stop, or French spacing before a colon, are the author's.

    >>> _remove_spans("in 1992 [4]. Then  more", [(7, 11)])
    'in 1992. Then  more'
    >>> _remove_spans("touristique [réf. nécessaire] : plusieurs", [(11, 29)])
    'touristique : plusieurs'
    """
    out = text[: spans[0][0]]
    for number, (_, end) in enumerate(spans):
        following = text[end : spans[number + 1][0]] if number + 1 < len(spans) else text[end:]
        if not following.strip() and number + 1 == len(spans):
            out, following = out.rstrip(), ""
        elif out.endswith(" ") and following.startswith(" "):
            following = following.lstrip(" ")
        elif out.endswith(" ") and following[:1] in _CLOSING_PUNCTUATION and following[:1]:
            out = out.rstrip(" ")
        if following.startswith(".") and out.endswith("."):
            following = following[1:]
        out += following
    return out
