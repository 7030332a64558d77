"""Issue 21, item 4: `POST /storefront/photos` took a guest's order name + email outside the guest-lookup
limits (3,000 guesses at 329-770/s found the email from an address already refused on GraphQL) and
answered a wrong email differently from a right one; anyone could then fill the order's 20-photo cap.
A guess at the photo endpoints is now a guest lookup like GraphQL's: counted against the client's
address and, when wrong, against the order name, under the same limits; every wrong guess answers
the same 404."""

from __future__ import annotations

from plugin.store import ratelimit
from plugin.store.ratelimit import GUEST_LOOKUPS_PER_CLIENT, Limit
from tests.hardening.callers import from_address, wrong_guesses
from tests.helpers import make_shop, storefront
from tests.lifecycle.builders import EMAIL, delivered_order, jpeg_bytes


def upload(http, shop, email: str, body: bytes = b"", name: str = "#1001"):
    return http.post("/storefront/photos", content=body, headers={
        "X-Shop-Domain": shop.domain, "X-Order-Name": name, "X-Order-Email": email, "Content-Type": "image/jpeg"})


async def test_photo_guesses_share_the_graphql_limit(app, db):
    shop = await make_shop()
    await delivered_order(shop)
    async with from_address(app, "198.51.100.7") as attacker:
        # Refused on GraphQL first ...
        sent = 0
        while (await storefront(attacker, shop, wrong_guesses(25, start=sent))).status_code != 429:
            sent += 25
            assert sent <= GUEST_LOOKUPS_PER_CLIENT.hits
        # ... so refused here too, with the same error, whatever the email.
        for email in ("guess@example.com", EMAIL):
            refused = await upload(attacker, shop, email, jpeg_bytes())
            assert refused.status_code == 429, refused.text
            assert refused.json()["errors"][0]["code"] == "RATE_LIMITED" and int(refused.headers["Retry-After"]) >= 1
        assert (await attacker.get("/storefront/photos/ph_x", headers={
            "X-Shop-Domain": shop.domain, "X-Order-Name": "#1001", "X-Order-Email": EMAIL})).status_code == 429
    async with from_address(app, "203.0.113.9") as owner:  # the owner, elsewhere, uploads as before
        assert (await upload(owner, shop, EMAIL, jpeg_bytes())).status_code == 201


async def test_photo_guesses_count_on_their_own_and_every_wrong_one_reads_the_same(app, db):
    shop = await make_shop()
    await delivered_order(shop)
    async with from_address(app, "198.51.100.8") as attacker:
        answers = []
        for i in range(GUEST_LOOKUPS_PER_CLIENT.hits):
            body = b"" if i % 2 else jpeg_bytes()  # an empty body and an image read the same when the guess is wrong
            answers.append(await upload(attacker, shop, f"guess{i}@example.com", body, name="#1001" if i % 3 else "#4040"))
        assert {(a.status_code, a.text) for a in answers} == {
            (404, '{"errors":[{"message":"no such order for this customer","code":"ORDER_NOT_FOUND"}]}')}
        # Past the client's limit, even the right email is refused: the victim's photo cap stays the owner's.
        assert (await upload(attacker, shop, EMAIL, jpeg_bytes())).status_code == 429
        assert (await storefront(attacker, shop, f'{{ order(name: "#1001", email: "{EMAIL}") {{ name }} }}')).status_code == 429


async def test_wrong_photo_guesses_from_many_addresses_close_the_order(app, db, monkeypatch):
    monkeypatch.setattr(ratelimit, "GUEST_LOOKUPS_PER_CLIENT", Limit("test guesses per address", 10, 600))
    monkeypatch.setattr(ratelimit, "WRONG_GUESSES_PER_ORDER", Limit("test wrong guesses per order", 25, 600))
    shop = await make_shop()
    await delivered_order(shop)
    for n in range(3):  # 27 wrong guesses from three addresses, each within its own 10
        async with from_address(app, f"198.51.100.{20 + n}") as attacker:
            statuses = [(await upload(attacker, shop, f"g{n}-{i}@example.com")).status_code for i in range(9)]
        assert statuses == [404] * 9 if n < 2 else statuses == [404] * 7 + [429] * 2  # the 26th meets the guard
    async with from_address(app, "203.0.113.9") as someone:
        assert (await upload(someone, shop, EMAIL, jpeg_bytes())).status_code == 429
        assert (await storefront(someone, shop, f'{{ order(name: "#1001", email: "{EMAIL}") {{ name }} }}')).status_code == 429
