"""X-Forwarded-For, believed only as configured (`recourse serve --proxy-headers
--forwarded-allow-ips`): the request's client becomes the forwarded client when the peer is a trusted
proxy (plugin.values.client_address says which hop that is, and why)."""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from plugin.values.client_address import TrustedProxies, forwarded_client


class TrustedProxyHeaders:
    """ASGI middleware: the scope's client becomes the forwarded client when the peer is trusted."""

    def __init__(self, app: ASGIApp, trusted: TrustedProxies) -> None:
        self.app = app
        self.trusted = trusted

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and scope.get("client"):
            peer = scope["client"][0]
            values = [v.decode("latin-1") for k, v in scope.get("headers", ()) if k == b"x-forwarded-for"]
            hops = [hop for value in values for hop in value.split(",") if hop.strip()]
            if hops:
                client = forwarded_client(peer, hops, self.trusted)
                if client != peer:
                    scope = dict(scope, client=(client, 0))
        await self.app(scope, receive, send)
