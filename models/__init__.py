"""Tortoise models, one module per aggregate. Nothing here imports from `plugin`."""

MODEL_MODULES = [
    "models.shop",
    "models.catalog",
    "models.customer",
    "models.order",
    "models.webhook",
    "models.policy",
    "models.returns",
    "models.reasons",
    "models.refund",
    "models.platform_refund",
    "models.audit",
    "models.outbox",
    "models.idempotency",
    "models.risk",
    "models.ratelimit",
    "models.shopify_grant",
    "models.exchange",
    "models.analytics",
]

# Model classes carry comments, not docstrings: Tortoise copies a model's docstring into the DDL as
# a table comment without escaping it, and an apostrophe then breaks the migration on SQLite.
