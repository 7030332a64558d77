"""Closed sets are enums from the database to the SDL: one module, the same members everywhere."""

import re
import typing

import pytest

from emails.render import KINDS
from models import enums
from models.refund import Refund
from models.returns import Return
from plugin.api.export import CONTRACT_DIR
from plugin.api.ids import from_gid
from plugin.policy import types as policy_types
from plugin.policy.reasons import EXCLUSION_CODES
from plugin.risk import assessment
from tests.helpers import admin, gql_ok, make_shop
from tests.lifecycle.builders import delivered_order, return_in

# The issue's own check: no status, reason, kind, level ... is a String in the contract.
STRINGLY = re.compile(r"(status|reason|kind|level|resolution|method|condition|recommendation|sentiment)s?: \[?String")


@pytest.mark.parametrize("name", ["admin.graphql", "storefront.graphql"])
def test_no_closed_set_is_a_string_in_the_sdl(name):
    sdl = (CONTRACT_DIR / name).read_text()
    assert [line for line in sdl.splitlines() if STRINGLY.search(line)] == []


@pytest.mark.parametrize("enum, literal", [
    (enums.ReturnReason, policy_types.ReturnReason),
    (enums.ConditionItem, policy_types.ConditionItem),
    (enums.RiskAssessmentResult, assessment.Level),
    (enums.RiskFactSentiment, assessment.Sentiment),
    (enums.RiskRecommendation, assessment.Recommendation),
])
def test_the_pure_engines_literals_are_the_enums_members(enum, literal):
    # plugin.policy and plugin.risk import nothing of the project, so they spell the sets as Literals.
    assert list(typing.get_args(literal)) == [member.value for member in enum]


def test_every_email_template_is_an_email_kind():
    assert [kind.value for kind in enums.EmailKind] == list(KINDS)


def test_a_clearance_item_has_its_own_refusal_code():
    assert EXCLUSION_CODES["CLEARANCE"] == "CLEARANCE_ITEM" != EXCLUSION_CODES["FINAL_SALE"]


def test_members_equal_their_strings():
    # Code and JSON written against the strings keep working.
    assert enums.ReturnStatus.OPEN == "OPEN" and f"{enums.EmailKind.REFUND_ISSUED}" == "refund_issued"


async def test_stored_values_come_back_as_members_and_leave_as_enum_names(client, db):
    shop = await make_shop()
    _, line = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line, "DECLINED")
    row = await Return.get(id=from_gid(rid, "Return")[1])
    assert row.status is enums.ReturnStatus.DECLINED and row.decline_reason is enums.ReturnDeclineReason.OTHER
    assert row.resolution is enums.ReturnResolution.REFUND
    query = "query($id: ID!) { return(id: $id) { status declineReason resolution shippingMethod lines { reason } } }"
    shown = gql_ok(await admin(client, shop, query, {"id": rid}))["return"]
    assert shown == {"status": "DECLINED", "declineReason": "OTHER", "resolution": "REFUND",
                     "shippingMethod": "CUSTOMER_SHIPPED", "lines": [{"reason": "UNWANTED"}]}
    # A value outside the set cannot be stored, whatever path tries.
    with pytest.raises(ValueError):
        await Refund.filter(id=0).update(status="DONE")
