"""Email delivery throughput to a local SMTP server: one connection per batch vs one per message.

Prints messages per second for the EmailSender reusing one SMTP connection for a batch (what the
worker does) and for a new connection per message (connect, EHLO, [TLS,] send, QUIT), and the ratio
of the two, measured in the same run. Not a timed test: a comparable figure, run by hand.

    .venv/bin/python bench/bench_email.py [--messages 300] [--batch 50] [--modes starttls,smtps,plain]

The server is aiosmtpd on a free local port, in a process of its own, accepting and counting every
message. The messages are real renders of the refund_issued template (an HTML and a text part,
about 3 KiB), built once beforehand, so the figures are SMTP's cost alone, not rendering's or the
database's.

Modes: `starttls` (smtp:// on a server that offers STARTTLS, as port 587 submission does), `smtps`
(TLS from the first byte, port 465 style) and `plain` (no TLS, like a local catcher). A message
costs MAIL, RCPT and DATA: three round trips and the server's work. A connection adds TCP, the
greeting, EHLO and QUIT, and with TLS a handshake with certificate verification against the system's
CA bundle, which aiosmtplib loads into a new TLS context for every connection: that is most of what
reuse saves. Plain SMTP over loopback gains little (round trips cost a fraction of a millisecond);
the target (at least 5x) is for TLS, which every real submission server requires.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import ssl
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from emails.render import render
from emails.send import EmailSender
from plugin.process.settings import Settings

TARGET = 5.0


class Counting:
    def __init__(self) -> None:
        self.messages = 0

    async def handle_DATA(self, server, session, envelope):
        self.messages += 1
        return "250 2.0.0 Accepted"


def free_port() -> int:
    import socket

    with socket.socket() as sock:  # aiosmtpd's Controller(port=0) cannot report its port
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, trusted by this process through SSL_CERT_FILE."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    return cert, key


def messages(count: int) -> list[EmailMessage]:
    context = {
        "lang": "en",
        "shop": {"name": "Alotrop", "support_email": "support@alotrop.com", "phone": None, "postal_address": None,
                 "opening_hours": None, "logo_url": None, "accent_color": "#008060", "signature": None},
        "customer": {"first_name": "Ava"}, "order": {"name": "#1001"},
        "refund": {
            "amount": {"amount": "85.00", "currency": "USD"},
            "breakdown": [{"description": f"Item {i}", "amount": {"amount": "8.50", "currency": "USD"}} for i in range(10)],
            "method_text": "your original payment method", "expected_from": "2026-03-02", "expected_to": "2026-03-09",
        },
    }
    rendered = render("refund_issued", context, "en")
    built = []
    for i in range(count):
        email = EmailMessage()
        email["Subject"] = rendered.subject
        email["From"] = "Alotrop <returns@alotrop.example>"
        email["To"] = f"customer{i}@example.com"
        email["Message-ID"] = f"<bench-{i}@recourse>"
        email.set_content(rendered.text)
        email.add_alternative(rendered.html, subtype="html")
        built.append(email)
    return built


async def reuse(settings: Settings, batch: list[EmailMessage], size: int) -> None:
    for start in range(0, len(batch), size):
        async with EmailSender(settings) as sender:  # what the worker does: one session per batch
            for email in batch[start:start + size]:
                assert (await sender.send_email(email)).outcome == "SENT"


async def per_message(settings: Settings, batch: list[EmailMessage]) -> None:
    for email in batch:
        async with EmailSender(settings) as sender:
            assert (await sender.send_email(email)).outcome == "SENT"


async def measure(url: str, batch: list[EmailMessage], size: int) -> tuple[float, float]:
    settings = Settings(smtp_url=url)
    await reuse(settings, batch[:10], size)  # warm up both paths
    await per_message(settings, batch[:10])
    started = time.perf_counter()
    await reuse(settings, batch, size)
    reused = len(batch) / (time.perf_counter() - started)
    started = time.perf_counter()
    await per_message(settings, batch)
    single = len(batch) / (time.perf_counter() - started)
    return reused, single


def serve(mode: str, port: int, cert: str, key: str) -> None:
    """The SMTP server, in a process of its own (in a thread of this one it would share the GIL with
    the client and measure the interpreter's thread switching as much as SMTP)."""
    from aiosmtpd.smtp import SMTP

    handler = Counting()
    context = None
    if mode != "plain":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)

    def protocol() -> SMTP:
        # A fixed hostname: no reverse DNS lookup per connection.
        return SMTP(handler, hostname="bench.local", tls_context=context if mode == "starttls" else None)

    async def run() -> None:
        server = await asyncio.get_running_loop().create_server(
            protocol, "127.0.0.1", port, ssl=context if mode == "smtps" else None)
        print("ready", flush=True)
        async with server:
            await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until the parent closes it
        print(handler.messages, flush=True)

    asyncio.run(run())


class Server:
    def __init__(self, mode: str, cert: Path, key: Path) -> None:
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--serve", mode, str(self.port), str(cert), str(key)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        assert self.process.stdout.readline().strip() == "ready"
        self.url = {"plain": f"smtp://127.0.0.1:{self.port}?starttls=false",
                    "starttls": f"smtp://127.0.0.1:{self.port}?starttls=true",
                    "smtps": f"smtps://127.0.0.1:{self.port}"}[mode]

    def stop(self) -> int:
        """Stops the server; gives the number of messages it accepted."""
        out, _ = self.process.communicate("", timeout=30)
        return int(out.strip())


def main() -> int:
    if sys.argv[1:2] == ["--serve"]:
        serve(*sys.argv[2:6])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--batch", type=int, default=50, help="messages per connection when reusing (the worker's batch)")
    parser.add_argument("--modes", default="starttls,smtps,plain")
    args = parser.parse_args()
    batch = messages(args.messages)
    size = len(bytes(batch[0]))
    print(f"{args.messages} messages of {size / 1024:.1f} KiB (HTML + text), batches of {args.batch}, to aiosmtpd on 127.0.0.1")
    ratios = {}
    with tempfile.TemporaryDirectory() as scratch:
        cert, key = certificate(Path(scratch))
        # The client trusts what it trusts in production, the system's CA bundle, plus this server's
        # certificate: aiosmtplib loads it into a new TLS context for every connection it opens.
        trusted = Path(scratch) / "trusted.pem"
        system = ssl.get_default_verify_paths().cafile
        trusted.write_bytes((Path(system).read_bytes() if system and Path(system).exists() else b"") + cert.read_bytes())
        os.environ["SSL_CERT_FILE"] = str(trusted)
        for mode in args.modes.split(","):
            server = Server(mode, cert, key)
            try:
                reused, single = asyncio.run(measure(server.url, batch, args.batch))
            finally:
                accepted = server.stop()
            assert accepted == 2 * (len(batch) + 10), f"the server accepted {accepted} messages"
            ratios[mode] = reused / single
            print(f"  {mode:9} reuse {reused:7.0f} msg/s   one connection per message {single:6.0f} msg/s   "
                  f"ratio {reused / single:4.1f}x")
    tls = [ratio for mode, ratio in ratios.items() if mode != "plain"]
    if tls:
        verdict = "met" if min(tls) >= TARGET else "NOT met"
        print(f"target: reuse at least {TARGET:g}x one-per-message over TLS: {verdict} (lowest {min(tls):.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
