"""Parquet datasets: their schemas, part-file writing, and atomic publication. Plain Python."""
