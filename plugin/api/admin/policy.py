"""The admin side of the policy: read it, its history and lint; what a save answers (the saves: mutations/)."""

from __future__ import annotations

import enum
from datetime import datetime

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from models.catalog import Product
from models.order import OrderLine
from models.policy import PolicyVersion
from plugin.actions.policy import PolicyConflict, policy_in_force, preset_document
from plugin.api.errors import UserError, UserErrorCode, user_error_code
from plugin.api.pagination import Connection, paginate
from plugin.api.policy_page import ReturnPolicy
from plugin.api.row_fields import from_row
from plugin.api.types import Node
from plugin.policy import PRESETS, PolicyInvalid, lint, lint_contact, policy_json_schema, policy_to_data

PolicyPreset = strawberry.enum(
    enum.Enum("PolicyPreset", {name.upper().replace("-", "_"): name for name in PRESETS}),
    description="A seed store's policy, ready to apply.",
)


@strawberry.type
class PolicyLintWarning:
    code: str
    path: list[str]
    message: str
    severity: str = strawberry.field(description="error, warning or info.")


@strawberry.type(name="PolicyVersion")
class PolicyVersionType(Node):
    row: strawberry.Private[PolicyVersion]

    number = from_row("number", int)
    document = from_row("document", JSON)
    preset = from_row("preset", str | None)
    note = from_row("note", str | None)
    created_by = from_row("created_by", str | None)
    created_at = from_row("created_at", datetime)


@strawberry.type(description="The policy in force, as stored, as published, and what lint thinks of it.")
class Policy:
    version: int | None
    document: JSON
    published: ReturnPolicy
    lint_warnings: list[PolicyLintWarning]


async def _policy(info: Info) -> Policy:
    shop = info.context.shop
    policy, version = await policy_in_force(shop)
    catalogue = [(frozenset(tags), (ptype or "").lower() or None) for tags, ptype in
                 await Product.filter(shop_id=shop.id).values_list("tags", "product_type")]
    unknown = len(set(await OrderLine.filter(
        shop_id=shop.id, product_id__isnull=True, product_platform_id__isnull=False
    ).values_list("product_platform_id", flat=True)))
    return Policy(
        version=version,
        document=policy_to_data(policy),
        published=ReturnPolicy.of(shop, policy, version),
        lint_warnings=[
            PolicyLintWarning(code=w.code, path=[str(p) for p in w.path], message=w.message, severity=w.severity)
            for w in lint(policy, catalogue, unknown) + lint_contact(policy, shop.support_email)
        ],
    )


@strawberry.type
class PolicyQuery:
    @strawberry.field(description="The policy in force (the defaults until one is saved).")
    async def policy(self, info: Info) -> Policy:
        return await _policy(info)

    @strawberry.field(description="Every saved version, newest first; versions never change once saved.")
    async def policy_versions(self, info: Info, first: int | None = None, after: str | None = None) -> Connection[PolicyVersionType]:
        return await paginate(PolicyVersion.filter(shop_id=info.context.shop.id), first, after, lambda row: PolicyVersionType(row=row))

    @strawberry.field(description="A preset's document as policyApplyPreset would save it for this shop (amounts in "
                      "its currency), without saving: preview it (policyPreview, policySimulate) before applying it.")
    def policy_preset_document(self, info: Info, preset: PolicyPreset) -> JSON:
        return preset_document(info.context.shop, preset.value)

    @strawberry.field(description="JSON Schema (draft 2020-12) of the policy document, for a settings form.")
    def policy_schema(self) -> JSON:
        return policy_json_schema()


@strawberry.type
class PolicyUpdatePayload:
    policy: Policy | None = None
    policy_version: PolicyVersionType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


def _code(code: str) -> UserErrorCode:
    aliases = {"REQUIRED": UserErrorCode.BLANK}
    return aliases.get(code) or user_error_code(code)


async def saved(info: Info, save) -> PolicyUpdatePayload:
    """A save's answer: the policy in force and the new version, or the document's problems as
    userErrors with their paths into it (the policy engine's codes, not an action's)."""
    try:
        version = await save()
    except PolicyInvalid as exc:
        return PolicyUpdatePayload(
            user_errors=[UserError(field=["document", *map(str, path)], message=message, code=_code(code))
                         for path, message, code in exc.errors]
        )
    except PolicyConflict as exc:
        return PolicyUpdatePayload(user_errors=[UserError(field=None, message=str(exc), code=UserErrorCode.CONFLICT)])
    info.context.shop.policy_version = version.number
    return PolicyUpdatePayload(policy=await _policy(info), policy_version=PolicyVersionType(row=version))
