"""The scorer, tested with fake cleaners so its numbers do not depend on the rules; and the shipped cases."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tasks.cleaning.evaluation import (
    CaseFormatError,
    FakeLineResult,
    LabelledCase,
    deciding_rule_family,
    default_clean,
    evaluate,
    format_report,
    load_cases,
    parse_case,
    report_as_dict,
)
from tasks.cleaning.lines import split_lines

CASES_DIR = Path(__file__).resolve().parent.parent / "eval" / "cases"
FAMILIES = (
    "wiki_classic",
    "wiki_2010s",
    "wiki_current",
    "wiki_i18n",
    "converter_text",
    "hard_wrapped",
    "print_pdf",
    "wiki_mirror",
    "journal",
    "wet_records",
    "plain_content",
)
# Words that make a kept line look like cruft; a document's negatives must use at least one.
CRUFT_LOOKING = re.compile(
    r"navegación|navigat|\bedit|search|wikipedia|retrieved|categor|contents|statistic|histor|abstract"
    r"|\[sic\]|\[[a-z][^\]]*\]|\[\d{4}\]|^\s*(\d+\.|\*|•|-|\(\w\))\s|menu|privacy|log in|talk|jump|tools"
    r"|bearbeit|편집|역사|통계|lịch sử|tìm kiếm|edição|pesquisa|page \d|\d+ of \d+"
    r"|\bshare|\bprint|download|copyright|sign in|\breply|\bfollow|\bcomment|\bvote|check-in|\bbook\b"
    r"|编辑|导航|搜索|历史|分类|目录|引用|抄録|キーワード|検索|編集|案内|歴史|カテゴリ|目次|出典|править|навигац|поиск|истори|категори|содержани|keywords?\b|\bdoi\b|bookmark|sign up|\bboost|\bsharing"
    r"|עריכ|הדפס|ספר|תפריט|חיפוש|تاريخ|البحث|بحث|قائمة|شارك|avalia|coment|compartilh"
    r"|ιστορ|αναζήτ|επεξεργ|κατηγορ|μενού|zoek|reactie|\bdeel|delen|ویرایش|منو|جستجو|تاریخ|इतिहास|संपादित|खोज|श्रेणी|пошук|редаг|меню|історі|категорі"
    r"|ประวัติ|ค้นหา|แก้ไข|หมวดหมู่|เมนู|메뉴|검색|댓글|공유|\bcommunity|instagram"
    r"|^\s*[A-Z][a-z]{1,12}\s*$",  # a lone word, as a menu label is
    re.IGNORECASE,
)

DOC = """#: family: demo
#: note: one of each label
T| Otters
D| Jump to: navigation, search
K| Otters swim.[1]
=> Otters swim.
B|
H| History[edit]
=> History
K| They eat fish.
E| An otter on a rock
D| Categories: Mammals
"""


def fake_cleaner(verdicts: dict[str, FakeLineResult]):
    """A cleaner that looks each line up in ``verdicts`` and keeps anything it does not know unchanged."""

    def clean(text: str) -> list[FakeLineResult]:
        return [
            verdicts.get(line, FakeLineResult("kept", line, "blank" if not line.strip() else "content"))
            for line in text.split("\n")
        ]

    return clean


def demo_case() -> LabelledCase:
    return parse_case(DOC, name="demo/otters")


# --- parsing ---------------------------------------------------------------------------------


def test_parse_reads_labels_text_and_expected():
    case = demo_case()
    assert case.family == "demo"
    assert case.note == "one of each label"
    assert [line.label for line in case.lines] == ["T", "D", "K", "B", "H", "K", "E", "D"]
    assert [line.number for line in case.lines] == list(range(1, 9))
    assert case.lines[2].text == "Otters swim.[1]"
    assert case.lines[2].expected == "Otters swim."
    assert case.lines[5].expected == "They eat fish."
    assert case.lines[1].expected is None
    assert case.text.split("\n")[3] == ""


def test_parse_keeps_leading_spaces_and_strips_trailing_in_expected():
    case = parse_case("#: family: x\nK|   1. ^ a ref  \nB|    \nD| \tx", name="x/y")
    assert case.lines[0].text == "  1. ^ a ref  "
    assert case.lines[0].expected == "  1. ^ a ref"
    assert case.lines[1].text == "   "
    assert case.lines[2].text == "\tx"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("K| no header", r"x/bad:1: missing required header"),
        ("#: family: x\n#: colour: red\nK| a", r"x/bad:2: unknown header key 'colour'"),
        ("#: family: x\nK| a\nQ| b", r"x/bad:3: unknown label 'Q'"),
        ("#: family: x\nK| a\nno label here", r"x/bad:3: expected '<label>\| <text>'"),
        ("#: family: x\nK|a", r"x/bad:2: the '\|' after the label must be followed by one space"),
        ("#: family: x\nB| words", r"x/bad:2: a B \(blank\) line has text"),
        ("#: family: x\nK|", r"x/bad:2: a K line is blank"),
        ("#: family: x\nD| a\n=> b", r"x/bad:3: '=>' must directly follow a K, H or T line"),
        ("#: family: x\nK| a\n=> b\n=> c", r"x/bad:4: '=>' must directly follow"),
        ("#: family: x\nK| a\n=>", r"x/bad:3: expected '=> <cleaned text>'"),
        ("#: family: x\n", r"x/bad:2: the document has no lines"),
        ("#: family: x\nK| a\n#: note: late", r"x/bad:3: expected '<label>\| <text>'"),
    ],
)
def test_malformed_cases_name_file_and_line(source, message):
    with pytest.raises(CaseFormatError, match=message):
        parse_case(source, name="x/bad")


def test_load_cases_names_cases_by_folder_and_reports_path(tmp_path):
    (tmp_path / "fam").mkdir()
    (tmp_path / "fam" / "good.case").write_text("#: family: fam\nK| a\n", encoding="utf-8")
    assert [c.name for c in load_cases(tmp_path)] == ["fam/good"]
    (tmp_path / "fam" / "worse.case").write_text("#: family: fam\nK| a\nZ| b\n", encoding="utf-8")
    with pytest.raises(CaseFormatError, match=r"worse\.case:3: unknown label 'Z'"):
        load_cases(tmp_path)


def test_load_cases_refuses_a_missing_directory(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_cases(tmp_path / "nowhere")


# --- scoring ---------------------------------------------------------------------------------


def test_perfect_cleaner_scores_one_everywhere():
    clean = fake_cleaner(
        {
            "Otters": FakeLineResult("kept", "Otters", "title"),
            "Jump to: navigation, search": FakeLineResult("dropped", None, "cruft", ["wiki_chrome.jump@1"]),
            "Otters swim.[1]": FakeLineResult("modified", "Otters swim.", "content", ["citation.marker@1"]),
            "History[edit]": FakeLineResult("modified", "History", "heading", ["headings.edit_link@1"]),
            "An otter on a rock": FakeLineResult("dropped", None, "cruft", ["infobox.caption@1"]),
            "Categories: Mammals": FakeLineResult("dropped", None, "cruft", ["wiki_chrome.categories@2"]),
        }
    )
    report = evaluate([demo_case()], clean)
    assert report.overall.metrics() == {
        "content_kept": 1.0,
        "cruft_dropped": 1.0,
        "drop_precision": 1.0,
        "exact_text": 1.0,
        "heading_recall": 1.0,
        "title_found": 1.0,
    }
    assert report.overall.scored_lines == 7  # the blank line is not scored
    assert report.by_rule_family["wiki_chrome"].dropped_cruft == 2
    assert report.by_rule_family["infobox"].dropped_either == 1
    assert not (report.content_dropped or report.cruft_kept or report.wrong_text or report.missed_headings)


def test_keep_everything_cleaner():
    """Keeping every line unchanged: no drops at all, so drop precision is undefined, not perfect."""
    report = evaluate([demo_case()], fake_cleaner({}))
    tally = report.overall
    assert (tally.content_kept, tally.content_total) == (4, 4)
    assert (tally.cruft_dropped, tally.cruft_total) == (0, 2)
    assert tally.drop_precision is None
    # "Otters swim.[1]" and "History[edit]" keep their markers: 2 of 4 kept lines have the wrong text.
    assert tally.exact_text_rate == 0.5
    assert tally.heading_recall == 0.0
    assert (tally.title_found, tally.title_total) == (0, 1)  # "Otters" kept, but not named the title
    assert [(e.line, e.label) for e in report.cruft_kept] == [(2, "D"), (8, "D")]
    assert [e.input for e in report.wrong_text] == ["Otters swim.[1]", "History[edit]"]
    assert report.missed_headings[0].got == "role=content"


def test_wrong_drops_are_attributed_to_the_deciding_rule_family():
    clean = fake_cleaner(
        {
            "Otters": FakeLineResult("kept", "Otters", "title"),
            "Jump to: navigation, search": FakeLineResult("dropped", None, "cruft", ["wiki_chrome.jump@1"]),
            "Otters swim.[1]": FakeLineResult(
                "dropped", None, "cruft", ["characters.nbsp@1", "zones.tail@3"]
            ),
            "History[edit]": FakeLineResult("dropped", None, "cruft", ["zones.tail@3"]),
            "They eat fish.": FakeLineResult("kept", "They eat fish.", "heading"),
        }
    )
    report = evaluate([demo_case()], clean)
    tally = report.overall
    assert (tally.content_kept, tally.content_total) == (2, 4)
    assert (tally.dropped_acceptable, tally.dropped_total) == (1, 3)
    assert tally.drop_precision == pytest.approx(1 / 3)
    assert tally.heading_recall == 0.0
    assert report.by_rule_family["zones"].dropped_content == 2
    assert report.by_rule_family["zones"].precision == 0.0
    assert "characters" not in report.by_rule_family
    # longest lost content first
    assert [e.input for e in report.content_dropped] == ["Otters swim.[1]", "History[edit]"]
    assert report.content_dropped[0].rules == ("characters.nbsp@1", "zones.tail@3")


def test_dropping_an_either_line_is_never_an_error():
    clean = fake_cleaner({"An otter on a rock": FakeLineResult("dropped", None, "cruft", [])})
    report = evaluate([demo_case()], clean)
    assert report.overall.drop_precision == 1.0
    assert report.by_rule_family["(no rule)"].dropped_either == 1
    assert not report.content_dropped


def test_scores_are_split_by_family():
    other = parse_case("#: family: other\nK| Statistics\nD| Log in", name="other/x")
    clean = fake_cleaner({"Log in": FakeLineResult("dropped", None, "cruft")})
    report = evaluate([demo_case(), other], clean)
    assert set(report.by_family) == {"demo", "other"}
    assert report.by_family["other"].cruft_dropped_rate == 1.0
    assert report.by_family["demo"].cruft_dropped_rate == 0.0
    assert report.overall.cruft_dropped_rate == pytest.approx(1 / 3)
    assert report.overall.documents == 2


def test_a_cleaner_returning_the_wrong_number_of_lines_is_an_error():
    with pytest.raises(ValueError, match="demo/otters: 1 results for 8 lines"):
        evaluate([demo_case()], lambda text: [FakeLineResult("kept", "x")])


def test_a_document_ending_in_a_blank_line_keeps_that_line():
    case = parse_case("#: family: x\nK| Otters swim.\nD| Share\nB|", name="x/y")
    report = evaluate([case], default_clean)
    assert report.overall.documents == 1
    assert len(split_lines(case.text)) == len(case.lines) == 3


def test_deciding_rule_family_is_the_last_rule():
    assert deciding_rule_family(["a.b@1", "c.d@2"]) == "c"


def test_report_renders_as_table_and_json():
    report = evaluate([demo_case()], fake_cleaner({}))
    table = format_report(report)
    assert "overall" in table and "demo" in table and "content kept" in table
    assert "Cruft wrongly kept: 2" in table
    data = report_as_dict(report)
    assert json.loads(json.dumps(data)) == data
    assert data["overall"]["metrics"]["drop_precision"] is None
    assert data["by_family"]["demo"]["counts"]["cruft_total"] == 2
    assert data["wrong_text"][0]["input"] == "Otters swim.[1]"


# --- the shipped cases -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped_cases() -> list[LabelledCase]:
    return load_cases(CASES_DIR)


def test_all_shipped_cases_parse_and_sit_in_their_family_folder(shipped_cases):
    assert len(shipped_cases) >= 44
    for case in shipped_cases:
        assert case.name.split("/")[0] == case.family, case.name
        assert 15 <= len(case.lines) <= 260, case.name  # a scraped page, not a fragment or a book


def test_every_family_has_four_documents(shipped_cases):
    counts = Counter(case.family for case in shipped_cases)
    assert set(counts) == set(FAMILIES)
    assert all(counts[family] >= 4 for family in FAMILIES), counts


@pytest.mark.parametrize("family", FAMILIES)
def test_every_document_has_cruft_and_negative_content(shipped_cases, family):
    """Each document holds cruft (plain content has none) and at least two kept lines that look like cruft.

    A family may also hold a document with no cruft at all, a hard negative of its own kind (a
    plain-text README among the hard-wrapped dumps), but most of its documents carry cruft.
    """
    with_cruft = 0
    for case in (c for c in shipped_cases if c.family == family):
        labels = Counter(line.label for line in case.lines)
        if family == "plain_content":
            assert not labels["D"] and not labels["E"], case.name
        else:
            assert labels["D"] >= 3 or not labels["D"], case.name
            with_cruft += labels["D"] >= 3
        # a kept line printed more than once looks like a running head or a site's boilerplate
        printed = Counter(line.text.strip() for line in case.lines)
        negatives = [
            line
            for line in case.lines
            if line.label in "KHT" and (CRUFT_LOOKING.search(line.text) or printed[line.text.strip()] > 1)
        ]
        assert len(negatives) >= 2, case.name
        pages = sum(1 for line in case.lines if line.text.startswith("WARC/1."))  # a WET file holds several
        # a title per page, twice or three times where the browser's <title> was saved above the
        # page's own heading, four times where a transcription's header box repeats the work's
        # title and names the chapter under it; a printed
        # title may wrap over up to six lines, and a court's caption names the parties over a
        # dozen lines with no title line at all; a mailing-list digest gathers messages under
        # no title of its own
        digest = any(line.text.startswith("Message: ") for line in case.lines)
        most = 6 if family == "print_pdf" else 4 * max(1, pages)
        least = 0 if family == "print_pdf" or digest else max(1, pages)
        assert least <= labels["T"] <= most, case.name
    if family != "plain_content":
        assert with_cruft >= 4, family
