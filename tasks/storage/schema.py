"""The three output datasets' schemas. Columns are a public contract: add, never rename."""

from __future__ import annotations

import pyarrow as pa

DOCUMENTS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source_uri", pa.string()),
        ("source_sha256", pa.string()),
        ("source_bytes", pa.int64()),
        ("format", pa.string()),
        ("title", pa.string()),
        ("text", pa.string()),
        ("status", pa.string()),
        ("error", pa.string()),
        ("encoding", pa.string()),
        ("bom", pa.bool_()),
        ("n_lines", pa.int32()),
        ("n_kept", pa.int32()),
        ("n_modified", pa.int32()),
        ("n_dropped", pa.int32()),
        ("n_sections", pa.int32()),
        ("pipeline_version", pa.string()),
        ("ruleset_hash", pa.string()),
        ("run_id", pa.string()),
        ("processed_at", pa.timestamp("us", tz="UTC")),
    ]
)

SECTIONS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("section_index", pa.int32()),
        ("heading", pa.string()),
        ("level", pa.int16()),
        ("kind", pa.string()),
        ("text", pa.string()),
        ("line_start", pa.int32()),
        ("line_end", pa.int32()),
        ("in_main_text", pa.bool_()),
        ("run_id", pa.string()),
    ]
)

LINES = pa.schema(
    [
        ("doc_id", pa.string()),
        ("line_no", pa.int32()),
        ("original", pa.string()),
        ("eol", pa.string()),
        ("action", pa.string()),
        ("role", pa.string()),
        ("rules", pa.list_(pa.string())),
        ("reason", pa.string()),
        ("text", pa.string()),
        ("section_index", pa.int32()),
        ("locator", pa.string()),
        ("run_id", pa.string()),
    ]
)

DATASETS: dict[str, pa.Schema] = {"documents": DOCUMENTS, "sections": SECTIONS, "lines": LINES}
