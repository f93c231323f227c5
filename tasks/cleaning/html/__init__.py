"""Raw HTML to text blocks: sniffing, DOM rules that remove site chrome, main-content detection, the walk.

``extract_blocks`` is the entry point; every block it returns is kept or names the DOM rule that
dropped it, so a page's visible text is fully accounted for.
"""

from tasks.cleaning.html.block import Block, main_text
from tasks.cleaning.html.extract import active_rules, extract_blocks
from tasks.cleaning.html.sniff import declared_encoding, looks_like_html

__all__ = [
    "Block",
    "active_rules",
    "declared_encoding",
    "extract_blocks",
    "looks_like_html",
    "main_text",
]
