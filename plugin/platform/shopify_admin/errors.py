"""What can go wrong talking to the Admin API, sorted by what the caller should do about it."""

from __future__ import annotations


class ShopifyError(Exception):
    """Base of the client's errors."""


class ShopifyUnavailable(ShopifyError):
    """May pass: 5xx, timeouts, connection failures, after the client's own retries. The caller
    (the outbox worker) tries again later with the same idempotency key."""

    def __init__(self, detail: str, retry_after: float | None = None) -> None:
        super().__init__(detail)
        self.detail, self.retry_after = detail, retry_after


class ShopifyAuthError(ShopifyError):
    """The shop's token was refused even after a refresh: the merchant must open the app again
    (a new session token gives a new offline token) or reinstall it."""


class ShopifyQueryError(ShopifyError):
    """Shopify refused the document itself (top-level `errors`: validation, a missing
    @idempotent, an idempotency key reused with other input). A bug on our side, not retried."""

    def __init__(self, errors: list) -> None:
        self.errors = errors
        super().__init__("; ".join(str(e.get("message", e)) if isinstance(e, dict) else str(e) for e in errors)[:2000])

    @property
    def codes(self) -> set[str]:
        return {(e.get("extensions") or {}).get("code") for e in self.errors if isinstance(e, dict)} - {None}
