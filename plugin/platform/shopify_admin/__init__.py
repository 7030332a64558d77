"""Shopify: the Admin GraphQL client (client.py), the pinned version (version.py), offline tokens
(tokens.py), the documents we send (documents.py) and the port's implementation (adapter.py)."""

from plugin.platform.shopify_admin.adapter import ShopifyPlatform, shopify_platform
from plugin.platform.shopify_admin.version import API_VERSION

__all__ = ["API_VERSION", "ShopifyPlatform", "shopify_platform"]
