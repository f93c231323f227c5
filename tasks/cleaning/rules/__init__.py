"""Rule modules, loaded in run order: within a stage, rules run in the order of this list.

Specific drop rules come before the zone rules, so the ledger names the most precise reason.
The order is data here, not import order, so tidying imports can never change what runs first.
"""

import importlib

RULE_MODULES = (
    "characters",
    "warc",
    "wiki_chrome",
    "citations",
    "infobox",
    "journal",
    "printout",
    "site_chrome",
    "recipes",
    "threads",
    "boilerplate",
    "zones",
    "headings",
    "markup",
)

for _module in RULE_MODULES:
    importlib.import_module(f"{__name__}.{_module}")
