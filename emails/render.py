"""Render an email from its kind and context: subject, HTML part, plain-text part.

The shipped templates are trusted and render with autoescaping; a merchant's override renders in
Jinja2's sandbox, and any error in it falls back to the shipped template with a warning, so a broken
override never stops an email.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

from emails import formatting
from emails.i18n import language, translations

TEMPLATES = Path(__file__).parent / "templates"

# Subjects are gettext message ids; `{name}` style fields come from the context.
SUBJECTS = {
    "return_requested": "We received your return request {return_name}",
    "damaged_claim_received": "We received your claim for order {order_name}",
    "return_instructions": "Your return {return_name} is approved: how to send it back",
    "return_declined": "About your return request {return_name}",
    "return_received": "Your return {return_name} has arrived",
    "inspection_result": "We checked the items of your return {return_name}",
    "refund_issued": "Your refund for order {order_name}",
    "cancellation_confirmed": "Your order {order_name} is cancelled",
    "cancellation_refused": "Your order {order_name} can no longer be cancelled",
    "held_for_verification": "Please confirm a few details about order {order_name}",
}
KINDS = tuple(SUBJECTS)


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    html: str
    text: str
    warnings: tuple[str, ...] = field(default=())


def _filters(env: Environment, locale: str) -> None:
    env.filters["money"] = lambda value: formatting.money(value, locale)
    env.filters["day"] = lambda value: formatting.day(value, locale)
    env.filters["moment"] = lambda value: formatting.moment(value, locale)


@lru_cache(maxsize=16)
def _environment(locale: str) -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=True),
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_translations(translations(language(locale)), newstyle=True)
    _filters(env, locale)
    return env


@lru_cache(maxsize=16)
def _sandbox(locale: str, autoescape: bool) -> SandboxedEnvironment:
    env = SandboxedEnvironment(autoescape=autoescape, undefined=StrictUndefined)
    _filters(env, locale)
    return env


def subject(kind: str, context: dict, locale: str) -> str:
    text = translations(language(locale)).gettext(SUBJECTS[kind])
    return text.format(return_name=context.get("ret", {}).get("name", ""), order_name=context["order"]["name"])


def render(kind: str, context: dict, locale: str = "en", override: dict | None = None) -> RenderedEmail:
    """`override` may hold "subject", "html" and/or "text" template sources written by the merchant."""
    if kind not in SUBJECTS:
        raise ValueError(f"unknown email kind {kind!r}")
    env = _environment(locale)
    rendered = {
        "subject": subject(kind, context, locale),
        "html": env.get_template(f"{kind}.html.j2").render(**context),
        "text": env.get_template(f"{kind}.txt.j2").render(**context),
    }
    warnings = []
    for part, source in (override or {}).items():
        if part not in rendered or not source:
            continue
        try:
            rendered[part] = _sandbox(locale, part == "html").from_string(source).render(**context)
        except TemplateError as exc:  # syntax errors, undefined names and sandbox violations alike
            warnings.append(f"{kind} {part} override failed ({type(exc).__name__}: {exc}); the default was used")
    rendered["subject"] = " ".join(rendered["subject"].split())[:200]
    return RenderedEmail(**rendered, warnings=tuple(warnings))
