"""Anonymous attackers for tests/hardening/test_under_attack.py, run as their own process so that
their CPU is not the server's nor the customer's: N concurrent callers, each from its own loopback
address (127.0.1.x: all of 127.0.0.0/8 reaches the server), sending fragment-spread explosions (a new
text each time, so no cache helps) and aliased refusals, until the time is up. Prints the status
codes they got, as JSON.

    python -m tests.hardening.attackers URL SHOP_DOMAIN ATTACKERS SECONDS
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections import Counter

import httpx

CANCEL_NOTHING = "mutation { " + " ".join(
    f'a{i}: returnCancel(id: "gid://recourse/Return/999999") {{ userErrors {{ code }} }}' for i in range(30)) + " }"


def doubling(levels: int, prefix: str) -> str:
    parts = [f"query{{...{prefix}0}}"]
    parts += [f"fragment {prefix}{i} on Query{{...{prefix}{i + 1} ...{prefix}{i + 1} shop{{name}}}}" for i in range(levels)]
    parts.append(f"fragment {prefix}{levels} on Query{{shop{{name}}}}")
    return " ".join(parts)


async def attacker(url: str, domain: str, n: int, until: float, seen: Counter) -> None:
    transport = httpx.AsyncHTTPTransport(local_address=f"127.0.1.{n + 1}")
    async with httpx.AsyncClient(base_url=url, transport=transport, timeout=60,
                                 headers={"X-Shop-Domain": domain}) as http:
        round_ = 0
        while time.monotonic() < until:
            for query in (doubling(20, f"A{n}x{round_}x"), CANCEL_NOTHING):
                try:
                    seen[(await http.post("/storefront/graphql", json={"query": query})).status_code] += 1
                except httpx.HTTPError as exc:
                    seen[type(exc).__name__] += 1
            round_ += 1


async def main(url: str, domain: str, count: int, seconds: float) -> None:
    seen: Counter = Counter()
    until = time.monotonic() + seconds
    await asyncio.gather(*(attacker(url, domain, n, until, seen) for n in range(count)))
    print(json.dumps({str(k): v for k, v in seen.items()}))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])))
