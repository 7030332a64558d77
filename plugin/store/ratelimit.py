"""Rate limits: a sliding window per key, counted in the database so every process sees the same hits.

Each key counts hits in fixed windows (one row per key and window); the estimate for "the last
`window` seconds" is the current window's hits plus the previous window's, weighted by how much of it
still lies inside the sliding window (the sliding-window counter of Cloudflare's and Redis's write-ups).
A hit over the limit is refused and still counted, so hammering keeps a client out. Old rows are
deleted now and then by whoever counts.

The limits (README, "Limits"), each keyed by who is asking, so that nobody spends what another is owed:
- guest lookups (an order or a return by name/id + email, every alias counts): per client address
  (its /64 for IPv6; plugin.values.client_address); and the wrong guesses at one order name of a shop, at
  ten times what one address may try, so that one caller's bad guesses never lock the order's owner out;
- mutation fields (every alias counts, refused work too): per caller (a customer by token, a staff
  member by session, a guest by client address), and per shop a ceiling far above one caller's
  budget, which only work a caller's own budget allowed is counted against.
"""

from __future__ import annotations

import hashlib
import math
import random
import time
from dataclasses import dataclass
from typing import ClassVar

from graphql import GraphQLError
from tortoise.connection import get_connection


@dataclass(frozen=True)
class Limit:
    name: str
    hits: int  # allowed per window
    window: int  # seconds
    # Rows of every limit share one table and the cleanup cannot tell whose a row is: it keeps twice the
    # longest window of any limit made (an hour's upload counts outlive a 10-minute lookup's cleanup).
    longest: ClassVar[int] = 0

    def __post_init__(self) -> None:
        Limit.longest = max(Limit.longest, self.window)


@dataclass(frozen=True)
class Budget:
    """A mutation budget: what one caller may spend, and the shop's ceiling over all its callers."""

    per_caller: Limit
    per_shop: Limit


GUEST_LOOKUPS_PER_CLIENT = Limit("guest lookups per client address", 100, 600)
WRONG_GUESSES_PER_ORDER = Limit("wrong guesses per order name", 1000, 600)
STOREFRONT_MUTATIONS = Budget(Limit("storefront mutations per caller", 120, 60),
                              Limit("storefront mutations per shop", 12_000, 60))
ADMIN_MUTATIONS = Budget(Limit("admin mutations per staff member", 1200, 60),
                         Limit("admin mutations per shop", 12_000, 60))
_CLEANUP_CHANCE = 0.01


class RateLimited(GraphQLError):
    """Too many hits: the request answers 429 with Retry-After (set by `enforce`)."""

    def __init__(self, limit: Limit, retry_after: int) -> None:
        super().__init__(
            f"Too many requests: {limit.name} is limited to {limit.hits} per {limit.window} s; retry in {retry_after} s",
            extensions={"code": "RATE_LIMITED", "retryAfter": retry_after},
        )
        self.retry_after = retry_after


def _key(limit: Limit, subject: str) -> str:
    # Hashed: keys carry client addresses and order names, which need not sit in a table in clear.
    return f"{limit.name[:40]}:{hashlib.sha256(subject.encode()).hexdigest()}"


def _numbered(conn):
    """Numbered placeholders of the connection's dialect: $1 / ?1, which may repeat in a statement."""
    return (lambda i: f"${i}") if conn.capabilities.dialect == "postgres" else (lambda i: f"?{i}")


async def _count(key: str, window_start: int, previous_start: int, n: int, now: float) -> tuple[int, int]:
    """Add `n` hits to the key's current window; give its hits now and the previous window's."""
    conn = get_connection("default")
    p = _numbered(conn)
    # One statement that adds, reads back and reads the previous window's count (a subquery in
    # RETURNING, which both databases take): concurrent hits never read the same count, and a guest
    # lookup's two limits cost two round trips, not four.
    rows = await conn.execute_query_dict(
        f"INSERT INTO rate_counter (key, window_start, hits) VALUES ({p(1)}, {p(2)}, {p(3)}) "
        f"ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_counter.hits + excluded.hits "
        f"RETURNING hits, (SELECT previous.hits FROM rate_counter previous "
        f"WHERE previous.key = {p(1)} AND previous.window_start = {p(4)}) AS previous",
        [key, window_start, n, previous_start],
    )
    current = int(rows[0]["hits"])
    previous = int(rows[0]["previous"] or 0)
    if random.random() < _CLEANUP_CHANCE:
        await conn.execute_query(f"DELETE FROM rate_counter WHERE window_start < {p(1)}",
                                 [int(now) - 2 * Limit.longest])
    return current, previous


def _retry_after(limit: Limit, current: int, previous: int, elapsed: float) -> int:
    """Seconds until one more hit fits under the limit, if nobody hits meanwhile."""
    w = limit.window
    # Later in this window: the previous window's weight falls as it slides out.
    if previous and current + 1 <= limit.hits:
        fraction = 1 - (limit.hits - 1 - current) / previous
        return max(1, math.ceil(fraction * w - elapsed))
    # In the next window, this one becomes the previous and slides out in turn.
    fraction = 1 - (limit.hits - 1) / current if current else 0
    return max(1, math.ceil(w - elapsed + fraction * w))


async def _read(key: str, window_start: int, previous_start: int) -> tuple[int, int]:
    """The key's hits in its current and previous windows, adding none."""
    conn = get_connection("default")
    p = _numbered(conn)
    rows = await conn.execute_query_dict(
        f"SELECT window_start, hits FROM rate_counter WHERE key = {p(1)} AND window_start IN ({p(2)}, {p(3)})",
        [key, window_start, previous_start],
    )
    hits = {int(row["window_start"]): int(row["hits"]) for row in rows}
    return hits.get(window_start, 0), hits.get(previous_start, 0)


def _judge(limit: Limit, now: float, start: int, current: int, previous: int) -> None:
    elapsed = now - start
    estimate = previous * (limit.window - elapsed) / limit.window + current
    if estimate > limit.hits:
        raise RateLimited(limit, _retry_after(limit, current, previous, elapsed))


async def hit(limit: Limit, subject: str, n: int = 1, *, now: float | None = None) -> None:
    """Count `n` hits of `subject` under `limit`; raises RateLimited once they are over it."""
    now = time.time() if now is None else now
    start = int(now // limit.window) * limit.window
    current, previous = await _count(_key(limit, subject), start, start - limit.window, n, now)
    _judge(limit, now, start, current, previous)


async def check(limit: Limit, subject: str, *, now: float | None = None) -> None:
    """Raise RateLimited if one more hit of `subject` would be over `limit`, counting nothing."""
    now = time.time() if now is None else now
    start = int(now // limit.window) * limit.window
    current, previous = await _read(_key(limit, subject), start, start - limit.window)
    _judge(limit, now, start, current + 1, previous)


def _answer_429(context, exc: RateLimited) -> None:
    if context.response is not None:
        context.response.status_code = 429
        context.response.headers["Retry-After"] = str(exc.retry_after)


async def enforce(context, limit: Limit, subject: str, n: int = 1) -> None:
    """`hit`, and on refusal make the HTTP answer a 429 with Retry-After (GraphQL keeps the error)."""
    if not context.settings.rate_limits:
        return
    try:
        await hit(limit, subject, n)
    except RateLimited as exc:
        _answer_429(context, exc)
        raise


def caller_key(context) -> str:
    """Who spends a mutation budget: the staff member or the customer a token names, else the
    client's address (for a storefront's server, the buyer's it vouched for)."""
    if context.staff is not None:
        return f"{context.shop.id}:{context.staff}"
    if context.customer is not None:
        return f"{context.shop.id}:customer:{context.customer.id}"
    return f"address:{context.address}"


async def spend_mutations(context, budget: Budget, fields: int) -> None:
    """Count a request's mutation fields against its caller, then, only if the caller may spend
    them, against the shop's ceiling: a caller refused for its own excess costs the shop nothing."""
    await enforce(context, budget.per_caller, caller_key(context), fields)
    await enforce(context, budget.per_shop, str(context.shop.id), fields)


def _order_subject(context, order_name: str) -> str:
    return f"{context.shop.id}:{order_name.lower()}"


async def guest_attempt(context) -> None:
    """One guess by a guest (an order or a return by name or id + email or phone), counted against
    the client's address before anything is read; `right_guess` gives it back once it was right."""
    await enforce(context, GUEST_LOOKUPS_PER_CLIENT, context.address)


async def right_guess(context) -> None:
    """A guest's lookup found what she asked for: the hit `guest_attempt` counted is given back, so a
    guest reading her own order (a quote at each change of her return form) spends nothing of her
    address's budget, which neighbours behind one address share. Counted first and given back after,
    a burst of guesses sent at once still meets the limit; a hit whose window ended meanwhile stays."""
    if not context.settings.rate_limits:
        return
    now = time.time()
    start = int(now // GUEST_LOOKUPS_PER_CLIENT.window) * GUEST_LOOKUPS_PER_CLIENT.window
    conn = get_connection("default")
    p = _numbered(conn)
    await conn.execute_query(
        f"UPDATE rate_counter SET hits = hits - 1 WHERE key = {p(1)} AND window_start = {p(2)} AND hits > 0",
        [_key(GUEST_LOOKUPS_PER_CLIENT, context.address), start])


async def guarded_order(context, order_name: str) -> None:
    """Refuse a guess at an order name that has had too many wrong ones, right or wrong alike (so a
    429 never tells a right guess from a wrong one). Counts nothing: only wrong guesses do."""
    if not context.settings.rate_limits:
        return
    try:
        await check(WRONG_GUESSES_PER_ORDER, _order_subject(context, order_name))
    except RateLimited as exc:
        _answer_429(context, exc)
        raise


async def guest_lookup(context, order_name: str) -> None:
    """Before a guest's lookup by order name: the client's guess is counted, the order's guard checked."""
    await guest_attempt(context)
    await guarded_order(context, order_name)


async def guess_answered(context, order_name: str, right: bool) -> None:
    """A guest's counted lookup has its answer: given back when right, a wrong guess at the order otherwise."""
    await (right_guess(context) if right else wrong_guess(context, order_name))


async def wrong_guess(context, order_name: str) -> None:
    """After a guest's lookup found nothing: one more wrong guess at the order name. Never refuses
    by itself (the answer is already 'not found'); the next guess meets the guard."""
    if context.settings.rate_limits:
        now = time.time()
        start = int(now // WRONG_GUESSES_PER_ORDER.window) * WRONG_GUESSES_PER_ORDER.window
        await _count(_key(WRONG_GUESSES_PER_ORDER, _order_subject(context, order_name)), start,
                     start - WRONG_GUESSES_PER_ORDER.window, 1, now)
