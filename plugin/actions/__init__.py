"""The use cases. The exchange and store credit bodies listen on plugin.actions.exchange_hooks;
importing them here registers them wherever any action runs."""

from plugin.actions import exchange_outcomes, exchanges, store_credit, store_credit_platform  # noqa: F401  (listeners)
