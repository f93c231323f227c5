"""Chrome of sites of every kind: skip links, breadcrumbs, letter indexes, account and share widgets,
mailing-list archive navigation.

Whole-line shapes that no sentence has (a skip link, a breadcrumb trail, an A–Z index, a bar of
share buttons) go wherever they are. Labels that could head a short section ("Register", "Log
in") go only in the page's head or tail, where the document context puts menus; a lone "Share"
goes wherever it is neither a heading nor an item of a list the text introduces.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from tasks.cleaning import scopes, signals, teasers
from tasks.cleaning.context import DocumentContext, LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Drop, Rewrite

# Lower-case ASCII words one of which a page with a skip link in a Latin script holds.
_SKIP_WORDS = (
    "skip ",
    "jump to",
    "aller ",
    "passer au",
    "ir a",
    "saltar",
    "zum ",
    "zur ",
    "vai al",
    "salta al",
    "para o",
    "para a",
    "hoppa",
    "til ",
    "naar",
    "siirry",
    "przej",
    " joan",
    "sari la",
    "ke konten",
    "ke isi",
    "ke navigasi",
    "cerige",
    "preskocit",
)  # a page in another script, or with Czech "Přejít", is not all ASCII: in the rule's scope anyway
_LETTER_INDEX = re.compile(r"^(?:[0-9A-Z#](?:\s*[-|·•]\s*|\s+)){9,}[0-9A-Z#]$")
_INDEX_LETTERS = 5  # "0-9" or "#" may stand among the letters; a bit ruler ("0 1 2 … 9 0 1") has none
_MAILING_LIST_NAV = re.compile(
    r"^(?:[*•-]\s+)?(?:(?:Previous|Next) message(?: \(by thread\))?: .{1,200}|Messages sorted by: .{1,120}"
    r"|More information about the \S{1,80} mailing list|-{3,} next part -{3,}|An? (?:HTML|non-text) attachment was scrubbed\.{3}|URL: <https?://\S{1,300}>"
    r"|(?:Previous|Next) (?:thread|topic|in thread): .{1,200}"
    # an MHonArc archive's bar over each message and its links under it
    r"|(?:\[(?:Date|Thread) (?:Prev|Next|Index)\]\s*){2,6}|(?:Prev|Next) by (?:Date|thread): .{1,200}"
    r"|(?:Previous|Next) by thread: .{1,200}|Index\(es\):)$"
)
_WIDGET = re.compile(
    r"^(?:Sign in|Sign In|Sign up|Log ?in|Log out|Register|Create account|Sign in to edit|My account"
    r"|Don't have an account\?|Forgot (?:your )?password\??|Advertisement|Sponsored|Share|Tweet|Email"
    r"|Print(?: this (?:page|article|story|post|recipe))?"
    r"|Share on (?:Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit)(?:\s+Share on \w+)*(?:\s+Email)?"
    r"|Talk \(\d+\)|Comments \(\d+\)|\d[\d,]* (?:pages|articles|comments|posts)|Explore(?: Wikis| properties)?"
    r"|Purge|Edit source|View source|History|Discuss|All Pages|Main Page|Community Central|Start a Wiki"
    rf"|Add category|Fan Feed|Follow on \w+|Join Fan Lab|More [\w ]{{1,40}} Wiki|{signals.WIKI_SITE_NAME}"
    r"|FANDOM|Fandom|Wikipedia|Open main menu|Open menu|Close menu"
    r"|Accept (?:all )?cookies|Accept all|Cookie (?:settings|policy)|Reject all|Manage (?:cookies|preferences)"
    r"|Menu|Search|Search (?:this site|docs|for)\W*|Home|About|Contact|Shop|Export|Advanced|Download PDF"
    r"|Get rights and content|View full text|Post Reply|FAQ Register Login|Jump to|Top"
    r"|⌘K|Ctrl\+K|★+☆*|☆+"
    # action buttons and their counters under a post's title or beside a comment
    r"|Follow|Following|Listen|Save|Saved|Bookmark|Like|Report|Embed|Permalink|Hide|Open in app"
    r"|Member-only story|·|•)$"
)
# Chrome that no text line is, wherever it sits: an ad slot.
# A converter's line made of one link and nothing else (an image link too), bulleted or not:
# "* [Talks](https://…)", "[![Logo](…/logo.png)](https://…)".
_LINK = r"!?\[[^\[\]\n]{0,150}\]\([^()\s]{0,400}\)"
_LINK_ONLY = re.compile(rf"^(?:[*•·-]\s+)?(?:{_LINK}|\[{_LINK}\]\([^()\s]{{0,400}}\))$")
# Two links or more and nothing else but separators: "[Visit us](…) | [Opening hours](…)".
_LINK_BAR = re.compile(rf"^(?:[*•·-]\s+)?{_LINK}(?:\s*[|·•»›/,]?\s*{_LINK})+$")
_AD_SLOT = re.compile(
    r"^(?:Advertisement|ADVERTISEMENT|Advertisements|Story continues below advertisement"
    r"|SKIP ADVERTISEMENT|Skip Advertisement|Skip advertisement"
    # the label in other languages: German, Spanish, French, Italian, Dutch, Polish and Czech,
    # Swedish, Norwegian, Finnish, Russian
    r"|Anzeige|ANZEIGE|Werbung|WERBUNG|Publicidad|PUBLICIDAD|Publicité|PUBLICITÉ|Pubblicità|PUBBLICITÀ"
    r"|Advertentie|Reklama|REKLAMA|Annons|Annonse|Annonce|ANNONCE|Mainos|Реклама|РЕКЛАМА"
    # the ad network's link under its slot
    r"|Report this ad|REPORT THIS AD|Report This Ad)$"
)
_MENU_BAR_LABELS = 3  # "Subscribe | Sign in | Search" is a bar on its own; one or two labels need company
_COOKIE_BANNER = re.compile(r"^We use cookies\b.{0,300}$")
# The letters the cookie banner, the share bar and the ad slot start with.
_ANYWHERE_INITIALS = frozenset("WSAPRMР")
_STAMP = re.compile(
    r"^(?:Printed from \S+ on .{4,60}|Downloaded from \S+ (?:by|on) .{2,80}"
    r"|View this (?:email|e-mail|newsletter) in (?:your|a) (?:web )?browser\b.{0,120}"
    r"|Contents lists available at .{2,60}|Unsubscribe\b.{0,160}"
    # the preprint server's stamp down a paper's margin, as text extraction sets it on a line
    r"|arXiv:\d{4}\.\d{4,5}(?:v\d+)? \[[\w.-]+\] \d{1,2} [A-Z][a-z]{2} \d{4})$",
    re.IGNORECASE,
)


@rule(
    "site_chrome.skip_link",
    version=12,
    stage="drop",
    max_chars=200,
    example="Skip to main content",
    where=scopes.mentioning(*_SKIP_WORDS, other_scripts=True),
)
def drop_skip_link(text: str, ctx: LineContext) -> Drop | None:
    """Accessibility skip links ("Skip to main content", "[Skip to main content](#main)"), in
    English and in the other languages sites print them ("Aller au contenu principal", "본문 바로가기").

    >>> drop_skip_link("Skip to the main point: the engine failed.", None) is None
    True
    >>> drop_skip_link("Aller au contenu principal", None), drop_skip_link("Ir al contenido principal del informe", None)
    (Drop(reason='skip link'), None)
    """
    return Drop("skip link") if signals.is_skip_link(text.strip()) else None


@rule(
    "site_chrome.breadcrumb",
    version=5,
    stage="drop",
    max_chars=220,
    example="Home › Science › Instruments › Compass",
)
def drop_breadcrumb(text: str, ctx: LineContext) -> Drop | None:
    """A breadcrumb trail (``Home > Vol 6 > Nguyen``): three or more short crumbs, in the page's head.

    A path or a sentence with a ">" in it is not a trail of short crumbs:
    >>> drop_breadcrumb("Home / Archives / Vol. 11 No. 2 (2021) / Articles", None).reason
    'breadcrumb trail'
    >>> drop_breadcrumb("Profits rose > 10% / year in 2019 and then fell sharply after the crash", None) is None
    True
    >>> drop_breadcrumb("Received: 12 May 2025 / Revised: 2 June 2025 / Accepted: 9 June 2025", None) is None
    True
    """
    stripped = text.strip()
    if len(stripped) > 200 or not _has_crumb_mark(stripped):
        return None
    crumbs = signals.CRUMB_SEPARATOR.split(stripped)
    if len(crumbs) < 3 or any(signals.word_count(crumb) > 6 for crumb in crumbs):
        return None
    if sum(":" in crumb for crumb in crumbs) >= 2:
        return None  # fields of a record ("Received: 12 May 2025 / Accepted: 3 June 2025 / …")
    first = crumbs[0].casefold()
    if first in {"home", "board index", "index", "start", "main page"} or (ctx is not None and ctx.in_head):
        return Drop("breadcrumb trail")
    return None


# A breadcrumb saved as a numbered list, one step a line: "1. Home", "2. All Journals", …
_NUMBERED_STEP = re.compile(r"^\s*(?P<n>\d{1,2})\.\s+\S.{0,120}$")
_FIRST_CRUMB = re.compile(
    r"^\s*1\.\s+(?:Home|Home page|Homepage|Start|Startseite|Accueil|Inicio|Início|Home ?Page|Strona główna"
    r"|Главная|Hauptseite|Etusivu|Hem|Forside|Ana Sayfa)$",
    re.IGNORECASE,
)
_CRUMB_STEPS = 8  # steps a trail can have
# A step that is one link: "1. [Hearth Cartography](/hearth)".
_LINKED_STEP = re.compile(r"^\s*\d{1,2}\.\s+\[[^\[\]\n]{1,120}\]\((?P<href>[^()\s]{1,300})\)$")
_LINKED_TRAIL = 3  # steps of a trail that no link names as home


@rule(
    "site_chrome.numbered_breadcrumb",
    version=2,
    stage="drop",
    max_chars=130,
    example="1. Home\n2. All Journals\n3. Maritime Transport and Policy",
    where=scopes.mentioning("1. "),
)
def drop_numbered_breadcrumb(text: str, ctx: LineContext) -> Drop | None:
    """A breadcrumb trail a converter saved as a numbered list, from "1. Home" down, one step a
    line and numbered in order, up to the page itself ("6. Route choice and port-call …"). A
    trail that does not open on the home page is known by its links, each a level below the last.

    A numbered list of the text does not open on the site's home page: "1. Home insurance"
    or "1. Start the engine" is the text's; its links, if it has any, go to pages side by side.
    """
    match = _NUMBERED_STEP.match(text)
    if match is None or ctx is None:
        return None
    number = int(match.group("n"))
    first = ctx.index - (number - 1)  # where "1. Home" stands if the steps run on without a gap
    if number > _CRUMB_STEPS or first < 0:
        return None  # a reference list's entries, most of a page's numbered lines, end here
    lines = ctx.doc.lines
    if not _FIRST_CRUMB.match(signals.link_text(lines[first])) and _nested_links(lines, first) < max(
        number, _LINKED_TRAIL
    ):
        return None
    for j in range(first + 1, ctx.index):
        step = _NUMBERED_STEP.match(lines[j])
        if step is None or int(step.group("n")) != j - first + 1:
            return None
    return Drop("breadcrumb trail, one step a line")


def _nested_links(lines: Sequence[str], first: int) -> int:
    """How many numbered steps from ``first`` on are links each one level down the address of
    the one before ("/hearth", "/hearth/hearthmap", "/hearth/hearthmap/-/merge_requests"): a
    trail from a group down to the page, where a list of the text links to pages side by side.
    """
    parent = None
    for count, line in enumerate(lines[first : first + _CRUMB_STEPS]):
        step = _LINKED_STEP.match(line)
        if step is None:
            return count
        href = step.group("href")
        if parent is not None and not href.startswith(parent.rstrip("/") + "/"):
            return count
        parent = href
    return _CRUMB_STEPS


def _has_crumb_mark(text: str) -> bool:
    """Whether a separator character is there at all, a much cheaper test than splitting on it."""
    return "/" in text or ">" in text or "›" in text or "»" in text or "‹" in text


@rule(
    "site_chrome.letter_index",
    version=2,
    stage="drop",
    max_chars=300,
    example="A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
)
def drop_letter_index(text: str, ctx: LineContext) -> Drop | None:
    """An A–Z browse index (``A - B - C …``), a site's list of letters, never prose; a ruler of
    digits is a diagram's."""
    stripped = text.strip()
    if not _LETTER_INDEX.match(stripped) or sum(c.isupper() for c in stripped) < _INDEX_LETTERS:
        return None
    return Drop("alphabetical browse index")


@rule(
    "site_chrome.mailing_list",
    version=4,
    stage="drop",
    max_chars=400,
    example="Messages sorted by: [ date ] [ thread ]",
)
def drop_mailing_list_navigation(text: str, ctx: LineContext) -> Drop | None:
    """Navigation of mailing-list archives (Pipermail and similar) and attachment separators.

    >>> drop_mailing_list_navigation("The next message: we meet at noon.", None) is None
    True
    """
    return Drop("mailing-list archive navigation") if _MAILING_LIST_NAV.match(text.strip()) else None


@rule(
    "site_chrome.stamp",
    version=2,
    stage="drop",
    max_chars=260,
    example="Printed from example.org on 12 May 2021 at 15:45",
)
def drop_stamp(text: str, ctx: LineContext) -> Drop | None:
    """Stamps a site or printer puts on a page: "Printed from", "Downloaded from … by guest", the
    "view this email in your browser" and unsubscribe lines of newsletters, a preprint server's
    "arXiv:2403.01234v2 [cs.CV] 12 Mar 2024" down a paper's margin.

    >>> drop_stamp("He downloaded from the archive by hand every week.", None) is None
    True
    """
    stripped = text.strip()
    return Drop("site or print stamp") if len(stripped) <= 250 and _STAMP.match(stripped) else None


def _banner_lines(doc: DocumentContext) -> Collection[int]:
    return doc.banner_lines


@rule(
    "site_chrome.banner",
    version=13,
    stage="drop",
    max_chars=600,
    example="We use some essential cookies to make this website work.\nAccept additional cookies",
    where=_banner_lines,
)
def drop_banner(text: str, ctx: LineContext) -> Drop | None:
    """A cookie consent banner with its buttons, an "official website of …" banner, a "BETA" tag,
    a newsletter sign-up box, a publisher's box of offers to buy the article, a news site's paywall.

    A sentence about cookies with no button to answer it is an article's, and stays (see
    ``tasks/cleaning/banners.py``).
    """
    if ctx is None:
        return None
    kind = ctx.doc.banner_lines.get(ctx.index)
    return Drop(kind) if kind else None


# Star ratings, review counts and vote buttons, as a shop, a recipe card or a review site prints
# them: whole lines only, each in a shape no sentence has.
_RATING_WIDGET = re.compile(
    r"^[★☆✩✭½\s]{1,12}(?:\d(?:\.\d{1,2})?(?: out of 5(?: stars)?| from \d[\d,]* (?:votes?|ratings?|reviews?))?"
    r"(?:\s*\(\d[\d,]* (?:reviews?|ratings?|votes?)\))?)?$"
    r"|^\d(?:\.\d{1,2})? from \d[\d,]* (?:votes?|ratings?)$"
    r"|^\d stars? \d{1,3}\s?%$|^\d[\d,]* (?:reviews|ratings|customer reviews)$"
    r"|^Was this (?:review |answer |comment )?helpful\?(?:\s+(?:Yes|No)(?: \(\d+\))?){0,2}$"
    r"|^(?:Verified (?:purchase|buyer|owner)|Write a review|Show more reviews|Read (?:all|more) reviews|Load more reviews"
    r"|See all \d[\d,]* (?:reviews|questions|answers)|Ask a question"
    r"|Rate this (?:recipe|article|product|post|book|film|movie|episode|app|place|hotel)"
    r"|Sort by: .{1,30})$"
)
# The same widgets on shops in other languages: a count of reviews, the button to write one, the
# link to all of them, a review's "helpful" counter, the sort box.
_REVIEWS = (
    r"(?:Bewertungen|Rezensionen|Kundenbewertungen|avis(?: clients)?|reseñas|opiniones|valoraciones|recensioni"
    r"|valutazioni|beoordelingen|recensies|opinii|ocen|avaliações|recensioner|arvostelua)"
)
_LOCAL_RATING_WIDGET = re.compile(
    rf"^\d[\d.,]* {_REVIEWS}$|^(?:Bewertung|Rezension|Kundenrezension) (?:schreiben|verfassen)$"
    r"|^(?:Écrire|Rédiger|Donner) (?:un|mon) avis$|^Escribir (?:una )?(?:opinión|reseña)$|^Scrivi una recensione$"
    r"|^Schrijf een (?:review|beoordeling|recensie)$|^Napisz opinię$|^Escrever (?:uma )?avaliação$"
    rf"|^Alle \d[\d.]* {_REVIEWS} (?:anzeigen|lesen|ansehen)$|^(?:Voir|Lire) (?:les|tous les) \d[\d  ]* avis$"
    rf"|^Ver (?:las|todas las|os|todas as) \d[\d.]* {_REVIEWS}$|^Mostra (?:tutte le )?\d+ recensioni$"
    r"|^(?:Hilfreich|Nützlich|Utile|Útil|Nuttig|Przydatne|Hjälpsam)\s?\(\d[\d.]*\)$"
    r"|^(?:Sortieren nach|Trier par|Ordenar por|Ordina per|Sorteer op|Sortuj według|Sortera efter)\s?:(?: .{1,30})?$"
)
_RATING_SYMBOLS = frozenset("★☆✩✭½0123456789")  # what a widget that opens with no word opens with
_RATING_FIRST_WORDS = frozenset(
    {"Was", "Verified", "Write", "Show", "Read", "Load", "See", "Ask", "Rate", "Sort"}
    | {"Bewertung", "Rezension", "Kundenrezension", "Écrire", "Rédiger", "Donner", "Escribir", "Scrivi"}
    | {"Schrijf", "Napisz", "Escrever", "Alle", "Voir", "Lire", "Ver", "Mostra", "Hilfreich", "Nützlich"}
    | {"Utile", "Útil", "Nuttig", "Przydatne", "Hjälpsam", "Sortieren", "Trier", "Ordenar", "Ordina"}
    | {"Sorteer", "Sortuj", "Sortera"}
)


# A site's note that its links earn it money, put above a post: "This post may contain affiliate
# links. As an Amazon Associate I earn from qualifying purchases."
_AFFILIATE_DISCLOSURE = re.compile(
    r"^(?:(?:Disclosure|Affiliate disclosure|Note): )?(?:This (?:post|article|page|review|guide|site|recipe)"
    r"(?: may)? contains? affiliate links\b|As an Amazon Associate,? (?:I|we) earn from qualifying purchases\b).{0,400}$",
    re.IGNORECASE,
)


@rule(
    "site_chrome.affiliate_disclosure",
    version=1,
    stage="drop",
    max_chars=500,
    example="This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.",
)
def drop_affiliate_disclosure(text: str, ctx: LineContext) -> Drop | None:
    """The note a blog puts above its posts that their links earn it money.

    The note is the site's, the same over every post; a sentence of the text that mentions
    affiliate links ("I have no sponsor and no affiliate links") does not open with it.

    >>> drop_affiliate_disclosure("*This post may contain affiliate links. See my [policy](/disclosure/).*", None)
    Drop(reason='affiliate disclosure')
    """
    if text.lstrip(" \t*_[")[:1] not in "TtAaDdNn":
        return None
    stripped = signals.link_text(text).strip(" \t*_")
    if not _AFFILIATE_DISCLOSURE.match(stripped):
        return None
    return Drop("affiliate disclosure")


def _teaser_lines(doc: DocumentContext) -> Collection[int]:
    return doc.teaser_indices


@rule(
    "site_chrome.teasers",
    version=1,
    stage="drop",
    max_chars=300,
    example="Similar articles\nMarsh JA, et al.\nSee all similar articles",
    where=_teaser_lines,
)
def drop_teasers(text: str, ctx: LineContext) -> Drop | None:
    """A block of teasers for other items ("Similar articles", "Cited by", "Nearby attractions")
    down to its "See all …" link, and such a link alone, wherever they stand on the page.

    A list under a plain heading ("Selected publications", "References") stays, and so does a
    sentence that starts "See all" (see ``tasks/cleaning/teasers.py``).
    """
    if ctx is None or ctx.index not in ctx.doc.teaser_indices or ctx.in_tail or not text.strip():
        return None  # under the page's end the tail takes the block, with the rest of the footer
    if teasers.closer(text):
        return Drop("a link to the full list")
    return Drop("teasers for other items, closed by a link to the full list")


@rule("site_chrome.rating", version=3, stage="drop", max_chars=80, example="★★★★½ 4.5 (128 reviews)")
def drop_rating_widget(text: str, ctx: LineContext) -> Drop | None:
    """Star ratings, review counts and "Was this helpful? Yes (3) No (0)" buttons, wherever they stand.

    A review's own words stay, and so do a sentence that gives a score and a product page's
    summary of its reviews ("4.6 out of 5", "Based on 212 reviews"), which some readers want:
    >>> drop_rating_widget("The hotel scored 4.5 out of 5 in our survey.", None) is None
    True
    """
    stripped = text.strip()
    first = stripped[:1]
    if first.isalpha():
        if stripped.split(" ", 1)[0] not in _RATING_FIRST_WORDS:
            return None  # most lines: a word no widget opens with
    elif first not in _RATING_SYMBOLS:
        return None
    if _RATING_WIDGET.match(stripped) or _LOCAL_RATING_WIDGET.match(stripped):
        return Drop("rating or review widget")
    if ctx is not None and _in_rating_histogram(stripped, ctx):
        return Drop("rating histogram")
    return None


# A histogram of ratings saved one cell a line: "5 stars" over "6,903 (37%)", "4 Sterne" over "7".
_STARS_ROW = re.compile(
    r"^\d (?:stars?|Sterne?|étoiles?|estrellas?|stelle|sterren|gwiazdki|gwiazdek|estrelas?|stjärnor)$"
)
_SHARE_ROW = re.compile(r"^\d[\d,.]*(?: \(\d{1,3}(?:\.\d)?\s?%\))?$|^\d{1,3}(?:[.,]\d)?\s?%$")


def _in_rating_histogram(stripped: str, ctx: LineContext) -> bool:
    """A star row over its count and share, or that count under its star row."""
    if _STARS_ROW.match(stripped):
        below = ctx.neighbour(+1)
        return below is not None and bool(_SHARE_ROW.match(below.strip()))
    if _SHARE_ROW.match(stripped):
        above = ctx.neighbour(-1)
        return above is not None and bool(_STARS_ROW.match(above.strip()))
    return False


# A documentation site's code block prints its language over the code and a copy button under it.
_COPY_BUTTONS = frozenset({"copy", "copy code", "copied!", "copied", "copy to clipboard", "code kopieren"})
_CODE_LANGUAGES = frozenset(
    [
        "bash",
        "sh",
        "shell",
        "console",
        "zsh",
        "fish",
        "powershell",
        "cmd",
        "terminal",
        "toml",
        "yaml",
        "yml",
        "json",
        "jsonc",
        "ini",
        "python",
        "py",
        "python3",
        "js",
        "javascript",
        "jsx",
        "typescript",
        "ts",
        "tsx",
        "go",
        "golang",
        "rust",
        "ruby",
        "java",
        "kotlin",
        "swift",
        "scala",
        "csharp",
        "c#",
        "cpp",
        "c++",
        "php",
        "perl",
        "lua",
        "haskell",
        "elixir",
        "sql",
        "html",
        "css",
        "scss",
        "xml",
        "text",
        "plaintext",
        "dockerfile",
        "makefile",
        "diff",
        "hcl",
        "nginx",
        "graphql",
        "proto",
    ]
)
_CODE_SHAPE = re.compile(r"[=(){}\[\]<>/|]|--|__|::|->|\S {2,}\S")


def _is_code_like(line: str) -> bool:
    """Whether a line reads as code: indented as a block, a fence or a prompt, or symbols and no
    sentence end."""
    stripped = line.strip()
    if not stripped:
        return False
    if signals.is_block_indented(line) or stripped.startswith(("```", "$ ", ">>> ", "#!")):
        return True
    return stripped[-1] not in ".!?:," and bool(_CODE_SHAPE.search(stripped))


@rule(
    "site_chrome.code_buttons", version=1, stage="drop", max_chars=20, example="bash\n    make install\nCopy"
)
def drop_code_buttons(text: str, ctx: LineContext) -> Drop | None:
    """A code block's language label over the code and its copy button under it.

    Only next to code: a label goes when the next line is code (and not another language name, as
    in a list of supported shells), a button when the line above is code. "Python" over a sentence
    and a heading "C" in a glossary stay.
    """
    if ctx is None or signals.is_block_indented(text):
        return None
    lowered = text.strip().lower()
    if lowered in _COPY_BUTTONS:
        above = ctx.neighbour(-1)
        return Drop("code block's copy button") if above is not None and _is_code_like(above) else None
    if lowered in _CODE_LANGUAGES:
        below = ctx.neighbour(+1)
        if below is not None and _is_code_like(below) and below.strip().lower() not in _CODE_LANGUAGES:
            return Drop("code block's language label")
    return None


# The verb of a share button in the languages sites print it in, and the places it shares to.
_SHARE_VERB = (
    r"(?:Share|Teilen|Partager|Compartir|Compartilhar|Partilhar|Condividi|Delen|Dela|Del|Jaa|Udostępnij|Поделиться"
    r"|공유하기|شارك|مشاركة)"
)
_NETWORK = (  # as sites spell them ("Linkedin", "Whatsapp"), and the link-copying button in their languages
    r"(?:X(?: \(Twitter\))?|(?i:Facebook|Twitter|LinkedIn|WhatsApp|Reddit|Pinterest|Tumblr|Telegram|Bluesky"
    r"|Mastodon|Threads|Messenger|Xing|E-?mail|Mail|Copy link|Copier le lien|Link kopieren|Copiar enlace"
    r"|Copiar link|Copia link|Kopieer link|Link|Print))"
)
_SHARED_TO = rf"(?:{_SHARE_VERB} (?:on|via|by|to|auf|per|sur|par|en|por|su|op|em|na|på|в) )?{_NETWORK}"
# A bar: the verb (once, or glued to its first button) and the places, or "Share on …" buttons
# in a row: "Share: Facebook X Email Copy link", "ShareShare on FacebookShare on X", "Share this
# page: Email LinkedIn" (a converter's links read as their words).
# A bar of places alone ("Email Print") is no share bar: the verb opens it.
_SHARE_BAR = re.compile(
    rf"^(?={_SHARE_VERB})(?:{_SHARE_VERB}(?:{_SHARE_VERB})?(?: this(?: \w+){{1,2}})?:?\s*)?"
    rf"(?:{_SHARED_TO}\s*[|·•,]?\s*){{1,12}}$"
)
# One button, which could also be a heading or a list item of the text: "Share", "Share on",
# "Share this episode", "Share full article", "Share a link", "Teilen".
_SHARE_BUTTON = re.compile(
    rf"^(?:{_SHARE_VERB}|Share (?:on|via)|Share (?:this|the) \w+(?: \w+)?:?|Share (?:full article|full text access|a link)"
    r"|Share (?:&|and) [Bb]ookmark"
    # "Share the article" in other languages
    r"|Del artiklen|Del artikkelen|Dela artikeln|Jaa artikkeli|Artikel teilen|Partager (?:l['’]|cet )article"
    r"|Compartir (?:el |este )?artículo|Condividi (?:l['’]|questo )articolo|Deel (?:dit |het )?artikel"
    r"|Udostępnij artykuł|(?:Partilhar|Compartilhar) (?:o |este )?artigo)$"
)
_SHARE_INITIALS = frozenset("STPCDUJAП공شم")
# Where a share or print button's link goes: a network's share endpoint, a mail with only a
# subject, a print view. A converter's line of links to these and nothing else is a share bar,
# whatever the buttons say ("[Pin](https://www.pinterest.com/pin/create/button/?url=…)").
_SHARE_LINK = re.compile(
    r"\[[^\[\]\n]{0,150}\]\((?:https?://(?:www\.)?(?:pinterest\.[a-z.]+/pin/create|facebook\.com/shar(?:er|e\.php)"
    r"|(?:twitter|x)\.com/(?:intent/(?:tweet|post)|share)|linkedin\.com/(?:shareArticle|sharing)|reddit\.com/submit"
    r"|(?:api\.)?whatsapp\.com/send|wa\.me/|t\.me/share|bsky\.app/intent)|mailto:\?"
    r"|javascript:(?:window\.)?print\(\)|[^()\s]*(?:[?&]share=|/wprm_print/|/print/))[^()\s]{0,400}\)"
)
_ANCHOR_LINK = re.compile(r"\[[^\[\]\n]{0,150}\]\(#[^()\s]{0,200}\)")  # within the page: "[Rate](#rating)"
# The places of a share bar printed one a line under its verb ("Partager", "Facebook", "X",
# "WhatsApp", "E-mail", "Copier le lien"), as a page's column of icons is saved.
_SHARE_PLACES = frozenset(
    {"facebook", "x", "x (twitter)", "twitter", "linkedin", "whatsapp", "reddit", "pinterest", "tumblr"}
    | {"telegram", "bluesky", "mastodon", "threads", "messenger", "xing", "vk", "email", "e-mail", "mail"}
    | {
        "copy link",
        "copier le lien",
        "link kopieren",
        "copiar enlace",
        "copiar link",
        "copia link",
        "kopieer link",
        "kopier link",
        "kopiér link",
        "kopioi linkki",
        "url복사",
        "링크 복사",
        "نسخ الرابط",
    }
    | {
        "페이스북",
        "트위터",
        "카카오톡",
        "카카오스토리",
        "밴드",
        "فيسبوك",
        "إكس",
        "تويتر",
        "واتساب",
        "تيليجرام",
    }
    | {"print", "imprimer", "drucken", "imprimir", "stampa", "afdrukken"}
)
_SHARE_COLUMN = 12  # places a column may list
_LONGEST_PLACE = max(len(place) for place in _SHARE_PLACES)
_LIST_INTRO_WORDS = 4
_LIST_ITEMS = 8  # how far up a list's introduction is looked for


@rule(
    "site_chrome.share", version=6, stage="drop", max_chars=400, example="Share: Facebook X Email Copy link"
)
def drop_share_control(text: str, ctx: LineContext) -> Drop | None:
    """Share bars and share buttons, wherever they sit: under the byline, between paragraphs, at the end.

    A bar names the places it shares to, which no sentence lists. One button alone could be a
    section's heading ("Share" over how sharing works) or an item of a list the text introduces
    ("Every post has four buttons:"), so it goes only when neither is the case.

    >>> drop_share_control("Share: Facebook X (Twitter) Reddit WhatsApp Email Link", None).reason
    'share bar'
    >>> drop_share_control("Share the load evenly.", None) is None
    True
    """
    if "](" in text and _links_to_share_targets(text.strip()):
        return Drop("share or print buttons")
    stripped = signals.link_text(text).strip(" \t*•·|")
    if (
        ctx is not None
        and len(stripped) <= _LONGEST_PLACE
        and stripped.lower() in _SHARE_PLACES
        and _under_share_verb(ctx)
    ):
        return Drop("share bar")
    if stripped[:1] not in _SHARE_INITIALS:
        return None
    if _SHARE_BAR.match(stripped):
        return Drop("share bar")
    if ctx is not None and _SHARE_BUTTON.match(stripped) and _stands_as_button(text, ctx):
        return Drop("share button")
    return None


def _under_share_verb(ctx: LineContext) -> bool:
    """Whether the places above this one, one a line, lead up to a share button."""
    for i in reversed(ctx.doc.nonblank_before(ctx.index, _SHARE_COLUMN)):
        line = signals.link_text(ctx.doc.lines[i]).strip(" \t*•·|")
        if line.lower() in _SHARE_PLACES:
            continue
        return bool(_SHARE_BUTTON.match(line)) and _stands_as_button(line, LineContext(ctx.doc, i))
    return False


def _links_to_share_targets(text: str) -> bool:
    """Whether the line is links only, to share endpoints or a print view, and to the page itself."""
    rest, shares = _SHARE_LINK.subn("", text)
    return shares > 0 and not _ANCHOR_LINK.sub("", rest).strip(" \t|·•,/*-")


def _stands_as_button(text: str, ctx: LineContext) -> bool:
    """Not a heading over running text, and not an item of a list a sentence introduces."""
    if signals.match_markup_heading(text.strip()) or ctx.is_title:
        return False
    below = ctx.neighbour(+1)
    if below is not None and signals.is_prose(below):
        return False
    # up the list's items to the line that introduces it, if a sentence ending in a colon does
    for i in reversed(ctx.doc.nonblank_before(ctx.index, _LIST_ITEMS)):
        line = ctx.doc.lines[i].strip()
        if line.endswith(":") and signals.word_count(line) >= _LIST_INTRO_WORDS:
            return False
        if signals.is_prose(line):
            return True
    return True


def _menu_blocks(doc: DocumentContext) -> Collection[int]:
    return doc.menu_block_indices


@rule(
    "site_chrome.menu_block",
    version=11,
    stage="drop",
    max_chars=120,
    example="Getting started\nInstallation\nDense grids\nAPI reference\nChangelog",
    where=_menu_blocks,
)
def drop_menu_block(text: str, ctx: LineContext) -> Drop | None:
    """A block of short labels in a page's head, two in five of them menu words: a sidebar or menu.

    The page names a documentation sidebar lists between its menu words go with them; a block
    that holds a sentence, or too few menu words, is left alone (see ``menu_block_indices``), and
    so is the page's title when a skin prints it at the foot of its menus.
    """
    if ctx is None or ctx.index not in ctx.doc.menu_block_indices or not text.strip() or ctx.is_title:
        return None
    return Drop("site menu or sidebar in the page head")


# A link to a file, with the file's format and size after its name, as council, agency and
# repository pages print them: "Staff Report (PDF, 340 KB)", "Download Full Text (1.1 MB)".
_FILE_FORMAT = r"(?:PDF|DOCX?|XLSX?|ODT|ODS|RTF|PPTX?|CSV|ZIP|EPUB|MP3|MP4|TXT|XML|JSON)"
_FILE_SIZE = r"\d[\d.,]*\s?[KMG]i?B"
_DOWNLOAD_LINK = re.compile(
    rf"^(?:Download\b[^.!?]{{0,80}}\((?:{_FILE_FORMAT}[,;]?\s*)?{_FILE_SIZE}\)"
    rf"|[^!?]{{1,160}}\({_FILE_FORMAT}[,;]?\s*{_FILE_SIZE}\))$",
    re.IGNORECASE,
)
_DOWNLOAD_LINK_WORDS = 16


@rule(
    "site_chrome.download_link",
    version=1,
    stage="drop",
    max_chars=260,
    example="Staff Report (PDF, 340 KB)",
)
def drop_download_link(text: str, ctx: LineContext) -> Drop | None:
    """A link to a file with its format and size, on a line of its own: an agenda's attachments, a
    record's "Download Full Text (1.1 MB)".

    The size marks the link; a sentence that points to a file, or a reference that cites one
    and goes on, stays:
    >>> drop_download_link("Register your field and download the field guide (PDF)", None) is None
    True
    >>> drop_download_link("Denkmalliste der Stadt Wuppertal (PDF; 1,2 MB) Stadt Wuppertal, abgerufen 2022.", None) is None
    True
    >>> drop_download_link("5. ^ Annual Report 2022 (PDF, 2.1 MB)", None) is None
    True
    """
    stripped = signals.link_text(text).rstrip()
    if not stripped.endswith("B)"):
        return None
    if signals.REFERENCE_ENTRY.match(stripped):
        return None  # a reference list's entry citing a file is the text's
    stripped = stripped.strip(" \t*•·-")
    if signals.word_count(stripped) > _DOWNLOAD_LINK_WORDS:
        return None
    return Drop("link to a file") if _DOWNLOAD_LINK.match(stripped) else None


# The tags a blog or news site files a post under, after their label: "Tags: waders, Wrenmere,
# winter", "Etiquetas: huevos, patatas", "Теги: мост, ремонт дорог". An article's keywords
# ("Keywords:", "Mots-clés :") are the article's, and have labels of their own.
_TAG_LINE = re.compile(
    r"^(?:Tags|Tagged(?: with| as)?|Filed under|Posted in|Labels|Schlagwörter|Stichwörter|Étiquettes|Etiquetas|Etichette|Tag"
    r"|Теги|Метки|Тэги|الوسوم|태그|タグ|标签|標籤)\s?[:：]\s*(?P<tags>\S.{0,300})$",
    re.IGNORECASE,
)
_TAG_LINE_INITIALS = frozenset("TtFfPpLlSsÉéEeТМا태タ标標")
# Links to the site's pages of a tag, one or several on a line, as a converter keeps them:
# "* [postgresql](/questions/tagged/postgresql "show questions tagged 'postgresql'")".
_TAG_LINK = r"\[[^\[\]]{1,60}\]\((?:https?://[^\s()/]+)?(?:/[^\s()]*)?/(?:tags?|tagged|labels?|topics?)/[^\s()]+(?: \"[^\"]{0,120}\")?\)"
_TAG_LINKS = re.compile(rf"^\s*(?:[*•-]\s+)?{_TAG_LINK}(?:\s*[,·|]?\s*{_TAG_LINK})*\s*$")
_TAG_WORDS = 4  # words of one tag at most
_TAG_SEPARATOR = re.compile(r"\s*[,،、;|·•]\s*")


@rule(
    "site_chrome.tag_line", version=4, stage="drop", max_chars=320, example="Tags: waders, Wrenmere, winter"
)
def drop_tag_line(text: str, ctx: LineContext) -> Drop | None:
    """The line of tags a post is filed under, after its label, in the languages sites print it,
    or a converter's line of links to the tags' pages.

    Each tag is a few words and the line is no sentence:
    >>> drop_tag_line("Tags: they are how the archive groups posts by subject, and readers use them.", None) is None
    True
    """
    if "](" in text and _TAG_LINKS.match(text):
        return Drop("links to the post's tags")
    stripped = signals.link_text(text).strip(" \t*_")
    if stripped[:1] not in _TAG_LINE_INITIALS or ":\t" in stripped:
        return None  # a label and a tab: a field of a record's table ("Schlagwörter:<tab>…")
    match = _TAG_LINE.match(stripped)
    if match is None or stripped.endswith("."):
        return None
    tags = _TAG_SEPARATOR.split(match.group("tags"))
    if any(signals.word_count(tag) > _TAG_WORDS for tag in tags):
        return None
    return Drop("the post's tags")


# The widgets a blog platform prints around every post: the links to the posts before and after,
# the feed links, the archive's tree of months with their counts, the profile link, the share
# buttons run together, the platform's credit.
_BLOG_WIDGET = re.compile(
    r"^(?:(?:Newer|Older) Posts?(?:\s+(?:Newer Posts?|Older Posts?|Home))*"
    r"|Subscribe to:\s*(?:Posts|Post Comments|Comments)\s*\((?:Atom|RSS)\)"
    r"|[►▼▶▸▾◄]\s*\S.{0,40}\(\d{1,5}\)"
    r"|View my complete profile|Post a Comment|\d{1,4} comments?:"
    r"|Email This\s*BlogThis!.{0,120}"
    r"|(?:[\w ]{1,30} theme\.\s*)?Powered by (?:Blogger|WordPress(?:\.com)?|Tumblr|Ghost)\.?)$"
)


_BLOG_WORDS = (
    "older post",
    "newer post",
    "subscribe to:",
    "powered by",
    "complete profile",
    "post a comment",
    "blogthis",
)


@rule(
    "site_chrome.blog_widgets",
    version=1,
    stage="drop",
    max_chars=200,
    example="Newer Post Older Post Home",
    # the archive tree's "► 2025 (12)" names none of the words, but its arrows make the page non-ASCII
    where=scopes.mentioning(*_BLOG_WORDS, other_scripts=True),
)
def drop_blog_widgets(text: str, ctx: LineContext) -> Drop | None:
    """A blog platform's widgets: "Newer Post Older Post Home", "Subscribe to: Post Comments
    (Atom)", an archive's "► 2025 (12)", "View my complete profile", "Powered by Blogger".

    Only whole lines: a post that tells readers to subscribe or names its platform keeps the sentence.
    >>> drop_blog_widgets("Older posts are in the archive, sorted by month.", None) is None
    True
    """
    return Drop("blog platform widget") if _BLOG_WIDGET.match(text.strip()) else None


# A news site's link to another story between the paragraphs: "Read more: <headline>", "READ
# MORE: …", "Related: …", "Lire aussi : …", "Lesen Sie auch: …", "اقرأ أيضا: …", in the languages sites print it.
_READ_ALSO = re.compile(
    r"^(?:Read (?:more|also|next)|Also read|More on this|Related|Lire aussi|À lire aussi|A lire aussi"
    r"|Lire également|Lesen Sie auch|Auch interessant|Mehr zum Thema|Lee también|Lea también|Leia também"
    r"|Leia mais|Leggi anche|Lees ook|Läs också|Læs også|Les også|Lue myös|Czytaj (?:też|także)|Читайте также"
    r"|اقرأ أيضا?ً?) ?: (?P<headline>\S.{0,200})$",
    re.IGNORECASE,
)
_READ_ALSO_INITIALS = frozenset("RrAaMmLlÀàCcЧا")
_HEADLINE_WORDS = 4  # "Related: harbour, haven" lists terms; a story's headline is longer


@rule(
    "site_chrome.read_also",
    version=3,
    stage="drop",
    max_chars=260,
    example="Read more: How cities are paying for the new federal lead rule",
)
def drop_read_also(text: str, ctx: LineContext) -> Drop | None:
    """A link to another story set between an article's paragraphs, after its label ("Read more:",
    "Related:", "Lire aussi :"): the site's, wherever it stands.

    A label over a list of terms, a sentence that goes on after a colon, and a wiki's "See also:"
    are left alone:
    >>> drop_read_also("Related: harbour, haven", None) is None
    True
    >>> drop_read_also("**Lire aussi :** [Crue du Léguer : les commerçants font leurs comptes](/crue)", None)
    Drop(reason='link to another story')
    """
    stripped = signals.link_text(text).strip(" \t*_•·-")
    if stripped[:1] not in _READ_ALSO_INITIALS:
        return None
    match = _READ_ALSO.match(stripped.replace("*", "").replace("\xa0", " "))
    if match is None:
        return None
    headline = match.group("headline")
    if signals.word_count(headline) < _HEADLINE_WORDS or headline.rstrip().endswith("."):
        return None
    return Drop("link to another story")


@rule("site_chrome.widget", version=38, stage="drop", max_chars=300, example="Sign in")
def drop_widget_label(text: str, ctx: LineContext) -> Drop | None:
    """Account, share, advertising and cookie widgets, and menu words, in the page's head or tail.

    The same word alone in the body (a section called "History") is kept: only the head (before
    the first paragraph, or before the first sentence on a page saved without blank lines) and
    the tail hold menus, and a label goes only beside another piece of chrome, since widgets come
    in bars. The page title is never a label, even when it is a menu word. A cookie banner and an
    ad placeholder ("Advertisement", "Anzeige", "Publicidad") go anywhere: a printed article
    carries them between its paragraphs.

    >>> drop_widget_label("Advertisement standards tightened in 1999.", None) is None
    True
    """
    stripped = signals.link_text(text).strip(" \t*•·|")
    if stripped[:1] in _ANYWHERE_INITIALS:
        if _COOKIE_BANNER.match(stripped):
            return Drop("cookie banner")
        if _AD_SLOT.match(stripped) and not signals.match_markup_heading(text.strip()):
            return Drop("advertisement placeholder")
    # where the line sits is cheaper to ask than what it says, and rules out most lines
    if ctx is None or not (ctx.in_head or ctx.in_tail or ctx.index < ctx.doc.lead_end):
        return None
    if _LINK_ONLY.match(text.strip()) and not ctx.is_title:
        return Drop("site menu link") if _beside_link_or_widget(ctx) else None
    if text.count("](") >= 2 and _LINK_BAR.match(text.strip()):
        return Drop("bar of site menu links")
    if not (_WIDGET.match(stripped) or signals.is_menu_line(stripped)):
        return None
    if ctx.is_title and not _between_widgets(ctx):
        return None
    if signals.menu_label_count(stripped) >= _MENU_BAR_LABELS:
        return Drop("site menu bar")
    for step in (-1, +1):
        i = ctx.neighbour_index(step)
        if i is None or i == ctx.doc.title_index:
            continue
        neighbour = ctx.doc.lines[i]
        # a bar never holds one label twice in a row; a page's title over its own heading does
        if _is_widget_like(neighbour) and neighbour.strip() != text.strip():
            return Drop("site widget or menu label")
    return None


def _beside_link_or_widget(ctx: LineContext) -> bool:
    """Whether a line next to this one is a bare link or a widget: a menu's links come in a run."""
    for step in (-1, +1):
        i = ctx.neighbour_index(step)
        if i is not None and i != ctx.doc.title_index:
            neighbour = ctx.doc.lines[i]
            if _LINK_ONLY.match(neighbour.strip()) or _is_widget_like(neighbour):
                return True
    return False


def _between_widgets(ctx: LineContext) -> bool:
    """Whether both neighbours are widgets: a brand name between "Open main menu" and "Search" is
    not the page's title even when it is the first candidate."""
    return all(_is_widget_like(ctx.neighbour(step)) for step in (-1, +1))


def _is_widget_like(text: str | None) -> bool:
    """Whether a neighbouring line is chrome too: widgets come in bars and menus, not alone."""
    if text is None:
        return False
    stripped = signals.link_text(text).strip(" \t*•·|")
    return bool(
        _WIDGET.match(stripped)
        or signals.is_menu_line(stripped)
        or signals.is_skip_link(stripped)
        or _COOKIE_BANNER.match(stripped)
        or signals.is_chrome_label_line(stripped)
        or signals.is_soft_end(stripped)
    )


_PAGINATION = re.compile(
    r"^(?:\d[\d,]* (?:posts?|replies|topics|results|items|comments|articles)\s*[•·|,–-]\s*)?Page \d+ of \d+"
    r"|^(?:[«‹<]\s*)?(?:Previous|Prev\.?|Newer)(?: page| posts)?(?:\s+(?:\d+|…|\.\.\.)){1,12}\s+(?:Next|Older)"
    r"(?: page| posts)?(?:\s*[»›>])?"
    r"|^Showing \d[\d,]*\s*[–-]\s*\d[\d,]* of \d[\d,]* (?:results|items|entries|posts|products)"
    # a series' previous/next links, which carry an arrow: "← Previous: "Rent Day"", "Next episode →"
    rf"|^[{signals.BACK_ARROWS}]\s*(?:Previous|Prev\.?|Older)\b(?: (?:episode|chapter|post|article|page|issue|part))?:?(?:\s+\S.{{0,100}})?"
    rf"|^(?:Next|Newer)\b(?: (?:episode|chapter|post|article|page|issue|part))?:?(?:\s+\S.{{0,100}}?)?\s*[{signals.ON_ARROWS}]"
)


@rule("site_chrome.pagination", version=3, stage="drop", max_chars=120, example="4 posts • Page 1 of 1")
def drop_pagination(text: str, ctx: LineContext) -> Drop | None:
    """Pagination of forums, blogs and listings ("4 posts • Page 1 of 1", "« Previous 1 2 3 Next »").

    Only a whole line of it; a sentence about a page is content:
    >>> drop_pagination("Page 3 of the report says the dam is safe.", None) is None
    True
    >>> drop_pagination("12 posts • Page 2 of 3", None).reason
    'pagination'
    >>> drop_pagination("Next: the boiler explodes and the tenants flee.", None) is None
    True
    """
    stripped = text.strip()
    match = _PAGINATION.match(stripped)
    if match is not None and match.end() == len(stripped):
        return Drop("pagination")
    if ctx is not None and stripped[:1] in signals.BACK_ARROWS and _is_link_pair(stripped, ctx.neighbour(1)):
        return Drop("link to the previous page, beside the link to the next")
    if ctx is not None and stripped[-1:] in signals.ON_ARROWS and _is_link_pair(ctx.neighbour(-1), stripped):
        return Drop("link to the next page, beside the link to the previous")
    return None


# Previous and next links in any language: two titles on adjacent lines, the first opening with a
# back arrow and the second closing with an onward one ("‹ 5.1 Daily cleaning" over "5.2 Descaling ›").
_LINK_TITLE_WORDS = 12


def _is_link_pair(back: str | None, onward: str | None) -> bool:
    if back is None or onward is None:
        return False
    back, onward = back.strip(), onward.strip()
    if back[:1] not in signals.BACK_ARROWS or onward[-1:] not in signals.ON_ARROWS:
        return False
    titles = (back[1:].strip(), onward[:-1].strip())
    return all(
        title
        and signals.word_count(title) <= _LINK_TITLE_WORDS
        and not signals.SENTENCE_END.search(title)
        and not any(mark in title for mark in signals.BACK_ARROWS + signals.ON_ARROWS)
        for title in titles
    )


def _message_header_block(doc: DocumentContext) -> Collection[int]:
    return doc.message_header_indices


@rule(
    "site_chrome.message_header",
    version=3,
    stage="drop",
    max_chars=300,
    example="Archive-name: bicycles-faq/part1",
    where=_message_header_block,
)
def drop_message_header(text: str, ctx: LineContext) -> Drop | None:
    """The header block of a saved e-mail or news posting (``From:``, ``Subject:``, ``Archive-name:``…):
    message metadata, not text. Only the block that opens the document (or the posting an archive
    site's menu sits above), and only when most of its names are ones mail and news software writes.
    Its ``Subject:`` line stays: it is the message's title. Transport fields folded over several
    lines ("Received: from …") go whole.
    """
    if ctx is None or ctx.index not in ctx.doc.message_header_indices:
        return None
    if signals.is_subject_field(text):
        return None
    return Drop("mail or news message header")


def _above_title_and_tail(doc: DocumentContext) -> Collection[int]:
    """Where a site prints its own name, on a page whose name is known."""
    return [*scopes.above_title(doc), *scopes.tail(doc)] if doc.site_names else scopes.NOWHERE


@rule(
    "site_chrome.site_name",
    version=5,
    stage="drop",
    max_chars=80,
    example="Crumb & Crust",
    where=_above_title_and_tail,
)
def drop_site_name(text: str, ctx: LineContext) -> Drop | None:
    """The site's own name above the page title or in the tail: the name its URL or copyright line gives.

    A site's name is known from inside the document: the host of a URL it carries
    (``crumbandcrust.example`` for "Crumb & Crust") or the holder in its copyright line. The same
    words in the body (a blog post that names the blog) and the page title are kept.
    """
    if ctx is None or ctx.is_title or not ctx.doc.site_names:
        return None
    title = ctx.doc.title_index
    if not (ctx.in_tail or (title is not None and ctx.index < title)):
        return None
    return Drop("site name") if ctx.doc.is_site_name(ctx.index) else None


# "Page title - Site", "Page title | Site", "Page title – Site": the last separator splits them.
_TITLE_AND_SITE = re.compile(r"^(?P<title>\S.{0,200})\s+[-–—|]\s+(?P<site>\S.{0,58}?)$")
_SITE_KEY_PREFIX = 6  # a host's name may be the start of the site's full name ("Harbor & Pine Coffee Co.")


@rule(
    "site_chrome.title_site_name",
    version=12,
    stage="edit",
    max_chars=270,
    example="How to Grow Garlic in Containers - Riverside Gardening Club",
)
def strip_title_site_name(text: str, ctx: LineContext) -> Rewrite | None:
    """The site's name after the page title, as a browser's ``<title>`` prints it, when the page
    names its site (a URL's host or the copyright holder; see ``DocumentContext.site_names``).

    Only on the title line, and only a suffix that is the site's name: "Rome – The Eternal City"
    keeps its subtitle on a page whose site is called something else. A ``<title>`` such as
    "Our Rooms – The Lantern House Hotel" over the heading "Our Rooms" is cut to what the heading
    prints alone, whatever the site is called (``DocumentContext.title_echo``); a place the
    ``<title>`` adds in brackets ("Halvorsen Lighthouse (Port Arvane) - Wandersmith") stays.
    """
    if ctx is None:
        return None
    doc = ctx.doc
    if not ctx.is_title:
        # a <title> saved as the first line, over a title the page prints in other words (the
        # head under a <title> that the page's heading echoes is told by the site's name: the
        # line keeps it until the settling pass)
        first = ctx.index == doc.nonblank[0] and doc.browser_title_index is None
        return _without_site_name(text, doc) if first else None
    if ctx.index == doc.browser_title_index and doc.title_index is not None:
        # the title the page prints below: "禾溪" under "禾溪 - 维基百科，自由的百科全书"
        part = doc.title_part(ctx.index, doc.title_index)
        if part != text.strip():
            return Rewrite(part, "site name removed from page title")
    echo = doc.title_echo(ctx.index)  # the heading below prints the title alone
    if echo is not None:
        site = _TITLE_AND_SITE.match(text.strip())
        if site is not None and doc.lines[echo].strip() == site.group("site"):
            # the only copy below is the <title>'s last part: the site's name in its header
            return Rewrite(site.group("title"), "site name removed from page title")
        return Rewrite(doc.title_part(ctx.index, echo), "site name removed from page title")
    return _without_site_name(text, doc)


def _without_site_name(text: str, doc: DocumentContext) -> Rewrite | None:
    """The ``<title>`` without its last part, when that part is the site's name."""
    if not doc.site_names:
        return None
    match = _TITLE_AND_SITE.match(text.strip())
    if match is None:
        return None
    keys = signals.name_keys(match.group("site"))
    if not any(
        key == name or (len(name) >= _SITE_KEY_PREFIX and key.startswith(name))
        for key in keys
        for name in doc.site_names
    ):
        return None
    return Rewrite(match.group("title"), "site name removed from page title")


def _menu_runs(doc: DocumentContext) -> Collection[int]:
    return doc.menu_run_indices


@rule(
    "site_chrome.menu_run",
    version=28,
    stage="drop",
    max_chars=300,  # a label may be a converter's link with a long address
    example="Questions\nTags\nUsers\nCompanies\nSign in",
    where=_menu_runs,
)
def drop_menu_run(text: str, ctx: LineContext) -> Drop | None:
    """Four or more one- to three-word labels in a row, vouched for by a known menu word in or
    beside the run, outside the text (one item in four may run to six words).

    Whole menus, with the names only one site uses ("Questions", "Collectives", "Fork 123"),
    above the page's first sentence or below its last (see ``menu_run_indices``); the same
    run in the body, a list of ingredients, is left alone. A footer's small print under the
    menus ("… is operated by …") and its lists of links are not the page's last sentence, and
    below that sentence one known label vouches for every run.
    """
    if ctx is None or ctx.index not in ctx.doc.menu_run_indices or not text.strip():
        return None
    return Drop("run of menu labels outside the text")


def _code_host_frame(doc: DocumentContext) -> Collection[int]:
    return doc.code_host_frame


@rule(
    "site_chrome.code_host",
    version=4,
    stage="drop",
    example="Fork 38\nStar 612\n4 Branches 19 Tags\nGo to file",
    where=_code_host_frame,
)
def drop_code_host_frame(text: str, ctx: LineContext) -> Drop | None:
    """A code-hosting site's frame around a repository's README: menus, counters, file list, sidebar.

    Three counters ("Fork 38", "311 Commits", "Go to file") make the page a repository's; see
    ``tasks/cleaning/code_host.py`` for where the frame ends and the README begins.
    """
    if ctx is None or ctx.index not in ctx.doc.code_host_frame or not text.strip():
        return None
    return Drop("code-hosting site's frame around the README")


# A reader's display settings, one control a line: the labels ("Font Size:", "Line Spacing:",
# "Schriftgröße", "글자크기") and the choices under them ("Aa Aa Aa", "A- A A+", "가",
# "Arial Georgia Verdana", "Small Medium Large").
_TYPE_LABEL = re.compile(
    r"^(?:(?:Font|Text|Type|Letter)[ -]?(?:Size|Type|Face|Family)|Line[ -](?:Spacing|Height)|Column Width"
    r"|Schriftgröße|Schriftart|Textgröße|Zeilenabstand|Taille (?:du texte|des caractères|de (?:la )?police)"
    r"|Tamaño (?:de (?:la )?)?(?:letra|fuente|texto)|Tamanho (?:da |do )?(?:letra|fonte|texto)"
    r"|Dimensione (?:del )?(?:testo|carattere)|Rozmiar (?:czcionki|tekstu)|Размер (?:шрифта|текста)"
    r"|(?:글자|글씨|폰트)\s?크기|文字サイズ|文字の大きさ|字号|字體大小|字体大小)\s*:?$",
    re.IGNORECASE,
)
# Labels that head a section as often as a panel ("Background", "Theme"): settings only beside
# a typographic one.
_DISPLAY_LABEL = re.compile(
    r"^(?:Background(?: Colou?r)?|Colou?r (?:Theme|Scheme|Mode)|Theme|Reading Mode|Dark Mode|Night Mode"
    r"|Hintergrund|Fond|Fondo|Sfondo|Tło|Фон|배경(?:색)?|背景色?)\s*:?$",
    re.IGNORECASE,
)
_SETTING_CHOICES = frozenset(
    {
        "a",
        "aa",
        "a-",
        "a+",
        "a−",
        "-a",
        "+a",
        "가",
        "あ",
        "字",
        "小",
        "中",
        "大",
        "small",
        "medium",
        "large",
        "normal",
        "wide",
        "narrow",
        "light",
        "dark",
        "sepia",
        "white",
        "black",
        "night",
        "default",
        "auto",
        "arial",
        "georgia",
        "verdana",
        "helvetica",
        "times",
        "serif",
        "sans-serif",
        "monospace",
    }
)
_SETTINGS_RUN = 12  # controls a panel can hold, one a line with no blank between; looked for on either side
_LONGEST_CONTROL = 40  # "Taille des caractères :", "Arial Georgia Verdana"
_SETTINGS_WORDS = (
    "font",
    "text size",
    "textgr",
    "line spacing",
    "line height",
    "column width",
    "schrift",
    "taille",
)


def _setting_kind(text: str) -> str | None:
    """ "type" for a typographic label, "display" for another display label, "choice" for a line of
    choices, ``None`` for anything else."""
    stripped = text.strip()
    if not stripped or len(stripped) > _LONGEST_CONTROL:
        return None
    if _TYPE_LABEL.match(stripped):
        return "type"
    if _DISPLAY_LABEL.match(stripped):
        return "display"
    if all(word in _SETTING_CHOICES for word in stripped.lower().split()):
        return "choice"
    return None


def _controls_beside(ctx: LineContext, step: int) -> list[tuple[str, str]]:
    """The settings controls next to a line going ``step`` lines at a time, one a line with no
    blank between, each with its kind."""
    lines = ctx.doc.lines
    found: list[tuple[str, str]] = []
    i = ctx.index + step
    while 0 <= i < len(lines) and len(found) < _SETTINGS_RUN:
        kind = _setting_kind(lines[i])
        if kind is None:
            break
        found.append((kind, lines[i]))
        i += step
    return found


@rule(
    "site_chrome.reader_settings",
    version=1,
    stage="drop",
    max_chars=_LONGEST_CONTROL,
    example="Font Size:\nAa Aa Aa\nLine Spacing:",
    where=scopes.mentioning(*_SETTINGS_WORDS, other_scripts=True),
)
def drop_reader_settings(text: str, ctx: LineContext) -> Drop | None:
    """A reader's display settings panel, one control a line: "Font Size:", "Aa Aa Aa", "Line
    Spacing:", "Background:", Korean news sites' "글자크기" over five "가" buttons.

    The labels go only as a panel: two controls or more next to each other, one of them a
    typographic label, and either a label ends in a colon or choices stand under one. A
    tutorial's "Font size" heading over its paragraph, a list of the settings a study varied
    ("Font size", "Line spacing"), a "Background" section, a lone "A" answer or a "Times" heading
    stay.
    """
    kind = _setting_kind(text)
    if kind is None or ctx is None:
        return None
    above = _controls_beside(ctx, -1)
    if kind == "choice" and not above:
        return None  # choices sit under their label
    run = [*above, (kind, text), *_controls_beside(ctx, +1)]
    kinds = {control for control, _ in run}
    colons = any(line.rstrip().endswith(":") for _, line in run)
    if len(run) < 2 or "type" not in kinds or not (colons or "choice" in kinds):
        return None
    return Drop("reader's display settings")
