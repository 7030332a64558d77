"""Which adapter carries out a shop's operations, by `Shop.platform`."""

from __future__ import annotations

from plugin.platform.manual import ManualPlatform
from plugin.platform.sender import Adapters
from plugin.platform.shopify_admin import shopify_platform
from plugin.process.settings import Settings


def adapters(settings: Settings) -> Adapters:
    """The adapters this process has. A platform without one here leaves its rows FAILED with a
    sentence saying so (and a Retry once a process that has it runs)."""
    return {"manual": ManualPlatform, "shopify": lambda shop: shopify_platform(shop, settings)}
