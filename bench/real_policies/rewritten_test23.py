"""The test23 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "rejigsaws": ("""Refund Policy
We'd like every puzzle you get from re.Jig to be a pleasure to do. This page sets out how we deal with returns, refunds and swaps.
Second-hand Puzzles Purchased Online
-
Should your puzzle turn up damaged, or short of pieces that its listing never mentioned, get in touch no later than 14 days after delivery by writing to hello@rejig.example.
-
Send us your order number together with photos, so we can sort it out fast.
-
We will then offer you one of these:
-
a replacement puzzle, where we have one,
-
a swap for another puzzle worth about the same,
-
or your money back in full.
-
-
Anything you send back has to be in the condition it was in when it reached you. Normally the buyer pays to post it back, unless the puzzle was faulty or did not match its description.
Porch Pickup Swaps (Brighton & Hove)
-
Because swaps happen face to face, there are no refunds for local swaps after they have taken place.
-
Please bring along a puzzle that is complete, in good shape, still in its box, and has the same piece count.
Change of Mind
-
Changed your mind before we have dispatched the order? Contact us quickly and we'll gladly cancel it and give you all your money back.
-
Once it has been dispatched, you may send the puzzle back up to 14 days after it is delivered and get a refund, not counting what the original shipping cost. You pay the postage for the return.
Summary
We are a small business that cares about sustainability, and every puzzle has had a previous owner, so a little wear on the boxes is to be expected.
We care that you're happy: if anything is wrong, email us at hello@rejig.example and we'll do all we can to help.""",
                  ("refunds for local swaps", "same piece count")),

    "bigbrickstore": ("""Please give us your shipping details as precisely as you can, so your order reaches you quickly and safely. Note that we cannot provide any refund in the cases below:
1. The parcel can't be delivered because the address, phone number or postcode you gave was wrong, unreachable or unclear, or because other details were missing or incorrect.
2. The parcel can't be delivered because post was stolen, or because delivery to a P.O. Box failed.
3. The parcel was left at the post office past its collection time.
Returns
Every return request has to start with an email to us at info@bigbrick.example, briefly describing the problem, so that we can tell you what to do.
You have 30 days from delivery. After that we cannot give you a refund or an exchange.
An item can be returned only if it is unused and in the condition it arrived in, and in its original packaging where it had any.
We also need a receipt or other proof of purchase to complete the return.
Please email us before you post anything back to us.
Refunds (if applicable)
When your return has arrived and been inspected, we will email you to say we have it and that your return is being processed.
When the refund has been processed, the money goes back automatically to the card or other method you paid with.
Late or missing refunds (if applicable)
If the refund has not reached you yet, look at your bank account once more, then ask your credit card company, since it can take a while for a refund to be posted. Then ask your bank, as refunds often need some processing time. If all that fails and the refund still hasn't arrived, email info@bigbrick.example.
Exchanges (if applicable)
Only defective or damaged items can be replaced. If you'd like the same item in exchange, email info@bigbrick.example and we will explain what to do next.""",
                      ("provide any refund",)),

    "powerkitesdirect": ("""Power Kites Direct Risk-Free Money-Back Guarantee

Hardly anyone asks to send something back, but if you do, this is what we need:

The kite must still be unopened and must be posted back to us, at your cost, no more than 30 days after you bought it. A restocking fee of 20% is charged.

Our Free Shipping Policy:
Internet orders over $100 shipped within the US go free, and so do orders over $1000 sent outside the US, apart from oversize goods such as surfboards, stand-up boards or anything over 150cm (59″) long. If shipping has to be charged after all, we will contact you first, by phone or email.

Refunds and exchanges:
We're a small firm of a few relaxed people. If your purchase leaves you unhappy, tell us and we'll do what we can to put it right. Our formal policy for online returns reads:

On-Line Shopping Refunds and Exchanges
For a refund or exchange to be considered, the item has to come back in its original packaging and as-new condition, together with its original tags, the receipt, every warranty card, the manuals and all accessories.

Most non-sale purchases made on the web can be returned up to 30 days after your product was shipped, minus what shipping cost us. A 20% fee for restocking and merchant services is charged unless the mistake was ours.

Sale and clearance products bought on the web can be sent back for an exchange only, and only if defective, no more than 15 days after your product shipped, minus what shipping cost us. A 20% fee for restocking and merchant services is charged unless the mistake was ours. If you can't tell whether an item counts as sale or clearance, just ask us by email or phone before you order.

Should you refuse shipment of any item, you will get a credit from which we take our shipping cost plus the 20% fee for restocking and merchant services.

You may send returns by US Regular Mail or by UPS surface shipping, whichever suits you. Returns and exchanges have to be sent with the freight prepaid.""",
                         ("exchange only", "refuse shipment", "regular mail")),

    "railroadtoymodels": ("""Welcome to Model Train Store, the place for good model railway products. We are hobbyists ourselves and want buying from us to be easy and pleasant. Here is how shipping and returns work.
Shipping Information
Order Processing
Orders are usually processed in 1-2 business days (weekends and holidays not counted). Once your order is on its way, we email you a confirmation with tracking details.
Shipping Methods
There are two options:
- Standard Shipping ($12.95) – sent with DHL or FedEx, arriving in 10-15 business days from dispatch
- Free Shipping (orders above $50) – sent with EMS, arriving in 15-25 business days from dispatch
For International Customers: We deliver worldwide, apart from some Asian countries and remote areas. Customs fees may apply to international parcels, and the customer pays them.
Returns & Exchanges
We'd like you to be fully happy with what you bought. Should something need returning or exchanging, the policy below explains how.
Eligibility
We take returns and exchanges for 15 days after your order reaches you. To qualify:
- The item must be unused and still in its original packaging
- Every original tag and accessory must be included
- You need proof of purchase (your order number)
Non-Returnable Items
For reasons of safety and hygiene, these cannot be returned:
- Electrics and Switches (once the package is opened)
- Point Motors (once installed)
- N Figures and Animals (because of handling small parts)
- Anything not in its original condition, or damaged by the customer's use
How to Return an Item
These are the steps:
- Contact Us: Email support@modeltrain.example, giving your order number and what you'd like to return
- Wait for Approval: We look at your request and email you return instructions in 24 to 48 hours
- Package Your Item: Wrap the item well and put it back in its own box together with every accessory
- Ship the Item: Post it to our warehouse at:""",
                          ()),

    "catalpatrading": ("""Refund Policy

WE DO NOT REFUND TICKETS TO MAGIC SHOWS.

Returns

Our policy runs for 30 days. Once 30 days have passed since you bought an item, we are sorry, but a refund or exchange is no longer possible.

To return anything that is not on the exempt list (see NON-RETURNABLE ITEMS below), you first need our permission. Send us a message through the Contact Page on our website; we will reply with a return authorization number and tell you how to send the item back, if it can be returned. Please don't post anything until you have that authorization number.

An item can be returned only if it is unused and in the condition it reached you, in its original packaging, with that packaging undamaged. It also has to be something the list below does not exempt. We need a receipt or other proof of purchase to complete the return.

NON-RETURNABLE ITEMS

1. Magic cannot be returned, whatever the item. Magic is not like other goods: what you pay for is a secret. That is why magic shops so often put up a sign saying the secret is only told once the trick has been sold. As the secret can't be handed back along with the prop, we can't give back your money on magic.

We take great care not to send out defective or damaged items, but mistakes do happen. If an item you receive is defective or damaged, we'll happily swap it for an identical one.

Given all this, please pick your magic carefully. If you have any questions, ask us before ordering; we are glad to help you find the right magic.

2. Gift cards

3. Food and anything perishable

4. Newspapers, magazines or posters

5. Intimate apparel

6. Medicines, ointments or sanitary goods

7. Any flammable or hazardous material

8. Software (downloadable too), video games, CDs, DVDs, cassettes and VHS tapes

9. Health care and pers""",
                       ()),

    "recordstoreau": ("""Refund Policy
IN STORE: some of our records are second hand, and customers may listen to new records in the shop, so WE URGE YOU to check the condition of any vinyl before buying it. Once a record has left the shop we have no idea what happened to it, so we are not held responsible for damaged records.
We know some faults don't show straight away, that new items can have problems too, and that our grading of second-hand records is sometimes off, so if you find something once you're home, PLEASE get in touch with us quickly. If you wait for weeks or months, helping you gets hard.
The best thing is to write the problem down for us as soon as you notice it. That leaves a trail we can go by if your return request ends up coming late by accident.
Our casual staff can't give refunds, so please come in on a weekday when a manager is there to help you.
CHANGE OF MIND: We don't refund a change of mind, unless you are back within the hour because hackers have just emptied your bank account and you need money for the bus home.
ONLINE: every record is checked three times before it goes out, but we are only human, so if in the odd case we've got it wrong and the vinyl we sent has something wrong with it, we'll put it right for you.
GIFTS: a record given as a gift comes with the right to exchange it, as long as the person who got it comes in soon afterwards and the vinyl hasn't been damaged at all.
PRESSING FLAWS: these are easy to tell apart from damage done by careless handling, and where a record has one we'll exchange it or refund it.
WARPED RECORDS: we own a flattener and will gladly flatten (de-warp) any record in the shop free of charge, including anything you bought here and took home, provided you bring it back promptly and still have the receipt, or the price sticker is still on it. For records of your own, flattening costs $10.""",
                      ("held responsible for damaged", "casual staff", "right to exchange", "warped records")),

    "sheetmusicauthority": ("""Return Policy

Customer's Responsibility
Every return must be cleared with us first: call 801-555-0100 or email info@sheetmusic.example before you send anything back. Anything returned without prior approval can be charged a 15% restocking fee. Where the customer ordered the wrong thing and we filled the order just as asked, the customer pays the shipping for the return. Since we can't answer for items lost or damaged on the way back to us, we suggest a postal service that is insured and can be traced. If it was a special order, not taken from our usual stock, and the publisher refuses to take it back, we may charge the customer a 15% restocking fee. Our aim is to take back every return. If, rarely, an item reaches us in unsuitable condition, we may need to return it to you. Every item that comes back is inspected.

Local Returns
Customers who live nearby can hand deliver a return to us. The 15% fee can still apply where the special order was the customer's own mistake.

Day Murray Music's Responsibility
If you receive the wrong items or the wrong quantities, or items that arrive defective, whether the publisher or the shipping is to blame, DMM takes responsibility for putting it right and pays the whole cost of the return. On small orders it may work out better for us to send the right items free of charge and not ask for the wrong ones back.

Change of Mind
As long as the item is in pristine condition, ready to sell again, we take it back without any extra charge, because it can go back on our shop floor. Returns of web orders are accepted too, once authorized in advance. Special orders, though (items we don't regularly stock), may carry a restocking fee of 15%.

Refunds
How do qualifying orders get their refund? We give either credit on your store account, which works like a gift card from our shop, or a full refund less postage and any restocking fee that applies, for pre-authoriz""",
                            ("without prior approval", "publisher refuses", "unsuitable condition", "hand deliver",
                             "still apply", "small orders", "regularly stock")),

    "erpiano": ("""Home | Log in | Account | Order tracking | About | Contact | Cart

Phone 1.888.555.0199
Home > Return Policy

ER Music's No-Hassle Returns

Items do sometimes arrive damaged or defective, let you down, or get bought by mistake, and then we follow our policies so that every customer is treated the same. That protects our customers and our company alike.

Mission

We want you completely satisfied. If anything is wrong with your purchase, call or email us as soon as you can at info@ermusic.example or (702) 555-0142. Customer Service will help you quickly and reliably.

30-Day Satisfaction Guarantee

The customer has an important duty to inspect the item(s) as soon as they arrive, so that any manufacturer defect or shipping damage is found, and to tell ER Music Gallery about it as soon as possible.

If a product doesn't satisfy you, you may return it and choose a refund, an exchange or store credit. A refund or store credit is for the amount shown on your sales receipt§; if the order came with free shipping, though, the shipping cost is taken off your refund or credit.

You can get a refund, credit or exchange only if you got in touch with ER Music Gallery no more than 30 days after the product reached you.

»Defects or Shipping Damage

»Defects

A defect means damage done unintentionally before delivery. Damage that happens during delivery or afterwards does not count as a defect.

Manufacturer defects are rare, but they happen. If you think a product you received is defective, check everything in the package and send us a return form no more than 14 days after you received it.

If you tell us of a defect after those 14 days, it is handled as a warranty claim, by the manufacturer.""",
                ("inspect the item", "free shipping", "warranty claim")),

    "djbandsupply": ("""Return Policy

Return Policy

Returns & Exchanges

We at DJ Band Supply want you pleased with what you bought. We know that sometimes a product, once it arrives, isn't quite what you wanted or needed. So, unless this page says otherwise, any qualifying item can be returned up to 30 days after the delivery date. Once 30 days have passed since delivery, every sale is final.

The Return Process

To return any product, customers have to get an RMA (Return Merchandise Authorization). For the quickest service, any hour of any day, sign in to your account and ask for an RMA there, giving us as much detail as you can and saying whether you want a refund or an exchange. When your RMA is approved, we email it to you.

Please note: we will not accept any item that comes back without an RMA number authorized beforehand. Everything you return should be sent insured, with the postage paid. Send it with UPS or with any carrier able to give you a tracking number. DJ Band Supply is not responsible for returns that go missing or get damaged on the way.

DJ Band Supply may refuse any return not made in line with the guidelines on this page. Every returned product must:

  • Carry a valid RMA number;
  • Come with ALL of its original packaging;
  • Have packaging with no writing or other defacement on it; and
  • Be unregistered and in its original box, its UPC code (where there is one) still in place, with no serial number missing, damaged or altered

Defective Items

By a defect we mean a flaw in workmanship that stops the item doing what it was designed to do. To make things easy, customers in the contiguous U.S. receive a prepaid label they can print for sending back defective items. When your return has arrived and we have confirmed the defect, we swap it for a brand-new unit, or refund you if you'd rather not take a replacement. We inspect every item""",
                     ("unregistered",)),

    "brewersconnection": ("""Brewers Connection
  RETURN POLICY
  Updated January 2017
  At Brewers Connection we work hard to keep customers well satisfied. A satisfied customer comes back. Still, we know mistakes happen and that items get returned and exchanged. Our staff try hard to make a "return or exchange" unnecessary, checking that what you buy has no defects before it leaves the shop. Here is our policy:

. You may ask to return most products no more than 30 days after the date of the original purchase.
. We need copies of your first sales receipt and of the credit card slip.
. Sorry, but for most ingredients we take no returns once 10 days have passed.

. Everything returned must be new and unused, with all its original packaging and paperwork and every tag still attached.

. Glass cannot be returned at all. Brewers Connection takes no responsibility or liability for broken glass. Carboys, fermenters and bottles made of glass are checked carefully by our staff while the customer watches, at the sale.

. We honour manufacturer warranties, but please contact the manufacturer first so they can confirm the problem. Where a product has an obvious defect from faulty workmanship, we will replace it directly or with an equal item.

. Every return is charged a 10% restocking fee. Exchanges or store credit carry no restocking fee, as long as the item comes back new and unused with all its original packaging and paperwork and its tags still on.

. Used or altered merchandise cannot be returned or exchanged.

. Tubing, some ingredients and other custom items can't be refunded or exchanged. (Custom means the item was made to the measurements or details you gave when you ordered.)""",
                          ("most ingredients", "contact the manufacturer first", "exchanges or store credit")),

    "toolswoodshop": ("""At Tools Wood Shop we look after your satisfaction as carefully as we choose our all-birch plywood and set up our Festool equipment. Every project needs the right tools and materials, and now and then an item won't be quite what you need. This Returns & Exchanges policy aims for the care and clarity you'd want from a partner devoted to the craft.
🛠️ Policy at a Glance
- Return Window: 15 days, counted from the day your shipment reaches you.
- Condition: Items have to be unused, in their original packaging and fit for resale.
- Process: Get in touch with our team before anything else to start a return. Returns we have not authorized can't be accepted.
- Refunds: Paid to your original payment method 5-10 business days after the item reaches us and has been inspected.
- Exchanges: Offered for the identical item in another size or color (while stock lasts).
- Return Shipping: Paid by the customer, unless we made the mistake.
Our Philosophy: Precision in Policy, Care in Execution
A clean joint needs careful planning, and a smooth return needs clear rules. It shows how much we owe to the professional woodworkers and keen hobbyists we serve. We aim to sort out any problem as efficiently and reliably as you would want when you order guide rails or bench planes.
The Detailed Process: Step-by-Step
- Initiate Your Request
No more than 15 days after delivery, email Customer Care at care@toolswood.example. Give your order number, details of the item (for example, a Domino Joiner or C-Channel hardware) and the reason you're returning or exchanging it.
- Receive Your RMA & Instructions
We look at your request and, if we approve it, send you by email an RMA (Return Merchandise Authorization) number plus packing and shipping instructions. We won't accept any return unless a valid RMA number is marked clearly on the outside of its box.
- Pack and Ship Your Return
Put the item back in its original box, well protected, together with all ac""",
                      ("on the outside of",)),

    "sewyours": ("""PDF Patterns
When your order is complete, we email you your PDF pattern and you can download it straight away. That is why PDF patterns cannot be refunded. Setting up an account with us before you buy is a good idea, as it lets you get at your downloaded patterns whenever you like. Please check your order history so you don't buy the same pattern twice.
Returning Retail Items (not Clearance, Apparel, Wall Art, Drinkware or Calendars)
- If you aren't happy with what you bought, contact us no later than 3 days after delivery. Every return has to be approved before you send the item back.
- We accept no returns or exchanges once 3 days from delivery have passed.
- After approval, the item has to be shipped back within seven days of delivery. It must come back in its original packaging, in the condition it arrived in, with no stains, rips, pet hair, damage or odd smells, or no refund is given.
-
By-the-yard items (for example cotton, interfacing or stabilizer) can't be cut and can only come back in the full length you bought.
- The buyer pays return shipping, and it isn't refunded. We don't refund the original shipping either.
Clearance Items
Every clearance sale is final. No refunds or exchanges.
Wall Art, Apparel, Calendars & Drinkware
We make these items to order, so they can't be returned unless they arrive damaged or defective.
- If an item reaches you damaged or defective, let us know no more than 3 days after delivery and ask for a replacement; send detailed photos showing the damage or defect.
- We won't accept requests made more than 3 days after delivery.
Subscription Boxes
Subscription boxes can't be refunded; every sale is final.
- If items in your box arrive damaged or defective, tell us within three days of delivery and we'll find a fix.
Gift Cards
Gift card purchases are all final. We take no returns or exchanges.
Delivered Packages:
Orders the carrier has marked as delivered are not refunded. If your package seems to be missing, start by asking others in your househol""",
                 ("shipped back within", "by-the-yard", "marked as delivered")),
}
