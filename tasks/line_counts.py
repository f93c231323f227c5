"""Count recurring lines across a run, memory-bounded: shards write counts, one merge keeps the frequent.

Map: each shard writes, per document, the distinct fingerprints of its lines with the document's
scope into a Parquet part file. Reduce: the parts are aggregated in hash partitions (one eighth
of the fingerprints at a time), so the merge's memory follows the number of frequent lines, not
the size of the corpus.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from tasks.cleaning.boilerplate import document_fingerprints, scope_of
from tasks.cleaning.html import looks_like_html
from tasks.cleaning.lines import split_lines
from tasks.cleaning.reading import UndecodableError, decode_bytes
from tasks.sources import SourceRef, read_source

COUNTS_FOLDER = "line-counts"
PARTITIONS = 8
_SCHEMA = pa.schema([("scope", pa.string()), ("fingerprint", pa.uint64())])

Boilerplate = dict[str, dict[int, int]]


def count_shard_lines(
    shard: int, refs: list[SourceRef], staging: Path, scope_mode: str, input_format: str
) -> int:
    """Write the shard's (scope, fingerprint) pairs, one per distinct line per document; returns the pair count."""
    scopes: list[str] = []
    prints: list[int] = []
    for ref in refs:
        try:
            data = read_source(ref.uri)
            if input_format == "html" or (input_format == "auto" and looks_like_html(data)):
                continue
            text = decode_bytes(data).text
        except (OSError, UndecodableError):
            continue  # the cleaning step records the failure
        found = document_fingerprints([line.original for line in split_lines(text)])
        scopes.extend([scope_of(ref.uri, ref.root, scope_mode)] * len(found))
        prints.extend(found)
    folder = staging / COUNTS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    table = pa.table({"scope": scopes, "fingerprint": pa.array(prints, pa.uint64())}, schema=_SCHEMA)
    pq.write_table(table, folder / f"part-{shard:05d}.parquet")
    return len(prints)


def frequent_lines(staging: Path, min_docs: int) -> Boilerplate:
    """Per scope, the fingerprints found in at least ``min_docs`` documents, with their counts."""
    folder = staging / COUNTS_FOLDER
    if not folder.is_dir():
        return {}
    import pyarrow.dataset as ds  # imported here: it loads pandas when installed, slowing every pool worker's start

    dataset = ds.dataset(folder, schema=_SCHEMA)
    frequent: Boilerplate = {}
    for partition in range(PARTITIONS):
        in_partition = pc.equal(
            pc.bit_wise_and(ds.field("fingerprint"), pa.scalar(PARTITIONS - 1, pa.uint64())),
            pa.scalar(partition, pa.uint64()),
        )
        table = dataset.to_table(filter=in_partition)
        if table.num_rows == 0:
            continue
        counts = table.group_by(["scope", "fingerprint"]).aggregate([("fingerprint", "count")])
        counts = counts.filter(pc.greater_equal(counts.column("fingerprint_count"), min_docs))
        columns = (counts.column(name).to_pylist() for name in ("scope", "fingerprint", "fingerprint_count"))
        for scope, fingerprint, count in zip(*columns, strict=True):
            frequent.setdefault(scope, {})[fingerprint] = count
    return frequent
