"""Shopify's standard return reasons (ReturnReasonDefinition), as the emulated shops know them: the
part of the library in Shopify's product taxonomy (github.com/Shopify/product-taxonomy,
data/return_reasons.yml: id, name, handle) that returns in the demo and the tests name. The gid's
number is the taxonomy's id; Recourse never relies on that, it asks for ids by handle."""

from __future__ import annotations

# taxonomy id -> (handle, English name)
DEFINITIONS: dict[int, tuple[str, str]] = {
    1: ("unknown", "Unknown"), 2: ("changed-my-mind", "Changed my mind"), 3: ("item-not-as-described", "Item not as described"),
    4: ("received-the-wrong-item", "Received the wrong item"), 5: ("other-reason", "Other"),
    6: ("damaged-or-defective", "Damaged or defective"), 7: ("too-small", "Too small"), 8: ("too-big", "Too big"),
    9: ("style", "Style"), 10: ("color", "Color"), 24: ("arrived-late", "Arrived late"), 32: ("battery-life", "Battery life"),
    56: ("comfort", "Comfort"), 62: ("connectivity", "Connectivity"), 102: ("fit", "Fit"), 123: ("incompatible", "Incompatible"),
    143: ("material", "Material"), 147: ("missing-desired-features", "Missing desired features"), 166: ("pattern", "Pattern"),
    214: ("shade", "Shade"), 223: ("sound-quality", "Sound quality"), 254: ("too-long", "Too long"), 255: ("too-loose", "Too loose"),
    258: ("too-narrow", "Too narrow"), 261: ("too-short", "Too short"), 269: ("too-tight", "Too tight"), 271: ("too-wide", "Too wide"),
    284: ("waist-too-loose", "Waist too loose"), 285: ("waist-too-tight", "Waist too tight"),
    329: ("damaged-packaging", "Damaged packaging"), 334: ("difficult-to-use", "Difficult to use"),
    339: ("duplicate-order", "Duplicate order"), 344: ("fabric", "Fabric"), 362: ("inseam-too-long", "Inseam too long"),
    363: ("inseam-too-short", "Inseam too short"), 379: ("material-too-see-through", "Material too see-through"),
    387: ("ordered-multiple", "Ordered multiple"), 389: ("ordered-wrong-item", "Ordered wrong item"),
    397: ("poor-stitching", "Poor stitching"), 400: ("product-overheats", "Product overheats"), 402: ("quality", "Quality"),
    411: ("sleeves-too-long", "Sleeves too long"), 413: ("sleeves-too-short", "Sleeves too short"),
    451: ("wrong-amount", "Wrong amount"), 468: ("uncomfortable", "Uncomfortable"), 469: ("pilling", "Pilling"),
    470: ("delivery-issue", "Delivery issue"),
}
BY_HANDLE = {handle: number for number, (handle, _) in DEFINITIONS.items()}


def definition(number: int) -> dict:
    handle, name = DEFINITIONS[number]
    return {"id": f"gid://shopify/ReturnReasonDefinition/{number}", "handle": handle, "name": name, "deleted": False}


def find(handles: list[str] | None = None, ids: list[str] | None = None) -> list[dict]:
    """The definitions named by `handles` and `ids` (both filters apply), all of them without either."""
    numbers = sorted(DEFINITIONS)
    if handles is not None:
        numbers = [n for n in numbers if DEFINITIONS[n][0] in handles]
    if ids is not None:
        wanted = {number_of(i) for i in ids}
        numbers = [n for n in numbers if n in wanted]
    return [definition(n) for n in numbers]


def number_of(global_id: str) -> int | None:
    prefix = "gid://shopify/ReturnReasonDefinition/"
    rest = global_id[len(prefix):] if isinstance(global_id, str) and global_id.startswith(prefix) else ""
    return int(rest) if rest.isdigit() and int(rest) in DEFINITIONS else None
