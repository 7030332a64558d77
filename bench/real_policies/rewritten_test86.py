"""The test86 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "pricevaluerugs": ("""Return Policy

You can send an item back within 30 days of delivery to get a refund; just fill in the form below.

Any reason is good enough for a return. There are two ways to send back what you bought:

1. Send the item back and get a full refund as store credit. Choose this and you pay nothing for return shipping: the return is completely free.

2. Get a full refund of what you paid for the item, made to your original payment method. Choose this and the return shipping, and insurance where it is needed, are yours to pay. Once the returned item has reached us and been inspected, we process your return within 2 business days.

  • Do not fold, staple or tape the rug or item on any of its surfaces
  • A returned item has to be in new condition. We will refuse it if it is soiled or damaged.
  • When the 30-day trial period is over, we accept no more returns.
  • Clearance, sale and custom-made items cannot come back, unless they are damaged or defective.

Every rug sent back has to be in the condition it was in when we first shipped it. We do not take back used rugs that show wear and tear, stains or any other sign of use. Please pack and send returns in protective packaging of the same kind the original shipment came in. Thank you for your attention.

Return/Warranty form

Why you are contacting us: Exchange / Refund
* Note: for every item sent back for a Refund, the Consumer pays the return shipping and insurance costs.""",
                       ("the return is completely free", "do not fold, staple or tape")),

    "thecurtainshop": ("""Free Shipping with a Coupon on Orders over $100
Any questions? Phone Us
1-800-555-0142
Cart $0.00
0
0
Subtotal: $0.00

Your cart is empty.

Cart $0.00
0
0
Subtotal: $0.00

Your cart is empty.

Shipping and Return Policies

HOW RETURNS WORK

If something you bought from The Curtain Shop leaves you unhappy, you get up to 30 days, counted from the day your shipment arrives, to send the merchandise back, and you get a full refund less the shipping charges.

When your order shipped free, we charge you the actual shipping charges for return; when you paid for shipping, the actual cost of it comes off your refund. What you return must be unused and unwashed, with ALL its product packaging and inserts and with ALL tags still on the item. If merchandise is not carefully repackaged, we may charge a processing fee of up to 20%. Please DO NOT TAPE, STAPLE, FOLD, OR WRITE: leave the product's packaging and every insert untouched. The refund goes back to the credit card or PayPal account you paid with. We do not refund discounts: a partial return that leaves the order short of a discount's terms means the discount will be deducted when we refund you.

FIRST YOU MUST PHONE US (the call is toll free) for a "Return Authorization Number", and we will ask you to write your Return Authorization Number clearly on the outside surface of the box you send back. We will tell you an address in Raleigh NC to send it to. Put a copy of your invoice in with what you return. We strongly recommend a return shipping method with tracking. If you send the package back WITHOUT first getting a Return Authorization Number, we will either take a substantial restocking fee from your refund or may reject the return and send it back to you at your expense.

We may, at our discretion, turn your return away and ship it back to you, or charge you a processing fee of up to 20%, if any of the following apply:

  • There is no Return Authorization Number
  • The merchandise has been used or """,
                       ("actual shipping charges for return", "not carefully repackaged",
                        "do not tape, staple, fold, or write", "the discount will be deducted",
                        "return authorization number clearly on the outside", "substantial restocking fee",
                        "if any of the following apply")),

    "pixandpopart": ("""Return, Exchange, and Refund policy
Return
Custom-made items cannot come back to us unless they have a quality problem or reach you damaged. We pack your wall art with great care so that damp and knocks cannot harm it. Still, now and then something beyond our control goes wrong: simply get in touch, send us pictures of the damage and describe it, and we will ship you a replacement as quickly as we can.
To begin a return, simply get in touch with us. You will get a shipping label from us, with instructions saying where the item should go. Please keep in mind that we cannot take a return back unless you got in touch with us before sending it.
Damages and issues
Check your order soon after it arrives, and tell us at once if anything is defective or damaged, or if you were sent the wrong item. That lets us look into the problem quickly and put it right.
We are sorry, but sale items and gift cards cannot be returned.
Refunds
When your returned item has reached us and been inspected, we will tell you whether your refund is approved. Once it is approved, it is paid automatically, within 10 business days, to the payment method you first used. Banks and card companies can take extra time of their own to process and post a refund.
If your return was approved more than 15 business days ago and the refund still has not come through, please contact us and we will help.""",
                     ()),

    "framefreewoodart": ("""Returns and Refunds

Thanks for picking our frameless wooden photo frame. Good products and good service are what we aim for. Should the product you bought disappoint you, our policy on returns and refunds is set out below. Please read it through so that our process is clear to you.

I. Return Policy


1. Return Conditions
A return is accepted when these conditions are met:

Time limit: you may ask to return the product within 30 days of the day it reaches you.
Product condition: the product has to be unused and come with its original packaging, its labels and every accessory. We will not take back a product that is used, damaged or incomplete.
Proof of purchase: you have to show that you bought it, for example with the order number or the confirmation email.

2. Return Process
When the conditions above are met, ask for a return in these steps:

Contact Customer Service: email our customer service team (service@framefreewoodart.example), tell them why you want to send the product back, and give the details of your order.
Get Return Authorization: once we have confirmed, we send you an RMA (Return Merchandise Authorization) number together with the address for the return. Please send nothing back until you hold a Return Merchandise Authorization.
Package Preparation: pack the product in its original packaging again, so that it travels safely.
Return the product: post the product to the return address we gave you. Please keep the shipping receipt, as your proof that you sent the return

Return Conditions


A return is accepted when these conditions are met:

Time limit: you may ask to return the product within 30 days of the day it reaches you.
Product condition: the product has to be unused and come with its original packaging, its labels and every accessory. We will not take back a product that is used, damaged or incomplete.
Proof of purchase: you have to show that you bought it, for example with the order number or the confirmation em""",
                         ()),

    "ilumisun": ("""Return & Refund Policy
Thanks for visiting our shop! We aim to bring you lamps of high quality together with outstanding service. Nothing matters more to us than your satisfaction, and we want buying from us to be easy and free of trouble. Please spend a moment reading the return and refund policy set out below:
1. Returns:
Now and then a lamp may arrive that does not live up to what you expected or needed. That is why returning an eligible item is made simple. The main points about returns are these:
- Eligibility: an item qualifies for return only when it is unused and still in its original condition, and is sent back within 7 days of the purchase date. It also has to be in its original packaging, with every accessory, manual and other material that came with it.
- Return Shipping: the customer pays for shipping a return, except when the return comes from a defect in the product or a mistake we made. For items worth a good deal, we advise a shipping service with tracking and buying shipping insurance.
- Refund Processing: when the returned item reaches us and we have checked that it qualifies, we start the refund. The money goes back within 3-5 business days, to the original method of payment. Depending on your bank or card provider, the refund may take longer to show up in your account.
2. Refunds:
We work hard to describe and picture our products accurately so that you can choose well. Even so, if an item reaches you damaged, defective or incorrect, we are happy to give you a refund or a replacement. The main points about refunds are these:
- Damaged, Defective, or Incorrect Items: if an item you receive is damaged, defective or incorrect, please get in touch with us straight away. Together we will sort out the problem and settle on the right refund or replacement.
- Eligibility: we ask for unboxing videos, images and further details in order to ass""",
                 ("unboxing videos",)),

    "sundaybedding": ("""To begin returning your order, type in your order number along with the email address or phone number on it.

How do I return or exchange?

  • Type your order number and email address into the fields above, then click Start
  • Follow the steps shown and pick the items you would like to return or exchange
  • When your request is approved, an email confirming it arrives with the shipping guidelines

What items are returnable?

  • Bedding products can be returned or exchanged within 30 days of the shipping date, even bedding that has been washed and used.
  • Items from our Sunday Loungewear collection have to be unwashed and still in their original condition.
  • For the Repose Loungewear Collection, ask for a return or exchange within 7 days; those items have to be in their original condition.
  • Our stores have little room for storage, so they cannot take back Duvet Inserts, Cushion Inserts or Have-It-All Pillows; sending them back may only be done at our warehouse.
  • You may make only 1 exchange.
  • Free gifts, and anything bought during our annual sale or our warehouse sale, can be neither returned nor exchanged, without exception.

Are there any charges for return?

  • A return costs you no fee
  • We do not refund the original shipping charges
  • You pay for the return shipping yourself

How soon will I get my refund?

  • After your return has arrived and been inspected, we email you to say the returned item has reached us. We also tell you whether your refund is approved or rejected.
  • When the refund is approved, we process it, and within 2-3 working days the credit is put automatically on the payment method you first used.""",
                      ("sunday loungewear collection", "repose loungewear collection", "only be done at our warehouse",
                       "only 1 exchange")),

    "towelessence": ("""Returns Policy

Towelessence sets out to bring its customers towels of the finest quality, adding comfort, luxury and style to their homes. Plans sometimes go wrong, we know, and we want you to be entirely pleased with what you bought. If your towels leave you less than happy, our return policy is there for you.

Return Window:

Our return policy runs for 30 days from the date of delivery. Whatever the reason you are unhappy with your purchase, you can send back towels that are unused and unworn within that time, for a refund or an exchange. Please make sure the towels are still in their original condition, with their tags attached, and that nobody has washed or used them.

How to Return Your Order:

  1. Contact Us: first write to our customer service team at care@towelessence.example. Give us your order number and tell us about the product you want to send back. We will then take you through what to do next and give you the instructions for the return.
  2. Pack Your Return: when we have confirmed your return request, pack the towels with care in their original packaging, or in similar protective material, so that nothing is damaged on the way back.
  3. Ship the Return: post the parcel back to us by a tracked shipping method; it gives you peace of mind. The cost of return shipping is yours, except when the return comes from a mistake of ours (for instance a defective or incorrect item reaching you).
  4. Processing the Return: when the towels reach us, we inspect them to check that they meet our return criteria. If all is well, we go ahead with your refund or exchange. A refund goes back to the original payment method and usually takes 7-10 business days to show in your account.

Exchanges:

If you want different towels in exchange, in another color, size or style, say so in your return request. Any exchange is subject to product availability. Should the item y""",
                     ()),

    "largewallclocks": ("""Menu
Cart 0

Return Policy

The Return Policy for every Wall Clocks product

Should you be less than fully satisfied no later than 2 weeks (14 days) after the delivery date, please send your order back to us.

For full credit, what you return has to be new and unused, in its original box, with all of its documentation, parts and accessories. By "New and unused" we mean fit to be sold again, neither dirty nor washed. An item that shows any sign of having been used cannot be accepted as a return.

You pay the return shipping costs, except when the item is damaged or defective. Every order carries a 10% restocking fee. It also has to be back with us within 2 weeks (14 days), counted from when you received it. Questions about how the restocking fee applies to your order? Email us before the product ships: from the moment it leaves the warehouse, the cost is already ours.

Happy customers matter to us, so write to us by e-mail at help@largewallclocks.example with any question about this policy.

Note: we cannot refund shipping charges.

Please give us 10-14 days from when your return reaches us to process it and credit your credit card.""",
                        ()),

    "shinymirrors": ("""Refund Policy
Shiny Mirrors wants you to love what you bought. If your mirror leaves you less than fully satisfied, whatever the reason, we are ready to help.
Returns
Our refund policy runs for 30 days. Once 30 days have gone by since your purchase, we are sorry, but we cannot give you a refund or an exchange.
An item qualifies for return only when it is unused, in its original packaging, and in the condition it was in when it reached you. You will need the receipt or other proof of purchase as well.
How to Request a Return
To start a return, email support@shinymirrors.example, our customer support team. We will explain how the item should come back to us. Please send nothing back before you have contacted us, because the item might not qualify for a return.
When we approve your return, we will send you the address to ship it to, with full instructions for sending the package back.
Refunds
When your returned item reaches us, we inspect it and let you know whether your refund is approved or rejected. Once approved, the refund is processed and, within 5-10 business days, credited automatically to the payment method you first used.
Late or Missing Refunds
If your refund has not arrived after the time given above, please ask your bank and your credit card provider about it. How long processing takes differs from one financial institution to another. If you have done all of this and the refund has still not reached you, write to us at support@shinymirrors.example.
Non-Refundable Items
- We do not refund sale items.
- We do not refund gift cards.
- We cannot refund any item that is not in its original condition, or is damaged or has parts missing, for reasons that are not our mistake.
Exchanges
Replacement is only for defective or damaged items. If you want the same item in exchange for your mirror, email us at support@shinymirrors.example and we will begin the exchange.
Shipping Costs
The shipping costs of sending your item back are yours to pay. Shipp""",
                     ()),

    "cushn": ("""Return Policy


Thanks for buying from Cushn.com

If your purchase leaves you less than fully satisfied, we are here to help you.

Our Cushions carry a limited lifetime warranty that covers manufacturer defects. Got a broken cushion? Get in touch with us, or you can stop by our booth at one of the fairs (in April the Puyallup Spring Fair, in August the Evergreen State Fair, in September the Washington State Fair), and we will happily repair your Cushn or replace it with a new one.

Returns:

You can return an item for 7 calendar days from the day it reached you. Items have to come back in their original packaging.

Your item has to come with its receipt or other proof of purchase

Refunds:

When your item reaches us, we inspect it and let you know it has arrived. As soon as the inspection is done, we tell you where your refund stands.

If we approve the return, we start refunding you, to your credit card (or the original method of payment). How many days the credit takes to reach you depends on the policies of your card issuer.

Shipping:

You pay your own shipping costs to send an item back. We do not refund shipping costs. If we refund you, any cost of return shipping will be deducted first.

Contact Us: if you have questions about how to send your item back to us, get in touch.

Thanks, and best wishes for a lovely fall season!""",
              ("stop by our booth", "cost of return shipping will be deducted")),

    "cortinasmiami": ("""REFUNDS OR RETURNS
We make our window covering products to order, to your exact measurements and specifications, so in the normal course of business they cannot be resold or put back into stock. Please be certain of your purchase decisions before you finalize your order; this matters a great deal. Once you complete your order online, by phone or by fax, we automatically charge the whole sale price, shipping included, to your credit card or checking account. The order then goes to the manufacturer.
For that reason, custom made products are not refunded or taken back unless they are in need of repair, or were damaged from shipping
LIMITED LIFETIME WARRANTY
Every custom product is covered by a limited lifetime warranty. Should warranty service ever be needed, which is unlikely, get in touch with customer service and we will arrange a repair or a replacement as fast as we can. The manufacturer provides the limited lifetime warranty, and it is extended to the original purchaser.
For as long as the first retail purchaser owns the product, the Manufacturer promises that it stays free from defects in materials and workmanship.
Defects caused by abuse, misuse, normal wear and tear, weather exposure, too much humidity, or not following the instructions for use and care fall outside this warranty. Any material may fade from its original intensity when left out in the elements for a long time. Nor does this warranty cover any claim for incidental, remote or consequential damages. It also leaves out defects that come from improper or non-specified assembly or installation. Likewise excluded is any condition or damage caused by removal of the product or reinstallation, whether in the same window or application or in another.
Should your product prove defective within the warranty period, the manufacturer will, as it chooses, repair it or replace it. For a repair or replacement under the warranty, get in touch with our customer service.
Incl""",
                      ("covered by a limited lifetime warranty", "extended to the original purchaser",
                       "free from defects in materials and workmanship", "abuse, misuse, normal wear and tear",
                       "incidental, remote or consequential damages", "improper or non-specified assembly or installation",
                       "removal of the product or reinstallation")),

    "dpartificialflowers": ("""We hope the product you bought pleases you. If it does not, any item can be returned or exchanged within 30 days of receipt, provided it comes back in new condition.
- Returns within 30 days, without hassle, on almost everything we sell.
- No handling or restocking fee will ever be charged to you.
- The only cost to customers is return shipping, and they get a full refund.
- Rush orders, events, backlog items, clearance and custom products cannot be returned.
Refund requirements
A refund is given only when all these conditions are met.
- The plant is unopened.
- The plant comes in its original packaging.
- The plant is not damaged.
We inspect every return to check these criteria. When a product falls short of them, we may decline to refund it.
Defective items
Should any item we deliver reach you damaged or defective, we will be glad to replace it or refund it. Get in touch to set up a refund or an exchange: our team can be reached by email at contact@dpartificialflowers.example.
Return and exchange process
1) Write to customer service at contact@dpartificialflowers.example.
Put these details in your email:
- The order or invoice number.
- The name on the order.
- A full description of what went wrong.
- Anything else that matters.
We answer emails quickly.
2) Once a return is approved, dpartificialflowers gives you an RMA number (Return Merchandise Authorization Number). Your RMA number has to go on the box: write your RMA number on the outside, where it can be seen.
3) Every return has to travel by Fed Ex, UPS, Registered Mail or another delivery service that tracks the parcel and takes a signature on delivery. Without an RMA number, we will not accept your return.
4) Post your item(s), along with the RMA number, to this address:
DP FLOWERS CORP
5409 NW 72nd Ave, Miami, FL,33166
Ms. Rodriguez +(1)(305) 464-3097
5) When your""",
                            ("write your rma number on the outside",)),
}
