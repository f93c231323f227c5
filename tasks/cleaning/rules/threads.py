"""Furniture of discussion threads and question-and-answer pages: what a forum, a comment section or
a Q&A site prints around every post.

One "Reply" is a word; the same control under post after post is a bar (``post_controls``). A Q&A
site's template lines ("Viewed 5k times", "2 Answers", "Post Your Answer") are whole-line shapes no
sentence has (``qa_furniture``). Lone counts go only beside the buttons or nouns they count
(``counter_bar``). A blog's comment form is told by its notices (``comment_form``).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from tasks.cleaning import scopes, signals
from tasks.cleaning.context import DocumentContext, LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Drop


def _post_actions(doc: DocumentContext) -> Collection[int]:
    return doc.post_action_indices


@rule(
    "thread.post_controls",
    version=14,
    stage="drop",
    max_chars=300,  # a button may be a link: "[Reply](…?replytocom=18822#respond)"
    example="Reply\nShare\nReport",
    where=_post_actions,
)
def drop_post_controls(text: str, ctx: LineContext) -> Drop | None:
    """The actions printed under every post of a thread ("Reply", "Share", "Report", a microblog's
    "Boost" and "Bookmark") and the thread's own controls ("2 more replies", a "Re: <topic>"
    header over each reply).

    Only a bar that comes back post after post counts (see ``post_action_indices``): "Share" on
    its own once, or a heading "Follow", is left alone.
    """
    if ctx is None or ctx.index not in ctx.doc.post_action_indices or not text.strip():
        return None
    return Drop("a thread's per-post controls")


def _comment_form(doc: DocumentContext) -> Collection[int]:
    return doc.comment_form_indices


@rule(
    "thread.comment_form",
    version=1,
    stage="drop",
    max_chars=300,
    example="Your email address will not be published. Required fields are marked *",
    where=_comment_form,
)
def drop_comment_form(text: str, ctx: LineContext) -> Drop | None:
    """A blog's comment form: its notices ("Your email address will not be published."), its
    fields ("Name * Email * Website") and its button ("Post Comment").

    The form can stand above the comments, where the tail has not opened yet. A field's label or
    a button alone is a word of the text; it goes only beside a notice or a required field (see
    ``comment_form.find_comment_form``).
    """
    if ctx is None or ctx.index not in ctx.doc.comment_form_indices or not text.strip():
        return None
    return Drop("a blog's comment form")


def _digest_frame(doc: DocumentContext) -> Collection[int]:
    return doc.digest_frame_indices


@rule(
    "thread.digest_frame",
    version=1,
    stage="drop",
    max_chars=300,
    example="Message: 2",
    where=_digest_frame,
)
def drop_digest_frame(text: str, ctx: LineContext) -> Drop | None:
    """A mailing-list digest's frame: the masthead, "Today's Topics:" and its index, the separator
    lines, the "Message: 2" line and the header fields over each message (its ``Subject:`` stays,
    as the message's title), the members' signatures and the digest's footer.

    Only on a page with two "Message: N" lines or more (see ``digest_frame_indices``): one such line
    in a post is a word like any other.
    """
    if ctx is None or ctx.index not in ctx.doc.digest_frame_indices or not text.strip():
        return None
    return Drop("mailing-list digest frame")


def _code_host_thread(doc: DocumentContext) -> Collection[int]:
    return doc.code_host_thread


@rule(
    "thread.code_host",
    version=3,
    stage="drop",
    max_chars=300,
    example="jlaurent added the bug label Mar 4, 2024\nMember\nAll reactions",
    where=_code_host_thread,
)
def drop_code_host_thread(text: str, ctx: LineContext) -> Drop | None:
    """An issue's or a pull request's furniture on a code host: the timeline's events with the
    cards of the issues they link, each comment's badges and reactions button, a pull request's
    tabs, commit hashes and checks, the sign-up prompt and the sidebar's fields.

    Only on a page with two timeline events or more (see ``tasks/cleaning/code_host.py``): a
    comment saying it "closed this" names no date, and a "### Labels" heading alone is a heading.
    """
    if ctx is None:
        return None
    reason = ctx.doc.code_host_thread.get(ctx.index)
    return Drop(reason) if reason else None


# The lines a Q&A site's template prints around a question and its answers: the community's
# banner, its statistics, the answer count and sort menu, the post's buttons, a user card's
# reputation and badges, the answer form with its help text, the list of related questions. Each
# is a whole line no sentence of a post is.
_QA_FURNITURE = re.compile(
    r"^(?:(?:Asked|Modified|Active|Viewed) (?:\d[\d,.]*k? times|(?:\d+|a|an) \w+(?:, \d+ \w+)? ago|today|yesterday)"
    r"|\d[\d,]* Answers?(?: \d[\d,]*)?|Sorted by:.{0,200}|Highest score \(default\).{0,160}|Ask Question|Your Answer"
    r"|Reset to default|Date (?:modified \(newest first\)|created \(oldest first\))|Featured on Meta|Linked"
    r"|Save this (?:question|answer)\.|Show activity on this post\.|Discard|Add a comment|Draft (?:saved|discarded)"
    r"|This (?:question|answer) (?:shows research effort; it is useful and clear|is useful"
    r"|does not show any research effort; it is unclear or not useful|is not useful)"
    r"|(?:Share )?Improve this (?:question|answer)(?: Follow)?|Post Your Answer(?: Discard)?|Post as a guest"
    r"|Sign up using (?:Google|Facebook|Email and Password)|Required, but never shown|Sign up or log in"
    r"|Thanks for contributing an answer to .{1,80}!|Please be sure to _?answer the question_?\. .{0,80}"
    r"|But _?avoid_? …|Asking for help, clarification, or responding to other answers\."
    r"|Making statements based on opinion; back them up with references or personal experience\."
    r"|To learn more, see our tips on writing great answers\.|Reminder: Answers generated by .{1,160}"
    r"|Not the answer you're looking for\? Browse other questions tagged .{1,200}"
    r"|By clicking [“\"]Post Your Answer[”\"], you agree to .{1,200}|Hot Network Questions|more hot questions|Question feed"
    r"|Subscribe to RSS|Highly active question\. .{1,200}"
    r"|.{1,80} is a question and answer site for .{1,240}|Sign up to join this community"
    r"|Anybody can (?:ask a question|answer)|The best answers are voted up and rise to the top"
    r"|[\d,.]+k?(?:\s*\d+)*\s*(?:(?:gold|silver|bronze) badges?[\d\s]*)+)$",
)


# A user card's reputation and badge counts without their words ("4,318 3 24 47", "28.6k 5 61 120"),
# never indented: a row of numbers in a code block is a program's output.
_QA_REPUTATION = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d)?k)(?: \d{1,4}){1,3}$")

_QA_WORDS = ("answer",)


@rule(
    "thread.qa_furniture",
    version=4,
    stage="drop",
    max_chars=320,
    example="Viewed 5k times",
    where=scopes.mentioning(*_QA_WORDS),
)
def drop_qa_furniture(text: str, ctx: LineContext) -> Drop | None:
    """A Q&A site's template around the posts: "Asked 2 years ago", "Viewed 5k times", "2 Answers",
    "Sorted by: …", a user card's "31.4k 9 gold badges …", "Post Your Answer", "Hot Network
    Questions". Only whole lines, and only on a page that speaks of answers: a post that says it
    was viewed many times is left alone."""
    if ctx is None or not ctx.doc.may_mention(_QA_WORDS):
        return None
    if _QA_REPUTATION.match(text) or _QA_FURNITURE.match(signals.heading_text(text)):
        return Drop("Q&A site template line")
    return None


# An emoji (with its variation selector or skin tone) and the number of readers who chose it.
_EMOJI = r"[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\U0001f3fb-\U0001f3ff]?"
_REACTIONS = re.compile(rf"^(?:{_EMOJI}\s*\d[\d,.]*[kK]?\s*)+$")


@rule("thread.reactions", version=1, stage="drop", max_chars=80, example="👍 4 🎉 1 ❤️ 2")
def drop_reactions(text: str, ctx: LineContext) -> Drop | None:
    """A post's reaction counts: emoji, each with the number of readers who chose it ("👍 4 🎉 1").

    Every emoji needs its count, so a reply made only of emoji ("👍", "🎉🎉") stays:
    >>> drop_reactions("👍 4 🎉 1", None) is not None, drop_reactions("👍 🎉", None)
    (True, None)
    """
    stripped = text.strip()
    if not stripped or stripped[0] < "\u2600" or not _REACTIONS.match(stripped):
        return None
    return Drop("reaction counts under a post")


# A post's engagement bar as text extraction spreads it over lines: lone counts beside the
# buttons or the nouns they count ("214 / 37 / Share", "13 / replies / 1.4k / views").
_COUNT = r"\d[\d.,]{0,8}\s?[KkMm]?"
_STAT_NOUNS = (
    r"(?:repl(?:y|ies)|views?|users|likes?|links|comments?|votes?|answers?|shares|reactions?|followers"
    r"|reposts?|restacks?|retweets?|claps?|bookmarks?|downloads?|citations?|reads|subscribers|points|upvotes?|boosts?)"
)
_BAR_COUNT = re.compile(rf"^{_COUNT}$")
_BAR_STAT = re.compile(rf"^(?:{_COUNT} )?{_STAT_NOUNS}$", re.IGNORECASE)
_BAR_BUTTONS = frozenset(
    {
        "share",
        "save",
        "saved",
        "reply",
        "like",
        "follow",
        "following",
        "listen",
        "report",
        "comment",
        "subscribe",
        "repost",
        "restack",
        "bookmark",
        "copy link",
        "add a comment",
    }
)
_BAR_MAX_CHARS = 24


def _bar_item(text: str) -> str | None:
    """What a line is in an engagement bar: "count", "button", the counted noun, or None."""
    stripped = text.strip()
    if not stripped or len(stripped) > _BAR_MAX_CHARS:
        return None
    if stripped[0].isdigit() and _BAR_COUNT.match(stripped):
        return "count"
    lowered = stripped.lower()
    if lowered in _BAR_BUTTONS:
        return "button"
    if _BAR_STAT.match(stripped):
        noun = lowered.rsplit(" ", 1)[-1]
        return noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
    return None


@rule("thread.counter_bar", version=3, stage="drop", max_chars=_BAR_MAX_CHARS, example="214\n37\nShare")
def drop_counter_bar(text: str, ctx: LineContext) -> Drop | None:
    """A post's likes, comments and views as lone counts, with the buttons and nouns beside them.

    A bar is a run of such lines (blank lines between allowed) holding at least one count and
    either a button ("Share", "Reply", "Save") or two different counted nouns ("replies",
    "views"). Lone numbers in a list, a table or a timeline have neither beside them, and a
    single "Members / 1,204" pair of a club's report is no bar.
    """
    if ctx is None:
        return None
    item = _bar_item(text)
    if item is None:
        return None
    items = [item, *_bar_run(ctx.doc, ctx.index, -1), *_bar_run(ctx.doc, ctx.index, +1)]
    if "count" not in items:
        return None
    nouns = set(items) - {"count", "button"}
    if "button" in items or len(nouns) >= 2:
        return Drop("post's counts and engagement buttons")
    return None


def _bar_run(doc: DocumentContext, index: int, step: int) -> list[str]:
    """The bar items next to line ``index`` going ``step`` way, up to the first other line.

    A blank line is crossed only between lines that stand alone (a page that puts a blank line
    after every button); a block of numbers over a heading is no bar.
    """
    lines = doc.lines
    items = []
    i = index
    while 0 <= i + step < len(lines):
        j = i + step
        if not lines[j].strip():
            j += step
            if not (0 <= j < len(lines) and lines[j].strip() and _alone(lines, i) and _alone(lines, j)):
                break
        found = None if j == doc.title_index else _bar_item(lines[j])
        if found is None:
            break
        items.append(found)
        i = j
    return items


def _alone(lines: list[str], i: int) -> bool:
    """Whether line ``i`` has a blank line (or the document's edge) on both sides."""
    return all(not (0 <= k < len(lines)) or not lines[k].strip() for k in (i - 1, i + 1))


# A chat log's status lines, as the clients and logging bots of IRC-like networks print them: a
# timestamp, a marker ("***", "-!-", "-->", "<--", "*", "---"), then who joined, left, quit, took
# a new nick, was given a mode or changed the topic, or where the log opened and closed.
_CHAT_STAMP = r"(?P<stamp>\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?\s+)?"
_CHAT_MARKER = r"(?P<marker>\*\*\*|-!-|-->|<--|---|--|\*|→|←)\s+"
_NICK = r"[\w\[\]\\`^{}|-]{1,32}"
_CHAT_EVENT = re.compile(
    rf"^\s*{_CHAT_STAMP}{_CHAT_MARKER}(?P<event>"
    rf"(?:Joins|Parts|Quits|Kicks|Netsplit|Netjoin):\s+\S.*"
    rf"|{_NICK}(?: [\(\[][^\)\]]*[\)\]])? has (?:joined|left|quit|parted)\b.*"
    rf"|{_NICK} is now known as {_NICK}"
    rf"|{_NICK} (?:sets|set) mode:? [+-]\S+.*|mode/#\S+ \[[^\]]+\] by \S+"
    rf"|{_NICK} (?:changes|changed|has changed) (?:the )?topic to:? .+|{_NICK} was kicked (?:from|by) .+"
    rf"|Topic for #\S+: .*|Topic set by .+|Users on #\S+: .+|Now talking in #\S+"
    rf"|(?:Log|Logging) (?:opened|closed|started|ended|begins|ends)\b.*|Day changed(?: to)? .+"
    rf"|\S{{1,40}} \d[\d.]* logging #\S+ on \S+.*"
    rf")$",
    re.IGNORECASE,
)
_CHAT_INITIALS = frozenset("[0123456789*-<→←")
# Markers that also open a list's items: with them, a line without a timestamp must name a channel
# or a host, or be the logger's own ("--- Log opened …"), to be a status line.
_BULLET_MARKERS = frozenset({"*", "--", "---"})
_LOGGER_LINE = re.compile(r"^(?:Log|Logging|Day changed|Topic|Users on|Now talking)", re.IGNORECASE)


@rule(
    "thread.chat_events",
    version=1,
    stage="drop",
    max_chars=400,
    example="[13:55] *** kestrel has joined #tidepool-dev",
)
def drop_chat_events(text: str, ctx: LineContext) -> Drop | None:
    """A chat log's status lines: joins, parts, quits, nick and mode changes, topic changes, and
    the logger's "Log opened" and "Day changed" markers. They say who came and went, not what
    was said; every message ("<kestrel> …") and every action ("* kestrel waves") stays.

    >>> drop_chat_events("[14:07] *** Quits: dunlin (~d@user/dunlin) (Ping timeout: 240 seconds)", None)
    Drop(reason='chat log status line')
    >>> drop_chat_events("[14:07] <dunlin> someone has joined the project", None) is None
    True
    >>> drop_chat_events("* kestrel waves at everyone", None) is None
    True
    >>> drop_chat_events("* Maria has joined the team as head of research.", None) is None
    True
    """
    stripped = text.lstrip()
    if stripped[:1] not in _CHAT_INITIALS:
        return None
    event = _CHAT_EVENT.match(stripped)
    if event is None:
        return None
    if event["marker"] in _BULLET_MARKERS and not event["stamp"]:
        body = event["event"]
        if not ("#" in body or "@" in body or _LOGGER_LINE.match(body)):
            return None  # a list's item: "* Maria has joined the team as head of research."
    return Drop("chat log status line")
