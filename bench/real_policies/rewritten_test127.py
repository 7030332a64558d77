"""The test127 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "applianceshop": ("""Returns and Order Cancellation

Loading...

Returns Policy

The Consumer Protection (Distance Selling) Regulations 2000 give you 14 days from receiving the goods in which to cancel your order, and you need not tell us why.

Items Ordered Online

  • Let us know in writing that you wish to cancel no later than 14 days after delivery, counting from the day after it arrives.
  • The returns and cancellation form at the foot of this page is the one to use.
  • You may then either send the goods back yourself, by a courier of your own and at your own expense, or ask us to come and fetch them.
  • For brand-new items still in their original packaging, we pick up the unwanted product(s) and pay back the appliance's price minus our delivery team's collection charge of £99.99 per item.
  • Exchanging an appliance costs £99.99 per item.
  • Items that come back unfit for resale, without their original packaging, or after being installed are still picked up, but as a retailer we may keep back 30% of the refund, on top of any collection fee that applies.
  • Appliances wider than 60cm that are unwanted or were ordered by mistake, such as range cookers and American-style fridge freezers, cost £149.99 to collect, which is what fetching them costs us.
  • Swapping any appliance wider than 60cm likewise costs £149.99 per item.
  • When you ask our delivery team to collect, they come on the first date one of our vehicles is next in your area, at a time that suits us.
  • While the goods are with you, you must take reasonable care of them, and we may charge you for any damage they suffer while you arrange to get them back to us yourself or by courier.
  • Your money comes back within 14 days of the cancellation, paid to the method you first us""",
        ("collection charge of £99.99", "exchanging an appliance costs", "keep back 30% of the refund",
         "cost £149.99 to collect", "wider than 60cm likewise", "first date one of our vehicles",
         "charge you for any damage", "within 14 days of the cancellation")),

    "tablada": ("""Return & Exchange Policy
This policy follows the FTC's rules on mail-order sales and the CPSC's rules on upholstered and wooden furniture, and makes particular allowance for how big and heavy sofas are, how sound an armchair's structure must be, and the upholstery of footstools. Every return and every exchange needs a Return Authorization (RA) Number, and we turn away any return that arrives without one. Returns of large furniture also need a freight pickup booked in advance.
Eligibility Requirements
-
Time LimitYou must start any return or exchange request no later than 45 days after your product is delivered (a longer window than usual, so that large furniture can be tried at home for fit and comfort). Custom-upholstered sofas and armchairs have a 60-day window, which serves only to check their fit.
-
Product ConditionEvery product must come back unused, unsoiled and in its original condition, with every tag, its packaging, the assembly hardware and any compliance paperwork (such as the TB117 fire-safety certificate or the CPSC stability tag) kept whole: furniture has to be just as it was on delivery, both so it can be sold again and for safety:
- Sofa: free of stains, pet hair and worn fabric; cushion inserts not flattened; the frame and legs without damage; the original packaging (flat-pack pieces) or the delivery wrapping still whole; upholstery and frame not modified.
- Armchair: no scuffs on the wood or metal parts and no tears or stains in the fabric; armrests and legs steady; no sign of heavy use; its first tags and packaging kept whole.
- Footstool: upholstery undamaged and base free of dents; cushion still firm and clean; its first tags and packaging kept whole; underside without slide or wear marks.
-
Defective/Incorrect ItemsIf a product has a manufacturing defect (a sagging sofa frame, a loose armchair leg, torn footstool upholstery, the wrong fabric or colour, for example) or we delivered the wrong thing (wrong size, model or upholstery), you can send it back free of charge, exchange it, or have a full refund. We need photos or video showing the defect to verify it, and we pay every shipping and freight cost (white-glove collection of large furniture included), with no restocking fee.""",
        ("freight pickup booked in advance", "60-day window", "pet hair", "scuffs on the wood", "free of dents")),

    "floorshop": ("""Before you put in a Return Request, please read through the points below:
- A return must be made no later than 30 calendar days after the purchase date. We turn down every request to return goods once those 30 calendar days have passed.
- Returned merchandise must come to at least 7 boxes.
- Before shipping: an order that has not yet shipped is charged a fixed 25% fee, which is not open to negotiation.
- After shipping: an order that has already shipped is charged the same fixed 25% fee plus what it costs to ship the merchandise back. When a return is processed, the customer bears every packaging and shipping charge.
- Product coming back must be in its original condition: sealed, unopened and unused. We take back only material still in the manufacturer's own packaging, showing no damage and no sign of tampering. Merchandise that is soiled or damaged is not accepted. Nor do we accept items that have been opened, damaged or got wet, or are otherwise unfit for resale. Installed products cannot be returned, refunded or credited in any way. Check the colour and quality before you install.
- Customers must send returns by a traceable method and give us the tracking number when they ship. Pack your return with care so that it reaches us undamaged.
- We do not refund items shipped to us without an RA (return authorization) number we have issued. Likewise, no refund is given for opened products put into a return we did not authorize.
- Closeout and discontinued items cannot be returned, refunded, exchanged or cancelled. Closeout and clearance items carry no warranty.
- When the returned merchandise reaches us, we inspect its quality, and if it passes we process your refund. The refund is the purchase price less the processing charges that apply. It covers the materials alone and never any shipping charges. Refunds go out about 5 business days after we have received, inspected, and""",
        ("at least 7 boxes", "opened products put into a return")),

    "hominter": ("""We take returns for 30 days from the day the products reach you. Every return is inspected, and a 25% restocking fee applies. We do not refund the original shipping charges. Anything that has been painted, stained, glued or worked on in any other way cannot be returned or refunded.
* Goods sold by the full box have to come back by the full box.
* Sample orders cannot be returned.
To begin a return, use the Return Page and complete its contact form, giving your order number. We will then tell you how to send your parcel and where to. We refuse items sent to us with no return authorization, or with an authorization more than 30 days old.
Should an item reach you broken, Contact Us as quickly as you can and keep the defective item(s). We will straight away either refund what you paid for the broken items or swap them for new ones. We may ask you for photos.
Check the goods as soon as they arrive, so that we have time to put any problem right. We accept no claim of defective material after 30 days.
We do not pay claims for labour spent installing defective or wrong tiles. Look your tiles over before you install them. Using them counts as accepting them.
The buyer bears the cost of sending the item back.
We take no returns of products with missing parts or broken pieces, of setting materials (grout, caulk, mortar and the like), or of items marked final sale.
Every sample order, swatches and single whole sheets included, is final sale and cannot be refunded.
Once your return has arrived and our Quality Assurance department has checked it, and provided the products are in good condition fit for resale, processing the return and issuing your refund can take a further 3-5 business days. We may charge a restocking fee of at most 25%. It can be waived if you buy replacement products of the same or a higher value.""",
        ("by the full box", "labour spent installing", "counts as accepting them", "same or a higher value")),

    "mikitchenology": ("""Refunds & Returns

Introduction

You have 30 days to use our refund and returns policy. Once 30 days have gone by since you bought your order, a refund or an exchange is no longer possible.

An item can only be returned if it is unused and in the condition in which it reached you. It also has to be in its original packaging. Once you have taken the cabinets out of their packaging and started to install them, your order can no longer be returned or exchanged.

Some kinds of goods cannot be returned. We take back no hazardous materials, no flammable liquids or gases, and no products that have been used up.

We need proof of purchase to complete a return, so keep your order number to hand.

Please finish our return or exchange process before you send anything back to us.

In some situations we give only a partial refund.

Refunds

When your return has arrived and been inspected, we will email you to let you know your item(s) came back. We will also tell you where your refund stands.

If it is approved, we process the refund, and it is credited automatically to the card or other payment method you originally used, within a certain number of days. Processing a refund normally takes 14 business days.

Late or missing refunds

If your refund has not come through yet, look at your bank account once more.

Next get in touch with your credit card company: a refund can take a while before it is officially posted.

After that, ask your bank. A refund usually goes through some processing before it is posted.

If you have tried all of this and your refund still has not arrived, please contact us.

Sale items

Only items bought at regular price can be refunded. Sale items can be neither refunded nor exchanged.

Exchanges

We replace items only when they are defective or damaged.

Should you want to swap an item for a new one in the same colour, contact us with the matching photos and details, and we will be quick to get back to""",
        ("only a partial refund",)),

    "rubnrestore": ("""Return or Exchange

Return Policy

Return & Exchange Policy

  • Opened items and Custom Colors cannot be returned.
  • You may return unopened items up to 60 days after you bought them.

Returning any of these on its own can be expensive:
  • one 2 oz. color;
  • one 2 oz. or 4 oz. clear;
  • a single 1 oz. filler;
  • a cleaner;
  • a little repair kit.

On qualifying orders that would usually travel by UPS Ground or Priority Mail, we pay part of the cost of UPS Next Day Air and 2nd Day Air. If such an order comes back, we take the part we paid off your refund (for instance, with $14 paid by you for 2nd Day Air against our cost of $22, we keep back the $8 between them).

If you ask us for a return label, we also take its cost off your return. Our labels are cheap and easy to use.

We are unable to make return labels for returns from abroad.

On every return we keep the fees charged by credit card companies, PayPal, Route Protection and the platforms.

We accept no liability for damage or loss caused by poor packaging.

If a parcel is refused, or comes back because its address was wrong or incomplete, we will check the right address with you and bill you for the return and redelivery fees. Should you cancel, we refund you less the fees for shipping, for the return and for the credit card.

To exchange a Custom Color, send us a sample of the material together with a Color Matching Request form.

No later than 1 business day after your return reaches us, you will get:
  • an email setting out your refund, or
  • a bill for whatever shipping or customization fee is due. If an invoice goes unpaid, we cancel it and refund the order once 5 business days have passed.

Start Your Return or Exchange Below:

Cancellation Policy

Cancellation Policy

To cancel an order, ring 888-704-5571 or answer the order confirmation.

When you cancel before your order ships, we refund you at once but keep the 3.5% fee for card processing.

If the order is already on its way, we can stop it in transit for a fee, also taken off any refund or exchange.

A Custom Color cannot be ca""",
        ("we take the part we paid off your refund", "also take its cost off your return", "returns from abroad",
         "fees charged by credit card companies", "poor packaging", "bill you for the return and redelivery fees",
         "should you cancel", "send us a sample of the material", "if an invoice goes unpaid",
         "stop it in transit for a fee", "a custom color cannot be ca")),

    "plomberievaudreuil": ("""Our policy runs for 30 days. Once 30 days have passed since you bought something, we are sorry, but we cannot give you a refund or an exchange.
You can return an item only if it is unused and in the condition in which you received it. It also has to be in its original packaging.
Some products cannot be returned, for example:
*maintenance products or pipe unblockers.
For a return, you must give us a receipt or other proof of purchase.
Please do not send what you bought back to the manufacturer.
Only a partial refund is given in certain situations: (if applicable):
* An item that has lost its original condition, is damaged, or lacks parts, where that is not our doing.
* An item sent back more than 30 days after it was delivered.
Refunds (if applicable)
When your returned item reaches us and has been inspected, we will email you to say it has arrived. We will also tell you whether your refund is approved or rejected.
If your request is approved, we process your refund and a credit is made automatically, some days later, to the card or other payment method you first used.
Late or missing refunds (if applicable)
Where your refund has not arrived yet, start by checking your bank account once more.
Next, get in touch with your credit card company: it can take a while for a refund to be posted officially.
Then, get in touch with your bank. Some processing time often passes before a refund is posted.
If you have been through all these steps and your refund still has not come, please write to us at plomberievaudreuil@mail.example
Sale items (if applicable)
Only items at regular price can be refunded. We are sorry, but sale items are not refundable.
Exchanges (if applicable)
We replace items only when they are defective or damaged. Should you want the same item in exchange, send us an email at plomberievaudreuil@mail.example
Shipping
A product you return must go by mail (write to us at plomberievaudreuil@mail.example for the address deta""",
        ("back to the manufacturer", "only a partial refund", "lacks parts", "more than 30 days after it was delivered")),

    "navgtstore": ("""Your cart holds no products.
Refund and Return Policy
Every electrical and electronic product bought through our online store falls under this policy.
- Return Eligibility (Based on Each Product)
- Whether a product can be returned depends on that product and the return terms shown on its product page.
- Because of safety, installation or packaging needs, some items may not be returnable.
- Acceptable Return Reasons
We may accept a return when:
- The product is faulty, defective or dead on arrival (DOA)
- We delivered the wrong product
- The product does not match its description
The product has to be:
- In its original packaging
- Complete with every accessory (manuals, cables, components)
- Unused, except where it is defective
- Non-Returnable Items
- Electrical components that have been installed
- Electrical accessories that have been used
- Consumable items once opened
- Items custom-ordered or made on special request
- Any item marked "non-returnable" on its product page
- Refunds
We issue refunds once we have inspected the return:
- Time to refund: 5–14 business days
- Returned to the payment method you paid with
- Shipping fees might not be refunded (this depends on the product's own policy)
- Exchanges
You can exchange a product while we have it in stock.
Where it is out of stock, we process a refund instead.
- Reporting a Problem
Problems with a product must be reported within:
- 24–48 hours for damaged or wrong items
- 7 days for defective products (unless the warranty says otherwise)""",
        ("depends on that product", "out of stock, we process a refund", "24-48 hours for damaged", "7 days for defective")),

    "splitairconditionerunit": ("""|
DAMAGED / DEFECTIVE EXCHANGE Should a unit (or any product) prove defective, we are happy to exchange it or to send you parts to repair it. Should the unit be damaged on delivery, we arrange its pickup and send you a new replacement, at our expense. It costs you nothing at all. An exchange is only ever for the same model: a customer who moves up or down to another model is treated as making a return and placing a new order.
RETURNS A customer who would rather have a refund than an exchange must send the unit to our warehouse, paying for that themselves; a 19% restocking fee applies even when the unit is damaged or defective, and we do not refund the original shipping fee. Normally a return should not be needed: whatever the problem with the product, we will swap it for a BRAND NEW one at no additional charge. Once product(s) have shipped, every refused package also counts as a return, and the return policy applies when the refund is made. * Shipping of portable ACs costs $69-$89 per unit, according to the portable AC chosen, and shipping and handling for Air Conditioners/Heat Pumps/Gas Furnaces costs $160 - $450 per system, according to the package chosen. Air Coolers cost $35 per unit to ship and handle. Water heaters cost $95 per unit to ship and handle. If you return the product, we take this shipping fee off your refund, even where the product was sold with a FREE shipping offer.
* Every return should come in its original packaging and in brand new condition. An installed product no longer counts as brand new, so it cannot come back. Any return or replacement has to be requested no later than 2 days after the product is delivered. * This is because the shipping company accepts no claim from us after those first 2 days.
If for ANY reason you wish to send the product back, ask us for an RA# (Return Authorization number). Contact our office for help and for full instructions on returning it.
|""",
        ("only ever for the same model", "every refused package also counts as a return",
         "even where the product was sold with a free shipping offer")),

    "rvwaterfilterstore": ("""Our 30-Day Money-Back Guarantee

We aim to keep you satisfied and to supply the right product for what you need. If something you bought from us turns out not to be what you wanted, you get your money back. Any item can be returned for a refund up to 30 days after you bought it, as long as it is in good condition and unused. Filter cartridges sent back for a refund have to be unused and still in their original packaging. Before you ship anything back, phone or email us to tell us about the return. We will then give you instructions for returning the item. Shipping the item back to us is at your expense, and once we have it we refund what you paid for it.  What a warranty covers depends on the product and on the factory's warranty terms.

Shipping Policy

We have found the Postal Service the easiest way to send our products, since there is a Post Office close to everyone; a large order crossing the country from our fulfilment centre in Northern California may go by UPS instead.

If you would like another kind of shipping or a different delivery time, you are welcome to phone or email us.  We will use UPS when you ask us to.

We have worked, and keep working, to hold shipping charges as low as we can, and to ship as quickly and cheaply as possible.  Your receipt will usually be packed with your order, though some come straight by email or by first class mail.

Parcels going abroad travel by international priority mail unless you ask otherwise. That is usually the cheapest fast option, though it mostly costs more than the US priority mail estimate in the shopping cart.  If the cost is above that estimate, we will phone or email you for your approval.""",
        ("filter cartridges sent back for a refund",)),

    "ladders999": ("""We hope every customer will be pleased with what they buy and get good use from it for many years. If you do want to send goods back, though, please read the notes that follow.
Consumer Returns -
Consumers may return products as long as the goods come back unused, undamaged and in their original packaging, still unopened, and fit to be sold again as new.
A consumer must tell us in writing (by email or by fax) that they intend to return goods within 14 calendar days, counted from the day after delivery, and must then send the goods back within 14 calendar days of that notice.
To get an authorised returns number, customers must phone 01452 520144 or email us. This number must be shown clearly on the outside of every package. Our warehouse accepts no return that lacks it. Send the goods to the address given at the foot of each page of our website.
Customers bear the cost and the risk of getting the goods back to us safely at all times, and must make the return arrangements themselves. We advise customers to insure the goods against loss or damage on the way. Returning most small items costs only a few pounds, and most items around £25, but returning heavy, bulky goods such as large scaffold towers by carrier can cost more than £60, so customers may choose to bring them back in their own transport.
Refunds are paid quickly, inside 14 calendar days, though only after the goods have come back and we have checked that they are fit to be resold. Returned goods that we find damaged, or not "as new" in any other way, are rejected: no refund is made, and we hold the items in our warehouse until the customer collects them.
We will normally take the cost of outward carriage off any refund, unless a delivery charge was paid at the time of the order. We will also normally deduct a restocking and admin charge of around 15% of the purchase price, at least £10 (please ask us for details, as it depends on the products). Note that an""",
        ("shown clearly on the outside of every package", "until the customer collects them", "cost of outward carriage")),

    "vacuumpluscanada": ("""Return Policy

Our policy runs for 30 days. Once 30 days have passed since your purchase, we are sorry, but a refund or an exchange is no longer possible.

You can return an item only if it is unused and in the condition in which it reached you. It also has to be in its original packaging.

Some goods cannot be returned.

Further items we do not take back:
Gift cards
Electronic parts (motors, circuit boards, switches)
Special Order Items, and non-stock items too
Refrigerator filters and cleaning products

We need a receipt or other proof of purchase to complete your return.

Please do not send your purchase to the manufacturer.

In certain situations we give only a partial refund: (if applicable)
An item that has lost its original condition, is damaged, or lacks parts, where that is not our doing.
An item sent back more than 30 days after it was first delivered

Refunds (if applicable)

When your return has arrived and been inspected, we will email you to say your item is back with us. We will also tell you whether your refund is approved or rejected.
If it is approved, we process the refund, and a credit, less any shipping fees, goes automatically to the card or other payment method you first used.

Return Shipping

 Every return has to be approved: contact Vacuum Plus Canada and get a Return Authorization Number.   After approval we will email you your RA number together with instructions for sending the product back to us.  

Late or missing refunds (if applicable)

Where your refund has not arrived yet, look at your bank account once more.
Then get in touch with your credit card company, as it can take a while for a refund to be posted officially. Allow 3-4 weeks for a refund to show on the payment method you originally used.
Next, ask your bank. Some processing time often passes before a refund is posted.
If you have done all of this and your refund has still not rea""",
        ("to the manufacturer", "only a partial refund", "lacks parts", "more than 30 days after it was first delivered")),
}
