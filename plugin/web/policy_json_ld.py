"""GET /policy/<shop domain>/return-policy.jsonld: the policy in force as schema.org JSON-LD, public.

A theme embeds it (fetched server-side, or by the storefront's own script: any origin may read it),
and search engines may fetch it. It is the storefront's `returnPolicy { jsonLd }`, byte for byte.
Cacheable for five minutes; the ETag is the document's digest, so it changes exactly when the
policy in force (or the shop's name or country) does, and `If-None-Match` answers 304.
"""

from __future__ import annotations

import hashlib

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from models.shop import Shop
from plugin.actions.policy import policy_in_force
from plugin.api.policy_page import structured_data
from plugin.web.ui_files import SHOP_DOMAIN

MEDIA_TYPE = "application/ld+json"
CACHE = "public, max-age=300"


async def return_policy_json_ld(request: Request) -> Response:
    domain = request.path_params["domain"].lower()
    shop = await Shop.get_or_none(domain=domain) if SHOP_DOMAIN.match(domain) else None
    if shop is None or shop.uninstalled_at is not None:
        return PlainTextResponse("No return policy here: check the shop's address.", 404)
    policy, version = await policy_in_force(shop)
    body = structured_data(shop, policy, str(request.base_url)).encode()
    etag = f'"v{version or 0}-{hashlib.sha256(body).hexdigest()[:32]}"'
    headers = {"ETag": etag, "Cache-Control": CACHE, "Access-Control-Allow-Origin": "*", "Vary": "Accept-Encoding"}
    asked = request.headers.get("if-none-match", "")
    if etag in {tag.strip().removeprefix("W/") for tag in asked.split(",")} or asked.strip() == "*":
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=MEDIA_TYPE, headers=headers)
