"""Operations: health, readiness, request ids, structured logs, HTTP installation."""

import json
import logging

from tortoise.context import TortoiseContext

from plugin.web.app import create_app
from plugin.store.db import tortoise_config
from plugin.process.logs import JsonFormatter
from plugin.process.settings import Settings
from tests.conftest import activate


async def test_healthz_and_readyz(client, db):
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200 and ready.json() == {"status": "ready"}


async def test_readyz_reports_pending_migrations(tmp_path):
    """A database the migrations have not reached is not ready: the app must not take traffic."""
    import httpx

    url = f"sqlite://{tmp_path / 'empty.sqlite3'}"
    ctx = TortoiseContext()
    with ctx:
        await ctx.init(config=tortoise_config(url))
    activate(ctx)
    try:
        app = create_app(Settings(database_url=url), manage_orm=False)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
            response = await http.get("/readyz")
        assert response.status_code == 503
        assert response.json()["pending"][0] == "models.0001_initial"
    finally:
        activate(None)
        await ctx.close_connections()


async def test_request_id_is_echoed_or_made(client, db):
    assert (await client.get("/healthz", headers={"X-Request-Id": "abc-123"})).headers["x-request-id"] == "abc-123"
    made = (await client.get("/healthz")).headers["x-request-id"]
    assert len(made) == 16
    # An unprintable or oversized id is replaced, not echoed into logs and headers.
    assert (await client.get("/healthz", headers={"X-Request-Id": "x" * 200})).headers["x-request-id"] != "x" * 200


async def test_access_log_is_json_with_request_id(client, db, caplog):
    with caplog.at_level(logging.INFO, logger="recourse.access"):
        await client.get("/healthz", headers={"X-Request-Id": "trace-me"})
    record = next(r for r in caplog.records if r.name == "recourse.access")
    line = json.loads(JsonFormatter().format(record))
    assert line["request_id"] == "trace-me"
    assert line["status"] == 200 and line["message"] == "GET /healthz 200"


async def test_install_over_http(db):
    import httpx

    app = create_app(Settings(database_url=db.url, install_token="t" * 40), manage_orm=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
        body = {"domain": "new-store.myshopify.com", "name": "New Store", "currency": "EUR", "country": "DE",
                "timezone": "Europe/Berlin", "locale": "de"}
        assert (await http.post("/install", json=body)).status_code == 401
        auth = {"Authorization": "Bearer " + "t" * 40}
        created = await http.post("/install", json=body, headers=auth)
        assert created.status_code == 201 and len(created.json()["apiSecret"]) == 64
        assert (await http.post("/install", json=body, headers=auth)).status_code == 409
        bad = await http.post("/install", json={**body, "domain": "other.example", "currency": "EURO"}, headers=auth)
        assert bad.status_code == 400 and "currency" in bad.text
        assert (await http.post("/install", content=b"{nope", headers=auth)).status_code == 400


async def test_graphiql_only_outside_production(db):
    import httpx

    for environment, shown in (("development", True), ("production", False)):
        app = create_app(Settings(database_url=db.url, environment=environment), manage_orm=False)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
            page = await http.get("/admin/graphql", headers={"Accept": "text/html"})
        assert (page.status_code == 200 and "graphiql" in page.text.lower()) is shown
        assert page.status_code < 500
