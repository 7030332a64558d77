"""`catalogImport`: what a shop already has, products and recent orders, in Shopify's JSON shapes."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from plugin.platform.catalog_import import import_catalogue, parse
from plugin.actions.errors import ActionError
from plugin.api.errors import UserError, refusals, user_error_code

MAX_ITEMS = 250


@strawberry.type
class ImportCounts:
    created: int = 0
    updated: int = 0
    stale: int = strawberry.field(default=0, description="Older than what is stored: nothing changed.")


@strawberry.type
class CatalogImportPayload:
    products: ImportCounts | None = None
    orders: ImportCounts | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


def _counts(counter) -> ImportCounts:
    return ImportCounts(created=counter["CREATED"], updated=counter["UPDATED"], stale=counter["STALE"])


@strawberry.type
class CatalogImportMutation:
    @strawberry.mutation(
        description="Import products (the JSON of Shopify's products API or products/create webhook) and orders "
        f"(as orders/create carries them), at most {MAX_ITEMS} of each per call; products first. Nothing is written "
        "if any item is malformed. Re-importing is safe: an older copy never overwrites a newer one."
    )
    @refusals()
    async def catalog_import(
        self, info: Info, products: list[JSON] | None = None, orders: list[JSON] | None = None,
    ) -> CatalogImportPayload:
        products, orders = products or [], orders or []
        for name, items in (("products", products), ("orders", orders)):
            if len(items) > MAX_ITEMS:
                raise ActionError("TOO_LONG", f"at most {MAX_ITEMS} per call", [name])
        parsed_products, problems = parse("products", products)
        parsed_orders, order_problems = parse("orders", orders)
        problems += order_problems
        if problems:
            return CatalogImportPayload(user_errors=[UserError(field=p.field, message=p.message, code=user_error_code(p.code))
                                                     for p in problems[:50]])
        report = await import_catalogue(info.context.shop, parsed_products, parsed_orders)
        return CatalogImportPayload(
            products=_counts(report.products), orders=_counts(report.orders),
            user_errors=[UserError(field=p.field, message=p.message, code=user_error_code(p.code)) for p in report.problems],
        )
