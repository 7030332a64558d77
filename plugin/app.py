"""The Starlette application: routes, middleware, and the ORM's lifetime."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse
from starlette.routing import Route
from tortoise.connection import get_connection
from tortoise.contrib.starlette import RegisterTortoise

from plugin.api.admin.schema import schema as admin_schema
from plugin.api.http import GraphQLEndpoint, staff_caller, storefront_caller
from plugin.api.storefront.schema import schema as storefront_schema
from plugin.db import tortoise_config
from plugin.install import install
from plugin.logs import RequestIdMiddleware
from plugin.migrate import pending_migrations
from plugin.policy import policy_json_schema
from plugin.settings import Settings
from plugin.webhooks import receive_webhook

UI_DIR = Path(__file__).parent / "ui"


def create_app(settings: Settings | None = None, *, manage_orm: bool = True) -> Starlette:
    """`manage_orm=False` is for tests, which open the ORM in fixtures (httpx runs no lifespan)."""
    settings = settings or Settings.from_env()

    async def healthz(_: Request) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    async def readyz(_: Request) -> JSONResponse:
        try:
            await get_connection("default").execute_query("SELECT 1")
            pending = await pending_migrations(settings.database_url)
        except Exception as exc:  # any failure to reach the database means not ready
            return JSONResponse({"status": "unavailable", "reason": type(exc).__name__}, 503)
        if pending:
            return JSONResponse({"status": "migrations pending", "pending": pending}, 503)
        return JSONResponse({"status": "ready"})

    async def settings_schema(_: Request) -> JSONResponse:
        return JSONResponse(policy_json_schema(), headers={"Cache-Control": "public, max-age=300"})

    async def admin_page(_: Request) -> FileResponse:
        return FileResponse(UI_DIR / "index.html", headers={"Cache-Control": "no-store"})

    ide = not settings.production
    routes = [
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/admin/graphql", GraphQLEndpoint(admin_schema, staff_caller, ide=ide), methods=["GET", "POST"]),
        Route(
            "/storefront/graphql",
            GraphQLEndpoint(storefront_schema, storefront_caller, ide=ide),
            methods=["GET", "POST"],
        ),
        Route("/webhooks/{topic:path}", receive_webhook, methods=["POST"]),
        Route("/app", admin_page),
        Route("/install", install, methods=["POST"]),
        Route("/policy/schema.json", settings_schema),
    ]

    @asynccontextmanager
    async def lifespan(app: Starlette):
        if not manage_orm:
            yield
            return
        # RegisterTortoise enables the global context fallback: the lifespan runs in its own task,
        # and without the fallback request handlers would find no TortoiseContext.
        async with RegisterTortoise(app, config=tortoise_config(settings.database_url)):
            yield

    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.settings = settings
    app.add_middleware(RequestIdMiddleware)
    return app
