"""The controls of a recipe card: what a recipe plugin prints around the ingredients and the steps.

Food blogs print their recipes through a few plugins, which put the same controls on every card:
buttons to jump to it, print it and pin it, a toggle between US and metric units, a scaler
("1x 2x 3x"), a call to rate it ("Did you make this recipe? Tag @… on Instagram") and a note that
the nutrition figures are computed. None of these is a sentence or an item of the recipe, so
each goes wherever it stands; the ingredients, steps and notes between them stay.
"""

from __future__ import annotations

import re

from tasks.cleaning import signals
from tasks.cleaning.context import LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Drop

# A row of the card's buttons, one of them naming the recipe: "Jump to Recipe", "Print Recipe Pin
# Recipe", "Jump to Recipe · Jump to Video · Print Recipe".
_BUTTON = r"(?:(?:Jump|Skip|Go) to (?:Recipe|Video)|(?:Print|Pin|Save|Rate|Share|Email)(?: (?:this )?Recipe)?|Pin it|Cook Mode)"
_BUTTONS = re.compile(rf"^(?:{_BUTTON}\s*[|·•/]?\s*)+$", re.IGNORECASE)
_NAMES_CARD = re.compile(r"\b(?:Recipe|Video)\b", re.IGNORECASE)
# The units toggle and the scaler: "US Customary - Metric", "Metric | Imperial", "1x 2x 3x".
_UNIT = r"(?:US(?: Customary)?|Imperial|Metric|Cups|Grams)"
_UNIT_TOGGLE = re.compile(rf"^{_UNIT}(?:\s*[-–|/]\s*|\s+){_UNIT}$", re.IGNORECASE)
_SCALER = re.compile(r"^(?:(?:½|1/2|\d{1,2})x\s*){2,5}$")
# The call to rate the recipe, with or without its prompt: "Did you make this recipe?", "Tried this
# recipe? Mention @kitchen or tag #kitchen!", and the prompt alone: "Tag @kitchen on Instagram".
_CALL = re.compile(
    r"^(?:(?:Did you (?:make|try) this recipe|(?:Have you )?[Tt]ried this recipe|Made this recipe)\?"
    r"(?:\s+(?=.{0,200}[@#]).{1,200})?"
    r"|(?:Tag|Mention) @[\w.]{2,40}\b.{0,160})$",
    re.IGNORECASE,
)
# The plugin's note under the nutrition figures.
_NUTRITION_NOTE = re.compile(
    r"^Nutrition(?:al)? (?:information|info|facts|values)(?: is| are)? (?:automatically calculated"
    r"|(?:an |only an )?estimates?|approximate)\b.{0,200}$",
    re.IGNORECASE,
)
_INITIALS = frozenset("JSGPCREITDHMUN½0123456789")


@rule("recipe.card_controls", version=1, stage="drop", max_chars=300, example="US Customary - Metric")
def drop_card_controls(text: str, ctx: LineContext) -> Drop | None:
    """A recipe card's buttons, unit toggle, scaler, call to rate it and nutrition note.

    >>> drop_card_controls("[Print Recipe](https://k.example/wprm_print/81) [Pin Recipe](https://k.example/p)", None)
    Drop(reason='recipe card buttons')
    >>> drop_card_controls("Print the recipe and pin it to the fridge.", None) is None
    True
    """
    if text.lstrip(" \t#=*_-[")[:1].upper() not in _INITIALS:
        return None
    stripped = signals.heading_text(text).strip(" *_")
    if "**" in stripped:  # "**Tried this recipe?** Mention @kitchen"
        stripped = stripped.replace("**", "")
    if _BUTTONS.match(stripped) and _NAMES_CARD.search(stripped):
        return Drop("recipe card buttons")
    if _UNIT_TOGGLE.match(stripped) or _SCALER.match(stripped):
        return Drop("recipe card's units toggle or scaler")
    if _CALL.match(stripped):
        return Drop("recipe card's call to rate it")
    if _NUTRITION_NOTE.match(stripped):
        return Drop("recipe card's note on its nutrition figures")
    return None
