"""Which line names the page (the ``documents.title`` column), on pages without a wiki tagline.

Each page is a small invented head over a paragraph; the title must be found past the skip
links, site names, menus, bylines, dates and author lists a head holds, and a page that opens
with its text, or a cleaned page, must keep its first line as its title.
"""

from __future__ import annotations

import pytest

from tasks.cleaning.context import DocumentContext
from tests.helpers import clean_text

PARAGRAPH = (
    "The committee met on Tuesday and agreed to fund the new footbridge over the river, "
    "after a long debate about the cost of the approach ramps."
)

PAGES = {
    "news page under a skip link, site name and menu": (
        [
            "Skip to main content",
            "The Marrow Gazette",
            "News",
            "Sport",
            "Opinion",
            "Footbridge over the Tamsin approved after two-year wait",
            "By Ada Kerr",
            "12 March 2024",
            PARAGRAPH,
        ],
        "Footbridge over the Tamsin approved after two-year wait",
    ),
    "article under an author list and an affiliation": (
        [
            "Skip to main content",
            "Journal of Small Rivers",
            "Volume 12, Issue 3",
            "Sediment pulses below small weirs in upland streams",
            "Mira Holt, Jonas Eide, Petra Lund",
            "Department of Geography, University of Marrow, Marrow, United Kingdom",
            "Abstract",
            PARAGRAPH,
        ],
        "Sediment pulses below small weirs in upland streams",
    ),
    "top-level heading kept by a converter, under a banner sentence": (
        [
            "Version 3.2 is out: tiered caches and a new purge command, read the release notes now.",
            "[Docs](/docs) [Blog](/blog)",
            "",
            "# Configuring caches",
            "",
            PARAGRAPH,
        ],
        "Configuring caches",
    ),
    "browser print header naming the title printed below": (
        [
            "3/12/24, 2:22 PM\tFootbridge approved | The Marrow Gazette",
            "The Marrow Gazette",
            "News",
            "Footbridge approved",
            PARAGRAPH,
        ],
        "Footbridge approved",
    ),
    "printout repeating its <title> over every page": (
        [
            "Marrow Council — Footbridge consultation: results",
            "Menu",
            "Footbridge consultation: results",
            PARAGRAPH,
            "",
            "Marrow Council — Footbridge consultation: results",
            PARAGRAPH,
            "",
            "Marrow Council — Footbridge consultation: results",
            PARAGRAPH,
        ],
        "Footbridge consultation: results",
    ),
    "byline and date set above the title": (
        ["Skip to main content", "Home", "By Ada Kerr", "12 March 2024", "Footbridge approved", PARAGRAPH],
        "Footbridge approved",
    ),
    "cleaned page: the title first, a longer standfirst under it": (
        [
            "Footbridge approved",
            "Councillors back the long-awaited crossing at the mill after two years of argument",
            PARAGRAPH,
        ],
        "Footbridge approved",
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_title_found(name: str) -> None:
    lines, title = PAGES[name]
    assert clean_text("\n".join(lines) + "\n").title == title


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            ["The valve has three failure modes:", "", "2. Seat erosion", "2.1. Early signs", PARAGRAPH],
            id="a page that opens with its text has no head to name it",
        ),
    ],
)
def test_no_title_guessed(lines: list[str]) -> None:
    assert DocumentContext(lines).title_index is None


def test_skip_link_is_never_the_title() -> None:
    lines = ["Skip to main content", "Aller au contenu principal", PARAGRAPH]
    assert DocumentContext(lines).title_index is None
