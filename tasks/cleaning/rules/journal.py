"""Furniture of academic journal landing pages (Open Journal Systems and similar)."""

from __future__ import annotations

import re

from tasks.cleaning import scopes, signals
from tasks.cleaning.context import ISSN, DocumentContext, LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Drop, Rewrite

_ARTICLE_TOOLS = re.compile(
    r"^(?:Article Tools|Print this article|Indexing metadata|How to cite item|Email this article(?: \(Login required\))?"
    r"|Email the author(?: \(Login required\))?|Finding References|Review policy|About The Authors?|Open Journal Systems"
    r"|Journal Help|User|Username|Password|Remember me|Notifications|Journal Content|Font Size|Information"
    r"|For Readers|For Authors|For Librarians|Browse|By Issue|By Author|By Title|Other Journals|Current Issue"
    r"|Make a Submission|Most Read|Keywords|Make a submission|Downloads?|Download PDF|PDF|Full Text|View|Abstract Views"
    # the article tools of the larger publishing platforms
    r"|(?:Previous|Next) Article(?: in (?:this )?(?:Journal|Issue))?|Cite This|Download citations?|How to download citation"
    r"|Request Permissions|Save to Project|Download References|Add to Citation Alerts|Manage Content Alerts"
    r"|Article overview|Content from these authors|Author information|Browse Figures|Versions Notes"
    r"|Download (?:PDF with Cover|XML|Epub)|Order Article Reprints|Submit to this Journal|Review for this Journal"
    r"|Propose a Special Issue|Check for updates|All Authors|Cites in Papers|Full Text Views|Download PDF \(\d+K\)"
    r"|(?:References|Related articles|Figures|Tables|Supplementary material|Citations|Cited by) \(\d+\)"
    # a mega-journal's badges and tabs over the article, and the close buttons of its author pop-ups
    r"|Open Access|Peer-reviewed|Peer Review|Media Coverage|Browse Subject Areas|[x×⨯✕]"
    # the badge run into the article's type: "Open AccessArticle"
    r"|Open Access ?(?:Article|Review|Communication|Editorial|Letter|Brief Report)"
    # a platform's tabs over the article and its reader's buttons
    r"|Full Article|Figures (?:&|and) data|Reprints (?:&|and) Permissions|Read this article|Cite this article"
    r"|View (?:PDF|EPUB|full text)|Share"
    # a regional library's service panel beside the article, in Spanish, Portuguese and English
    r"|Servicios Personalizados|Serviços Personalizados|Services on Demand|Art[ií]culo|Artigo|Article"
    r"|(?:Español|Português|English|Inglés|Inglês) \(pdf\)|(?:Art[ií]culo|Artigo) e[mn] XML|Revista|Article in xml format"
    r"|Referencias del art[ií]culo|Referências do artigo|References of this article|C[oó]mo citar este art[ií]culo"
    r"|Como citar este artigo|How to cite this article|Traducci[oó]n autom[aá]tica|Tradução automática"
    r"|Automatic translation|Enviar art[ií]culo por (?:e-?mail|correo)|Enviar artigo por e-?mail"
    r"|Send this article by email|Indicadores|Indicators|Citado por [\w ]{1,30}|Cited by [\w ]{1,30}|Accesos|Acessos"
    r"|Links relacionados|Related links|Similares en [\w ]{1,30}|Similares em [\w ]{1,30}|Similars in [\w ]{1,30}"
    r"|Compartir|Compartilhar|Otros|Outros|Others|Permalink|[\w-]{2,20} Analytics|Google Scholar H5M5 \(\d{4}\)"
    # the formats a citation is exported in, with what they suit: "RIS (compatible with EndNote, …)"
    r"|(?:RIS|BibTeX|EndNote|RefWorks|Zotero|Mendeley|ProCite|Add to Mendeley)(?: formatted citation| \([^()]{1,80}\))?"
    r"|Export citations?|Export (?:the )?reference|Exporter (?:la notice|la référence)(?: de cet article)?"
    # a French-language platform's tools beside the article
    r"|Outils|Citer|Citer cet article|Enregistrer|Partager|Télécharger l'article en PDF|Aller au résumé"
    r"|Plus d'informations|Accès libre)$",
    re.IGNORECASE,
)
# Tabs that are also the names of the article's own sections ("References", "Metrics"): one goes
# only inside a run of tools with two tool labels of their own.
_SECTION_TABS = re.compile(
    r"^(?:References|Citations|Cited by|Metrics|Figures|Tables|Comments|Reviews|Related|Recommended|Info"
    r"|Article|Details|Authors|Supplementary (?:material|information|data)|Data|Peer review|Info & Metrics)$",
    re.IGNORECASE,
)
_TABS_NEED_TOOLS = 2
_PANEL_REACH = 12  # lines a panel of tabs can run to either side
# The name of the icon a button's font draws, saved after its label: "Download keyboard_arrow_down".
_ICON_NAME = re.compile(
    r"\s+(?:keyboard_arrow_(?:down|up|left|right)|expand_(?:more|less)|arrow_drop_(?:down|up))$"
)
_TOOL_RUN = 3  # labels in a row: a panel of tools, wherever it stands between the title and the text

_ADJACENT_ARTICLE = re.compile(r"^(?:Previous|Next) Article in (?:this )?(?:Journal|Issue)$", re.IGNORECASE)

# "Email this article (Login required)" and a line break that ``$`` lets through: no label is longer.
_LONGEST_TOOL_LABEL = 40


@rule(
    "journal.refbacks",
    version=2,
    stage="drop",
    max_chars=200,
    example="There are currently no refbacks.",
    where=scopes.mentioning("refback"),
)
def drop_refbacks(text: str, ctx: LineContext) -> Drop | None:
    """The OJS refbacks heading and notice, in any language, which close the article and open the
    site footer."""
    return Drop("journal refbacks notice") if signals.is_refbacks(text) else None


@rule(
    "journal.issn",
    version=3,
    stage="drop",
    max_chars=200,
    example="ISSN 2354-1172",
    where=scopes.mentioning("issn"),
)
def drop_issn(text: str, ctx: LineContext) -> Drop | None:
    """A journal's ISSN line (print, online or e-ISSN).

    A reference that cites an ISSN inside a sentence is content:
    >>> drop_issn("Smith, J. (2001). Trade. Journal of Asia, ISSN 1234-5678, pp. 1-20, retrieved 2002.", None) is None
    True
    """
    if "ISSN" not in text:  # cheaper than the pattern, which needs the word in capitals
        return None
    return Drop("journal ISSN line") if ISSN.match(text) else None


def _journal_page(doc: DocumentContext) -> range:
    return scopes.everywhere(doc) if doc.is_journal else scopes.NOWHERE


@rule(
    "journal.article_tools",
    version=11,
    stage="drop",
    max_chars=200,
    example="Print this article",
    where=_journal_page,
)
def drop_article_tools(text: str, ctx: LineContext) -> Drop | None:
    """Article-tool and sidebar labels of journal sites, when they sit in a journal page's head or
    tail, and in the head the title a "Next Article in Journal" link leads to."""
    label = _tool_label(text)
    if not _is_tool(label):
        if _SECTION_TABS.match(label) and ctx.doc.is_journal and _in_tool_run(ctx):
            return Drop("journal site tab")
        return None if not ctx.in_head else _adjacent_article(label, ctx)
    if not ctx.doc.is_journal:
        return None
    if ctx.in_tail and ctx.index in ctx.doc.tail_record_indices:
        return None  # the heading of the article's own keywords among the closing panels
    if ctx.in_tail or ctx.index in ctx.doc.chrome_indices or ctx.in_head or _in_tool_run(ctx):
        return Drop("journal site tool label")
    return None


def _tool_label(text: str) -> str:
    """A line's label, without the bullets and bars around it and the icon name after it."""
    label = text.strip(" \t•*·|")
    return (
        _ICON_NAME.sub("", label)
        if label.endswith(("_down", "_up", "_left", "_right", "_more", "_less"))
        else label
    )


def _is_tool(label: str) -> bool:
    return len(label) <= _LONGEST_TOOL_LABEL and bool(_ARTICLE_TOOLS.match(label))


def _in_tool_run(ctx: LineContext) -> bool:
    """Whether the label stands among others, one a line, with no blank between: the panel of
    download buttons between a publisher's front matter and its abstract, or the tabs over its
    article ("Full Article", "Figures & data", "References", "Metrics"). The run holds three
    lines or more, two of them tools: a "Keywords" or "Abstract Views" line alone in the body is
    no panel, and a contents list of the article's own sections names no tool."""
    lines = ctx.doc.lines
    length = 1
    tools = 1 if _is_tool(_tool_label(lines[ctx.index])) else 0
    for step in (-1, +1):
        i = ctx.index + step
        while 0 <= i < len(lines) and abs(i - ctx.index) <= _PANEL_REACH and lines[i].strip():
            label = _tool_label(lines[i])
            if _is_tool(label):
                tools += 1
            elif not _SECTION_TABS.match(label):
                break
            length += 1
            i += step
    return length >= _TOOL_RUN and tools >= _TABS_NEED_TOOLS


def _adjacent_article(label: str, ctx: LineContext) -> Drop | None:
    """The title of the article a "Next Article in Journal" link leads to, on the line under it."""
    above = ctx.neighbour(-1)
    if above is None or not _ADJACENT_ARTICLE.match(above.strip()) or signals.is_prose(label):
        return None
    return Drop("title of the journal's next or previous article") if ctx.doc.is_journal else None


def _above_title_or_first_sentence(doc: DocumentContext) -> range:
    title = doc.title_index
    return range(title if title is not None else doc.lead_end)


@rule(
    "journal.masthead",
    version=4,
    stage="drop",
    max_chars=120,
    example="Volume 42, September 2020, 101876",
    where=_above_title_or_first_sentence,
)
def drop_journal_masthead(text: str, ctx: LineContext) -> Drop | None:
    """The journal's name and the issue line that a publisher prints above an article's title.

    Only above the page title (or, with no title found, above the first sentence): the same name
    in a reference or in the body is content.
    >>> drop_journal_masthead("Journal of Urban Ecology was founded in 1990.", None) is None
    True
    """
    if ctx is None:
        return None
    title = ctx.doc.title_index  # the position test first: most lines lie below the title
    if ctx.index >= (title if title is not None else ctx.doc.lead_end):
        return None
    stripped = text.strip()
    if not (signals.JOURNAL_NAME.match(stripped) or signals.VOLUME_LINE.match(stripped)):
        return None
    return Drop("journal masthead above the title")


# The links a publisher prints beside each author's name, to find the author's other papers or
# open the affiliation panel.
_AUTHOR_LINK = re.compile(
    r"^(?:Search for more papers by this author|(?:You can )?(?:also )?search for this author in:?"
    r"(?:\s+(?:PubMed|Google Scholar|Scopus|ORCID))*|View author publications|View ORCID Profile"
    r"|Author links open overlay panel|(?:Show|Hide) author details|Find articles by [\w.' -]{3,60}"
    r"|Search for other works by this author on:?"
    r"|Most read articles by the same author\(s\))$",
    re.IGNORECASE,
)


@rule(
    "journal.author_links",
    version=2,
    stage="drop",
    max_chars=120,
    example="Search for more papers by this author",
    where=scopes.mentioning("author"),
)
def drop_author_links(text: str, ctx: LineContext) -> Drop | None:
    """A publisher's links beside an author's name: "Search for more papers by this author",
    "View author publications", "Author links open overlay panel", "Show author details".

    A sentence about searching for an author's papers is content:
    >>> drop_author_links("We searched for more papers by this author in two indexes.", None) is None
    True
    """
    return Drop("author look-up link") if _AUTHOR_LINK.match(text.strip()) else None


# The links a publisher prints under or after each reference, to look the work up elsewhere. Any
# of them may stand in such a run; one of the indexes must.
_LOOKUP_INDEX = (
    r"Google Scholar(?:TM)?|Semantic Scholar|Crossref|CrossRef|PubMed(?: Central| Abstract)?|PMC free article|Europe PMC"
    r"|Scopus|View in Scopus|Web of Science(?: ?®)?|MathSciNet|zbMATH|Links|SciELO"
    r"|J-STAGE|CiNii(?: Research| Articles)?|Search ADS|WorldCat"
)
_LOOKUP_LINK = (
    rf"(?:{_LOOKUP_INDEX}|Article|View article|View Article|View PDF|DOI|PMC|CAS|ADS|Medline"
    r"|(?:Abstract/)?(?:Free|FREE) Full Text|Full Text|OpenURL|OpenUrl|ISI|Show in Context)"
)
_LOOKUP_RUN = re.compile(
    rf"^(?:[-*•]\s*)?(?:\[\s*{_LOOKUP_LINK}\s*\]|{_LOOKUP_LINK})(?:[\s,|/]*(?:\[\s*{_LOOKUP_LINK}\s*\]|{_LOOKUP_LINK}))*$"
)
_LOOKUP_INDEX_NAME = re.compile(_LOOKUP_INDEX)
_TRAILING_LOOKUP = re.compile(rf"(?:\s*\[\s*{_LOOKUP_LINK}\s*\])+\s*$")
_LOOKUP_WORDS = (
    "scholar",
    "crossref",
    "pubmed",
    "scopus",
    "web of science",
    "mathscinet",
    "zbmath",
    "links",
    "scielo",
    "j-stage",
    "cinii",
    "worldcat",
)
_CITED_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d[a-z]?\b")
_CITATION_WORDS = 5


@rule(
    "journal.lookup_links",
    version=8,
    stage="drop",
    max_chars=120,
    example="Smith, J. (2001). Trade. Journal of Asia 3, 1-20.\nArticle  CAS  PubMed  Google Scholar",
    where=scopes.mentioning(*_LOOKUP_WORDS),
)
def drop_lookup_links(text: str, ctx: LineContext) -> Drop | None:
    """A line of look-up links ("Article  CAS  PubMed  Google Scholar", "- PubMed") under a reference,
    also run together as a preprint server saves them ("OpenUrlCrossRefPubMed").

    Only under a reference entry or another such line: a methods section's list of the
    databases searched ("- PubMed", "- Scopus") follows a sentence, not a citation.
    """
    stripped = text.strip()
    if ctx is not None and _is_archive_link(stripped, ctx):
        return Drop("reference look-up links")
    if not _LOOKUP_RUN.match(stripped) or ctx is None or stripped == "Links":
        return None  # alone, "Links" is a wiki's heading under its references
    if not _LOOKUP_INDEX_NAME.search(stripped):  # "- DOI" alone, over "- PubMed"
        below = ctx.neighbour(+1)
        if below is None or not (_LOOKUP_RUN.match(below.strip()) and _LOOKUP_INDEX_NAME.search(below)):
            return None
    i = ctx.neighbour_index(-1)
    while i is not None and _LOOKUP_RUN.match(ctx.doc.lines[i].strip()):  # up past "- DOI", "- PubMed"
        above = ctx.doc.nonblank_before(i)
        i = above[0] if above else None
    if i is None or not _is_citation(ctx.doc.lines[i]):
        return None
    return Drop("reference look-up links")


_ARCHIVE_NAME_WORDS = 3
_ARCHIVE_NAME_COPIES = 3


def _is_archive_link(stripped: str, ctx: LineContext) -> bool:
    """A literature archive's own name, linked under each reference over a look-up service's
    ("EuroBioLit" over "Google Scholar"): a short line repeated three times or more, each time
    between a reference and a look-up line."""
    if (
        ctx.doc.line_counts.get(stripped, 0) < _ARCHIVE_NAME_COPIES
        or signals.word_count(stripped) > _ARCHIVE_NAME_WORDS
    ):
        return False  # the count first: most lines stand once
    below, above = ctx.neighbour(+1), ctx.neighbour_index(-1)
    return (
        below is not None
        and bool(_LOOKUP_RUN.match(below.strip()))
        and above is not None
        and _is_citation(ctx.doc.lines[above])
    )


@rule(
    "journal.reference_link_buttons",
    version=1,
    stage="strip",
    example="Vives, R. (2021). Manual de reflectometría. Editorial del Norte.     [ Links ]",
)
def strip_reference_link_buttons(text: str, ctx: LineContext) -> Rewrite | None:
    """Look-up buttons at the end of a reference: ``[ Links ]``, ``[Google Scholar] [CrossRef]``.

    Only after a citation, and only in brackets: a sentence that ends by naming an index keeps it.
    >>> strip_reference_link_buttons("We searched two indexes [Scopus]", None) is None
    True
    """
    if not text.endswith("]"):
        return None
    match = _TRAILING_LOOKUP.search(text)
    if (
        match is None
        or not _is_citation(text[: match.start()])
        or not _LOOKUP_INDEX_NAME.search(match.group())
    ):
        return None
    return Rewrite(text[: match.start()].rstrip(), "reference look-up buttons removed")


def _is_citation(text: str) -> bool:
    """A reference entry: a year and a few words ("Smith, J. (2001). Trade. Journal of Asia"); not
    a sentence that leads into a list ("… published between 2000 and 2024:")."""
    return (
        signals.word_count(text) >= _CITATION_WORDS
        and bool(_CITED_YEAR.search(text))
        and not text.rstrip().endswith(":")
    )


# The bar a publisher prints under each figure and table ("Download: PPT PowerPoint slide PNG larger
# image TIFF original image"), saved one label a line, and the figure's own DOI.
_DOWNLOAD_LABEL = "Download:"
_FIGURE_FORMATS = frozenset(
    {
        "ppt",
        "powerpoint slide",
        "png",
        "larger image",
        "tiff",
        "original image",
        "jpg",
        "pdf",
        "csv",
        "xlsx",
        "xls",
    }
)
_FORMATS_PER_BAR = 8
_FIGURE_DOI = re.compile(r"^https?://(?:dx\.)?doi\.org/10\.\d{4,9}/\S+\.[gts]\d{3}$")
# A figure's image named by the journal, volume, article number and figure ("Materials 17 01093
# g001"), saved as its alternative text; an equation's "View Source" button and the help under it.
_FIGURE_IMAGE_NAME = re.compile(r"^[A-Z][\w.&-]*(?: [\w.&-]+){0,5} \d{1,3} \d{5} [gt]\d{3}[a-z]?$")
_EQUATION_SOURCE = "View Source"
# The button a platform prints under each figure or table to open it larger: no sentence.
_FIGURE_VIEWER = re.compile(
    r"^(?:Display (?:full size|Table)|Click to (?:increase|enlarge) (?:image|figure) size|Open in (?:figure )?viewer"
    r"|View (?:larger|full size) (?:image|figure|version)|Enlarge (?:image|figure)|Expand (?:image|figure|table)"
    r"|Full size (?:image|table|figure))$",
    re.IGNORECASE,
)
_EQUATION_HELP = re.compile(r"^Right-click on (?:figure|equation) for MathML and additional features\.?$")


def _figure_pages(doc: DocumentContext) -> range:
    """Journal pages, and a digital library's paper page, which names no journal but renders its
    equations with "Right-click on figure for MathML"."""
    return scopes.everywhere(doc) if doc.is_journal or doc.may_mention(("mathml",)) else scopes.NOWHERE


@rule(
    "journal.figure_tools",
    version=5,
    stage="drop",
    max_chars=120,
    example="Download:\nPPT\nPowerPoint slide\nPNG\nlarger image",
    where=_figure_pages,
)
def drop_figure_tools(text: str, ctx: LineContext) -> Drop | None:
    """The download bar under a figure or a table, one label a line ("Download:", "PPT",
    "PowerPoint slide", "PNG", "larger image"), the figure's own DOI
    ("https://doi.org/10.1371/journal.pone.0299118.g001") or image name ("Materials 17 01093
    g001"), and an equation's "View Source" button with the help under it.

    A format's name goes only in the bar, under its "Download:": "PNG" alone in the text is a word.
    The button that opens a figure larger ("Display full size", "Open in figure viewer") goes
    wherever it stands: it is no sentence.
    """
    stripped = text.strip()
    if not stripped or not _figure_pages(ctx.doc):
        return None
    if stripped == _DOWNLOAD_LABEL:
        below = ctx.neighbour(+1)
        if below is not None and below.strip().lower() in _FIGURE_FORMATS:
            return Drop("figure's download bar")
        return None
    if stripped.lower() in _FIGURE_FORMATS:
        lines = ctx.doc.lines
        for i in reversed(ctx.doc.nonblank_before(ctx.index, _FORMATS_PER_BAR)):
            above = lines[i].strip()
            if above == _DOWNLOAD_LABEL:
                return Drop("figure's download bar")
            if above.lower() not in _FIGURE_FORMATS:
                return None
        return None
    if stripped[:4] == "http" and _FIGURE_DOI.match(stripped):
        return Drop("figure's or table's own DOI")
    if stripped[-1].isdigit() and _FIGURE_IMAGE_NAME.match(stripped):
        return Drop("figure's image name")
    if _EQUATION_HELP.match(stripped):
        return Drop("equation's view-source help")
    if stripped[0] in "DCOVEFdcovef" and _FIGURE_VIEWER.match(stripped):
        return Drop("figure's or table's viewer button")
    if stripped == _EQUATION_SOURCE:
        below = ctx.neighbour(+1)
        return (
            Drop("equation's view-source button")
            if below is not None and _EQUATION_HELP.match(below.strip())
            else None
        )
    return None
