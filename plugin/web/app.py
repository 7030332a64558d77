"""The Starlette application: routes, middleware, the ORM's lifetime and the embedded outbox worker."""

from __future__ import annotations

import asyncio
import gc
import logging
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from tortoise.connection import get_connection
from tortoise.contrib.starlette import RegisterTortoise

from models.shop import Shop
from plugin.api.admin.schema import schema as admin_schema
from plugin.api.http import GraphQLEndpoint, staff_caller, storefront_caller
from plugin.api.photo_routes import photo_routes
from plugin.api.storefront.schema import schema as storefront_schema
from plugin.web.hsts import StrictTransportSecurity
from plugin.web.admission import Admission
from plugin.web.body_limit import BodyLimitMiddleware
from plugin.values.client_address import TrustedProxies
from plugin.web.forwarded import TrustedProxyHeaders
from plugin.store.db import tortoise_config
from plugin.web.install import install
from plugin.web.policy_json_ld import return_policy_json_ld
from plugin.api.label_routes import MAX_LABEL_BYTES, serve_label, upload_label
from plugin.process.logs import RequestIdMiddleware
from plugin.store.migrate import pending_migrations
from plugin.jobs.outbox import DEFAULT_POLL_SECONDS, run_worker
from plugin.store.photos import MAX_BYTES as MAX_PHOTO_BYTES
from plugin.store.photos import PhotoStore
from plugin.policy import policy_json_schema
from plugin.jobs.senders import default_handlers
from plugin.process.settings import Settings
from plugin.web.ui_files import UIFiles
from plugin.web.ui_files import SHOP_DOMAIN, portal_page
from plugin.web.ui_files import admin_page as admin_shell
from plugin.platform.webhooks import receive_webhook

log = logging.getLogger("recourse.app")


@asynccontextmanager
async def embedded_worker(settings: Settings, *, grace: float = 10.0, poll: float = DEFAULT_POLL_SECONDS,
                          wake: asyncio.Event | None = None):
    """The outbox worker as a task of this process, for as long as the block runs (the ORM open).
    Setting `wake` makes it look for work at once (the webhook route does, once it stored one).

    On the way out it finishes the batch in hand, for up to `grace` seconds, then is cancelled; what
    it held comes back to any worker when its lease runs out. Several processes may each run one:
    claims are safe to share (see plugin.jobs.outbox).
    """
    handlers = default_handlers(settings)  # a malformed SMTP_URL stops the start-up here
    stop = asyncio.Event()
    task = asyncio.create_task(run_worker(settings, stop, handlers=handlers, poll=poll, wake=wake),
                               name="recourse-outbox-worker")

    def report(done: asyncio.Task) -> None:
        if not done.cancelled() and done.exception() is not None:
            log.error("the embedded outbox worker stopped", exc_info=done.exception())

    task.add_done_callback(report)
    try:
        yield task
    finally:
        stop.set()
        try:
            await asyncio.wait_for(asyncio.shield(task), timeout=grace)
        except TimeoutError:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        except Exception:  # noqa: BLE001 - already logged by `report`
            pass


def _freeze_startup_heap() -> None:
    """Move everything alive once the app has started (modules, both schemas, the ORM's models) out
    of the garbage collector's sight: it never becomes garbage, yet every full collection walked it
    again. Under load at concurrency 32, in-process, that walk was most of the collector's time:
    1.7 s against 0.4 s over the same requests (about a fifth of the CPU against a twentieth).
    Larger generation thresholds on top saved about 1% more, within the noise: left as they are."""
    gc.collect()
    gc.freeze()


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
        return admin_shell(settings.host_admin_origin)

    async def portal(request: Request) -> Response:
        domain = request.path_params["domain"].lower()
        if not SHOP_DOMAIN.match(domain) or not await Shop.exists(domain=domain):
            return PlainTextResponse("No returns page here: check the shop's address.", 404)
        return portal_page(domain)

    upload_photo, customer_photo, staff_photo = photo_routes(lambda request: PhotoStore(request.app.state.settings.photo_dir))

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
        Route("/storefront/photos", upload_photo, methods=["POST"]),
        Route("/storefront/photos/{ref}", customer_photo, methods=["GET"]),
        Route("/admin/photos/{ref}", staff_photo, methods=["GET"]),
        Route("/webhooks/{topic:path}", receive_webhook, methods=["POST"]),
        Route("/app", admin_page),
        Route("/portal/{domain}", portal),
        Route("/install", install, methods=["POST"]),
        Route("/policy/schema.json", settings_schema),
        Route("/policy/{domain}/return-policy.jsonld", return_policy_json_ld),
        Route("/admin/labels", upload_label, methods=["POST"]),
        Route("/returns/{id}/label", serve_label),
        Mount("/ui", UIFiles(admin_frame_ancestors=settings.host_admin_origin), name="ui"),
    ]

    @asynccontextmanager
    async def lifespan(app: Starlette):
        if not manage_orm:
            yield
            return
        # RegisterTortoise enables the global context fallback: the lifespan runs in its own task,
        # and without the fallback request handlers would find no TortoiseContext.
        async with RegisterTortoise(app, config=tortoise_config(settings.database_url, settings.db_pool_size)):
            _freeze_startup_heap()
            try:
                if not settings.embedded_worker:
                    yield
                    return
                app.state.worker_wake = asyncio.Event()
                async with embedded_worker(settings, wake=app.state.worker_wake):
                    yield
            finally:
                gc.unfreeze()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.settings = settings
    # Inside the request id, so a 413 is logged and carries it; label and photo uploads carry files.
    app.add_middleware(BodyLimitMiddleware, per_path={"/admin/labels": MAX_LABEL_BYTES, "/storefront/photos": MAX_PHOTO_BYTES})
    if settings.rate_limits:  # before any body is read: known callers first, anonymous ones in turn
        app.add_middleware(Admission, anonymous_in_flight=settings.anonymous_in_flight)
    app.add_middleware(RequestIdMiddleware)
    if settings.production:
        app.add_middleware(StrictTransportSecurity)
    if settings.proxy_headers:  # outermost: the logs and the rate limits see the forwarded client
        app.add_middleware(TrustedProxyHeaders, trusted=TrustedProxies.parse(settings.forwarded_allow_ips))
    return app


def app_from_env() -> Starlette:
    """The factory each `recourse serve --workers N` process calls: settings and logs from the environment."""
    from plugin.process.logs import configure

    settings = Settings.from_env()
    configure(settings.log_level)
    return create_app(settings)
