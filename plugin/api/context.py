"""What every resolver may know about the request: who is calling, and the request's loaders."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from starlette.requests import Request
from starlette.responses import Response

from models.customer import Customer
from models.shop import Shop
from plugin.actions.facts import OrderReads
from plugin.api.loaders import Loaders
from plugin.i18n.sentences import best_language
from plugin.process.settings import Settings


@dataclass
class Context:
    request: Request
    response: Response | None
    shop: Shop
    customer: Customer | None = None
    staff: str | None = None
    address: str = "unknown"  # the client's rate-limit key (plugin.api.http: the peer, or a vouched-for buyer)
    loaders: Loaders = field(init=False)
    reads: OrderReads = field(init=False)

    def __post_init__(self) -> None:
        self.loaders = Loaders(self.shop.id)
        self.reads = OrderReads()

    @cached_property
    def lang(self) -> str:
        """The language of the engine's sentences (plugin.api.language): the customer's, from
        Accept-Language, on the storefront; English for staff."""
        return "en" if self.staff is not None else best_language(self.request.headers.get("accept-language"))

    @property
    def settings(self) -> Settings:
        return self.request.app.state.settings
