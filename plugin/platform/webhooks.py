"""Inbound platform webhooks in Shopify's own shapes, verified, de-duplicated, applied once.

Orders, fulfillments, products and refunds are acknowledged as soon as they are verified, well
formed and stored, and imported by the worker (plugin.platform.inbox): the answer is
`{"status": "accepted"}` (or "duplicate"), whatever the import will say. The privacy topics are
rare, and are applied before the answer, as before.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable

from pydantic import BaseModel, ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.shop import Shop
from models.webhook import WebhookEvent
from plugin.platform import inbox, shopify
from plugin.actions.errors import ActionError
from plugin.actions import privacy
from plugin.platform.inbox import TOPICS
from plugin.values.signing import verify_webhook
from plugin.store.labels import LabelStore
from plugin.store.photos import PhotoStore
from plugin.process.settings import Settings
from plugin.values.text import bad_text_in

MAX_BODY_BYTES = 1024 * 1024


def _who(customer: shopify.PrivacyCustomer, orders: list[str]) -> privacy.CustomerRef:
    return privacy.CustomerRef(platform_id=customer.id, email=customer.email, phone=customer.phone,
                               order_platform_ids=tuple(orders))


async def _data_request(shop: Shop, payload: shopify.CustomersDataRequest, settings: Settings, later: list) -> str:
    request_id = payload.data_request.id if payload.data_request else None
    await privacy.data_request(shop, _who(payload.customer, payload.orders_requested), request_id)
    return "delivered" if shop.webhook_url else "gathered"


async def _customer_redact(shop: Shop, payload: shopify.CustomersRedact, settings: Settings, later: list) -> str:
    await privacy.redact_customer(shop, _who(payload.customer, payload.orders_to_redact),
                                  mail_dir=settings.mail_dir, labels=LabelStore(settings.label_dir), after_commit=later,
                                  photos=PhotoStore(settings.photo_dir))
    return "redacted"


async def _shop_redact(shop: Shop, payload: shopify.ShopRedact, settings: Settings, later: list) -> str:
    await privacy.redact_shop(shop, mail_dir=settings.mail_dir, labels=LabelStore(settings.label_dir), after_commit=later,
                              photos=PhotoStore(settings.photo_dir))
    return "redacted"


async def _uninstalled(shop: Shop, payload: shopify.AppUninstalled, settings: Settings, later: list) -> str:
    await privacy.uninstall(shop)
    return "uninstalled"


# The topics every app must answer. They are accepted for an uninstalled shop too: the platform sends
# the redactions after the uninstall. `later` collects file removals to run once the event commits.
PRIVACY_TOPICS: dict[str, tuple[type[BaseModel], Callable[[Shop, BaseModel, Settings, list], Awaitable[str]]]] = {
    "customers/data_request": (shopify.CustomersDataRequest, _data_request),
    "customers/redact": (shopify.CustomersRedact, _customer_redact),
    "shop/redact": (shopify.ShopRedact, _shop_redact),
    "app/uninstalled": (shopify.AppUninstalled, _uninstalled),
}
ALL_TOPICS = sorted([*TOPICS, *PRIVACY_TOPICS])


def _header_id(value: str | None) -> str | None:
    return value if value and len(value) <= 128 and "\x00" not in value else None


def delivery_key(topic: str, body: bytes, headers) -> str | None:
    """What makes a delivery a retry of one already applied.

    Shopify's X-Shopify-Webhook-Id names one delivery and is the same on its retries; the
    X-Shopify-Event-Id is shared by every delivery one merchant action caused, across topics and
    resources, so keying on it alone drops real events. Without a Webhook-Id, a retry is the same
    event, topic and body.
    """
    webhook_id = _header_id(headers.get("x-shopify-webhook-id"))
    if webhook_id is not None:
        return webhook_id
    event_id = _header_id(headers.get("x-shopify-event-id"))
    if event_id is None:
        return None
    digest = hashlib.sha256(topic.encode() + b"\n" + event_id.encode() + b"\n" + body).hexdigest()
    return f"event:{digest}"


def _error(status: int, message: str, **extra) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


async def receive_webhook(request: Request) -> JSONResponse:
    topic = request.path_params["topic"]
    refused = _topic_refusal(topic, request.headers.get("x-shopify-topic"))
    if refused is not None:
        return refused
    body = await request.body()
    if len(body) > MAX_BODY_BYTES:
        return _error(413, "payload too large")
    domain = request.headers.get("x-shopify-shop-domain", "")
    shop = await Shop.get_or_none(domain=domain) if 0 < len(domain) <= 255 and "\x00" not in domain else None
    # An unknown shop and a bad signature read the same: nothing is learned by probing.
    if shop is None or not verify_webhook(shop.api_secret, body, request.headers.get("x-shopify-hmac-sha256")):
        return _error(401, "invalid webhook signature")
    refused = _shop_refusal(shop, topic)
    if refused is not None:
        return refused
    event_id = delivery_key(topic, body, request.headers)
    if event_id is None:
        return _error(400, "missing or invalid X-Shopify-Webhook-Id (or X-Shopify-Event-Id)")
    payload = _payload(topic, body)
    if isinstance(payload, JSONResponse):
        return payload
    if topic in TOPICS:
        return await _accept(request, shop, topic, event_id, body, payload)
    return await _apply_once(request, shop, topic, event_id, payload)


def _topic_refusal(topic: str, header_topic: str | None) -> JSONResponse | None:
    if topic not in TOPICS and topic not in PRIVACY_TOPICS:
        return _error(404, f"unsupported topic {topic!r}", supported=ALL_TOPICS)
    if header_topic and header_topic != topic:
        return _error(400, "X-Shopify-Topic does not match the URL")
    return None


def _shop_refusal(shop: Shop, topic: str) -> JSONResponse | None:
    if shop.uninstalled_at is not None and topic not in PRIVACY_TOPICS:
        return _error(410, "the app is uninstalled for this shop")
    if topic == "shop/redact" and shop.uninstalled_at is None:
        return _error(409, "shop/redact applies to a shop that uninstalled the app")
    return None


def _payload(topic: str, body: bytes) -> BaseModel | JSONResponse:
    """The body read as the topic's shape, or the 400 that says why it is not."""
    try:
        document = json.loads(body, parse_float=shopify.json_number)
    except (ValueError, UnicodeDecodeError) as exc:
        return _error(400, f"malformed JSON: {exc}")
    except RecursionError:
        return _error(400, "malformed JSON: nested too deeply")
    bad_text = bad_text_in(document)  # before the shapes: a lone surrogate must not reach a query
    if bad_text is not None:
        return _error(400, "payload does not match the topic's shape",
                      problems=[{"field": list(bad_text[0]), "message": bad_text[1]}])
    model, _ = TOPICS[topic] if topic in TOPICS else PRIVACY_TOPICS[topic]
    try:
        return model.model_validate(document)
    except ValidationError as exc:
        problems = [
            {"field": [str(p) for p in e["loc"]], "message": e["msg"]} for e in exc.errors(include_url=False)
        ]
        return _error(400, "payload does not match the topic's shape", problems=problems)


async def _accept(request: Request, shop: Shop, topic: str, event_id: str, body: bytes,
                  payload: BaseModel) -> JSONResponse:
    """Store the delivery for the worker to import (plugin.platform.inbox) and answer at once."""
    try:
        text = body.decode("utf-8")  # stored as text; JSON in another encoding is refused here, up front
    except UnicodeDecodeError as exc:
        return _error(400, f"malformed JSON: {exc}")
    if not await inbox.accept(shop, topic, event_id, text, payload):
        return JSONResponse({"status": "duplicate"})
    wake = getattr(request.app.state, "worker_wake", None)
    if wake is not None:  # the embedded worker imports it now rather than at its next poll
        wake.set()
    return JSONResponse({"status": "accepted"})


async def _apply_once(request: Request, shop: Shop, topic: str, event_id: str, payload: BaseModel) -> JSONResponse:
    """Apply a privacy event in one transaction with its delivery's row, so a retry is a duplicate."""
    _, apply = PRIVACY_TOPICS[topic]
    later: list[Callable[[], Awaitable[None]]] = []
    try:
        async with in_transaction():
            try:
                async with in_transaction():
                    await WebhookEvent.create(shop_id=shop.id, event_id=event_id, topic=topic)
            except IntegrityError:
                return JSONResponse({"status": "duplicate"})
            status = await apply(shop, payload, request.app.state.settings, later)
    except ActionError as exc:
        return _error(422, exc.message, field=exc.field, code=exc.code)
    for job in later:  # committed: now the files the erased rows named can go
        await job()
    return JSONResponse({"status": status})
