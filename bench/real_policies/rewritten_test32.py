"""The test32 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "detailautocare": ("""Refund policy

Returns

You have 14 days to change your mind. Once 14 days have gone by since you bought the item, we can no longer give you a refund or an exchange.

An item can only come back if it is in the condition it reached you in: unused, and still in its original packaging.

We need a receipt or some other proof of purchase before we can complete the return.

You pay the shipping costs. Anything mailed back to us before you have asked for a return will be turned away.

Any question about a return can go to info@detailautocare.example at any time.

Refunds

When your return has arrived and been inspected, we'll email you to say it is here, and we'll also tell you whether the refund is approved or rejected. Once it is approved, the refund is processed and the credit goes automatically to your credit card or whatever method you paid with, within a certain number of days.

Exchanges

To get the item you really want as quickly as possible, send back the one you have, and when the return has been accepted, buy the new item as a separate order.

Damages and issues

Please check your order as soon as it arrives, and get in touch straight away if the item is defective or damaged, or if it is not the item you ordered, so we can look into it and put it right.

Exceptions / items that can't be returned
Some kinds of items can't come back: custom products (special orders, personalized items) and personal care goods. We also refuse returns of hazardous materials, flammable liquids and gases. If you are unsure about your own item, just contact us.

Sadly, sale items and gift cards can't be returned.""", ()),

    "motorhelmets": ("""SAVE UP TO 15% ON EVERY PICKUP ORDER - SHOP NOW

Motorhelmets Returns and Exchanges

Returning for an Exchange

The full policy is set out below

FREE SHIPPING EXCHANGE OFFER

For a limited time only, Motorhelmets.com offers a free shipping exchange. It covers helmets and apparel only; motorcycle boots, luggage, hard parts, body parts, oils, tires, batteries and oversized goods are left out. For every exchange we pay the postage to us and the postage back to you, so shipping charges are never your worry.

The free postage is not for returns, nor for returns made for a refund; it is for exchanges alone. It covers ground shipping only, never expedited shipping, and only Monday to Friday. The parcel must be packed properly and sent with insurance paid in advance. If something is lost or damaged on its way to us, the customer bears that. Every original tag, piece of paperwork, sticker and accessory has to be sent back too, and the maker's original boxes must be in new condition.

Hot Sale items can't come back for either an exchange or a refund; a limited sale item is a final sale. Boots (street, offroad and cruiser) are not part of the free shipping exchange. The free exchange can be used one time use only per customer; after that, the customer pays for every further return and shipment.

  • You have 7 days to ask for an exchange, counted from the day tracking shows your package was delivered.
  • What you exchange must be new and fit to resell. We turn away any used helmet; scratches or other signs of use cancel the exchange, and so does washing the item. Every return needs the order number, all of the original packaging and the paperwork. Ship the box suitably packed, insured in advance and tracked.
  • The customer pays all shipping and insurance costs. We are not answerable for packages that go missing; a lost package is a matter between you and your carrier.
  •""", ("free shipping exchange", "one time use only")),

    "onestoptruckaccessories": ("""Return Policy
Returns
Thanks for ordering from us. We hope you like what you bought, but if for any reason you don't, you can send it back within our returns period for a full refund, store credit or an exchange. If an item is defective or damaged, phone us or email us (see below) and we'll arrange a refund or an exchange.
Returns Period
Every return must carry a postmark no later than thirty (30) days after the date of the original order. To get a refund or an exchange, each item must come back complete, in perfect condition, unused, and with all of its original tags, labels and packaging.
How to Return
Email our customer service to ask for a Return Merchandise Authorisation (RMA) number. Once you have it, pack the item securely in its original packaging, put your proof of purchase in with it, and post it to:
One Stop Truck Accessories
Attn: Returns
RMA #
1 Example Way
Portadown
BT00 0XX
UK
Please remember to write the RMA number on the address label.
The customer pays all return delivery costs. We strongly advise sending your return by a trackable service.
Refunds
When your return has arrived and we have checked its condition, we will process the return or exchange. Refunds go back to the payment method you used. Please allow at least fourteen (14) days from when we receive the return for the refund or exchange to be processed. Depending on your card company, it can take one or two billing cycles before a refund shows on your statement. We will email you once your return has been processed.
Exceptions
These items can't be returned or exchanged:
- Personalised items or clothing
- Sale items
Questions
For any question about this returns policy, get in touch:
Email: info@onestoptruckaccessories.example""", ("rma number on the address label",)),

    "rvpartscountry": ("""By buying from RV Parts Country you accept every term and condition below. Please read them carefully, so you know our policies and procedures before you order.



To return something, please go to our Customer Service team.
Fill in the ticket details, and one of our customer service people will get back to you within one business day.

Return Policy

Returns for "customer remorse" are taken on parts that are not restricted, as long as they are made within 30 days of delivery. No part will be taken back more than 30 days after it was delivered.
We keep the right to charge up to a 20% restocking fee on any return.

These orders and products can be neither returned nor cancelled:

Electrical/Electronic Parts

A PART THAT HAS BEEN INSTALLED OR USED IN ANY WAY CANNOT COME BACK FOR A REFUND. Wrong installation or testing easily damages electrical and electronic parts. Electronics are very sensitive to too much voltage, and a small spike is enough to ruin one; mixing up wires or testing the wrong way can harm them as well.
For these reasons, RV Parts Country takes no returns of electronic components.

Special Order Products
Special orders, products we do not stock, obsolete items, custom orders and anything cut to a custom length (awnings, slide toppers and the like) can't be returned.
Before you order a custom product, please reach our customer service team with the Get Help Now button, so we can make sure the item is the right one. When you have confirmed the product, your card is charged the full price of the custom order, and that amount is non-refundable if you decide to cancel the order after confirming it.

Generators
A generator can't be returned once its gas or oil reservoirs have been filled. Customers must""",
                       ("up to a 20% restocking fee", "non-refundable if you decide to cancel", "gas or oil reservoirs")),

    "tyrenix": ("""Returns
Our return policy runs for 30 days: you have 30 days from receiving your item to ask for a return.
A return is only accepted if the item is in the condition it reached you in. Tyres that have been used or fitted can't be returned.
The customer pays for the return shipping. Small items can be sent back by post; for larger items we will arrange return delivery by courier.
To start a return, complete the contact form on our website, and our customer service team will email you what to do next.
Anything sent back before a return has been requested will be refused.
Refunds
When your return has arrived and been inspected, we'll let you know whether the refund is approved. If it is, the refund goes automatically to your original payment method within 10 business days. The delivery cost is taken off your refund.
Keep in mind that your bank or card company may need some time to process and post the refund. If more than 15 business days have gone by since we approved your return, please get in touch through the contact form.
Damages and Issues
Please check your order when it arrives and tell us straight away through the contact form if the item is defective or damaged, or if it is the wrong item. We will look into it and send you the right item, paying every shipping cost ourselves at no extra charge to you.
Claims for defective, damaged or wrong items have to be made within 30 days from the day you received the goods.""",
                ("used or fitted", "arrange return delivery by courier")),

    "dshcam": ("""Return Policy

Return Policy

30-Day Return Window

Most items can be sent back for a full refund within 30 days of delivery. They must be in their original condition, with every accessory, manual and the packaging.

How to Return

  1. Start the return: get in touch with our customer service team or use our online return portal
  2. Get a label: we'll send you a prepaid return shipping label
  3. Pack it securely: use the original packaging if you can
  4. Send it: hand it in at any authorized shipping location

Refund Timeline

  • Processing: 3-5 business days once your return reaches us
  • Refund method: your original payment method
  • Time to credit: 5-10 business days, depending on your bank

What Can Come Back

✅ Most electronics and accessories in original condition
✅ Software and digital products that are still unopened
✅ Items with a manufacturing defect

What Can't Come Back

❌ Items damaged through misuse or normal wear
❌ Opened software, digital downloads and personalized items
❌ Items missing their original packaging or accessories
❌ Products past the 30-day window

Exchanges

We exchange defective items and items with a size or compatibility problem. Please get in touch to set up an exchange before you send anything back.

Restocking Fees

Most returns carry no fee. Opened items in some categories (headphones, gaming peripherals and similar) may be charged a 15% restocking fee.

Warranty vs. Returns

A manufacturing defect found within 30 days can be returned. After 30 days, the manufacturer warranty terms apply.

Contact Us

Questions about a return? Reach our customer service team:

  • Email: support@dshcam.example
  • Phone: (000) 000-0000
  • Hours: Monday-Friday 9AM-6PM EST

This policy covers purchases made directly on our website. Purchases from online shops and third-party sellers may come with other terms.""",
               ("15% restocking fee", "manufacturer warranty terms apply")),

    "carscovershub": ("""Refund and Returns Policy
Thank you for buying from Carscovershub. Your satisfaction matters to us, and we work to make every purchase live up to what you expected. If your car seat cover does not fully satisfy you, we can help.
Returns
Most items that are new, unused and undamaged can be returned within 30 days of delivery for a full refund or an exchange.
A return is accepted when:
The item is unused and in the condition in which it reached you.
It is in its original packaging, with every tag and accessory.
A proof of purchase or receipt comes with it.
To start a return, email our customer support at contact@carscovershub.example or phone +1 (000) 000-0000 to get a Return Authorization Number (RAN). A return sent without authorization first may be refused.
Items That Can't Be Returned
Some items can't come back, among them:
Customized or personalized seat covers
Items marked final sale
Gift cards
Products damaged by wrong installation or misuse
Refunds
When we have received and inspected your return, we'll tell you whether the refund is approved or rejected.
Once it is approved, we process the refund, and the credit goes automatically to your original payment method within 5–7 business days.
Exchanges
We replace items only when they are defective or damaged. To swap an item for the same product, get in touch with details and images of the problem.
Shipping Costs
The customer pays for return shipping unless the item arrived damaged or was the wrong one.
When an exchange or a return is caused by our mistake, we pay the shipping.
Damaged or Wrong Items
If your item arrived damaged or was not the right one, get in touch no later than 7 days after delivery. Send photos and describe the problem so that we can sort it out quickly.
For any question about this Refund and Returns Policy, contact us at:
Address: 1 Example Road, Anytown, AR 00000, United States.
Email: contact@ca""", ()),

    "landrac": ("""Returns & Exchanges
In what condition must a snowboard be for a full refund?
Can I return a board if I only took off the plastic wrap and never rode it?
My board came damaged or flawed. What do I do first?
How soon is my refund processed once you have my return?
The board was a gift. Can I return it for store credit?
In what condition must a snowboard be for a full refund?
For a full refund (less the restocking fee and the original shipping), the board has to be unused and unmounted, in its original packaging, with all of its plastic wrap, tags and accessories.
Can I return a board if I only took off the plastic wrap and never rode it?
No. The board has to be in the condition it reached you in, and that includes the original plastic wrap. Taking the plastic wrap off will usually mean it can no longer be returned.
My board came damaged or flawed. What do I do first?
Get in touch within 48 hours of delivery. We will look at the problem and may offer a replacement or a refund. Please note: minor aesthetic variations in custom boards do not count as defects.
How soon is my refund processed once you have my return?
A refund is usually processed within 5-10 business days after the returned item has reached us and been inspected.
The board was a gift. Can I return it for store credit?
We don't give exchanges for store credit. For security, when a gift comes back, the refund goes to the original purchaser, not to the person who received the gift. A 15% restocking fee is also taken off the final refund. For returns that have nothing to do with a defect or a quality problem, please ask our customer service for more details.
Can sale items or "Factory Seconds" be returned?
What happens if my return parcel is lost on the way to you?
Can I bring my return to a warehouse in person?
Can sale items or "Factory Seconds" be returned?
Everything bought at a discount, "Factory Seconds" included, is a final sale and can't be re""",
                ("plastic wrap", "minor aesthetic variations", "the original purchaser")),

    "skateshop412": ("""We'd like shopping with us to be easy and to go well for you!
Here is what we need from you so that a return carries no restocking fee:
1. Email or phone us no later than 7 DAYS after your order arrives to get a return authorization number. Make sure this RA number is clearly written on the outside of the box you send back, close to the return address label. A return without a clearly visible RA number on the box will be refused.
2. Email or phone us as soon as you can, so we can help you pick an exchange that suits you best. We pay the postage to you for one product exchange; the customer pays the postage to send the goods back to us.
3. Send the goods INSURED, with the RA number easy to see on the outside of the box, within 30 days of the date you placed your order.
4. Everything must come back just as we sent it: in the original packaging with its tags attached, with no sign of having been used, washed or worn, and without any smell. Follow these steps AND make it a product exchange, and there is no restocking fee. A return that is not in its original condition has a 20% restocking fee taken off the refund or exchange. If the goods come back smelling, or too worn to sell, there is no refund or credit, and the goods will be discarded.
5. Please check that the shipping address you give us is right. If a package can't be delivered because the rural address does not take packages, because the address you gave is wrong, or because the package is refused for any reason, a 10% restocking fee applies.
Remember:
Every return has to be insured against damage or loss in transit. We can't be held responsible for packages that are lost or damaged.
To cut down on returns and postage, please get in touch before you order. We have lots of experience in helping you find what will work""",
                     ("clearly written on the outside", "one product exchange", "within 30 days of the date you placed your order",
                      "20% restocking fee", "will be discarded", "10% restocking fee")),

    "icemonster": ("""RETURN POLICY

Ice Monster™ checks every order before it ships. If you still want to send something back because it is faulty, or to swap it for another size, please read these points and steps:

  • We don't give cash refunds, but we may swap sizes on unused equipment when we have authorised the return. The customer pays the shipping both ways for an exchange. If a refund is approved, a restocking fee of $20 per item may apply.
  • For an exchange authorisation, email us and we will tell you the address to send the item to. Then buy the other item on the web site, and once the first item is back with us we refund its purchase to your card or through PayPal.
  • Any mistake with your online order, such as the wrong size, must be reported within 7 days of receiving the goods through the Enquiry form on the 'Contact' page of the Ice Monster™ web site. If an item is faulty, please don't use it; contact us about sending it back.
  • Used products can't be exchanged. Equipment that has been used or damaged can't come back for an exchange, because we can't sell it again as new. Please choose carefully whether you buy in store or online, and rely only on your own research when choosing; don't rely on suggestions, advice or recommendations from our staff in store or online. Heat moulded figure skates and hockey skates, and figure skating boots with blades attached, can't be exchanged.
  • Warranty: Ice Monster gives no warranty on hockey sticks, since they may break from the first use. Other items under a maker's warranty must be sent back to us; if the item is covered by warranty, we will tell you whether it can be repaired or will be replaced.
  • Unauthorised repair""", ("$20 per item", "covered by warranty")),

    "ergatta": ("""Refunds
ORDERS IN THE US
You can cancel your order before it is delivered and get a complete refund. After delivery, you have 30 days to return your rower for a complete refund of the rower and the shipping costs. Any used membership time is not refunded.
A returned product has to arrive in its original condition to qualify for a refund. If it comes back with parts damaged or missing, an additional restocking fee may be charged. To cancel your order or start a refund, email support@ergatta.example.
ORDERS IN CANADA
Ergatta orders can be returned within 30 days of delivery. The Ergatta is big and heavy, so shipping or delivery fees are not refunded. A return shipping fee of $350 for rower orders and $99 for upgrade orders is charged and taken off your refund. Ergatta sends you a prepaid return shipping label. Please keep all of the original packaging to pack the rower for its return; we strongly suggest reading our packing directions HERE. A returned order has to arrive in its original condition to qualify for a refund. If the Ergatta comes back with parts damaged or missing, Ergatta may charge additional restocking fees or refuse the refund. Ergatta is not responsible for packages lost in transit without tracking, nor for supplying return packaging. To start a return, please email support@ergatta.example. Our team can answer any other questions, or sell you extra packaging.
For orders in the UK, please contact support@waterrower-uk.example
For orders in Germany (and in Austria and Switzerland), please contact service@waterrower-de.example""",
                ("used membership time", "additional restocking fee", "return shipping fee of $350", "shipping or delivery fees")),

    "treadmillsandfitnessworld": ("""Return & Refund Policy
Returns at a Glance:
As the manufacturer requires, SUNNY HEALTH & FITNESS and AURORA products can't be returned. No exceptions are made.
Made-to-Order items can be neither cancelled nor returned: they are non-cancelable and non-returnable. The checklist on each product page tells you whether an item is Made-to-Order.
Treadmills and Fitness World keeps a 30-day return policy.
To start a return, email Info@treadmillsandfitnessworld.example. Write RETURN in the subject line, and write your order number and the reason for the return in the body of the email.
Most unused or defective items (defective as the manufacturer decides), apart from ALL SUNNY HEALTH & FITNESS & AURORA products, can be returned in their original packaging within 30 days of purchase. ROPLEX items made to order can't be cancelled or returned once production has started. The customer pays for repacking (if the package was unpacked), a 25% restocking fee and the shipping charges. You are responsible for insuring any part or product you send back, and you carry the risk of loss or damage on the way.
An authorized return has to be completed within 30 days. After 30 days from your purchase, we can't give a refund or an exchange. If you asked for a replacement, send the product back within 30 days to avoid any charges. If you are unhappy for any reason, email Info@treadmillsandfitnessworld.example.
A return is only accepted if the item is unused, in the condition it reached you in, and in its original packaging. WE CAN'T TAKE BACK USED ITEMS.
Damages:
When you sign for the delivery, check every item for defects or damage. If you find any, email 4-6 photos of the damaged area(s), taken from several angles, to Info@treadmillsandfitnessworld.example. Damage must be reported within 4 days after delivery. This does not cover SUNNY HEALTH & FITNESS and AURORA products. All SUNNY HEALTH & FITNESS""",
                                  ("non-cancelable", "return in the subject line", "to avoid any charges")),
}
