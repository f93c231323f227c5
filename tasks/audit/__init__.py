"""Read-only audit of published runs: why a line was dropped, what each rule did, what changed between runs.

Everything here is plain Python over the Parquet datasets and run records under ``OUT/runs``; nothing
imports Prefect, so the CLI stays fast and the flow can call the pure parts (``check_drift``) directly.
"""
