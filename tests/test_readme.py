"""The README's rule table is generated from the registry, so the two cannot drift apart."""

from __future__ import annotations

from tasks.cleaning.catalogue import BEGIN, END, rule_table
from tests.conftest import REPO


def test_readme_rule_table_matches_the_registry() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split(BEGIN, 1)[1].split(END, 1)[0].strip()
    assert table == rule_table(markdown=True), "README rule table is stale: run `make readme`"
