"""One run as a static, self-contained HTML page: per-rule table, documents list, document views.

Inline CSS and JS only (the page opens from a file, offline). Every piece of corpus text goes
through ``html.escape``: the corpus is scraped web text and may hold ``<script>``. Big runs are
capped at ``max_documents`` documents and ``max_lines`` lines each, and the page says so.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

import pyarrow.dataset as ds

from tasks.audit.runs import DOCUMENT_SUMMARY_COLUMNS, PublishedRun, split_tag
from tasks.audit.stats import RunStats, collect_stats, sorted_effects

MAX_DOCUMENTS = 200
MAX_LINES = 5000

_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:0 2rem 3rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.2rem .6rem;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.note{color:#8a5300}.muted{color:#777}
.doc{display:none}.doc.shown{display:block}
.lines{font:13px/1.4 ui-monospace,monospace;white-space:pre-wrap;border-left:3px solid #ddd;padding-left:.5rem}
.line{display:block}.line .no{color:#999;display:inline-block;width:4em;text-align:right;margin-right:.8em}
.dropped{color:#a11;text-decoration:line-through}.modified ins{background:#e6f6e6;text-decoration:none}
.modified del{background:#fbe9e9;color:#a11}
body.hide-kept .line.kept{display:none}
"""

_JS = """
(function () {
  var docs = document.querySelectorAll('.doc');
  function show(id) {
    for (var i = 0; i < docs.length; i++) {
      docs[i].classList.toggle('shown', docs[i].id === id);
    }
  }
  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id && document.getElementById(id)) { show(id); } else if (docs.length) { show(docs[0].id); }
  }
  window.addEventListener('hashchange', fromHash);
  fromHash();
  var filter = document.getElementById('doc-filter');
  filter.addEventListener('input', function () {
    var needle = filter.value.toLowerCase();
    var rows = document.querySelectorAll('#documents tbody tr');
    for (var i = 0; i < rows.length; i++) {
      rows[i].hidden = rows[i].textContent.toLowerCase().indexOf(needle) < 0;
    }
  });
  var hideKept = document.getElementById('hide-kept');
  hideKept.addEventListener('change', function () {
    document.body.classList.toggle('hide-kept', hideKept.checked);
  });
  document.body.setAttribute('data-ready', 'yes');
})();
"""


@dataclass(frozen=True)
class DocumentView:
    """A document's row and its ledger lines, as the page renders them."""

    document: dict[str, Any]
    lines: list[dict[str, Any]]
    lines_cut: bool


def esc(value: Any) -> str:
    """Text for HTML content and attribute values; None shows as empty.

    >>> esc('<script>alert("x")</script>')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    """
    return "" if value is None else html.escape(str(value), quote=True)


def anchor(doc_id: str) -> str:
    return f"doc-{doc_id}"


def render_line(line: dict[str, Any]) -> str:
    """One ledger line: dropped lines struck through, modified ones as before/after; the reason on hover.

    >>> render_line({"line_no": 3, "action": "dropped", "rules": ["wiki_chrome.tagline@1"],
    ...              "reason": "wiki tagline", "original": "<b>From</b>", "text": None})
    '<span class="line dropped" title="wiki_chrome.tagline@1: wiki tagline"><span class="no">3</span>&lt;b&gt;From&lt;/b&gt;</span>'
    """
    action = line["action"]
    rules = ", ".join(line["rules"] or [])
    why = f"{rules}: {line['reason']}" if line.get("reason") else rules
    title = f' title="{esc(why)}"' if why else ""
    number = f'<span class="no">{esc(line["line_no"])}</span>'
    if action == "modified":
        body = f"<del>{esc(line['original'])}</del> <ins>{esc(line['text'])}</ins>"
    elif action == "dropped":
        body = esc(line["original"])
    else:
        body = esc(line["text"] if line["text"] is not None else line["original"])
    return f'<span class="line {esc(action)}"{title}>{number}{body}</span>'


def rule_table(stats: RunStats) -> str:
    rows = []
    for effect in sorted_effects(stats):
        rule_id, version = split_tag(effect.tag)
        examples = esc(" | ".join(effect.examples))
        rows.append(
            f'<tr title="{examples}"><td>{esc(rule_id)}</td><td class="n">{esc(version)}</td>'
            f'<td class="n">{effect.dropped}</td><td class="n">{effect.modified}</td></tr>'
        )
    body = "".join(rows) or '<tr><td colspan="4" class="muted">no rule dropped or edited a line</td></tr>'
    return (
        '<table id="rules"><thead><tr><th>rule</th><th class="n">version</th>'
        '<th class="n">lines dropped</th><th class="n">lines modified</th></tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def documents_table(views: list[DocumentView]) -> str:
    rows = []
    for view in views:
        d = view.document
        rows.append(
            f'<tr><td><a href="#{esc(anchor(d["doc_id"]))}">{esc(d["source_uri"])}</a></td>'
            f"<td>{esc(d['title'])}</td><td>{esc(d['status'])}</td>"
            f'<td class="n">{esc(d["n_lines"])}</td><td class="n">{esc(d["n_kept"])}</td>'
            f'<td class="n">{esc(d["n_modified"])}</td><td class="n">{esc(d["n_dropped"])}</td></tr>'
        )
    return (
        '<table id="documents"><thead><tr><th>source</th><th>title</th><th>status</th>'
        '<th class="n">lines</th><th class="n">kept</th><th class="n">modified</th><th class="n">dropped</th>'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def document_section(view: DocumentView) -> str:
    d = view.document
    cut = (
        f'<p class="note">Only the first {len(view.lines)} of {esc(d["n_lines"])} lines are shown.</p>'
        if view.lines_cut
        else ""
    )
    error = f'<p class="note">error: {esc(d["error"])}</p>' if d.get("error") else ""
    lines = "".join(render_line(line) for line in view.lines)
    return (
        f'<section class="doc" id="{esc(anchor(d["doc_id"]))}"><h3>{esc(d["title"] or d["source_uri"])}</h3>'
        f'<p class="muted">{esc(d["source_uri"])} · doc_id {esc(d["doc_id"])} · {esc(d["status"])}</p>'
        f'{error}{cut}<div class="lines">{lines}</div></section>'
    )


def render_page(
    run_id: str, record: dict[str, Any], stats: RunStats, views: list[DocumentView], total_documents: int
) -> str:
    """The whole page from already-read data (pure, so it is tested without a run on disk)."""
    cap = (
        f'<p class="note">This run has {total_documents} documents; only the first {len(views)} '
        "(by source) are listed and viewable here. Use <code>decruft audit why</code> for the others.</p>"
        if len(views) < total_documents
        else ""
    )
    actions = ", ".join(f"{a} {stats.line_actions.get(a, 0)}" for a in ("kept", "modified", "dropped"))
    status = ", ".join(f"{k} {v}" for k, v in sorted(stats.documents_by_status.items()))
    facts = [
        f"finished {esc(record.get('finished_at', '?'))}",
        f"ruleset {esc(record.get('ruleset_hash', '?'))}",
        f"{total_documents} documents ({esc(status)})",
        f"lines: {esc(actions)}",
    ]
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>decruft run {esc(run_id)}</title><style>{_CSS}</style></head><body>"
        f'<h1>decruft run {esc(run_id)}</h1><p class="muted">{" · ".join(facts)}</p>'
        f"<h2>Rules</h2>{rule_table(stats)}"
        f'<h2>Documents</h2>{cap}<p><input id="doc-filter" type="search" placeholder="filter documents">'
        ' <label><input id="hide-kept" type="checkbox"> hide kept lines</label></p>'
        f"{documents_table(views)}"
        f"<h2>Document</h2>{''.join(document_section(v) for v in views)}"
        f"<script>{_JS}</script></body></html>"
    )


def read_views(run: PublishedRun, max_documents: int, max_lines: int) -> tuple[list[DocumentView], int]:
    """The first ``max_documents`` documents by source URI with their first ``max_lines`` lines."""
    documents = sorted(
        run.read("documents", DOCUMENT_SUMMARY_COLUMNS).to_pylist(), key=lambda d: d["source_uri"] or ""
    )
    chosen = documents[:max_documents]
    by_doc: dict[str, list[dict[str, Any]]] = {d["doc_id"]: [] for d in chosen}
    if chosen:
        lines = run.read(
            "lines",
            ["doc_id", "line_no", "action", "rules", "reason", "original", "text"],
            ds.field("doc_id").isin(list(by_doc)) & (ds.field("line_no") <= max_lines),
        )
        for line in lines.sort_by([("doc_id", "ascending"), ("line_no", "ascending")]).to_pylist():
            by_doc[line["doc_id"]].append(line)
    views = [DocumentView(d, by_doc[d["doc_id"]], (d["n_lines"] or 0) > max_lines) for d in chosen]
    return views, len(documents)


def build_report(run: PublishedRun, max_documents: int = MAX_DOCUMENTS, max_lines: int = MAX_LINES) -> str:
    """The HTML page of ``decruft report`` for one published run."""
    views, total = read_views(run, max_documents, max_lines)
    return render_page(run.run_id, run.record, collect_stats(run), views, total)
