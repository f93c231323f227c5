"""The one registry of cleaning rules: stable ids, versions, and the order they run in.

A rule's id is ``family.name``; the same string is used in configuration, in the ledger's
``rules`` column (as ``id@version``) and in the docs. Changing what a rule does means
bumping its version, which changes the ruleset hash and so marks every document for reprocessing.
"""

from __future__ import annotations

import dis
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from collections.abc import Collection

    from tasks.cleaning.context import DocumentContext, LineContext
    from tasks.cleaning.verdicts import Verdict

Stage = Literal["dom", "normalize", "strip", "drop", "edit"]
STAGES: tuple[Stage, ...] = ("dom", "normalize", "strip", "drop", "edit")

RuleFunction = Callable[[str, "LineContext"], "Verdict"]
# The line indices of a document where a rule can fire (see ``Rule.where``).
Scope = Callable[["DocumentContext"], "Collection[int]"]


@dataclass(frozen=True)
class Rule:
    """A named, versioned line rule.

    Stages run in this order. ``dom`` rules remove elements of an HTML page before it becomes lines
    (the HTML extractor applies them and names them in the ledger). ``normalize`` rules repair each
    line's characters and ``strip`` rules remove inline noise (citation markers, error messages,
    reference back-links); both run before anything judges the line, so the document context and
    the drop rules see the text a second cleaning would see. ``drop`` rules decide whether a line is
    cruft (the first that fires wins). ``edit`` rules rewrite kept lines and mark headings (edit
    links, heading markup, bare headings).

    ``where`` (drop rules only) gives the lines of a document the rule can fire on: a zone (the
    tail, the lines above the title), the lines a document fact names, or every line of a page
    that mentions one of the rule's words; the engine asks the rule about no other line. The rule
    still answers ``None`` elsewhere on its own, and ``tests/test_engine.py`` holds every scope
    against the rule's own answers.
    """

    id: str
    version: int
    stage: Stage
    summary: str
    example: str
    apply: RuleFunction
    max_chars: int | None = None
    where: Scope | None = None

    @cached_property
    def reads_context(self) -> bool:
        """Whether the rule's function ever loads its context argument.

        Read from the compiled function, so it cannot drift from the code: a rule that never
        touches ``ctx`` gives the same verdict for the same text wherever the line stands, which
        lets the settling pass skip it on lines it has already judged.
        """
        parameters = self.apply.__code__.co_varnames[: self.apply.__code__.co_argcount]
        if len(parameters) < 2:
            return False
        name = parameters[1]
        return any(
            instruction.argval == name
            or (isinstance(instruction.argval, tuple) and name in instruction.argval)
            for instruction in dis.get_instructions(self.apply)
        )

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def tag(self) -> str:
        return f"{self.id}@{self.version}"


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str,
    *,
    version: int,
    stage: Stage,
    example: str,
    max_chars: int | None = None,
    where: Scope | None = None,
) -> Callable[[RuleFunction], RuleFunction]:
    """Register the decorated function as rule ``rule_id``; its docstring's first line is the summary.

    ``max_chars`` declares that the rule never fires on a longer line, so the engine skips it there:
    most of a corpus's bytes are long paragraphs that no chrome rule can match. ``where`` declares
    the lines it can fire on (see ``Rule``): most lines lie in the body, where zone rules never fire.
    """

    if where is not None and stage != "drop":
        raise ValueError(f"rule {rule_id!r}: only drop rules are picked by scope (where=)")

    def register(function: RuleFunction) -> RuleFunction:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id!r} is registered twice")
        summary = (function.__doc__ or "").strip().splitlines()[0] if function.__doc__ else rule_id
        RULES[rule_id] = Rule(rule_id, version, stage, summary, example, function, max_chars, where)
        return function

    return register


def register_dom_rule(rule_id: str, *, version: int, summary: str, example: str) -> None:
    """Register a rule applied by the HTML extractor to DOM elements, so it is listed, hashed and disableable."""
    if rule_id in RULES:
        raise ValueError(f"rule {rule_id!r} is registered twice")
    RULES[rule_id] = Rule(rule_id, version, "dom", summary, example, _not_a_line_rule)


def _not_a_line_rule(text: str, ctx: LineContext) -> Verdict:
    return None


class UnknownRuleError(ValueError):
    """A configuration named a rule that does not exist."""


def select_rules(disabled: Iterable[str] = ()) -> tuple[Rule, ...]:
    """All registered rules in run order, minus ``disabled`` (ids or whole families).

    >>> select_rules(["no.such_rule"])
    Traceback (most recent call last):
    ...
    tasks.cleaning.registry.UnknownRuleError: unknown rule or family 'no.such_rule'; valid: ...
    """
    load_rules()
    groups = {
        rule_id.rsplit(".", depth)[0] for rule_id in RULES for depth in range(1, rule_id.count(".") + 1)
    }
    unknown = sorted(name for name in set(disabled) if name not in RULES and name not in groups)
    if unknown:
        valid = ", ".join(sorted(groups) + sorted(RULES))
        raise UnknownRuleError(f"unknown rule or family {unknown[0]!r}; valid: {valid}")
    return tuple(
        r for r in RULES.values() if not any(r.id == name or r.id.startswith(name + ".") for name in disabled)
    )


def ruleset_hash(rules: Iterable[Rule], settings: str = "") -> str:
    """A short hash of the rules that run (ids and versions) and the settings that shape output."""
    digest = hashlib.sha256()
    for r in sorted(rules, key=lambda r: r.id):
        digest.update(f"{r.tag}\n".encode())
    digest.update(settings.encode())
    return digest.hexdigest()[:16]


def load_rules() -> None:
    """Import every rule module, line and DOM rules alike, so that they register (idempotent)."""
    import tasks.cleaning.html
    import tasks.cleaning.rules  # noqa: F401
