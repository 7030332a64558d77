"""A shop's email settings: branding, sender details and template overrides (validated on save)."""

from __future__ import annotations

import re
from typing import Annotated

from email_validator import EmailNotValidError, validate_email
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from emails.render import KINDS
from plugin.values.text import Text

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _address(value: str) -> str:
    """An email address as SMTP will need it (no DNS lookups: the check runs offline)."""
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValueError(f"not a valid email address: {exc}") from None


Address = Annotated[Text(320), AfterValidator(_address)]


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
    reply_to: Address | None = Field(None, description="Reply-To address; defaults to the support email.")
    copy_to: tuple[Address, ...] = Field((), max_length=5, description="Addresses that get a blind copy of every email.")
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

    @field_validator("from_name", "signature")
    @classmethod
    def _one_line(cls, value: str | None) -> str | None:
        if value is not None and any(ord(c) < 32 or c == "\x7f" for c in value):
            raise ValueError("must be one line without control characters")
        return value

    @field_validator("overrides")
    @classmethod
    def _kinds(cls, value: dict) -> dict:
        unknown = sorted(set(value) - set(KINDS))
        if unknown:
            raise ValueError(f"unknown email kinds: {', '.join(unknown)}")
        return value


def settings_warnings(settings: EmailSettings) -> list[str]:
    """What the admin should hear about saved settings: overrides that cannot work as written."""
    from emails.render import override_problems

    return override_problems({kind: o.model_dump(exclude_none=True) for kind, o in settings.overrides.items()})
