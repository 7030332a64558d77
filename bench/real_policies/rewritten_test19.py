"""The test19 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "sportviz": ("""Returns:
Anything you send back has to be in NEW condition (never used, never tested, fit to be sold again) and inside the maker's original packaging. To protect you, pay the postage before you send it, insure the parcel for everything the item is worth, and wrap it well so nothing breaks on the way. Use as much of the packing material it arrived in as you can, and pack it tightly.
COD RETURN SHIPMENTS ARE REFUSED.
Choose a carrier that tracks the parcel and confirms delivery, for example UPS, FedEx, DHL, USPS or Royal Mail Signed For. Until the goods arrive at our premises they remain yours, and we are not liable for anything that gets damaged in transit.
We cannot take back items that have been used, or that use has damaged.
Customised orders, prescription lenses among them, cannot be returned.
Exchanges:
Not entirely happy with something you bought without a prescription? We will gladly arrange an exchange. Send the item back to us no later than 30 days after you bought it.
Refunds:
We refund only once the goods have reached us and been checked and processed. The refund is paid through PayPal or WorldPay, matching the way you paid when you ordered.
Shipping Refunds:
What you paid for shipping is not refunded when you return something. This covers every kind of shipping charge, Ground and Express as well as International.
Our terms and conditions give the complete details.""",
                 ("cod return shipments",)),

    "camdenwatch": ("""Return Policy
Our returns come with no questions asked.
Not happy with your watch? Send it back within 14 days of receiving your order and we will exchange it or refund you. Once the claim is valid, you get back everything you paid apart from the shipping.
Whatever you send back must come with its original packaging, any protective covers and the product information, and must be new and never worn. Please put your name and order number in the parcel too, so that we can match it to your order.
To arrange an exchange or a refund, get in touch with us by email, or just complete this form and post it to the address below with the watch. Organising and paying for the return postage is up to you, and you need to be able to show proof of postage.
Send returns to:
We refund to the card the order was placed with. In the UK this usually takes 5 working days at most, depending on your bank or card issuer; international orders can take a little longer.
A watch bought in one of our shops has to be refunded at the same store where you bought it. Refunds made in a shop always go back by the payment method used for the purchase.
Likewise, for a watch bought online, customers cannot return it in-store without first arranging this with Customer Service.""",
                    ("name and order number", "proof of postage", "same store", "cannot return it in-store")),

    "underwearfashionus": ("""We at Lingerie Store hope you feel as good about your order as you feel wearing our intimates and swimwear. If something is not quite right, returning or exchanging it is simple.
Our Return Policy
You can return or exchange items for 15 days after your order reaches you. A return is accepted when:
- the items have not been worn or washed, are still in their original condition and have every tag on them
- they come back in the packaging they were sent in
- you can show proof of purchase
Non-Returnable Items
For reasons of hygiene, these items can be neither returned nor exchanged, unless they are defective:
- Bralettes
- Basque & Bodysuits
- Balcony Bras
- Full Cup Bras
These intimate pieces are made for your comfort, and we have to keep to strict standards of hygiene with them.
How to Initiate a Return or Exchange
Step 1: Contact Our Customer Service
Write to us at [email protected] no later than 15 days after your order arrives, asking for the return or exchange. Tell us:
- your order number
- which item(s) you are sending back or exchanging
- why you are returning them
- whether you would like a refund or an exchange
Return Request Template
Subject: Return or exchange – Order #[order number]
Body:
Hello Lingerie Store team,
I'd like to [return/exchange] items from order #[order number].
Items: [names and quantities]
Why: [a short reason]
I would prefer: [a refund / an exchange for (size or colour)]
Could you tell me what to do next?
Kind regards,
[your name]
[how to reach you]
Step 2: Wait for Approval
Within 1-2 business days we will look at your request and reply with:
- whether your return or exchange is approved
- instructions for shipping it back (where needed)
- a return authorization number
Step 3: Package and Ship Your Return
After approval:
- pack the item(s) carefully in their original packaging
- enclose the order confirmation or pa""",
                           ()),

    "comfygrace": ("""Return and Exchange Policy
Return and Exchange Policy:
We take returns only of items that reach you damaged or defective; otherwise, we are glad to swap items for you when that helps.
Before you order any apparel, please look at the size chart shown among the photos, and measure your child carefully so you can be sure the size you pick is right.
If a different size is needed, we will happily exchange it. All we ask is that you order the replacement straight away, so it can be on its way to you quickly. As soon as the item you send back arrives, we issue your refund right away. You pay the return postage, except where the item was damaged or defective when it arrived or we made a mistake.
When we authorize a return and no replacement has been ordered by then, we charge a 25% restocking fee, taken off the amount refunded.
We refund once the returned item(s) have been inspected, and the refund is the price you paid less what the shipping actually cost.
For questions about refunds and returns, reach us at {email}.""",
                   ("25% restocking fee",)),

    "fairytalebrides": ("""Return Policy

Always at your service

Order Changes and Cancellations

If you cancel your order at any point after submitting it, the cancellation fee of 40% applies to items at their regular price (bridesmaid dresses aside), and closeout or clearance items carry a fee of 50%. Bridesmaid dresses are sold as final sale: from the moment the order is placed they can be neither returned nor cancelled.

Defective or Damaged Dresses

Before any gown leaves us, we check it for defects and damage. That is why our bridal gowns are never drop shipped straight to customers. Should you find a defect or damage in your gown, you need to tell us no later than 2 days after it is delivered.

The item has to be back in our store by the fifth day after the RMA is issued, and one of our staff will then inspect it. When we confirm the damage or defect, new merchandise is sent to you as fast as we can manage. When we find no damage at all, or find that it has been misused, it gets shipped back to you.

Bridal Gown, Flower girl and Prom/Evening Dress Returns

Any gown other than a bridesmaid dress can come back either for a refund, less a 30% restocking fee, or for a single exchange, in which case we issue store credit for the item's full value less a $25.00 handling fee. Shipping that the customer paid is not refunded. Exchanges are final sale and cannot then be returned.

To get a return authorisation number, contact us no later than 2 days after the gown arrives. The dress has to be sent back so that it reaches us no later than the day preceding the wear date stated on your order form.

Sending the gown back is at your cost. We recommend a shipping method with tracking and insurance. We are not answerable for parcels that go missing or get damaged in tran""",
                        ("cancellation fee of 40%", "fee of 50%", "after the rma", "shipped back to you", "handling fee",
                         "exchanges are final sale", "the wear date")),

    "handybags": ("""Return & Refund Policy

Return Policy Handybags.store

This page is a sample.

Returns

We hope your handbag makes you happy, but if it isn't quite what you wanted, we can help. The policy below sets out how we deal with returns, exchanges and refunds.

A return can be requested for up to 30 days after your order is delivered.

Your return qualifies if:

  • the item has not been used, still has its original packaging, and is in the condition it reached you in.
  • you can show a receipt or other proof of purchase (the confirmation email will do).

To start a return, write to Returns&Refunds@handybags.store. When we approve it, we email you a label for the return and tell you where the parcel goes.

Note: we do not accept items that were sent back without getting in touch with us first.


Return Shipping & Restocking Fee

  • Items that are not defective carry a restocking fee of 20%.
  • The cost of our return label will be deducted as well, from the amount refunded.
  • You may also send items back yourself, paying the postage, with a shipping service that can be tracked.

Damaged or Wrong Items

If your order is damaged when it arrives, or you got the wrong item, email us no more than 48 hours after the package reaches you, and include:

  • the order number
  • a clear photo of the damage or the mistake

There is no need to return anything damaged. After we look at your email, we will offer you a replacement at no cost or a full refund.

Email: Returns&Refunds@handybags.store


Exceptions / Non-Returnable Items

We are sorry, but these cannot be returned:

  • Items bought on sale
  • Gift cards
  • Products made to order or personalized

If you are unsure whether your item can be returned, ask us before you post it back.


Exchanges

To get the item you actually want as fast as possible, send back the item you have now; when that return is accepted, place a separate order for the new one.


Refunds

When your return has arrived and been inspected, we will let y""",
                  ("label will be deducted", "no need to return")),

    "soltanbare": ("""Return policy
Thanks for buying from perfumeshop. If your purchase doesn't fully satisfy you, we are ready to help. The terms and conditions of our Return Policy are set out below.
1. Return Eligibility Most items can be sent back new and unopened, within a set number of days after delivery, to get a full refund or an exchange. An item qualifies only if it has not been used and is as you received it, and it has to come back in its original packaging. For hygiene reasons, some kinds of goods cannot be returned.
2. Non-returnable Items A few kinds of items are never accepted back: perishable goods, products made to order (personalized items or special orders, say), and goods for personal care, beauty products for instance. Nor do we take back hazardous materials, or liquids and gases that are flammable. If you are unsure about a particular item, please ask us.
3. Return Process Ask our Customer Service for the return address, and do not post your parcel to the address shown on our website.
4. Refunds When your item reaches us, we inspect it and let you know that your return has arrived. Straight after the inspection we tell you where your refund stands. If the return is approved, the refund goes back to the payment method you originally used, and the credit reaches you within a number of days that depends on the policy of your card issuer.
5. Exchanges Replacements are only for items that are defective or damaged. To exchange one for the same item, email us at info@perfumeshop.com.
6. Shipping Returns The cost of shipping your return is yours to pay, and shipping costs are not refunded. If you get a refund, the return's postage and shipping will be deducted first from the refund.
7. Contact Us Questions about sending your item back? Write to info@perfumeshop.com.
Buying from perfumeshop means you a""",
                   ("shipping will be deducted",)),

    "shopskin": ("""Return Policy

RETURNS AND EXCHANGES

----

You have 14 days under this policy. Once 14 days have passed since you made your purchase, we are sorry, but a refund or exchange is no longer possible.


RETURNS
An item can be returned only if it has not been used and is in the state it reached you in. It has to be in its original packaging as well.

Some kinds of goods cannot be returned at all. We don't take back perishables: food, flowers, magazines, newspapers and the like. Nor do we accept anything intimate or sanitary, any hazardous material, or liquids and gases that are flammable.

These cannot be returned either:
- Gift cards
- Software products you download
- Certain items for health or personal care
- Anything bought with a discount code
- Subscription items (an exchange is the only option)

For a return or exchange we need two things inside your parcel: a receipt or other proof of purchase, AND an RMA (Return Merchandising Authorisation) form, which our support team sends when you email support@shopskin.co.uk. Send the parcel to our address:

ShopSkin Ltd. (our unit in Hamble, near Southampton)
United Kingdom

Never return what you bought back to the manufacturer.


REFUNDS
When your return has arrived and been inspected, we email you to say it has reached us, and we also tell you whether your refund is approved or rejected.

If it is approved, the refund is processed, and the credit lands on your credit card, or whatever you originally paid with, automatically, within some number of days.


LATE OR MISSING REFUNDS
Still no refund? Look at your bank account once more first.

Then get in touch with your credit card company, since a refund can take some time to be posted officially.

After that, contact your bank; processing often takes a while before the bank posts a refund.

If you have done all that and the refund still hasn't arrived, write to us at support@s""",
                 ("subscription items", "back to the manufacturer")),

    "petrahairdesign": ("""Return Policy

Every wig we ship can be returned within 10 DAYS, provided it meets all of the conditions below.
You may try the wig on, but you may not wear it. It has to come back new and unworn. Wearing it means having it on for longer than it takes to check its size, colour and style.
The wig has to come back free from any odors whatsoever (cigarette smoke, perfume, barbecue, hairspray or any other smell).
Every bit of the packing has to be back in the box, cardboard supports, netting and the tissue paper with our logo included, all in good condition and undamaged. The box itself must have no dents, tears or other damage.
The tags have to still be on the wig, and in new, undamaged condition too.
Neither the hair nor the structure may be cut, altered or damaged in any way.
Every returned shipment carries a 15% restocking fee and goes back to the salon at your expense.
Refunds for all purchases are given as IN-STORE CREDIT ONLY.
We do not refund the original shipping fees.
An exchange is possible only once a new order has been placed, and you have 10 days to place that exchange order. The exchange has to be for equal or greater value. A first exchange carries no restocking fee; further exchanges will be charged one, at 15%.
Questions or concerns? Call the Salon at 806-785-4440, Tuesday to Saturday, 9am to 5pm Central time.
While the COVID-19 quarantine lasts, curbside pick up is available. Call 806-785-4440 to arrange it.""",
                        ("free from any odors", "equal or greater value", "further exchanges will be charged")),

    "castlefactory": ("""Refund Policy

Hat Shop – Refund Policy

1. Eligibility for Refunds:

  • We give refunds when products come back as our Return Policy requires.
  • A product can be refunded only when it comes back unused, unopened and in its original condition.

2. Refund Process:

  • An approved return is refunded by the same payment method you used when you bought.
  • Refunds go out 7-10 business days after the returned item has reached us and been inspected thoroughly.

3. Non-Refundable Items:

  • We keep the shipping and handling charges unless the error was ours (the wrong item sent, say, or a damaged product).
  • Nothing is refunded for an item that cannot be returned.

4. Partial Refunds:

  • We give a partial refund only in these cases, if at all: an item with missing parts, or one that is damaged or no longer in its original condition for reasons outside our control.

5. Contact Information:

  • For help with your refund, or with any questions, get in touch with our customer service team.

By buying in our online store you agree to the return and refund policies we set. Your business matters to us, and we work to make sure you are satisfied.""",
                      ("partial refund",)),

    "sportswearstore": ("""Refund and Returns Policy
Effective Date: January 14, 2025

We want every Sportswear Store customer to be fully happy with what they bought. If you are not, we can help. Read on to see how returns and refunds are handled.


1. Returns Eligibility

For 30 days after your order arrives you can send items back, to be refunded in full or to exchange them, as long as each item meets these conditions:

  • It is unused and still in its original condition, with every original tag and all its packaging.
  • Nothing in its product description says it is non-returnable or final sale.
  • No damage or alteration of any kind.

2. How to Return an Item

Here is how to start a return:

  1. Email info@sportswearstore.click, or phone (970) 203-0624, and ask for a return authorization.
  2. Give us your order number and tell us which item(s) you are returning.
  3. When we approve the request, we send you return instructions and the address to use.
  4. Pack the item(s) securely in their original packaging and post them back with a shipping method that can be tracked. Return shipping is paid by the customer, except when we caused the return by our error.

3. Refund Process

When your returned item(s) have arrived and been inspected, the refund is processed in 5-7 business days, to the payment method you used for the order. Your payment provider may need extra time before the money shows in your account.


4. Exchanges

For a different size or colour, talk to our customer service team about what is possible. Exchanges depend on stock, and we may need the original item back before we send the replacement.


5. Damaged or Defective Items

If an item reaches you damaged or defective, get in touch no later than 7 days after rec""",
                        ()),

    "maternitynbeyond": ("""Returns

Our return policy runs for 14 days. In that time you may send back an "eligible" item, meaning one that was NOT bought ON SALE, has no damage, has not been worn or used, still has its tags on and comes in the packaging it was sent in. The 14 days count from the day the customer gets the item. Dresses for a Baby Shower or a Photoshoot cannot be returned; still, if sizing turns out wrong, we swap them at no charge.

Every return is settled in Store Credit: you get credit worth what you paid, to spend on a different item. That full credit is yours provided you ask for the return inside the 14 days and the item gets back to us no more than 12 days after you asked. Any shipping costs you paid are not refunded.

We refuse a return when:

- the item was bought on sale
- the item comes from our Black Friday or Christmas sale
- it is a Dress or Top meant for a Baby Shower or a Photoshoot
- it is made for a special occasion, such as Christmas or Halloween
- it was a print-on-demand product
- it is an item you have exchanged before
- the return reaches us worn or damaged
- it carries a scent, perfume included
- it has a stain of any sort on it
- the tags are no longer on it when it arrives
- you ask for the return later than 14 days after delivery
- you asked in time, but the item had not arrived here 12 days after your request
- it looks to us as if you are abusing our returns, for instance by sending products back again and again, season after season, or right after a party, a photoshoot or a baby shower

Items that arrive damaged or defective are refunded in full, return shipping included, provided you make your claim no later than 5 days after the item reached you. For such an item, you need to send us a photo showing the defect or damage, again no later than 5 days after it arrives.

Return postage is paid by the customer, in the US an""",
                         ("sizing", "12 days", "exchanged before", "scent", "abusing")),
}
