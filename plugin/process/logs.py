"""Structured logs: one JSON object a line, each carrying the request id it was written under."""

from __future__ import annotations

import contextvars
import json
import logging
import re
import secrets
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
access = logging.getLogger("recourse.access")


MAX_MESSAGE_CHARS = 2_000  # a log line never carries a caller's whole query (a 250 KB one was echoed)
MAX_EXCEPTION_CHARS = 8_000
# Email addresses are personal data: a log keeps the domain (enough to debug delivery), not the person.
_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
# URLs arrive percent-encoded (uvicorn's access line, GraphQL over GET): the characters that spell an
# email or a phone number are decoded first, so `jane%40example.com` is masked like `jane@example.com`.
_ENCODED = re.compile(r"%(40|2[BbEe0]|2[89]|2[Dd])")
# Credentials: a JWT anywhere, a bearer token, and the value of any query parameter named like one
# (`id_token`, `customer_token`, `api_key`, `hmac`...). The name stays, so the line still says what it was.
_JWT = re.compile(r"eyJ[\w-]*\.[\w-]+\.[\w-]*")
_BEARER = re.compile(r"(?i)\b(bearer\s+)[^\s\"',]+")
_SECRET_PARAM = re.compile(r"(?i)([?&;][\w.-]*(?:token|secret|key|signature|password|hmac|session)[\w.-]*=)[^&\s\"'#]*")
# Phone numbers: a run of 9 to 15 digits written with a leading + or with separators (bare digit runs
# are ids and stay); an ISO date with its hour is not one.
_PHONE = re.compile(r"(?<![\w@+])\+?\(?\d[\d ().-]{5,}\d(?![\w@])")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _phone(match: re.Match) -> str:
    found = match.group(0)
    digits = sum(c.isdigit() for c in found)
    separated = found.startswith("+") or any(c in found for c in " ().-")
    if not 9 <= digits <= 15 or not separated or _DATE.match(found):
        return found
    return "***phone***"


def scrub(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """`text` without credentials (tokens, token-like query values), email addresses (only their
    domain stays) or phone numbers, in plain or percent-encoded spelling, cut to `limit` characters
    (saying how much was cut)."""
    if "%" in text:
        text = _ENCODED.sub(lambda m: chr(int(m.group(1), 16)), text)
    text = _JWT.sub("***jwt***", text)
    text = _BEARER.sub(r"\1***", text)
    text = _SECRET_PARAM.sub(r"\1***", text)
    text = _EMAIL.sub(r"***@\1", text)
    text = _PHONE.sub(_phone, text)
    if len(text) > limit:
        text = f"{text[:limit]}... [{len(text) - limit} more characters]"
    return text


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "message": scrub(record.getMessage()),
            "request_id": getattr(record, "request_id", None) or request_id.get(),
        }
        entry.update({key: scrub(value) if isinstance(value, str) else value
                      for key, value in getattr(record, "fields", {}).items()})
        if record.exc_info:
            entry["exception"] = scrub(self.formatException(record.exc_info), MAX_EXCEPTION_CHARS)
        return json.dumps(entry, default=str)


def configure(level: str = "INFO") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)


class RequestIdMiddleware:
    """Takes the caller's X-Request-Id (bounded) or makes one; echoes it; logs the request once."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        rid = incoming if 0 < len(incoming) <= 64 and incoming.isprintable() else secrets.token_hex(8)
        token = request_id.set(rid)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", rid.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            access.info(
                "%s %s %s",
                scope["method"],
                scope["path"],
                status,
                extra={
                    "request_id": rid,
                    "fields": {"status": status, "duration_ms": round((time.perf_counter() - started) * 1000, 2)},
                },
            )
            request_id.reset(token)
