"""Site chrome of MediaWiki pages saved as text: taglines, jump links, menus, footers, banners.

Every rule here matches a whole line and, where the words could also be content, also asks
where the line sits: a menu label is dropped only among other chrome, never alone in the body.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from tasks.cleaning import scopes, signals
from tasks.cleaning.context import DocumentContext, LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Drop, Rewrite

# Anchored forms only: the one phrase that can sit anywhere in a banner is found by substring.
_MAINTENANCE_BANNER = re.compile(
    r"(?:^This (?:article|section|biography|list)(?: of [\w ]+)? (?:needs|has multiple issues|may (?:need|require|be|contain|lack)|relies"
    r"|is (?:written|missing|an orphan|a stub|outdated)|possibly contains|does not cite|lacks|contains (?:weasel|peacock|original)"
    r"|includes a list of (?:general )?references|uses bare URLs|has an unclear citation style|reads like)"
    r"|^Please help (?:improve|update|expand|add|by)"
    r"|^Find sources:"
    r"|^Unsourced material may be challenged and removed\.?$"
    r"|^You can help Wikipedia by expanding it\.?$"
    r"|^(?:\(|\[)?(?:Learn how|How) and when to remove"
    # other-language maintenance banners
    r"|^Cet article (?:ne cite pas|est une ébauche|ne s'appuie pas|manque de|doit être)"
    r"|^Dieser (?:Artikel|Abschnitt) (?:oder Abschnitt )?(?:bedarf|ist nicht hinreichend|ist lückenhaft|behandelt nur)"
    r"|^Este (?:artículo|artigo)(?: o sección| ou secção)? (?:necesita|carece|não cita|precisa|tiene referencias)"
    r"|^Esta (?:página|seção)(?: ou seção)? (?:cita fontes|não cita|precisa)"
    r"|^(?:Bài|Trang) này (?:cần|không có nguồn|còn sơ khai)"
    r"|^この(?:記事|節)(?:に|は).{0,40}(?:出典|参考文献|検証|中立|加筆|独自研究)|^出典を追加して記事の信頼性向上にご協力ください"
    r"|^(?:本|此)(?:条目|條目|章节|章節)(?:需要|没有|沒有|缺少|可能|的)(?:.{0,20})(?:来源|來源|参考|參考|中立|扩充|擴充))",
    re.IGNORECASE,
)

_HATNOTE = re.compile(
    r"^(?:This article is about .{1,160}(?:For|see) .{1,200}"
    r"|For (?:other uses|the [\w ,'-]{1,80}|more information|a broader)[^.]{0,120}, see [^\sa-z].{0,159}"
    r"|\(Redirected from .{1,120}\)"
    r"|Not to be confused with .{1,160}"
    r"|Main articles?: .{1,200}"
    r"|Further information: .{1,200}"
    r"|See also: .{1,200}"
    r"|Hauptartikel: .{1,200}|Article détaillé : .{1,200}|Artículo principal: .{1,200}|Artigo principal: .{1,200}"
    r"|Voce principale: .{1,200}|Основная статья: .{1,200}|Bài chi tiết: .{1,200}|같이 보기: .{1,200}|본문: .{1,200}"
    # other-language disambiguation hatnotes: "for other meanings, see …"
    r"|Pour (?:les articles homonymes|l'article homonyme|les autres significations|un article plus général)[^.]{0,80}, voir .{1,160}"
    r"|Ne (?:doit|pas) (?:pas )?être confondu avec .{1,160}"
    r"|Dieser Artikel (?:behandelt|beschreibt|befasst sich mit) .{1,200}(?:siehe|zu weiteren Bedeutungen).{1,200}"
    r"|(?:Zu[mr]? |Für )(?:weiteren Bedeutungen|gleichnamigen|anderen Bedeutungen)[^.]{0,120} siehe .{1,160}"
    r"|(?:Nota: )?Para (?:outros|otros) (?:significados|usos)[^.]{0,80}, (?:veja|véase|vea|ver) .{1,160}"
    r"|Este artigo é sobre .{1,160}|Este artículo trata sobre .{1,160}"
    r"|Se stai cercando .{1,160}, vedi .{1,160}|Disambiguazione – .{1,200}"
    r"|У этого термина существуют и другие значения, см\. .{1,160}"
    r"|Bài này viết về .{1,160}|Để đọc về .{1,120}, xem .{1,160}"
    r"|다른 (?:뜻|의미|사람)에 대해서는 .{1,120}(?:문서를|을|를) 참고하십시오\.?"
    r"|이 문서는 .{1,80}에 관한 것입니다\..{0,160}"
    r"|「[^」]{1,60}」(?:のその他の用法|の曖昧さ回避|と紛らわしい).{0,80}「[^」]{1,80}」を(?:ご覧ください|参照)。?"
    r"|この項目では、.{1,120}について説明しています。.{0,200}|(?:詳細は|詳しくは)「[^」]{1,80}」を(?:参照|ご覧ください)。?)$"
)

# A disambiguation pointer in a language not listed above: the short sentence right under the
# tagline that ends by naming the page's own title with a qualifier, "… see X (disambiguation)."
# A lead sentence opens with the title instead ("X is a village in Powys (Wales).").
_QUALIFIER_AT_END = re.compile(r" \([^\W\d_]+(?: [^\W\d_]+)?\)\.?$")
_POINTER_WORDS = 20

# Kept apart from the other hatnotes: its open start backtracks over every line, so it is only tried
# on lines that say "redirect".
_REDIRECT_HATNOTE = re.compile(r'^"?[^"]{1,80}"? (?:redirects|and "[^"]+" redirect) here\..{0,200}$')

# "v t e" over a navbox, and its Japanese, Chinese and Korean forms ("表話編歴", "查论编", "보기 토론 편집").
_NAVBOX_HEAD = re.compile(
    r"^(?:(?:v\s*[·•|]?\s*t\s*[·•|]?\s*e|V\s*T\s*E)(?=\s|[A-Z]|$)|表話編歴|[查閱]论编|查論編|보기\s*토론\s*편집)"
)
_AFFILIATION_MARK = re.compile(r"[^\W\d_]\d{1,2}(?:,\d{1,2})*\*?\s*$")
_MEASURE = re.compile(r"\d.*[^\W\d_]{2}|[^\W\d_]{2}.*\d")  # a number and a word: "Built in 1978"
_LIST_SEPARATORS = re.compile(r"\s[·•|]\s|\s?·\s?")


@rule(
    "wiki_chrome.tagline",
    version=10,
    stage="drop",
    max_chars=300,
    example="From Wikipedia, the free encyclopedia",
)
def drop_tagline(text: str, ctx: LineContext) -> Drop | None:
    """The "From Wikipedia, the free encyclopedia" line and its translations and sister-wiki forms;
    in a language not listed, a short line naming the wiki and an encyclopedia.

    A sentence that starts the same way is content:
    >>> drop_tagline("From Wikipedia we learned that the city was founded in 1200.", None) is None
    True
    """
    return Drop("wiki tagline") if signals.is_tagline(text) else None


@rule(
    "wiki_chrome.jump_link",
    version=2,
    stage="drop",
    max_chars=300,
    example="Jump to navigation Jump to search",
)
def drop_jump_link(text: str, ctx: LineContext) -> Drop | None:
    """Skip links of every skin and language ("Jump to: navigation, search", "Jump to content"),
    also as a link ("[Zum Inhalt springen](#inhalt)").

    >>> drop_jump_link("Jump to the navigation section of the manual for details.", None) is None
    True
    """
    return (
        Drop("skip-to-navigation link") if signals.JUMP_LINK.match(signals.link_text(text).strip()) else None
    )


@rule(
    "wiki_chrome.retrieved_from",
    version=6,
    stage="drop",
    example='Retrieved from "https://en.wikipedia.org/w/index.php?title=X&oldid=1"',
)
def drop_retrieved_from(text: str, ctx: LineContext) -> Drop | None:
    """The permanent-link line that closes a printed wiki page; in a language not listed, a few
    words beside a quoted link to one revision (``…&oldid=6712345``).

    A reference entry that says "retrieved from" is content:
    >>> drop_retrieved_from("Smith (2001), retrieved from the archive on 2005-01-01", None) is None
    True
    """
    if "://" not in text:  # every form carries the page's URL
        return None
    return Drop("permanent-link footer") if signals.RETRIEVED_FROM.match(text.strip()) else None


@rule(
    "wiki_chrome.categories",
    version=5,
    stage="drop",
    example="Categories: Bilateral relations of South Korea",
)
def drop_categories(text: str, ctx: LineContext) -> Drop | None:
    """Category and hidden-category lines (``Categories:``, ``Kategorien:``, ``분류:`` …)."""
    return Drop("category links") if signals.is_category_line(text) else None


@rule(
    "wiki_chrome.last_edited",
    version=2,
    stage="drop",
    max_chars=600,
    example="This page was last edited on 5 May 2021, at 12:00",
)
def drop_last_edited(text: str, ctx: LineContext) -> Drop | None:
    """The "This page was last edited on …" footer line, and the mobile site's "Last edited 2 months ago by …".

    >>> drop_last_edited("Last edited in 1987, the manuscript was never published.", None) is None
    True
    """
    return Drop("last-edited footer") if signals.LAST_EDITED.match(text.strip()) else None


@rule(
    "wiki_chrome.licence_footer",
    version=2,
    stage="drop",
    max_chars=1200,
    example="Text is available under the Creative Commons Attribution-ShareAlike License",
)
def drop_licence_footer(text: str, ctx: LineContext) -> Drop | None:
    """Licence, trademark and "Powered by MediaWiki" footer lines of wikis and their mirrors.

    >>> drop_licence_footer("This article is licensed under the GNU Free Documentation License.", None).reason
    'licence footer'
    >>> drop_licence_footer("The GNU licence was first published in 1989.", None) is None
    True
    """
    return Drop("licence footer") if signals.LICENCE_FOOTER.match(text.strip()) else None


@rule("wiki_chrome.navigation_menu", version=2, stage="drop", max_chars=100, example="Navigation menu")
def drop_navigation_menu(text: str, ctx: LineContext) -> Drop | None:
    """The "Navigation menu" banner that opens the classic skin's menus after the content. A
    section of the article with that name ("Навигация": a river's navigation season) opens a
    paragraph; the banner opens menus."""
    if not signals.NAVIGATION_MENU.match(text.strip()):
        return None
    return None if ctx.doc.opens_paragraph(ctx.index) else Drop("navigation menu banner")


@rule("wiki_chrome.lone_edit_link", version=1, stage="drop", max_chars=80, example="[edit]")
def drop_lone_edit_link(text: str, ctx: LineContext) -> Drop | None:
    """An edit link on a line of its own, under the heading it edits ("Derived terms" over
    "[edit]"), as some skins' heading wrappers are saved: the same link that is stripped from a
    heading's line. Brackets with other words ("[sic]", "[1]") are no edit link, and neither is
    a section of a configuration file ("[edit]" indented in a code block, or under a blank line).
    """
    stripped = text.strip()
    if stripped[:1] != "[" or not signals.is_lone_edit_link(stripped) or signals.is_block_indented(text):
        return None  # the first character turns most lines away before any pattern is tried
    return None if ctx.blank_at(-1) else Drop("edit link on a line of its own")


@rule("wiki_chrome.menu", version=4, stage="drop", max_chars=400, example="Main pageContentsCurrent events")
def drop_menu_labels(text: str, ctx: LineContext) -> Drop | None:
    """Menu, tab, tool and footer labels, alone or run together, when they sit among chrome.

    A lone label-like heading in the body ("Statistics") is not in a run of chrome and is kept;
    several labels run together on one line are chrome wherever they are.
    """
    if not signals.is_chrome_label_line(text):
        return None
    if (
        ctx.index in ctx.doc.chrome_indices
        or ctx.in_tail
        or (ctx.doc.is_wiki and ctx.in_head and not ctx.is_title)
    ):
        return Drop("menu or tool labels")
    if len(re.findall(r"[A-Z(]", text)) >= 3 and not signals.is_prose(text) and ctx.doc.is_wiki:
        return Drop("menu labels run together")
    return None


@rule("wiki_chrome.language_list", version=3, stage="drop", max_chars=200, example="Tiếng Việt")
def drop_language_list(text: str, ctx: LineContext) -> Drop | None:
    """Interlanguage links (autonyms such as ``Deutsch``, ``한국어``) and the ``N languages`` button."""
    if not signals.is_language_line(text):
        return None
    if signals.LANGUAGE_COUNT.match(text.strip()) or ctx.index in ctx.doc.chrome_indices or ctx.in_tail:
        return Drop("interlanguage links")
    return None


def _table_of_contents(doc: DocumentContext) -> Collection[int]:
    return doc.toc_indices


@rule(
    "wiki_chrome.toc",
    version=11,
    stage="drop",
    max_chars=300,
    example="Contents\n1 History\n2 See also",
    where=_table_of_contents,
)
def drop_table_of_contents(text: str, ctx: LineContext) -> Drop | None:
    """A table of contents: a "Contents" line followed by at least two numbered entries.

    A numbered list elsewhere in the body is not preceded by "Contents" and is kept. On a wiki,
    the label may be in any language when nearly all the entries come back as headings. A
    printed contents or list of figures whose entries end in page numbers ("Abstract . . . v")
    needs no headings below it.
    """
    return Drop("table of contents") if ctx.index in ctx.doc.toc_indices else None


@rule(
    "wiki_chrome.maintenance_banner",
    version=3,
    stage="drop",
    max_chars=1500,
    example="This article needs additional citations for verification.",
)
def drop_maintenance_banner(text: str, ctx: LineContext) -> Drop | None:
    """Maintenance and cleanup banners ("This article needs additional citations…", "Find sources:").

    >>> drop_maintenance_banner("This article is about the history of Korea, not its people.", None) is None
    True
    """
    stripped = text.strip()
    if "when to remove this" in stripped.lower() or _MAINTENANCE_BANNER.match(stripped):
        return Drop("maintenance banner")
    return None


@rule(
    "wiki_chrome.hatnote",
    version=6,
    stage="drop",
    max_chars=320,
    example="For other uses, see Vietnam (disambiguation).",
)
def drop_hatnote(text: str, ctx: LineContext) -> Drop | None:
    """Hatnotes: disambiguation pointers, "Main article:" and "Further information:" lines.

    >>> drop_hatnote("For the last decade, the two countries have traded steadily.", None) is None
    True

    A hatnote points to a page by its title; a sentence sends the reader somewhere in words:

    >>> drop_hatnote("For the other seven branches, see each library's own page.", None) is None
    True
    """
    stripped = text.strip()
    if len(stripped) > 300:
        return None
    if _HATNOTE.match(stripped) or ("redirect" in stripped and _REDIRECT_HATNOTE.match(stripped)):
        return Drop("hatnote")
    if stripped.endswith((")", ").")) and ctx is not None and _is_pointer_under_tagline(stripped, ctx):
        return Drop("hatnote: a pointer to a qualified title, right under the tagline")
    return None


def _is_pointer_under_tagline(text: str, ctx: LineContext) -> bool:
    doc = ctx.doc
    if doc.tagline_index is None or doc.title_index is None or ctx.neighbour_index(-1) != doc.tagline_index:
        return False
    qualifier = _QUALIFIER_AT_END.search(text)
    title = doc.lines[doc.title_index].strip()
    return (
        qualifier is not None
        and bool(title)
        and text[: qualifier.start()].endswith(title)
        and signals.word_count(text) <= _POINTER_WORDS
    )


@rule("wiki_chrome.navbox", version=7, stage="drop", example="vteForeign relations of South Korea")
def drop_navbox(text: str, ctx: LineContext) -> Drop | None:
    """Navigation boxes: the ``v t e`` title line and link lists split by ``·``, ``•`` or ``|``.

    A sentence with a middle dot in it is not a navbox list:
    >>> drop_navbox("The ratio is 3 · 4 in this case.", None) is None
    True
    """
    stripped = text.strip()
    if _NAVBOX_HEAD.match(stripped) and len(stripped) <= 200 and not signals.is_prose(stripped):
        return Drop("navbox title")
    if ctx is not None and ctx.index in ctx.doc.listed_navbox_indices:
        return Drop("navbox saved as a list")
    if "·" not in stripped and "•" not in stripped and "|" not in stripped:
        return None
    if stripped[0] == "|" and stripped[-1] == "|":
        return None  # a row of a text table (markdown, ASCII art), whose cells are content
    if signals.CODE_HOST_TITLE.search(stripped):
        return None  # an issue's <title>: "Crash on start · Issue #12 · owner/repo · Site"
    items = [item for item in _LIST_SEPARATORS.split(stripped) if item.strip()]
    if sum(1 for item in items if _AFFILIATION_MARK.search(item)) * 2 > len(items):
        return None  # a paper's authors with their affiliation numbers: "Hartley1 | Wójcik2 | Pugh1,3"
    if len(items) < 4 or sum(signals.word_count(item) for item in items) / len(items) > 5:
        return None
    if sum(1 for item in items if ": " in item) * 2 > len(items):
        return None  # label and value pairs: "Calories: 298kcal | Protein: 4g | Fat: 16g"
    if " | " in stripped and _in_pipe_table(stripped, ctx):
        return None
    # off a wiki, items that mostly pair a number with a word are a listing's facts:
    # "Single Family Residence · Built in 1978 · 0.31 Acres Lot"
    measures = sum(1 for item in items if _MEASURE.search(item))
    if ctx is not None and not ctx.doc.is_wiki and measures * 2 >= len(items):
        return None
    return Drop("navbox link list")


def _in_pipe_table(text: str, ctx: LineContext | None) -> bool:
    """Whether a line split by ``|`` has a neighbour split into as many cells: a table's rows.

    A navbox's rows hold as many links as their groups have pages, seldom the same number twice
    in a row; a table saved without its outer bars ("Name | Location | Lit") keeps its columns.
    """
    if ctx is None:
        return False
    cells = text.count(" | ")
    for step in (-1, +1):
        neighbour = ctx.neighbour(step)
        if neighbour is not None and neighbour.strip().count(" | ") == cells:
            return True
    return False


# The authority-control box under an article: its title, in the languages seen, then rows of
# library identifiers ("National<TAB>Germany United States", "Normdaten (Person): GND: 118… | VIAF: …").
_AUTHORITY_TITLE = re.compile(
    r"^(?:Authority control|Normdaten|Controllo di autorità|Control de autoridades|Notices d'autorité"
    r"|Autoritní data|Kontrola autorytatywna)\b"
)
_AUTHORITY_MARKS = re.compile(r"Wikidata|\b(?:GND|VIAF|LCCN|ISNI|BNF|NDL|NKC|SUDOC)\b")
_AUTHORITY_TITLE_WORDS = 6
_AUTHORITY_ROW = re.compile(r"^[^\t]{1,40}\t\S")
_AUTHORITY_ROWS_MAX = 12


@rule(
    "wiki_chrome.authority_control",
    version=1,
    stage="drop",
    max_chars=1000,
    example="Authority control databases Edit this at Wikidata",
    where=scopes.wiki_page,
)
def drop_authority_control(text: str, ctx: LineContext) -> Drop | None:
    """A wiki article's authority-control box: its title line and the identifier rows right under it.

    The title counts when it is short or names an identifier system; a sentence about authority
    control in library science is content:

    >>> drop_authority_control("Authority control is how libraries keep one name per person.", None) is None
    True
    """
    stripped = text.strip()
    if ctx is None or not ctx.doc.is_wiki:
        return None
    if _AUTHORITY_TITLE.match(stripped):
        if signals.word_count(stripped) <= _AUTHORITY_TITLE_WORDS or _AUTHORITY_MARKS.search(stripped):
            return None if signals.SENTENCE_END.search(stripped) else Drop("authority control box")
        return None
    if "\t" not in stripped or not _AUTHORITY_ROW.match(stripped):
        return None
    for step in range(1, _AUTHORITY_ROWS_MAX + 1):  # up through the rows to the box's title
        above = ctx.neighbour(-step)
        if above is None:
            return None
        above = above.strip()
        if _AUTHORITY_TITLE.match(above):
            return Drop("authority control box")
        if not _AUTHORITY_ROW.match(above):
            return None
    return None


# The sister projects' names, in the scripts of the larger Wikipedias: "Commons" alone is also a
# word ("the House of Commons"), so it counts only as "Wikimedia Commons" or before a colon.
_SISTER = (
    r"(?:Wikimedia Commons|Wiki(?:quote|source|species|books|voyage|news|versity|data|zitate|livres)|Wiktionary"
    r"|Wikcionario|Wikcionário|Wiktionnaire|Викисклад\w*|Викицитатник\w*|Викитек\w*|Викиданн\w*|Общомедия"
    r"|Уикицитат|Уикиизточник|Уикиречник|Уикиданни|Вікісховищ\w*|Вікіцитат\w*|Вікіджерел\w*)"
)
# The English boxes: "Wikimedia Commons has media related to Orvane.", "Look up tarn in
# Wiktionary, the free dictionary.", "Media related to Orvane at Wikimedia Commons".
_SISTER_BOX = re.compile(
    rf"^(?:(?:Wikimedia )?Commons|{_SISTER}) ha(?:s|ve) (?:media|quotations|information|original text|texts?"
    r"|a book|a travel guide|definitions|news|learning resources|data)\b"
    rf"|^(?:Media|Quotations|Data|Works|Texts|Travel guide|Definitions|News|Learning materials)\b.{{1,120}}"
    rf"\b(?:at|on|from) {_SISTER}\.?$"
    r"|^Look up .{1,80} in Wiktionary\b"
)
# Other languages name the project first or last: "Калина Дъбравска в Общомедия", "Commons: Burg
# Hohenkarst – Sammlung von Bildern", "Уикицитат съдържа колекция от цитати за …".
_SISTER_FIRST = re.compile(rf"^(?:{_SISTER}|Commons)(?::|\s)")
_SISTER_LAST = re.compile(rf"\s{_SISTER}$")
_SISTER_LINE_WORDS = 14


def _names_a_sister(text: str) -> bool:
    """The cheap test first: every project's name holds one of these, and few lines do."""
    return (
        "Wik" in text
        or "wik" in text
        or "Commons" in text
        or "ики" in text
        or "ікі" in text
        or "Общомедия" in text
    )


@rule(
    "wiki_chrome.sister_project",
    version=1,
    stage="drop",
    max_chars=200,
    example="Wikimedia Commons has media related to Orvane.",
    where=scopes.wiki_page,
)
def drop_sister_project_box(text: str, ctx: LineContext) -> Drop | None:
    """A wiki article's box pointing to a sister project: Commons' media, Wikiquote's quotations,
    Wiktionary's definitions.

    A sentence that names a project is content: it ends as a sentence, where a box names the
    project and the page without a full stop in the languages whose box is not the English one.
    "Commons" alone is a word of the text ("Commons and enclosures").
    """
    if not _names_a_sister(text) or ctx is None or not ctx.doc.is_wiki:
        return None
    if ctx.is_title or ctx.index == ctx.doc.nonblank[0]:
        return None  # a sister project's own page: "Velhamar – Travel guide at Wikivoyage"
    stripped = text.strip()
    if _SISTER_BOX.match(stripped):
        return Drop("sister project box")
    if (
        (_SISTER_FIRST.match(stripped) or _SISTER_LAST.search(stripped))
        and not stripped.endswith((".", "!", "?"))
        and signals.word_count(stripped) <= _SISTER_LINE_WORDS
        and (not stripped.startswith("Commons") or stripped.startswith("Commons:"))
    ):
        return Drop("sister project box")
    return None


# A community wiki prints the page's categories under the title: "in: Characters, Blacksmiths".
_CATEGORY_STRIP = re.compile(r"^in: [\w\"'(][^.!?;:]{0,240}$")
_CATEGORY_ITEM_WORDS = 6


@rule(
    "wiki_chrome.category_strip",
    version=1,
    stage="drop",
    max_chars=260,
    example="in: Episodes, Season 2 episodes",
    where=scopes.mentioning("in: "),
)
def drop_category_strip(text: str, ctx: LineContext) -> Drop | None:
    """A community wiki's "in: A, B, C" category strip: short capitalised names split by commas.

    A line of text that starts with "in:" is not a list of names:
    >>> drop_category_strip("in: the morning she left for the coast and never came back", None) is None
    True
    >>> drop_category_strip("in: Villagers, Marriage candidates", None).reason
    'category strip'
    """
    stripped = text.strip()
    if not _CATEGORY_STRIP.match(stripped):
        return None
    items = [item.strip() for item in stripped[4:].split(",")]
    if all(
        item and (item[0].isupper() or item[0].isdigit()) and signals.word_count(item) <= _CATEGORY_ITEM_WORDS
        for item in items
    ):
        return Drop("category strip")
    return None


# Navbox rows whose links were saved without spaces: "OperatingChandraFermiHubble". A word ending in
# five or more lower-case letters runs straight into a capital; CamelCase names glue after a shorter
# stem ("JavaScript", "PowerPoint").
# Written from the capital, which the engine can scan for, back over the five letters before it.
_GLUE = re.compile(r"[A-Z](?<=[a-z]{5}[A-Z])")
_GLUED_ROW_MIN = 2


@rule(
    "wiki_chrome.glued_navbox_row",
    version=1,
    stage="drop",
    max_chars=600,
    example="RetiredComptonKeplerSpitzerWISE",
    where=scopes.wiki_page,
)
def drop_glued_navbox_row(text: str, ctx: LineContext) -> Drop | None:
    """A navbox group row whose label and links were glued together when the page was saved as text.

    At least two glued joins, and at least as many joins as spaces between words, on a wiki page;
    a line with a product name or two ("JavaScript and TypeScript are languages.") reads as text.
    """
    if ctx is None or not ctx.doc.is_wiki:
        return None
    stripped = text.strip()
    glues = len(_GLUE.findall(stripped))
    if glues < _GLUED_ROW_MIN:
        return None
    if glues + 1 < len(stripped.split()) or signals.SENTENCE_END.search(stripped) or "\t" in stripped:
        return None
    return Drop("navbox row glued together")


_VTE = ("v", "t", "e")


@rule(
    "wiki_chrome.navbox_labels", version=3, stage="drop", max_chars=120, example="v\nt\ne\nHanseatic League"
)
def drop_split_navbox_labels(text: str, ctx: LineContext) -> Drop | None:
    """A navbox's ``v``/``t``/``e`` links saved one per line, and the navbox title right after them.

    Other languages abbreviate view, talk and edit with their own letters ("g t d", "l b s",
    "п о р"): on a wiki page, any three one-letter lines in a row are the same links. Only the
    whole sequence counts: a lone "e" (a variable in a formula) or a line after just "t" and "e"
    stays.
    """
    stripped = text.strip()
    if ctx is None or len(stripped) > 100:
        return None
    if len(stripped) == 1:
        return Drop("navbox view/talk/edit links") if _in_link_letters(ctx, stripped) else None
    if _is_letter_row(stripped) and ctx.doc.is_wiki:
        return Drop("navbox view/talk/edit links on one line")
    # the sequence right above, nearest first: that one rejects most lines
    below_letters = _is_letter(ctx, -1) and _is_letter(ctx, -2) and _is_letter(ctx, -3)
    if below_letters and not signals.is_prose(stripped):
        if ctx.doc.is_wiki or all(_neighbour_is(ctx, -3 + i, _VTE[i]) for i in range(3)):
            return Drop("navbox title")
        return None
    if ctx.doc.is_wiki and _below_letter_row(ctx) and not signals.is_prose(stripped):
        return Drop("navbox title")
    return None


# The three links on one line, in any script ("ع ن ت", "v · t · e"); glued together they are a word.
_LETTER_ROW = re.compile(r"^[^\W\d_](?:\s*[·•|]?\s+[^\W\d_]|\s+[·•|]\s*[^\W\d_]){2}$")
_LETTER_ROW_CHARS = 11


def _is_letter_row(stripped: str) -> bool:
    return len(stripped) <= _LETTER_ROW_CHARS and bool(_LETTER_ROW.match(stripped))


def _below_letter_row(ctx: LineContext) -> bool:
    return _is_letter_row((ctx.neighbour(-1) or "").strip())


def _in_link_letters(ctx: LineContext, letter: str) -> bool:
    """Whether a one-letter line is one of three in a row: "v t e", or any three on a wiki page."""
    for first in (-2, -1, 0):
        steps = [first + i for i in range(3)]
        if not all(step == 0 or _is_letter(ctx, step) for step in steps):
            continue
        if ctx.doc.is_wiki:
            return True
        letters = [letter if step == 0 else (ctx.neighbour(step) or "").strip() for step in steps]
        if [x.lower() for x in letters] == list(_VTE):
            return True
    return False


def _is_letter(ctx: LineContext, step: int) -> bool:
    """Whether the neighbour ``step`` away is a single letter, spaces aside."""
    neighbour = (ctx.neighbour(step) or "").strip()
    return len(neighbour) == 1 and neighbour.isalpha()


def _neighbour_is(ctx: LineContext, step: int, letter: str) -> bool:
    """Whether the neighbour ``step`` away is ``letter`` in either case, spaces aside."""
    return (ctx.neighbour(step) or "").strip().lower() == letter


@rule(
    "wiki_chrome.title_suffix",
    version=3,
    stage="edit",
    max_chars=260,
    example="Galileo (satellite navigation) - Wikipedia",
)
def strip_title_site_suffix(text: str, ctx: LineContext) -> Rewrite | None:
    """The ``- Wikipedia`` suffix of a page title saved from the browser's ``<title>``.

    Only on the line taken for the page title: a sentence or reference that names Wikipedia after
    a dash is left alone.
    >>> strip_title_site_suffix("Basalt - Wikipedia", None) is None
    True
    """
    if ctx is None or not ctx.is_title:
        return None
    match = signals.WIKI_TITLE_SUFFIX.match(text.strip())
    return Rewrite(match.group("title"), "site name removed from page title") if match else None
