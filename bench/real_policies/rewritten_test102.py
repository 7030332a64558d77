"""The test102 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "bicyclesquilicot": ("""Return Policy
ITEMS AT REGULAR PRICE
Clothing & Other Items | Under 60 days
Buying clothes and other gear online can leave you unsure, so our satisfaction guarantee is there to take the worry away. Should a garment not fit, not look or feel right, or should any item fall short of what you hoped, you can have a refund or an exchange:
In-store: bring it to whichever store is nearest and show your proof of purchase.
By mail: you may post it back instead (the postage is yours, and we take $15 plus taxes off your refund). Send us a return request with the form below.
**Some items cannot come back; see the NON-REFUNDABLE ITEMS section to learn which.
Any item(s) | Over 60 days
Once 60 days have passed, the manufacturer's warranty takes over. It does not, however, cover heavy use, breakage or the wear that normal riding brings.
Used products (Second Cycle) | Under 30 days
Changed your mind about the second cycle bike you just bought? You have 30 days to decide, and can take either a refund or a credit.
DISCOUNTED ITEM(S) | Up to 10 days after purchase
Goods bought at a discount can come back in store or by mail during a 10-day period counted from the day you bought them. They have to be undamaged and still in the original packaging, and you need proof that you bought them.
Whatever you return has to be in its original condition, free of stains, tears or obvious signs of wear, with its original labels still on. Use the return request form below to begin a return.
EXCEPTIONS | NON-REFUNDABLE ITEMS OR FINAL SALE
Some items are never refunded, among them tubes, bikes, glasses, tires, bibs, shorts, special orders and underwear. Anything whose product description says "Final Sale" can be neither refunded nor exchanged.
How to Send an Item Back
In store
Go to one of our s""",
                         ("the manufacturer's warranty", "second cycle", "10-day period")),

    "longboardsusa": ("""Return Policy
Return Policy
Before anything else, write to info@longboardsusa.example, tell us what the problem is and send us pictures. Please read this policy before you send a product back. Our support team has to approve every return before it is shipped. Never send an item back without a Return Authorization Number: anything that arrives without one will be refused.
Used Items and Time Limits
We do not take back or refund used items.
No Refund if:
The item is no longer in its original condition.
The product you send back has been used.
Your product was personalized or made to order.
The item was opened when it should not have been.
The product is damaged, or parts are missing, for reasons that are not our fault.
Your refund request comes later than 30 days after delivery.
What you bought was a gift card.
Refunds (if applicable):
When your return has reached us and been inspected, we will email you to say it has arrived, and we will also tell you whether your refund is approved or rejected.
Once approved, your refund is processed and the money goes back to the card or other payment method you first used within a couple of days. We keep back a 3% finance cost (card fees, PayPal fees and the like), which cannot be refunded.
Late or missing refunds:
No refund yet? First look at your bank account, or ask your credit card company, since a refund can take a while to post. Bank transactions usually need 3-7 business days to appear on a statement.
If you have done all that and the refund still has not come, email us at info@longboardsusa.example and we will track it down.
Damaged Items:
Should an item reach you damaged, email us straight away, within 1-2 days. Put simply, after 3 days we cannot refund you, because we can no longer show the damage happened in shipping or at the warehouse. Provide a p""",
                      ("opened when it should not", "3% finance cost", "after 3 days we cannot refund")),

    "castawaytackleco": ("""Fishing Reels and Rods
Returns Policy
At Castaway Tackle Co we want you fully happy with what you bought. Should you not be, for whatever reason, we are glad to take it back for a refund or a merchandise credit on the terms below:
1. ITEM CONDITION.
Except where the item comes back because it was damaged or defective on arrival, anything you return:
must be new, unused and fit to sell, with its tags still attached.
may be an "open box" item, but must be complete, with all its original packaging intact.
2. METHOD OF PAYMENT.
Refunds for returned items are given:
back to the payment method you first used.
Or
as store credit.
3. ITEMS EXCLUDED.
Everything can be returned except:
Clearance Items
Final sale Items
Perishable goods
Special-order items
Custom-made goods
Gift cards
We may refuse any return that does not meet these terms, or where the discretion of store management so decides.
4. IN-STORE RETURNS.
In store we take returns for 30 days after the original purchase, provided you show a valid receipt or other proof that you bought it.
5. ONLINE RETURNS.
Goods bought online can come back within 30 days of the day they were delivered. To begin, email us at tackle@castawaytackle.example for a return authorisation, giving your original order number and why you are returning the item. A return sent without authorisation may be refused. Once your return arrives, the refund may take up to 10 business days to be processed.
6. RETURN SHIPPING.
When an item was sent in error, or comes back because it is defective or damaged, its return authorisation includes a prepaid shipping label. For returns for any other reason, return shipping will be:
paid by the customer.
paid by Castaway Tackle Co""",
                         ("discretion of store management",)),

    "golflocker": ("""Returns and Exchanges Policy
Golf Locker Policy on Returns and Exchanges
Not fully happy with what you bought? Return it to us in the state we shipped it, tags still on, following the steps below, and we will refund you less the shipping charges. Certain special order items cannot be returned; their own webpages say so.
Anything embroidered in any way can be neither returned nor exchanged.
My Golf Locker Patrons (members of our Personal Shopping Service): please follow the returns information that came in your Locker shipment.
For purchases made on GolfLocker.com, use the steps below.
Returns are limited to 60 days.
You have to ask for a return authorization number no more than 60 days after your order shipped, and your return must reach us no more than 14 days after we give you the RA#.
Where your order qualified for free standard shipping and the items you send back take the order total under the free standard shipping threshold, we reduce your refund by the shipping charge the original order would have carried.
All shipping charges on exchanges and returns are the customer's. Say your shoes shipped free and you want another size: you pay to send them back, and you pay the shipping on the replacement pair too.
Anything customized in any way cannot be returned or exchanged, embroidered items with a custom logo or personalized text included, as well as golf balls with a custom logo or personalized text.
International customers pay all shipping and customs charges on every return and exchange.
Here's where to start.
If you opened an account at the time of your ord""",
                   ("personal shopping service", "free standard shipping", "international customers")),

    "blackdiamondequipment": ("""Returns
CHANGE OF MIND
Not completely happy with your order? You may be able to get the purchase price of the Product back, as long as:
you send the Product back by a trackable method, paying for it yourself, and it reaches us no more than 30 days after your order was delivered;
the Product comes back in the original as-new state, its packaging undamaged and its tags still on;
you send it (at your cost) together with the original proof of purchase;
the item was not bought on clearance or sale; and
it is not one of the excluded items.
Where those terms are not met we cannot refund you, for example when you:
have no proof that you bought it from this website; and
have used, worn or tested the Product, damaged the goods after they reached you, or sent the Product back without all its original packaging and its tags, stickers and labels.
If your Product qualifies for a refund (see above), you get back what you paid for the Product. The delivery fee you paid, and what it cost you to send the Product back (postage), are not refunded.
Refunds go to the payment method you originally used. Where you paid through PayPal, your refund is handled by PayPal. Allow up to 14 days for us to process your return and arrange the refund.
HOW TO SEND A RETURN FOR A REFUND
Follow the steps on our Returns Portal to complete your return so that we can refund you. If the Returns Portal does not work for you, please get in touch.
EXCLUDED ITEMS
The items below cannot come back to us because you changed your mind, chose the wrong size or found they did not live up to your hopes.
Safety Equipment, among it:
any personal protective equipment
rope
harnesses
all load """,
                              ("handled by paypal",)),

    "camp4collections": ("""Unused* items can come back to us within 15 days of delivery.
- We keep a 3% non-refundable fee to cover the payment processing fees charged to us.
- The buyer pays return shipping, unless the return is due to our error.
- We do not refund the original shipping fees, unless the return is due to our error.
- We are sorry, but items you have sealed yourself cannot be returned.
- An item that comes back dirty (with hair, fur or other debris, say) carries a 10% cleaning fee, taken off your refund.
- If you chose our seam sealing service, it is refunded at half its price (50%).
- Customized orders cannot be returned unless we say otherwise.
*Returned items should be unused and like new, but you may pitch your tarp or shelter outdoors to look it over. Keep it clean and pack it neatly (mind that the guylines stay free of dirt). Do not sleep in the shelter or leave it standing outside for long. Products with rigging you cut or fit yourself (bivys and bug shelters, for instance) can still be returned after you have cut the lines; just take the lines off the product and put them in the box with your return.
Orders that are not customized can be cancelled at any point before they ship.
- When you order, we place an authorization on your card, which is usually charged a few days later. If you cancel after your card has been charged, we keep a 3% non-refundable fee for the payment processing fees charged to us. If you cancel before the payment goes through, you get the full amount back.
To return an item, just email us at info@camp4collections.example
Your refund should reach you within three weeks of the day we receive what you sent back, though most refunds are done within a few days.""",
                         ("3% non-refundable fee", "10% cleaning fee", "refunded at half", "take the lines off",
                          "after your card has been charged")),

    "buybeachwearsale": ("""We hope you love your swimwear at SWIM Sales Store as much as we do. Still, not everything works out, like the strapless bra that swore it would stay put. So returning or exchanging is kept simple here, and handled with the same care that goes into our shapewear-style designs.
Our Return Promise
Returns and exchanges are accepted for 15 days after your order reaches you. Every item has to be:
Unworn, unwashed and in its original condition
Still carrying all its tags
In its original packaging
Please note: for hygiene reasons, swimwear bottoms cannot come back unless they reached you defective or damaged. This keeps standards high for every customer.
How to Start a Return or Exchange
Contact Us: No more than 15 days after your order arrives, write to our customer care staff at [email protected], using our template below for a smooth start.
Wait for Approval: Within 2 business days we reply with your RMA number and the steps for returning.
Packing: Pack the unused merchandise carefully, with every original tag and its packaging.
Ship It Back: Post the parcel to our LA address by a shipping method you can track. The customer pays return shipping unless the item reached you damaged or defective.
Template for Your Request
Subject line: Return or exchange, order #[order number]
Hello SWIM Sales Store,
Please let me [return/exchange] something from order #[order number].
The item:
Name of the product: [name]
Size: [size]
Colour: [colour]
How many: [number]
Why I am sending it back: [fit, colour, style or other]
If exchanging, what I would like instead: [product, and size or colour if not the same]
Could you tell me what to do next?
Thank you,
[your name]
[your order number]
[your email address]
Refund Process
Once""",
                         ()),

    "runningshoes": ("""Returns Policy
RETURNS
At RunningShoes.co.uk we know you will sometimes need to send things back, so we have made returning easy, quick and simple.
We hope you love what you bought. But if it does not fit, you have changed your mind, it is faulty or it just is not for you, do not worry: to us, returns are an ordinary part of shopping online.
We will refund or exchange any item that:
reaches us again within 28 days of the day you received it.
comes back in perfect condition, in its original packaging and with its labels on.
For health and hygiene reasons, we cannot take back anything that has been worn, underwear and socks especially.
None of the above affects your statutory rights.
HOW TO SEND IT BACK
Pack your parcel securely, in its original packaging where you can, and take off the delivery label.
Put the original delivery note inside, with the reason for the return written clearly on it.
Tell us what you would like us to do, an exchange or a refund, so that we can deal with your return fast.
The postage for sending your parcel back is yours to pay. We suggest buying enough postal insurance to cover the parcel should it go missing on the way.
For any question about returning your item(s), email us at hello@runningshoes.example
RETURN ADDRESS
Running Shoes
Returns
1 Example Mews
Harrogate
EXCHANGES
When you send your item back, remember to add the code and size of the replacements you want.
We deal with exchanges as quickly as we can and, stock allowing, our aim is that we despatch your replacements no later than 24 hours after your return arrives.
Busy periods may slow this down a little.
BUNDLES / FREE GIFT RETURNS
To get a full refund, please make sure that every item of the bundle deal or the free gift p""",
                     ("delivery label", "despatch your replacements")),

    "babolat": ("""This covers any order placed from April 2, 2025 onward.
Eligibility for Returns
Returns must be made no more than 30 days after the purchase.
Products must be unused, in their original condition and in their original packaging (see below for what each kind of item needs).
Final Sale Items: Every discounted item is final sale and cannot be returned or refunded.
Non-Returnable Items: these cannot be returned even when unused:
Balls
Strings
Final sale items. We still accept returns, but we no longer offer exchanges. For another item or size, please place a separate new order.
Return Process
To start a return, get in touch with your order number and the reason you are returning the item. We check that your item qualifies before going any further.
Once your return is approved, we send you a return label, and take a flat $15 off your refund to cover return shipping.
You may use a shipping method of your own instead; the package is then entirely your responsibility, and you must send us its tracking number. Returns that are lost or damaged are not our responsibility.
When the item reaches us, we inspect it to make sure it meets every return condition and then issue your refund.
Refunds are usually processed 2–7 business days once we have inspected the item.
Restocking Fees
Items that do not come back in their original condition may carry these restocking fees:
A 20% fee if the original packaging is missing or damaged.
For example: shoes sent without a protective box, or problems with the original packaging (a plastic cover or bubble wrap that is missing or damaged, and so on).
A 50% fee if the product has itself been used or damaged, or can no longer be resold.
For example: taking off the grip wrap counts as use, even if the racket was never played with, and so does trying shoes on outside or on a court. Items sent back with tags removed or with signs of wear (deodorant, sweat, smells, pet hair and the like) count as used.
Free Shipping Adjustment
If your """,
                ("20% fee if the original packaging", "50% fee if the product")),

    "snowboardsalestore": ("""Your Gear, Our Commitment
We at Snow Board Store ride too, and we know the right gear can make or ruin a day on the mountain. So we have made shipping and returns as smooth as fresh powder under a clear blue sky.
Shipping Information
Shipping in Brief
Order Processing: 1-2 business days
Ways to ship: pick whichever suits your trips
Standard Shipping: £12.95; arrives 10-15 business days after dispatch; sent with DHL or FedEx; best when your trip is planned ahead
Free Shipping: no charge when you spend over £50; arrives 15-25 business days after dispatch; sent with EMS; best when you are in no hurry and want to save
Important Shipping Notes
We process orders Monday to Friday, bank holidays excepted
Delivery times are estimates and customs can change them
We email tracking information once your order is on its way
We ship worldwide, except to parts of Asia and a few remote areas
Simple Returns and Exchanges
Returns in Brief
Return Period: 15 days from the day it was delivered
Free Returns: when the item is defective or the mistake was ours
Exchanges: offered for another size or colour
Refund Processing: 5-7 business days once your return reaches us
The 5-Step Return Process
1 Check Eligibility
Your item qualifies when it is:
No more than 15 days from delivery
Still carrying its original tags
Unworn and in its original packaging
Free of any sign of use, wear or damage
2 Submit Return Request
Send an email to [email protected] giving:
Your order number
The item(s) you want to return or exchange
Why you are returning it
Whether you want a refund or an exchange
3 Receive Authorization
Within 24-48 hours we reply with:
A return authorization number
Instructions for shipping
The return address
4 Ship Your Return
Pack the items securely and send them to:
Snow Board Store Returns
1 Example Lane
Canterbury
Write the return authorization number on the package
When it arrives, we process it within 3-5 business days:""",
                           ("authorization number on the package",)),

    "customconchosandtack": ("""Shipping & Returns
Returns/Exchanges
We are glad to send you a return label; what it costs is taken off your credit or your exchange item. You can exchange for anything at all, not only the same item. If the new item costs more, you pay the difference, and any shipping charge, before we ship it. If the exchange item costs less than what you returned, the rest is added to your credit account.
Our Return Policy
Exchange or store credit, with a bonus
We will gladly exchange any item(s) or give store credit for them, as long as they meet the return policy.
1.) Send it back within 30 days (saddles excluded). Items have to come back in their original, unused condition.
2.) Every original manufacturer's tag, warranty card, price tag and warning tag must be there, and the item original and unused.
3.) Put a copy of your sales receipt or invoice in with every return, and the goods must be NEW and UNUSED.
4.) Every item must be in the condition it reached you in.
5.) Please note: products with horse hair, dirt, sweat and so on get no exchange or store credit. If you tried the item on your horse, kindly wipe the item down before you send it back.
6.) FINAL SALE, and not returnable: merchandise that was customized, special orders, books, electronics, dewormers, bits, helmets, supplements, any item that has been opened, closeout merchandise,
and anything custom ordered (custom size bridles included).
7.) NO FINAL OR CLOSE OUT ITEM OR PRODUCT CAN BE EXCHANGED OR CREDITED. Only regular priced items can be exchanged or credited; sale items, sadly, cannot, and are final sale.
Free Gifts: Should you keep back the free gifts that arrived with an item, we take the regular retail price of those gifts off your""",
                             ("pay the difference", "added to your credit account", "horse hair", "wipe the item down",
                              "free gifts")),

    "greatbowhunting": ("""Right of Withdrawal/Return Policy
Policy on Returned Goods. Our return department has to give permission for every return. If you are not satisfied, tell us as soon as your order arrives. Email your refund request to support@greatbowhunting.example (with "RETURN" in the subject line), and we will send you the return authorization number (RA#) and the return instructions. We accept no package that lacks a clearly written Return Authorization Number. An RA# must be issued before any product is sent back.
Your refund will reach you no more than 30 days after we receive the returned goods.
You have 10 days at most from the invoice date to get a Return Authorization number.
Every item MUST be fit to sell again, in the original packaging, with everything that came with the item.
**FOR HYGIENE REASONS UNDERGARMENTS CANNOT BE RETURNED UNLESS DEFECTIVE.
**DISCONTINUED ITEMS CANNOT BE RETURNED.
**ITEMS SPECIAL ORDERED FOR YOU CANNOT BE RETURNED UNLESS DEFECTIVE.
Restocking fees: a returned item carries a 15% restocking fee, $10.00 at most per item. An exchange carries a $7.50 restocking fee for each item exchanged.
Return Authorization numbers are cancelled 30 days after we issue them.
If the product you received is not the one you bought, send it back with:
Everything that came in it (product, manuals, instructions and so on).
Its original packaging.
The original invoice or receipt.
Once our return department authorizes your return, you should: Send the item to the address the return department gives you.
Write the Return Authorization Number in clear letters on your box or parcel.
Keep your shipping records as proof of shipment in case the return is lost.
Returns sent by the U.S. Postal Service (U.S.P.S.), or worth more than $100.00, should carry insurance.
We cannot be held l""",
                        ("$10.00 at most per item", "$7.50 restocking fee", "write the return authorization number",
                         "shipping records")),
}
