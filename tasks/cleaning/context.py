"""Document-level facts that line rules need: which kind of page this is, and where its zones lie.

A saved page has a head (site chrome, title, infobox remnants), a body, and a tail (categories,
menus, footers) after an end-of-content marker. Position is the signal that separates a menu
label from a heading with the same words, so it is computed once here, from recognisers only.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from tasks.cleaning import banners, code_host, comment_form, link_list, sections, signals, teasers, titles

_URL_HOST = re.compile(r"https?://([\w.-]{3,100})", re.ASCII)
_HOST_NOISE = frozenset(
    {"www", "m", "en", "forum", "forums", "blog", "com", "co", "org", "net", "ac", "gov", "edu"}
)
_COPYRIGHT_HOLDER = re.compile(
    r"(?:(?<!\w)©|\(c\)|Copyright)\s*(?:©\s*|\(c\)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<name>[^\W\d][^.|·•,;:]{1,60}?)\s*(?:[.|·•,;:]|All rights|$)",
    re.IGNORECASE,
)
# The legal form after a company's name in its copyright line.
_LEGAL_FORM = re.compile(
    r"\s+(?:LLC|Ltd|Limited|Inc|Incorporated|Corp|Corporation|GmbH|AG|plc|PLC|LLP|SA|SAS|SL|BV|NV|Pty|Oy|AB|ASA|A/S|S\.A|B\.V|e\.V|CIC)$"
)
# Non-ASCII letters a case-insensitive pattern matches for the ASCII letters s, i and k.
_CASE_BLIND_LOOKALIKES = ("\u017f", "\u0131", "\u0130", "\u212a")
_TITLE_STEP_WORDS = 2  # a trail's step that a longer title may go on from
_INTRO_HEADING_CHARS = 60
_LISTED_BUTTON = re.compile(r"^\s*[*•o-]\s+([vte])$")
_LISTED_BUTTON_CHARS = 12
_LISTED_ITEM = re.compile(r"^\s*[*•o-]\s+\S")
_GROUP_NAME_WORDS = 4
_HISTORY_LABEL = re.compile(r"^\s*(?:Received|Accepted|Published|Revised):?\s*$")
_HISTORY_REACH = 5
_INFO_PREAMBLE_START = re.compile(r"^This is [\w.+-]{1,80}\.info, produced by makeinfo version\b")
_INFO_NODE = re.compile(
    r"^File: [\w.+-]{1,80}\.info(?:-\d+)?,\s+Node: [^,]{1,120}(?:,\s+(?:Next|Prev|Up): .{1,200})*$"
)
# The headings of a digital library's panels under an article's index terms.
_CLOSING_PANEL = re.compile(
    r"^(?:Qualifiers|Contributors|Acceptance Rates|Funding Sources|Other Metrics|Bibliometrics(?: & Citations)?"
    r"|Recommendations|Upcoming Conference|Affiliations|Article Metrics)$"
)
# A numbered section's heading, as a list of the sections prints it too: "3. How to take Dolvantra".
_NUMBERED_SECTION = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+\w")
_SECTION_LIST_ENTRIES = 3
_SECTION_LIST_RECURRING = 2
_HEADER_FIELD = re.compile(r"^[A-Za-z][\w-]{1,60}:(?:\s.*)?$")
_WRAPPED_END_LABELS = frozenset({"Retrieved from", "Categories:", "Categories", "Hidden categories:"})
# First letters of the ``signals.LAST_EDITED`` forms, and the length of the longest
# ``signals.NAVIGATION_MENU`` banner ("Trình đơn chuyển hướng").
_LAST_EDITED_OPENERS = frozenset("TLDEQЭ이こ本")
_NAVIGATION_MENU_LONGEST = 22
_URL = re.compile(r"https?://\S+")
_URL_START = re.compile(r"^[\"“„«]?https?://")
_BULLET = re.compile(r"^[*•·-]\s+\S")
_SKIP_TO_CONTENT = re.compile(r"content|inhalt|conteúdo|nội dung|본문|内容", re.IGNORECASE)
_WRAPPED_LINE_WORDS = 8
_TAGLINE_WITHIN = 160  # non-blank lines of a wiki's head
_WRAPPED_TITLE_LINES = 3  # a title wrapped in a narrow column; a paragraph's lines run on further
_WRAPPED_TITLE_FIRST_WORDS = 4  # the first line of a wrapped title fills its column
_BAR_COUNTS = 4  # a post's control bar prints at most this many counts under its buttons
_BAR_LABEL_CHARS = 32  # a button or a field of a member's card ("Tepkime puanı 3.208")
_BAR_RECURRENCE = 3  # a bar under every post of a thread: three posts at least
_SIGNATURE_RULE = re.compile(r"^\s*_{10,}\s*$")  # vBulletin draws 18 underscores, phpBB styles 15
_FORUM_SIGNATURE_LINES = 3
_CARD_LINE_CHARS = 40  # a member card's line: "Registrován: pon 03. lis 2008 9:15"
_CARD_LINES = 9  # a card's lines: date, number, name, rank and a few fields
_BAR_LABELS = 3  # a bar's different labels ("Like", "Quote", "Reply"); two may be a word and its class
_POST_WORDS = 6  # a line of a post between two bars, longer than any label
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
_FIXED_WIDTH = 100  # a hard-wrapped text's lines are no wider (RFCs 72, mail 72-78, ebooks 70)
_WRAPPED_LINES = 5  # lines near the width that make a text hard-wrapped
_NEAR_WIDTH = 0.8  # a line this share of the width or more runs to the margin
_WRAPPED_SHARE = 0.6  # a wrapped paragraph's lines, but its last, fill this much of the width
_HAS_WORD_OR_NUMBER = re.compile(r"[^\W_]")
# A reply's subject over each reply of a thread, in the languages forums print it: "Re: Stuck
# fermentation", "AW: …", "Cevap: …", "Ответ: …".
_REPLY_SUBJECT = re.compile(r"(?:Re|RE|AW|Aw|Antw|Odp|Sv|SV|Vs|VS|Cevap|Ynt|Ответ|Отв|回复|答复): \S")
_SHARE_AND_CITE = "Share and Cite"
_CITATION_STYLE = re.compile(r"^[\w/ -]{1,30} Style$")
_READER_FIELD = re.compile(
    r"^(?:Title|URL Source|Published Time|Description|Warning|Number of Pages):(?: .*)?$"
)
_READER_FIELDS = 8
# A dash or bar between spaces; a Chinese or Japanese site's underscore or full-width bar between
# its own script's characters ("…有望缓解_北辰新闻网", "…｜朝日新聞").
_CJK_SEPARATOR = r"|(?<=[\u3000-\u9fff\uff00-\uffef])\s*[_｜]\s*(?=[\u3000-\u9fff\uff00-\uffefA-Za-z])"
_TITLE_SEPARATOR = re.compile(r"\s+[-–—|]\s+" + _CJK_SEPARATOR)
_DOT_SEPARATOR = re.compile(r"\s+[-–—|·]\s+" + _CJK_SEPARATOR)
_TRAILING_BRACKET = re.compile(r"\s+\([^()]{1,40}\)$")
# What a heading adds to the name its <title> prints: a link aggregator's linked host ("(bytefarrow.dev)"),
# a code host's issue number ("#2187", which its <title> prints as a part of its own).
_HEADING_ADDITION = re.compile(r"\s+\((?:[\w-]+\.)+[a-z]{2,}\)$|\s+#\d+$")
# Where a page's first paragraph starts, ending the head its title is looked for in.
_PARAGRAPH_WORDS = 12
_TARGET_URI = re.compile(r"^WARC-Target-URI:\s*<?https?://[^/\s>]+(?P<path>/?[^\s>]*)>?$", re.IGNORECASE)
# The tools a wiki skin prints under a page's title.
_PAGE_TOOL = re.compile(
    r"^(?:Sign in to edit|Edit(?: source)?|View source|Talk(?: \(\d+\))?|Watch|Languages?)$"
)
_EDIT_TOOL = re.compile(r"^Edit(?: source)?$")
# A community wiki's name over its pages ("Harbour Lights Wiki"): the site's, never a page's title.
_WIKI_NAME_LINE = re.compile(rf"^{signals.WIKI_SITE_NAME}$")
_SENTENCE_INSIDE = re.compile(r"[.!;]\s|[。！]")
_STANDFIRST_TITLE_WORDS = 4  # a title over a long standfirst; a menu item is shorter
# A table of contents counts when this share of its entries comes back as a line,
# which may carry this many more characters than the entry (number, markup, an edit link).
_TOC_ECHO_SHARE = 0.25
_TOC_PLAIN_ECHO_SHARE = 0.75  # entries without numbers ("Step 1: Check you're eligible"): nearly all
_TOC_PLAIN_ENTRY_WORDS = 10
_PAGED_ENTRIES = 3
_PAGED_ENTRY_CHARS = 160
_TOC_TOGGLE = re.compile(r"^\[[^\W\d_]{2,20}\]$")  # "[hide]", "[sembunyikan]"
_TOC_ENTRY_CHARS = 80
_FIRST_TOC_ENTRY = re.compile(r"^1\.?\s+[^\W\d_]")  # "1 Geografi", not "1. ^ a b Smith"
_HEADING_DECORATION = 40
# Words of running text a page's closing furniture may hold whatever stands above it (a blurb).
_TAIL_TEXT_WORDS = 60
_DOI_LABEL = re.compile(r"^DOI:?$", re.IGNORECASE)  # over the address on the line below
_SIGNATURE_LINES = 6  # a signature under "-- ": a name, an address, a motto
_COMMENT_END = re.compile(r"\w[.!?…]+[\"'’”)]*\s*$")  # a sentence's end, after a word
_COMMENT_CONTROLS = 3  # "Liked by …", "23", "Share" between a comment and its reply button
_COMMENT_CONTROL_WORDS = 5
# A comment's byline over its text: "**Dev Ranganathan** says:", "2. Hannelore K. says".
_COMMENT_BYLINE = re.compile(r"^(?:\d{1,3}\.\s+|[*-]\s+)?\S.{0,60}?\s(?:says|said|wrote):?$")
_PAGE_COLUMN = re.compile(r"\s{2,}(?:Page|Pages|Seite)$")
_COPYRIGHT_START = re.compile(r"(?:©|\(c\)|copyright\b)", re.IGNORECASE)
_REFERENCE_KINDS = frozenset({"references", "bibliography"})
_BARE_DOI = re.compile(r"^10\.\d{4,9}/\S{1,200}$")
_LICENCE_HEADING = re.compile(
    r"^(?:Licen[cs]e|Licensing|Copyright|Lizenz|Licencia|Licence)\s*:?$", re.IGNORECASE
)
_DIGITS = re.compile(r"\d+")
_FIELD_ROW = re.compile(r"^[^\t:]{1,40}:\t+\S")
_FIELD_TABLE_ROWS = 4
_LIKE_COUNT = re.compile(r"^\d[\d,.]*k? (?:likes?|Likes?)$")
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
# A head block of this many short lines (of at most so many words), two in five of them menu
# labels, is a sidebar or menu.
_MENU_BLOCK_LINES = 5
_MENU_LABEL_WORDS = 5
# A menu saved as text: this many short labels in a row, none longer than _RUN_LABEL_WORDS words.
_MENU_RUN_LINES = 4
_RUN_LABEL_WORDS = 3
# Chinese, Japanese and Korean write a title without spaces, as one "word": a label is short in
# characters instead ("サイトマップ", "記事の引用をダウンロード"; a page's title runs longer).
_CJK_LABEL_CHARS = 17
_TERM_WORDS = 6  # a keyword, or a menu item longer than a label
# A sentence with this many short labels among the next five lines is a banner over a menu.
_TEXT_START_WINDOW = 5
_TEXT_START_LABELS = 3
_BANNER_LINES = 1  # an announcement bar is the first line of a page
_README_NAME_WORDS = 6  # a project's name heading its README
_HEAD_LABEL_LINES = 4  # a sentence among a site's first labels, over its menus
_BANNER_WORDS = (
    "cookie",
    "official",
    "alpha",
    "beta",
    "preview",
    "mail",
    "javascript",
    "access",
    "buy",
    "purchase",
    "subscri",
    "abonn",
    "suscri",
    "assinant",
    "abbonat",
)
# How much of the opening text is searched for a run's line echoed (a title the lead repeats).
_ECHO_CHARS = 600
# Lines of running text an end marker may have below it whatever stands above (a mirror's note).
_TAIL_TEXT_ALLOWANCE = 3
_CATEGORY_LABEL_CHARS = 30
# A widget's question ("Don't have an account?") is shorter than the first sentence of a body.
_LEAD_SENTENCE_WORDS = 6
_BOX_CALL_WORDS = 4
# A notice printed under every item of a page: its copies, its length in words and characters.
_NOTICE_COPIES = 3
_NOTICE_WORDS = 12
_NOTICE_CHARS = 60
_HAS_DIGIT = re.compile(r"\d")
_WARCINFO = re.compile(r"^WARC-Type:\s*warcinfo$", re.IGNORECASE)
_MENU_UNDER_NAME = 3  # lines under a site's name in its header where its menu starts
_DOI_ANYWHERE = re.compile(r"\b10\.\d{4,9}/")
_ISSN_NUMBER = re.compile(r"^\s*\d{4}-\d{3}[\dXx]\b")
_PAGE_LINES = 3  # page numbers one apart stand a page of text apart, not in a column
_MARKED_HEAD_WORDS = 12  # a printed head beside a page mark: a title or a name, not a sentence
# A running head of a page laid out in columns: its left part, the gap after it, its copies.
_LAYOUT_GAP = re.compile(r"\s{4,}")
_LAYOUT_HEAD_WORDS = 3
_LAYOUT_HEAD_COPIES = 3
_LAYOUT_HEAD_CHARS = 200
ISSN = re.compile(
    r"^\s*(?:[EeP]-?|Online |Print |(?:Print|On-?line|Electronic) version |(?:versión|versão) (?:impresa|impressa|On-?line) )?"
    r"ISSN(?:-L)?(?:\s*\(?(?:online|print|electronic)\)?)?\s*[:：]?\s*\d{4}-\d{3}[\dXx](?![\dXx-]).{0,40}$"
)


# Names only a mail or news posting carries; "Version:" or "Last-modified:" alone could head any page.
_POSTING_FIELDS = frozenset(
    ["from", "newsgroups", "message-id", "archive-name", "posted-by", "path", "xref", "nntp-posting-host"]
)

_SUBJECT_FIELD = re.compile(r"^\s*Subject:\s*", re.IGNORECASE)
# A record's title field, as repositories and preprint servers print it ("Title:\tListening to …")
_TITLE_FIELD = re.compile(r"^\s*(?:title|titel|t[ií]tulo|titre|titolo|tytuł) ?:\s*(?=\S)", re.IGNORECASE)
_MESSAGE_FIELDS = _POSTING_FIELDS | frozenset(
    [
        "to",
        "cc",
        "reply-to",
        "sender",
        "subject",
        "date",
        "references",
        "followup-to",
        "organization",
        "lines",
        "posting-frequency",
        "last-modified",
        "version",
        "url",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
        "user-agent",
        "x-mailer",
        "in-reply-to",
        "return-path",
        "received",
        "list-id",
        "list-unsubscribe",
        "delivered-to",
    ]
)


@dataclass
class DocumentContext:
    """Facts about one document's normalised lines, computed once before the rules run."""

    lines: list[str]
    chrome_indices: set[int] = field(default_factory=set)
    # Line index -> in how many documents of the site the line recurs (cross-document boilerplate).
    repeated: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._prose_block_cache: dict[int, bool] = {}
        self.nonblank = [i for i, text in enumerate(self.lines) if text.strip()]
        self.chrome_indices = self._chrome_blocks()

    @cached_property
    def _joined(self) -> str:
        return "\n".join(self.lines)

    @cached_property
    def is_ascii(self) -> bool:
        """Whether the page is ASCII only: then no word of another script can occur in it."""
        return self._joined.isascii()

    def nonblank_after(self, i: int) -> int | None:
        """Index of the first non-blank line below line ``i``, if any."""
        position = bisect.bisect_right(self.nonblank, i)
        return self.nonblank[position] if position < len(self.nonblank) else None

    def nonblank_below(self, i: int, count: int) -> list[int]:
        """Indices of the first ``count`` non-blank lines below line ``i``, in order (fewer at the end)."""
        position = bisect.bisect_right(self.nonblank, i)
        return self.nonblank[position : position + count]

    def nonblank_before(self, i: int, count: int = 1) -> list[int]:
        """Indices of the last ``count`` non-blank lines above line ``i``, in order (fewer at the top)."""
        position = bisect.bisect_left(self.nonblank, i)
        return self.nonblank[max(position - count, 0) : position]

    @cached_property
    def _ascii_lowered(self) -> bytes:
        """The whole document as UTF-8 with ASCII letters lowered (fast, unlike ``str.lower``)."""
        return self._joined.encode("utf-8", "surrogatepass").lower()

    def may_mention(self, words: tuple[str, ...]) -> bool:
        """Whether any of the lower-case ASCII ``words`` may occur in the document, in any letter case.

        ``False`` rules a case-blind pattern that needs one of the words out with one scan of the
        page. The letters such a pattern also takes for s, i and k (ſ, ı, İ, K) are not ASCII, so
        a page holding one of them is never ruled out.
        """
        lowered = self._ascii_lowered
        return self._has_case_blind_lookalike or any(word.encode() in lowered for word in words)

    @cached_property
    def _has_case_blind_lookalike(self) -> bool:
        """Whether the page holds one of ``_CASE_BLIND_LOOKALIKES``; asked once, not on every ``may_mention``.

        Looking for one character in the text is many times faster than for its UTF-8 bytes in
        ``_ascii_lowered``, and gives the same answer: lowering leaves non-ASCII bytes alone.
        """
        return any(letter in self._joined for letter in _CASE_BLIND_LOOKALIKES)

    # --- what kind of page ---------------------------------------------------------------------

    @cached_property
    def tagline_index(self) -> int | None:
        """The wiki's tagline under the title, within the head: the current skin's menus, tools
        and language list saved expanded run to over a hundred lines above it."""
        return next((i for i in self.nonblank[:_TAGLINE_WITHIN] if signals.is_tagline(self.lines[i])), None)

    @cached_property
    def is_wiki(self) -> bool:
        """Signals of a saved MediaWiki page; wiki-only rules (preamble, captions) need one."""
        if self.tagline_index is not None:
            return True
        hits = 0
        for i in self.nonblank:
            text = self.lines[i]
            stripped = text.strip()
            if signals.RETRIEVED_FROM.match(stripped):
                return True
            if signals.JUMP_LINK.match(stripped):
                if not _SKIP_TO_CONTENT.search(stripped):
                    return True  # "Jump to navigation": only a wiki skin prints it
                hits += 1  # "Jump to content", "Zum Inhalt springen": any site's skip link too
                if hits >= 2:
                    return True
            elif signals.edit_link_heading(text) is not None:
                hits += 1
                if hits >= 2:
                    return True
        return False

    @cached_property
    def is_journal(self) -> bool:
        """Signals of a journal article landing page (OJS and similar).

        Each signal needs one of a few words, so a page without them is ruled out with one scan
        of its whole text instead of three patterns per line.
        """
        if not self.may_mention(("issn", "refback", "received", "submitted")):
            return False
        for position, i in enumerate(self.nonblank):
            text = self.lines[i]
            if signals.is_refbacks(text) or ISSN.match(text) or signals.JOURNAL_DATES.search(text):
                return True
            label = text.strip().rstrip(": ")
            if label == "ISSN" and self._issn_under(position):
                return True
            if label == "Received":
                # the dates one a line under their labels: "Received", "11 March 2024", "Accepted", …
                nearby = self.nonblank[position + 1 : position + _HISTORY_REACH]
                if any(_HISTORY_LABEL.match(self.lines[j]) for j in nearby):
                    return True
        return False

    def _issn_under(self, position: int) -> bool:
        """Whether the non-blank line after the ``position``-th prints an ISSN: the label over its
        numbers ("ISSN", "0831-4427 (print)", "1929-7750 (online)")."""
        following = self.nonblank[position + 1 : position + 2]
        return bool(following) and bool(_ISSN_NUMBER.match(self.lines[following[0]]))

    @cached_property
    def has_marked_headings(self) -> bool:
        """Whether headings carry explicit markup; if so, bare short lines are not guessed to be headings."""
        return any(
            signals.edit_link_heading(self.lines[i]) is not None
            or signals.match_markup_heading(self.lines[i])
            for i in self.nonblank
        )

    @cached_property
    def warc_header_indices(self) -> set[int]:
        """Lines of WARC record headers: a ``WARC/1.0`` line and the ``Name: value`` lines right after it."""
        found: set[int] = set()
        for i in self.nonblank:
            if not signals.is_warc_version(self.lines[i]):
                continue
            found.add(i)
            j = i + 1
            while j < len(self.lines) and _HEADER_FIELD.match(self.lines[j].strip()):
                found.add(j)
                j += 1
            if any(_WARCINFO.match(self.lines[k].strip()) for k in range(i + 1, j)):
                found.update(self._warcinfo_fields(j))
        return found

    def _warcinfo_fields(self, end: int) -> list[int]:
        """The ``Name: value`` lines a ``warcinfo`` record carries under its header, which ends at
        line ``end``: the crawl's and the software's description ("isPartOf: CC-MAIN-2025-13")."""
        below = self.nonblank_after(end - 1)
        return self._field_run(below) if below is not None else []

    @cached_property
    def message_header_indices(self) -> set[int]:
        """A mail or news header block opening the document (``From:``, ``Subject:``, ``Archive-name:``…).

        At least two ``Name: value`` lines in a row, half of them with names that mail and news
        software writes; a document opening with "Note: …" is not a message. The block either opens
        the document, or (an archive site's menu above a posting) is the first run of such lines
        before the first sentence, with three lines or more and a name only a posting carries.
        """
        block = self._field_run(self.nonblank[0]) if self.nonblank else []
        if self._is_message_header(block):
            return set(block)
        for i in self.nonblank:
            if i >= self.lead_end:
                break
            if i - 1 >= 0 and self.lines[i - 1].strip() and _HEADER_FIELD.match(self.lines[i - 1].strip()):
                continue  # inside a run already looked at
            block = self._field_run(i)
            if len(block) >= 3 and self._is_message_header(block):
                names = {self.lines[j].split(":", 1)[0].strip().lower() for j in block}
                if names & _POSTING_FIELDS:
                    return set(block)
        return set()

    @cached_property
    def digest_message_marks(self) -> list[int]:
        """The "Message: N" lines of a mailing-list digest, when there are two or more."""
        if not self.may_mention(("message: ",)):
            return []
        marks = [i for i in self.nonblank if signals.DIGEST_MESSAGE.match(self.lines[i])]
        return marks if len(marks) >= 2 else []

    @cached_property
    def digest_frame_indices(self) -> set[int]:
        """A mailing-list digest's frame around its messages: what the list software writes.

        A digest is told by two "Message: N" lines or more. Its frame is the masthead and topic
        index (template lines, with the addresses indented under them and the numbered topics),
        the rules of dashes over each message and over the footer, each "Message: N" line with
        the header fields under it (the ``Subject:`` line aside, which titles the message), and
        each signature from its "-- " delimiter to the next separator. What the members wrote is
        the rest.
        """
        marks = self.digest_message_marks
        if not marks:
            return set()
        lines = self.lines
        found: set[int] = set()
        for i in marks:
            found.add(i)
            in_subject = False
            for j in self._field_run(i + 1):
                if not lines[j][:1].isspace():  # a field, not a folded field's continuation
                    in_subject = signals.is_subject_field(lines[j])
                if not in_subject:
                    found.add(j)
        in_template = False
        for i, text in enumerate(lines):
            stripped = text.strip()
            if signals.DIGEST_SEPARATOR.match(stripped):
                below = self.nonblank_after(i)
                if below is not None and (
                    signals.DIGEST_MESSAGE.match(lines[below])
                    or signals.DIGEST_TEMPLATE.match(lines[below].strip())
                ):
                    found.add(i)  # the rule over the next message or the footer, not one in a message
                in_template = False
            elif signals.DIGEST_TEMPLATE.match(stripped):
                found.add(i)
                in_template = True
            elif in_template and stripped and text[:1].isspace():
                found.add(i)  # an address under a masthead line, a numbered topic
            elif stripped:
                in_template = False
        found.update(self._signatures(found))
        return found

    def _signatures(self, frame: set[int]) -> list[int]:
        """The signature blocks of a digest's messages: a "-- " line and what follows it up to the
        frame line that closes the message, a few lines at most."""
        found: list[int] = []
        lines = self.lines
        for i in self.nonblank:
            if not signals.SIGNATURE_DELIMITER.match(lines[i]):
                continue
            end = next(
                (j for j in range(i + 1, min(len(lines), i + _SIGNATURE_LINES + 2)) if j in frame), None
            )
            if end is not None:
                found.extend(j for j in range(i, end) if lines[j].strip())
        return found

    def _field_run(self, start: int) -> list[int]:
        """The ``Name: value`` lines directly following one another from ``start``, with the indented
        lines that continue a long field ("Received: from …" folded over three lines)."""
        block: list[int] = []
        i = start
        while i < len(self.lines):
            text = self.lines[i]
            if _HEADER_FIELD.match(text.strip()) and not text[:1].isspace():
                block.append(i)
            elif block and text[:1] in (" ", "\t") and text.strip():
                block.append(i)  # a folded field's continuation
            else:
                break
            i += 1
        return block

    def _is_message_header(self, block: list[int]) -> bool:
        fields = [i for i in block if not self.lines[i][:1].isspace()]
        known = sum(1 for i in fields if self.lines[i].split(":", 1)[0].strip().lower() in _MESSAGE_FIELDS)
        return len(fields) >= 2 and known * 2 >= len(fields)

    @cached_property
    def site_names(self) -> frozenset[str]:
        """Keys (``signals.name_key``) the site's name may have: from URL hosts and copyright lines.

        A host ``forum.vintageradio.example`` gives every order of its name parts, with and without
        the generic ones ("vintageradioforum", "forumvintageradio", "vintageradio"); a copyright
        holder gives its name with and without its legal form ("Wandersmith LLC").
        """
        keys: set[str] = set()
        for i in self.nonblank:
            text = self.lines[i]
            if "://" in text:
                for host in _URL_HOST.findall(text)[:3]:
                    keys.update(_host_keys(host))
            if len(text) <= 300 and ("©" in text or "opyright" in text or "(c)" in text or "(C)" in text):
                match = _COPYRIGHT_HOLDER.search(text)
                if match:
                    name = match.group("name")
                    # "Wandersmith LLC" is the company; the site prints "Wandersmith"
                    keys.update((signals.name_key(name), signals.name_key(_LEGAL_FORM.sub("", name))))
        return frozenset(key for key in keys if len(key) >= 4)

    def is_site_name(self, i: int) -> bool:
        """Whether line ``i`` is nothing but the site's name (see ``site_names``)."""
        text = self.lines[i]
        if not self.site_names or len(text) > 80 or signals.word_count(text) > 6:
            return False
        if signals.SENTENCE_END.search(text):
            return False
        return bool(signals.name_keys(text) & self.site_names)

    @cached_property
    def repeated_notice_indices(self) -> set[int]:
        """Copies of a sentence the page prints three times or more: a notice under each of its items.

        A review site's disclaimer under every review and a textbook's licence line on every page
        are sentences of twelve words or more ending in a full stop; the text says a thing of that
        length once. A song's refrain is shorter and ends in no full stop, and a page with no other
        running text is its own sentence repeated, not a notice under items.
        """
        notices = {
            key
            for key, count in self.line_counts.items()
            if count >= _NOTICE_COPIES
            and len(key) >= _NOTICE_CHARS  # cheaper than counting words, and rules out most lines
            and key.endswith(".")
            and signals.word_count(key) >= _NOTICE_WORDS
        }
        if not notices:
            return set()
        copies = {i for i in self.nonblank if self.lines[i].strip() in notices}
        # a page whose only text is the sentence said over and over keeps it: it is no notice of items
        if not any(self._is_body_sentence(i) for i in self.nonblank if i not in copies):
            return set()
        return copies

    @cached_property
    def line_counts(self) -> dict[str, int]:
        """How often each short stripped line occurs in the document."""
        counts: dict[str, int] = {}
        for i in self.nonblank:
            key = self.lines[i].strip()
            if len(key) <= 300:
                counts[key] = counts.get(key, 0) + 1
        return counts

    @cached_property
    def repeated_lines(self) -> frozenset[str]:
        """Short lines that occur three times or more: running heads and footers of printed pages."""
        counts: dict[str, int] = {}
        for i in self.nonblank:
            key = self.lines[i].strip()
            if len(key) <= 150:
                counts[key] = counts.get(key, 0) + 1
        return frozenset(  # a printed page's title may carry its URL: the URL's parts are not words
            key
            for key, n in counts.items()
            if n >= 3
            and _HAS_WORD_OR_NUMBER.search(key)  # a rule line ("=====") between sections is no head
            and signals.word_count(_URL.sub("", key) if "://" in key else key) <= 12
            # a sentence said three times is the text's, but a copyright line under every page is a footer
            and (not signals.SENTENCE_END.search(key) or bool(_COPYRIGHT_START.match(key)))
        )

    @cached_property
    def shows_print_furniture(self) -> bool:
        """Whether the page was printed: a "Downloaded from …" stamp, a page counter or a running head."""
        return (
            bool(self.repeated_lines)
            or any(signals.DOWNLOAD_STAMP.match(self.lines[i].strip()) for i in self.nonblank)
            or self._has_paged_heads
            or bool(self.layout_head_indices)
        )

    @cached_property
    def layout_head_indices(self) -> set[int]:
        """Running heads of a page laid out in columns: the same left part, a wide gap, then the
        section's or the page's name ("NORRVIK GROUP · SUSTAINABILITY REPORT 2025      CLIMATE").

        ``pdftotext -layout`` keeps the gap. The left part must be three words or more and come
        back three times, a page apart: a table's rows have shorter first cells, or other ones.
        """
        if "    " not in self._joined:
            return set()
        by_left: dict[str, list[int]] = {}
        for i in self.nonblank:
            text = self.lines[i].strip()
            if "    " not in text or len(text) > _LAYOUT_HEAD_CHARS:
                continue
            left = _LAYOUT_GAP.split(text, maxsplit=1)[0]
            if signals.word_count(left) >= _LAYOUT_HEAD_WORDS and not signals.SENTENCE_END.search(left):
                by_left.setdefault(left, []).append(i)
        found: set[int] = set()
        for copies in by_left.values():
            if len(copies) >= _LAYOUT_HEAD_COPIES and all(
                b - a >= _PAGE_LINES for a, b in itertools.pairwise(copies)
            ):
                found.update(copies)
        return found

    @cached_property
    def _has_paged_heads(self) -> bool:
        """Whether a short line comes back three times with a page number beside it in some copies
        ("61234 Federal Register / Vol. 91 …", "Federal Register / Vol. 91 …", "… 61236")."""
        counts = self.line_counts
        return any(
            len(copies) + counts.get(bare, 0) >= _RUNNING_COPIES
            and _HAS_DIGIT.search(bare)
            and signals.word_count(bare) >= 3
            for bare, copies in self._numbered_copies.items()
        )

    @cached_property
    def _numbered_copies(self) -> dict[str, list[int]]:
        """The lines that print a page number before or after their words, by those words."""
        numbered: dict[str, list[int]] = {}
        for i in self.nonblank:
            text = self.lines[i].strip()
            # most lines neither start nor end with a digit: those are passed over at once
            if (text[:1].isdigit() or text[-1:].isdigit()) and len(text) <= _RUNNING_LINE_CHARS:
                bare = _without_page_number(text)
                if bare != text:
                    numbered.setdefault(bare, []).append(i)
        return numbered

    @cached_property
    def page_number_indices(self) -> set[int]:
        """Bare page numbers of a printed page: numbers alone on a line that run on from page to page.

        A number counts when the document shows other print furniture and another bare number one
        apart stands some lines away ("212" … "213"), not beside it: a column of numbers in a table,
        or a list of years, is not a page sequence.
        """
        if not self.shows_print_furniture:
            return set()
        numbers = {i: int(self.lines[i]) for i in self.nonblank if signals.BARE_NUMBER.match(self.lines[i])}
        by_value: dict[int, list[int]] = {}
        for i, n in numbers.items():
            by_value.setdefault(n, []).append(i)
        found: set[int] = set()
        for i, n in numbers.items():
            partners = by_value.get(n - 1, []) + by_value.get(n + 1, [])
            if any(abs(j - i) >= _PAGE_LINES for j in partners):
                found.add(i)
        return found

    @cached_property
    def page_mark_indices(self) -> set[int]:
        """Where a scanned journal's or book's pages begin: "Page 118" lines numbered in sequence, and
        the printed head beside one that prints the same number ("118 HENRI MARÉCHAUX").

        The marks count only when some mark has such a head beside it, which tells the digitised
        page from an essay that heads its parts "Page 1", "Page 2".
        """
        if not self.may_mention(("page", "seite", "pagina", "página", "pág", "p.")):
            return set()
        marks = {i: int(m[1]) for i in self.nonblank if (m := signals.PAGE_MARK.match(self.lines[i]))}
        numbers = {n: i for i, n in marks.items()}
        in_sequence = [
            i
            for i, n in marks.items()
            if (numbers.get(n + 1, -1) - i >= _PAGE_LINES) or (i - numbers.get(n - 1, i) >= _PAGE_LINES)
        ]
        heads = {h for i in in_sequence if (h := self._head_beside_mark(i, marks[i])) is not None}
        return set(in_sequence) | heads if heads else set()

    def _head_beside_mark(self, mark: int, number: int) -> int | None:
        """The line next to a page mark that prints the page's number at one end, if there is one."""
        for near in (*self.nonblank_below(mark, 1), *self.nonblank_before(mark)):
            text = self.lines[near].strip()
            words = text.split()
            if (
                len(words) > 1  # the number and a head, not the number alone
                and str(number) in (words[0], words[-1])
                and signals.word_count(text) <= _MARKED_HEAD_WORDS
                and not signals.SENTENCE_END.search(text)
            ):
                return near
        return None

    @cached_property
    def running_head_indices(self) -> set[int]:
        """Later copies of a line with a number that the printout repeats, in other letter case too,
        or with the page's number before or after it ("61236 Federal Register / Vol. 91 …").

        A journal's citation line ("Journal of … 14 (2019) 211–230") opens the first page and
        comes back in capitals as the head of the next; the first copy stays where it stands.
        A line of the table of contents is not a first copy: the body repeats it as its heading;
        nor is a page's ``<title>`` over the same title as its heading.
        """
        if not self.shows_print_furniture:
            return set()
        seen: set[str] = set()
        found: set[int] = set()
        contents = self.toc_indices | self._section_list_indices
        titles = (self.title_index, self.browser_title_index)  # two copies of the title, not a head
        for i in self.nonblank:
            if i in contents:
                continue
            text = self.lines[i].strip()
            if (
                len(text) > 150
                or signals.word_count(text) < 3
                or signals.word_count(text) > 12
                or not _HAS_DIGIT.search(text)
                or signals.SENTENCE_END.search(text)
                or signals.HISTORY_DATE_LINE.match(text)  # an article's date, which its panels repeat
            ):
                continue
            key = " ".join(_without_page_number(text).casefold().split())
            if key in seen and i not in titles:
                found.add(i)
            seen.add(key)
        return found

    @cached_property
    def listed_navbox_indices(self) -> set[int]:
        """A navbox a text browser saved as a list: its "v", "t", "e" buttons one a line (and the
        collapse toggle over them), the title under them, and the rows under the title up to a
        blank line or a sentence: group names, and links one a line or in a row."""
        lines = self.lines
        found: set[int] = set()
        for i in self.nonblank:
            if len(lines[i]) > _LISTED_BUTTON_CHARS or lines[i].strip()[-2:] != " v":
                continue
            if i + 3 >= len(lines) or [_listed_button(lines[j]) for j in range(i, i + 3)] != ["v", "t", "e"]:
                continue
            found.update(range(i, i + 4))  # the buttons and the title
            if i > 0 and lines[i - 1].strip().strip("[]") in ("show", "hide"):
                found.add(i - 1)
            j = i + 4
            while j < len(lines) and _is_listed_row(lines[j]):
                found.add(j)
                j += 1
        return found

    @cached_property
    def info_nodes(self) -> list[int]:
        """The header lines of an Info manual's nodes ("File: x.info,  Node: Top,  Next: …")."""
        if not self.may_mention(("node: ",)):
            return []
        return [
            i for i in self.nonblank if self.lines[i].startswith("File: ") and _INFO_NODE.match(self.lines[i])
        ]

    @cached_property
    def info_preamble(self) -> range:
        """What makeinfo writes above an Info manual's first node: from its "This is x.info,
        produced by makeinfo …" line down to the first node's header line."""
        if not self.info_nodes:
            return range(0)
        first = self.info_nodes[0]
        start = next(
            (i for i in self.nonblank if i < first and _INFO_PREAMBLE_START.match(self.lines[i])), None
        )
        return range(0) if start is None else range(start, first)

    @cached_property
    def _section_list_indices(self) -> set[int]:
        """A list of the document's numbered sections under a heading of its own ("What is in this
        leaflet", "Plan"): three numbered lines or more in a row, two of which come back below as
        the sections' headings. Such a list is no first copy of a running head; whether it is text
        or contents is left to the rules that read it."""
        found: set[int] = set()
        numbered = [i for i in self.nonblank if _NUMBERED_SECTION.match(self.lines[i])]
        for run in _adjacent_runs(numbered):
            if len(run) < _SECTION_LIST_ENTRIES:
                continue
            names = {self.lines[j].strip() for j in run}
            later = sum(1 for j in self.nonblank if j > run[-1] and self.lines[j].strip() in names)
            if later >= _SECTION_LIST_RECURRING:
                found.update(run)
        return found

    # --- zones ---------------------------------------------------------------------------------

    @cached_property
    def tail_start(self) -> int:
        """Index of the first end-of-content marker; everything from there on is page furniture.

        A wiki's "Retrieved from" or a journal's refbacks notice ends the content outright. A
        generic opener (a share bar, "12 Comments", "© 2023 …", a signature's ``--``) ends it
        only when what follows is thin: no heading and hardly any running text.
        """
        refbacks = self.may_mention(("refbac",))
        hard = next(
            (
                i
                for i in self.nonblank
                if _may_be_hard_end(self.lines[i], refbacks) and self._is_hard_end(i) and self._ends_text(i)
            ),
            len(self.lines),
        )
        return min(hard, self._soft_tail_start(hard))

    @cached_property
    def ebook_frame_indices(self) -> set[int]:
        """The lines outside an ebook's START/END markers, the markers included: licence and catalogue data.

        A START marker counts in the first half of the page and an END marker in the second
        half below it, so a novel quoting a marker does not lose its text. With only one of
        the two (a file cut short), that side alone is framed.
        """
        if not self.may_mention(("ebook", "e-book", "small print", "gutenberg")):
            return set()
        lines, half = self.lines, len(self.lines) // 2
        start = next((i for i in self.nonblank if i < half and signals.EBOOK_TEXT_START.match(lines[i])), -1)
        end = next(
            (
                i
                for i in self.nonblank
                if i >= max(half, start + 1) and signals.EBOOK_TEXT_END.match(lines[i])
            ),
            len(lines),
        )
        return set(range(start + 1)) | set(range(end, len(lines)))

    @cached_property
    def tail_record_indices(self) -> set[int]:
        """The article's own record among a publisher's closing panels: its keyword list and index
        terms (``_tail_keyword_lists``), its history dates and its DOI.

        "Manuscript received: 3 June 2025" or "DOI: https://doi.org/…" under "Rights & permissions"
        is a fact of the article. A copy of a line printed above the tail (the date of the head's
        "Published: 9 October 2023" again in an "Information" panel) goes with the panel, and so
        does the "Publication History" heading when nothing under it stays. The DOI's label may
        stand on the line above the address, and a date's label on the line above the date; a bare
        DOI address without its label may be a citing paper's, and is not counted.
        """
        found = self._tail_keyword_lists()
        lines = self.lines
        for i in range(self.tail_start, len(lines)):
            stripped = lines[i].strip()
            if _is_record_fact(stripped) and not signals.BARE_URL.match(stripped):
                record = [i]
            elif _DOI_LABEL.match(stripped) and i + 1 < len(lines) and _is_doi(lines[i + 1].strip()):
                record = [i, i + 1]  # "DOI" over "https://doi.org/…" or "10.71203/…"
            elif (
                len(stripped) < 30
                and i + 1 < len(lines)
                and signals.HISTORY_DATE_LINE.match(f"{stripped} {lines[i + 1].strip()}")
            ):
                record = [i, i + 1]  # "Published" over "2025-11-30"
            else:
                continue
            if lines[record[-1]].strip().casefold() in self._head_and_body_lines:
                continue
            found.update(record)
            heading = self.nonblank_before(i)
            if heading and signals.HISTORY_HEADING.match(lines[heading[-1]].strip()):
                found.add(heading[-1])
        return found

    @cached_property
    def tail_comment_indices(self) -> set[int]:
        """Readers' comments below the article: running text that a "Reply" button closes, or a
        control bar printed under every post ("Like", "Comment").

        The comment section lies in the tail with the share bar and the footer, but what readers
        wrote is text of the page, told by its shape: lines of running text, each paragraph of a
        comment, then at most a few short controls ("Liked by …", a like count) and the button
        that answers it. The commenter's name and date above stay with the tail.
        """
        found: set[int] = set()
        lines = self.lines
        bars = self.post_action_indices if self.tail_start < len(lines) else set()
        for i in range(self.tail_start, len(lines)):
            if i not in bars and not signals.REPLY_BUTTON.match(signals.link_text(lines[i])):
                continue
            controls = 0
            j = i - 1
            while j > self.tail_start and controls < _COMMENT_CONTROLS:
                if lines[j].strip():
                    if self._reads_as_text(j) or signals.word_count(lines[j]) > _COMMENT_CONTROL_WORDS:
                        break  # the comment's last line, or no control of a comment
                    if _COMMENT_END.search(lines[j]):
                        found.add(j)  # a comment of a word or two ("Delicious!"); controls end no sentence
                        j -= 1
                        break
                    controls += 1
                j -= 1
            found.update(self._text_run(j, -1))
        found.update(self._comments_under_bylines())
        return found

    def _text_run(self, start: int, step: int) -> list[int]:
        """The lines of running text from ``start`` going ``step`` way, blank lines crossed, inside
        the tail: a comment's paragraphs."""
        found: list[int] = []
        lines = self.lines
        j = start
        while self.tail_start < j < len(lines) and (not lines[j].strip() or self._reads_as_text(j)):
            if lines[j].strip():
                found.append(j)
            j += step
        return found

    def _comments_under_bylines(self) -> set[int]:
        """The text under each "<name> says:" byline in the tail, its date and rating aside.

        A comment's reply button is a control that comes back under every comment, and goes
        with the others; its byline stays, so the comment is still told once the button is gone.

        >>> doc = DocumentContext(["Comments", "", "**Dev R.** says:", "16 January 2025 at 7:42 pm",
        ...     "Made this tonight with conference pears, and it held together beautifully.", "", "Post Comment"])
        >>> doc.tail_start = 0  # as when "Comments" opens the tail
        >>> sorted(doc._comments_under_bylines())
        [4]
        """
        found: set[int] = set()
        lines = self.lines
        for i in range(self.tail_start, len(lines)):
            if not _COMMENT_BYLINE.match(lines[i].strip()):
                continue
            start = None
            for j in self.nonblank_below(i, _COMMENT_CONTROLS + 1):
                if self._reads_as_text(j):
                    start = j
                    break
                if _COMMENT_BYLINE.match(lines[j].strip()):
                    break  # the next comment's: this one holds no text
            if start is not None:
                found.update(self._text_run(start, +1))
        return found

    def _tail_keyword_lists(self) -> set[int]:
        """An article's keyword list and index terms that a publisher prints among its closing panels.

        "Keywords" over "Castor fiber", "Odonata", "Boreal lakes" below the share box is the
        article's, wherever the page's furniture opened around it, and so are a record's
        "MeSH terms", "Publication types" and "Grants and funding": the heading and its short
        items, closed by a blank line or by the heading of a digital library's next panel
        ("Qualifiers", "Contributors"). A list that runs on into other labels has no end to tell,
        and is left to the tail.
        """
        found: set[int] = set()
        lines = self.lines
        for i in range(self.tail_start, len(lines)):
            if not signals.KEYWORDS_HEADING.match(lines[i].strip()):
                continue
            panel = self._terms_over_next_panel(i)
            if panel:
                found.update([i, *panel])
                continue
            items = []
            j = i + 1
            while j < len(lines) and _is_index_term(lines[j]) and not self._closes_index_terms(lines[j]):
                items.append(j)
                j += 1
            if j == len(lines) or not (not lines[j].strip() or self._closes_index_terms(lines[j])):
                continue  # a list that runs on into the next panel's labels has no end to tell
            if lines[j].strip().casefold() in self._head_and_body_lines:
                # a panel repeating the page's headings ("References", "1 Introduction") under
                # its own one-word labels ("Sections", "Figures")
                while items and signals.word_count(lines[items[-1]]) == 1:
                    items.pop()
            if items:
                found.update([i, *items])
        return found

    def _terms_over_next_panel(self, heading: int) -> list[int]:
        """The terms under the index-terms ``heading`` when the next thing under them is a digital
        library's next panel ("Author Tags" … "Qualifiers"): all of them, whatever else of the page
        they repeat ("recommender systems" in the abstract's own keywords)."""
        lines = self.lines
        j = heading + 1
        while j < len(lines) and _is_index_term(lines[j]) and not _CLOSING_PANEL.match(lines[j].strip()):
            if signals.KEYWORDS_HEADING.match(lines[j].strip()):
                return []
            j += 1
        closed = j < len(lines) and bool(_CLOSING_PANEL.match(lines[j].strip()))
        return list(range(heading + 1, j)) if closed else []

    def _closes_index_terms(self, text: str) -> bool:
        """Whether ``text`` ends a list of index terms without a blank line: the record's next
        list opens ("Domaines"), or a panel repeats one of the page's own headings."""
        stripped = text.strip()
        return (
            bool(signals.KEYWORDS_HEADING.match(stripped)) or stripped.casefold() in self._head_and_body_lines
        )

    @cached_property
    def _head_and_body_lines(self) -> set[str]:
        """The lines printed above the page's tail, stripped and case-folded."""
        return {self.lines[j].strip().casefold() for j in self.nonblank if j < self.tail_start}

    def _ends_text(self, i: int) -> bool:
        """Whether less running text follows line ``i`` than comes before it (or only a few lines).

        An end marker closes a page's content, so most of the text lies above it. A line that only
        looks like one at the top of a document ("Category: Informational" in an RFC's header)
        has the whole text still to come, and is not the end.
        """
        after = self._text_lines_after(i)
        return after <= _TAIL_TEXT_ALLOWANCE or self._text_above_at_least(i, after, by_words=False)

    def _text_lines_after(self, i: int) -> int:
        """How many lines of running text, small print aside, stand below line ``i``."""
        small_print: dict[int, bool] = {}
        return sum(
            1
            for j in self.nonblank
            if j > i and self._reads_as_text(j) and not self._in_small_print(j, small_print)
        )

    def opens_paragraph(self, i: int) -> bool:
        """Whether the next non-blank line after line ``i`` is running text: a section's heading
        stands over a paragraph, a banner over menus."""
        following = self.nonblank_after(i)
        return following is not None and signals.is_prose(self.lines[following])

    def _is_hard_end(self, i: int) -> bool:
        text = self.lines[i]
        if signals.is_end_marker(text):
            # a section named like the menus' banner ("Навигация": a river's navigation season)
            return not (
                signals.NAVIGATION_MENU.match(signals.heading_text(text).strip()) and self.opens_paragraph(i)
            )
        if signals.is_piped_category_line(text) and self.is_wiki:
            # a category box whose label is in a language not listed; a piped list inside the
            # article has its text still to come
            return self._text_lines_after(i) <= _TAIL_TEXT_ALLOWANCE
        if (
            self.is_wiki
            and len(text) <= _CATEGORY_LABEL_CHARS
            and signals.CATEGORY_LABEL.match(text.strip())
            and self._names_follow(i)
        ):
            return True  # "Categorías:" over "Lugares", "Ciudades"
        if text.strip() == _SHARE_AND_CITE:
            # a publisher's panel of the article's citation in several styles: "MDPI and ACS Style"
            following = self.nonblank_after(i)
            return following is not None and bool(_CITATION_STYLE.match(self.lines[following].strip()))
        # a wrapped "Retrieved from" whose URL went to the next line, a bare "Categories:" over a list
        if "Retrieved from" not in text and "Categories" not in text:
            return False
        stripped = signals.heading_text(text).strip()
        if stripped in _WRAPPED_END_LABELS:
            following = self.nonblank_after(i)
            if following is not None:
                next_text = self.lines[following].strip()
                return bool(_URL_START.match(next_text) or _BULLET.match(next_text))
        return False

    def _names_follow(self, i: int) -> bool:
        """Whether two short names without sentences stand on the lines right under line ``i``."""
        below = [self.lines[j] for j in range(i + 1, min(i + 3, len(self.lines)))]
        return len(below) == 2 and all(_is_term(line) for line in below)

    def _soft_tail_start(self, limit: int) -> int:
        """The earliest generic opener after the first running text that only thin furniture follows.

        Walking up from the end, an opener counts only below every heading, so the walk stops at
        the last heading that is not an opener itself; small print is looked for only on the lines
        it passes.
        """
        positions = [i for i in self.nonblank if i < limit]
        # An opener printed after every post or section ("Top", "Share", "Back to top", "load
        # more comments (3 replies)") is a widget of each, not the end of the page: only an
        # opener that stands once, its numbers aside, counts. (Its
        # last copy would not do: once the tail under it is gone, the copy before becomes last.)
        # Copies above the first running text are the head's links to the page's sections.
        first_text = next((i for i in positions if self._reads_as_text(i)), None)
        if first_text is None:
            return len(self.lines)
        openers: dict[str, list[int]] = {}
        for i in positions:
            if i > first_text and signals.is_soft_end(self.lines[i]) and not self._is_abstract_copyright(i):
                openers.setdefault(_DIGITS.sub("0", self.lines[i].strip().casefold()), []).append(i)
        last_message = self._last_message_start()
        candidates = {found[0] for found in openers.values() if len(found) == 1 and found[0] > last_message}
        if not candidates:
            return len(self.lines)
        thin_from = len(self.lines)
        prose_after = words_after = 0
        small_print: dict[int, bool] = {}
        for nonblank_after, i in enumerate(reversed(positions)):
            if i <= first_text:
                break
            text = self.lines[i]
            if (
                i in candidates
                and not self._opens_own_section(i, candidates)
                and prose_after <= max(1, nonblank_after // 3)
                and (words_after <= _TAIL_TEXT_WORDS or self._text_above_at_least(i, words_after))
            ):
                thin_from = i
            if self._reads_as_text(i) and not _is_box_call(text) and not self._in_small_print(i, small_print):
                prose_after += 1
                words_after += signals.word_count(text)
            if i not in candidates and (
                self._is_marked_heading(i) or self._heads_reference_list(i) or self._opens_field_table(i)
            ):
                # a heading of the page's own (a "Related posts" heading is an opener, not one);
                # the page's reference list and its record's table of fields lie above its end,
                # whatever stands between
                break
        return thin_from

    def _last_message_start(self) -> int:
        """Where the last of several messages starts ("Message: 4", or its "Subject:" line once the
        digest's frame is gone), else -1: the messages of a digest follow one another, and its
        footer comes after the last one, so a rule of dashes inside an earlier message is no end."""
        if self.digest_message_marks:
            return self.digest_message_marks[-1]
        if not self.may_mention(("subject:",)):
            return -1
        subjects = [i for i in self.nonblank if signals.is_subject_field(self.lines[i])]
        return subjects[-1] if len(subjects) >= 2 else -1

    def _is_abstract_copyright(self, i: int) -> bool:
        """The authors' copyright printed right under an abstract's last sentence ("© 2023 The
        Author(s). Published by …"): a record page's keywords and statements still follow it."""
        return (
            i > 0
            and bool(signals.AUTHORS_COPYRIGHT.search(self.lines[i]))
            and self._reads_as_text(i - 1)
            and bool(signals.SENTENCE_END.search(self.lines[i - 1]))
        )

    def _opens_own_section(self, i: int, openers: set[int]) -> bool:
        """Whether line ``i`` is the first line under a heading of the page's own: the text of a
        "License" section ("Copyright (c) 2024 …"), not a footer."""
        above = self.nonblank_before(i, 2)
        if above and signals.is_underline(self.lines[above[-1]]):
            above = above[:-1]  # the heading's underline
        if bool(above) and above[-1] not in openers and self._is_marked_heading(above[-1]):
            return True
        # a README's licence section: its copyright notice right under the heading, or a sentence
        # under it (a "Copyright" label over the notice is a field of an information panel)
        heading = signals.heading_text(self.lines[above[-1]]).strip() if above else ""
        if _LICENCE_HEADING.match(heading) and not heading.casefold().startswith("copyright"):
            return True
        return (
            len(above) == 2
            and self._reads_as_text(above[1])
            and bool(_LICENCE_HEADING.match(signals.heading_text(self.lines[above[0]]).strip()))
        )

    def _opens_field_table(self, i: int) -> bool:
        """The first of ``_FIELD_TABLE_ROWS`` lines or more that each pair a label with a value after
        a tab ("URN:<tab>urn:nbn:de:…", "Dokumentart:<tab>Dissertation"): a record's table of its
        own fields, which a repository prints under its share and export buttons."""
        end = i + _FIELD_TABLE_ROWS
        return (
            "\t" in self.lines[i]  # the cheap test first: the walk asks about every line it passes
            and end <= len(self.lines)
            and all(_FIELD_ROW.match(self.lines[j]) for j in range(i, end))
            and (i == 0 or not _FIELD_ROW.match(self.lines[i - 1]))
        )

    def _heads_reference_list(self, i: int) -> bool:
        """A "References" or "Bibliography" heading with an entry under it.

        A metrics panel's "Citations" over "Citation Indexes: 3" names a count, not a list: an
        entry is longer than a label, or carries a year ("Smith 2001").
        """
        if not _is_reference_heading(self.lines[i]):
            return False
        below = self.nonblank_after(i)
        if below is None:
            return False
        entry = self.lines[below]
        return not _is_short_label(entry) or bool(_YEAR.search(entry))

    def _is_marked_heading(self, i: int) -> bool:
        """A heading its markup names: an edit link, markdown or wikitext marks, an underline."""
        text = self.lines[i]
        if _has_heading_markup(text):
            return True
        following = self.lines[i + 1] if i + 1 < len(self.lines) else ""
        return signals.underlined_heading_level(text, following) is not None

    def _text_above_at_least(self, i: int, amount: int, by_words: bool = True) -> bool:
        """Whether at least ``amount`` of running text stands above line ``i``, in words or in lines.

        A page ends once most of its text is behind it: "Full text links" above a PubMed abstract
        opens a run of short links, but the abstract and the references are still to come. The
        closing openers weigh words (an abstract page's two long paragraphs outweigh a blurb
        below); an end marker weighs lines (``_ends_text``).
        """
        found = 0
        for j in self.nonblank:
            if j >= i or found >= amount:
                break
            if self._reads_as_text(j):
                found += signals.word_count(self.lines[j]) if by_words else 1
        return found >= amount

    def _reads_as_text(self, i: int) -> bool:
        """A sentence, or a long line of a block of running text.

        A line of a few words inside such a block (a related-story headline on a page saved
        without blank lines) is not running text by itself; a hard-wrapped line is longer.
        """
        text = self.lines[i]
        return signals.is_prose(text) or (
            signals.word_count(text) >= _WRAPPED_LINE_WORDS and self.in_prose_block(i)
        )

    def _in_small_print(self, i: int, memo: dict[int, bool]) -> bool:
        """Whether line ``i`` is in the vocabulary of page small print or wraps on from such a line.

        A line continues the one directly above it when that one is small print and ends no
        sentence; the chain is followed upwards and its answer kept in ``memo`` for every link.
        """
        chain: list[int] = []
        j = i
        while True:
            if j in memo:
                found = memo[j]
                break
            chain.append(j)
            if signals.is_footer_text(self.lines[j]):
                found = True
                break
            above = self.lines[j - 1] if j > 0 else ""
            if not above.strip() or signals.SENTENCE_END.search(above):
                found = False
                break
            j -= 1
        for k in chain:
            memo[k] = found
        return found

    @cached_property
    def lead_end(self) -> int:
        """Index of the first sentence of running text (not small print) or marked heading.

        Everything before it is the page's lead: site name, menus, account links, the title and
        byline. On a page saved without blank lines the head by blocks is empty, so this per-line
        boundary is where a menu can still be told from the body.
        """
        return next((i for i in self.nonblank if self._opens_text(i)), len(self.lines))

    def _opens_text(self, i: int) -> bool:
        """A marked heading, or a sentence of running text that is not small print nor a banner's."""
        text = self.lines[i]
        if _has_heading_markup(text):
            return True
        return self._is_body_sentence(i) and i not in self.banner_lines

    @cached_property
    def link_addresses(self) -> link_list.LinkList | None:
        """The numbered link addresses a text-mode browser lists at the foot of a page it dumps."""
        return link_list.find_link_list(self.lines)

    @cached_property
    def comment_form_indices(self) -> set[int]:
        """The notices, fields and buttons of a blog's comment form, wherever the form stands."""
        if not self.may_mention(comment_form.MARKS):
            return set()
        return comment_form.find_comment_form(self.lines)

    @cached_property
    def teaser_indices(self) -> set[int]:
        """Blocks of teasers for other pages closed by their "See all" link, and such links alone."""
        if not self.may_mention(teasers.MARKS):
            return set()
        return teasers.find_teasers(self.lines)

    @cached_property
    def code_host_frame(self) -> set[int]:
        """A code-hosting site's menus, counters, file list and sidebar around a README."""
        if not code_host.may_be_repository_page(self._ascii_lowered):
            return set()
        return code_host.find_frame(self.lines)

    @cached_property
    def reader_header(self) -> range:
        """A reader service's header over the Markdown it made of a page: "Title:", "URL Source:",
        "Published Time:" down to "Markdown Content:", the page's first lines. The same fields
        further down, or without the closing "Markdown Content:", are the page's own."""
        for i in self.nonblank[:_READER_FIELDS]:
            text = self.lines[i].strip()
            if text == "Markdown Content:":
                return range(self.nonblank[0], i + 1)
            if not _READER_FIELD.match(text):
                break
        return range(0)

    @cached_property
    def code_host_thread(self) -> dict[int, str]:
        """An issue's or a pull request's timeline events, badges, linked cards and sidebar."""
        if not code_host.may_be_thread_page(self._ascii_lowered):
            return {}
        return code_host.find_thread_furniture(self.lines)

    @cached_property
    def banner_lines(self) -> dict[int, str]:
        """Line index -> kind, for the cookie, official-site and phase banners a site lays over pages."""
        if not self.may_mention(_BANNER_WORDS):
            return {}
        return banners.find_banners(self.lines, cookies=self.may_mention(("cookie",)))

    @cached_property
    def title_index(self) -> int | None:
        """The page title: the last non-chrome line before the wiki tagline, else the first such line.

        The current skin prints the title right above its language button ("38 languages", "Add
        languages"), with the page tabs after it: the line above the button wins when it can be a
        title, since the tabs and tools of other wikis' languages are no known labels. A WET
        record's text starts with the page's ``<title>``.
        """
        return self._title[0]

    @cached_property
    def _title(self) -> tuple[int | None, str | None]:
        """The title's line, and the whole title where a printout wraps it on to the lines below."""
        signalled = self._signalled_title()
        if signalled is not None:
            return signalled, None
        guessed = self._head_title()
        if guessed is not None:
            return guessed
        return self._first_title_line(), None

    def _signalled_title(self) -> int | None:
        """The title a signal names: a message's subject, a WET record's ``<title>``, the line over
        a wiki's language button or tagline, a record's field, a README's first line, an echo of
        the ``<title>`` or the breadcrumb, a top-level heading, the line over a wiki's tools."""
        subject = self._subject_line
        if subject is not None:
            return subject
        headers = self.warc_header_indices
        if headers:  # a WET record's text opens with the page's <title>, right under its header block
            after = next((i for i in self.nonblank if i > max(headers)), None)
            if after is not None and self._could_be_title(after, site_name=self._is_home_page_record):
                return after
        tagline = self.tagline_index
        if tagline is not None:
            # the last button over the tagline: a sticky header above prints the title and its
            # button once more, among the tabs ("Кердома", "23 языка", "Обсуждение")
            buttons = [i for i in self.nonblank if i < tagline and _is_language_button(self.lines[i])]
            for button in reversed(buttons):
                above = self.nonblank_before(button)
                # right over the button, a menu word is the title too (Wiktionary's "menu", "help")
                if above and self._could_be_title(above[-1], menu_word=True):
                    return above[-1]
            # else the line the <title> saved as the first line names ("Gullwing - TernWiki"),
            # then the nearest candidate above the tagline, looking upwards only, past a notice
            # ("The latest reviewed version was checked on …")
            echoed = self._browser_title_echo
            if echoed is not None and echoed < tagline:
                return echoed
            before = next(
                (
                    i
                    for i in reversed(self.nonblank)
                    if i < tagline and self._could_be_title(i) and _looks_like_title(self.lines[i])
                ),
                None,
            )
            if before is not None:
                return before
        for echoed in (
            self._title_field,
            self._readme_title,
            self._browser_title_echo,
            self.running_title_index,
            self._crumb_echo(),
            self._top_heading,
            self._over_page_tools,
        ):
            if echoed is not None:
                return echoed
        return None

    def _head_title(self) -> tuple[int, str | None] | None:
        """The likeliest title among the lines of the head, and the whole title when it wraps.

        A page that opens with its text has no head to name it; a wiki's head is menus and tools,
        with an infobox under the title.
        """
        if not (self.nonblank and self.lead_end > self.nonblank[0] and not self.is_wiki):
            return None
        candidates, wrapped = self._title_candidates()
        furniture = self._first_site_furniture(candidates)
        parting = furniture
        if furniture is not None and candidates and furniture < candidates[0]:
            # a skip link over the site's name parts nothing: the menus under the name do
            parting = self._first_site_furniture(candidates, start=candidates[0], skip_links=False)
        if parting is not None:
            below = [i for i in candidates if i > parting]
            if below and len(candidates) - len(below) >= 2:
                candidates = below  # a site's name and motto above its menus, the page's title below
        view = [wrapped.get(i, line) for i, line in enumerate(self.lines)] if wrapped else self.lines
        guess = titles.likeliest_title(view, candidates, self.fixed_width, site_head=furniture is not None)
        return None if guess is None else (guess, wrapped.get(guess))

    def _first_title_line(self) -> int | None:
        """The first line above the page's end that may be a title and reads as one."""
        first = next((i for i in self.nonblank if i < self.tail_start and self._could_be_title(i)), None)
        if first is None or titles.is_date_stamp(self.lines[first]):
            return None
        text = self.lines[first]
        # a bar of offers ("Free delivery over £40 | 30-day returns") is no title
        return first if _looks_like_title(text) and not signals.is_bar(text) else None

    def _first_site_furniture(
        self, candidates: list[int], start: int = -1, skip_links: bool = True
    ) -> int | None:
        """The first line of the site's furniture among the title ``candidates`` and above the text:
        a menu label every site uses, a skip link or a banner (a printed report's "Contents" is
        none). A blog's motto under its name may pass for the first sentence, so the search goes on
        to the last candidate. The search starts below line ``start``; ``skip_links`` counts
        skip links ("Jump to Recipe" may stand under the title) as furniture."""
        end = max(self.lead_end, candidates[-1] if candidates else 0)
        return next(
            (
                i
                for i in self.nonblank
                if start < i < end
                and (
                    i in self.banner_lines
                    or (
                        _is_known_label(self.lines[i])
                        and not signals.TOC_HEADING.match(self.lines[i].strip())
                    )
                    or (skip_links and signals.is_skip_link(self.lines[i].strip()))
                )
            ),
            None,
        )

    @property
    def wiki_skin_head(self) -> bool:
        """Whether a wiki skin printed the page's head above its title: a tagline under the
        title, or the page's tools under it (a community wiki's "Sign in to edit", "Talk (0)")."""
        return self.tagline_index is not None or (
            self.title_index is not None and self.title_index == self._over_page_tools
        )

    @cached_property
    def running_title_index(self) -> int | None:
        """A title that a printout repeats as the head of its later pages, where it stands once on
        the first page: lecture notes print the course above it ("STAT 3410: …"), and each later
        page opens with the lecture's title beside its number; a report's cover names its
        author, whose name heads each later page. The first copy, in the head and beside no page
        number itself, is the title. A slide deck's logo in capitals heads every slide alike, the
        first too, from its first line: a marking there, no title.
        """
        if not self.repeated_lines or not self._page_number_lines:
            return None
        for i in self.nonblank:
            if i >= self.lead_end:
                return None
            text = self.lines[i].strip()
            if text not in self.repeated_lines or self._in_contents(i) or self._beside_page_number(i):
                continue
            if i == self.nonblank[0] and text.isupper():
                continue
            copies = [j for j in self.nonblank if j > i and self.lines[j].strip() == text]
            if (
                all(self._beside_page_number(j) for j in copies)
                and self._could_be_title(i)
                and titles.reads_as_title(text)
            ):
                return i
        return None

    def _in_contents(self, i: int) -> bool:
        """A line of a contents list, or a part's name over its numbered entries ("Strategic report"
        over "02   2025 at a glance"): the first copy of the heading it names, no title."""
        below = self.nonblank_after(i)
        return i in self.toc_indices or (
            below is not None and bool(signals.TOC_ENTRY.match(self.lines[below]))
        )

    def _beside_page_number(self, i: int) -> bool:
        """Whether the nearest line above or below line ``i`` is a page number, bare or in a
        running line ("Annual Report 2023 | 3")."""
        numbers = self._page_number_lines
        above, below = self.nonblank_before(i), self.nonblank_after(i)
        return bool(above and above[-1] in numbers) or below in numbers

    @cached_property
    def _page_number_lines(self) -> set[int]:
        """Bare page numbers, page counters ("Page 2 of 12"), and lines that print the page's
        number beside the same words on three pages or more."""
        running = {
            i for copies in self._numbered_copies.values() if len(copies) >= _RUNNING_COPIES for i in copies
        }
        counters = {
            i
            for i in self.nonblank
            if self.lines[i][-1:].isdigit() and signals.PAGE_COUNTER.match(self.lines[i])
        }
        return self.page_number_indices | running | counters

    @cached_property
    def _over_page_tools(self) -> int | None:
        """On a community wiki, the line right over the page's tools ("Sign in to edit", "Edit",
        "History", "Talk (0)"): the page's title, as a skin prints it. A wiki's mobile skin, with
        no tagline, is told by the tools themselves: an edit link among two or more of them
        ("Language", "Watch", "Edit"), wherever a banner has put the first sentence."""
        end = self.lead_end if self.is_wiki else self.tail_start
        for position, i in enumerate(self.nonblank):
            if i >= end:
                break
            if not _PAGE_TOOL.match(self.lines[i].strip()):
                continue
            if not self.is_wiki:
                run = list(
                    itertools.takewhile(
                        lambda j: _PAGE_TOOL.match(self.lines[j].strip()), self.nonblank[position:]
                    )
                )
                if len(run) < 2 or not any(_EDIT_TOOL.match(self.lines[j].strip()) for j in run):
                    continue
            above = self.nonblank_before(i)
            if above and self._could_be_title(above[-1]) and _looks_like_title(self.lines[above[-1]]):
                return above[-1]
            if not self.is_wiki:
                return None
        return None

    @property
    def _is_home_page_record(self) -> bool:
        """Whether the WET record's target is a site's home page ("https://www.example.org/"),
        whose ``<title>`` is the site's name."""
        for i in self.warc_header_indices:
            match = _TARGET_URI.match(self.lines[i].strip())
            if match:
                return match.group("path") in ("", "/")
        return False

    @cached_property
    def _subject_line(self) -> int | None:
        """The ``Subject:`` line of a message's header block: a posting's title."""
        return next(
            (i for i in sorted(self.message_header_indices) if _SUBJECT_FIELD.match(self.lines[i])), None
        )

    @cached_property
    def _readme_title(self) -> int | None:
        """On a code host's page, the README's first line under its tab ("README", "MIT license"):
        the project's name, often in lower case ("pikelet"), which no other title signal takes."""
        frame = self.code_host_frame
        tab = next((i for i in sorted(frame) if self.lines[i].strip().lstrip("* ") == "README"), None)
        if tab is None:
            return None
        first = next((i for i in self.nonblank if i > tab and i not in frame), None)
        if first is None:
            return None
        name = signals.heading_text(self.lines[first]).strip()
        if signals.word_count(name) > _README_NAME_WORDS or signals.SENTENCE_END.search(name):
            return None
        return first if self._could_be_title(first) else None

    @cached_property
    def _title_field(self) -> int | None:
        """A record's ``Title:`` field above the page's end (a preprint server's abstract page, a
        repository's item record), or the heading below it that prints its value alone (a reader
        service's export is headed by the page's metadata). A field under such a heading, in a
        record's metadata table, names nothing the heading has not."""
        for i in self.nonblank:
            if i >= self.tail_start:
                break
            field = _TITLE_FIELD.match(self.lines[i])
            if field is None or not self._could_be_title(i):
                continue
            value = self.lines[i][field.end() :].strip()
            if not titles.reads_as_title(value):
                continue
            copies = [
                j for j in self.nonblank if j != i and signals.heading_text(self.lines[j]).strip() == value
            ]
            if not copies:
                return i
            return copies[0] if copies[0] > i and self._could_be_title(copies[0]) else None
        return None

    def title_text(self, i: int, text: str) -> str:
        """The title that line ``i``, cleaned to ``text``, prints: a ``Subject:`` or ``Title:``
        line without its field name, a wrapped title with the lines it runs on to."""
        text = text.strip()
        index, wrapped = self._title
        if wrapped is not None and i == index:
            return text + wrapped[len(self.lines[i].strip()) :]
        if i == self._subject_line:
            return _SUBJECT_FIELD.sub("", text)
        return _TITLE_FIELD.sub("", text) if i == self._title_field else text

    def _title_candidates(self) -> tuple[list[int], dict[int, str]]:
        """The lines above the page's first paragraph that may name the page: no skip link,
        banner, menu label or chrome, nothing that ends like a sentence. A paragraph is a sentence
        of at least ``_PARAGRAPH_WORDS`` words outside a banner; a line as long that names
        something instead (no full stop) is a candidate, unless a title stands right over it:
        then it is the title's standfirst, and the head ends there. A title wrapped over lines is
        one candidate, its first line; the second value maps it to the whole title."""
        candidates: list[int] = []
        wrapped_titles: dict[int, str] = {}
        continued = 0  # the lines a wrapped title runs on to
        for i in self.nonblank:
            if i >= self.tail_start:
                break
            if i < continued:
                continue
            text = self.lines[i]
            if i in self.banner_lines or i in self.ebook_frame_indices:
                continue
            wrapped = self._wrapped_title(i)
            if wrapped is not None:
                title, continued = wrapped
                if (
                    signals.word_count(title) >= _PARAGRAPH_WORDS
                    and self.blocks[i][0] < i  # the line right above is not blank
                    and self._under_long_title(i, candidates)
                ):
                    break  # the standfirst right under a title, wrapped; a paper sets its title apart
                if not _is_known_label(text) and self._could_be_title(i):
                    wrapped_titles[i] = title
                    candidates.append(i)
                continue
            words = signals.word_count(text)
            if (
                self._is_body_sentence(i)
                and (words >= _PARAGRAPH_WORDS or signals.is_cjk_sentence(text))
                and (not _long_title(text) or self._under_long_title(i, candidates))
            ):
                break  # a paragraph, or the standfirst under a title
            if words >= _WRAPPED_LINE_WORDS and self._in_wrapped_paragraph(i):
                break  # a hard-wrapped paragraph, whose lines end no sentence
            if _looks_like_title(text) and not _is_known_label(text) and self._could_be_title(i):
                candidates.append(i)
        return candidates, wrapped_titles

    def _under_long_title(self, i: int, candidates: list[int]) -> bool:
        """Whether the line right above line ``i`` is the last title candidate so far and reads as
        a title of some words: then line ``i`` is its standfirst."""
        above = self.nonblank_before(i)
        return bool(
            above
            and candidates
            and candidates[-1] == above[-1]
            and signals.word_count(self.lines[above[-1]]) >= _STANDFIRST_TITLE_WORDS
            and titles.reads_as_title(self.lines[above[-1]].strip())
        )

    def _wrapped_title(self, i: int) -> tuple[str, int] | None:
        """A title wrapped over two or three lines from line ``i``, read as one, and the index
        after its last line.

        A paper printed to PDF sets a long title in a narrow column: "Temperature sensitivity of
        probes in" over "peat and mineral soils: a field evaluation". Each line but the last
        stops on a word that cannot end a phrase, or ends in a word and runs on in lower case at
        the same indent (a manual's "NAME" runs on indented, its synopsis lines end in brackets
        or dots); the last ends its block, and the whole reads as a
        title, not a sentence. A paragraph's lines run on further.
        """
        lines = self.lines
        text = lines[i]
        if signals.word_count(text) < _WRAPPED_TITLE_FIRST_WORDS:
            return None
        parts = [text.strip()]
        j = i
        while j + 1 < len(lines) and lines[j + 1].strip():
            following = lines[j + 1]
            indent = len(text) - len(text.lstrip())
            runs_on = (
                text.rstrip()[-1:].isalpha()  # a wrap falls between words, not after a bracket or dots
                and following[indent : indent + 1].islower()
                and not following[:indent].strip()
            )
            if len(parts) == _WRAPPED_TITLE_LINES or not (runs_on or titles.ends_mid_sentence(text)):
                return None
            j += 1
            text = following
            parts.append(text.strip())
        if len(parts) == 1:
            return None
        joined = " ".join(parts)
        if (
            _looks_like_title(joined)
            and titles.reads_as_title(joined)
            and not signals.SENTENCE_END.search(joined)
        ):
            return joined, j + 1
        return None

    @cached_property
    def _top_heading(self) -> int | None:
        """The first line marked as a top-level heading ("# Connect Google Calendar"), where a
        converter kept the page's markup: the page's own title, whatever menus and notices stand
        above it. An indented one is an example inside a code block."""
        for i in self.nonblank:
            if i >= self.tail_start:
                break
            text = self.lines[i]
            if (
                text[0] in "#=*"
                and signals.markup_heading_level(text) == 1
                and not text.rstrip().endswith(("...", "…"))  # a search box's prompt ("# Search code...")
                and self._could_be_title(i)
            ):
                return i
        return None

    @cached_property
    def _browser_title_line(self) -> int | None:
        """Where a saved ``<title>`` would stand: the first line, or under a skip link a line that
        parts the page's name from the site's ("Title | Site"); a site's name alone there is its header."""
        first = self.nonblank[:2]
        if (
            len(first) == 2
            and signals.is_skip_link(self.lines[first[0]].strip())
            and _TITLE_SEPARATOR.search(self.lines[first[1]])
        ):
            return first[1]
        return first[0] if first else None

    @cached_property
    def _browser_title_echo(self) -> int | None:
        """The heading that repeats the page's ``<title>`` saved as its first line, site name aside.

        "Deep sleep fails - Sensors - Makers Forum" first, "Deep sleep fails" as the page's
        heading further down: the heading is the title, the first line its browser copy. A
        printout repeats the ``<title>`` at the head of every page: that is a running head.
        """
        first = self._browser_title_line
        if first is None or first == self.nonblank[-1]:
            return None
        text = self.lines[first].strip()
        if titles.is_drawing(text):
            return None  # a rule drawn over and under a banner ("=====…")
        copies = self.line_counts.get(text, 0)
        if copies == 2:  # cleaned already: the heading below reads the same, above the text
            echo = next((i for i in self.nonblank[1:] if self.lines[i].strip() == text), None)
            echo = echo if echo is not None and echo <= self.lead_end else None
        else:  # once, or as a printout's running head over every page
            echo = self.title_echo(first)
            # the site's name over its menu ("Q&A Box", "Log in" under "Question … - Q&A Box")
            if (
                echo is not None
                and _is_last_title_part(self.lines[echo].strip(), text)
                and self._heads_menu(echo)
            ):
                return None
        return echo if echo is not None and self._could_be_title(echo) else None

    def _heads_menu(self, i: int) -> bool:
        """Whether a menu word every site uses ("Log in", "Search") follows line ``i`` closely."""
        return any(_is_known_label(self.lines[j]) for j in self.nonblank_below(i, _MENU_UNDER_NAME))

    def title_echo(self, i: int) -> int | None:
        """The line below a ``<title>``-like line ``i`` that prints one of its parts alone.

        "Our Rooms – The Lantern House Hotel": the site's menu may print "The Lantern House
        Hotel" and the page's heading "Our Rooms" (a link aggregator's adds the linked site's
        host: "Our Rooms (lanternhouse.example)"); the copy nearest the text is the title, so the
        last one above the first sentence after line ``i`` wins. A part printed more often than
        a title is (a publisher's name over each of its panels) is the site's. When the copy found
        is the ``<title>``'s last part, the site's name in its header, the search goes on past one
        more sentence (a site-wide alert) for the page's own name under a breadcrumb that ends in
        it: a heading right under a paragraph is that paragraph's, and the paragraph stays text.
        """
        title = self.lines[i].strip()
        parts = _title_parts(title)
        if not parts:
            return None
        separator = _title_separator(title)
        site = separator.split(title)[-1] if separator.search(title) else None
        echo = None
        counts = self.line_counts
        sentences = 0
        for j in self.nonblank[bisect.bisect_right(self.nonblank, i) :]:
            text = self.lines[j].strip()
            if (
                (text in parts or _HEADING_ADDITION.sub("", text) in parts)
                and not self.is_site_name(j)
                and counts.get(text, 0) <= titles.TITLE_COPIES
                and (not sentences or self._under_its_crumb(j, text))
            ):
                echo = j
            if self._opens_text(j):
                sentences += 1
                if echo is None or self.lines[echo].strip() != site or sentences > 1:
                    break
        return echo

    def _under_its_crumb(self, j: int, text: str) -> bool:
        """Whether the line above line ``j`` is a breadcrumb ending in ``text``, or ``text`` itself."""
        above = self.nonblank_before(j)
        return bool(above) and self.lines[above[-1]].strip().endswith(text)

    def title_part(self, i: int, echo: int) -> str:
        """The part of the ``<title>``-like line ``i`` that its echo at line ``echo`` prints: the
        echo's text, or the name with the place the ``<title>`` adds in brackets, or without the
        linked site's host a link aggregator's heading adds ("Lookup tables (bytefarrow.dev)")."""
        name = signals.markup_heading_words(self.lines[echo].strip())  # the words, not the marks
        parts = _title_parts(self.lines[i].strip())
        return parts.get(name) or parts.get(_HEADING_ADDITION.sub("", name), name)

    def repeats_title(self, i: int) -> bool:
        """Whether line ``i`` prints the page title, or the part of a ``<title>`` line that names
        the page ("Marrowby Viaduct" under "Marrowby Viaduct - Wikipedia")."""
        if self.title_index is None:
            return False
        title = self.lines[self.title_index].strip()
        text = self.lines[i].strip()
        return text == title or text in _title_parts(title)

    def _crumb_echo(self) -> int | None:
        """A line above the text that repeats the last step of the breadcrumb right over it.

        "Europe › Corvania › Port Caledra" over "Port Caledra": the trail ends at the page it is
        on, and the page prints its title under it. A shop's title may go on past the trail's
        step with the variant ("… Kitchen Scale 5 kg" over "… Kitchen Scale 5 kg, Brushed Steel").
        """
        for previous, i in itertools.pairwise(self.nonblank):
            if i > self.lead_end:
                break
            steps = signals.CRUMB_SEPARATOR.split(self.lines[previous].strip())
            if (
                len(steps) >= 2
                and _goes_on_from(self.lines[i].strip(), steps[-1])
                and self._could_be_title(i)
            ):
                return i
        return None

    @cached_property
    def browser_title_index(self) -> int | None:
        """A page's ``<title>`` saved as its first line ("Basalt - Wikipedia") above the title the
        page prints: a second copy of the title, kept with the site's name taken off."""
        title = self.title_index
        first = self._browser_title_line
        if title is None or first is None or first >= title:
            return None
        text = self.lines[first].strip()
        match = signals.WIKI_TITLE_SUFFIX.match(text)
        name = signals.markup_heading_words(self.lines[title].strip())  # "# Punch bowl …" in the first pass
        if (match and match.group("title") == name) or _title_parts(text).get(name) == name:
            return first  # "Caddington Narrows Bridge - OmniPedia" over "Caddington Narrows Bridge"
        return first if self._browser_title_echo == title else None

    @cached_property
    def head_under_browser_title(self) -> range:
        """The lines between a ``<title>`` saved as the first line and the first heading below that
        prints the page's name alone: the page's head.

        The first copy ends it: a wiki's infobox may print the name again further down. A WET
        record's text opens with its ``<title>``, which is then the title itself.
        """
        top, title = self.browser_title_index, self.title_index
        if title is None:
            return range(0)
        if top is None and self.warc_header_indices:
            top, title = title, self.title_echo(title)
        if top is None or title is None or not _TITLE_SEPARATOR.search(self.lines[top]):
            return range(0)  # a title printed twice has no site name to tell the <title> copy
        name = self.lines[title].strip()
        if self.lines[top].rstrip().endswith(name):
            return range(0)  # the site's name, printed in its header: the page's own is further down
        # the first copy of the name below the <title>: the title line itself at the latest
        echo = next(j for j in self.nonblank if top < j <= title and self.lines[j].strip() == name)
        return range(top + 1, echo)

    def _could_be_title(self, i: int, menu_word: bool = False, site_name: bool = False) -> bool:
        """Whether line ``i`` may name the page: no heading of a section, chrome, skip link,
        tagline, contents, header field or masthead; no menu word unless ``menu_word``, and not the
        site's name unless ``site_name`` (a home page's ``<title>`` is its site's name)."""
        text = self.lines[i].strip()
        return not (
            signals.edit_link_heading(text) is not None
            or signals.markup_heading_level(text) not in (None, 1)
            or i in self.chrome_indices
            or (not menu_word and (signals.is_chrome_label_run(text) or signals.is_menu_line(text)))
            or signals.is_tagline(text)
            or signals.JUMP_LINK.match(text)
            or signals.is_skip_link(text)
            or signals.is_language_line(text)
            or signals.TOC_HEADING.match(text)
            or (i in self.toc_indices)
            or (i in self.banner_lines)
            or (i in self.warc_header_indices)
            or (i in self.message_header_indices)
            or (i in self.ebook_frame_indices)
            or (i in self.code_host_thread)
            or (not site_name and (self.is_site_name(i) or _WIKI_NAME_LINE.match(text)))
            or self._is_masthead(i)
        )

    def _is_masthead(self, i: int) -> bool:
        """A journal's volume line, or its name directly over one: never the article's title."""
        text = self.lines[i].strip()
        if len(text) > 120:
            return False
        if signals.VOLUME_LINE.match(text):
            return True
        if not signals.JOURNAL_NAME.match(text):
            return False
        following = self.nonblank_after(i)
        return following is not None and bool(signals.VOLUME_LINE.match(self.lines[following].strip()))

    @cached_property
    def body_start(self) -> int:
        """First prose line or heading after the title: a wiki page's infobox remnants lie before it."""
        start = (self.title_index if self.title_index is not None else -1) + 1
        if self.tagline_index is not None:
            start = max(start, self.tagline_index + 1)
        for i in self.nonblank:
            if i < start:
                continue
            text = self.lines[i]
            if (
                signals.is_prose(text)
                or signals.edit_link_heading(text)
                or signals.match_markup_heading(text)
                or self.in_prose_block(i)
            ):
                return i
        return len(self.lines)

    @cached_property
    def blocks(self) -> dict[int, tuple[int, int]]:
        """For each non-blank line, the first and last index of its block (run of non-blank lines)."""
        bounds: dict[int, tuple[int, int]] = {}
        start = None
        for i, text in enumerate([*self.lines, ""]):
            if text.strip():
                start = i if start is None else start
            elif start is not None:
                for j in range(start, i):
                    bounds[j] = (start, i - 1)
                start = None
        return bounds

    def block_lines(self, i: int) -> list[str]:
        start, end = self.blocks.get(i, (i, i))
        return self.lines[start : end + 1]

    @cached_property
    def fixed_width(self) -> int | None:
        """The width a hard-wrapped text is laid out in (an RFC, an ebook, a mail), or None.

        A page saved from a browser prints each paragraph on one long line; a text wrapped to a
        width has hardly a line wider than ``_FIXED_WIDTH`` and many lines near its width.
        """
        lengths = [len(self.lines[i].rstrip()) for i in self.nonblank]
        inside = [n for n in lengths if n <= _FIXED_WIDTH]
        if len(lengths) - len(inside) > len(lengths) // 50 or not inside:
            return None
        width = max(inside)
        near = sum(1 for n in inside if n >= width * _NEAR_WIDTH)
        return width if near >= _WRAPPED_LINES else None

    def _in_wrapped_paragraph(self, i: int) -> bool:
        """Line ``i`` runs near the text's fixed width and its sentence goes on in lower case on the
        next line, in a block of running text (a title over a paragraph ends where it stands).
        A text wrapped wider than a fixed width (a PDF's lines of 90 characters) has no width to
        fill: there the sentence must go on in lower case on a line as long, not a byline's."""
        if i + 1 >= len(self.lines):
            return False
        width = self.fixed_width
        following = self.lines[i + 1].lstrip()
        if width is None:
            return (
                following[:1].islower()
                and signals.word_count(following) >= _WRAPPED_LINE_WORDS
                and not titles.is_byline(following)
                and self.in_prose_block(i)
            )
        return (
            len(self.lines[i].rstrip()) >= width * _WRAPPED_SHARE
            and (following[:1].islower() or titles.ends_mid_sentence(self.lines[i]))
            and self.in_prose_block(i)
        )

    def in_prose_block(self, i: int) -> bool:
        """Whether line ``i`` belongs to a block of running text (hard-wrapped paragraphs included)."""
        start, end = self.blocks.get(i, (i, i))
        if start not in self._prose_block_cache:
            self._prose_block_cache[start] = signals.is_prose_block(self.lines[start : end + 1])
        return self._prose_block_cache[start]

    @cached_property
    def menu_block_indices(self) -> set[int]:
        """Blocks of a page's head made of short labels, many of them menu words: a sidebar or menu.

        A documentation site's sidebar saved as text is a block of page names ("Getting started",
        "Dense grids", "API reference"); the names of its own pages are no menu words, but the
        block holds enough of them, and no sentence, to be told from a list in the article.
        """
        found: set[int] = set()
        if self.is_wiki:  # a wiki skin's menus have rules of their own, which name them better
            return found
        head = self.body_start
        for first, last in {self.blocks[i] for i in self.nonblank if i < head}:
            members = range(first, last + 1)
            if len(members) < _MENU_BLOCK_LINES or last >= head:
                continue
            texts = [self.lines[j].strip() for j in members]
            if any(
                signals.word_count(t) > _MENU_LABEL_WORDS or signals.SENTENCE_END.search(t) for t in texts
            ):
                continue
            labels = sum(1 for t in texts if _is_known_label(t))
            if labels * 5 >= 2 * len(texts):  # two in five or more
                found.update(members)
        return found

    @cached_property
    def menu_run_indices(self) -> set[int]:
        """Runs of short labels above a page's first sentence or below its last: its menus.

        A site's menus saved as text are runs of one- to three-word lines with no blank line
        and no sentence among them ("Questions", "Tags", "Users", "Jobs"). Most of the names are
        the site's own, but a run holds at least one that every site uses ("Sign in", "About").
        The body has such runs too (ingredients, a poem's short lines), so only the stretches
        outside the running text are searched, and a page without running text has none. The
        title can stand in the run ("Open main menu", "Search", "Basalt", "Article"): a line the
        text below repeats, or one standing right on top of the first paragraph, stays.
        """
        found: set[int] = set()
        if self.is_wiki:  # a wiki skin's menus have rules of their own, which name them better
            return found
        first = self._text_start()
        if first == len(self.lines):
            return found
        head_runs = self._chained_runs(self._label_runs(range(first), vouched=True))
        if head_runs:
            opening = self._opening_text(first)
            lead = self.lines[self.lead_end].strip().casefold()  # the first sentence, even when passed over
        for run in head_runs:
            below = self.nonblank_after(run[-1])
            if below is not None and self._heads_text(run[-1], below):
                run = run[:-1]
            found.update(
                i for i in run if _is_known_label(self.lines[i]) or not self._is_echoed(i, opening, lead)
            )
        # a wiki's <title> over the run ("Sorrelbrook Navigation - Wikipedia", on a mobile page
        # with no tagline) is kept without the wiki's name, like any saved <title>
        top = self.browser_title_index
        if top is not None and signals.WIKI_TITLE_SUFFIX.match(self.lines[top].strip()):
            found.discard(top)
        # the last sentence of running text, looked for from the end; a footer's small print
        # ("… is operated by …", "All rights reserved.") under the menus is not the text
        last = next(
            (i for i in reversed(self.nonblank) if self._is_body_sentence(i)),
            len(self.lines),
        )
        # below it, one known label vouches for every run: a footer's link columns ("Countries",
        # "Regions", "Cities") name only the site's own pages, beside its "Privacy & cookies".
        # A list that a line ending in a colon introduces ("You will need:"), or a short heading
        # that names it after a colon ("附：加装电梯申请流程", "Appendix: the steps"), is the text's.
        below_last = range(last + 1, self.tail_start)  # the tail has a rule of its own
        footer = any(_is_known_label(self.lines[i]) for i in below_last if self.lines[i].strip())
        for run in self._label_runs(below_last, vouched=footer):
            if self._is_keyword_list(run):
                continue
            above = self.nonblank_before(run[0])
            numbered = all(_NUMBERED_SECTION.match(self.lines[i]) for i in run)
            introduced = bool(above) and _introduces_list(self.lines[above[-1]], numbered)
            # an introduced list goes only on a menu word of its own: the footer under it is no vouch
            if not introduced or any(_is_known_label(self.lines[i]) for i in run):
                found.update(run)
        return found

    def _is_keyword_list(self, run: list[int]) -> bool:
        """Whether a run of labels is a paper's keywords under their heading, on a page that cites
        the paper by its DOI: no menu word or hashtag among them (a blog's tags are its links)."""
        return (
            bool(signals.KEYWORDS_HEADING.match(self.lines[run[0]].strip()))
            and self.cites_a_doi
            and not any(_is_known_label(self.lines[i]) or self.lines[i].lstrip().startswith("#") for i in run)
        )

    @cached_property
    def cites_a_doi(self) -> bool:
        """Whether a DOI stands anywhere on the page: a paper's or a dataset's record."""
        return bool(self.may_mention(("10.",)) and _DOI_ANYWHERE.search(self._joined))

    @cached_property
    def post_action_indices(self) -> set[int]:
        """The control bars under a thread's posts, and the thread's own controls between them.

        "Reply", "Share" or "permalink embed save report reply" on a line is a word like any other
        once; the same line under post after post is a control bar. A line of post actions counts
        when its text stands three times on the page, or twice and each time beside another
        action line or naming two actions itself; the other action lines of its bar go with it. On such a page, "2 more replies" or
        "Continue this thread" between posts are the thread's controls, and a subject line
        repeated over each reply ("Re: Stuck fermentation") is the reply's header. Bars in words
        no list holds are found by their recurrence alone (``_recurring_bars``).
        """
        lines = self.lines
        actions = {i for i in self.nonblank if _is_post_action(lines[i])} | self._recurring_bars
        if len(actions) < 2:
            return set()
        found = self._post_bars(actions)
        if not found:
            return found
        return found | self._member_cards(found) | self._forum_signatures()

    def _post_bars(self, actions: set[int]) -> set[int]:
        """The bars among the post-action lines that come back post after post, the thread's
        controls and the reply subjects (see ``post_action_indices``)."""
        lines = self.lines
        copies: dict[str, list[int]] = {}
        for i in sorted(actions):  # "[Reply](…?replytocom=14402)" and "2 Likes" are one bar's buttons
            label = signals.without_action_counts(signals.link_text(lines[i]))
            field = _field_name(label.strip())  # a card's field, whatever each member's value
            key = field if field.endswith(":") else _DIGITS.sub("#", " ".join(label.split()).casefold())
            copies.setdefault(key, []).append(i)
        found: set[int] = set()
        for same in copies.values():
            in_bars = all(i - 1 in actions or i + 1 in actions for i in same)
            one_line_bar = signals.post_action_count(lines[same[0]]) >= 2  # "Reply · Report"
            if len(same) >= 3 or (len(same) == 2 and (in_bars or one_line_bar)):
                found.update(same)
        for i in sorted(found):  # the rest of each bar, above and below
            for step in (-1, 1):
                j = i + step
                while j in actions and j not in found:
                    found.add(j)
                    j += step
        if not found:
            return found
        for i in sorted(found):  # the bar's counts, printed one a line under its buttons
            j = i + 1
            while (
                j < len(lines)
                and j - i <= _BAR_COUNTS
                and signals.BARE_NUMBER.match(lines[j])
                and j not in found
            ):
                found.add(j)
                j += 1
        replies = Counter(lines[i].strip() for i in self.nonblank if _REPLY_SUBJECT.match(lines[i]))
        for i in self.nonblank:
            text = lines[i]
            if signals.THREAD_CONTROL.match(text) or replies.get(text.strip(), 0) >= 2:
                found.add(i)
        return found

    def _member_cards(self, bars: set[int]) -> set[int]:
        """The whole card of each member on a thread's page: the post's number, the name, the rank
        and the fields ("#1", "kaptan_34", "Kıdemli Üye", "Konum: Kocaeli").

        A card is a block of short lines with no blank between, none a sentence, holding two
        fields ("name: value") or more, one of them a field found among the thread's bars or
        named on two cards at least, and holding a line of a post's bar or standing next to one.
        Only a page whose bars are already found is asked, and only blocks that come back twice
        count: a post's own list of "Cost: 40 €" lines stands once.
        """
        lines = self.lines
        names: Counter[str] = Counter()
        fields: dict[int, str] = {}
        for i in self.nonblank:
            text = lines[i].strip()
            if ": " in text and len(text) <= _CARD_LINE_CHARS:
                name = _field_name(text)
                if name.endswith(":"):
                    fields[i] = name
                    names[name] += 1
        cards: list[list[int]] = []
        for block in _adjacent_runs([i for i in self.nonblank if _is_card_line(lines[i])]):
            in_block = [i for i in block if i in fields]
            if (
                len(block) <= _CARD_LINES
                and len(in_block) >= 2
                and any(i in bars or names[fields[i]] >= 2 for i in in_block)
                and self._touches_bar(block, bars)
            ):
                cards.append(block)
        return {i for block in cards for i in block} if len(cards) >= 2 else set()

    def _forum_signatures(self) -> set[int]:
        """The signature under each post of a forum thread: the lines right under a rule of
        underscores, up to the next blank line ("__________________" over "Yavaş git ki uzağa
        varasın."). Asked only on a page whose post bars are found: on a printed page, the same
        rule stands over the footnotes."""
        lines = self.lines
        found: set[int] = set()
        for i in self.nonblank:
            if not _SIGNATURE_RULE.match(lines[i]):
                continue
            j = i + 1
            while j < len(lines) and j - i <= _FORUM_SIGNATURE_LINES and lines[j].strip():
                found.add(j)
                j += 1
        return found

    def _touches_bar(self, block: list[int], bars: set[int]) -> bool:
        """Whether a block holds a line of a post's bar or stands next to one: a card sits over
        or under its post's buttons, a day's "Camp: …" and "Distance: …" in a hiking blog's post
        do not."""
        before, after = self.nonblank_before(block[0]), self.nonblank_after(block[-1])
        return any(i in bars for i in block) or bool(before and before[0] in bars) or after in bars

    @cached_property
    def _recurring_bars(self) -> set[int]:
        """Bars of short labels printed with every post, in any language: the buttons ("Beğen",
        "Alıntı", "Cevapla") and the member's card ("Üye", "Katılım 3 Mart 2021", "Mesajlar 148").

        A label counts when it comes back ``_BAR_RECURRENCE`` times, numbers aside, and stands on
        the lines next to ``_BAR_LABELS - 1`` other such labels; the bars must come back as often,
        with posts between them. A word repeated through the text ("Answer" over each exercise's
        answer) stands beside text, not labels; the cells of a table have no posts between rows.
        """
        buttons = sum(
            1
            for text, count in self.line_counts.items()
            if count >= _BAR_RECURRENCE and len(text) <= _BAR_LABEL_CHARS and _TWO_LETTERS.search(text)
        )
        if buttons < 2 and self._card_fields() < 2:
            return set()  # a bar's buttons or a card's fields read the same under every post, two at least
        lines = self.lines
        places: dict[str, list[int]] = {}
        for i in self.nonblank:
            text = lines[i].strip()
            if len(text) <= _BAR_LABEL_CHARS and not signals.SENTENCE_END.search(text):
                places.setdefault(_field_name(text), []).append(i)
        key = {i: name for name, same in places.items() if len(same) >= _BAR_RECURRENCE for i in same}
        bars = [
            run
            for run in _adjacent_runs(sorted(key))
            if len({key[i] for i in run if _TWO_LETTERS.search(key[i])}) >= _BAR_LABELS
        ]
        posts = sum(
            any(signals.word_count(lines[i]) >= _POST_WORDS for i in range(above[-1] + 1, below[0]))
            for above, below in itertools.pairwise(bars)
        )
        if posts < _BAR_RECURRENCE - 1:
            return set()  # bars with no post between them: the cells of a table
        return {i for run in bars for i in run}

    def _card_fields(self) -> int:
        """How many field names ("Konum:", "Mesajlar:") open three short lines or more, each with
        its own value: a member's card under every post."""
        names: Counter[str] = Counter()
        for text in self.line_counts:
            if ": " in text and len(text) <= _BAR_LABEL_CHARS:
                name = _field_name(text)
                if name.endswith(":"):
                    names[name] += self.line_counts[text]
        return sum(1 for n in names.values() if n >= _BAR_RECURRENCE)

    def _opening_text(self, first: int) -> str:
        """The first ``_ECHO_CHARS`` characters of the text from line ``first`` on, case-folded."""
        parts: list[str] = []
        size = 0
        for j in self.nonblank:
            if size > _ECHO_CHARS:
                break
            if j >= first:
                parts.append(self.lines[j])
                size += len(self.lines[j]) + 1
        return " ".join(parts)[:_ECHO_CHARS].casefold()

    def _is_echoed(self, i: int, opening: str, lead: str) -> bool:
        """Whether the text repeats line ``i`` near its start: the title ("Basalt is a rock…")."""
        name = self.lines[i].strip().casefold()
        return name in opening or lead.startswith(name)

    def _text_start(self) -> int:
        """The first line of the page's text: its first sentence or marked heading (``lead_end``),
        unless that sentence opens the page and a menu follows it, as one follows an announcement
        bar ("Version 3.2 is out: read the announcement"). Below a title, a sentence followed by a
        list is the text (an essay that quotes a menu); so is a page's only sentence."""
        nonblank = self.nonblank
        passed_over: int | None = None
        for position, i in enumerate(nonblank):
            if i < self.lead_end or not self._opens_text(i):
                continue
            marked = _has_heading_markup(self.lines[i])
            following = nonblank[position + 1 : position + 1 + _TEXT_START_WINDOW]
            labels = sum(_is_short_label(self.lines[j]) for j in following)
            # an announcement on the first line, or a network's description of itself among the
            # site's first labels, under a skip link or a menu word ("Skip to main content")
            above = nonblank[:position]
            in_bar = position < _BANNER_LINES or (
                position < _HEAD_LABEL_LINES
                and all(
                    j == passed_over
                    or _is_short_label(self.lines[j])
                    or signals.is_skip_link(self.lines[j].strip())
                    for j in above
                )
                and any(
                    signals.is_skip_link(self.lines[j].strip()) or _is_known_label(self.lines[j])
                    for j in above
                )
            )
            if marked or not in_bar or labels < _TEXT_START_LABELS:
                return i
            passed_over = i
        return len(self.lines) if passed_over is None else passed_over  # the only sentence is the text

    def _heads_text(self, i: int, below: int) -> bool:
        """Whether line ``i`` stands right on top of the text as its title or heading.

        A menu word can head a section ("About us" over a paragraph), but over a title-like
        line ("Log in" over the question a page is about) it is the menu's last item.
        """
        text = self.lines[below]
        if not signals.is_prose(text):
            return False
        return not _is_known_label(self.lines[i]) or not _looks_like_title(text)

    def _is_running_text(self, i: int) -> bool:
        text = self.lines[i]
        return (
            signals.is_prose(text)
            and (signals.word_count(text) >= _LEAD_SENTENCE_WORDS or signals.is_cjk_sentence(text))
            and not signals.is_capitalised_run(text)
        )

    def _is_body_sentence(self, i: int) -> bool:
        """A sentence of running text that is not a footer's small print ("… is operated by …")
        nor a footer's list of links ("Hotels in Trieste · Apartments in Trieste · …")."""
        text = self.lines[i]
        return (
            self._is_running_text(i) and not signals.is_footer_text(text) and not signals.is_link_list(text)
        )

    def _label_runs(self, span: range, vouched: bool = False) -> list[list[int]]:
        """Runs of at least _MENU_RUN_LINES adjacent short labels in ``span`` that chrome vouches for.

        A known label in the run vouches for it, and so does one on the nearest line above or
        below it: a search box's list of fields ("All fields", "Title", "Author", "DOI") names
        none, but sits under "Help | Advanced Search".
        """
        runs: list[list[int]] = []
        run: list[int] = []
        longer = 0  # items of a few more words ("Climate and Health Research"), one in four at most
        for i in [*span, None]:
            if i is not None and _is_short_label(self.lines[i]):
                run.append(i)
                continue
            if i is not None and run and (longer + 1) * 4 <= len(run) + 1 and _is_long_label(self.lines[i]):
                run.append(i)
                longer += 1
                continue
            while run and not _is_short_label(self.lines[run[-1]]):
                run.pop()  # a run ends on a menu item: a longer line under it is the title it heads
            if len(run) >= _MENU_RUN_LINES and (vouched or self._vouched_for(run)):
                runs.append(run)
            run = []
            longer = 0
        return runs

    def _chained_runs(self, runs: list[list[int]]) -> list[list[int]]:
        """The runs a known label vouches for, and the runs right under them across a blank line:
        a site's menus, split into blocks ("Log in", "Sign up" over the sections "Politics",
        "Business", "Sport")."""
        vouched: list[list[int]] = []
        for run in runs:
            above = self.nonblank_before(run[0])
            if self._vouched_for(run) or (vouched and above and above[-1] == vouched[-1][-1]):
                vouched.append(run)
        return vouched

    def _vouched_for(self, run: list[int]) -> bool:
        """A known label in the run or beside it, or a skip link right above it ("Skip to Main
        Content" over the publisher's family of sites)."""
        below = self.nonblank_after(run[-1])
        above = self.nonblank_before(run[0])
        beside = [*above, *([] if below is None else [below])]
        if above and signals.is_skip_link(self.lines[above[-1]].strip()):
            return True
        return any(_is_known_label(self.lines[j]) for j in [*run, *beside])

    @cached_property
    def toc_indices(self) -> set[int]:
        """Lines of a table of contents: a "Contents" line followed by numbered entries.

        Off a wiki, the entries may have no numbers, or mix both ("Highlights", "Abstract",
        "1. Introduction", "Data availability", "Show full outline"); such a list counts when
        most of its entries come back below it, so each entry is judged with the list.
        """
        found: set[int] = set()
        # a wiki skin's contents have numbers or toggles, and run into the title
        plain_allowed = not self.is_wiki
        for position, i in enumerate(self.nonblank):
            if i in found:
                continue
            label = self.lines[i].strip()
            if label.endswith(("Page", "Pages", "Seite")):
                label = _PAGE_COLUMN.sub("", label)  # "Contents          Page": the column's label
            labelled = False
            if signals.PAGED_LIST_HEADING.match(label):
                paged = self._paged_list(i)
                if paged:
                    found.update(paged)
                    continue
                labelled = bool(signals.TOC_HEADING.match(label))
            if not labelled and position not in self._numbered_list_labels:
                continue
            block = [i]
            entries: set[str] = set()
            leaders = False
            plain: list[str] = []
            for j in self.nonblank[position + 1 :]:
                text = self.lines[j].strip()
                # the first heading repeats the first entry (leader and page number aside, or its
                # edit link, "1. 개요[편집]"): the end
                if (
                    text in entries
                    or (leaders and _section_key(text) in entries)
                    or (text.endswith("]") and signals.edit_link_heading(text) in entries)
                ):
                    break
                entries.add(text)
                if "." in text and _LEADER.search(text):  # "...." or ". . . ." and a page number
                    leaders = True
                    entries.add(_section_key(text))
                if (
                    signals.TOC_ENTRY.match(text)
                    or text.lower() in {"hide", "show", "move to sidebar"}
                    or _TOC_TOGGLE.match(text)
                ):
                    if plain and j != block[-1] + 1:
                        break
                    block.append(j)  # numbered entries among plain ones ("Abstract", "1. Introduction")
                elif (
                    (plain or len(block) == 1)
                    and j == block[-1] + 1
                    and plain_allowed
                    and _is_plain_toc_entry(text)
                ):
                    plain.append(text)  # a list without numbers, told by its entries' coming back
                    block.append(j)
                else:
                    break
            if plain:
                listed = [self.lines[j].strip() for j in block[1:]]
                if len(plain) >= 2 and self._sections_follow(
                    listed, block[-1], _TOC_PLAIN_ECHO_SHARE, start=i
                ):
                    found.update(block)
                elif labelled:
                    found.update(self._numbered_contents_among_tabs(block))
                continue
            numbered = [self.lines[j] for j in block if signals.TOC_ENTRY.match(self.lines[j].strip())]
            share = _TOC_ECHO_SHARE if labelled else _TOC_PLAIN_ECHO_SHARE
            if len(numbered) >= 2 and self._sections_follow(numbered, block[-1], share):
                found.update(block)
        return found | self._anchor_contents() | self._unlabelled_contents()

    def _numbered_contents_among_tabs(self, block: list[int]) -> set[int]:
        """Under a contents label whose list runs into a publisher's tabs ("Article contents",
        "Related research", "1. Introduction" … "Full Article", "Metrics"): the label and the
        numbered entries, when they come back as headings, and the plain ones that do too."""
        numbered = [j for j in block[1:] if signals.TOC_ENTRY.match(self.lines[j].strip())]
        texts = [self.lines[j].strip() for j in numbered]
        if len(numbered) < 2 or not self._sections_follow(texts, block[-1], _TOC_PLAIN_ECHO_SHARE):
            return set()
        echoed = {
            j
            for j in block[1:]
            if j not in numbered and self._sections_follow([self.lines[j].strip()], block[-1], 1.0)
        }
        return {block[0], *numbered, *echoed}

    def _unlabelled_contents(self) -> set[int]:
        """A block of numbered section names with no "Contents" over it, starting at "1.", whose
        numbered entries nearly all come back below as the page's headings: an encyclopedia's
        entry contents set between its opening paragraphs and its first section. A numbered list
        of the text (steps, findings) does not come back as headings. A plain-text file laid out
        in a fixed width (a README) writes its own contents list: that is text."""
        if self.is_wiki:
            return set()
        found: set[int] = set()
        starts = [i for i in self.nonblank if self.lines[i].lstrip()[:1] == "1" and self.blocks[i][0] == i]
        for start in starts:
            end = self.blocks[start][1]
            if end - start + 1 < _PAGED_ENTRIES or not _FIRST_TOC_ENTRY.match(self.lines[start].strip()):
                continue
            if self.fixed_width is not None:
                return set()
            texts = [self.lines[j].strip() for j in range(start, end + 1)]
            numbered = [text for text in texts if signals.TOC_ENTRY.match(text)]
            if (
                len(numbered) >= _PAGED_ENTRIES
                and all(signals.TOC_ENTRY.match(text) or _is_plain_toc_entry(text) for text in texts)
                and self._sections_follow(numbered, end, _TOC_PLAIN_ECHO_SHARE)
            ):
                found.update(range(start, end + 1))
        return found

    def _anchor_contents(self) -> set[int]:
        """A converter's list of links to the page's own anchors whose labels come back as its
        headings, with its label if it has one: an "On this page" box, a contents macro.

        >>> sorted(DocumentContext(["* [Contacts](#contacts)", "* [Procedure](#procedure)", "* [Rollback](#rb)",
        ...     "", "## Contacts", "Call the on-call lead.", "## Procedure", "Fail over.", "## Rollback", "Undo."])
        ...     ._anchor_contents())
        [0, 1, 2]
        """
        if "](#" not in self._joined:
            return set()
        found: set[int] = set()
        run: list[tuple[int, str]] = []
        for i in [*self.nonblank, -1]:  # -1 closes the last run
            match = _ANCHOR_ENTRY.match(self.lines[i]) if i >= 0 else None
            if match is not None and (not run or i == run[-1][0] + 1):
                run.append((i, match.group("label")))
                continue
            if len(run) >= _ANCHOR_CONTENTS_ENTRIES and self._sections_follow(
                [label for _, label in run], run[-1][0], _TOC_PLAIN_ECHO_SHARE, start=run[0][0]
            ):
                found.update(j for j, _ in run)
                above = self.nonblank_before(run[0][0])
                if above and signals.TOC_HEADING.match(signals.heading_text(self.lines[above[0]]).strip()):
                    found.add(above[0])  # the box's label: "On this page"
            run = [(i, match.group("label"))] if match is not None else []
        return found

    def _paged_list(self, i: int) -> list[int]:
        """A printed list of contents, figures or tables under the label at line ``i``: the label
        and its entries, when nearly every entry ends in a page number after dots or a wide gap
        ("3.2 Field Methods . . . . 42", "Declaration        iii"), else nothing.

        The page numbers say what the list is, so its entries need not come back below (a
        chapter printed alone keeps its thesis's contents). One blank line may follow the label;
        the list ends at a blank line, or at its last numbered entry when the text follows without one.
        """
        lines = self.lines
        j = i + 1
        if j < len(lines) and not lines[j].strip():
            j += 1
        entries: list[int] = []
        paged = last_paged = 0
        while j < len(lines) and lines[j].strip() and len(lines[j]) <= _PAGED_ENTRY_CHARS:
            if _PAGE_REFERENCE.search(lines[j]):
                paged += 1
                last_paged = len(entries) + 1
            elif paged >= _PAGED_ENTRIES and len(entries) - last_paged >= 1:
                break  # two lines without a page number: the text under the list, no blank between
            entries.append(j)
            j += 1
        if paged < _PAGED_ENTRIES or paged * 4 < len(entries) * 3:
            return []
        return [i, *entries[:last_paged]]

    @cached_property
    def _numbered_list_labels(self) -> set[int]:
        """Positions in ``nonblank`` of short labels over a list numbered from 1 on a wiki page (a
        toggle such as "[sembunyikan]" between): contents under a label in a language
        ``signals.TOC_HEADING`` does not list. Their entries must then come back as headings."""
        if not self.is_wiki:
            return set()
        lines, nonblank = self.lines, self.nonblank
        found: set[int] = set()
        for position, i in enumerate(nonblank):
            entry = lines[i].strip()
            # a section's name, not a reference ("1. Their, A. (1952), …")
            if (
                not entry.startswith("1")
                or len(entry) > _TOC_ENTRY_CHARS
                or not _FIRST_TOC_ENTRY.match(entry)
            ):
                continue
            above = position - 1
            if above >= 0 and _TOC_TOGGLE.match(lines[nonblank[above]].strip()):
                above -= 1
            if above >= 0 and _is_short_label(lines[nonblank[above]]):
                found.add(above)
        return found

    def _sections_follow(
        self, entries: list[str], end: int, share: float = _TOC_ECHO_SHARE, start: int | None = None
    ) -> bool:
        """Whether the page goes on to hold some of the sections a table of contents lists.

        A page's contents name its own headings; a numbered list under a "Contents" line whose
        items never come back (the contents of a notebook, quoted in an essay) is text. A
        ``share`` of the entries must come back below line ``end``, or anywhere outside the
        list when it ``start``s at a given line (a sidebar's list of sections stands mid-page).
        """
        wanted = {
            _section_key(entry) for entry in entries if not signals.SKIN_TOC_LINE.match(entry.strip())
        } - {""}
        needed = math.ceil(len(wanted) * share)
        longest = max((len(key) for key in wanted), default=0) + _HEADING_DECORATION
        found: set[str] = set()
        for j in self.nonblank:
            if (start if start is not None else -1) <= j <= end or len(self.lines[j]) > longest:
                continue  # a heading is about as long as its entry: long lines are text
            key = _section_key(self.lines[j])
            if key in wanted:
                found.add(key)
                if len(found) >= needed:
                    return True
        return False

    def _chrome_blocks(self) -> set[int]:
        """Chrome-label lines that sit in a run of at least three such lines (blank lines ignored)."""
        # No menu label, separator, autonym or language count holds a full stop, and most lines do.
        flagged = [
            i
            for i in self.nonblank
            if "." not in self.lines[i]
            and (signals.is_chrome_label_line(self.lines[i]) or signals.is_language_line(self.lines[i]))
        ]
        blocks: set[int] = set()
        run: list[int] = []
        position = {i: p for p, i in enumerate(self.nonblank)}
        for i in flagged:
            if run and position[i] != position[run[-1]] + 1:
                if len(run) >= 3:
                    blocks.update(run)
                run = []
            run.append(i)
        if len(run) >= 3:
            blocks.update(run)
        return blocks


# Units of measure after a number: "80 g", "250 ml", "2 tbsp", "1 EL" (a German spoonful).
_UNIT = re.compile(r"(?:[mk]?g|[mcdk]?l|[mck]?m|oz|lbs?|tsp|tbsp|cups?|EL|TL|Stk)\b")
_RUNNING_LINE_CHARS = 150
_RUNNING_COPIES = 3
_PAGE_NUMBER_BARS = ("| ", "· ", "• ")  # after a page number printed first
_BARS_BEFORE_NUMBER = (" |", " ·", " •")
_ENDS_ON_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zä]{0,6}\.?$", re.IGNORECASE
)


def _without_page_number(text: str) -> str:
    """A stripped line without the page number printed before or after it (not both): one across a
    wide gap, or of two digits or more beside a word ("61236 Federal Register", "Field Methods
    43"). A number before a unit is a quantity ("80 g sugar"), not a page's.

    >>> _without_page_number("61236 Federal Register / Notices"), _without_page_number("3 Results")
    ('Federal Register / Notices', '3 Results')
    >>> _without_page_number("80 g Zucker")
    '80 g Zucker'

    A day after its month is a date's: "Thursday, July 17" under "Thursday, July 3" is no copy.

    >>> _without_page_number("Thursday, July 17"), _without_page_number("Annual Report 2023    14")
    ('Thursday, July 17', 'Annual Report 2023')

    A bar may part the number from the words: "Annual Report 2023 | 3", "4 | Annual Report 2023".

    >>> _without_page_number("Annual Report 2023 | 3"), _without_page_number("4 | Annual Report 2023")
    ('Annual Report 2023', 'Annual Report 2023')
    """
    head, _, rest = text.partition(" ")
    if (
        head.isdigit()
        and len(head) <= 5
        and (
            rest[:1] == " "
            or rest[:2] in _PAGE_NUMBER_BARS
            or (len(head) >= 2 and rest[:1].isalpha() and not _UNIT.match(rest))
        )
    ):
        return rest.lstrip().removeprefix(rest[:1] if rest[:2] in _PAGE_NUMBER_BARS else "").lstrip()
    rest, _, tail = text.rpartition(" ")
    if (
        tail.isdigit()
        and len(tail) <= 5
        and (
            rest[-1:] == " "
            or rest[-2:] in _BARS_BEFORE_NUMBER
            or (len(tail) >= 2 and rest[-1:].isalpha() and not _ENDS_ON_MONTH.search(rest))
        )
    ):
        text = rest.rstrip().rstrip("|·•").rstrip()
    return text


def _is_last_title_part(part: str, title: str) -> bool:
    """Whether ``part`` is what a ``<title>`` line ends with after its last separator: the site's name."""
    separator = _title_separator(title)
    return bool(separator.search(title)) and separator.split(title)[-1] == part and part != title


def _title_separator(text: str) -> re.Pattern[str]:
    """What sets a ``<title>``'s parts apart: a dash or a bar, and a code host's middle dots beside
    an issue's number (a shop's bar of promises sets its items apart with dots too)."""
    return _DOT_SEPARATOR if signals.CODE_HOST_TITLE.search(text) else _TITLE_SEPARATOR


# A numbered label before a title's colon: "Ep. 142: ", "Episode 12: ", "Chapter 3: ", "Part II: ".
_EPISODE_LABEL = re.compile(
    r"^(?:Ep(?:isode)?\.?|Chapter|Ch\.|Part|Lesson|Lecture|Issue|No\.|#)\s?[\dIVXLC]{1,5}[a-z]?:\s+(?=\S)"
)


def _title_parts(text: str) -> dict[str, str]:
    """What a ``<title>`` line reads before and after each of its separators, each mapped to the
    part of the ``<title>`` it stands for.

    >>> sorted(_title_parts("Our Rooms – The Lantern House | Saltby"))
    ['Our Rooms', 'Our Rooms – The Lantern House', 'Saltby', 'The Lantern House | Saltby']

    A review site adds the place in brackets to the name its heading prints; the heading's name
    stands for the bracketed one:

    >>> _title_parts("Halvorsen Lighthouse (Port Arvane) - Wandersmith")["Halvorsen Lighthouse"]
    'Halvorsen Lighthouse (Port Arvane)'

    A code host's middle dots separate parts beside an issue's number, and only there:

    >>> "Crash on start" in _title_parts("Crash on start · Issue #12 · fenn/tide · Forge")
    True
    >>> _title_parts("Free delivery · 30-day returns · Pay later")
    {}

    A Chinese or Japanese site sets its name after an underscore or a full-width bar:

    >>> sorted(_title_parts("老旧小区加装电梯_北辰新闻网"))
    ['北辰新闻网', '老旧小区加装电梯']
    """
    parts: dict[str, str] = {}
    stamp = signals.PRINT_STAMP_PREFIX.match(text)
    if stamp:  # a browser prints the date and time before the <title> it heads each page with
        text = text[stamp.end() :]
        parts[text] = text
    for match in _title_separator(text).finditer(text):
        first, rest = text[: match.start()], text[match.end() :]
        parts[first], parts[rest] = first, rest
        bare = _TRAILING_BRACKET.sub("", first)
        if bare:
            parts[bare] = first
        label = _EPISODE_LABEL.match(first)
        if label:  # "Ep. 142: Why Rivers Wander": the page's heading drops the episode's number
            parts.setdefault(first[label.end() :], first)
    return parts


def _is_doi(text: str) -> bool:
    """A DOI alone on its line, as an address ("https://doi.org/10.…") or bare ("10.71203/…")."""
    return bool(signals.DOI_LINE.match(text) or _BARE_DOI.match(text))


def _is_record_fact(text: str) -> bool:
    """A line of an article's history or its DOI: "Accepted: 9 May 2024", "DOI: https://doi.org/…"."""
    return bool(signals.HISTORY_DATE_LINE.match(text) or signals.DOI_LINE.match(text))


def _field_name(text: str) -> str:
    """What a bar's line names, its value aside: "katılım #" for "Katılım 3 Mart 2021", "#" for a
    date or a post's number ("#4"), "konum:" for a member card's "Konum: Kocaeli", whose value is
    each member's own.

    >>> _field_name("Katılım 3 Mart 2021"), _field_name("#4"), _field_name("Bydliště: Olomouc")
    ('katılım #', '#', 'bydliště:')
    """
    label = signals.field_label(text) if ": " in text else None  # most lines hold no field: no call
    if label is not None:
        return f"{label.casefold()}:"
    digit = _DIGITS.search(text)
    return text.casefold() if digit is None else f"{text[: digit.start()].casefold().strip(' #')} #".lstrip()


def _is_card_line(text: str) -> bool:
    """A line a member's card can hold: short, and no sentence ("Mesajlar: 1.284", "Moderátor")."""
    stripped = text.strip()
    return bool(stripped) and len(stripped) <= _CARD_LINE_CHARS and not signals.SENTENCE_END.search(stripped)


def _adjacent_runs(indices: list[int]) -> list[list[int]]:
    """Sorted line indices grouped into runs of consecutive lines."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _is_post_action(text: str) -> bool:
    """A post's action buttons or its like counter, also as a link ("[Reply](…)", "3 Likes")."""
    if len(text) > 80 and "](" not in text:  # most lines: too long for a bar, and no link
        return False
    label = signals.link_text(text)
    if signals.is_post_action_line(label):
        return True
    stripped = label.strip()
    return stripped[:1].isdigit() and bool(_LIKE_COUNT.match(stripped))


def _is_plain_toc_entry(text: str) -> bool:
    """An unnumbered contents entry: a heading's words, no sentence."""
    return (
        len(text) <= 100
        and signals.word_count(text) <= _TOC_PLAIN_ENTRY_WORDS
        and not signals.SENTENCE_END.search(text)
    )


# A list item that is only a link to an anchor of the page: "*   [Rollback](#Runbook-Rollback)".
_ANCHOR_ENTRY = re.compile(r"^\s*(?:[*+-]|\d{1,2}\.)\s+\[(?P<label>[^\]\n]{1,120})\]\(#[^()\s]*\)\s*$")
_ANCHOR_CONTENTS_ENTRIES = 3

# A printed contents entry's dotted leader and page number: "Method ........ 5".
_LEADER = re.compile(r"\s?(?:\.\s?){4,}\s*(?:\d{1,4}|[ivxlc]{1,6})?\s*$")
# A printed list's page reference, which must give the number: dotted leaders or a wide gap, then
# a page number, arabic or roman in either case ("Declaration        iii", "List of Plates . . XI").
_PAGE_REFERENCE = re.compile(r"(?:(?:\s?\.){4,}|\S\s{3,})\s*(?:\d{1,4}|[ivxlc]{1,7}|[IVXLC]{1,7})\s*$")
_SECTION_NUMBER = re.compile(r"^(?:[*•·-]\s+)?\d{1,2}(?:\.\d{1,2})*\.?(?:\s+|_)")


def _section_key(text: str) -> str:
    """A heading or contents entry without its number, markup or edit link, for matching the two.

    >>> _section_key("  2.1 Early history"), _section_key("Early history[edit]"), _section_key("## Early History")
    ('early history', 'early history', 'early history')
    >>> _section_key("3.2   Method .................... 5")
    'method'
    """
    stripped = _LEADER.sub("", text.strip())
    stripped = signals.edit_link_heading(stripped) or signals.heading_text(stripped)
    return _SECTION_NUMBER.sub("", stripped.strip()).strip().casefold()


def _may_be_hard_end(text: str, refbacks: bool) -> bool:
    """Whether ``_is_hard_end`` can hold for a line: something each of its signals needs is there.

    A "Retrieved from" URL needs "://", a category line a colon, a "last edited" line one of a few
    first letters, a navigation-menu banner a short line, and a refbacks notice the letters
    "refbac" in any case (``refbacks``: somewhere on the page). Markup that ``signals.heading_text``
    would take off first sends the line to the full test.
    """
    stripped = text.strip()
    return (  # the tests that look at one character or a length come first: they are cheapest
        refbacks
        or stripped[:1] in "#*="
        or stripped[:1] in _LAST_EDITED_OPENERS
        or len(stripped) <= _NAVIGATION_MENU_LONGEST
        or ":" in text  # "://" too
        or "：" in text
        or "](" in text
        or "Retrieved from" in text
        or "Categories" in text
    )


def _host_keys(host: str) -> set[str]:
    """Name keys of a host: its labels without the top-level domain, joined in every order.

    >>> sorted(_host_keys("forum.vintageradio.example"))
    ['forumvintageradio', 'vintageradio', 'vintageradioforum']
    """
    labels = host.lower().split(".")[:-1]
    if not labels or len(labels) > 4:
        return set()
    keys: set[str] = set()
    for parts in (labels, [label for label in labels if label not in _HOST_NOISE]):
        parts = [p.replace("-", "") for p in parts if p]
        if parts and len(parts) <= 3:
            keys.update("".join(order) for order in itertools.permutations(parts))
    return keys


_VARIANT_OPENERS = (", ", " - ", " – ", " — ", ": ", " (")


def _listed_button(line: str) -> str | None:
    """The letter of a navbox's "v", "t" or "e" button saved as a list item ("  * v")."""
    match = _LISTED_BUTTON.match(line)
    return match.group(1) if match else None


def _is_listed_row(line: str) -> bool:
    """A row of a navbox saved as a list: a link one a line, a group's name, or a group's links
    in a row; no blank line and no sentence."""
    stripped = line.strip()
    if not stripped or signals.SENTENCE_END.search(stripped):
        return False
    return (
        bool(_LISTED_ITEM.match(line))
        or signals.word_count(stripped) <= _GROUP_NAME_WORDS
        or " · " in stripped
    )


def _introduces_list(text: str, numbered: bool) -> bool:
    """A line ending in a colon, or over a ``numbered`` list a short heading with a colon inside
    ("Appendix: the steps"; a byline in brackets over a footer's links is none).

    >>> _introduces_list("You will need:", False), _introduces_list("附：加装电梯申请流程", True)
    (True, True)
    >>> _introduces_list("附：加装电梯申请流程", False), _introduces_list("Menu", True)
    (False, False)
    """
    stripped = text.strip()
    if stripped.endswith((":", "：")):
        return True
    return numbered and len(stripped) <= _INTRO_HEADING_CHARS and (": " in stripped or "：" in stripped)


def _goes_on_from(text: str, step: str) -> bool:
    """Whether ``text`` is the breadcrumb's last ``step``, alone or followed by a variant of it.

    >>> _goes_on_from("Scale 5 kg, Brushed Steel", "Scale 5 kg"), _goes_on_from("Scales and more", "Scales")
    (True, False)
    """
    if not text.startswith(step):
        return False
    return len(text) == len(step) or (
        signals.word_count(step) >= _TITLE_STEP_WORDS and text[len(step) :].startswith(_VARIANT_OPENERS)
    )


def _is_language_button(text: str) -> bool:
    stripped = text.strip()
    return bool(signals.ADD_LANGUAGES.match(stripped) or signals.LANGUAGE_COUNT.match(stripped))


def _is_reference_heading(text: str) -> bool:
    """A "References" or "Bibliography" heading line, in the words ``sections`` knows them by."""
    return len(text) <= 60 and sections.heading_kind(text) in _REFERENCE_KINDS


def _has_heading_markup(text: str) -> bool:
    """A heading that says so: an edit link, or markdown, wikitext or converter marks."""
    return signals.edit_link_heading(text) is not None or bool(signals.match_markup_heading(text.strip()))


def _is_box_call(text: str) -> bool:
    """A few words ending in "!": the call over a box under a post ("Never miss a bake!").

    >>> _is_box_call("Never miss a bake!"), _is_box_call("The bridge reopened on Monday!")
    (True, False)
    """
    stripped = text.strip()
    return stripped.endswith("!") and signals.word_count(stripped) <= _BOX_CALL_WORDS


def _is_known_label(text: str) -> bool:
    """A line of menu or chrome labels every site uses ("Sign in", "About", "Privacy"), also as a
    converter's link ("* [Terms of Use](/policy/terms/)")."""
    if "](" in text:
        text = signals.link_text(text)
    return signals.is_menu_line(text) or signals.is_chrome_label_line(text)


_LINK_HINT = re.compile(
    r"\s*\((?:opens in (?:a )?new (?:tab|window)|external link|link is external|opens? externally)\)$",
    re.IGNORECASE,
)


def _is_short_label(text: str) -> bool:
    """One to three words and no sentence: what a menu item is (a heading in markup is not one).

    >>> _is_short_label("Pull requests"), _is_short_label("Log in."), _is_short_label("## Usage")
    (True, False, False)
    >>> _is_short_label("サイトマップ"), _is_short_label("粗大ごみの収集日程が変わります（令和7年6月から）")
    (True, False)

    A converter's link is read as its words, however long its address:

    >>> _is_short_label("  * [Installing packages](https://packaging.example/tutorials/installing-packages/)")
    True

    and a screen reader's hint after a link is no word of its label:

    >>> _is_short_label("API Documentation (opens in a new tab)")
    True
    """
    stripped = (signals.link_text(text) if "](" in text else text).strip()
    if stripped.endswith(")"):  # a screen reader's hint after a link: "Blog (opens in a new tab)"
        stripped = _LINK_HINT.sub("", stripped)
    return (
        0 < len(stripped) <= (_CJK_LABEL_CHARS if signals.CJK.search(stripped) else 40)
        and signals.word_count(stripped) <= _RUN_LABEL_WORDS
        and not signals.SENTENCE_END.search(stripped)
        and not signals.match_markup_heading(stripped)
    )


def _is_term(text: str) -> bool:
    """A name of up to six words, no sentence: a keyword ("Pulmonary Disease, Chronic Obstructive"),
    or a longer menu item ("Climate and Health Research").

    >>> _is_term("Climate and Health Research"), _is_term("The mill burned down in 1905.")
    (True, False)
    """
    stripped = text.strip()
    return (
        0 < len(stripped) <= 60
        and signals.word_count(stripped) <= _TERM_WORDS
        and not signals.SENTENCE_END.search(stripped)
    )


def _is_index_term(text: str) -> bool:
    """An item of a record's index terms or grants: no sentence, and words split by spaces, not
    by the punctuation inside a term ("Research Support, Non-U.S. Gov't", "RP-PG-0617/DH_/United
    Kingdom").
    """
    stripped = text.strip()
    return (
        0 < len(stripped) <= 80 and len(stripped.split()) <= 10 and not signals.SENTENCE_END.search(stripped)
    )


def _is_long_label(text: str) -> bool:
    """A menu item of four to six words; an address ("Northern Plains University, Gombara") has a
    comma, which a menu item has not, and a heading in markup is none."""
    return _is_term(text) and "," not in text and not signals.match_markup_heading(text.strip())


def _long_title(text: str) -> bool:
    """A line as long as a sentence that names something instead: no full stop inside it or at
    its end, a question mark allowed ("Consent Fatigue at Scale: Evidence from 2.3 Million Banner
    Interactions in Four Countries").
    """
    stripped = text.strip()
    return (
        _looks_like_title(stripped)
        and not stripped.endswith(("。", "！"))
        and not _SENTENCE_INSIDE.search(stripped)
    )


def _looks_like_title(text: str) -> bool:
    """A title is short and does not end like a sentence (a question mark is allowed).

    >>> _looks_like_title("South Korea–Vietnam relations"), _looks_like_title("The war ended in 1975.")
    (True, False)
    """
    stripped = text.strip()
    return (
        len(stripped) <= 200 and signals.word_count(stripped) <= 25 and not re.search(r"[.,;:!]$", stripped)
    )


@dataclass(slots=True)
class LineContext:
    """One line's view of its document: the index plus the neighbours rules may look at.

    Made for every line on every pass, so it is a plain slotted class: a frozen dataclass costs
    five times as much to build. Rules only read it.
    """

    doc: DocumentContext
    index: int

    @property
    def in_head(self) -> bool:
        return self.index < self.doc.body_start

    @property
    def in_tail(self) -> bool:
        return self.index >= self.doc.tail_start

    @property
    def is_title(self) -> bool:
        return self.index == self.doc.title_index or self.index == self.doc.browser_title_index

    def neighbour_index(self, step: int) -> int | None:
        """Index of the nearest non-blank line ``step`` lines away (``-1`` previous, ``+1`` next)."""
        i = self.index + step
        lines = self.doc.lines
        while 0 <= i < len(lines):
            if lines[i].strip():
                return i
            i += step
        return None

    def neighbour(self, step: int) -> str | None:
        """The nearest non-blank line ``step`` lines away (``-1`` previous, ``+1`` next)."""
        i = self.neighbour_index(step)
        return None if i is None else self.doc.lines[i]

    def blank_at(self, step: int) -> bool:
        """Whether the adjacent physical line (or the document edge) is blank."""
        i = self.index + step
        return not (0 <= i < len(self.doc.lines)) or not self.doc.lines[i].strip()
