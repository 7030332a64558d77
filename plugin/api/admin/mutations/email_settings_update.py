"""`emailSettingsUpdate`: replace the shop's email settings."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from plugin.actions.shop_settings import update_email_settings
from plugin.api.admin.emails import EmailSettingsType
from plugin.api.errors import UserError, refusals


@strawberry.type
class EmailSettingsUpdatePayload:
    email_settings: EmailSettingsType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class EmailSettingsUpdateMutation:
    @strawberry.mutation(description="Replace the email settings with `settings` (the document emailSettings gives; "
                         "omitted keys take their defaults). Invalid documents give userErrors whose field is the path "
                         "into it. An override with a syntax error is saved, and reported in `warnings`.")
    @refusals(["settings"], validation=True)
    async def email_settings_update(self, info: Info, settings: JSON) -> EmailSettingsUpdatePayload:
        await update_email_settings(info.context.shop, settings, actor=info.context.staff)
        return EmailSettingsUpdatePayload(email_settings=EmailSettingsType.of(info))
