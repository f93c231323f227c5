"""The one configuration object of a decruft run. The CLI and ``prefect.yaml`` only override its values."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_EXCLUDED_KINDS = (
    "references",
    "notes",
    "bibliography",
    "further_reading",
    "see_also",
    "external_links",
    "front_matter",
)


@dataclass(frozen=True)
class PipelineConfig:
    """How a run cleans, shards and parallelises.

    disabled_rules: rule ids or whole families to switch off (``citation.marker``, ``wiki_chrome``).
        An unknown name is an error that lists the valid ones. Disabling changes the ruleset hash.
    text_excluded_kinds: section kinds left out of a document's main ``text``. They stay in the
        ``sections`` dataset. The default keeps only prose (lead, body, abstract, appendix…):
        best for language-model training; retrieval users may want references back.
    shard_bytes: input bytes per shard (one Prefect task). Larger shards amortise the per-task
        overhead (tens of milliseconds) and the process pool's start-up; smaller shards balance
        better across workers. The flow also splits so every worker gets a shard.
    workers: parallel worker processes on this machine. 1 runs shards in the flow's own process,
        which avoids the pool's start-up (seconds) on small inputs.
    dask_address: run the shards on an existing Dask cluster (``tcp://host:8786``) instead.
    """

    disabled_rules: tuple[str, ...] = ()
    text_excluded_kinds: tuple[str, ...] = DEFAULT_EXCLUDED_KINDS
    shard_bytes: int = 16 * 1024 * 1024
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    dask_address: str | None = None

    def settings_fingerprint(self) -> str:
        """The settings that change cleaned output (not speed), for the ruleset hash."""
        return "excluded=" + ",".join(sorted(self.text_excluded_kinds))
