"""Policies of the seed stores, as settings documents.

Each preset is a JSON document next to this module, validated like any merchant's document, and a
``.notes.txt`` file saying where the seed text contradicts itself or is silent, and what was
chosen. ``load_preset`` returns a fresh, validated ``Policy``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from plugin.policy.document import parse_policy
from plugin.policy.model import Policy

PRESETS: tuple[str, ...] = ("alotrop", "alltrendsusa", "allegra-k")


class UnknownPreset(KeyError):
    pass


def _check(name: str) -> None:
    if name not in PRESETS:
        raise UnknownPreset(f"unknown preset {name!r}; choose one of {', '.join(PRESETS)}")


@lru_cache(maxsize=None)
def _text(filename: str) -> str:
    return resources.files(__name__).joinpath(filename).read_text(encoding="utf-8")


def preset_data(name: str) -> dict[str, Any]:
    """The preset's JSON document (a new dict every call)."""
    _check(name)
    return json.loads(_text(f"{name}.json"))


@lru_cache(maxsize=None)
def load_preset(name: str) -> Policy:
    """The validated preset. Policies are immutable, so one shared instance per name is safe."""
    return parse_policy(preset_data(name))


def preset_notes(name: str) -> str:
    """Where the seed contradicts itself or is silent, and the choice made."""
    _check(name)
    return _text(f"{name}.notes.txt")
