"""decruft: scraped pages in, clean sectioned Parquet with a complete line ledger out."""

__version__ = "0.1.0"
