"""The test114 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "louloudia": ("""Cancellation and Returns Policy

When the product is delivered, the recipient signs the order form. If the recipient is unable to sign it personally, a third person signs it instead, giving a name and a signature. That signature is our proof that the order reached its destination. Should the recipient decline to sign the form for whatever reason, the sender loses the right to contest the delivery.

We can accept the cancellation of an order no later than one day before its planned delivery date, and a refund may then be possible. A cancellation made on the delivery day itself gets no refund of the order amount. The sender may then ask us instead to take the order to another address, or not to deliver it at all. This is because by then the order has already been prepared, and a finished arrangement cannot be changed back.

Should the flowers' quality give cause for complaint, only the sender may contact the florist, and must do so on the delivery day itself. We then need to receive by e-mail high-resolution photos that show the problem as clearly as possible. Our team checks the claim, and once the problem is confirmed, the product is replaced at once at the shop's cost.""",
                  ("no later than one day before its planned delivery date", "made on the delivery day itself gets no refund",
                   "take the order to another address", "only the sender may contact the florist")),

    "agiftbasketcase": ("""Returns

Substitutions and Returns

We keep the right to substitute items, and at various points in the year we find we must. Packaging may not always match the products in our photos, since designer packaging changes often. Be aware that a substitute may sometimes differ in flavor, fragrance or packaging. A substitution does not entitle you to a refund, a discount or a new gift. By ordering from us you accept that items may now and then be substituted, and we make such substitutions without telling customers first. A customer who wants to send a gift back for any reason other than damage or a mistake by AGIFTBASKETCASE.example (IGBC) may do so no later than 3 days after its delivery, paying the return shipping plus a 20% restocking fee. We do not refund the original shipping charges.

Where IGBC has made an error (substitutions within our usual limits aside) or a gift was damaged in transit, IGBC will collect the gift and either refund it in full or ship it again. At no time, however, may a recipient hold on to a gift and also get a new one or a full refund: we can only help once the original gift has been collected. No discounts are given; collecting the gift and then re-shipping or refunding it are the only choices.

Claims & Returns

Every claim of damage, discrepancy or late delivery, and any other kind of issue, has to reach us no later than 3 business days after the gift arrives, without exception. When a gift arrives damaged, or what arrived differs from the gift ordered, AGIFTBASKETCASE.example will do all it can to settle the matter quickly and to your customer's satisfaction, provided it is reported in those 3 business days. Any credit or refund is given solely at our discretion, and only when the carrier can confirm the damage or discrepancy. Where the""",
                        ("a substitution does not entitle you to a refund", "hold on to a gift and also get a new one",
                         "only when the carrier can confirm")),

    "balloonparlorbyceleste": ("""Refund Policy
Who Can Get a Refund
Before asking for a refund, please check that:
-
You bought the item no more than [7] days ago.
-
The item has not been used or opened and is still in its original packaging.
-
You hold valid proof of purchase (a receipt or your order number).
-
The item is not a custom-made or personalized balloon product (no refund is given for these).
Damaged or Defective Items
Should your balloons reach you damaged or defective, get in touch within [3-5] days of delivery, sending:
-
a photo showing the damage
-
your order number
-
a short description of the problem
Depending on what you prefer, we will refund you, send a replacement, or give you store credit.
Items We Cannot Refund
Some kinds of items can be neither returned nor refunded:
-
Balloon orders that are custom or personalized
-
Balloons that are inflated or have been used
-
Anything bought on clearance or labelled "Final Sale"
Exchanges
Only items that turn out defective or damaged get replaced.
Requesting a Refund
-
Send an email to celeste@balloonparlorbyceleste.example giving your order number and the reason you want a refund.
-
Attach photos where they apply.
-
Once we approve it, we process your refund within [5-7] business days to the payment method you used.
Return Shipping
Where it applies, the cost of shipping your item back is yours to pay. We do not refund shipping costs.""",
                               ()),

    "partyandeventstore": ("""PARTYANDEVENTSTORE.example wants every purchase and every rental to go smoothly and pleasantly for our customers. Our return policy is set out below:
Retail Purchases (Merchandise & Party Supplies)
- Unopened/Unused Items: Bring items back no later than 7 days after buying them, with a valid receipt. They must be in their original condition and original packaging.
- Opened/Used Items: Party supplies that have been opened or used (balloons, tableware, decorations and the like) are not refunded, for reasons of health and safety.
- Custom/Personalized Items: Customized and special-order merchandise is sold as final sale and can be neither returned nor exchanged.
Rental Items (Inflatables, Tables, Chairs, Equipment and More)
- Deposits: We do not refund deposits, but if you cancel at least 2 days ahead, the deposit can go toward a later booking.
- Damaged or Missing Items: The customer pays the full cost of repairing or replacing any rented equipment that comes back damaged, is lost or is never brought back.
Services (Event Setup, Balloon Décor, Content Corner, Photography and More)
- Deposits/Retainers: We keep deposits paid for decor, creative services and event packages; they are not refunded.
- Cancellations: Rescheduling a service needs a minimum of 72 hours' notice and depends on availability.
- Completed Services: No refund is given once decor has been delivered, a setup carried out or a session finished.
General Information
- Refunds are issued within 5–7 business days, to the payment method you originally used.
- In some cases management may, at its discretion, offer store credit.
- PARTYANDEVENTSTORE.example may change or update this policy at any time.""",
                           ("the deposit can go toward a later booking", "event packages; they are not refunded",
                            "a minimum of 72 hours' notice", "no refund is given once decor has been delivered",
                            "management may, at its discretion, offer store credit")),

    "shoppersonalisedgifts": ("""Returns Policy
RETURNS POLICY
You have 30 days under this policy. Once 30 days have passed since you made your purchase, we are sorry, but neither a refund nor an exchange is possible. IF YOU WANT TO SEND YOUR ORDER BACK, PLEASE GO THROUGH OUR RETURNS PAGE.
A returned item qualifies only if it has not been used and is in the condition in which it reached you. It also has to be in its original packaging. WE TAKE BACK PERSONALISED GOODS ONLY WHEN THEY ARE FAULTY OR ARRIVE DAMAGED: this returns policy does not cover wrong details you gave when ordering, such as incorrect spelling.
Some kinds of goods cannot be returned: perishables like food, newspapers, magazines and flowers, and also sanitary or intimate products, hazardous materials, and gases or flammable liquids.
Other items we do not take back:
Gift cards
Personalised goods with wrong details in the order (e.g. spelling)
Software products you download
Certain health and personal care items
Proof of purchase and a valid order number are needed before we can complete your return.
Do not return your purchase to its manufacturer.
In some situations we give only partial refunds (where applicable):
A book that clearly shows use
An opened item among these: CD or DVD, video game, software, vinyl record, VHS tape or cassette tape
An item that is not in its original condition, or is damaged or missing parts, for a reason that is not our mistake
An item sent back over 30 days after it was delivered
Refunds (where applicable)
After your return arrives and has been inspected, we email you to say the item has reached us. We will also tell you whether your refund is approved or rejected.
If it is approved, the refund is processed and the credit goes automatically onto your credit card or original payment method no later than 30 days after the approval date.
Late or missing refunds (where applicable)
If your refund has not yet arri""",
                              ("does not cover wrong details you gave when ordering", "do not return your purchase to its manufacturer",
                               "we give only partial refunds")),

    "cardcare": ("""Home > Support > Returns

21 December 2024

Products

Returns


Return Policy

CARDCARE.example accepts returns for the reasons below:

Unsatisfactory Service

We want shopping at CARDCARE.example to be as easy and enjoyable as we can make it. If anything about the merchandise that reaches you displeases you, just send it back to us within 30 days and you get a full refund.

We also refund in full in these unlikely cases:

  • Your order never arrives
  • What you received is not the merchandise you ordered
  • The envelope has a wrong address or is smeared

Damaged Items

If an item reaches you damaged in the mail, just let us know: once you have sent the damaged item back, we quickly send a replacement or give a full refund. Replacing a damaged item costs you no extra shipping.

Removal of Pending Items

Where you bought a card for a recipient and the order has already been processed or printed, we gladly take the card off the order or its ship date, but we cannot refund it.

For any other question or concern, contact Customer Service.


Packaging and Sending Your Returns

In any of the cases above, just pack your order in the box it came in, get in touch with Customer Service, and we will arrange with UPS for your package to be collected.""",
                 ("your order never arrives", "but we cannot refund it", "arrange with ups")),

    "treasuredgiftsandwedding": ("""(Your cart is empty)
Search

What is the way to send an item back?
Returns, Exchanges and Refunds

Cancelation: Until your order ships, you may cancel it whenever you like, free of charge. A shipped order can no longer be cancelled and has to come back under our return policy. Damages and defects: Items are rarely damaged on their way to you, and although we inspect everything before it ships, a defect may slip past us. Should this happen, contact us no later than 48 hours after your parcel arrives so that we can put it right. We may also ask you to send the damaged or defective product(s) back at our cost, and may ask for proof of the damage or defect (photos attached to an e-mail). Hold on to the original shipping box and the packing materials. Where there is too little time to re-order or re-send your items before your event date, we refund the damaged items instead.

Returns:
     You can return most items for an exchange or a refund up to 15 days after you receive the order. No shipping costs are refunded. Returned items must be unopened, in their original packaging and in a condition fit to sell. The customer pays the shipping of any item(s) sent back to us. We give no refund for products lost or damaged on their way back to us. Returned product(s) carry a 5% restocking fee, and the restocking fee is never less than $3.00.

These items are final sale and can be neither exchanged nor refunded:
-Any item sold as final sale
-Any custom printed wedding invitation or RSVP
-Any item opened or removed from its original packaging (plastic wrap included)

How to send a product back:
    E-mail us or phone us with your order number and what you want to return, and we will send you a return authorization number together with instructions for the return.""",
                                 ("hold on to the original shipping box", "before your event date, we refund the damaged items",
                                  "lost or damaged on their way back", "never less than $3.00")),

    "weddingveil": ("""Orders over $100 ship free within the U.S.

Exchanges & Returns

At WEDDINGVEIL.example we aim for outstanding products and a place at the very top of the veil business. If your purchase leaves you unsatisfied, our 30-day policy covers both returns and exchanges.

30-DAY POLICY:

  • Unhappy with what you bought? Send it back for a refund no later than 30 days after the shipment reaches you.
  • To return or exchange, write to service@weddingveil.example.
  • Once the 30 days are over, the return policy no longer applies.
Note: custom made orders can never be returned.

RULES FOR RETURNS:

  • A return qualifies only if its tag is still intact and the item is unused and in the condition in which you received it.
  • Custom orders can be neither returned nor refunded.
  • WEDDINGVEIL.example must inspect and approve the item before it decides whether a refund is owed and fitting.

RULES FOR EXCHANGES:

  • Custom orders cannot be exchanged.
  • Other items, if unused and in original condition, can be exchanged when they are defective or damaged.
  • An exchange can be made just once, and only for the same style of veil; choosing another color is fine. Exchanging for a different style, however, may change the price.
If an exchange would suit your situation better, contact us at service@weddingveil.example and we will work with you closely toward a good outcome.

REFUNDS:

  • Once your return is approved, we process the refund and credit your original payment method within 3-7 business days of the approval. We will let you know.
  • Please remember that no deposits are made on weekends or on US bank holidays.
  • Now and then there may be o""",
                    ("only for the same style of veil",)),

    "favorsdepot": ("""Refund and Returns Policy

FAVORSDEPOT.example / Refund and Returns Policy

Whatever your reason for returning merchandise (your event was called off, say), we accept it back for up to 30 days from the day we shipped it, UNLESS it was altered (personalized). The merchandise has to be in its original condition and its original packaging. We credit you for the merchandise's value alone, and you pay the freight both ways. We are sorry that we cannot do this for discontinued items or for anything personalized. Candy and food items cannot be returned. This policy covers whole orders only: single pieces or part of an order cannot be returned.

Overview

Returns and refunds are possible for 30 days under this policy. After 30 days from your purchase, a full refund or an exchange is no longer possible. No personalized item of any kind can be returned, and neither can opened items.

A returned item qualifies only if it is unused and in the condition you got it in. It also has to be in its original packaging, still sealed.

Some kinds of goods cannot be returned: perishables such as food or flowers, and personalized items. Nor do we accept sanitary or intimate goods, hazardous materials or flammable liquids (hand sanitizer favors, for example).

Other items we do not take back:

  • Gift cards
  • Custom or personalized products
  • Certain health and personal care items

We need a receipt or other proof of purchase to complete your return; for an order placed on this website, our order records should already hold it.

Do not return your purchase to its manufacturer, if there is one.

In some situations we give only partial refunds, or none:

  • Items clearly showing use (or whose packaging has been opened)
  • An item that is not in its original condition, or is damaged or missing parts, for a reason that is not our mistake
 """,
                    ("covers whole orders only", "do not return your purchase to its manufacturer",
                     "we give only partial refunds, or none")),

    "caketoppersboutique": ("""Store Policies
We accept a return only when a Mistake of ours means you received the Wrong item.
When CAKETOPPERSBOUTIQUE.example approves a return, our policy gives you 7 days to Mail back the item. Once 7 days have passed since the package reached you, we are sorry, but a refund or exchange is no longer possible.
A returned item qualifies only if it is unused and in the condition in which it reached you. It also has to be in its original packaging.
Some goods are excluded from returns: Cake Toppers and Decoration Picks, for example, cannot come back, for every customer's safety, since all of them are used on Cakes and other Food.
Do not send anything back until we have approved it by email: an item sent back without approval will be refused.
In the special case of a Return we approved because of our mistake, we will not accept the item if it comes back more than 7 days after delivery: the shipping company must stamp the package within the 7 days after the customer received the item. Should you want to exchange a wrong item for the same item, we send the correct one to the same address as your original order once the wrong one arrives.
After your return arrives and we have inspected it, we email you to say the item has reached us. We will also tell you whether your refund is approved or rejected.
If it is approved, the refund is processed and the credit goes automatically onto your credit card or original payment method within some number of days.
Refunds late or missing (if applicable)
If a refund has still not reached you, look at your bank account once more first.
Next get in touch with your credit card company: your refund may take a few days to be posted officially.
Then get in touch with your bank. Posting a refund often takes some processing time.
If you have done all this and your refund has still not""",
                            ("the shipping company must stamp the package",)),

    "silkfloras": ("""Return & Exchange

RETURN SHIPPING

We work hard to keep our customers happy. Please get in touch with us first: we will try to sort out your problem before you choose to return anything.

Contact us by email at care@silkfloras.example

Returns ship back free.

We do not refund the original shipping charges.

A return made within 30 days is refunded to the payment method you used.

ITEMS THAT CAN BE RETURNED OR EXCHANGED (all these conditions must be met):

Up to 30 days after your items arrive, or by December 25th, 2023, whichever is earlier.

  • Check that every item is in its original condition, tags on. Put in your packing slip (a copy), or the email confirming your order.
  • Where you have several boxes, return the items of each box as their own separate return.
  • Refund processing may take 7-14 days from delivery.

FINAL SALE AND NON-RETURNABLE ITEMS

Anything bought in the Holiday Clearance is FINAL SALE: it can be neither returned nor exchanged. Custom orders, personalized orders and the non-resalable items mentioned above cannot be returned either. The same goes for every holiday item bought after 12/24/2023.

RETURNING AN ITEM

If something is wrong with your order, email us or use the contact page. DO NOT send products back without RMA authorization from the return process. Most problems can be solved by contacting us directly.

Every approved return needs an RMA number from us, and we refuse any return that arrives without one.

Orders that arrive with a wrong or defective product need RMA authorization too.

REFUND METHOD AND TIMING

Apart from a few cases, we pay back returned items in the way you originally paid. Email us at care@silkfloras.example and have your order number ready.

For returns sent by mail, we process your return within 7–10 business days of receiving it. Depending on how long your bank takes, it may""",
                   ("by december 25th, 2023", "each box as their own separate return", "bought after 12/24/2023")),

    "wraporal": ("""Creative Gift Wrapping & More | support@wraporal.example

Return & Refund Policy

Your satisfaction comes first at WRAPORAL.example. If your purchase is not everything you hoped, we are ready to help. The details of our Return & Refund Policy are below.

Return Window:

  • A return may be requested up to 30 days after your order is delivered.
  • We are sorry, but we cannot accept return requests made once those 30 days have passed.

Return Conditions:

An item qualifies for return only if it meets all of these:

  • Condition: unused, unopened, and as it was when it reached you.
  • Packaging: in its original packaging.
  • Proof of Purchase: your order confirmation email or a receipt.
  • Integrity: nothing used, damaged or altered by the customer.
  • Note: returns that fail these conditions may be refused.

How to Initiate a Return:

Contact our support team to begin a return:

  • Email: support@wraporal.example
  • What to include: your order number, the reason you are returning, and photos (for items that are damaged or defective).

After approval we send you the address to ship the return to, with specific instructions. Do not send anything back to the sender's address shown on the parcel unless we have approved it first.

Damaged, Defective, or Incorrect Items:

Check your order when it is delivered. If an item is damaged or defective, or you got the wrong product, email support@wraporal.example within 48 hours. We will send a replacement or give a full refund, shipping costs included, without any extra charge to you.

Return Shipping Costs:

  • Defective/Damaged/Incorrect items: return shipping costs you nothing, and we send a prepaid return label.
  • Change of mind (Customer Remorse): you pay the actual return shipping cost. We do not refund original shipping fees.

Restocking Fees:

  • WRAPORAL.example""",
                 ()),
}
