"""`recourse`: serve | worker | migrate | schema | shop | policy | token."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import sys

from plugin.cli.analytics import add_analytics_command
from plugin.cli.import_shop import add_import_command
from plugin.cli.policy import add_policy_commands
from plugin.process.settings import Settings


def _run(coro) -> int:
    return asyncio.run(coro) or 0


async def _migrate(settings: Settings) -> int:
    from plugin.store.migrate import apply_migrations

    await apply_migrations(settings.database_url)
    print("migrations applied")
    return 0


async def _shop_add(settings: Settings, args: argparse.Namespace) -> int:
    from plugin.actions.shops import ShopInvalid, create_shop
    from plugin.store.orm import orm

    credentials = {}
    if args.shopify:
        # A Shopify store: session tokens are signed with the app's own credentials, and the token
        # exchange authenticates with them. The secret comes from the environment, never argv.
        secret = os.environ.get("SHOPIFY_API_SECRET", "")
        if not args.api_key or len(secret) < 32:
            print("error: --shopify needs --api-key (the app's client id) and SHOPIFY_API_SECRET (its client secret)",
                  file=sys.stderr)
            return 2
        credentials = {"api_key": args.api_key, "api_secret": secret}
    async with orm(settings.database_url):
        try:
            shop = await create_shop(
                domain=args.domain, name=args.name, currency=args.currency, country=args.country,
                timezone=args.timezone, locale=args.locale, support_email=args.support_email, **credentials,
            )
        except ShopInvalid as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        if args.shopify:
            from models.shop import Shop

            await Shop.filter(id=shop.id).update(platform="shopify")
            print(f"shop:       {shop.domain}\nplatform:   shopify (connects when staff first open the app in Shopify's admin)")
            return 0
        print(f"shop:       {shop.domain}\napi key:    {shop.api_key}\napi secret: {shop.api_secret}")
    return 0


async def _token(settings: Settings, args: argparse.Namespace) -> int:
    from models.customer import Customer
    from models.shop import Shop
    from plugin.api.auth import issue_customer_token, issue_session_token, storefront_private_token
    from plugin.store.orm import orm

    async with orm(settings.database_url):
        shop = await Shop.get_or_none(domain=args.shop)
        if shop is None:
            print(f"error: no shop {args.shop!r}", file=sys.stderr)
            return 2
        if args.kind == "admin":
            print(issue_session_token(shop, ttl=args.ttl))
            return 0
        if args.kind == "storefront-private":
            print(storefront_private_token(shop))
            return 0
        customer = await Customer.filter(shop_id=shop.id, email=args.email.lower()).first()
        if customer is None:
            print(f"error: no customer {args.email!r} in {shop.domain}", file=sys.stderr)
            return 2
        print(issue_customer_token(shop, customer, ttl=args.ttl))
    return 0


async def _prepare_demo(settings: Settings, seed: bool, emulator=None) -> list[tuple[str, str, list]]:
    from models.shop import Shop
    from plugin.api.auth import issue_session_token
    from plugin.cli.demo import seed_demo
    from plugin.cli.tryouts import tryouts
    from plugin.store.migrate import apply_migrations
    from plugin.store.orm import orm

    await apply_migrations(settings.database_url)
    async with orm(settings.database_url):
        seeded = await seed_demo() if seed else []
        if seeded:
            print("demo data seeded: 3 shops, 50 orders each")
            await _deliver_demo_mail(settings)
            if emulator is not None:  # the demo shops carry outcomes out on the emulated Shopify
                await Shop.filter(id__in=[shop.id for shop in seeded]).update(platform="shopify")
        if emulator is not None:
            from plugin.cli.emulated_shopify import mirror_shops

            for domain, count in await mirror_shops(emulator, settings):
                print(f"emulated Shopify: {domain} with {count} orders")
        # Local tokens last a day so the printed ones stay usable while you explore.
        return [(s.domain, issue_session_token(s, ttl=86400), await tryouts(s)) for s in await Shop.all().order_by("id")]


async def _deliver_demo_mail(settings: Settings) -> None:
    """The demo's emails, delivered before the ready block rather than logged line by line under it
    (logging is not configured yet, so the worker's per-message lines stay quiet)."""
    if not settings.embedded_worker:
        return
    from plugin.jobs.outbox import run_worker
    from plugin.jobs.senders import default_handlers

    try:
        handlers = default_handlers(settings)
    except ValueError:  # a malformed SMTP_URL: the server says so when its worker starts
        return
    # Emails only: webhooks and platform operations wait for the server's worker (the emulator the
    # demo shops are then connected to is not listening yet).
    report = await run_worker(settings, asyncio.Event(), handlers={"EMAIL": handlers["EMAIL"]}, once=True)
    where = "sent over SMTP_URL" if settings.smtp_url else f"written to {settings.mail_dir}/"
    print(f"demo emails: {report.sent} {where}")


async def _worker(settings: Settings, args: argparse.Namespace) -> int:
    import signal

    from plugin.process.logs import configure
    from plugin.store.orm import orm
    from plugin.jobs.outbox import run_worker
    from plugin.jobs.senders import default_handlers

    configure(settings.log_level)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    signals = (signal.SIGINT, signal.SIGTERM)

    def finish() -> None:  # the first signal: finish the batch in hand, then exit; a second one kills
        stop.set()
        for signum in signals:
            loop.remove_signal_handler(signum)

    for signum in signals:
        try:
            loop.add_signal_handler(signum, finish)
        except (NotImplementedError, RuntimeError):  # not on this platform / not the main thread
            pass
    try:
        handlers = default_handlers(settings)
    except ValueError as exc:  # a malformed SMTP_URL
        print(f"error: {exc}", file=sys.stderr)
        return 2
    async with orm(settings.database_url):
        totals = await run_worker(settings, stop, handlers=handlers, batch=args.batch, poll=args.poll, once=args.once)
    print(f"outbox: {totals}")
    return 0


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError("must be above 0 and at most 3600")
    return value


def _behind_proxy(settings: Settings, args: argparse.Namespace) -> Settings:
    """`--proxy-headers [--forwarded-allow-ips IPS]`: the settings, and the environment the worker
    processes of `--workers N` read theirs from."""
    if not args.proxy_headers:
        raise ValueError("--forwarded-allow-ips needs --proxy-headers")
    from plugin.values.client_address import TrustedProxies

    allowed = args.forwarded_allow_ips or settings.forwarded_allow_ips
    TrustedProxies.parse(allowed)
    os.environ["RECOURSE_PROXY_HEADERS"] = "true"
    os.environ["RECOURSE_FORWARDED_ALLOW_IPS"] = allowed
    return dataclasses.replace(settings, proxy_headers=True, forwarded_allow_ips=allowed)


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    from plugin.web.app import create_app
    from plugin.process.logs import configure
    from plugin.cli.serve_workers import serve_workers

    if args.proxy_headers or args.forwarded_allow_ips:
        try:
            settings = _behind_proxy(settings, args)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    base = f"http://{args.host}:{args.port}"
    emulator = None
    # The Shopify emulator stands in for Shopify in the demo: one process only (it keeps its shops
    # in memory), never in production, and not when told to talk to a real Shopify.
    if not (args.no_emulator or settings.production or args.workers > 1 or settings.shopify_origin):
        from plugin.platform.emulator import Emulator

        emulator = Emulator()
        settings = dataclasses.replace(settings, shopify_origin=f"{base}/emulator/shops/{{shop}}")
    tokens = asyncio.run(_prepare_demo(settings, seed=not args.no_demo, emulator=emulator))
    print(f"\nRecourse on {base}\n  admin GraphiQL:      {base}/admin/graphql\n  storefront GraphiQL: {base}/storefront/graphql")
    if emulator is not None:
        print(f"  Shopify emulator:    {base}/emulator/  (refunds, cancellations and returns the demo shops made on it)")
    for domain, token, orders in tokens:
        print(f"\n  {domain}\n    admin token (24 h): {token}\n    embedded page:      {base}/app?id_token={token}")
        print(f"    customer portal:    {base}/portal/{domain}")
        for order in orders:
            print(f"      try {order.name} with {order.email} ({order.what})")
    if not settings.embedded_worker:
        print("\n  outbox: not delivered here (RECOURSE_EMBEDDED_WORKER=false); run `recourse worker`")
    elif settings.smtp_url:
        print("\n  outbox: delivered in-process; emails go out over SMTP_URL")
    else:
        print(f"\n  outbox: delivered in-process; emails are written to {settings.mail_dir}/ (no SMTP_URL set)")
    if args.workers > 1:
        print(f"\n  {args.workers} worker processes, each with its own pool of up to {settings.db_pool_size} connections")
    print()
    configure(settings.log_level)
    if args.workers == 1:
        app = create_app(settings)
        if emulator is not None:
            from starlette.routing import Mount

            app.router.routes.append(Mount("/emulator", app=emulator.app))
        # uvicorn's own proxy handling off: it trusts 127.0.0.1 by default and takes the leftmost
        # X-Forwarded-For entry under '*'; the app does it when asked (plugin.web.forwarded).
        uvicorn.run(app, host=args.host, port=args.port, log_config=None, proxy_headers=False)
        return 0
    # Migrations and demo data are done above, once; each worker process only builds the app. The
    # embedded outbox workers share the work safely (claims use SKIP LOCKED and leases).
    serve_workers("plugin.web.app:app_from_env", args.workers, args.host, args.port)
    return 0


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="recourse", description="Returns, refunds and cancellations plugin")
    commands = root.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="migrate, seed demo data when empty, serve HTTP and deliver the outbox")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--no-demo", action="store_true", help="do not seed demo shops into an empty database")
    serve.add_argument("--no-emulator", action="store_true",
                       help="no Shopify emulator: shopify shops talk to Shopify itself (or RECOURSE_SHOPIFY_ORIGIN)")
    serve.add_argument("--workers", type=_positive_int, default=1,
                       help="web processes sharing the port (uvicorn's process manager); use PostgreSQL for more than one")
    serve.add_argument("--proxy-headers", action="store_true",
                       help="behind a proxy or load balancer: take the client's address from X-Forwarded-For "
                            "(only from --forwarded-allow-ips; the rightmost hop that is not a trusted proxy)")
    serve.add_argument("--forwarded-allow-ips", metavar="IPS",
                       help="comma-separated addresses or networks of the proxies to believe, or '*' for any peer "
                            "(never an address inside the header); default 127.0.0.1")

    worker = commands.add_parser("worker", help="deliver outbox messages (emails and outbound webhooks) with retries")
    worker.add_argument("--once", action="store_true", help="deliver what is due now, then exit (for cron)")
    worker.add_argument("--batch", type=_positive_int, default=50, help="messages claimed at a time")
    worker.add_argument("--poll", type=_seconds, default=5.0, help="seconds between polls when idle")

    commands.add_parser("migrate", help="apply database migrations")
    commands.add_parser("schema", help="write graphql/admin.graphql and graphql/storefront.graphql from the code")

    shop = commands.add_parser("shop", help="manage shops").add_subparsers(dest="shop_command", required=True)
    add = shop.add_parser("add", help="install the plugin for a shop; prints its API key and secret")
    add.add_argument("--domain", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--currency", default="USD")
    add.add_argument("--country", default="US")
    add.add_argument("--timezone", default="UTC")
    add.add_argument("--locale", default="en")
    add.add_argument("--support-email")
    add.add_argument("--shopify", action="store_true",
                     help="a Shopify store: refunds, cancellations and returns are carried out through its Admin API")
    add.add_argument("--api-key", help="with --shopify: the Shopify app's client id (the secret: SHOPIFY_API_SECRET)")

    policy = commands.add_parser("policy", help="check, render and explain policy documents")
    add_policy_commands(policy.add_subparsers(dest="policy_command", required=True))

    add_import_command(commands)
    add_analytics_command(commands)

    token = commands.add_parser("token", help="print a token for local use")
    token.add_argument("kind", choices=["admin", "customer", "storefront-private"],
                       help="storefront-private: the token a storefront's server sends with its buyer's IP address")
    token.add_argument("--shop", required=True, help="shop domain")
    token.add_argument("--email", help="customer email (customer tokens)")
    token.add_argument("--ttl", type=int, default=3600, help="lifetime in seconds")
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    settings = Settings.from_env()
    if args.command == "serve":
        return _serve(settings, args)
    if args.command == "worker":
        return _run(_worker(settings, args))
    if args.command == "migrate":
        return _run(_migrate(settings))
    if args.command == "schema":
        from plugin.api.export import write

        for path in write():
            print(f"wrote {path}")
        return 0
    if args.command == "shop":
        return _run(_shop_add(settings, args))
    if args.command == "policy":
        return args.policy_handler(args)
    if args.command == "import":
        if not (args.products or args.orders):
            parser().error("import needs --products and/or --orders")
        from plugin.cli.import_shop import run

        return _run(run(settings.database_url, args))
    if args.command == "analytics-rebuild":
        from plugin.cli.analytics import run as rebuild_analytics

        return _run(rebuild_analytics(settings.database_url, args))
    if args.command == "token":
        if args.kind == "customer" and not args.email:
            parser().error("customer tokens need --email")
        if args.kind == "customer" and args.ttl > 24 * 3600:
            parser().error("customer tokens live at most 24 hours (--ttl 86400)")
        return _run(_token(settings, args))
    return 2

