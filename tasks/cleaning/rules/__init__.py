"""Rule modules, imported in run order. Within a stage, earlier modules' rules run first.

Specific drop rules come before the zone rules so the ledger names the most precise reason.
"""

from tasks.cleaning.rules import (  # noqa: F401
    characters,
    wiki_chrome,
    citations,
    infobox,
    journal,
    printout,
    zones,
    headings,
    markup,
)
