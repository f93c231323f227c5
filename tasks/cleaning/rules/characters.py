"""Character-level repairs that run on every line before any rule looks at it."""

from __future__ import annotations

import re
import unicodedata

import ftfy

from tasks.cleaning.context import LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Rewrite

# Curly quotes are kept and full-width forms left alone: both are content in CJK and typeset text.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    explain=True,
)
# UTF-8 read as cp1252 or Latin-1 leaves a lead-byte letter (Â…ô) followed by a continuation-byte
# character (C1 controls, cp1252's punctuation, or Latin-1's symbols); plain accented text, as in
# "café" or "Lý", never has that pair. Control characters, replacement characters, ligatures and
# surrogates are the other things ftfy repairs.
_LEAD = "\u00c2-\u00f4"
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_OTHER = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufb00-\ufb06\ud800-\udfff\ufffd"
_OTHER_REPAIRS = re.compile(f"[{_OTHER}]")

# One character class first, so the regex engine skips plain text in C: a lead-byte letter
# counts only when a continuation character follows it, anything else in the class counts alone.
_NEEDS_REPAIR = re.compile(f"[{_LEAD}{_OTHER}](?:(?<=[{_LEAD}])(?=[{_CONTINUATION}])|(?<![{_LEAD}]))")

_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f]")
_INVISIBLES = re.compile("[\u200b\u2060\ufeff\u00ad]")
_ODD_OR_INVISIBLE = re.compile("[\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\ufeff\u00ad]")


def needs_ftfy(text: str) -> bool:
    """Whether ftfy could change the line; plain ASCII and clean NFC text skip it (it is the slow step).

    >>> needs_ftfy("plain ascii"), needs_ftfy("Vietnam\u00e2\u20ac\u2122s"), needs_ftfy("Tr\u1ea7n caf\u00e9")
    (False, True, False)
    """
    if text.isascii():
        return not text.isprintable() and bool(_OTHER_REPAIRS.search(text))
    if _NEEDS_REPAIR.search(text):
        return True
    return not unicodedata.is_normalized("NFC", text)


@rule("encoding.mojibake", version=1, stage="normalize", example="Vietnam\u00e2\u20ac\u2122s policy")
def fix_mojibake(text: str, ctx: LineContext) -> Rewrite | None:
    """Repair mojibake and stray control characters with ftfy; the ledger records ftfy's steps.

    A line that is merely non-ASCII (Vietnamese, Korean, curly quotes) is left as it is:
    >>> fix_mojibake("Tr\u1ea7n \u0110\u1ee9c L\u01b0\u01a1ng \u2019", None) is None
    True
    """
    if not needs_ftfy(text):
        return None
    fixed, steps = ftfy.fix_and_explain(text, config=_FTFY_CONFIG)
    if fixed == text:
        return None
    described = ", ".join(f"{kind} {name}" for kind, name in (steps or []))
    return Rewrite(fixed, f"ftfy: {described}" if described else "ftfy")


@rule("whitespace.odd_spaces", version=1, stage="normalize", example="retrieved 2007-03-27\u00a0")
def normalize_odd_spaces(text: str, ctx: LineContext) -> Rewrite | None:
    """Turn non-breaking and typographic spaces into plain spaces; drop zero-width and soft-hyphen marks."""
    if text.isascii():
        return None
    if not _ODD_OR_INVISIBLE.search(text):
        return None
    fixed = _INVISIBLES.sub("", _ODD_SPACES.sub(" ", text))
    return Rewrite(fixed, "odd spaces normalised") if fixed != text else None


@rule("whitespace.trailing", version=1, stage="normalize", example="Seoul is the capital.   ")
def strip_trailing_whitespace(text: str, ctx: LineContext) -> Rewrite | None:
    """Remove trailing spaces and tabs (leading indentation is kept: it can be structure)."""
    if not text[-1:].isspace():
        return None
    return Rewrite(text.rstrip(), "trailing whitespace removed")
