"""The test15 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "ntmint": ("""We stand behind every kit and miniature we sell, and we want you to love what you ordered. If something isn't right, you may send the product(s) back to us and be refunded in full, apart from whatever you paid for shipping.

To get a return going, get in touch with us first. Please look over the policy below before you open a return in our Returns Center.

Returns
You have 30 days from the date of purchase. Once more than 30 days have passed since you bought it, a refund or an exchange may no longer be possible.

Your item qualifies for a return only if it has not been used and is in the condition it arrived in. It also needs to come back in its original packaging.

In a few cases we can give only a partial refund: an item that is no longer in its original condition; an item damaged, or short of parts, through no mistake of ours; or an item that comes back to us over 30 days after delivery.

Refunds
After your return arrives and we have inspected it, we will refund you, and an email will let you know the refund is on its way. The money is returned automatically to the card or other payment method you originally used.

Restocking fee
A 20% restocking fee applies to every dollhouse kit that is returned. We charge it because those kits are not stored or shipped by us: our supplier keeps them in its own warehouse and sends them out on our behalf, and it bills us 20% to restock any kit that comes back. A kit can weigh more than 50 pounds, so routing each one through us first would add a good deal to what you pay. With that in mind, please think your dollhouse kit purchase over carefully. Every kit on our site has plenty of details and photos to help you decide, and you are always welcome to contact us with questions about a kit, or about anything else.""",
               ("we can give only a partial refund", "restocking fee applies to every dollhouse kit")),

    "rctworks": ("""English  中文

Refund Policy

Returns
We can take an item back only when at least one of these applies:
1. We sent you something other than what you ordered.
2. What arrived does not match the product description.
3. A manufacturer's fault leaves the item unusable.
4. Because of a hold-up in dispatch, the item took more than 20 working days to reach you.
5. The item got damaged in transit (in that case the original packaging has to stay unopened).

Returns are possible for 30 working days. Once 30 working days have passed since you made your purchase, we are sorry, but no refund or exchange is possible.

Refunds (if applicable)
When your return reaches us and has been inspected, we will email you to confirm it arrived, and we will also tell you whether your refund has been approved or declined.
If it is approved, the refund goes through and is credited to your credit card or the payment method you used, usually after a few days.
Late or missing refunds (if applicable)
No refund yet? Start by looking at your bank account once more.
Next, get in touch with your credit card company, since a refund can take a while to be posted officially.
After that, talk to your bank, which may need a few days of processing before the refund shows up.
If you have done all that and the refund still hasn't arrived, write to us at
info@rctworks.example

Sale items (if applicable)
We refund regular-priced items only; anything bought on sale is not refundable.
Exchanges (if applicable)
Replacements are only for items that arrive defective or damaged. Should you need the same item sent in its place, email us at info@rctworks.example.
Delivery time for the replacement varies with where you live.""",
                 ("the original packaging has to stay unopened",)),

    "sciencekitstore": ("""Shipping and Returns

What follows is taken from our Terms and Conditions, the sections on shipping and returns.

3. Delivery - We have met our duty to deliver as soon as the goods are handed to the carrier (USPS, FedEx, UPS, DHL or another).

4. Damaged Shipments - Please check your ScienceKitStore parcel as soon as it arrives. If you see damage on the outside, sign for the delivery only once the driver has written the damage down on his copy of the delivery receipt as well as yours, and you have asked the carrier for an inspection. Hold on to every box and all packing material so they can be inspected. If you open a shipment and find something short or damaged, you have seven (7) days from delivery to ask the carrier to inspect it; after that you lose your right to claim. Any shortage or damage must also be reported to ScienceKitStore, both by email and by phone. Where it makes sense, ScienceKitStore may repair a damaged product before deciding on a replacement or a credit.

7. Order Cancellation Policy - At the customer's request, an order placed online, by fax or by mail can be cancelled as long as it has not yet shipped. To make sure the cancellation goes through, phone us during business hours and talk to a manager, and also email us asking for it to be cancelled. Cancelling an order costs a fee of $3.00 and a further 5% of the invoice total. For custom and special orders (where we have goods produced or imported because of your order), the cancellation fee is 30% of the invoice total.

A good many orders have to be authenticated, and we may also need to verify the address and qualify the buyer. We may call or email you, using the contact details you gave us, to confirm the order or ask for more details. If 15 days pass from the order date without us reaching you and getting what we need, the order may be cancelled and the cancellation fee charged to you. The fee is there to cover the work we have already put into your order.""",
                        ("sign for the delivery only once the driver", "ask the carrier to inspect it",
                         "may repair a damaged product", "cancelling an order costs a fee",
                         "for custom and special orders", "the cancellation fee charged to you")),

    "usopticscopes": ("""Telescope Sales Shop packs and sends every telescope and accessory as carefully as you would line up a night's observing. This page explains how we ship and how returns work.

Shipping Information

Order Processing Time

We process orders within 1-2 business days, not counting weekends and holidays. When your order leaves us, we email you a confirmation with its tracking details.

Shipping Methods and Transit Times

Choose from two ways to ship:

- Standard Shipping ($12.95):
  - Sent with DHL or FedEx
  - Arrives 10-15 business days after it ships
  - Comes with tracking
- Free Shipping (orders over $50):
  - Sent with EMS
  - Arrives 15-25 business days after it ships
  - Comes with tracking

Please note: we deliver worldwide, apart from some Asian countries and remote areas. Customs in your country can make delivery take longer.

Returns & Exchanges Policy

Optical gear has to be exactly right for the way you observe. If yours isn't, we want sending it back to be simple.

Who Can Return or Exchange

A return or exchange is accepted when:

- the item is unused and in its original condition, with its original packaging and every accessory
- you start the return no later than 15 days after your order is delivered
- you can show valid proof of purchase

Optical Products We Cannot Take Back

For reasons of hygiene and safety, the optical products below can be neither returned nor exchanged, unless they are defective:

- Eyepieces (they may have touched someone's eye)
- Binocular viewers
- Finder scopes once they have been mounted

Return Process

Step 1: Start Your Return

Send an email to our customer service team at support@telescopesalesshop.example, including:

- Subject: Return – Order #[order number]
- In the message:

    Hello Telescope Sales Shop,
    I'd like to return [product] from order #[order number] because [reason].
    Thank you,
    [your name]""",
                      ()),

    "greatmicroscopes": ("""Returns at Great Microscopes come with an inspection period of thirty (30) days. Starting on the date your order is delivered, you get thirty days to try the item out and examine it. If it turns out not to suit your application or your needs, ask us for a return authorization (RMA) number before those thirty days are up. Hang on to the original box and every bit of packing, so the item can still be resold. You can reach us by email from the Contact Us section of our site. Every return must come with an RMA number.
If you get in touch about a return during the inspection period, we may refund the purchase amount less any deductions that apply; these can include the original shipping and handling. How much we deduct depends on the state the product is in and on why it is being returned.
Damaged Items:
If your item was damaged in shipping, report it to the carrier that delivered it, ask them for a damage claim number, and send that number on to us. Please also photograph the damage and email us the photos. We will arrange for the carrier to collect the damaged package(s). As soon as the claim number reaches us, whether from you or from the carrier, your replacement items go out.
Wrong Items Received:
Received the wrong item(s)? Photograph what arrived and email the picture to us. When we have confirmed that we sent the wrong thing, we will email you a prepaid shipping label to send it back with. The moment the wrong item(s) are back with us, we ship you the right one. Any problem with an order has to be reported to us no later than 30 days after it arrives, so get in touch straight away if what you received is not what you ordered, or if something is missing.
Missing Items:
Here too, tell us about any problem no later than 30 days after the order arrives, and let us know at once if anything is missing. Microscope and camera combos are sometimes sent out by our shipping department in separate boxes, which may not arrive on the same day.""",
                         ("how much we deduct depends on", "ask them for a damage claim number")),

    "keytecha": ("""Return & Exchange Policy
This page sets out how returns and exchanges work for keyboards and accessories bought from our store. We want every order to leave you happy, so below we explain who qualifies, the deadlines, and what we need from you.
Returns and exchanges have to be requested no later than 7 calendar days after delivery. A product that is still unopened, in original packaging that has not been damaged, and complete with every accessory the maker packed with it (user manuals, cables, keycap pullers and the like) can be refunded in full or exchanged. Once a product has been opened or used, we accept it back only if it is defective, arrived damaged from shipping, or was sent by mistake (a wrong model, color or quantity, say), and then it has to come with valid proof of purchase.
A product that fails these requirements will be turned down or shipped back to you, with the shipping cost paid by you. We cannot accept items damaged by accidental drops, misuse or incorrect installation, items modified without authorization, or items showing ordinary wear and tear. Custom keyboards (for instance with personalized keycaps or modified switches) can be neither returned nor exchanged unless they reach you defective or with a manufacturing error.
Before you send anything back, pack the product carefully so it is not damaged on the way. If you still have the original packaging, use it, because it was made to keep the keyboard safe in transit. Put every original accessory in the box, along with a note giving your order number, why you are sending it back, and whether you want a refund or an exchange.
The customer normally pays for return shipping, except when the return or exchange results from a defect, damage in shipping or a mistake of ours. In those cases we send you a prepaid shipping label once we have checked the problem. We cannot be held responsible if a returned item is lost or damaged on its way back to us.""",
                 ("with the shipping cost paid by you",)),

    "4gamergear": ("""Your Cart(0)

4GAMERGEAR alone decides whether to repair the product, replace it with a brand-new or overhauled unit, or refund the full purchase price. THIS IS THE ONLY REMEDY YOU HAVE IF ANY WARRANTY IS BREACHED.

Most products may be sent back for a Refund or for a Replacement with the same item. Every opened item is charged a restocking fee of 25%. If the item comes back unopened, the 25% restocking fee is waived.

For warranty service, get in touch with 4GAMERGEAR to talk through your options and receive an RMA (return material authorization) tracking number.

Return Requirements
- The chair goes back in its original box
- The chair is sent back no more than two weeks after the delivery date
- The chair has to be in a condition we can resell

Return and Exchange Policy

Most new, unopened items can be returned for a full refund if you start the return no later than 30 days after delivery.* New and unused items that can be resold may come back for a refund or an exchange. Just be sure the item reaches us in the packaging the product came in, no more than 30 days after delivery. We inspect every item that comes back; opened or used products receive only a partial refund. If you are returning because of a mistake on our part or a defective product, we refund the merchandise in full together with the shipping charges.

When your return reaches us, we credit you with the total purchase price. Anything you return under this policy is refunded to your original method of payment. A product paid for with a gift certificate, or received as a gift, is refunded as in-store credit.
Exclusions may apply.


Over-sized Returns

The return shipping fee is yours to pay if you send back an oversized item for one of these reasons:
- You turned the delivery down without inspecting it
- You were not there for your delivery appointment
- The product you send back is neither defective nor damaged

Every oversized item that comes back to us is inspected.""",
                   ("every opened item is charged a restocking fee", "sent back no more than two weeks",
                    "used products receive only a partial refund", "paid for with a gift certificate",
                    "send back an oversized item")),

    "maxboxvr": ("""Return Policy
The policy set out here covers VR Marketplace products and nothing else. It does not cover the VR cardboard viewers we produce custom branded for our clients; those are bespoke products, and this policy does not apply to them at all. You have 30 days. Once more than 30 days have passed since your product was delivered, we are sorry, but a refund or exchange is no longer possible.
For a return to qualify, the item has to be unused, in the condition it was in when it reached you, and in its original packaging.
We need a receipt or other proof of purchase before we can complete your return.
In some situations we can give only a partial refund. If an item is no longer in original condition, or has been damaged, used or left incomplete, we may charge a restocking fee.
Please note:
The original packaging must reach us intact. So put the product in its own box inside a second, outer box, and stick the return label on the outer one.
Refunds (if applicable)
After your return has arrived and been inspected, we will email you to confirm we have it and to tell you whether your refund has been approved or rejected.
If it is approved, we process the refund and credit it automatically to the card or other method you paid with, within a few days.
Late or missing refunds (if applicable)
Still no refund? Take another look at your bank or card account first.
Then ask your bank or card company, since it can take them a while to post the refund on their side. Your card processor usually needs 5-7 business days to issue it.
If the refund still hasn't appeared after all that, email us at support@maxboxvr.example.
Exchanges (if applicable)
Replacements are only for items that are defective or damaged. To swap yours for the same item, email us at support@maxboxvr.example.""",
                 ("we may charge a restocking fee",)),

    "casekare": ("""Refund policy

A product doesn't always live up to what you expected, which is why returning one to us is meant to be easy. If your purchase leaves you unhappy, you can send it back no later than 30 days after you receive it.

We do not accept returns because you changed your mind, nor for compatibility problems once you have broken the seal on the packaging. Please check carefully, before you buy, that our accessories really fit your device.

For a return to qualify, the item has to be exactly as it was when it reached you, unused, and still in its original packaging, unaltered. Make sure everything that came with it, parts and accessories included, is inside the return package. We are sorry, but a return that looks opened, used or damaged immediately loses any right to a refund or an exchange.

RETURN

To begin a return, email us at returns@casekare.example. We will send the return address in our reply.

Start your return no later than 30 days after the date of purchase. Everything that was in the box when it was delivered, accessories and parts alike, must come back with the item. If anything is missing, the 30-day money-back guarantee is void.

All returns have to be sent to our warehouse, where we process them.

Exceptions / items we cannot take back

Some items are not returnable, custom products among them (personalized pieces or special orders, for example). Contact us if you have any questions or doubts about your item. We also cannot take back gift cards or anything bought on sale.

Damages and issues

Check your order when it arrives, and tell us straight away if it turns out defective or damaged, or is the wrong item, so we can look into it and put things right.""",
                 ("do not accept returns because you changed",)),

    "printerstores": ("""support@printerstores.example
info@printerstores.example
Last Updated: November 03, 2025
Printer Stores is proud of what we sell and of the service we give, and we want every purchase to satisfy you fully. If something is not right, for whatever reason, the Refund & Return Policy below sets out how we put it right.
Most items can be sent back for a refund no later than 30 days after delivery. The return period begins on the day the product reaches you. An item qualifies only if it is in its original condition and comes with its manuals, accessories, documentation and all of its original packaging.
These items can normally be returned:
These items cannot be returned:
How to begin a return:
Our customer service team can also help at info@printerstores.example.
If an item arrives defective, or we sent you the wrong product, we will normally cover what it reasonably costs you to ship it back, or pay you back for it. When you return something because you changed your mind or ordered the wrong item, you may have to pay the return shipping yourself or have it taken out of your refund, depending on the individual case.
When your returned item arrives, our team inspects it, usually within 2–3 business days. What we check:
We normally pay refunds by one of these methods, according to how you paid and what you prefer:
After we approve your return, the refund usually shows up within 3–7 business days, though it can vary with your bank or payment service.
As a rule your refund covers:
We may deduct for:
You may receive a partial refund when:
As a rule, we do not swap items directly. Want something else instead? Return the original (if it qualifies) for a refund and then place a fresh order on our website.
Many of the products we sell carry a manufacturer warranty. How long it lasts, what it covers and its terms differ from brand to brand and model to model, and warranty service usually comes straight from the manufacturer or one of its authorised service centres.
Our team is glad to point you to the right place.""",
                      ("depending on the individual case",)),

    "calculatorty": ("""Return & Refund
Refund Policy
This Policy on returns and refunds (the "Policy") covers only calculatorty products that were bought from authorized sellers for your own use, not to resell. Where translations disagree, the English text governs.
Using your calculatorty product means you accept these policies. If you are not eligible, or you disagree with any of the terms, please don't use it. Should you send the product back deactivated within seven (7) days, as Section I of this Policy describes, you may be entitled to a full refund of what you paid.
You can cancel an order up until the product ships, and a cancelled order that has not yet shipped is refunded. Once the product has been shipped, though, the order can no longer be cancelled.
Return Conditions
A product bought on calculatorty.com may be returned when it meets one of these conditions:
- It is no more than 30 calendar days since 0:00 on the day after you received it, and the product, together with its packaging, accessories, gifts and manuals, is complete, undamaged, new and unused, so that nothing lowers its resale value.
- It is no more than 30 calendar days since 0:00 on the day after delivery, and you find a manufacturing defect or a fault in how the product performs.
- It is no more than 14 calendar days since 0:00 on the day after delivery, and although the product has no manufacturing defect or performance fault, you are unhappy with the experience of using it.
If you bought from a physical shop or an authorized dealer, ask wherever you made the purchase about returning it.
We may turn a return down when:
- the request comes in after the return period has ended.
- the product comes back incomplete (its packaging, accessories, gifts or manuals are missing) or shows man-made damage.
- you cannot show a lawful proof of purchase or receipt, or the papers turn out to be forged.""",
                     ("send the product back deactivated", "unhappy with the experience of using it")),

    "fujitsuquaderno": ("""Refund and Returns Policy

Thank you for choosing the Fujitsu Quaderno Store for whatever e-Reader, tablet or E-Ink device you need. fujitsuquaderno.com welcomes customers from abroad and delivers to every country. We bill every product in USD (United States Dollars). If you use our site and store, you are agreeing to the terms below.

*Last revision of these terms: December 20, 2020, 2:00AM PST

RETURN POLICY
An item qualifies for return only while it is still FACTORY SEALED, UNOPENED and in its ORIGINAL CONDITION. We do not accept the return of an opened item.
File your return no later than 14 calendar days after the product reaches you, as shown by the TRACKING NUMBER. Once 14 calendar days have passed, we take no returns. Every return is charged a 15% restocking fee. The customer pays every shipping and freight charge.
WARRANTY

Every item we sell carries a limited manufacturer's warranty of 1 year, covering defects in the hardware. The customer pays for shipping and customs both ways, to us and back. Before a warranty claim can go ahead, we must first give you an RMA number recording your issue. The warranty runs from the day you receive the item. Some products come with a 2 year warranty from Good e-Reader.

REFUNDS

Refunds go back to the payment method you used (credit card, Paypal, Apple Pay, Microsoft pay, Chrome pay). Stripe fees, Paypal fees and shipping fees are not refunded.

CANCELLATION

Cancelling an order once we have sent your item costs 4.9% of the total amount processed. Cancelling before it ships costs a 2.9% fee. Shipments that are refused, rejected or come back RTS (return to sender) are charged the 4.9% fee, and the shipping costs you paid are not refunded. Digital purchases cannot be cancelled.

SHIPPING

Orders are sent out from one of 5 locations, among them Vancouver, Canada and Chicago, IL.""",
                        ("we must first give you an rma number", "stripe fees, paypal fees and shipping fees",
                         "costs 4.9% of the total amount processed", "costs a 2.9% fee",
                         "come back rts (return to sender)", "digital purchases cannot be cancelled")),
}
