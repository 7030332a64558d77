"""The test9 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    # Not found in the stored pages (four queries): written from its label alone.
    "ipadbags": ("""Refund & Returns Policy

We want you to be pleased with your new bag or case. If it is not what you hoped for, you can send it back within 28 days of your purchase. After those 28 days have gone by, we are sorry, but we can no longer accept it.

To qualify for a return, the item has to be unused, in the same condition as when it reached you, and packed in its original packaging.

A few things cannot be returned at all:
- Gift cards
- Downloadable products
- Orders that were sent to you with free shipping

Please note that what you paid for express shipping is not refunded.

Faulty items
Every bag is checked before it leaves us, but now and then a defect slips through. If your item is defective, tell us within 1 day of delivery. The quickest way is an email with a couple of photos of the problem, so we can see what went wrong and sort it out.

Shipping
Orders normally leave our warehouse within two working days. Questions about an order? Write to hello@ipadbags.example.""",
                 ("paid for express shipping is not refunded",)),

    "ukcandyshop": ("""Refund & Return Policy

(1) Introduction

Every so often you may want to send a product back to us.

This policy sets out the cases in which that can be done.

(2) Returns

If the law gives you no separate right to hand a product back for a refund or exchange, we are unable to accept it back.

(3) How to make a return

To rely on this policy, you must:

(1) Email us no later than 3 days after delivery, describing what has gone wrong; and

(2) Wait until we confirm that you may send it back.

(4) Exclusions

Some products cannot come back to us under this policy:

(a) When we have upgraded your order to express post with a free cooler pack, any chocolate that reaches you spoiled by the heat will not be taken back, swapped or refunded.

(5) Refunds

For any product you send back properly under this policy, we will repay its full price together with the delivery charge you paid when you ordered; what it costs you to post it back to us is not repaid.

(6) Returns that do not follow this policy

If you send something back against the terms of this policy (and no other legal right lets you return it):

(a) it will be neither refunded nor exchanged; and

(b) we may hold on to it until you have paid whatever extra we charge to deliver it to you again.""",
                    ("any chocolate that reaches you spoiled", "against the terms of this policy")),

    "thewigfairy": ("""WIG EXCHANGES & ALTERATIONS
Your happiness with your wig matters to us. If it is not quite right for you, or it needs altering, reach out no later than 3 days after it arrives and we will gladly help, provided that:
- the wig is still new, has not been used and has never been worn
- it comes back to us in the packaging it was sent in
Should your wig turn up defective or damaged, tell us straight away and we will send you a replacement or give you a refund.
WIG RETURNS & REFUNDS
Our return window is 3 days: you have 3 days from the day your wig is delivered to ask for a return. Wigs bought on sale, and final sale wigs above all, cannot be returned. A return is only possible when:
- the wig is unused, unworn and still new
- it is sent back in its original packaging
- you have started the return by contacting us no later than 3 days after your order arrived
Please be aware that a restocking fee, worked out on the wig's original price, is taken from your refund. Where the wig is shown to be defective or damaged, we do not charge the restocking fee.
- Orders paid in full by credit card (not on an installment plan) carry a 15% restocking fee
- Orders paid through an installment plan carry a 20% restocking fee
What you paid for services such as sizing, coloring, cutting or thinning is not refunded.
CANCELLATION POLICY: If you cancel at least 72 hours ahead of your appointment, we refund 50% of your deposit.
NO REFUNDS FOR: no-shows, arriving over 15 minutes late, missed appointments, and visits where nothing is bought.""",
                    ("orders paid in full by credit card", "orders paid through an installment plan",
                     "services such as sizing, coloring, cutting", "cancel at least 72 hours ahead",
                     "missed appointments, and visits where nothing")),

    # Not found in the stored pages (four queries): written from its label alone.
    "lotusbedding": ("""Refund & Return Policy

Thank you for shopping with Lotus Bedding. Please take a moment to read our terms before you place your order.

Exchanges
You may exchange your bedding within 7 business days of receiving it. Sheets, duvet covers and other items must be unused and unwashed, preferably still in the bag they came in, and please keep your receipt. You can swap them for any item of the same or lower price.

We do not give cash back for returned merchandise.

If you need to change the colour or shade after your order arrives, we will exchange it for you on the same terms. If you ordered the wrong size, we will exchange it for the size you need.

Items that cannot be returned or exchanged
- Mattresses
- Mattress toppers
- Pillows
- Custom size products made to your measurements

Wrong, defective or damaged items
If you receive the wrong item, or your item is defective or damaged, contact us as soon as you can and we will exchange it.

Contact
Email care@lotusbedding.example or call 555-0100, Monday to Friday.""",
                     ("same or lower price", "do not give cash back for",
                      "need to change the colour or shade", "if you ordered the wrong size")),

    "yogaunited": ("""Return & Refund Policy

Below is how returns work for goods and services bought from the online shop run by Yoga United Ltd.

1. We can only accept a return if the item is unused, in the state in which it reached you, and still in its original packaging.

2. Yoga mats: for reasons of hygiene and safety, a mat whose wrapping has been taken off can no longer be exchanged or refunded.

3. Some services cannot be refunded either, such as those that start the moment you pay (a software download, for example), gift cards and our gift wrapping service.

4. Changed your mind about something you bought? Get in touch no later than 14 working days after your order was delivered. You will receive back the full price you paid for the items or services you send back, but not the postage and packing charged on your original order, and not what you spend on sending the item back to us.

5. Would you rather exchange it? Contact us, again within 14 working days of delivery. You can choose another item of equal value, or a cheaper one and have the difference refunded (without the original postage and packing). If the item you would like costs more, we will ask you for the balance before we send it out. What you spend on returning your original item to us is not refunded.

6. If your item was faulty, stopped working properly, or does not match its description on our site, let us know within 14 days; we will then replace it, work with you to fix the problem, or give you a full refund.""",
                   ("whose wrapping has been taken off",)),

    # Not found in the stored pages (four queries): written from its label alone.
    "harmonicshift": ("""Shop Policies

Processing
Orders usually leave our studio within a week. You will receive tracking details as soon as your parcel is on its way.

Damaged or defective items
We pack every order with care, but things can still go wrong in transit. If your piece arrives damaged or turns out to be defective, email us at least one photo of the problem and a photo of the packaging it came in. We will then send a replacement, refund you, or give you store credit. A replacement may take a little longer while we file a claim with the shipping carrier.

Cancellations
You can cancel your order for a full refund at any time before it ships. Custom orders cannot be cancelled once we have started making them.

Returns
We accept returns within 5 days of delivery, as long as the item is unused and in the condition you received it. Custom pieces cannot be returned. Please email us before sending anything back; returned items need to arrive back with us no more than 10 days after delivery. Pack the item well so it is not damaged on the way. Return shipping is paid by the buyer, and the original shipping cost is refunded only if the mistake was ours. On returns that are not our fault, $2 is kept back from your refund to cover processing and restocking.""",
                      ("while we file a claim with", "custom orders cannot be cancelled once",
                       "arrive back with us no more", "$2 is kept back from your refund")),

    "traintimehobby": ("""Policies

TrainTimeHobby.com RETURNS & REFUNDS:

Train Time Hobby cannot answer for quality-control problems that come from the manufacturer, for example the paint finish, slight differences in paint color, glue and the like. Such items are covered by the maker's warranty, so please send them to the manufacturer.

1. Items may be returned or exchanged up to 30 days after the date you bought them.


2. A restocking fee of 15% may apply to returned items.


3. To cancel an order, email or phone us no more than 12 hours after placing it.


4. Defective Digital Command Control (DCC) products must go to the manufacturer to be replaced, unless they are still unopened.


5. Anything bought more than 30 days ago has to be sent to the manufacturer instead of to us.


6. We accept returns and exchanges only once Customer Service has approved them. To arrange one, call 555-0100 or write to us through our contact form.


7. Refunds go back to the payment method you used, or we may offer you store credit instead, which is used up automatically the next time you order online. TrainTimeHobby.com may decline to give store credit to any customer, at its own discretion.


9. Every item sent back needs a note attached saying why you are returning or exchanging it. The item also needs its original box and the packing it was shipped with. Anything returned for an exchange or refund has to be as new as it was when we sent it, in the maker's packaging, with every instruction sheet, manual and so on. Anything altered, however slightly (weathering, decals or paint, or parts added, taken off or swapped), will be turned away, with neither credit nor exchange.""",
                       ("so please send them to the manufacturer", "defective digital command control",
                        "anything bought more than 30 days ago")),

    "costume-shop": ("""The Costume Shop Return Policy

We like returns to be easy, and we think you will too!


Whatever your reason for sending a costume back, get in touch with Customer Support no later than 7 days after your order arrives, and we will give you an authorization number along with simple instructions. Once your return reaches us, you will get back the full amount you paid for the costume(s) within 3-5 business days.

Past the first 7 days, you can still return a costume, but a 20% restock fee will be taken off. Once 30 days have passed since your order was delivered, costumes can no longer be returned.

*Special order items and mascot costumes each have their own return terms, listed on their product pages, and some of them cannot be returned at all.



Tried your costume on and need another size? Just place an order for the right size on our website, then let Customer Support know so they can arrange for the first one to come back for a refund.


Got something other than what you ordered? Let Customer Support know in the first 7 days after your costume arrives and we will ship the right item out immediately. We pay the shipping for the replacement, and a prepaid UPS label will be emailed to you, so the return trip costs you nothing either.


    Thanks for choosing The Costume Shop!""",
                     ("past the first 7 days", "special order items and mascot costumes")),

    "rjloc": ("""What is your return policy?

Opened items:
We cannot refund opened items, because our suppliers will not take them back or replace them once they have been opened. Very occasionally we may replace an opened item, but a 15% handling fee will then apply.
Please check that you have the right item for your printer before you open it.

Faulty ink or toner:
Our suppliers and the manufacturers replace or refund a defective ink or toner cartridge only when it can be shown, beyond reasonable doubt, that the cartridge itself is to blame. In about nine cases out of ten the problem lies with the printer, not with the cartridges. You will need to give us the original invoice, evidence that it is faulty, and the packaging. If everything checks out, we pass the item on to the manufacturer to be tested. When they confirm the fault, we go ahead with your refund or exchange.

Unopened items:
Ordered the wrong item? As long as it comes back to us within seven (7) days, together with your original proof of purchase, we will happily exchange it or give you a full refund.""",
              ("a 15% handling fee will then apply", "we pass the item on to the manufacturer")),

    # Not found in the stored pages (four queries): written from its label alone.
    "morleycomputers": ("""Returns Policy

Changed your mind?
You can send back most items within 14 days of delivery for a refund. Please tell us that you want to return something before you post it.

The item must be unused, in the condition it was delivered in, in its original packaging and complete with all of its accessories. Any free gifts that came with your order must be sent back too. If the goods have been handled more than is needed to check them, we may reduce your refund to reflect the value they have lost.

DVDs, CDs, memory cards and software should still be sealed. If you have claimed any software that came free with a product, we may take its value off your refund. If you are returning a Software Product Activation Key card that is not faulty, the scratch-off panel on the back must be untouched.

Items we cannot take back:
- Headphones and earphones, for hygiene reasons
- Parts or products ordered specifically for you

Contact
Email returns@morleycomputers.example or call 555-0100, Monday to Saturday.""",
                        ("any free gifts that came with", "we may reduce your refund",
                         "if you have claimed any software", "software product activation key card")),

    "electricbikesandscooters": ("""Returns/Cancellations
Not happy with it? 15 Day Easy Returns
Here is how our returns work, plainly put.
Terms and Conditions for Returns
We refund the full purchase price, the original shipping charges included.
Sending the merchandise back is at the customer's own cost.
Merchandise has to reach us brand new and fit to be resold. Anything ridden or worn, or showing any use, abuse or damage, cannot be refunded. It must come back complete, with its manuals, warranty cards, accessories and any promotional extras, in its original packaging.
You must send the return off no later than 15 days after the date of purchase.
Getting your product ready for an approved return (R.M.A.):
- Wrap the merchandise carefully and put it back in the original box it shipped in, with everything that came inside (manuals, warranty cards, accessories, promo items and so on).
- Enclose your invoice (a copy is fine).
- Add the RMA notice our support help desk sent you.
- Mark your RMA# clearly on the return label stuck to the box. To protect yourself, send it with a courier that gives you a tracking number, such as UPS, Federal Express or DHL, and insure the shipment. Any damage or loss on the way back is the customer's responsibility.
We do not accept packages sent freight collect or COD.
Reach Tech Support at returns@electricbikesandscooters.example""",
                                 ("sent freight collect or cod",)),

    "lift23": ("""Returns & Exchange
Anything you buy from us can be returned for a full refund, or exchanged, within 14 days of receiving it. Socks must be unused, still carrying their labels, and in their original, undamaged packaging. The postage for sending items back to us, whether for a return or an exchange, is yours to pay. Once your parcel arrives, we will either swap your item(s) or refund you in full, whichever you prefer. The shipping you paid on your original order, however, is not refunded.
If your delivery contains damaged socks, or socks that were packed wrongly, we will pay all shipping costs and do our very best to put things right. You choose between new socks and a refund.
How to Return or Exchange an Item
Get in touch with your order number, the item(s) you want to send back and why (your reasons help us improve our socks). We will reply with instructions. If you send socks back without contacting us first, you may not get a refund or exchange. We are not responsible for packages lost in transit.""",
               ()),
}
