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
    boilerplate_scope: where recurring lines are counted: ``host`` (per URL host, or per SOURCE
        argument for local files), ``global`` (the whole run) or ``off``. Per host is right for
        mixed crawls; global suits a landing area that holds one site.
    boilerplate_min_docs: a line found in at least this many documents of its scope is dropped as
        boilerplate. Low values catch more site chrome on small crawls but risk recurring content
        (a shared disclaimer that is part of each article); the counting pass reads every document
        once more, which costs about a tenth of cleaning. 0 switches the pass off.
    """

    disabled_rules: tuple[str, ...] = ()
    text_excluded_kinds: tuple[str, ...] = DEFAULT_EXCLUDED_KINDS
    shard_bytes: int = 16 * 1024 * 1024
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    dask_address: str | None = None
    boilerplate_scope: str = "host"
    boilerplate_min_docs: int = 5

    def settings_fingerprint(self) -> str:
        """The settings that change cleaned output (not speed), for the ruleset hash."""
        return (
            "excluded="
            + ",".join(sorted(self.text_excluded_kinds))
            + f";boilerplate={self.boilerplate_scope}:{self.boilerplate_min_docs}"
        )
