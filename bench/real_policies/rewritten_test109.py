"""The test109 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "triplecare": ("""Return & Exchange Policy

We follow the mail-order rules of the U.S. Federal Trade Commission (FTC), the CPSC's regulations and the FDA's guidance on baby products, so that returns and exchanges are handled fairly while the hygiene and safety of the infants who use our goods come first.

Eligibility Requirements

- Any request to return or exchange an item has to be started no later than 30 days after the product is delivered. Unopened, unused products that raise a safety concern get a longer window of 45 days, so parents have time to check them.
- Products have to come back unused and unopened, in their original condition, with every tracking label and safety seal still in place (as the CPSC's traceability rules require):
- Baby Bottles: the packaging, tags and safety seals all original and unbroken; no sign of use, of sterilizing, or of damage to any part of the bottle (nipples, caps, bases). A glass bottle must show no cracks or chips.
- Diapers: the packaging unopened, with no tears or tampering; the size and the count must match what was ordered. A diaper pack that has been opened cannot come back, because of the hygiene risk.
- Baby Wipes: the packaging unopened and sealed; no leaks, no tampering and no damage from moisture. Wipes sold as fragrance-free or for sensitive skin must keep their original labels, so that the formula can be checked.
- Customized Items: a personalized baby bottle (one engraved with a name, for instance) can be returned or exchanged only when it has a manufacturing defect (such as a leak or a wrong engraving) or fails to meet safety rules.
- Defective or Incorrect Items: a product that has a quality or safety problem (a bottle that leaks, a diaper fastener that fails, wipes with an ingredient that irritates), or that was delivered wrong (the wrong size, material or formula), qualifies for a full refund or an exchange; photo or video evidence is required so that we can verify the problem. Products recalled by the CPSC can be returned as well.

Non-Returnable & Non-Exchangeable Items

- Because of the risk to infants' hygiene and safety, any baby product once opened, used or tampered with (sterilized bottles, opened diaper packs or used wipes, for example).
- Items damaged because of""",
                   ("longer window of 45 days", "no cracks or chips", "size and the count must match",
                    "keep their original labels", "recalled by the cpsc")),

    "clothdiaper": ("""Returns and Exchanges at clothdiaper.example

Return and Exchange Policy:

To exchange an item, whether the size was wrong, the maker left a defect, we made a shipping mistake or for any other reason, phone us free on 1-877-215-9004 (from outside the USA, on 001-801-566-7579). Customer service is open Monday to Friday, from 9 AM until 5:00 PM MST.

You can return items within 30 days on most orders, and within 60 days when you bought a cloth diaper package, as long as:

  1. The diapers or accessories are unused and unwashed, still new and fit to be sold again.
  2. Leftover lengths of Cotton and PUL material are not taken back.
  3. A copy of the sales receipt comes with the returned items.
  4. The reason for the return is written on the sales receipt.

We credit the price of the returned items to your credit card while it is still valid, or else mail a check to the return address. Processing takes 7-10 days from the day the return reaches us. Shipping is not refunded, and the charge for sending the return is the customer's to pay.

We may, if we choose, take returns after the return periods above have ended. Restocking fees may be charged.

How to Return or Exchange Items:

Returns and exchanges are welcome, but we accept no return unless its Return Authorization Number is marked clearly on the outside of the parcel. Goods sent back without an RA number are refused. For an RA Number, phone customer service on 877-215-9004 (001-801-566-7579 from outside the USA). Your order number serves as your receipt; without it we cannot handle your return or exchange. You can find us at 9713 S 600 W in Sandy, UT 84070.

* A shop asks for your receipt when you bring something back for a return or exchange, and so do we: please put your receipt in with the return. *

Please keep your order details at hand when you phone. When you pack the item(s), put in a note, written clearly, with your order number, saying what the problem with the item was and if you would like a refund or an exchange. For an exchange, please incl""",
                    ("cloth diaper package", "after the return periods", "restocking fees may be charged",
                     "marked clearly on the outside")),

    "kidswing": ("""Refund and Returns Policy

Overview

  • We hope every purchase from Kidswing makes you and your little ones happy.

  • You can return an item for up to 7 days after it is delivered.

  • A returned item must be unused and unwashed, in the condition in which it reached you, and in its original packaging.

Refunds

  • When your return has arrived and been inspected, we will tell you whether your refund is approved or rejected.

  • Once it is approved, we process the refund and the credit goes automatically, within 7-10 business days, to the payment method you used.

Late or Missing Refunds

  • Refund not arrived yet?

    • Look at your bank account again.

    • Ask your credit card company; a refund can take a while to be posted.

    • Ask your bank; processing times differ.

  • If none of that helps and the refund is still missing, write to us at kidswing1991@kidswing.example.

Sale Items

  • Refunds are given only on items bought at the regular price.

  • Sale items cannot be refunded, unless they reach you damaged or defective.

Exchanges

  • We replace items only when they are defective or damaged, or when you were sent the wrong item.

  • To exchange an item, email kidswing1991@kidswing.example with your order details, and photos where they apply.

Shipping Returns

  • Send your product back to: kidswing1991@kidswing.example.

  • Return shipping is yours to pay, unless the item was defective or not the one you ordered.

  • We do not refund shipping costs.

  • For valuable items, think about a trackable shipping service or shipping insurance, since we cannot promise that your return will reach us.

Need Help?

Questions about refunds, returns or exchanges? Get in touch:

kidswing1991@kidswing.example

Shopping Cart""",
                 ()),

    "bumbo": ("""Returns

Any non-disposable item that is unused can be returned within 30 days [Consumer Rights Act 2015]. If the products you bought do not satisfy you, just return them to us unused, in their original packaging and fit to be resold (the cost and the risk are yours). Put your name and order number in with them.

Refunds are given on these conditions:
  • The item has to reach us no later than 30 days after you received it
  • We pay the amount back to the payment method you used (PayPal, credit card or debit card, for example)
  • The cost of sending the item back is not refunded
  • The product has to be unused and sent back in its original packaging
  • Both product and packaging have to be fit to be resold
  • For used goods whose value has gone down through handling or use beyond what trying them in a shop would allow, we may decline to refund in full (keeping back a fair amount, which may be as much as the whole price paid)
  • Now and then we cannot take back the step'n potty, the toilet trainer or the changing pad, for hygiene or other reasons. A product that cannot be returned is always marked so on its description page, before you buy it.
Notes:
  • Cancelling or returning special-order items and assembled furniture can mean a charge for restocking them
  • If you would rather not arrange the return yourself, we can arrange it for £15 a parcel for each attempt (UK mainland only)
  • Single items from bundles and packages cannot be returned; a bundle or package must come back whole
  • Where needed, we can provide a suitable shipping carton for £10.
Return address:
Ridgebacks Warehouse, Old Park Farm (no. 1), Letheringham, IP13 0LZ""",
              ("value has gone down through handling", "special-order items and assembled furniture", "£15 a parcel",
               "shipping carton")),

    "indiateethertoys": ("""Should your purchase not satisfy you completely, you may send the order back for a full refund, or swap it for another item. Returns and exchanges are possible for up to 120 days after the date of purchase. Products returned or exchanged have to be in the condition in which you received them, in their original box or packaging.

Title to the products you order, and the risk of their loss, pass to you when the Indian Postal Department takes them.

indiateethertoys.example makes at most three tries at delivering your order. Where the customer cannot be reached, or refuses the products, in those tries, indiateethertoys.example may cancel the order(s) as it sees fit.
The Order Summary page shows an estimated delivery time. When you order, an email gives you a summary of the order together with the estimated time of delivery to your address.
Delivery can take longer because of
1. bad weather
2. delayed flights
3. political unrest
4. other events nobody could foresee
If that happens, we will get in touch with you first. Please watch your email and SMS messages for these updates.
We cannot pay compensation for any distress a late delivery causes. The customer may cancel the order at any time, including when delivery runs past the expected time. For a prepaid order, the money goes back to the customer's account as soon as the cancellation has gone through.

"The Buyer agrees that title to the goods passes to the buyer when the Order is placed and its dispatch confirmed, whatever happens with the Shipping of Goods and COD, which follow in due course as separately charged services"

Post Delivery:
Returns and Exchange conditions:
We sell neither wholesale nor in bulk; if the product does not please you, you may ask for a refund within 10 business days (Monday to Friday), after which no refund will""",
                         ("three tries at delivering", "refund within 10 business days")),

    "studiao": ("""Return & Exchange Policy

We want every backpack, pencil case and pencil sharpener you buy from us to satisfy you fully. This Return & Exchange Policy sets out how products can be returned or exchanged, so that the process is fair and simple for every customer.
You can ask for a return or an exchange up to 30 days after your order reaches you. A product qualifies only if it is unused and in its original condition, with its original packaging complete. Damaged, used or stained items, and items with parts missing, are not accepted back, whether for a return or an exchange, except where the damage or defect happened in transit or was there on delivery.
If an item is damaged, defective or not what you ordered (the wrong product or colour, say), take clear photos of the problem and send your return request straight away. For eligible defective or incorrect items we pay the return shipping and send a replacement or refund you in full, whichever you prefer.
For items that are not defective (you changed your mind, or picked the wrong size), return shipping is yours to pay. When the returned item has arrived and been inspected, we refund it to your original payment method within 5-7 business days, without the original shipping costs. How long the refund takes to show may depend on your payment provider.
Exchanges depend on what we have in stock. Should the item you asked for in exchange be sold out, we refund you in full instead. Customized or personalized items can be neither returned nor exchanged, unless they are defective.
Once you have sent your return, allow 7-10 business days for it to reach us and be processed. Please use a trackable shipping service for returns: we cannot answer for return parcels that go missing or arrive late.
We may change this Return & Exchange Policy now and then, posting any change on this page. Placing an order means you agree to the terms of this policy.""",
                ("be sold out", "7-10 business days for it to reach us")),

    "shopforclass": ("""School Supplies from an Altruistic Source

Returns & Exchange Policy

Returns & Exchange Policy

Doing business with us should make you happy. . . .

Once an order is placed, we are sorry to say we cannot take returns or exchanges, except where we made a mistake or the product was damaged in shipping. An order can't be cancelled once placed, either. So please check it is right before you order: that keeps our prices low, which is good for you too.

Still, we are all human, and mistakes happen. Sometimes shipping goes wrong too. In those rare cases we want to put things right!

Our policy runs for 30 days. Once 30 days have passed since your purchase, we are sorry, but we can give you neither a refund nor an exchange. A return qualifies only if the item is unused, in its original packing, and in the condition in which you received it. We also need your Shopforclass.example order confirmation, as proof that you bought the item.

If your return qualifies:

  1. Email CustomerCare@shopforclass.example. If we accept the return we will issue an RMA number. Your email has to give your order number, which item(s) you want to return and how many, and why.
  2. When you have our RMA number, send the items back with any shipping company you like. Pack them with care, together with the original paperwork and the RMA#. Any return shipping cost is yours to pay.
  3. Send the items to the address they were shipped from, putting the original packing list in with them. (The address is on the original box.)
  4. Once the items are back with us and inspected, your credit is processed.
  5. Once your credit has gone through, we let you know by email.

Refunds (if applicable)

When your return has arrived and been inspected, we will email you to say that it has reached us, and tell you whether your refund is accepted or rejected.

If yo""",
                     ("original paperwork and the rma#", "address they were shipped from")),

    "kidsbalancebikes": ("""Store Policies
Payment: we take paypal, visa and mastercard
Shipping Time: Parcels leave on the day payment arrives or the next day, Monday to Friday. The UPS tracking number we send lets you follow your parcel in transit and see when it should arrive. Being on the West coast, we take from 2 to 7 days to reach you, depending on where you are (East coast customers. Faster shipping will be offered for a fee.
Shipping Methods: For now we ship by UPS ground. Sometimes an item may ship straight from the manufacturer, and we will let you know. Faster shipping methods will be added soon.
Damaged Shipments: Damage done to a shipment in handling has to be claimed from the freight carrier. If a carton is missing or damaged, make sure you write it down on the freight bill. Should you find hidden damage after the driver has gone, keep all the packing and ask the freight carrier to send someone to inspect it.
Manufacturers Defects If a product seems to have a manufacturing defect, ask our Customer Service department by email what to do. Never send products back to us before contacting us for instructions. A product coming back because of a manufacturing defect needs a Return Authorization Number first. We accept no parcel without a Return Authorization Number written plainly on it.
Return Merchandise Policy: Every return needs permission from our return department first. Refunds can be had for 30 days from the date of shipment. Email your refund request to info@kidsbalancebikes.example with RETURN in the subject line; we then send you the return authorization number (RA#) and the return instructions. We accept no parcel without an RA#. Please write the number on the parcel. If you are sent the wrong products, hold on to the packaging and everything else that came with them, and phone or email info@kidsbalancebikes.example""",
                         ("claimed from the freight carrier", "on the freight bill", "hidden damage",
                          "written plainly on it", "in the subject line", "write the number on the parcel")),

    "furniturechildrens": ("""Children Furniture Store wants you to be fully satisfied with what you buy. If your order doesn't quite please you, our returns and exchanges are simple. Please read what follows carefully to understand how our policy works.

Eligibility for Returns & Exchanges

An item can be returned or exchanged only if it is unused, in its original condition and in its original packaging. You also need the original receipt or other proof of purchase. We take returns and exchanges for 15 days after your order arrives.

Non-Returnable Items

For hygiene and safety, these items can be neither returned nor exchanged:

  • Mattresses for children
  • Pouffes for children
  • Step stools for children

Returns & Exchanges Process

To start a return or exchange, take these steps:

  1. Contact Us: Email us at info@furniturechildrens.example giving your order number and details of the product you want to return or exchange. The template below may help.
  2. Wait for Approval: Your request is reviewed by our customer service team, who send you a Return Authorization Number (RAN) with instructions for the next steps.
  3. Package the Item: Pack the item securely in its original packaging, with every accessory and all the documentation.
  4. Ship the Item: Return it using a trackable shipping service. The customer pays for return shipping, unless the return results from a defect or a mistake of ours.
  5. Receive Refund or Exchange: When the returned item has arrived and been inspected, we process your refund or exchange. Refunds go to the original payment method; exchanges are sent out as soon as we can.

Refund Timeline

We process refunds within 5-7 business days of receiving the returned item. The refund is paid back to the payment method you used first. Note, please, that extra""",
                           ()),

    "nurserydesignstudio": ("""Refund Policy

Parenting doesn't keep office hours, and phoning customer service at the busiest time of the family's day is not easy. So we try to make returning as easy and painless as it can be.

If an item was damaged in shipping, please tell us at once at We are glad to take back defective goods within 7 days of receiving them when something is wrong with the product.

Items that are unused and undamaged can be returned up to 30 days after the shipping date, with their original packaging intact and their original tags. Allow 5-10 business days for your return to be processed once we have it.

Not every item can be returned or exchanged, and some may have a shorter return period. Each product listing gives its own return details. Where a listing gives none, the usual 30-day return policy may apply.

These items are neither returnable nor refundable:

  • Items whose listing marks them as not returnable or exchangeable
  • Sale items whose price ends in .95
  • Items that have been personalized
  • Any furniture
  • Area rugs (with some exceptions)

We will gladly refund or exchange any item you don't want within 30 days of shipment (provided it meets the conditions of our Return & Exchange Policy set out above).

Every returned item has to be unused, in its original packaging, and come with a return approval number.

Each item is inspected when it reaches the return address, and its condition checked before any refund is processed.

Returned items remain your responsibility until they arrive at the return address. Please pack your parcel securely so that neither the item nor its packaging is damaged. We strongly recommend tracking. Returns that are damaged when they reach us are not refunded. We take no responsibility for items sent to us by mistake.

Please note that delivery fees and original shipping charges are not refunded.

Any questions about your return or how returns work? Please get in touch with us dire""",
                            ("shorter return period", "damaged when they reach us", "sent to us by mistake")),

    "udyexvvc": ("""Refund and Returns Policy
Learning Express Toys sells good-quality educational toys, stuffed animals, baby items, play food sets, and vehicle and train sets, all meant to spark creativity and learning. We care a great deal about your satisfaction. This Refund and Returns Policy sets out your rights and our duties for returns, exchanges and refunds; do read it carefully before buying anything.
1. Return Eligibility
We accept returns of eligible products on these conditions:
- The item comes back no later than 30 days after delivery.
- The item is new and unused, with its original packaging, tags, manuals and accessories all included.
- The item shows no sign of use, wear, or damage from careless handling.
- Products listed under "Clearance," "Final Sale," or "Non-Returnable" cannot be returned, unless they are damaged or defective when they reach you.
2. Non-Returnable Items
To protect every customer's safety and hygiene, these items cannot be returned unless they are defective on arrival:
- Toys that are personalized or customized
- Baby products that have been opened (teethers, rattles and plush toys meant for infants, for example)
- Gift cards and downloadable products
- Items marked non-returnable when you bought them
3. Return Process
- Contact Us: Email us at support@udyexvvc.example or phone +1 614-502-6708, giving your order number, the reason for the return and any photos that support it, where they apply.
- Return Authorization: After reviewing your request we give you a Return Authorization Number (RAN) together with full return instructions. Returns sent without authorization may be refused.
- Shipping the Return: Return shipping is yours to pay, unless the item is defective or the mistake was ours. We recommend a trackable shipping method. We cannot answer for returns lost or damaged on the way.
- Inspection and Refund: When the return has arrived and been inspected, we will tell you whether your refund is approved or rejected. Once it is approved, your refund will b""",
                 ()),

    "puddleproofs": ("""Carefree Returns & Refunds
Returns Policy
Enjoy your new Puddleproofs! Still, we know that sometimes things don't work out. Here is all you need to know about returning an item:
Whatever the reason you are unhappy with your purchase, you can send it back for a refund if you do so within 14 days of delivery. Returns that reach us after that are given a credit note. To return an item, email info@puddleproofs.example and we will arrange it directly with you.
We can accept a return only if the garments come back unworn and fit for sale, with every label still attached.
Please note that the original shipping charges cannot be refunded. A refund can take 7-10 days to process.
Sending an item back to us is at the buyer's cost, not Puddleproofs'. We suggest a tracked service for your return. Puddleproofs cannot be held responsible for returns that never arrive.
We don't offer direct exchanges at the moment. For another size or style, just send your item back and order again.
Worth Knowing
Faulty or Damaged Items: If something is wrong with your order, tell us within 48 hours of its arrival. We will arrange a replacement or a refund for you quickly.
Need a hand with anything? Just get in touch at info@puddleproofs.example — we're glad to help!
Thank you for choosing Puddleproofs!""",
                     ("credit note",)),
}
