"""Shared test helpers: shops, tokens, signed webhooks, GraphQL calls."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import httpx

from models.shop import Shop
from plugin.actions.shops import create_shop
from plugin.api.auth import issue_session_token
from plugin.values.signing import webhook_signature

FIXTURES = Path(__file__).parent / "fixtures"
LONG_SECRET = "s" * 64


def fixture(name: str) -> dict:
    return copy.deepcopy(json.loads((FIXTURES / name).read_text()))


async def make_shop(domain: str = "alotrop.myshopify.com", **kwargs) -> Shop:
    kwargs.setdefault("name", domain.split(".")[0].title())
    return await create_shop(domain=domain, **kwargs)


async def admin(client: httpx.AsyncClient, shop: Shop, query: str, variables: dict | None = None, **kw) -> httpx.Response:
    token = kw.pop("token", None) or issue_session_token(shop)
    return await client.post(
        "/admin/graphql",
        json={"query": query, "variables": variables or {}},
        headers={"Authorization": f"Bearer {token}"},
    )


async def storefront(
    client: httpx.AsyncClient, shop: Shop, query: str, variables: dict | None = None, token: str | None = None,
    headers: dict | None = None,
) -> httpx.Response:
    headers = {"X-Shop-Domain": shop.domain, **(headers or {})}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return await client.post("/storefront/graphql", json={"query": query, "variables": variables or {}}, headers=headers)


async def send_webhook(
    client: httpx.AsyncClient,
    shop: Shop,
    topic: str,
    payload: dict | bytes,
    *,
    event_id: str,
    webhook_id: str | None = None,
    secret: str | None = None,
    signature: str | None = None,
    wait: bool = True,
) -> httpx.Response:
    """A signed delivery; its X-Shopify-Webhook-Id (what retries share) is `event_id` unless given.

    An accepted delivery is imported by the worker after the answer (plugin.platform.inbox); with
    `wait` this waits for the worker to import what is stored, so its effect is visible on return.
    `applied` says what the import made of it."""
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    response = await client.post(
        f"/webhooks/{topic}",
        content=body,
        headers={
            "Content-Type": "application/json",
            "X-Shopify-Topic": topic,
            "X-Shopify-Shop-Domain": shop.domain,
            "X-Shopify-Event-Id": event_id,
            "X-Shopify-Webhook-Id": webhook_id or event_id,
            "X-Shopify-Hmac-Sha256": signature or webhook_signature(secret or shop.api_secret, body),
        },
    )
    if wait and response.status_code == 200:
        await import_webhooks()
    return response


async def import_webhooks() -> int:
    """Run the worker's steps over the webhook inbox until nothing stored is due; the rows imported."""
    from models.enums import OutboxKind
    from plugin.jobs.outbox import deliver_due
    from plugin.platform.inbox import InboxImporter
    from tests.waiting import until_empty

    done = 0

    async def step() -> int:
        nonlocal done
        report = await deliver_due({OutboxKind.INBOX: InboxImporter})
        done += report.sent + report.failed
        return report.claimed

    await until_empty(step, what="the webhook inbox")
    return done


async def applied(shop: Shop, event_id: str) -> dict:
    """What the worker's import made of a delivery: {"status": created | updated | stale | deferred |
    ...}, and for a refused one {"status": "failed", "error": the reason kept on its inbox row}."""
    from models.enums import OutboxKind
    from models.outbox import OutboxMessage
    from models.webhook import WebhookEvent

    event = await WebhookEvent.get(shop_id=shop.id, event_id=event_id)
    if event.outcome != "failed":
        return {"status": event.outcome}
    row = await OutboxMessage.get(kind=OutboxKind.INBOX, subject_type="WebhookEvent", subject_id=event.id)
    return {"status": event.outcome, "error": row.last_error}


async def row_counts() -> dict[str, int]:
    """Rows per table: a refused request must leave every one of these unchanged."""
    from models.catalog import Product
    from models.customer import Customer
    from models.order import Fulfillment, FulfillmentLine, Order, OrderLine
    from models.webhook import WebhookEvent

    models = (Product, Customer, Order, OrderLine, Fulfillment, FulfillmentLine, WebhookEvent)
    return {model.__name__: await model.all().count() for model in models}


def gql_ok(response: httpx.Response) -> dict:
    """The `data` of a successful GraphQL response (fails the test on HTTP or GraphQL errors)."""
    assert response.status_code == 200, response.text
    body = response.json()
    assert not body.get("errors"), body["errors"]
    return body["data"]
