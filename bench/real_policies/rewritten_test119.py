"""The test119 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "jmotechnology": ("""Buy filament and get 10% off Magigoo bed adhesive for 3D printers!

Filament Return Policy

Sealed filament can come back to us for a refund up to 15 days after it is delivered. Orders shipped abroad are final sales, with no returns.

Anything bought at a sale price is final and can't be sent back. Clothing and swag are final sales too.

Whatever you return has to be in new condition.

Expect your refund no later than one week after you hand your parcel to the carrier taking it back.

We charge a 20% restocking fee and also take off what it cost us to ship your order to you.

The customer pays for return shipping.

That shipping deduction uses what we actually paid, not what you were charged for shipping.

To start a return, email us at support@JMOTECHNOLOGY.example.

If, rarely, the filament turns out to be defective, you get a full refund, and that includes what you paid to ship it back. We issue that refund no more than 15 days after our testing is finished.

To be paid back the postage for returning defective filament, you must show proof of what you paid for the postage: the date, the tracking number and the amount.

If the filament is found not to be defective and you want it returned to you, you pay the extra shipping.

Filament counts as defective only if it fails one or more of the two tests below. We begin testing no later than 5 days after the filament reaches us.

Here is how we decide whether returned filament is defective:

1. We measure the filament's diameter.

It has to be within +-.05mm (we check three separate points along the spool, and it must pass at all three).

2. We print a two-inch cube from the returned filament.

Whether the cube prints well or not, we send you pictures of it.

Frequent questions about cases that don't qualify for a return:

1. Filament seal i""",
        ("orders shipped abroad are final sales", "one week after you hand your parcel", "uses what we actually paid",
         "no more than 15 days after our testing is finished", "proof of what you paid for the postage",
         "found not to be defective", "fails one or more of the two tests", "we begin testing no later than 5 days")),

    "aerodrones": ("""Effective Date: 4 December 2025
We'd like you to buy from AERODRONES.example with confidence. This Refund Policy sets out how refunds work, which cases qualify, and how to ask us for help.
1. When a Refund Is Possible
We may grant a refund when:
• what you ordered arrives damaged or defective
• you receive the wrong item
• the item goes missing, lost during transit
• the product is significantly different from its description
To qualify, tell us within a reasonable time after delivery. You must show proof of the issue: photos, videos, or a statement from the courier.
2. What We Don't Refund
There is no refund for:
• damage from misuse, crashes or careless handling
• wear and tear from normal use
• repairs or modifications we did not authorise
• products sent back without their original packaging and accessories
• remorse once the drone has already flown
A drone is a highly technical device. After a flight, its internal logs and sensors can show signs of misuse, and if our inspection finds any, we may refuse the refund.
3. How the Item Must Come Back
Once your refund is approved, return the item:
• in its original condition
• in its original box, with its accessories
• together with proof of purchase
Packing the item securely so it is not damaged on its way back is your responsibility.
4. A Replacement Rather Than a Refund
Often a replacement unit sorts things out faster. If the defect is confirmed and we still have the product in stock, we may offer to replace it instead of refunding it. Which one you get depends on stock and on what you prefer.
5. How and When Refunds Are Paid
Refunds go only to the payment method you originally used. Depending on your bank, processing can need 5 to 10 business days. AERODRONES.example cannot answer for payment processors' delays.
6. Cancelling
You may cancel an order before it ships. Once it has been dispatched, a cancellation is turned into a return request and follows the usual steps. If the product is""",
        ("lost during transit", "remorse once the drone has already flown", "a cancellation is turned into a return request")),

    "applemobile": ("""Refund policy
Refunds for Mobile Accessories
Phone cases, chargers, screen protectors, earbuds: whatever you get from our online shop, we want you to love it. We are a UK business and keep to the usual consumer laws, such as the Consumer Rights Act 2015 and the Consumer Contracts Regulations, so you are protected. Whether you want iPhone accessories or a Samsung charger, our policy is simple and fair. Shoppers in the UK often search for how to send mobile accessories back, or ask a voice assistant about refunds on phone cases, so this page answers those questions plainly.
Can I Send Something Back Because I Changed My Mind?
Of course. Perhaps the colour clashes with your phone, or you spotted a cheaper price elsewhere; that happens. For online orders, UK distance selling rules give you 14 days to cool off, counted from the day after your order arrives. We go further and give you 30 days for every mobile accessory, as many large UK shops such as Amazon do, so you have lots of time to make up your mind.
The item must be unused and in its original packaging, with every tag or seal still in place. We cannot take a return once a product has been opened or used; that is normal for hygiene and resale, especially with earbuds and screen protectors.
What If an Item Is Faulty or Damaged?
No one wants a charger that doesn't work or a phone case that is cracked when it comes out of the box. If your accessory arrives faulty, isn't as described, or stops working soon afterwards, the Consumer Rights Act covers you, like this:
- Within 30 days: send it back for a full refund, with no questions. When the fault is ours, we also pay the postage for the return.
- Between 30 days and 6 months: first we repair it or replace it (at""",
        ("between 30 days and 6 months",)),

    "landrovervirginiabeach": ("""Return Policy
Q. May I send a part back?
A. Most parts can be returned, with a 15% restocking fee. Every part sent back has to meet these conditions:
- Parts from orders placed with no VIN cannot be returned.
- Put a copy of the invoice in with the return.
- Every returned part is charged a 15% restocking fee.
- Parts must be fit to resell and in their original packaging.
- We can't accept parts that have been used.
- Nor parts whose description says they are non-returnable.
- We can't accept parts that have been installed or tried on.
- Electrical parts can't be returned.
- Any part we find to have been installed or used, or that fails these conditions, we may refuse and send back.
- Ask for a return no more than 30 days after you receive the part. For a defective part, tell us within 15 days of receiving it to ask about a refund under the parts warranty.
Before anything else, email us at parts@LANDROVERVB.example for an authorization number. Some kinds of parts, too, we cannot take back.
Q. May I exchange a part?
A. In most cases, yes. Check that the item meets every condition above, then start the exchange by asking for an RMA.
Q. How do I send a part back or exchange it?
A. First email parts@LANDROVERVB.example for a return authorization number. Then send the part(s) to us in the original package with a copy of the invoice. Insure the parcel you send back: returns that go missing or are damaged on the way are not our responsibility.
Q. What if you shipped me the wrong part?
A. We apologise, and we'll get the right part to you as soon as we can. Email parts@LANDROVERVB.example and we'll sort it out.
Q. And if I picked the wrong part when ordering?
A. Send it back the same way as any other part: read the conditions above and request an RMA (return authorization number) from us. To avoid this, check with the VIN lookup tool on our site that the part fits your vehic""",
        ("returns that go missing",)),

    "motorcyclegear": ("""Skip to content

Refund policy

Set up a return from your account here. At MOTORCYCLEGEAR.example we try to make returning or exchanging as simple and cheap for our customers as we can. The main points:

  • Returns carry no restocking fee, on any merchandise, closeouts included.
  • Exchange orders ship free under our free shipping policy, the same as any other order. The one exception: orders with several sizes or styles to try on may have the outbound shipping taken off the refund if all or most of them come back.
  • For the quickest service customers can cross ship, or they can wait until the return reaches our warehouse and then order again.
  • Returns can be set up on our website, and we offer a handy prepaid return label for only $9.99 (ONE per order at most; it comes off the refund or the store credit. The UPS prepaid labels only work for returns from the contiguous US, and for big try-on orders the label may cost more). We may also stop offering the label to customers who want a free label for an ordinary return simply because they would rather not pay to send it back.
  • Send every return with postage prepaid. If a package is refused, goes undelivered or is abandoned, every shipping cost is deducted from the refund. We will not accept packages sent back COD.

"Normal" returns (size, color and the like):
Merchandise can come back for a full refund or for store credit. Ask for a return authorization on the website. The automated return authorization covers products you ordered within the last 30 days. Or call 972-842-4327 to ask for one.

  • Products must come back new and unused, with their factory tags and packaging (in short, as they were when you got them). Without the original tags and packaging we can give neither a refund nor credit. Please don't use""",
        ("several sizes or styles to try on", "cross ship", "prepaid return label for only $9.99", "stop offering the label",
         "is refused, goes undelivered or is abandoned", "will not accept packages sent back cod")),

    "bikelectricity": ("""If a Rambo Bikes product leaves you unhappy, you can send it back UNUSED no later than 30 days after the order date, for a refund or a replacement.
Refund and Returns Policy
ELECTRICBIKEKART.example wants to give the best service in the electric bike business. We aim to make shopping with us as easy as we can and to make sure you are completely happy with what you buy, and we will always try to live up to what you expect.
ELECTRICBIKEKART.example 30-DAY SATISFACTION GUARANTEE ON RETURNS
Merchandise that is unused, not installed, fit to resell, in new condition and in its original packaging can be sent back for a refund up to 30 days after delivery, unless the product page or the notes below say otherwise*.
- Within 30 days of delivery you have to tell us that you intend to return the item.
- This policy also covers cancellations made once an item has physically shipped, and deliveries refused at the door.
- Your refund is the product price less any fees and charges that apply.
- We do not refund the original shipping charges.
- Items bearing a Non-Returnable Mark, and FREE GIFTS, cannot come back.
- Return shipping charges are yours to pay.
- We refund to the payment method used for the original purchase.
NOT RETURNABLE
- Products whose parts are covered by the manufacturer's warranty
- Products whose original manufacturer packaging has been opened
- Products that have been taken out of the manufacturer's original packaging
Returning the merchandise in new condition, fit to resell, is up to the customer. We refund only once returned items have arrived and been inspected.
If a returned item is damaged in transit, the customer must claim from the carrier, and no refund can be given.
*EXCLUSIONS
ELECTRICBIKEKART.example works with several manufacturers. Please read the return policy""",
        ("rambo bikes product", "cancellations made once an item has physically shipped", "less any fees and charges that apply",
         "must claim from the carrier")),

    "diceden": ("""REFUND POLICY
The Dice Den is proud to stock a broad range of well-made board games that bring friends and families together for long hours of fun, strategy and company. We want every customer to be pleased with what they buy and to enjoy each game as it was meant to be played. So that everything is clear and fair, this Refund Policy sets out when a refund can be asked for and when it will be given. Who Can Get a Refund A refund may be requested up to 3 days after the purchase date. That gives you time to look over what you bought and make sure you are happy with it. After those 3 days we will usually turn a refund request down, unless there are exceptional circumstances. For a refund, the game has to come back as it was sent, unopened, with all of its packaging, components and accessories. Should the game be opened or used, or show wear or damage, we may refuse the refund or take a partial deduction from it. Items We Don't Refund These items and cases generally don't qualify for a refund: Board games that have been opened or used. Products damaged by careless handling or misuse. Board games that have been customized or personalized. Digital content and downloadable expansions. Promotional items, bundles and discounted products, after the offer has been used. Games that came from a marketplace or a third-party seller. Damaged or Defective Games If your game arrives damaged or defective, or with parts missing, please report it quickly, within the same 3 days. We will then offer a replacement, a repair or a refund, depending on how serious the problem is and on what we have in stock. Before we approve a refund or replacement we may ask for photos or other evidence of the product's condition. How to Ask for a Refund To start a refund request, customers""",
        ("take a partial deduction from it",)),

    "railwayscenics": ("""Railwayscenics Returns Policy | Railwayscenics

Sending Products Back

Returns and refunds

At Railwayscenics we want every customer to be fully satisfied. If your purchase leaves you less than 100% happy, you may send it back to us new and unused within 14 days of its arrival, and we will refund you.

Change of mind

Under the Consumer Contracts Regulations 2013 you may cancel your full order and get all your money back within 14 working days of delivery. Simply tell us in writing, by post or by email, that this is what you want.

By 'New and Unused' we mean that you still have every piece of the original packaging, the instructions, leaflets and labels, and that the item is undamaged and has not been used (looking it over as you would in a shop is fine).

Next, pack the item or items securely with a copy of the original sales invoice and send them back so that they reach us within 14 days of the date you gave notice of cancelling. We will not consider anything that arrives after that date for a return.

You would be wise to get Proof of Posting and Proof of Delivery, since we cannot take responsibility for goods that never reach our address.

When your goods get here we check that they can be sold and that all the packaging, components, labels, leaflets and instructions are there. Items that can no longer be sold as new are charged a restocking fee of 25%.

We then refund you within 14 days, to the payment method you originally used.

Faulty items

Every item is looked over before we pack an order so that it leaves in good condition, but we are human and mistakes do sometimes happen.

Tell us about any fault in anything you bought as soon as you can, so that we can put it right quickly.

If something comes back as faulty but we find nothing wrong with it, we will email you as soon as we can and ask""",
        ("cancel your full order", "restocking fee of 25%", "we find nothing wrong with it")),

    "aquariumenthusiasts": ("""Refund Policy

(REFUND POLICY)

Our refund policy gives you 15 days, counted from when your product reached your shipping address, to open a dispute. We work hard to give you the best service and will help as well as we can with any problem; we are sorry, though, that for now we do not take returns. To make a claim you must show proof of purchase (a receipt, for instance) and proof of the defect. Within 7 business days we will tell you whether your refund is approved or rejected. If it is approved, we process it, and the credit goes automatically to the payment method you used, within 30 days.


If 30 days pass without your refund, first look in your bank account for pending payments, then get in touch with your credit card company. A refund can take a while to be posted officially, because transactions often need processing time, above all over weekends and holidays.


If you have tried all of that and your refund still has not come,

please email us at store@AQUARIUMENTHUSIASTS.example.

NOTE
*Please don't send what you bought back to the manufacturer.*

*Some items, sale items for example, may not be covered by our refund policy.*""",
        ("back to the manufacturer",)),

    "stpetersbark": ("""Return Policies

Returns, Refunds and Exchanges

Every return, exchange or refund needs a receipt (printed or emailed), or your contact and purchase details saved in our Point-of-Sale system. Without a receipt, and if you chose not to have your details entered in our system, we can't handle a return, refund or exchange.

Food for Dogs and Cats (kibble, canned, raw or freeze dried):

If the food you bought here doesn't win your pet over, you can bring it back within 10 days. Bring your emailed or paper receipt and whatever portion of the food is left unconsumed, with its UPC still on it, and we'll happily give you a refund, an exchange or credit. If you no longer have the food's original bag or can, with its UPC, we can't give a refund.

Everything Else (toys, treats, chews, bones, collars, supplements and so on):

Anything that isn't food can come back within 10 days, unopened, completely unused or unchewed, for store credit, an exchange or a refund. Hard goods, wearable or not, as well as treats and chews, must be returned with every bit of original packaging and all tags, in the state they were bought in (not worn, not used). Used toys, chews, feeder toys, bowls and travel bowls, and similar things, we can't take back, for sanitary reasons, without exception. It is entirely up to us to decide whether an item is in a condition for a refund or exchange. A simple test: if you wouldn't buy it in that state, we can't refund or exchange it.

Classes, Seminars, Workshops, Events:

Every class, seminar, workshop and event is a final sale. These purchases can't be exchanged, refunded or credited.""",
        ("portion of the food is left unconsumed", "the food's original bag or can")),

    "theyarnit": ("""Return Policy

Keeping customers happy comes first for us, and an order qualifies for a refund on the terms below:

Returns (if applicable)

  • At THEYARNIT.example you have 30 days from the day your item was delivered to return it. Once 30 days have passed since delivery, we are sorry, but a refund or exchange is no longer possible.
  • A returnable item has to be unused, in the condition you received it in, and in its original packaging.

How do I send something back?

Email our friendly customer service team at support@THEYARNIT.example and we'll send you a return label. Processing time for returns is 5-12 days. If you'd rather post the item yourself, we'll tell you the address to send it to. That's all there is to it!

Refunds (if applicable)

  • When your return has arrived and been inspected, we'll email you to say we have it, and we'll also tell you whether your refund is approved or rejected.
  • If it is approved, we process the refund and the credit goes automatically to your credit card or the original payment method within 3-5 business days.

Who pays for return shipping?

On refund requests within the US, we automatically send a free prepaid USPS label, but we deduct a 15% restocking fee from the refund. The refund is then paid to the form of payment you first used, once your returned items pass review.

And returns from abroad?

  • On international orders, the customer pays all the return shipping, whether they ask for store credit or a refund.
  • International store credit requests: the credit is issued, less a 15% restocking fee, once your returned items pass review.
  • International refund requests: we take a $7.95 handling fee off the refund.""",
        ("processing time for returns is 5-12 days", "on international orders, the customer pays all the return shipping",
         "international store credit requests", "$7.95 handling fee")),

    "simonsartsupplies": ("""Returns Policy
Should you need to return something, send us a return request no more than 14 days after purchase. Return freight is not yours to pay only when the merchandise was damaged in shipping, sent to you in error, or defective. For any other return, the customer pays the return freight and a 15% restocking fee applies. Nor will the first shipping charge be credited.
Stock items must come back unused, wrapped in their original packing, and fit to resell, or the return will not be granted. Pack and insure your return properly, so that a claim can be made with the carrier if it is damaged on the way back. Simon's Art Supplies takes no responsibility for lost or damaged packages.
Returning Items You Don't Want
To return items you don't want, send us a return request within 14 days of purchase. You pay the return freight, and a 15% restocking fee applies. The first shipping fee will not be credited either. Simon's Art Supplies does not refund to credit cards. Within 7 days of receiving the returned item we issue store credit or a check; a store credit code is sent by email, and a check is mailed to your billing address.
Stock items must come back unused, wrapped in their original packing, and fit to resell. Every return must include the original packing slip. A return that falls short of these conditions will not be granted. Pack and insure your return properly, so that a claim can be made with the carrier if it is damaged on the way back. Simon's Art Supplies takes no responsibility for lost or damaged packages.
For unwanted items, just log in to your account. Choose "My Account" near the top left, then "Completed Orders". Guests who checked out without an account log in with the temporary login se""",
        ("takes no responsibility for lost or damaged packages", "does not refund to credit cards")),
}
