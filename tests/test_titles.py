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

# The same paragraph hard-wrapped at 72 columns, as RFCs, ebooks and mail lay text out.
WRAPPED = [
    "The committee met on Tuesday and agreed to fund the new footbridge over",
    "the river, after a long debate about the cost of the approach ramps and",
    "the question of who would pay for the lighting once the bridge was open",
    "to walkers and to cyclists, which the county had promised to settle by",
    "the end of the summer, when the first of the ramps would be poured.",
]

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
    "a saved <title> under a skip link, the heading below it": (
        [
            "メインコンテンツにスキップ",
            "Sediment pulses below small weirs | Riverlit Research",
            "Riverlit Research",
            "Search",
            "Sediment pulses below small weirs",
            "Sediment pulses below small weirs (a reading in another script)",
            PARAGRAPH,
        ],
        "Sediment pulses below small weirs",
    ),
    "a forum under a Czech skip link, its name and motto over its menus": (
        [
            "Přeskočit na obsah",
            "",
            "Fórum Kutil Šroubek",
            "Poradna pro stavbu a domácí práce",
            "",
            "Rychlé odkazy",
            "FAQ",
            "Přihlásit se",
            "",
            "Vlhký sklep ve starém domě – co pomůže?",
            "",
            PARAGRAPH,
        ],
        "Vlhký sklep ve starém domě – co pomůže?",
    ),
    "a question's <title> ending in the site's name, which heads the site's menu": (
        [
            "How do I stop my pickling bed turning sour? - AskBox",
            "",
            "Skip to main content",
            "AskBox",
            "Help",
            "Log in",
            "Ask a question",
            "",
            "Home › Food › Pickles",
            "",
            "How do I stop my pickling bed turning sour? I stir it twice a day.",
            PARAGRAPH,
        ],
        "How do I stop my pickling bed turning sour?",
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
    "newsletter title with its season, over a hard-wrapped paragraph": (
        [
            "View this email in your browser: https://mail.example.net/v/2f81",
            "",
            "THE MILL LANE LETTER - Spring 2024",
            "",
            "NEWS FROM THE COMMITTEE",
            "",
            *WRAPPED,
        ],
        "THE MILL LANE LETTER - Spring 2024",
    ),
    "specification: a two-column header block over a centred title": (
        [
            "Network Working Group                                        A. Kerr",
            "Request for Comments: 9990                             Marrow Networks",
            "Category: Informational                                      May 2024",
            "",
            "           Footbridge Telemetry: A Line-Oriented Message Format",
            "",
            "Abstract",
            "",
            *WRAPPED,
        ],
        "Footbridge Telemetry: A Line-Oriented Message Format",
    ),
    "ebook: the centred title after the START marker, not the catalogue line": (
        [
            "The Marrow Library eBook of The Footbridge, by Ada Kerr",
            "",
            "This ebook is for the use of anyone anywhere in the United States and",
            "most other parts of the world at no cost and with almost no restrictions",
            "whatsoever.",
            "",
            "*** START OF THE MARROW LIBRARY EBOOK THE FOOTBRIDGE ***",
            "",
            "                            THE FOOTBRIDGE",
            "",
            "                                 BY",
            "                              ADA KERR",
            "",
            *WRAPPED,
            "",
            "*** END OF THE MARROW LIBRARY EBOOK THE FOOTBRIDGE ***",
        ],
        "THE FOOTBRIDGE",
    ),
    "Usenet post: the Subject line, without its field name": (
        [
            "Path: news.example.net!not-for-mail",
            "From: Ada Kerr <ada@example.net>",
            "Newsgroups: uk.local.marrow",
            "Subject: Re: Footbridge approach ramps too steep?",
            "Date: Tue, 12 Mar 2024 10:12:03 +0000",
            "Message-ID: <a81f@example.net>",
            "",
            *WRAPPED,
        ],
        "Re: Footbridge approach ramps too steep?",
    ),
    "journal page: a title as long as a sentence, under the site's links": (
        [
            "Skip to Article Content",
            "Skip to Article Information",
            "Marrow Academic Library",
            "Log in",
            "Sediment pulses below small weirs in upland streams of the Marrow catchment during winter floods",
            "Mira Holt, Jonas Eide, Petra Lund",
            "Abstract",
            PARAGRAPH,
        ],
        "Sediment pulses below small weirs in upland streams of the Marrow catchment during winter floods",
    ),
    "news page: a long standfirst under its title": (
        [
            "The Marrow Gazette",
            "Sign in",
            "Footbridge over the Tamsin approved",
            "Councillors back the crossing after two years of argument over the cost of its ramps",
            PARAGRAPH,
        ],
        "Footbridge over the Tamsin approved",
    ),
    "site head: the first line is the site's name, not the title": (
        [
            "Next Article in Journal",
            "Marrow Journal of Rivers",
            "Journals",
            "About",
            "Sign In / Sign Up",
            "Sediment pulses below small weirs in upland streams",
            PARAGRAPH,
        ],
        "Sediment pulses below small weirs in upland streams",
    ),
    "title printed twice, under a longer breadcrumb step printed once": (
        [
            "Skip to main content",
            "4.2: Logistic Population Growth",
            "Home",
            "Introductory Ecology (Marsh and Adebayo)",
            "4: Populations",
            "",
            "4.2: Logistic Population Growth",
            PARAGRAPH,
        ],
        "4.2: Logistic Population Growth",
    ),
    "blog: its name and motto above its menu, the post's title below": (
        [
            "Muddy Gaiters",
            "Walks, wet socks and the occasional summit in the hills of Wales and the Marches",
            "Menu",
            "Home",
            "About",
            "",
            "Three days on the Carneddau: a loop from Ogwen",
            PARAGRAPH,
        ],
        "Three days on the Carneddau: a loop from Ogwen",
    ),
    "paper: a long title with a question inside it": (
        [
            "Skip to main content",
            "Frontiers in Everyday Computing",
            "Fewer categories, faster choices? Menu structure and decision time at cafeteria kiosks",
            "Mira Holt, Jonas Eide",
            "Abstract",
            PARAGRAPH,
        ],
        "Fewer categories, faster choices? Menu structure and decision time at cafeteria kiosks",
    ),
    "web-archive record of a home page: its <title> is the site's name": (
        [
            "WARC/1.0",
            "WARC-Type: conversion",
            "WARC-Target-URI: https://www.crumbandkettle.example/",
            "Content-Type: text/plain",
            "",
            "Crumb & Kettle Bakery",
            "Home",
            "Our Bread",
            "Baked before sunrise, every day since 1987",
            PARAGRAPH,
            "© 2026 Crumb & Kettle Bakery. https://www.crumbandkettle.example/",
        ],
        "Crumb & Kettle Bakery",
    ),
    "community wiki: the title over the page's tools, under the wiki's name": (
        [
            "Harbour Lights Wiki",
            "Sign In",
            "Register",
            "Explore",
            "Harbour Lights Wiki",
            "412 pages",
            "in: Episodes, Season 2 episodes",
            "The Lantern Keeper",
            "Sign in to edit",
            "History",
            "Talk (0)",
            PARAGRAPH,
            "Synopsis[]",
            PARAGRAPH,
            "Plot[]",
            PARAGRAPH,
        ],
        "The Lantern Keeper",
    ),
    "book named twice by the page, its chapter's title printed once and far longer": (
        [
            "Skip to main content",
            "Ageing and the Digital State",
            "Chapter",
            "Hamburger or Tab Bar? Navigation Menus and Older Adults in Municipal Service Apps",
            "Cite this chapter",
            "Ageing and the Digital State",
            "Abstract",
            PARAGRAPH,
        ],
        "Hamburger or Tab Bar? Navigation Menus and Older Adults in Municipal Service Apps",
    ),
    "preprint's Title: field under a submission note in brackets": (
        [
            "Skip to main content",
            "We gratefully acknowledge support from the Halberd Foundation and all our contributors.",
            "Computer Science > Machine Learning",
            "[Submitted on 4 Mar 2025 (v1), last revised 19 Jun 2025 (this version, v2)]",
            "Title:Sparse routing without collapse in small mixture-of-experts models",
            "Authors:Mei Lin, Oluwaseun Adebayo, Sofia Brandt",
            PARAGRAPH,
        ],
        "Sparse routing without collapse in small mixture-of-experts models",
    ),
    "article over authors who each carry the same button": (
        [
            "Skip to Article Content",
            "Search within",
            "RESEARCH ARTICLE",
            "Sediment trapping by reconnected floodplain wetlands during flood pulses",
            "Priya Natarajan",
            "Search for more papers by this author",
            "Tomás Herrera",
            "Search for more papers by this author",
            "Ingrid Solberg",
            "Search for more papers by this author",
            "Kwame Asante",
            "Search for more papers by this author",
            "First published: 14 February 2024",
            PARAGRAPH,
        ],
        "Sediment trapping by reconnected floodplain wetlands during flood pulses",
    ),
    "long article title under a journal's crumb trail": (
        [
            "Skip to main content",
            "West African Journal of Library Science",
            "About the Journal",
            "Editorial Team",
            "Home / Archives / Vol. 12 No. 3 (2021) / Articles",
            "Open Access Uptake in West African University-Hosted Journals, 2010–2020: Evidence "
            "from Journal Websites and Registry Records",
            "Chiamaka Okafor",
            PARAGRAPH,
        ],
        "Open Access Uptake in West African University-Hosted Journals, 2010–2020: Evidence "
        "from Journal Websites and Registry Records",
    ),
    "article over its record dates joined by slashes": (
        [
            "Skip to main content",
            "Journals",
            "Topics",
            "Open AccessArticle",
            "Repair Cafés and the Lifespan of Household Appliances in Three Cities",
            "by Katarzyna Wolska and Sofía Benedetti",
            "Submission received: 12 December 2025 / Revised: 20 January 2026 / Accepted: 3 February 2026",
            "Abstract",
            PARAGRAPH,
        ],
        "Repair Cafés and the Lifespan of Household Appliances in Three Cities",
    ),
    "wiki's mobile skin: the title over its tools, a short description under them": (
        [
            "Open main menu",
            "Home",
            "Random",
            "Log in",
            "Settings",
            "Donate Now If Wikipedia is useful to you, please give today and keep it free for everyone.",
            "About Wikipedia",
            "Disclaimers",
            "Wikipedia The Free Encyclopedia",
            "Search",
            "Search Wikipedia",
            "",
            "Cuthbert Rennick",
            "Language",
            "Watch",
            "Edit",
            "English botanist and plant collector (1814–1883)",
            "For the Australian cricketer, see Cuthbert Rennick (cricketer).",
            "Cuthbert Rennick (14 March 1814 – 2 November 1883) was an English botanist who collected "
            "cinchona seed in the Andes for the Royal Botanic Gardens at Kew.",
        ],
        "Cuthbert Rennick",
    ),
    "blog post over its byline in Portuguese": (
        [
            "Pular para o conteúdo",
            "Horta na Varanda",
            "Início",
            "Receitas",
            "Como fazer mudas de manjericão a partir de estacas",
            "Publicado em 14 de setembro de 2023 por Luciana Prado",
            PARAGRAPH,
        ],
        "Como fazer mudas de manjericão a partir de estacas",
    ),
    "converted page whose search box prints as a top-level heading": (
        [
            "Skip to content",
            "# Search code, repositories, users, issues, pull requests...",
            "# Tallyho release notes",
            PARAGRAPH,
        ],
        "Tallyho release notes",
    ),
    "paper printed to PDF, its title wrapped over two lines": (
        [
            "Journal of Small Rivers 12 (2025) 41–58",
            "",
            "Contents lists available at RiverDocs",
            "",
            "Sediment pulses below small weirs in upland streams of the",
            "northern uplands: a ten-year record from six catchments",
            "",
            "Mira Holt a,∗, Jonas Eide b, Petra van Lund a",
            "a Department of Geography, University of Marrow, Marrow, United Kingdom",
            "",
            "Abstract",
            PARAGRAPH,
        ],
        "Sediment pulses below small weirs in upland streams of the northern uplands: "
        "a ten-year record from six catchments",
    ),
    "report printed to PDF, its title running on in lower case": (
        [
            "Marrow Water Forum",
            "TECHNICAL REPORT",
            "Second edition",
            "Sediment pulses and fish passage — Monitoring and reporting",
            "methods for small weirs",
            "",
            PARAGRAPH,
            "© 2025 Marrow Water Forum. All rights reserved.",
        ],
        "Sediment pulses and fish passage — Monitoring and reporting methods for small weirs",
    ),
    "paper printed to PDF under its article kind, its abstract wrapped wide": (
        [
            "Research Note",
            "Sediment pulses below small weirs: Fish Passage and",
            "Channel Recovery in Upland Streams",
            "",
            "Journal of Small Rivers",
            "© The Author(s) 2025",
            "",
            "Mira Holt",
            "2Institute of Freshwater Ecology, Marrow",
            "",
            "Abstract",
            "Across the upland catchments of the north, a growing number of small weirs built for mills",
            "and fish farms are being removed or lowered, and the sediment stored behind them moves on.",
            "We followed twelve removals for six years and describe what the pulses did downstream.",
        ],
        "Sediment pulses below small weirs: Fish Passage and Channel Recovery in Upland Streams",
    ),
    "statistical bulletin printed to PDF, its title naming a period and heading every page": (
        [
            "Marrow Statistics Office",
            "Statistical bulletin",
            "Footbridge crossings, Marrow: April to June 2025",
            "Counts of walkers and cyclists on the county's footbridges.",
            "",
            *[
                line
                for page in range(1, 4)
                for line in (
                    PARAGRAPH,
                    *WRAPPED,
                    f"Page {page} of 3",
                    "Footbridge crossings, Marrow: April to June 2025",
                )
            ],
            PARAGRAPH,
        ],
        "Footbridge crossings, Marrow: April to June 2025",
    ),
    "forum thread under a breadcrumb that points back to the board": (
        [
            "Skip to content",
            "Marrow Anglers' Forum",
            "Quick links",
            "FAQ",
            "Login",
            "Board index ‹ Forum ‹ Building and repairs ‹ Cellars, damp and insulation",
            "Damp cellar in an old house – what really helps?",
            "Post Reply",
            "3 posts • Page 1 of 1",
            PARAGRAPH,
        ],
        "Damp cellar in an old house – what really helps?",
    ),
    "plain-text guide under a banner drawn in slashes and bars": (
        [
            "=" * 70,
            "    __  ___    ____  ____  ____ _       __",
            "   /  |/  /   / __ \\/ __ \\/ __ \\ |     / /",
            "  / /|_/ /   / /_/ / /_/ / / / / | /| / /",
            " /_/  /_/   /_/ |_/_/ |_/\\____/|__/|__/",
            "=" * 70,
            "",
            "Marrow Weirs: A Walker's Guide to the Footbridges",
            "",
            "by Ada Kerr",
            "",
            *WRAPPED,
        ],
        "Marrow Weirs: A Walker's Guide to the Footbridges",
    ),
    "podcast page whose heading drops the episode's number from its <title>": (
        [
            "Ep. 12: Footbridge Stories | The Marrow Hour",
            "",
            "The Marrow Hour",
            "",
            "Episodes",
            "About",
            "Subscribe",
            "",
            "Footbridge Stories",
            "",
            PARAGRAPH,
        ],
        "Footbridge Stories",
    ),
    "news page printed from a browser, its standfirst wrapped under the title": (
        [
            "Local",
            "Footbridge over the Tamsin approved after two-year wait",
            "Councillors backed the plan by nine votes to two, but residents say the fight over",
            "the approach ramps is not finished",
            "",
            PARAGRAPH,
        ],
        "Footbridge over the Tamsin approved after two-year wait",
    ),
    "shop page whose title goes on past the breadcrumb's last step, over a longer delivery line": (
        [
            "Free delivery on orders over £40 | 30-day free returns | Use code SPRING10 for 10% off",
            "Skip to content",
            "Marrow Cookshop",
            "Search",
            "Basket (0)",
            "Home / Kitchen tools / Scales / Tarrow Digital Kitchen Scale 5 kg",
            "Tarrow Digital Kitchen Scale 5 kg, Brushed Steel",
            "£24.99",
            "Add to basket",
            "Delivery options",
            "Standard delivery (3–5 working days): £3.95, free on orders over £40",
            "Click & Collect from 40 stores: free",
            PARAGRAPH,
        ],
        "Tarrow Digital Kitchen Scale 5 kg, Brushed Steel",
    ),
    "Chinese portal page whose <title> sets the site's name after an underscore": (
        [
            "老旧小区加装电梯 居民上楼难有望缓解_北辰新闻网",
            "北辰新闻网",
            "首页",
            "国内",
            "国际",
            "您当前的位置：首页 > 国内 > 社会",
            "老旧小区加装电梯 居民上楼难有望缓解",
            "2025-03-12 08:45:12　来源：岚江日报　作者：周敏",
            "根据新修订的补贴办法，加装电梯的财政补贴分为三档，六层住宅每部补贴二十万元，五层住宅每部补贴十六万元。",
        ],
        "老旧小区加装电梯 居民上楼难有望缓解",
    ),
    "government page with the topics it is part of under its title": (
        [
            "Skip to main content",
            "Menu",
            "Search",
            "Home",
            "Environment and countryside",
            "",
            "Apply for a seasonal mooring permit",
            "",
            "Part of: Coast and marine, Licences and permits",
            "First published: 4 March 2024",
            "",
            PARAGRAPH,
        ],
        "Apply for a seasonal mooring permit",
    ),
    "package index page headed by the package's name in lower case and its version": (
        [
            "[Skip to main content](#content)",
            "Search PkgIndex  Search",
            "  * [Help](/help/)",
            "  * [Log in](/account/login/)",
            "# tidewise 0.9.3",
            "pip install tidewise",
            "Released:  Mar 12, 2025",
            "Harmonic tide prediction and tide-table parsing for small coastal gauge stations",
            PARAGRAPH,
        ],
        "tidewise 0.9.3",
    ),
    "medicine leaflet that opens with the heading every leaflet has": (
        [
            "Package leaflet: Information for the user",
            "",
            "Harvolen 10 mg/g cream",
            "",
            "hydrocortisone",
            "",
            "Read all of this leaflet carefully before you start using this medicine.",
        ],
        "Harvolen 10 mg/g cream",
    ),
    "news page under a ticker of headlines run together": (
        [
            "Trams leave Sienkiewicz Avenue for six weeks | Marrow24.pl",
            "Skip to content",
            "Marrow24.pl",
            "News",
            "Sport",
            "BREAKING",
            "Delays on the ring road after a crash involving three cars • Results of the nursery"
            " admissions are now available • Zatorze: water supply cut on Thursday",
            "Marrow24.pl > News > Transport",
            "Trams leave Sienkiewicz Avenue for six weeks",
            PARAGRAPH,
        ],
        "Trams leave Sienkiewicz Avenue for six weeks",
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_title_found(name: str) -> None:
    lines, title = PAGES[name]
    assert clean_text("\n".join(lines) + "\n").title == title


def test_a_deep_pages_record_does_not_take_the_sites_name() -> None:
    """A record of a thread's page opens with the forum's name: that is no title."""
    lines = [
        "WARC/1.0",
        "WARC-Type: conversion",
        "WARC-Target-URI: http://forum.crumbandkettle.example/viewtopic.php?t=18422",
        "Content-Type: text/plain",
        "",
        "Crumb and Kettle Forum",
        "Board index ‹ Bread ‹ Sourdough",
        "Starter smells of nail polish after a week",
        PARAGRAPH,
        "© 2026 Crumb and Kettle Forum. http://forum.crumbandkettle.example/",
    ]
    assert DocumentContext(lines).title_index == 7


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            ["The valve has three failure modes:", "", "2. Seat erosion", "2.1. Early signs", PARAGRAPH],
            id="a page that opens with its text has no head to name it",
        ),
        pytest.param(
            ["Published 12 March 2024", "", *WRAPPED],
            id="a dateline is no title",
        ),
        pytest.param(
            [
                "Free delivery on orders over £40 | 30-day free returns | Use code SPRING10 for 10% off",
                PARAGRAPH,
            ],
            id="a bar of offers is no title",
        ),
    ],
)
def test_no_title_guessed(lines: list[str]) -> None:
    assert DocumentContext(lines).title_index is None


def test_skip_link_is_never_the_title() -> None:
    lines = ["Skip to main content", "Aller au contenu principal", PARAGRAPH]
    assert DocumentContext(lines).title_index is None


def test_the_last_copy_above_the_text_is_the_title() -> None:
    """A header bar and a breadcrumb print the title above its heading: the heading is the title,
    so the copies above it can go as the bar's and the trail's."""
    lines = [
        "Skip to main content",
        "Footbridge approved after two-year wait",
        "Home",
        "News",
        "Footbridge approved after two-year wait",
        "",
        "Footbridge approved after two-year wait",
        "By Ada Kerr",
        PARAGRAPH,
    ]
    assert DocumentContext(lines).title_index == 6


def test_a_code_hosts_readme_is_titled_by_the_line_under_its_tab() -> None:
    """A project's name heads its README under the host's "README" tab, often in lower case."""
    lines = [
        "Skip to content", "Sign in", "Sign up", "meridian-labs / pikelet", "Public", "Notifications",
        "Fork 12", "Star 340", "Code", "Issues 4", "Pull requests 1", "Actions", "Security", "Insights",
        "main", "Go to file", "Code", "Latest commit", "History", "86 Commits", "src", "Add key inference",
        "3 days ago", "tests", "Fix header parsing", "last week", "README.md", "readme: document --keys",
        "2 weeks ago", "README", "MIT license", "",
        "pikelet",
        "Structural diffs for CSV files. pikelet compares two tables by key instead of by line.",
        "", "Install", "pip install pikelet",
    ]  # fmt: skip
    assert DocumentContext(lines).title_index == lines.index("pikelet")


def test_a_title_field_whose_value_is_printed_as_a_heading_gives_way_to_it() -> None:
    """A reader service heads its export with ``Title:``, then the page prints the same words as its
    heading: the heading is the title, and the field is the export's metadata."""
    lines = [
        "Title: The otters came back before we noticed",
        "URL Source: https://alder.example/p/otters",
        "Markdown Content:",
        "The otters came back before we noticed",
        "=======================================",
        PARAGRAPH,
    ]
    assert DocumentContext(lines).title_index == 3


def test_a_part_printed_over_every_panel_is_no_echo_of_the_title() -> None:
    """A publisher's name ends the ``<title>`` and heads each of its panels: printed more often
    than a title is, it is the site's name, and the title line is not cut to it."""
    lines = [
        "Boilerplate-aware indexing of web archives | The Computing Review | Kestrel Academic",
        "Kestrel Academic",
        "Journals",
        "Kestrel Academic",
        "Advertisement",
        "Kestrel Academic",
        "Kestrel Academic",
        PARAGRAPH,
    ]
    assert DocumentContext(lines).title_echo(0) is None


def test_the_part_of_a_title_that_a_markdown_heading_echoes_is_its_words() -> None:
    """A ``<title>`` over "# Brown Butter Cookies": the part it stands for has no heading marks."""
    doc = DocumentContext(
        [
            "Brown Butter Cookies (Chewy Centres) - The Crooked Spoon",
            "",
            "# Brown Butter Cookies (Chewy Centres)",
        ]
    )
    assert doc.title_part(0, 2) == "Brown Butter Cookies (Chewy Centres)"
