"""Serving the emulator over real HTTP (uvicorn on a free 127.0.0.1 port) inside the caller's event
loop: tests talk to it through sockets, timeouts and all, as the client talks to Shopify."""

from __future__ import annotations

import asyncio
import contextlib
import socket

import uvicorn


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.asynccontextmanager
async def serving(emulator, port: int | None = None):
    """Yield the emulator's base URL while uvicorn serves it; shop origins are `<base>/shops/<domain>`."""
    port = port or free_port()
    config = uvicorn.Config(emulator.app, host="127.0.0.1", port=port, log_level="warning", lifespan="off",
                            timeout_graceful_shutdown=1)
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()  # the server failed to start: raise why
        await asyncio.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        server.force_exit = True
        await task
