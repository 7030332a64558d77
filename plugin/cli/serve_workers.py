"""`recourse serve --workers N`: uvicorn's process manager over one listening socket, bound so that
every connection gets TCP_NODELAY.

uvicorn binds the shared listener itself with the protocol number left at 0 (uvicorn issue #3149,
open). Accepted connections inherit it, and asyncio turns Nagle's algorithm off only for sockets
that say IPPROTO_TCP; so each response's body waited for the client's delayed ACK, about 40 ms a
request on a keep-alive connection (measured here: 0.5 ms with one process, 44 ms with two). The
listener is therefore re-declared as TCP before the workers inherit it.
"""

from __future__ import annotations

import socket

import uvicorn
from uvicorn.supervisors import Multiprocess


class _TcpListenerConfig(uvicorn.Config):
    def bind_socket(self) -> socket.socket:
        sock = super().bind_socket()
        if sock.family not in (socket.AF_INET, socket.AF_INET6):
            return sock  # a unix socket: no Nagle to turn off
        tcp = socket.socket(sock.family, sock.type, socket.IPPROTO_TCP, fileno=sock.detach())
        tcp.set_inheritable(True)
        return tcp


def serve_workers(app: str, workers: int, host: str, port: int) -> None:
    """Run `app` (an app factory's import path) in `workers` processes sharing host:port."""
    # uvicorn's own proxy handling off: the app does it when asked (plugin.web.forwarded).
    config = _TcpListenerConfig(app, factory=True, workers=workers, host=host, port=port, log_config=None,
                                proxy_headers=False)
    Multiprocess(config, sockets=[config.bind_socket()]).run()
