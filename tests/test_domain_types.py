"""The API's ReturnAddress is the policy engine's, field for field: the GraphQL type reads the decision's
stored address (plugin.policy.decision_data), so a field added to the engine's dataclass and not to
the type, or renamed in one only, fails here instead of vanishing from the contract or raising a
KeyError on a stored decision."""

from __future__ import annotations

import dataclasses

from plugin.api.policy_types import ReturnAddress as ApiReturnAddress
from plugin.policy.decision import ReturnAddress

# The contract's names where they differ from the engine's (Shopify's countryCode; lines as printed).
RENAMED = {"country": "country_code", "lines": "formatted"}


def test_the_api_return_address_has_every_field_of_the_engines():
    engine = [RENAMED.get(field.name, field.name) for field in dataclasses.fields(ReturnAddress)]
    api = [field.name for field in dataclasses.fields(ApiReturnAddress)]
    assert api == engine


def test_a_stored_address_reads_back_whole():
    address = ReturnAddress(recipient="Returns", address1="1 Dock Rd", address2="Unit 4", city="Leeds", province="WYK",
                            zip="LS1 1AA", country="GB", phone="+44 113 000", lines=("Returns", "1 Dock Rd", "Leeds"))
    stored = dataclasses.asdict(address)
    read = ApiReturnAddress.from_data(stored)
    for field in dataclasses.fields(ReturnAddress):
        value = getattr(read, RENAMED.get(field.name, field.name))
        assert (tuple(value) if isinstance(value, list) else value) == getattr(address, field.name), field.name
