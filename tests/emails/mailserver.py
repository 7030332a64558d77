"""A real SMTP server for the email tests: aiosmtpd on a free local port, in its own thread.

`Mailbox` is the handler. It records every message it accepts (envelope and parsed content) and can
be told to answer DATA from a script ("451 ..." or "554 ..."), to refuse chosen recipients at RCPT,
or to hold a message open until released (a slow server, or one a worker dies talking to).
"""

from __future__ import annotations

import asyncio
import email
import socket
import threading
from collections import Counter
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default as default_policy

from aiosmtpd.controller import Controller

OK = "250 2.0.0 Message accepted"
HELD_TOO_LONG = "421 4.4.2 held past the test's deadline"


def free_port() -> int:
    # aiosmtpd's Controller(port=0) cannot report the port it got: pick one first.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.content, policy=default_policy)

    @property
    def message_id(self) -> str:
        return self.message["Message-ID"].strip().strip("<>")


@dataclass
class Mailbox:
    refuse: dict[str, str] = field(default_factory=dict)  # recipient -> RCPT reply, e.g. "550 5.1.1 no such user"
    script: list[str] = field(default_factory=list)  # DATA replies to give first, in order
    default: str = OK  # the DATA reply after the script
    hold: set[int] = field(default_factory=set)  # DATA commands (1-based) to hold until `release`
    hold_from: int | None = None  # hold the n-th DATA and every later one until `release`
    delay: float = 0.0  # seconds before answering DATA
    received: list[Received] = field(default_factory=list)  # accepted messages only
    answers: list[str] = field(default_factory=list)  # every DATA reply given
    sessions: list[object] = field(default_factory=list)  # one per SMTP connection that sent MAIL
    data_commands: int = 0
    greetings: int = 0  # EHLOs: one per connection
    release: threading.Event = field(default_factory=threading.Event)
    hold_limit: float = 60.0  # seconds a held message waits for `release` at most

    # --- aiosmtpd hooks (run in the server's thread) ---

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if not any(s is session for s in self.sessions):
            self.sessions.append(session)
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.data_commands += 1
        number = self.data_commands
        if number in self.hold or (self.hold_from is not None and number >= self.hold_from):
            # Held until a test releases it, or at most `hold_limit` seconds: a test that never does
            # (it failed before the release) then gets a temporary failure instead of a stuck server.
            deadline = asyncio.get_running_loop().time() + self.hold_limit
            while not self.release.is_set():
                if asyncio.get_running_loop().time() >= deadline:
                    self.answers.append(HELD_TOO_LONG)
                    return HELD_TOO_LONG
                await asyncio.sleep(0.01)
        if self.delay:
            await asyncio.sleep(self.delay)
        answer = self.script.pop(0) if self.script else self.default
        self.answers.append(answer)
        if answer.startswith("250"):
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return answer

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        self.greetings += 1
        session.host_name = hostname
        return responses

    # --- what the tests read ---

    def delivered(self) -> Counter:
        """Message-IDs accepted, with how often."""
        return Counter(r.message_id for r in self.received)

    def by_id(self) -> dict[str, Received]:
        return {r.message_id: r for r in self.received}


class MailServer:
    """aiosmtpd's Controller on a fixed port that can be stopped and started again (down, then up)."""

    def __init__(self, mailbox: Mailbox | None = None, port: int | None = None) -> None:
        self.mailbox = mailbox or Mailbox()
        self.port = port or free_port()
        self._controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}?starttls=false"

    def start(self) -> MailServer:
        self._controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        self.mailbox.release.set()
        if self._controller is not None:
            self._controller.stop()
            self._controller = None
