"""A shop's email settings: branding, sender details and template overrides (validated on save)."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator

from emails.render import KINDS
from plugin.text import Text

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class TemplateOverride(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    subject: Text(2_000) | None = None
    html: Text(100_000) | None = None
    text: Text(100_000) | None = None


class EmailSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    logo_url: Text(2_048) | None = Field(None, description="https URL of the logo shown on top of every email.")
    accent_color: str = Field("#008060", description="Colour of the top border, as #RRGGBB.")
    signature: Text(500) | None = Field(None, description="Closing line; defaults to \"The <shop> team\".")
    from_name: Text(120) | None = Field(None, description="Sender name; defaults to the shop's name.")
    reply_to: Text(320) | None = Field(None, description="Reply-To address; defaults to the support email.")
    copy_to: tuple[Text(320), ...] = Field((), max_length=5, description="Addresses that get a blind copy of every email.")
    overrides: dict[str, TemplateOverride] = Field(
        default_factory=dict, description="Merchant-edited templates by email kind (rendered in a sandbox)."
    )

    @field_validator("accent_color")
    @classmethod
    def _colour(cls, value: str) -> str:
        if not _COLOUR.match(value):
            raise ValueError("must be a colour like #008060")
        return value

    @field_validator("logo_url")
    @classmethod
    def _https(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith("https://"):
            raise ValueError("must be an https URL")
        return value

    @field_validator("overrides")
    @classmethod
    def _kinds(cls, value: dict) -> dict:
        unknown = sorted(set(value) - set(KINDS))
        if unknown:
            raise ValueError(f"unknown email kinds: {', '.join(unknown)}")
        return value
