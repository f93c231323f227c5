"""Plain-Python cleaning code: reading, rules, segmentation. Never imports Prefect."""
