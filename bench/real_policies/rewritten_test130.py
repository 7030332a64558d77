"""The test130 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "microscopesamerica": ("""Refund and Return Policy
Microscopes America, Inc. is proud to supply top-quality laboratory equipment backed by expert service. Should your purchase leave you less than fully pleased, we are ready to assist.
1. Returns
An item may be sent back up to 15 calendar days after the day it reached you. For a return to qualify, the item has to be:
- Unused, and just as it was when it arrived.
- In its original packaging.
- Sent with the receipt or another proof of purchase.
2. Refunds
When your item arrives, we will check it over and tell you where your refund stands. Once it is approved, we will start a refund to the payment method you originally used.
3. Shipping & Liability
Sending your item back is at your own expense, and what you paid for shipping is not refunded.
Please Note: Microscopes America, Inc. accepts no liability for a return that is lost, stolen or damaged on its way back to us. Since laboratory equipment is costly and fragile, we urge you to insure your return for its full value and to use a carrier that offers dependable tracking.
4. Restocking Fees
Every return of laboratory equipment carries a 20% restocking fee. It pays for the expert inspection, recalibration and re-certification we need to keep our equipment up to standard.
5. Damaged Items
If a product is damaged when it is first delivered, get in touch with us straight away on (800) 790-8115 or at info@microscopesamerica.example, and we will hurry a replacement or a repair to you.
Contact Us
Questions about sending an item back can go to:
Telephone: (800) 790-8115
Email: info@microscopesamerica.example""",
        ("lost, stolen or damaged on its way back",)),

    "thelabstore": ("""Cancellation and Returns Policy

Cancellation Policy

Orders for standard catalogue products may be cancelled by the customer at any point before they are picked and packed for dispatch. When custom, non-catalogue or non-inventoried products are ordered from The Laboratory Store, a cancellation may be turned down, or it may incur cancellation fees.

Returns Policy

The Laboratory Store takes back standard catalogue products as convenience returns (where a customer ordered something they turn out not to need) up to 14 calendar days after we deliver them, with a restocking fee of no less than 30% of the invoiced value of the returned products.

Since the UK has left the European Union (BREXIT), sending goods made in the EU back to their manufacturers may bring extra charges, among them the new government charge and duties; where they arise, we pass them on.

If an order is cancelled more than 2 weeks after the date the order confirmation was received, restocking of 50% of the invoice value applies. Customised / Bespoke Equipment: the customer is charged the whole invoice value.

This returns policy covers only products that The Laboratory Store holds in stock and that are unused and fit to be sold again, and it excludes

  • spare parts and service parts
  • discontinued products
  • personalized or customized products
  • products bought anywhere but The Laboratory Store
  • products kept refrigerated or under temperature control
  • products that are out of date, shelf-worn, defaced or used
  • products that have expired, or whose expiration date leaves too little time to sell them on.


We do not permit returns of custom, non-catalogue or non-inventoried products.

Before the goods come back, the customer must get The Laboratory Store's return merchant authorization ("RMA") and show its number on the shipping paperwork of the return before sending the pr""",
        ("may incur cancellation fees", "may bring extra charges", "more than 2 weeks after the date the order confirmation",
         "charged the whole invoice value", "show its number on the shipping paperwork")),

    "scrubsunlimited": ("""Scrubs Unlimited works to bring customers the lowest prices on quality medical apparel, from Fashion Seal lab coats to Medline scrubs, and we care just as much about your custom and about keeping you satisfied. So whether you buy Angelica scrubs or any other piece from our range, we want you to be fully pleased with it.

Please read the return policy set out below. It explains how to measure for our Medline and Angelica scrubs and how long you have to send back lab coats from Fashion Seal.

RETURN / EXCHANGE POLICY

This covers every item apart from Medline and Cherokee garments, whose return policy appears further down the page.

Every return or exchange has to reach us no later than 30 days after you received it. Above all, Scrubs Unlimited wants every customer fully satisfied. If your shopping with Scrubs Unlimited has left you unhappy, let us put it right. Most returns and exchanges are no trouble for us at all; the only ones that are a problem come without any word on why the item is coming back. Credits can take as long as 2-3 weeks to go through.

Just post your return or exchange, with a note in the box giving your name, phone number and address and saying why you are sending it back, to:

Scrubs Unlimited, 10930 Weyburn Avenue, Los Angeles, California 90024

We suggest sending returns with FedEx or UPS. Many parcels sent through the US Postal Service have gone missing, and Scrubs Unlimited cannot take responsibility for those losses.

Returned items carry these restocking fees:

· 20% on every Cherokee garment

· 20% on every other garment not bought through the safe sizing program described below.

Returns carry no reshipping fee.
For every exchange, though, you need to enclose a check for $8.50 made out to Scrubs Unlimited to pay for shipping the new item to you.

An exchange sent without the details listed above will be given to charity.
A return or exchange mailed to any address but the""",
        ("apart from medline and cherokee garments", "cannot take responsibility for those losses",
         "enclose a check for $8.50", "will be given to charity", "mailed to any address but the")),

    "factorydirectmedical": ("""Refund and Returns Policy

Refund Policy

At Factory Direct Medical we want every purchase to leave you fully satisfied. So that your return goes smoothly, please look over the refund policy that follows.

Stethoscopes Return Policy

New:

  • Can come back up to 7 days after you bought it.

  • Has to be unused and still in its original packaging.

  • One that comes back used, or without its original packaging, is charged a 35% restocking fee.

Grade B:

  • Sold as final sale: it cannot be returned or exchanged.

Shipping costs: On returns of items that are not defective, the customer pays all of the return shipping. We do not refund the shipping of the order to you.

Returns and Authorization

Every return needs our authorization before the item is sent back.
To start one, get in touch with our customer service team, who will authorize it and tell you what to do. We take a return only if:

  • the product is unopened and in its original packaging, except where something is wrong with the order or the product;

  • our customer service department has authorized the return.

Note: Purchases with extra discounts, samples and demos fall outside our 7-day policy for returns and refunds; once bought, they can be neither returned nor refunded.

Compression Socks Orders

Every order of Compression Socks is final sale, with no returns or exchanges. Please take your measurements with care so that you order the right size.
Should there be a problem with your order (a wrong or defective item), let us know no later than 7 days after it arrives and we will help.

Return Shipping

When we find that a problem was our mistake (a wrong or defective item, say), we will send you a prepaid label for the return.
On any other return, the customer pays the cost of sending it back. We advise a shipping method with tracking.
We do not refund the charges for shipping the order out.

Defective or Wrong Items

If an item reaches you defective or is not what you ordered, contact customer service at once. We will help sort out the problem and take you throug""",
        ("charged a 35% restocking fee",)),

    "dentalmedcocanada": ("""Refund policy
Every sale is final. Items cannot be returned or exchanged unless the mail damaged them on the way to you. If that happens, you must report it, with documents to support it, to susan@dentalmedco.example NO LATER THAN 24 HOURS after it arrives.
We would then email the customer a return slip, together with instructions on how to send the item back. The mail courier has to collect the item from the customer within 7 days.
When the item has come back with nothing missing, we will do all we can to post the customer a new IDENTICAL ITEM. Where that item is out of stock, we will post a similar one instead; should the customer not be happy with that, we can only give STORE CREDIT towards other items.
So please make sure of your order before you buy. Questions are always welcome by email at susan@dentalmedco.example
Thank you.""",
        ("post a similar one instead",)),

    "petwishpros": ("""Returns

Returns

Highlights:

  • You can send item(s) back up to 30 days after the date of your order.

  • Opened items cannot come back to us, since opened medications have to be discarded. Please only return items that are still unopened. :)

  • If we got your order wrong, tell us and we will put it right. We make mistakes too. :)

Details:

Most items that are new and unopened can be returned for a refund up to 30 days after delivery. We cannot take back items that were opened, used, or both. A product that came sealed has to come back with its seal unbroken. If a package arrives without its seal, there is no refund, because we have to dispose of it. Under FDA regulations, once a medication or supplement has been opened and used it cannot be returned. Any item that comes back in damaged packaging is charged a 20% restocking fee. We may not refund shipping charges. Fees and costs arising from international shipping, such as duties, taxes and brokerage, are never refunded. The customer pays to ship the return. We do not accept a return because a pet reacted badly to a product or you did not like it. Always check with your veterinarian and the product's manufacturer before you give it to your pet.

Where the return comes from a mistake of ours (an incorrect, defective or damaged product reached you, for example), we cover the return shipping for a replacement item. Your refund should reach you no more than two weeks after you hand your package to the return carrier, and often sooner. Those two weeks take in the carrier's time to bring the return to us (5 to 10 business days), our time to handle it once it arrives (3 to 5 business days), and your bank's time to deal with the refund we ask it for (2 to 10 business days). We will do all we can to get your money back to you. To send an item back, just sign in to your account and open the order usin""",
        ("come back with its seal unbroken", "damaged packaging is charged a 20% restocking fee",
         "international shipping, such as duties, taxes and brokerage", "reacted badly to a product or you did not like it",
         "no more than two weeks after you hand your package")),

    "salonequipmentusa": ("""  1. Home
  2. Refunds + Returns
We are glad to take back products with a defect in their manufacture or workmanship. We also take back products we sent you by mistake, where an error in fulfilling your order meant the wrong ones were shipped.

The makers whose goods SALON EQUIPMENT USA distributes each have their own policy, shown on the item's page. Those policies differ from maker to maker, so your order may carry restocking fees as well as return postage and freight fees.

Items made to order enter production no more than 48 hours after you order, so cancelling one after those 48 hours brings a cancellation/re-stock fee. We start buying the materials for your order at once, so that your items reach you as quickly as we can manage!

Whatever damage freight and delivery have caused, note ALL of it when the items arrive; otherwise we may be unable to replace, refund or take back the item. Checking the boxes and marking any damage on the delivery's bill of lading is the customer's job. This step is one we cannot do for you to make sure your items arrive in perfect condition - we are counting on you!""",
        ("each have their own policy", "differ from maker to maker", "after those 48 hours brings a cancellation/re-stock fee",
         "otherwise we may be unable to replace", "marking any damage on the delivery's bill of lading")),

    "barbersalon": ("""Company Policy
1. Agreement to Terms
When you order from BarberSalon.com ("Company") or take delivery of goods from it, you ("Customer") accept the terms and conditions set out below. They alone govern every sale between BarberSalon.com and the Customer.
Should the Customer try to change, add to or amend these terms, that attempt has no effect. BarberSalon.com may change these terms whenever it chooses, without telling you first, so please read them again whenever you order or take a delivery.
2. General Return Policy
Any eligible product may come back to us, though we do not do exchanges. As we sell nothing refurbished or second-hand, every item returned to us carries a restocking fee of at least 20%. We do not refund shipping costs.
After the restocking fee has been taken off, whatever is left is paid back to your original payment method no more than 5 business days after the return reaches us and has been inspected.
A 20% restocking fee is likewise charged when a customer turns down a delivery or a parcel comes back to us because it could not be delivered.
Only if a product is defective, or a mistake by BarberSalon.com caused the return, do we pay for return shipping.
3. Return Authorization (RMA)
Every return needs a Return Merchandise Authorization (RMA) number. We do not accept a return that arrives without one.
For an RMA:
- Phone 844-837-8157
- Email [email protected] (Monday to Friday, 8:00 AM to 5:00 PM ET)
A returned product has to be in its original factory condition (not altered, not worn, not damaged, free of odours, and in its original packaging), with its tags, its netting and every accessory still in place.
Where a product is found not to qualify for return, the customer can ask for it to be sent back to them, paying the cost themselves. Anything left unclaimed for 30 days is thrown away.
4. Return Period
- Customers in the continental U.S.: 30 calendar days from the date of receipt.
- Military Customers: 35 calendar days from the date of receipt.
5. Ine""",
        ("turns down a delivery or a parcel comes back", "sent back to them, paying the cost themselves",
         "left unclaimed for 30 days", "military customers")),

    "tatomus": ("""RETURN POLICY

Last Updated: November 21, 2024

Free Shipping

Shipping is free on orders above $200 sent within the United States. Some items do not count towards free shipping: green soap, gloves, knee cloths, coverings, surface wipes, surface disinfectants and anything sold by the gallon. Orders that ship free go by FedEx or UPS ground.

Return Requirements

  • Every item has to be in brand-new condition.
  • A returned product must come with all of its original packaging and accessories.
  • We must receive the products no later than 30 days after the delivery date.

These items cannot be returned:

  • items that were customized
  • books and DVDs
  • anything from clearance
  • tattoo machines and thermal printers

We give no refund on orders paid cash on delivery (COD). When products are damaged or lost in shipping, we give store credit. Check your order when it is delivered, and tell the shipping partner about any damage you can see on the packaging.

How Do I Return an Item?

Just email service@tatomus.example and tell us:

  • your order number
  • which item(s) you are returning
  • what condition the item(s) are in
  • why you are returning them

You will hear back from us within 24 business hours (holidays excluded). We are closed at weekends.

Resolution:

Every returned item is credited to you as store credit for what it cost. Because of what these products are, we cannot give refunds.

When you have emailed service@tatomus.example and your return meets every requirement, we will send you a Return Authorization.

Put the Return Authorization inside your return package. Pack the items securely in a strong box with padding such as bubble wrap, or in a padded envelope. Post the package to the address given in the Return Authorization no later than 30 days after the date of your original purchase.

Should parts be missing, or the product be damaged on its way back because it was badly packed, the buyer is held responsible.

How Long Does I""",
        ("no refund on orders paid cash on delivery", "tell the shipping partner about any damage",
         "30 days after the date of your original purchase", "the buyer is held responsible")),

    "popularmassagetables": ("""Shipping and Returns
Order Confirmation:
The moment you order, an email confirming the order is sent to you. It means your order is in our system and the purchase amount has been pre-authorized on your credit card. On receiving the order we contact our suppliers at once to check that the item is in stock and ready to ship straight away. Should it be on backorder or unavailable, we cancel the pre-authorization and email you. Where your item(s) can ship straight away (within 5 business days), we put the charges through and send the order off for shipping.
Order Shipment:
When your order is in stock and your credit card has been charged, it ships no more than five business days after the order date. Tracking details reach you no later than 24 hours after your order leaves the warehouse, at the email address you entered at checkout. If six business days after ordering you still have no tracking details from us, you are welcome to ask at orders@popularmassagetables.example.
Damages:
Look over the packaging of your item(s) as they arrive. Any damage you see should be noted when you sign for the delivery. If item(s) reach you damaged, email photos to returns@popularmassagetables.example and we will make an insurance claim for you.
Where your product has a manufacturer's defect, get in touch and we will put in a claim with the manufacturer so the problem is solved by a repair or a replacement.
Cancellations and Refunds:
Every order cancelled more than 48 hours after it is placed carries a $20.00 administrative fee, shipped or not. If the order has already shipped, the buyer also pays all of the shipping charges. We refund only to the credit card the order was originally paid with.
Where your order includes an item that is custom built or made to order, and you ca""",
        ("noted when you sign for the delivery", "make an insurance claim for you", "$20.00 administrative fee",
         "custom built or made to order")),

    "mobilscooters": ("""Mobil Scooters stands for openness, fair dealing and satisfied customers. This Refund Policy sets out when we may approve a refund, a return or an exchange for products bought on our website.
When you order on mobilscooters.com, you accept the terms below.
1. General Refund Eligibility
We consider a refund only when every one of these conditions holds:
-
The request reaches us inside the return window that applies
-
The product satisfies the requirements for a return
-
We approved a return authorization beforehand
-
The product comes back in its original condition (except where it was damaged in transit)
A refund is never guaranteed: each one is subject to our inspecting and approving it.
2. Non-Refundable Items & Fees
We do not refund:
-
Shipping or delivery fees
-
Charges for freight or curbside delivery
-
Fees for assembly, setup or service
-
Items that are custom, special-order or refurbished (unless they are defective)
-
Products on clearance or sold as final sale
-
Orders turned down at delivery without our authorization
3. Return Authorization Requirement
Every return needs our approval in advance.
Before sending any item back, customers have to ask our support team for a Return Authorization (RA). A return sent without one is refused and goes back to the sender, who bears the cost.
4. Condition of Returned Items
A refund depends on these conditions:
-
The product is unused and has no damage
-
Its original packaging, accessories, manuals and components all come with it
-
A mobility scooter shows no wear, misuse or use outdoors
An item that comes back in a condition we cannot accept may be refused a refund or charged a restocking fee.
5. Damaged or Defective Items
When your item reaches you damaged or defective:
-
Tell us no later than 48 hours after delivery
-
We may ask for photos and other supporting documents
-
Keep the product and its packaging until we tell you what to do with them
Once a claim is approved, the result may be a replacement, a repair or a refund, at our own discretio""",
        ("fees for assembly, setup or service", "orders turned down at delivery",
         "may be refused a refund or charged a restocking fee", "keep the product and its packaging")),

    "305medicalbeds": ("""Almost all of our products come with a 30 day return policy. You may have an exchange, or a refund of what you paid minus the shipping costs. We usually charge a restocking fee of between 10% and 30%. The Warranty/Returns tab on the page of each product gives the return policy for that particular product.
Exclusions
• Special ordered items cannot be returned or cancelled.
• Replacement parts can be returned only when we made an error, and for no other reason.
• The return policy for hospital beds is set out below.
An order cannot be cancelled once it has shipped. You can refuse it when it is delivered; the item's standard return policy then applies, and the cost of shipping it back is taken off the credit we refund you.
Every return needs an RMA number.
Each one must carry an RMA (Return Material Authorization) number, which Customer Support gives on request. Customer Support then emails instructions for the return to the email address we have on file. Items sent back without an RMA number get no credit. If we do not honor the return, the item goes back to the customer, who pays for it.
Return shipping is paid by the customer. If anything is unclear, please ask us before you send it.
To be certain your item can be exchanged or refunded:
• Send the item back in brand new condition, in its original packaging.
• Do not assemble or modify the product before you return it, or we may be unable to refund it.
What if my order arrives damaged?
Everything we sell is packed carefully so that it reaches your door snug, safe and secure. Many items are double-boxed, and we do not sell products that damage easily in shipping. If an item reaches you damaged or missing parts, let us know within 10 days, and we will gladly send replacements or parts as quickly as we can.
Return, cancellation and refund policies for hospital b""",
        ("restocking fee of between 10% and 30%", "warranty/returns tab on the page of each product",
         "the return policy for hospital beds is set out below", "you can refuse it when it is delivered",
         "the item goes back to the customer, who pays for it")),
}
