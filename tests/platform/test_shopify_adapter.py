"""The Shopify adapter of the platform port against the emulator over real HTTP, with the shop
connected by a real token exchange of its session token and the token stored encrypted."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from models.shopify_grant import ShopifyGrant
from plugin.api.auth import issue_session_token
from plugin.values.money import Money
from plugin.platform import port
from plugin.platform.emulator import Emulator, Fault, serving
from plugin.platform.shopify_admin import documents as d
from plugin.platform.shopify_admin import shopify_platform
from plugin.platform.shopify_admin.connect import connect
from plugin.process.settings import Settings
from tests.helpers import make_shop


def usd(amount: str) -> Money:
    return Money(Decimal(amount), "USD")


@pytest.fixture
async def world(db):
    shop = await make_shop("adapter.myshopify.com")
    shop.platform = "shopify"
    await shop.save(update_fields=["platform"])
    emulator = Emulator()
    emulator.add_shop(shop.domain, shop.api_key, shop.api_secret)
    emulator.add_order(shop.domain, "7001", name="#7001", shipping="5.00", fulfilled=True,
                       lines=[{"id": "71", "name": "Shirt", "sku": "SH-1", "quantity": 2, "price": "20.00"},
                              {"id": "72", "name": "Cap", "sku": "CP-1", "quantity": 1, "price": "15.00"}],
                       payments=[{"gateway": "shopify_payments", "amount": "40.00"}, {"gateway": "gift_card", "amount": "20.00"}])
    emulator.add_order(shop.domain, "7002", name="#7002", lines=[{"id": "73", "sku": "MUG", "quantity": 3, "price": "8.00"}])
    async with serving(emulator) as base:
        settings = Settings(database_url=db.url, shopify_origin=base + "/shops/{shop}", shopify_timeout=2.0)
        await connect(shop, issue_session_token(shop), settings)
        yield shop, emulator, settings


async def test_the_token_is_exchanged_and_stored_encrypted(world):
    shop, emulator, _ = world
    grant = await ShopifyGrant.get(shop_id=shop.id)
    issued = next(iter(emulator.tokens.by_access))
    assert grant.access_token != issued and issued not in grant.access_token and grant.refresh_token
    assert grant.expires_at is not None and "write_returns" in grant.scope


async def test_a_refund_is_split_over_the_payments_and_restocks_once(world):
    shop, emulator, settings = world
    request = port.RefundOrder(key="refund-1", order_id="7001", amount=usd("45.00"), shipping=usd("5.00"),
                               note="gid://recourse/Refund/9", refund_ref="gid://recourse/Refund/9",
                               lines=(port.RefundLine("71", 2, port.Restock.RETURN),))
    async with shopify_platform(shop, settings) as platform:
        first = await platform.refund_order(request)
        again = await platform.refund_order(request)  # the worker's retry of the same row
        record = await platform.read_order("7001")
    assert isinstance(first, port.Done) and again == first
    order = emulator.snapshot(shop.domain, "7001")
    assert [(t["kind"], t["gateway"], t["amount"]) for t in order["transactions"] if t["kind"] == "REFUND"] == [
        ("REFUND", "shopify_payments", "40.00"), ("REFUND", "gift_card", "5.00")]
    assert order["refunds"][0]["shipping"] == "5.00" and order["inventory"] == {"SH-1@1": 2}
    assert [r.id for r in record.refunds] == [first.platform_id] and record.refunds[0].amount == usd("45.00")
    assert record.restocked == (("gid://shopify/LineItem/71", 2),)


async def test_the_platforms_refusal_is_kept_word_for_word(world):
    shop, emulator, settings = world
    emulator.inject(Fault("user_error", operation="refundCreate", message="Order has already been refunded"))
    async with shopify_platform(shop, settings) as platform:
        refused = await platform.refund_order(port.RefundOrder(key="r-x", order_id="7001", amount=usd("10.00")))
        too_much = await platform.refund_order(port.RefundOrder(key="r-y", order_id="7001", amount=usd("60.01")))
    assert isinstance(refused, port.Refused) and refused.message == "Order has already been refunded"
    assert isinstance(too_much, port.Refused) and "60.01" in too_much.message
    assert emulator.snapshot(shop.domain, "7001")["refunds"] == []


async def test_an_outage_is_unavailable_and_the_retry_does_it_once(world):
    shop, emulator, settings = world
    emulator.set_down(shop.domain, True)
    request = port.RefundOrder(key="r-out", order_id="7001", amount=usd("10.00"))
    async with shopify_platform(shop, settings) as platform:
        platform.client._backoff = 0.01
        with pytest.raises(port.Unavailable):
            await platform.refund_order(request)
        emulator.set_down(shop.domain, False)
        emulator.inject(Fault("lost_answer", operation="refundCreate", delay=3.0))
        done = await platform.refund_order(request)
    assert isinstance(done, port.Done)
    assert len(emulator.snapshot(shop.domain, "7001")["refunds"]) == 1


async def test_an_unshipped_order_is_cancelled_with_refund_and_restock(world):
    shop, emulator, settings = world
    request = port.CancelOrder(key="c-1", order_id="7002", reason="CUSTOMER", refund=usd("24.00"), restock=True)
    async with shopify_platform(shop, settings) as platform:
        done = await platform.cancel_order(request)
        again = await platform.cancel_order(request)
        shipped = await platform.cancel_order(port.CancelOrder(key="c-2", order_id="7001", reason="CUSTOMER"))
    order = emulator.snapshot(shop.domain, "7002")
    assert isinstance(done, port.Done) and len(done.refund_ids) == 1 and isinstance(again, port.Done)
    assert order["cancelled"] and order["refunded"] == "24.00" and order["inventory"] == {"MUG@1": 3}
    assert len(order["refunds"]) == 1
    assert isinstance(shipped, port.Refused) and "fulfilled" in shipped.message


async def test_a_cancellation_keeping_a_fee_refunds_only_the_rest(world):
    shop, emulator, settings = world
    async with shopify_platform(shop, settings) as platform:
        done = await platform.cancel_order(port.CancelOrder(key="c-fee", order_id="7002", reason="CUSTOMER",
                                                            refund=usd("20.00")))
    order = emulator.snapshot(shop.domain, "7002")
    assert isinstance(done, port.Done) and order["cancelled"] and order["refunded"] == "20.00"


async def test_a_cancellation_waits_for_shopifys_job_and_reads_its_refund_back(world):
    # Shopify cancels in a background job: right after orderCancel the order is not cancelled yet
    # and has no refund; the adapter polls the job, then reads the refund the job made.
    shop, emulator, settings = world
    emulator.shops[shop.domain].cancel_job_seconds = 1.0
    request = port.CancelOrder(key="c-job", order_id="7002", reason="CUSTOMER", refund=usd("24.00"), restock=True)
    async with shopify_platform(shop, settings) as platform:
        done = await platform.cancel_order(request)
    order = emulator.snapshot(shop.domain, "7002")
    assert isinstance(done, port.Done) and order["cancelled"] and order["inventory"] == {"MUG@1": 3}
    assert [r["id"] for r in order["refunds"]] == [i.rsplit("/", 1)[-1] for i in done.refund_ids] and order["refunded"] == "24.00"
    assert (shop.domain, "job") in emulator.calls
    assert [name for _, name in emulator.calls].count("orderCancel") == 1


async def test_a_lost_cancellation_answer_waits_for_the_job_instead_of_cancelling_twice(world):
    shop, emulator, settings = world
    emulator.shops[shop.domain].cancel_job_seconds = 1.0
    emulator.inject(Fault("lost_answer", operation="orderCancel", delay=0.1))
    request = port.CancelOrder(key="c-lost", order_id="7002", reason="CUSTOMER", refund=usd("24.00"), restock=True)
    async with shopify_platform(shop, settings) as platform:
        platform.client._backoff = 0.01
        done = await platform.cancel_order(request)
    order = emulator.snapshot(shop.domain, "7002")
    assert isinstance(done, port.Done) and len(done.refund_ids) == 1, done
    assert order["cancelled"] and len(order["refunds"]) == 1 and order["refunded"] == "24.00"
    assert [name for _, name in emulator.calls].count("orderCancel") == 1


async def test_a_cancellation_job_still_running_is_unavailable_and_the_retry_finds_it_done(world, monkeypatch):
    from plugin.platform.shopify_admin import adapter

    shop, emulator, settings = world
    monkeypatch.setattr(adapter, "JOB_WAITS", (0.05, 0.05))
    emulator.shops[shop.domain].cancel_job_seconds = 1.0
    request = port.CancelOrder(key="c-slow", order_id="7002", reason="CUSTOMER", refund=usd("24.00"), restock=True)
    async with shopify_platform(shop, settings) as platform:
        with pytest.raises(port.Unavailable, match="still running"):
            await platform.cancel_order(request)
        await asyncio.sleep(1.1)
        done = await platform.cancel_order(request)  # the worker's retry of the same row
    order = emulator.snapshot(shop.domain, "7002")
    assert isinstance(done, port.Done) and order["cancelled"] and len(order["refunds"]) == 1
    assert [i.rsplit("/", 1)[-1] for i in done.refund_ids] == [order["refunds"][0]["id"]]  # the ledger row gets it
    assert [name for _, name in emulator.calls].count("orderCancel") == 1


async def test_a_return_is_requested_approved_labelled_processed_refunded_and_closed(world):
    shop, emulator, settings = world
    async with shopify_platform(shop, settings) as platform:
        opened = await platform.open_return(port.OpenReturn(
            key="o-1", order_id="7001", return_ref="gid://recourse/Return/1",
            lines=(port.ReturnLineRequest("71", 1, "SIZE_TOO_SMALL", "Too tight"),)))
        assert isinstance(opened, port.Done)
        assert await platform.open_return(port.OpenReturn(
            key="o-1", order_id="7001", return_ref="gid://recourse/Return/1",
            lines=(port.ReturnLineRequest("71", 1, "SIZE_TOO_SMALL", "Too tight"),))) == opened
        step = dict(order_id="7001", return_ref="gid://recourse/Return/1", return_id=opened.platform_id)
        assert isinstance(await platform.approve_return(port.ReturnStep(key="a-1", **step)), port.Done)
        labelled = await platform.attach_label(port.AttachLabel(key="l-1", carrier="UPS", tracking_number="1Z999",
                                                                label_url="https://labels.example/1.pdf", **step))
        assert isinstance(labelled, port.Done)
        processed = await platform.process_return(port.ProcessReturn(
            key="p-1", lines=(port.ProcessLine("71", 1, restock=True),), **step))
        assert isinstance(processed, port.Done)
        refund = await platform.refund_order(port.RefundOrder(key="rf-1", order_id="7001", amount=usd("20.00"),
                                                              lines=(port.RefundLine("71", 1, port.Restock.NO_RESTOCK),)))
        assert isinstance(refund, port.Done)
        closed = await platform.close_return(port.ReturnStep(key="cl-1", **step))
        assert isinstance(closed, port.Done)
        declined_again = await platform.decline_return(port.DeclineReturn(key="d-1", reason="FINAL_SALE", **step))
    ret = emulator.snapshot(shop.domain, "7001")["returns"][0]
    assert ret["status"] == "CLOSED" and ret["lines"][0]["processed"] == 1 and ret["labels"] == ["https://labels.example/1.pdf"]
    assert emulator.snapshot(shop.domain, "7001")["inventory"] == {"SH-1@1": 1}
    assert isinstance(declined_again, port.Refused) and declined_again.errors[0].code == "INVALID_STATE"


async def test_a_requested_return_can_be_declined_or_withdrawn(world):
    shop, emulator, settings = world
    async with shopify_platform(shop, settings) as platform:
        first = await platform.open_return(port.OpenReturn(key="o-2", order_id="7001", return_ref="r2",
                                                           lines=(port.ReturnLineRequest("72", 1, "DAMAGED"),)))
        declined = await platform.decline_return(port.DeclineReturn(
            key="d-2", order_id="7001", return_ref="r2", return_id=first.platform_id, reason="RETURN_PERIOD_ENDED"))
        second = await platform.open_return(port.OpenReturn(key="o-3", order_id="7001", return_ref="r3", approved=True,
                                                            lines=(port.ReturnLineRequest("71", 2, "UNWANTED"),)))
        withdrawn = await platform.cancel_return(port.ReturnStep(key="x-3", order_id="7001", return_ref="r3",
                                                                 return_id=second.platform_id))
        too_many = await platform.open_return(port.OpenReturn(key="o-4", order_id="7001", return_ref="r4",
                                                              lines=(port.ReturnLineRequest("71", 3, "UNWANTED"),)))
    statuses = [r["status"] for r in emulator.snapshot(shop.domain, "7001")["returns"]]
    assert statuses == ["DECLINED", "CANCELED"] and isinstance(declined, port.Done) and isinstance(withdrawn, port.Done)
    assert isinstance(too_many, port.Refused)


async def test_without_a_token_the_operation_waits_for_the_merchant(world):
    shop, emulator, settings = world
    await ShopifyGrant.filter(shop_id=shop.id).delete()
    async with shopify_platform(shop, settings) as platform:
        with pytest.raises(port.Unavailable, match="open the app"):
            await platform.refund_order(port.RefundOrder(key="n-1", order_id="7001", amount=usd("1.00")))


async def test_an_order_paid_in_another_currency_is_refunded_in_it(world):
    shop, emulator, settings = world
    emulator.add_order(shop.domain, "7003", name="#7003", currency="USD", presentment_currency="EUR", rate="0.9",
                       lines=[{"id": "74", "sku": "EU-1", "quantity": 1, "price": "45.00"}])
    async with shopify_platform(shop, settings) as platform:
        wrong = await platform.refund_order(port.RefundOrder(key="eur-0", order_id="7003", amount=usd("10.00")))
        done = await platform.refund_order(port.RefundOrder(key="eur-1", order_id="7003",
                                                            amount=Money(Decimal("12.5000"), "EUR")))
        record = await platform.read_order("7003")
    assert isinstance(wrong, port.Refused) and "paid in EUR" in wrong.message
    assert isinstance(done, port.Done) and record.currency == "EUR" and record.refunds[0].amount == Money(Decimal("12.50"), "EUR")


async def test_a_return_carries_the_standard_reason_the_library_maps_it_to(world):
    """The platform's return names Shopify's standard return reason (returnReasonDefinitionId, read by
    handle), not the deprecated enum: the merchant's own reason's handle, else the core code's."""
    shop, emulator, settings = world
    async with shopify_platform(shop, settings) as platform:
        requested = await platform.open_return(port.OpenReturn(key="o-r1", order_id="7001", return_ref="r1", lines=(
            port.ReturnLineRequest("71", 1, "SIZE_TOO_SMALL", "Tight", reason_handle="too-tight"),
            port.ReturnLineRequest("72", 1, "DAMAGED"))))
        opened = await platform.open_return(port.OpenReturn(key="o-r2", order_id="7001", return_ref="r2", approved=True, lines=(
            port.ReturnLineRequest("71", 1, "OTHER", reason_handle="no-longer-in-shopifys-library"),)))
    assert isinstance(requested, port.Done) and isinstance(opened, port.Done)
    returns = emulator.snapshot(shop.domain, "7001")["returns"]
    assert [[line["reasonHandle"] for line in r["lines"]] for r in returns] == [
        ["too-tight", "damaged-or-defective"], ["other-reason"]]


@pytest.mark.parametrize("line, field, code", [
    ({"returnReasonDefinitionId": "gid://shopify/ReturnReasonDefinition/999999"}, "returnReasonDefinitionId", "NOT_FOUND"),
    ({"returnReasonDefinitionId": "gid://shopify/ReturnReasonDefinition/7", "returnReason": "SIZE_TOO_SMALL"},
     "returnReason", "INVALID"),
    ({}, "returnReasonDefinitionId", "BLANK"),
])
async def test_the_emulator_refuses_a_line_without_one_known_reason(world, line, field, code):
    shop, emulator, settings = world
    async with shopify_platform(shop, settings) as platform:
        order = await platform.client.query(d.ORDER_RETURNS, {"id": "gid://shopify/Order/7001"})
        fli = order["order"]["fulfillments"][0]["fulfillmentLineItems"]["nodes"][0]["id"]
        data = await platform.client.mutate(d.RETURN_REQUEST, {"input": {"orderId": "gid://shopify/Order/7001", "returnLineItems": [
            {"fulfillmentLineItemId": fli, "quantity": 1, **line}]}}, read_back=lambda: _nothing())
    errors = data["returnRequest"]["userErrors"]
    assert [(e["field"][-1], e["code"]) for e in errors] == [(field, code)]
    assert emulator.snapshot(shop.domain, "7001")["returns"] == []


async def _nothing():
    return None
