"""Character-level repairs that run on every line before any rule looks at it."""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy.badness import is_bad

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
# Characters that occur in mojibake (Latin-1/cp1252 misreadings), C1 controls, ligatures, surrogates.
_SUSPECT = re.compile(
    "[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122"
    "\ufb00-\ufb06\ud800-\udfff\ufffd\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
)

_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f]")
_INVISIBLES = re.compile("[\u200b\u2060\ufeff\u00ad]")


def needs_ftfy(text: str) -> bool:
    """Whether ftfy could change the line; plain ASCII and clean NFC text skip it (it is the slow step).

    >>> needs_ftfy("plain ascii"), needs_ftfy("Vietnam\u00e2\u20ac\u2122s"), needs_ftfy("Tr\u1ea7n")
    (False, True, False)
    """
    if text.isascii():
        return any((ord(c) < 32 and c != "\t") or c == "\x7f" for c in text)
    return bool(_SUSPECT.search(text)) or not unicodedata.is_normalized("NFC", text)


@rule("encoding.mojibake", version=1, stage="normalize", example="Vietnam\u00e2\u20ac\u2122s policy")
def fix_mojibake(text: str, ctx: LineContext) -> Rewrite | None:
    """Repair mojibake and stray control characters with ftfy; the ledger records ftfy's steps.

    A line that is merely non-ASCII (Vietnamese, Korean, curly quotes) is left as it is:
    >>> fix_mojibake("Tr\u1ea7n \u0110\u1ee9c L\u01b0\u01a1ng \u2019", None) is None
    True
    """
    if not needs_ftfy(text):
        return None
    if text.isascii() or is_bad(text) or not unicodedata.is_normalized("NFC", text) or _SUSPECT.search(text):
        fixed, steps = ftfy.fix_and_explain(text, config=_FTFY_CONFIG)
        if fixed != text:
            described = ", ".join(f"{kind} {name}" for kind, name in (steps or []))
            return Rewrite(fixed, f"ftfy: {described}" if described else "ftfy")
    return None


@rule("whitespace.odd_spaces", version=1, stage="normalize", example="retrieved 2007-03-27\u00a0")
def normalize_odd_spaces(text: str, ctx: LineContext) -> Rewrite | None:
    """Turn non-breaking and typographic spaces into plain spaces; drop zero-width and soft-hyphen marks."""
    if text.isascii():
        return None
    fixed = _INVISIBLES.sub("", _ODD_SPACES.sub(" ", text))
    return Rewrite(fixed, "odd spaces normalised") if fixed != text else None


@rule("whitespace.trailing", version=1, stage="normalize", example="Seoul is the capital.   ")
def strip_trailing_whitespace(text: str, ctx: LineContext) -> Rewrite | None:
    """Remove trailing spaces and tabs (leading indentation is kept: it can be structure)."""
    fixed = text.rstrip()
    return Rewrite(fixed, "trailing whitespace removed") if fixed != text else None
