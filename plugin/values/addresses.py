"""Where the server may send requests on a merchant's behalf: public internet addresses only.

A webhook URL is checked when it is saved and again at every delivery, against the addresses its
host resolves to at that moment (a name may be re-pointed, "DNS rebinding"). Every address must be a
global unicast one: no private, loopback, link-local (cloud metadata at 169.254.169.254), shared,
multicast, reserved or unspecified range, and no IPv4 hidden in an IPv6 form (::ffff:a.b.c.d, 6to4,
Teredo, NAT64 64:ff9b::/96 and 64:ff9b:1::/48, IPv4-compatible ::a.b.c.d, SIIT ::ffff:0:a.b.c.d): such an
address is judged as the IPv4 address it carries. Only the HTTPS ports in ALLOWED_PORTS are called
(any port on loopback in development), so a URL cannot aim a request at a database or mail server. Numeric spellings (2852039166, 0xa9fea9fe) are what the resolver makes of them, so they are
caught too. Loopback is allowed only in development, for a local receiver. The delivery then
connects to the very address it checked (plugin.jobs.outbound), so nothing can change between check and
connection.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from concurrent.futures import ThreadPoolExecutor

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# Names that only mean something inside a network (or to a cloud's metadata service).
PRIVATE_SUFFIXES = (".localhost", ".local", ".internal", ".localdomain", ".home.arpa", ".lan", ".intranet", ".corp")
RESOLVE_SECONDS = 5.0
_RESOLVER = ThreadPoolExecutor(4, thread_name_prefix="recourse-dns")
ALLOWED_PORTS = (443, 8443)
# IPv6 prefixes whose last 32 bits are an IPv4 address a gateway would reach (RFC 6052, 8215, 6145).
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"),
          ipaddress.ip_network("::ffff:0:0:0/96"))
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")  # deprecated ::a.b.c.d (:: and ::1 excepted)


class Forbidden(Exception):
    """The URL's host is, or resolves to, an address the server must not call; the message says why."""


class Unresolved(Exception):
    """The host does not resolve now (maybe for a while: DNS trouble is temporary)."""


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return address.ipv4_mapped
        if address.sixtofour is not None:
            return address.sixtofour
        if address.teredo is not None:
            return address.teredo[1]
        if any(address in prefix for prefix in _NAT64) or (address in _IPV4_COMPATIBLE and int(address) > 1):
            return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def address_problem(address: IPAddress, *, allow_loopback: bool) -> str | None:
    """Why the server must not connect to `address`, or None when it may."""
    inner = _embedded_ipv4(address)
    if inner is not None:
        return address_problem(inner, allow_loopback=allow_loopback)
    if address.is_loopback:
        return None if allow_loopback else "a loopback address (allowed only in development)"
    if address.is_multicast:
        return "a multicast address"
    if not address.is_global:
        return "a private, link-local or reserved address"
    return None


def host_problem(host: str, *, allow_loopback: bool) -> str | None:
    """What can be said of a host name before resolving it."""
    host = host.lower().rstrip(".")
    if host == "localhost":
        return None if allow_loopback else "localhost (allowed only in development)"
    if host.endswith(PRIVATE_SUFFIXES) or host.endswith(".localhost"):
        return "a name of a private network"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        if "." not in host:  # a single label resolves through the machine's search domains
            return "a name of a private network"
        return None
    return address_problem(address, allow_loopback=allow_loopback)


def port_problem(port: int, addresses: list[IPAddress]) -> str | None:
    """Why the server must not call `port` (of a host resolving to `addresses`), or None."""
    if port in ALLOWED_PORTS or (addresses and all(a.is_loopback for a in addresses)):
        return None
    return f"port {port} (webhooks go to port {' or '.join(map(str, ALLOWED_PORTS))})"


async def resolve(host: str, port: int) -> list[IPAddress]:
    try:
        # On threads of its own, not the loop's default executor (shared with other blocking work): a
        # slow resolver then holds only these, and nothing else waits behind it.
        infos = await asyncio.wait_for(asyncio.get_running_loop().run_in_executor(
            _RESOLVER, socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM, socket.IPPROTO_TCP), RESOLVE_SECONDS)
    except (OSError, UnicodeError, TimeoutError) as exc:
        raise Unresolved(f"{host} does not resolve: {exc}") from None
    found: list[IPAddress] = []
    for family, *_rest, sockaddr in infos:
        if family in (socket.AF_INET, socket.AF_INET6):
            address = ipaddress.ip_address(sockaddr[0].split("%")[0])
            if address not in found:
                found.append(address)
    if not found:
        raise Unresolved(f"{host} does not resolve")
    return found


async def public_addresses(host: str, port: int, *, allow_loopback: bool) -> list[IPAddress]:
    """The host's addresses, all of them allowed; raises Forbidden if any one is not (an attacker's
    name may answer a public address and a private one), Unresolved if there are none."""
    problem = host_problem(host, allow_loopback=allow_loopback)
    if problem:
        raise Forbidden(f"{host} is {problem}")
    if port not in ALLOWED_PORTS and not allow_loopback:
        raise Forbidden(f"{host}:{port} is {port_problem(port, [])}")
    try:
        addresses = await resolve(host, port)
    except Unresolved:
        if port not in ALLOWED_PORTS:  # only a receiver seen on this machine may use another port
            raise Forbidden(f"{host}:{port} is {port_problem(port, [])}") from None
        raise
    for address in addresses:
        problem = address_problem(address, allow_loopback=allow_loopback)
        if problem:
            raise Forbidden(f"{host} resolves to {address}, {problem}")
    problem = port_problem(port, addresses)
    if problem:
        raise Forbidden(f"{host}:{port} is {problem}")
    return addresses
