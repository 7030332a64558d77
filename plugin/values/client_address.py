"""Who is on the other end: the client's address, behind proxies only when told so, and the key the
rate limits count it under. Pure: the middleware that applies it is plugin.web.forwarded.

uvicorn trusts `X-Forwarded-For` from 127.0.0.1 unless told otherwise, and with
`--forwarded-allow-ips='*'` takes the leftmost entry, which the client writes itself: a client could
then dodge every limit or spend a victim's. So `recourse serve` runs uvicorn without its proxy
handling and plugin.web.forwarded does it, off unless `--proxy-headers` is given: only a peer in
`--forwarded-allow-ips` is believed, and the client is the rightmost entry that is not a trusted
proxy (what the nearest trusted hop saw). `*` trusts any peer as the one proxy in front, never an
address written inside the header.

An IPv6 client is keyed by its /64: one host is given a whole /64, so keying the full address would
give it 2^64 keys.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address in `text` (an IPv4-mapped IPv6 address read as the IPv4 one), or None."""
    try:
        address = ipaddress.ip_address(text.strip().removeprefix("[").removesuffix("]"))
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def rate_key(host: str) -> str:
    """The key a client address is counted under: an IPv4 address, or an IPv6 address's /64."""
    address = ip(host)
    if address is None:
        return host[:64]
    if isinstance(address, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


@dataclass(frozen=True)
class TrustedProxies:
    networks: tuple[Network, ...] = ()
    any_peer: bool = False  # `*`: whoever connects is the proxy

    @classmethod
    def parse(cls, spec: str) -> TrustedProxies:
        """`127.0.0.1,10.0.0.0/8` or `*`; raises ValueError naming a bad entry."""
        entries = [entry.strip() for entry in spec.split(",") if entry.strip()]
        if entries == ["*"]:
            return cls(any_peer=True)
        networks = []
        for entry in entries:
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                raise ValueError(f"--forwarded-allow-ips: {entry!r} is not an IP address or network") from None
        return cls(tuple(networks))

    def listed(self, host: str) -> bool:
        address = ip(host)
        return address is not None and any(address in network for network in self.networks)

    def peer(self, host: str) -> bool:
        return self.any_peer or self.listed(host)


def forwarded_client(peer: str, forwarded_for: list[str], trusted: TrustedProxies) -> str:
    """The client a request from `peer` stands for, given its X-Forwarded-For entries (left to
    right): walking from the right, past every trusted proxy, to the first hop that is not one."""
    if not trusted.peer(peer):
        return peer
    client = peer
    for hop in reversed(forwarded_for):
        if ip(hop) is None:
            break  # garbage in the chain: keep the last address a trusted hop vouched for
        client = hop.strip()
        if not trusted.listed(client):
            break
    return client
