"""The test20 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "ferriswheels": ("""Return Policies

Return Policies
Every return needs a valid proof of purchase.*

PARTS & ACCESSORIES

Parts & accessories from our regular stock, new and never used

  • Up to 14 days: you can have store credit OR your purchase price back.
  • Up to 60 days: we take them back against store credit only.

Special order parts and accessories (new, not used)

  • Up to 14 days: store credit is all we can give for them.

BICYCLES

Bicycles in stock, new or used
Up to 7 days: a bike in new condition is taken back, for store credit only.
With a used bike, "new condition" means "as it was when you bought it."

A special-order bicycle priced above $700 needs a non-refundable deposit of 20% of its retail price.

LAYAWAY POLICY
Putting a bicycle on layaway takes a first deposit of 20%.
Cancelling a layaway costs a 20% restocking fee.

A TRADE-IN IS FINAL.

WARRANTY

Most new bikes carry the maker's lifetime warranty on the frame and on the parts.
On our used bikes, the repair work we did in the shop to make them ride-ready is covered by a limited warranty of 30 days.

Please ask a member of staff about your warranty.

*YOUR NAME WORKS AS A RECEIPT! Leave us your name and contact details when you buy, and we keep your proof of purchase on file so we can look it up.

No return is possible for used bicycles, used parts or used accessories. Case by case, the shop may consider buying them from you as used goods to resell.""",
                     ("up to 60 days", "special order parts", "bike in new condition is taken back",
                      "non-refundable deposit", "cancelling a layaway costs", "a trade-in is final")),

    "sportsmansfinest": ("""RETURNS
Items We Cannot Take Back
Everything in the categories below is sold as final sale; none of it can be returned or exchanged, whatever the circumstances:
- Firearms
- Ammunition
- Clearance and discontinued goods
- Flies
- Rods
- Reels
Items We Can Take Back
You may bring merchandise back up to 30 days after the date you first bought it, as long as you show valid proof of purchase, and provided the item satisfies these conditions:
Unopened items (with the factory seal unbroken):
- Optics
- Accessories for firearms
- Accessories for fishing Unworn/unused items (tags still on, never washed, original condition):
- Clothing
- Hats
- Jackets
- Boots/Shoes
- Waders
- Knives Exchange
Policy An exchange is allowed on the same conditions and within the same time as set out above. Every exchange needs valid proof of purchase too, and management inspects the item and decides, at its own discretion, whether to approve it.
How Refunds Are Paid
- Approved refunds go back only to the payment method you originally used.
- Where that original payment method can no longer be used, you receive store credit instead.
- We do not refund shipping charges or fees. Return shipping is always yours to pay, unless management has agreed otherwise.
Terms for Any Return or Exchange
- Without proof of purchase, no return or exchange is taken.
- Management inspects every item and gives the final approval.
Special Orders and Backorders Special Orders
- Meaning items we do not normally keep in stock.
- You pay a deposit of 100% when you order.
- If you cancel a special order, half (50%) of the deposit is refunded. Backorders
- Meaning items we usually carry but which are out of stock for now.
- A backorder is secured with a deposit of 100%.
- If you cancel a backorder, 90% of the deposit is refunded. General Conditions
- No deposit can be transferred.
- How long processing takes depends on what the manufacturer or vendor has available.
- Management keeps the right""",
                         ("factory seal unbroken", "tags still on, never washed",
                          "original payment method can no longer be used", "if you cancel a special order",
                          "if you cancel a backorder")),

    "uscampinghiking": ("""Outdoor Camping Shop knows that gear arriving promptly and undamaged matters as much as the trips you plan with it. Our shipping and returns policies were written to be convenient for you, because quality and happy customers are what we care about.

Shipping Information

Order Processing Time

Orders are processed within 1-2 business days (weekends and holidays not included). Once your order ships, we send you a confirmation email with its tracking details.

Shipping Options

Two shipping methods bring your gear to you:

  • Standard Shipping: $12.95, by DHL or FedEx (arrives 10-15 business days after it ships)
  • Free Shipping: on orders above $50, by EMS (arrives 15-25 business days after it ships)

Please note: international delivery times can vary (we do not reach certain remote parts of Asia or some island nations).

Returns & Exchanges Policy

We back our gear the way we back you out on the trail. If your purchase leaves you less than fully satisfied, we will put it right.

Our Return Policy

Returns and exchanges are accepted for 15 days from the day your order reaches you. A return qualifies only if:

  • the item is unused and in its original condition, with every tag still attached
  • it comes in its original packaging, with all of its accessories
  • it comes with proof of purchase (your order number or receipt)

Non-Returnable Items

For reasons of health and safety, these cannot be returned:

  • Anti-chafing gels or lotions, sealed or opened
  • Insect repellent and bug spray, sealed or opened
  • Bear spray and other deterrents (hazardous-materials rules forbid it)
  • Sanitation and bath products that have been opened

Sales of these items are final, except when they reach you damaged or defective.

How to Return an Item

Step 1: Send Us a Return Request

Write an email to our customer care team at support@uscampinghiking.example with these details:

Subject line: Return request, order #[your order nu""",
                        ()),

    "hanksguitarshop": ("""Terms and Conditions
Terms and Conditions
Refunds on mail order items
Should an item reach you that does not match our detailed description, whether in its condition or in its originality, you can have a full refund for 7 days after you receive it; after that day no refund is given.
Returning a Product.
When you send a product back, it is entirely up to you, the customer, to pack the goods securely again and to make sure they reach us in the same condition you got them in. We issue a refund only once the goods are back with us in the condition we sent them.
How Refunds Are Paid
We refund through the same payment method you used for the instrument or item: PayPal back to PayPal, wire back to wire, cash back to cash.
Where you bought the item you are returning in a currency that is not your own, you will be refunded in that same currency as well. Exchange rates move, so the amount you get back may be more or less than the price you paid.
If the purchase is not to your liking
If you want to send your purchase back because you do not like it, we can give you store credit for its full value, to spend on a later purchase, or a refund less a 20% restocking fee; this applies only within 48 hours of receiving the goods.
In-Person Sales
All guitars & amps come with 48 hours' approval (unless noted otherwise). Please phone us for a return authorization before you bring anything back. What you return must be in the condition it was in when it left the store. A return without authorization is refused and sent back at your expense. A 20% restocking fee applies to returned items.""",
                        ("refunded in that same currency", "return without authorization is refused")),

    "dogssuppliessale": ("""🐾 Welcome to Our Return Policy for Pet Lovers! 🐾

We know your four-legged friend may decide the new toy isn't a favourite after all, or find the bed less snug than we all hoped. So we've set up a return process that is as easy-going as the things we sell!

Our Return Policy in Brief

  • Time to Return: 15 days after delivery
  • Item Condition: never used, and kept in its original packaging
  • Postage Back to Us: paid by you, the customer
  • Refund Time: 5-7 business days once your return has reached us

How to Return, Step by Step

Step 1: Get in Touch With Our Support Team

No later than 15 days after your order arrives, write an email to our support crew (they love pets too) at help@dogssuppliessale.example. Tell us:

  • your order number
  • the product's name and why you are returning it
  • whether you would like an exchange or a refund

Step 2: Wait for Us to Authorize It

We will answer within 24-48 hours, sending you:

  • a return authorization number
  • instructions for shipping
  • the address to send it to

Step 3: Pack and Send

Pack the item securely in its original packaging, with all of its tags still on. Write the return authorization number on a note and place it in the box.

Step 4: Keep Track of Your Return

Hold on to the tracking number of your return parcel; we suggest a shipping service you can track.

Template for a Return Request

Subject: Return request for order #[order number]

Send to: help@dogssuppliessale.example


Hi Pet Supplies Shop team,


I'd like to return or exchange something from a recent order:

Order no.: [order number]

Item: [name of the product]

Why I'm Returning It: [say why you are sending the item back]

What I'd Like: [refund, or an exchange for [product]]

Please send me a return authorization and the shipping instructions.


Many thanks,

[Your Name]

Refund Information

How Long Refunds Take & How They Are Paid

  • Time to Process: 5-7 business days from when we have received and inspected your return
  • How We Refund: the money goes back to your original""",
                         ()),

    "indigosupplements": ("""Time limit: you have 7 days from the date you bought an item to return it.
State of the item: to qualify for a refund or an exchange, items must come back unopened and unused, in the packaging they were sold in (original packaging). With health supplements this matters especially, so that the product stays intact.
Proof of purchase: when returning items, customers may be asked to show an order confirmation or a receipt proving the purchase.
How refunds are paid: a refund may go back through the payment method used for the purchase or, if you prefer, be given as store credit.
Exceptions: health and safety rules may mean that some items cannot be returned, for example supplements that have been opened or used, and products that were customized or specially ordered.
Return shipping: the customer may have to pay for sending a return back, unless the seller made a mistake, for instance if a wrong item arrived, or a product that was defective.
Restocking fees: depending on the policy, returns may be charged a restocking fee, above all for big or specialist items needing more handling.
Shipping: the customer pays for shipping.""",
                          ("above all for big or specialist items",)),


    "merriartist": ("""Returns:
Products that are unopened, unused and in a condition fit for resale can be returned. When a return or a replacement comes about through a mistake of ours, we cover every cost of shipping it, provided you tell us about the mistake within 30 days of your package arriving. Please note: goods classed as hazardous (solvents, aerosol cans, flammable alcohol inks and the like) cannot come back to us, because shipping them is restricted.
Returns or Exchanges up to 30 days after your package arrives:
You must phone us or email us to get approval and an RA (Return Authorization) number. Unused items in their original packaging and fit for resale will be refunded in full for the product's price. The only thing we take off your refund is the original shipping charge; no restocking fee is charged. Your full refund can go back to the original payment method or be given as store credit, as you choose.
Once your return is with us, give us 24 hours to issue the refund, and your bank may then need 5-10 business days to handle it. When we have received and processed the item, we will email you about your refund.
Returns or Exchanges up to 90 days after your package arrives:
You must phone us to get approval and an RA (Return Authorization) number. Unused items in their original packaging and fit for resale can be returned for store credit, less what you paid for the original shipping and a restocking fee of 15%.
Once your return is with us, give us 24 hours to issue the refund, and your bank may then need 5-10 business days to handle it. When we have received and processed the item, we will email you about your refund.
Items that cannot be returned:
Hazardous goods whose shipping is restricted: solvents, aerosol cans, flammable alcohol inks and so on.
Books, DVDs and airbrushes
Nothing from Clearance or the Bargain Basement can be returned.
Special Orders (items we do not stock)""",
                    ("restocking fee of 15%",)),


    "trunkmonkeyparts": ("""Return Policy

  • To arrange a return, phone us at 888-555-0100, or email customer service at .
  • Include your invoice (a copy will do) with the return.
  • Parts have to be fit for resale and in their original packaging.
  • Used parts cannot be taken back.
  • Parts that were installed or tried cannot be taken back.
  • Electrical parts cannot be returned.
  • Some returned parts may be charged a 20% restocking fee.
  • When the recipient refuses a package, the item(s) in it are charged a 30% restocking fee.
  • We may refuse, and send back, any part we find to have been installed or used, or to fall short of the criteria above.
  • Ask for a return within 30 days of receiving the part.
  • The buyer pays the cost of return shipping, unless the Seller approves the request in reasonable circumstances.
  • A restock charge may apply to some parts; contact us for the details.

After a Return Is Approved

  • We can process a return only once the part has reached the store.
  • When the returns department has the part, the customer gets the money back in the form it was paid, no more than one business day after the part arrives. So, for example, a PayPal payment is refunded to the customer's PayPal account, and a credit card payment back to that card, one business day at most after the returned part reaches the store.

Cancellation Policy

  • All or part of an order can be cancelled up to the moment it ships and leaves our hands.
  • If the manufacturer had to make a special order for a part you cancel, a 20% restock fee may apply. This can hold for some special order parts even when you did not know they were special orders when you bought them. It does not cover backordered items.""",
                         ("some returned parts may be charged", "when the recipient refuses a package",
                          "a restock charge may apply to some parts", "had to make a special order for a part you cancel")),

    "babbystrollers": ("""Refund and Returns Policy
Baby Strollers takes real pride in how good our products are and in how satisfied our customers are. Buying online can now and then lead to surprises, so we have written a Refund and Returns Policy that is clear and fair. We want shopping with us to be smooth, safe and free of stress.
The policy sets out what your rights are, what we are responsible for, and how returns, exchanges and refunds are handled.
1. What We Promise You
You come first. If your purchase leaves you less than completely satisfied, we are here to help. Whether you changed your mind, got a defective item or ran into a problem with shipping, the people in customer service will be quick and efficient in settling it.
2. Who Can Return
Most items that are new and unopened can come back up to 30 days after delivery, to be refunded in full or exchanged, on the conditions below:
Products That Qualify:
-
Items have to be unused, in their original packaging and fit to be sold again.
-
Every accessory, manual and insert has to be included.
-
You need proof of purchase (a receipt or your order number).
Products That Do Not Qualify:
-
Items that are used or damaged (other than by shipping or a defect from the manufacturer).
-
Items sent back once the 30 days are over.
-
Anything marked Non-returnable, Final Sale or Clearance.
-
Gift cards and downloadable software.
When a returned item falls short of these conditions, we may refund only part of the price, or nothing, depending on how much it has been used or damaged.
3. How to Start a Return
Sending an item back is easy. Here is how:
-
Get in Touch With Our Support Team
Send an email to [support@babbystrollers.example] or use our website's contact form, with "Return request for order #[order number]" as the subject. -
Give Us the Details We Need
Tell us your full name, your order number and why you are returning the item, with photos where relevant. -
Get a Return Authorization
We will look over your requ""",
                       ("refund only part of the price",)),

    "foryarnssake": ("""Shipping, Returns, Cancellations / Missed Classes

Shipping

Your order goes by US mail (USPS) at your expense, in the class of service you pick. We send out most orders within a day; an order placed after 2pm on a Friday, or on a Saturday, Sunday or holiday, leaves on the next day USPS is open. Your tracking number comes in the email that confirms your order has left us. Please bear in mind that bad weather can hold a parcel up. Orders going abroad travel First Class by USPS, unless they are large enough to need Priority Mail.

Returns

You may send yarn back for store credit up to 60 days after you bought it, provided it is unused, still unwound and kept in the packaging it came in. You pay the shipping fees, and every parcel you send must be insured against damage and loss.

Needles, accessories, books and anything else that is not yarn cannot be returned or exchanged, unless it arrived damaged in shipment. With a damaged item, please enclose your original sales receipt, the damaged item and a short description of the damage, plus your shipping address and your email address.

Cancellations / Missed Classes

A class cancelled 7 days or more before it is scheduled is refunded in full. Class places are limited and the instructors' fees are agreed ahead of time according to enrolment, so no refund is due on cancellations within one week before a class; for such a late cancellation we may give store credit, though only when another student takes your place. We are sorry, but a missed class is not made up or credited against any later class or purchase.""",
                     ("description of the damage", "cancelled 7 days or more", "cancellations within one week",
                      "made up or credited")),

    "coralcollective": ("""Cancellations and Returns

Changing your mind about a livestock order does not entitle you to a refund, a return or an exchange. Before you pay, please look into what you are buying so you can be sure it suits your aquarium. Should a livestock item be out of stock, or be unable to be supplied for reasons nobody could foresee (illness or death, for example), you will get either your money back in full or store credit worth the original price. In that case we will get in touch and let you choose between these two options.

With orders of dry goods or equipment, the full price of what you bought stays payable unless you give us notice of cancellation no later than 12 hours after the transaction. An unused item you want to return has to be unopened too, and in its original packaging.

We are glad to exchange a dry goods or equipment purchase, for anything up to what the item(s) cost. These also have to come back unopened and in their original packaging. On top of that, where posting a replacement item to you is needed, you pay for that postage.

If a piece of equipment or a dry good reaches you defective, or stops working within the warranty period stated for it, we will meet what the Consumer Guarantees Act requires of us and provide a suitable remedy (livestock is not covered by this). That COULD end with the faulty goods swapped for a direct replacement, but depending on what the fault is, other steps may come first. In those cases, any postage that is needed is yours to pay.

The full Terms of Service of our shop can be read by clicking here.""",
                        ("unable to be supplied", "between these two options", "replacement item",
                         "consumer guarantees act")),

    "thegolflocker": ("""Returns & Exchanges Policy

We do not refund in cash; you can have store credit or an exchange instead.

Anything bought on sale cannot be returned, exchanged or refunded. Every promotional sale is final; we accept no refund, return or exchange of it.

Only items that are unworn and unused, and still as they were when they reached you, can be returned or exchanged; their original protective packaging has to still be on. They must also arrive in undamaged original packaging, with proof of purchase enclosed.

Log your return no later than 7 days after delivery if you want store credit or an exchange.

When a product is damaged or broken by a manufacturing default and its warranty still runs, we exchange it once it has come back to us and our evaluation confirms that the fault really is a manufacturing default. When The Golf Locker is satisfied on this point, the exchange goes ahead.

We strongly advise sending every return and exchange with a courier that can be tracked, insured against loss and damage. Please also use a service whose delivery requires a signature on our side, confirming that we received the products.

Parcels lost in transit are not The Golf Locker's responsibility.

Every product you return must be packed again in a box that is well sealed (ideally the box it arrived in) for the trip back to us.

When the returned product arrives, we check whether it is faulty (and, if so, what caused the fault), worn, or much changed from how it was when we sent it out.

To log a return or exchange, go to "My Account", then "My Orders". Choose the item you want to return or exchange and fill in the form with your details. After we have received your return or exchange, processed it and approved it for an exchange or credit, we send the replacement out at our own expense, dispatched via courier, or your account here is cre""",
                      ("requires a signature", "lost in transit", "dispatched via courier")),
}
