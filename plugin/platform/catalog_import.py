"""The catalogue and orders a shop already has, imported in Shopify's own JSON shapes.

Products come through `products/*` webhooks only when created or changed, so after install a shop's
existing final-sale items would stay returnable, silently. Importing them (and recent orders) at
install, from the admin mutation or from an export on the command line, closes that gap. Products go
first, so the orders' lines find them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from pydantic import ValidationError

from models.shop import Shop
from plugin.platform import shopify
from plugin.platform.catalog import upsert_product
from plugin.actions.errors import ActionError
from plugin.platform.orders import import_order


@dataclass
class ImportProblem:
    field: list[str]
    message: str
    code: str = "INVALID"


@dataclass
class ImportReport:
    products: Counter = field(default_factory=Counter)  # outcome name -> count
    orders: Counter = field(default_factory=Counter)
    problems: list[ImportProblem] = field(default_factory=list)


def parse(kind: str, documents: Iterable[object]) -> tuple[list, list[ImportProblem]]:
    """Validate every document first: the mutation writes nothing unless all of them are good."""
    model = shopify.Product if kind == "products" else shopify.Order
    parsed, problems = [], []
    for index, document in enumerate(documents):
        try:
            parsed.append(model.model_validate(document))
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                where = [kind, str(index), *(str(p) for p in error["loc"])]
                problems.append(ImportProblem(where, error["msg"].removeprefix("Value error, ")))
    return parsed, problems


async def import_catalogue(
    shop: Shop, products: list[shopify.Product], orders: list[shopify.Order],
    progress: Callable[[], None] | None = None,
) -> ImportReport:
    """Apply parsed products, then orders; each in its own transaction, an older copy never wins.
    An order the platform's data contradicts (a fulfillment of a line it lacks) is reported, not fatal."""
    report = ImportReport()
    for product in products:
        report.products[(await upsert_product(shop, product)).value] += 1
        if progress:
            progress()
    for index, order in enumerate(orders):
        try:
            report.orders[(await import_order(shop, order)).outcome.value] += 1
        except ActionError as exc:
            report.problems.append(ImportProblem(["orders", str(index), *exc.field], exc.message, exc.code))
        if progress:
            progress()
    return report
