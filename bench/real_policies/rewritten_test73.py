"""The test73 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "watchmaxx": ("""Return Policy

Every brand-new item we sell may be sent back or exchanged within 30 days of the day you receive it, or 14 days for items marked as Pre-owned or Store Display. Special orders and anything labelled "Final Sale" are the exceptions.

Returning Made Simple - Four Steps

1Ask for a return or an exchange in the My Orders part of your account: click "Returns/Repairs" beside the order concerned. If you have no account yet, registering takes a moment.

2Once we approve the request, we send you an RMA number together with mailing instructions. Make sure the RMA number can be read clearly on the parcel.

3Post the parcel to us prepaid, using a traceable carrier such as FedEx or UPS. Please insure it, since we cannot take responsibility for anything lost or damaged on the way. You can follow the status of your return in your account.

4Once we have inspected the item, we refund the purchase price in the same form in which you paid, less any restocking, shipping and handling fees (explained below).

Additional terms

  - Need longer than 30 days to send something back? Get in touch: exceptions can be arranged at our discretion.
  - Merchandise must come back in its original, unused condition, with all of its original tape, plastic protectors and stickers still in place and never removed. Nothing may show signs of tampering or have been opened at all. A watch has to come back unworn, its size left as it was.
  - Parcels sent collect, or without a valid RMA number that can be seen clearly, will be refused.
  - Shipping charges are taken off the refund according to the original shipping method, as below:
    Standard delivery $15
    Expedited delivery $34
    Overnight delivery $44
    Next Day AM delivery $80
    Hawaii delivery $44
    Alaska delivery $44
    Puerto Rico delivery $44
    APO/FPO/DPO delivery $34
    Russia delivery $115
    International delivery (Russia aside) $54
  - Where an order was paid through Amazon Pay or Affirm, or by a wire transfer, a certified check or a money order, it is not subject to restocking fees. I""",
                  ("14 days for items marked as pre-owned", "on the parcel", "exceptions can be arranged at our discretion",
                   "according to the original shipping method", "not subject to restocking fees")),

    "javadesigns": ("""RETURNS POLICY

Returns policy

Our returns policy on faulty items is a 14 day "No Quibble" one: if you are not entirely happy, send the goods back to us unused and in their original packaging, and we will gladly refund you or, if you prefer, exchange the item.

***EVERY ITEM MUST COME BACK UNOPENED, IN ITS ORIGINAL PACKAGING*****

For hygiene reasons, we treat opened items as non returnable.

***WE ARE NOT RESPONSIBLE FOR PRODUCTS THAT HAVE TARNISHED AFTER THEY HAVE BEEN OPENED AND KEPT SOMEWHERE THAT MAKES SILVER TARNISH ****

We are sorry, but the delivery charges of the original order are not refunded. Returned items that arrive damaged or become lost on the way back are not credited. Return or exchange postage is refunded only when the returned item is faulty.

Goods that reach you damaged in transit, however, are replaced free of charge and sent with free delivery, as long as you tell us about the breakage within 14 days of receiving your order.

Please remember to put your contact details and invoice number in with the parcel.

If you are unsure or have a question, please ring the office and talk to a member of our staff""",
                    ("tarnished after they have been opened", "arrive damaged or become lost")),

    "saelira": ("""Return & Refund Policy

Return & Refund Policy

Thanks for shopping with us!

We really hope your new ring is everything you wanted. If it turns out not to be, we want to put things right:

Returns

  - You may send your purchase back within 7 days of receiving it.
  - For us to accept the return, the item has to be unused, in the condition it reached you, and in its original packaging.
  - We cannot take back or refund custom orders or items that carry an engraving.

To begin a return, just email us at with your order number and tell us why you are sending it back. We'll gladly help!

Refunds

  - When your return has arrived and we have inspected it, we will let you know whether your refund is approved.
  - Approved refunds are processed within 7 business days.

Exchanges

Would you like to swap your item for another style? Just tell us and we'll be glad to help.

Shipping Costs

  - The customer pays for return shipping, unless the item is defective or incorrect.

Any questions? Please get in touch with We're glad to help!""",
                ()),

    "hairch": ("""Return & Exchange Policy
This policy sets out the terms and the steps for returning or exchanging hair accessories bought on our website. We want every purchase to leave you happy, and we try to keep returns and exchanges as easy as we can. When you place an order, you agree to follow the terms below.
Every return or exchange has to be started within 30 calendar days of the delivery date. To qualify, an item must be in its original condition: unused, undamaged, and with all its original packaging and tags still intact. We may refuse a return or an exchange of any item that shows signs of wear, damage or alteration, such as bent metal parts, missing beads or packaging that has been tampered with. Custom or handmade items can be neither returned nor exchanged, unless they are defective.
A defective or damaged item qualifies for a full refund, a replacement or an exchange, at no extra cost to you. By a "defective item" we mean a product with a manufacturing flaw: for example loose fastenings, broken clasps, or sizing that is wrong and that the product description did not state. If a defective or damaged item reaches you, please check it as soon as it is delivered and record the problem with clear photos of the item and of its packaging. These records help us deal with the return or exchange faster.
To start a return or exchange, you must first complete the steps required to tell us about your request. When the request is approved, we send you instructions for packing the item and shipping it back. The return shipping costs are yours to cover, unless the return comes from an error of ours (a defective item, say, or a wrong item sent). We suggest a shipping method with tracking, since we are not liable for return parcels that are lost or delivered to the wrong place.
For an exchange, we send the replacement item once the returned product has reached us and been inspected. The replacement item will be of the same style """,
               ("loose fastenings, broken clasps", "of the same style")),

    "thehandbag": ("""Return and Refund Policy
Refund Policy
At The Handbag we aim for high-quality products and excellent service. If you are not fully happy with what you bought, we are here to help. This policy explains how we handle returns, refunds and exchanges, so that the process is smooth and clear.
Returns
Eligibility:
- An item can be returned only if it is unused, in the condition it was in when it reached you, and in its original packaging.
- Some items cannot be returned, for example perishable goods, intimate or sanitary products, and gift cards.
Return Period:
- You can return an item for up to 28 calendar days after the date you bought it.
How to Return:
1. Contact Us: email info@thehandbag.com.au with your order number, the item you want to send back and the reason for returning it.
2. Return Authorization: when your return is approved, we give you a return authorization and instructions for sending the item back.
3. Shipping: the cost of shipping your item back to us is yours to pay. Shipping costs are not refunded.
Refunds
Processing Refunds:
- When your returned item reaches us, we inspect it and tell you whether your refund has been approved or rejected.
- Approved refunds go to the payment method you originally used. How many days the credit takes to arrive depends on your card issuer's policies.
Partial Refunds:
- In some cases only partial refunds are granted (where this applies), for example for items that are not in their original condition, are damaged, or are missing parts for reasons that were not our error.
Exchanges
Exchanges:
- We replace items only when they are defective or damaged. If you need to swap one for the same item, contact us at info@thehandbag.com.au.
Non-Returnable Items
- Gift cards
- Downloadable software products
- Some health and personal care items
Sale Items
- Refunds are given only on items bought at the regular price. """,
                   ("only partial refunds are granted",)),

    "creativeleatherdesign": ("""Returns & Exchanges
We want you to enjoy your leather goods. If you're not fully satisfied for any reason, we'll help.
Return Policy
30-Day Returns
Send any item back within 30 days of delivery for a full refund or an exchange.
Free Return Shipping
Every domestic return comes with a prepaid return label from us.
Easy Process
Ask for a return online, simply, with most items approved instantly.
Exchange Policy
Size Exchanges
Swap for another size within 30 days, while stock lasts.
Color Exchanges
Swap for another color within 30 days, if it is available.
Style Exchanges
Swap for another style within 30 days. Additional cost may apply.
How to Return or Exchange
Start Request
Get in touch with us, or start the return from your order confirmation email
Pack Item
Pack your item securely in its original packaging, with all its accessories
Ship Item
Use the prepaid label we provide, or drop the parcel off at any USPS location
Receive Credit
We process your refund within 3-5 business days of receiving the item
Return Conditions
Accepted Returns
- Items in their original, unused condition
- With all original packaging and accessories
- Sent back within 30 days of delivery
- With proof of purchase (an order number or a receipt)
Not Accepted
- Items that show signs of wear or use
- Customized or personalized items
- Items sent back after 30 days
- Items without their original packaging
Frequently Asked Questions
Can a gift be returned?
Yes, within 30 days. We'll give a merchandise credit to the gift recipient.
What if my item arrived damaged?
Get in touch at once, with photos of the damage. We'll send a prepaid return label and give you a full refund or a replacement.
How long does a return take?
When your returned item reaches us, we process the refund within 3-5 business days, and you'll get an email confirmation.
Do you accept international returns?
Yes, international returns are accepted, but the customer pays for return shipping unless the item was d""",
                              ("additional cost may apply", "merchandise credit to the gift recipient",
                               "international returns are accepted")),

    "beltbuckles": ("""Return/Exchange Policy

Item# repo
Availability: Usually ships the same business day

Product Description

Return Policy:

If your order doesn't make you happy, we'll gladly take it back or exchange it. Anything you return or exchange must be unworn. You may send your order back for up to 30 days after the date you bought it. Items returned or exchanged must be in the condition they were in when you received them, and in their original box if possible.

We do not refund shipping and handling charges. Most important of all, please tell us why you are returning the item. You might want to insure your return, as we cannot be held responsible for returns that are lost or misdirected. If your order was paid by credit card, we issue a credit that will show on your billing statement.

Send Returns to:

Beltbuckles.com Returns Dept. 1396 N Jefferson St. Anaheim, CA 92807 USA

For Exchanges:

Exchanging merchandise within the United States carries a shipping & handling charge of $6.50. Please enclose a check or money order payable to Belts.com; customers in Canada and other countries, please contact us with a credit card number and do not send checks.

Please allow 1-2 weeks following receipt of your return for your exchange to arrive. In a hurry? Send your original item back for a refund and place a new order online for the replacement: the new item will reach you sooner.

Please write the size, color and any other variation you want on the invoice, and send the items to:

Beltbuckles.com Exchange Dept. 1396 N. Jefferson St. Anaheim CA 92807 USA

Any questions? Please phone our customer support team: 1-714-572-3903""",
                    ("charge of $6.50", "1-2 weeks following receipt of your return")),

    "hatsfashion": ("""Refund Policy

Our return policy runs for 30 days: you have 30 days from receiving your item to ask for a return.

For a return to be accepted, the item must be in the condition you received it in, unworn or unused, with its tags, and in its original packaging. A receipt or other proof of purchase is needed too.

To begin a return, contact us at service@HatsFashion.com. When we accept your return, we send you a return shipping label and instructions on how and where to send the package. Anything sent back to us without a return request first will not be accepted.

For any question about returns, you can reach us at service@HatsFashion.com.

Damages and issues

Please check your order when it arrives, and contact us straight away if the item is defective or damaged or is not the item you ordered, so that we can look into it and put it right.

Exceptions / non-returnable items

Some kinds of items cannot be returned: perishable goods (food, flowers or plants, for instance), custom products (special orders or personalized items, for example), and personal care goods (such as beauty products). Nor do we accept returns of hazardous materials, flammable liquids or gases. If you have a question or a doubt about a particular item, please get in touch.

We are sorry, but sale items and gift cards cannot be returned.

Exchanges

The quickest way to get the item you want is to return the one you have and, once the return has been accepted, place a separate order for the new item.

Refunds

Once your return has reached us and been inspected, we will tell you whether the refund was approved. If it was, the refund goes automatically to your original payment method. Please bear in mind that your bank or card company may also take a while to process and post the refund.

We accept returns of products in their original condition and still carrying their ta""",
                    ()),

    "scarvesandbeyond": ("""Sending merchandise back for a refund or an exchange (Return Policy)

General Policy

This is the standard Scarves and Beyond return policy, and it covers only products bought directly from us. Any product can be sent back once you have asked for a Return Merchandise Authorization (RMA) within the valid return period.

We cannot accept the following products; if they reach us, they will be sent back to you at your cost and expense:

- Any product not purchased from Scarves and Beyond

- Any product that has been altered or has lost its original packaging

- Any product showing damage from being worn.

- Any product on which you have claimed a mail-in rebate

The RMA Process in Three Simple Steps:

1. Get your RMA authorization: submit an RMA request through My Account.

 Each RMA request should give the Order ID, the item's SKU, the reason for the return (including images), whether you would like the item replaced or your money refunded, and anything else relevant.

2. Once you have the RMA authorization, ship the goods back.

 The returned item has to come with its original packing. Send it to the shipping address the Scarves and Beyond Customer Service Center gives you, and pack the RMA authorization with the item.

Note: Please give us a tracking number for your return shipment. Scarves and Beyond.com takes no responsibility for return shipments that are lost or go missing.

3. Get your replacement or refund.

 Within 1-3 business days of receiving your returned items, the Scarves and Beyond Team will either arrange for your item(s) to be shipped out again or refund your money.

Product added to wishlist
Product added to compare.

This site uses cookies to improve

your experience""",
                         ("sent back to you at your cost", "including images")),

    "weddingcufflink": ("""Returns Information

We know that when you order online there are sometimes reasons to send a product back, and we want to make that as easy as we can.

All the information you need to send a product back to us is below. Please remember, though, not to take off tags or throw away packaging until you are sure you are keeping your order.

Anything bought from Our Cufflink Shop can be returned or exchanged. You have 14 days after your cufflinks reach you to return them.

If you want to return something, please contact us before you send it. We will then give you a returns number and the address to post the goods to. The goods must be sent in their original packaging, and the cufflinks must be unused. Items that are worn or damaged cannot be refunded. We suggest a Royal Mail signed for service, because we cannot be held responsible for items lost in the post. Please note that the customer pays for return shipping unless the goods are faulty.

We are happy for you to exchange your cufflinks if you change your mind. All we ask is that they come back within 14 days of delivery. Please contact us before sending any item back, and we will give you a returns number and returns address.

For any faulty item we will gladly pay the return shipping; an exchange made because you changed your mind, though, will incur a new shipping charge.

We issue and confirm your refund within 3 working days of receiving your return, but it can take a further 3 or 4 days to appear in your account (up to 10 days with some building society accounts).

Refunds do not cover the original delivery cost of your order, unless it was faulty when it arrived.

We hope this covers most things, but if you have more questions, just send us a message through our contact us section and we will reply.""",
                        ("will incur a new shipping charge",)),

    "umbrello": ("""SHIPPING & RETURNS POLICY

Returns/Refunds

The customer is responsible for return shipping.

Because they are personalised, custom print products and custom or non-stock colours are not returnable under our 30-Day Satisfaction Guarantee.

Only a full paying customer is eligible for a return.

The product and every accessory must come back undamaged, in as-new condition and full working order, in the original packaging, with a copy of your proof of purchase. Shadowspec has absolute discretion in deciding whether these conditions have been met and a refund under this offer is due.

To qualify for a refund, the umbrella must have been used and maintained according to the Care and Instructions supplied with it.

Stained or damaged products cannot be returned or refunded.

Only valid for the Shadowspec Serenity and Shadowspec Unity Models

The 30-Day Satisfaction Guarantee does not apply to products bought anywhere other than from Shadowspec Umbrellas or its Official Dealers or Distributors.

The 30-Day Satisfaction Guarantee is limited to two units per customer, and no exchange for a different colour or size can be made under it.

Shipping

Installation labour for your umbrella is not covered under this agreement. Neither are shipping costs.

Website Orders

The materials, products and freight shown on Umbrello's website may contain technical, typographical or photographic errors, and Umbrello may change the material on its website at any time without notice.

If the system has calculated the freight incorrectly, an Umbrello Representative will call you on the phone number you gave and tell you, and the freight will be adjusted to match.""",
                 ("full paying customer", "used and maintained according to the care",
                  "only valid for the shadowspec serenity", "official dealers or distributors",
                  "limited to two units per customer", "installation labour")),

    "sockies": ("""SALE: 50% OFF (& FREE SHIPPING ON ORDERS OF 8+ PAIRS)

Refunds & exchanges

Refund and Exchanges

Returns

We'd like shopping with us to be a good experience! Our policy runs for 14 days: we gladly take returns within 14 days of your order reaching you. Once 14 days have gone by since your order arrived, we are sorry, but we cannot give you a refund or an exchange.

An item can be returned only if it is unused and in the condition it was in when you received it. It also has to be in its original packaging. We refund only the price of the items, not any shipping costs.

We are sorry, but we cannot refund or exchange items due to change of mind, or because a colour looks different on a computer screen from the real garment. If you are not sure about a product's colour, please ask us.

About sale items: refunds are given only on regular-priced items; sale items cannot be refunded.

To ask for a refund, email us at support@sockiesofficial.com with your full name, your address and your order number, so that we can handle your request quickly.

If an item reaches you with a manufacturing fault, we will try to sort the problem out as fast as we can. Please email us at support@sockiesofficial.com with photos of the damage or fault attached, and your full name, address and order number, so that we can fix it.

If your refund is approved, it is processed and the credit goes automatically to your credit card or original payment method. The payment may need 7 to 10 days to reach your account, so please give it that long. If your refund payment has still not arrived after 10 days, please email us at support@sockiesofficial.com.

Shipping

Customers pay their own shipping costs for returning or exchanging an item. Shipping costs are not refunded.

To send your product back, please follow the instructions above and we will give you an address for delivery""",
                ("due to change of mind", "after 10 days")),
}
