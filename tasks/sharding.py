"""Group documents into shards by bytes, so each Prefect task does seconds of work, not milliseconds."""

from __future__ import annotations

import math

from tasks.sources import SourceRef

MAX_DOCS_PER_SHARD = 20_000


def plan_shards(sources: list[SourceRef], shard_bytes: int, workers: int) -> list[list[SourceRef]]:
    """Cut the sorted sources into shards of at most about ``shard_bytes``, their number a multiple of
    ``workers`` when there is enough input, so that no worker idles.

    >>> refs = [SourceRef(f"file:///{i}", 10) for i in range(10)]
    >>> [len(s) for s in plan_shards(refs, shard_bytes=1000, workers=2)]
    [5, 5]
    >>> [len(s) for s in plan_shards([SourceRef(f"file:///{i}", 10) for i in range(40)], shard_bytes=150, workers=2)]
    [10, 10, 10, 10]
    >>> plan_shards([], 1000, 2)
    []
    """
    total = sum(max(ref.size, 1) for ref in sources)
    if not sources:
        return []
    # A multiple of the worker count, so the last round of shards does not leave workers idle.
    workers = max(workers, 1)
    count = workers * math.ceil(math.ceil(total / max(shard_bytes, 1)) / workers)
    target = max(1, math.ceil(total / count))
    shards: list[list[SourceRef]] = [[]]
    filled = 0
    for ref in sources:
        if shards[-1] and (filled >= target or len(shards[-1]) >= MAX_DOCS_PER_SHARD):
            shards.append([])
            filled = 0
        shards[-1].append(ref)
        filled += max(ref.size, 1)
    return shards
