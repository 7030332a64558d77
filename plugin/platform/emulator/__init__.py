"""A local Shopify Admin API (version 2026-10) for tests and the demo: never used for a real shop.

It validates every document against an SDL fixture of the Admin API types Recourse uses (see
admin_2026_10.graphql for the reference pages each comes from), keeps orders, transactions,
refunds, returns and inventory in memory, answers in Shopify's shapes with its userErrors, charges
calculated query cost against a leaky bucket (THROTTLED when empty), honours @idempotent(key:), and
fails on demand (faults.py).

    emulator = Emulator()
    emulator.add_shop("demo.myshopify.com", client_id, client_secret)
    emulator.add_order("demo.myshopify.com", "1001", name="#1001", lines=[...], fulfilled=True)
    async with serving(emulator) as base_url: ...   # real HTTP on 127.0.0.1
"""

from plugin.platform.emulator.app import VERSION, Emulator
from plugin.platform.emulator.faults import Fault
from plugin.platform.emulator.server import serving

__all__ = ["VERSION", "Emulator", "Fault", "serving"]
