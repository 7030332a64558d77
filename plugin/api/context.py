"""What every resolver may know about the request: who is calling, and the request's loaders."""

from __future__ import annotations

from dataclasses import dataclass, field

from starlette.requests import Request
from starlette.responses import Response

from models.customer import Customer
from models.shop import Shop
from plugin.actions.facts import OrderReads
from plugin.api.loaders import Loaders
from plugin.settings import Settings


@dataclass
class Context:
    request: Request
    response: Response | None
    shop: Shop
    customer: Customer | None = None
    staff: str | None = None
    loaders: Loaders = field(init=False)
    reads: OrderReads = field(init=False)

    def __post_init__(self) -> None:
        self.loaders = Loaders(self.shop.id)
        self.reads = OrderReads()

    @property
    def settings(self) -> Settings:
        return self.request.app.state.settings
