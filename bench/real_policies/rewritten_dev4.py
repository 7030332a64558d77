"""The dev4 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    # Not found in the stored pages (four queries): written from its label alone.
    "aussiefirepits": ("""Refund and Returns Policy

Thanks for shopping with Aussie Fire Pits. Please have a read through this policy before you order, so you know where you stand if something needs to come back to us.

Cancelling an order
You can cancel your order within 24 hours of placing it, as long as it hasn't been shipped yet. Orders cancelled outside that 24-hour window will incur a cancellation penalty charge. If your order has already left our warehouse by the time you ask to cancel, the request is treated as a return and the rules below apply.

Returns
We accept returns for 14 days. Once those 14 days have passed, we're unfortunately not able to offer you a refund.

To be accepted, an item has to come back in its original packaging, and it must not have been altered or modified in any way.

Please get in touch with us before sending anything back, so we can approve the return and give you the address to send it to.

You are responsible for the cost of shipping your return to us.

A 15% restocking fee applies to returned goods.

Faulty or incomplete items
Every fire pit is checked before it is dispatched, but if your item turns out to be faulty, or arrives with parts missing, send us at least one photo that clearly shows the problem. Once we've confirmed the issue we will send you a replacement.

Please note that each order is entitled to only one after-sales claim, whether that is a return, a refund or a replacement.

Refunds
Approved refunds are paid back to the payment method you originally used. Your original delivery charge is refunded only when the return is the result of our mistake. After we process it, the refund usually shows in your account within 7 business days, depending on your bank.

All prices and refunds are in Australian dollars (AUD).

Contact us
Questions about an order? Email hello@aussiefirepits.example or call 555-0100.""",
                       ("incur a cancellation penalty charge", "the request is treated as a return",
                        "entitled to only one after-sales claim")),

    # Not found in the stored pages (four queries): written from its label alone.
    "automatitech": ("""Refunds & Returns

We offer a 30-day return policy: you have 30 days from the day your item is delivered to ask us for a return.

To qualify, the item must be unworn and unused, still carrying its tags, packed in its original packaging and in the condition it was in when you got it. We'll also need a receipt or some other proof that you bought it from us.

To begin a return, email us at returns@automatitech.example. If we accept it, we'll tell you how and where to ship it. We can't accept anything that is sent back to us without a return having been requested first.

Any other questions about a return? Drop us a line at the same address.

Damages and issues
Please check your order as soon as it arrives. If an item is defective or damaged, or it isn't the item you ordered, contact us right away so we can look into it and put it right.

Items we can't take back
Some products are not returnable:
- perishable goods, such as food or plants
- personalized items
- personal care products, such as beauty items
- hazardous materials
- sale items
- gift cards
If you're unsure about a particular item, just ask us before you buy.

Exchanges
If you'd like something different, the fastest route is to send back the one you have and, once that return has been accepted, place a new order for the item you want.

Refunds
When your return has arrived and we've inspected it, we'll let you know whether your refund is approved. Approved refunds are paid back automatically to your original payment method. Bear in mind that your bank or card provider may take a little longer to get the money onto your account.""",
                     ()),

    # Not found in the stored pages (four queries): written from its label alone.
    "blvs": ("""Return Policy

Most items bought from BLVS can be returned within 30 days of delivery.

Eligibility
To qualify for a return, an item must be unused and sent back in its original packaging.

The following cannot be returned:
- custom orders
- special order items
- clearance items
- software

How to return an item
Get in touch with our customer service team and we'll help you arrange your return. When you ship the item to us, we recommend using a trackable shipping service.

Refunds
Once your return arrives, we'll inspect it. Refunds are issued to your original method of payment and are processed within 5-7 business days.

Questions
Email support@blvs.example or call 555-0100, Monday to Friday.""",
             ()),

    # Not found in the stored pages (four queries): written from its label alone.
    "dewaltworkwear": ("""Returns

Changed your mind, or need a different size? No problem.

How to return
Returns are made online through our returns portal. Enter your order number and email address, choose the items you're sending back and tell us the reason you're returning them. The portal will then give you a returns label to print.

Please return items within 30 days of purchase. They need to be unworn and in their original packaging.

Pack everything securely so nothing gets damaged on its way back to us.

If an item comes back worn, or without its original packaging, this may reduce the refund you receive.

Faulty goods
If something you've bought from us turns out to be faulty, let us know through the returns portal and pick 'faulty' as the reason. We'll cover the cost of sending it back, and we'll either send you a replacement or give you a refund.

Refunds
Please allow up to 10 working days for your refund.

Need help?
Contact our customer service team at help@dewaltworkwear.example or on 555-0100.""",
                       ("this may reduce the refund you receive",)),

    "erccuniquekkd": ("""I AM A KING Crown

A statement crown for birthdays, photo shoots and any day you want to feel royal. Gold-tone finish with faux gems.

Return policy: For any item that is not custom-made, we handle returns as exchanges, since that is how we prefer to do it. The one exception is an item that arrives damaged: in that case you may choose a refund instead. The damage has to be recorded and photographed, and the photos sent in with your claim; without them we can't consider it. Requests for an exchange, or for a refund on a damaged item, must reach us no later than 7 days after your order is delivered. To qualify for an exchange, the item must still be in the state it arrived in. Within 24 hours of getting your request, one of our team will confirm that it has come in and is being looked at. If we approve it, we'll tell you by email or text and explain how to send the item back. We'll let you know when the item reaches us, and from that point you have 30 days to choose your exchange; a refund is paid once the item is back with us. Each non-custom item can be exchanged or refunded once only. Custom-designed pieces cannot be exchanged.""",
                      ("you may choose a refund instead", "within 24 hours of getting your request",
                       "you have 30 days to choose", "can be exchanged or refunded once only")),

    # Not found in the stored pages (four queries): written from its label alone.
    "glitterbels": ("""Relaxed Puff Print T-Shirt

A loose, easy-fitting tee with a raised puff print across the front. Soft cotton jersey, dropped shoulders and a relaxed boxy shape.

Delivery
Orders are packed and dispatched from our studio, and you'll get a tracking link by email as soon as your parcel is on its way.

Returns
We hope you love your order, but if not, you have 14 calendar days from the day it is delivered to send it back to us. If your order comes to you in more than one parcel, the 14 days are counted from the day the last parcel arrives.

To be accepted, returned items must be:
- in as-new, original condition
- in their original packaging
- with all tags still attached
- unworn, unwashed and free from marks or stains

These conditions do not apply to items that are faulty. If your item has a defect, please get in touch and we'll offer a replacement or a refund, as appropriate.

Every return is checked when it reaches us, before any refund is made. If an item doesn't meet the conditions above, we may lower the amount we refund.

Questions? Email hello@glitterbels.example.""",
                    ("comes to you in more than one parcel", "we may lower the amount we refund")),

    # Not found at its address in the stored pages (four queries; only other versions of the shop's
    # returns page came up, at other addresses and with other rules): written from its label alone.
    "handbagsandgladrags": ("""Returns

We hope you love everything you buy from Handbags & Gladrags, but if something isn't quite right, here's how returns work.

HOW LONG DO I HAVE TO RETURN SOMETHING?
- You can return items up to 14 days after they were delivered to you.

WHAT CONDITION DO ITEMS NEED TO BE IN?
- Items must be unworn.
- All tags must still be attached.

WHAT WILL I GET BACK?
- It's up to you: a refund, a credit note to spend with us, or an exchange for something else, whichever you prefer.

HOW DO I RETURN AN ITEM?
- Register your return on the returns page of our website before you send anything back.
- Post it to: Handbags & Gladrags Returns, 1 Example Street, Exampletown EX1 2AB.
- If you bought or collected your item in our shop, you can instead bring it in and hand it over to a member of staff.

HOW LONG WILL MY REFUND TAKE?
- For everyone's safety, each returned parcel is left unopened for 7 days once it reaches us.
- After that, refunds are processed within 7-10 working days.

Any questions? Email sales@handbagsandgladrags.example or call 555-0100.""",
                            ("hand it over to a member of staff", "left unopened for 7 days")),

    "indigi-usa": ("""Returns & Exchanges

Electronics can occasionally give trouble, and we know it. Every product we sell comes with a one-year warranty from the manufacturer. You may send a purchase back either to swap it for a different item or for a refund of what you paid for it, within 30 days counted from the day it was shipped from our warehouse; the day it actually reached you makes no difference. Please follow these rules:
- To send something back, first email returns@indigi-usa.example and ask for a Return Merchandise Authorization (RMA) number, so we can handle the return or exchange properly.
- The product must come back in the same perfect condition we sent it in, with every piece of packaging, including any bundled or free extras, and all forms and paperwork complete, unchanged and left blank.
- Screens that are cracked or broken, and any other physical damage, are covered neither by a refund nor by a warranty replacement.
- Pack the return carefully so it reaches us undamaged, and pay the postage to send it back.
- A restocking fee of 15% applies to items returned for credit.
- We refund only what you paid for the product itself; what you paid for shipping and handling on the original delivery is yours to cover and is not refunded.
- Provided the steps above are followed, your refund should reach you one to two weeks after we receive the returned item.
- Items marked as Special Order cannot be returned or refunded.""",
                   ("screens that are cracked or broken",)),

    # Not found in the stored pages (four queries; only the same shop's terms page came up):
    # written from its label alone.
    "kellerkuenstler": ("""Cancellation Policy

Your right to cancel
If you are a consumer, you can withdraw from your purchase within 14 days without having to give a reason. The 14 days start on the day the goods come into your hands, or into the hands of a person you have named who is not the delivery company.

To use this right, let us know in a clear statement that you want to withdraw (a letter by post or an e-mail will do) at Kellerkünstler Weinhandel KG, 1 Example Street, 1070 Vienna, e-mail: office@kellerkuenstler.example. You're welcome to use the form at the bottom of this page, but it isn't required. Your cancellation is on time as long as you send it off before the 14 days run out.

What happens after you cancel
When you cancel, we repay all the money we have received from you, including the delivery charges, with one exception: if you picked a delivery option dearer than the cheapest standard delivery we offer, we don't repay the difference. We make the repayment promptly, and in any event within 14 days of the date your cancellation reached us. We pay you back with the same payment method you used for your order, unless we have expressly agreed on another one with you, and you won't be charged a fee for the repayment. We may hold back the repayment until the goods are back with us, or until you have shown us proof that you have sent them, whichever happens first.

You must send the goods back to us, or hand them over, without delay and at the latest 14 days after you told us you were cancelling. Sending them off before those 14 days are over is enough. You pay the direct costs of sending the goods back to us. You only have to pay for a loss in value of the goods if it comes from handling them more than was needed to check what they are, their characteristics and how they work.

Cancellation form
(Only fill in and send us this form if you wish to cancel.)
- To: Kellerkünstler Weinhandel KG, 1 Example Street, 1070 Vienna, office@kellerkuenstler.example
- I/we wish to cancel my/our purchase of the following goods:
- Date ordered / date received:
- Name:
- Address:
- Signature (paper forms only):
- Date:""",
                        ("the date your cancellation reached us", "we may hold back the repayment",
                         "pay for a loss in value")),

    "reef-rash": ("""Returns Policy

Reef Rash Returns
1 Example Street
Exampletown EX1 2AB

Your right to return a purchase depends on the goods coming back to us unworn, undamaged, with every original label still attached, just as we sent them, and reaching us no later than 14 working days after the date you placed your order.

How do I send back something I bought online?
Pack the item in its original packaging and post it to the address at the top of this page. Attach a note to the parcel giving your order number and explaining why you're returning it.

When will I be refunded after sending an item back?
Refunds go back onto the card you paid with, and we'll email you as soon as the refund has gone through. In every case we aim to have the money back on your card within 24 hours of your return arriving with us; banks then need up to 3 more working days to clear it.

Refunds of delivery charges
Where we've got something wrong with your item, or it arrives faulty or damaged, we will refund the delivery you paid to receive it as well as the postage you paid to send it back.""",
                  ()),

    "topbrandoutlet": ("""Earrings and underwear can't be returned to us, for health and hygiene reasons. Crep Protect products can't be returned either, because of the way they are used. Every return is carefully inspected by our returns team, and we won't accept any garment that smells strongly of something, such as cigarette smoke, cooking, aftershave or deodorant.

Put your returns form inside the parcel when you send it back. Fill it in and say that you'd like an exchange, then write the product ID and the size you'd like instead. If you can't fill the form in, include a note with your name, your order number and the words that you'd like a refund. Everything must come back with the original tags on and in the condition you received it. For items that come in a box, such as trainers, we can't accept the return if the box arrives damaged or has writing on it.

We try to process every refund within 24 hours* of your return reaching us. Card refunds (credit or debit) usually appear on your statement 3-5 working days later, depending on your bank.

Exchanges are also set up within 24 hours of your return reaching us. When your new order is ready you'll get an email confirming its order number, followed by your tracking number once it has been dispatched.

Exchanges are sent out with our standard Royal Mail 48 Hour service. If you need yours sooner, get in touch and we can upgrade the delivery.

*During sale periods, or over a weekend, this can take up to 5 working days.

When sending a return, please post it by a tracked method and insure it for its value, so you're covered if the parcel goes missing on the way.""",
                       ("any garment that smells strongly", "put your returns form inside the parcel",
                        "the box arrives damaged", "during sale periods, or over a weekend")),
}
