"""The test84 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "selamtayoga": ("""top of page

Selamta Yoga Mat, LLC's return policy covers both items that arrive damaged and customers who are not happy with what they ordered. Should a customer, unusually, get an item that was damaged on its way or turns out to be defective, the Company has to be told of it within seventy-two (72) hours of the item's arrival for a refund or exchange request to be granted. Selamta Yoga Mat, LLC takes mats back for up to thirty (30) days after the delivery date, minus the shipping cost. Under the policy, customers have to get in touch with Selamta Yoga Mat, LLC before they post a return, and send it to the Company by mail that is both insured and trackable; returns are then processed within ten (10) business days at the latest. The Company cannot take back items that were altered or damaged after they arrived, for example:

  • Creases or folds from careless handling or storing (a mat is best kept lying flat or rolled up)

  • Damage done by too much water or by other liquids

  • Cleaning done the wrong way (harsh chemicals, for instance, or harm done in a washing machine)

  • Damage from any use other than yoga or a similar kind of fitness activity

  • Patchy colour or fading caused by use

  • Damage from outside things or causes that pierce or spoil the mat

bottom of page""",
                    ()),

    "connectedfitnessltd": ("""RETURNS | REFUNDS | EXCHANGES

Our policy runs for 14 business days. Once 14 business days have passed since your purchase, we are sorry, but a refund or exchange is no longer possible.

An item can be returned only if it is unused and exactly as it was when it reached you. It also has to come back in its original packaging.

Some kinds of goods cannot be returned: Gift Cards; Any Wearable Items (among them, for example: Lifting Belts, Heart Rate/Activity Monitors, Clothing, Weighted Vests, Ankle/Wrist Weights, Gloves/Wraps/Supports and the like); Rubber Resistance Products; Books; DVDs.

We need a receipt or some other proof of purchase to complete your return.

Please do not send what you bought back to the manufacturer.

In some situations only partial refunds are granted (where they apply)
• Any item that shows clear signs of use, or whose packaging has been opened
• Any item that is no longer in its original condition, or that is damaged or lacks parts for reasons other than an error of ours
• Any item sent back over 14 business days after it was delivered


REFUNDS (where they apply)
For a refund, please get in touch with us and give the details, so that we can confirm whether it is approved or rejected. We will then ask you to send the product back so that we can inspect it, and tell you by email once the return has been finally approved.
Once it is approved, your refund is processed and the credit goes automatically to your credit card or your original payment method. Depending on your credit card provider, refunds may take 3-5 business days to process.

RETURNS/EXCHANGES (where they apply)
Please get in touch ahead of time with the details, through the page listing our locations, so that we can confirm everything involved. We will then ask for details of the product to inspect it, and let you know by email whether it is approved. Once approved, the product's return or exchange goes ahead and a refund is issued.

RETURNS/EXCHANGES - PRODUCTS DELIVERED, OR DELIVERED AND INSTALLED
Where a returned or exchanged product has been delivered, and/or d""",
                            ("back to the manufacturer", "only partial refunds are granted")),

    "jamestackle": ("""Return/Exchange/Refund Policy (for online store ONLY)

The policy runs for 30 days. If more than 30 days have passed since you made your purchase, we are sorry, but we cannot give you a refund or an exchange.


Lost/Damaged Packages

Should your order go missing or turn up damaged, please reach us through the form on our contact page, or by email at: jamestackle@jamestackle.example.

If your package was delivered but is damaged, please tell us and send pictures of both the package and the items, since we need that evidence to claim on the shipping insurance. Please hold on to the package and its contents; do not return nor discard them while the claim is still open.

You can ask us either for a full refund or to send your order out again.


Returns/Refunds

An item qualifies for a return/refund only if it is unused and in the state it was in when it reached you. It also has to be in its original packaging.

On items you send back for a refund, we charge a 10% restocking fee.

If instead you exchange them for items worth as much as those you send back, we do not charge the 10% restocking fee.

More items that cannot be returned:
  • Gift cards
  • Items on sale/clearance
  • Lights (flashlights, headlamps, 12V lights and so on)
  • **Every wearable, for example shirts, fins, socks, tabis, hats, arm sleeves, life jackets, diving masks, snorkels and face covers (balaclavas, multifunction headwear, face shields), CANNOT BE RETURNED for the time being, as a safety measure during the COVID-19 pandemic.
In some situations only partial refunds are granted:
  • An item that clearly shows signs of use
  • An item that is no longer in its original condition, or is damaged or lacks parts; VISUAL PROOF REQUIRED (Photo/Video)
    Before you send anything, please email your refund request to: jamestackle@jamestackle.example.
    When your return has arrived and we have inspected it, we will email you to say that your returned item has reached us. We will also let you know whether your refund is approved or rejected.
    If your refund is approved, then your""",
                    ("do not return nor discard", "not charge the 10% restocking fee", "only partial refunds are granted")),

    "golfguiders": ("""Returns Policy
Last updated: April 24, 2025
GolfGuiders wants you to be fully happy with what you buy. If you are not, our return and exchange process is simple. This policy explains how to send items back for a refund or an exchange, which items cannot be returned, what we do about damaged products and how refunds are handled. It covers purchases made on our website and in our mobile app, and we have written it in plain, friendly language to make it easy to follow.
Table of Contents
Return Eligibility and Timeframe
- 30-Day Return Window: A return or an exchange may be asked for within 30 days from the day your order reaches you. Once 30 days have passed since delivery, we are sorry, but a refund or exchange is no longer possible.
- Condition of Items: For the product to be returned or exchanged, it has to be in its original, unused condition, with every original tag, its packaging and all of its components intact (exactly as it reached you). Items the customer has used, altered or damaged may be refused a refund or an exchange.
- Proof of Purchase: We need a receipt, an order confirmation email or some other proof of purchase before any return or exchange can be approved.
- How to Initiate: Before you send any product back, you must contact GolfGuiders for a Return Merchandise Authorization (RMA) number. A return that arrives with no RMA may be refused or delayed. (The Return Process section below explains how to get an RMA and send your item back.)
Non-Returnable Items
- Some items cannot be returned or exchanged. The following are all final sale:
- Digital Products: Content you download (e-books, software or digital guides, for instance) cannot be returned or refunded. Once a digital item has been opened or downloaded, it counts as final sale.
- Gift Cards and Credits: Vouchers, store credits and gift cards cannot be returned or turned into cash (unless the law requires it).
- Final Sale Merchandise: Anything marked "Final Sale" or "Clearance", or shown in some other way as non-re""",
                    ()),

    "joolca": ("""30-Day Money-Back Guarantee
Our aim is for exploring the great outdoors to be as easy, comfortable and free of risk as it can be for everyone.
That is why every product you order from our website comes with a 30-Day Money-Back Guarantee: take your new gear out into the field, and send back anything that does not please you, within 30 days, to get a full refund.
FAQs
What is the first step of a return under the 30-Day Money-Back Guarantee?
If your order reached you damaged and you want to send it back, or you simply no longer want it and wish to send it back, please contact us through this link (and pick "Refund request").
From when is the 30-Day period counted?
The 30 days are counted from the day your order reaches you (not from the day you bought it).
Can I use the guarantee once 30 days have passed?
No, the 30-Day Money-Back Guarantee cannot be claimed after day 30.
Who pays to ship the return?
We do. The 30-Day Money-Back Guarantee carries no fees.
Is it fine to try the products out during the trial?
Yes, take your new gear out into the field and send back anything that does not please you.
Does everything have to come back in brand-new condition?
No. Brand-new condition is not needed, and you are welcome to use the items while the trial runs.
How will I get my money back?
We pay your money back through the original payment method: if you paid by credit card, for example, the refund goes back to that credit card.
When will my refund reach me?
When the returned item reaches us, we check that everything has come back complete and that the items have no damage (accidental or intentional). Once that is confirmed, we process the refund.
Refunds are usually processed within 10 business days of your order being delivered to our warehouse.
How do I ship my return?
Once you have claimed the guarantee, we will email you more detailed instructions. As a general rule, return the items in the original p""",
               ()),

    "quicksarcheryshop": ("""At Archery Gear Shop, we are proud to supply precision archery gear to archers all over the world. We check every bow, accessory and piece of protective gear with care before it ships, but we know that equipment sometimes does not suit exactly what you need. We wrote our returns policy with the same care we give to choosing the archery products we stock.
Our Return Policy
Most items can be returned within 15 days of the day your order reaches you, for a refund or an exchange. To qualify for a return:
- Items must not have been used, and must be in their original condition
- The original packaging has to be intact (this matters most for bows and cases)
- You need proof of purchase
Non-Returnable Items
For reasons of safety and hygiene, we cannot take back:
- Protective gear that has been used (finger tabs, gloves, chestguards, arm guards)
- Arrow lube containers that have been opened
- Personalized or custom-ordered equipment
- Books whose shrink-wrap has been taken off
How to Initiate a Return or Exchange
- Contact Us: Within 15 days of your order reaching you, email our customer service at returns@archerygearshop.example. The template below helps us deal with your request faster.
- Wait for Authorization: We will look at your request and send you instructions for the return within 2 business days.
- Package Your Items: Pack the items securely in their original packaging. We recommend additional padding around bows and other delicate equipment.
- Ship Your Return: Using a trackable shipping method, post the package to our address (which your return authorization email will give you).
Return Request Email Template
Subject: Return request for order #[Your Order Number]
Hello Archery Gear Shop team,
I am writing to ask for a return/exchange on the order (#[Your Order Number]) I placed recently. The details are:
Item(s) I am returning: [Product Name(s)]
Why I am returning it: [Short explanation]
Preferred resolution: [Refund/Exchange for (the product you want, if exchanging)]
Please send me the return instructions when you can.
Thank you,
[Your Full Name]
[Your Contact Information]
Refund Proc""",
                          ("recommend additional padding",)),

    "theskatestore": ("""Returns - Exchanges - Delivery Policy

OUR RETURNS POLICY!
The Skate Store gives you 14 days to tell us about a return, counted from the day your goods reach you. Within that time (the first 14 days after your purchase arrives) you MUST let us know that you want to send it back. Only after that can you arrange to send back your unused/unworn items for a refund, credit or exchange. Be aware that once you have told us, you have a further 14 days to get the goods back to us; after that (28 days total) we will accept no goods at all!

 

How to return?
Items sent back must be unused/as new and in their original condition! Any goods that have visibly been used, or marked or damaged in any way, will be refused!

Please keep all of the original packaging and receipts too!

Items that arrive lacking their original packaging and/or receipt will not be taken back in any circumstances!

If an item you receive seems faulty to you, please contact us straight away, before you send anything back! We would like to hear about any fault or problem within 48 hours of the item(s) reaching you, so please check your purchase as soon as it arrives. You do, however, have at most 30 days from receiving your item to tell us that a fault has appeared or that it is not fit for purpose.

Should you need to reach us about an exchange, a refund or anything else, please email theskatestore@theskatestore.example and we will reply as quickly as we can.

Every return MUST be agreed with The SKATE Store first, before anything is posted, and the parcel has to carry the senders name and address.

Note that the customer pays the exchange/returns postage in both directions.
We cannot be responsible for returned parcels that never arrive, so please retain your proof of postage: it may be needed should you have to claim against your carrier.

DELIVERY

Delivery - Economy delivery (2 - 5 working days) is available on every product. Please note that every delivery depends on stock.

  • Upto £19.99 - £1.99 de""",
                      ("28 days total", "within 48 hours", "senders name and address", "retain your proof of postage")),

    "kayakingclubsports": ("""At Paddle Play Shop, we back the quality of the water sports gear we sell. If your kayaks, paddle boards or accessories leave you less than fully satisfied, our returns process is simple and we are glad to help.

Key Points at a Glance

  • Return Window: 15 days, counted from the delivery date
  • Condition: Items have to be unused and in their original packaging, with every tag
  • Non-Returnable: Customized products and safety equipment that has been used
  • Refund Method: Back to the original payment method in 5-7 business days

Our Return Process

Step 1: Initiate Your Return

Within 15 days of your order reaching you, write to our customer service team at returns@paddleplayshop.example, with these details:

Subject: Return request for order #[Your Order Number] Hello Paddle Play Shop Team, I am writing to return/exchange these item(s) of order #[Your Order Number]: Product: [for example, "Ocean Kayak Prowler 13"] Reason: [for example, "Wrong size"/"Changed mind"/other] Preferred Resolution: [Refund/Exchange for (the product you want)] Please tell me what to do next. Thank you, [Your Full Name] [Your Contact Number]

Step 2: Receive Return Authorization

We will send you by email, within 24-48 hours, a Return Merchandise Authorization (RMA) number together with shipping instructions. We cannot process a return that has no RMA number.

Step 3: Package and Ship

Pack your item(s) securely again in the original packaging, with every accessory that came with them. Put a copy of your order confirmation inside. Address it to:

Paddle Play Shop Returns
2431 Wildrose Lane
Detroit, MI 48226
USA

Step 4: Refund Processing

When your return reaches us and we have inspected it (usually within 3-5 business days of its arrival):

  • The refund is paid back through the original payment method
  • Time to process: 5-7 business days (this depends on your financial institution)
  • The original shipping fees are not refunded

Exchange Process

For an exchange (another size, colour or product):

  1. Take the same return steps as above
  2""",
                           ()),

    "eclipsefightgear": ("""Call Us: 972-600-8200

Return and Exchange Procedures

These procedures do not apply to EBay Customers.

Note: if your order came with a Free Shipping offer and you return an item for a refund, its actual shipping charge will be subtracted.

  1. Pack equipment loosely so that it does not wrinkle – DO NOT SQUASH IT
  2. Sparring gear: in a box not a paper envelope, please
  3. Leave straps unfastened instead of wrapping them round the item.
  4. Enclose your order number or your Shopper ID #
  5. If you do not include payment for the return shipping, we will bill it to the credit card you originally used.

What You May Return
You can send back new merchandise that is fit to be resold; anything washed, worn, altered, soiled or damaged is excluded.

What You Can't Return
We cannot accept:

  • Worn merchandise

  • Washed merchandise

  • Merchandise that is altered, soiled or damaged in any way

  • Any item that smells like cigarette smoke

  • Goods covered in pet hair

  • Merchandise that has been discontinued

  • Sparring equipment that was packed too tightly, or had its straps wrapped around it, so that its shape or smooth surface is changed for good

  • Customized products and special order items.

  • DVDs, Videos or Music.

  • Merchandise that has been in your hands over 30 days.

  • Weapons, unless they are defective.

  • Personal items (cups, mouth pieces, supporters and the like).

Provided uniforms are still in new condition, with their original package, within 30 days we will replace or refund them.

***Never use Return to Sender on punching bags. They are shipped to you straight from the supplier, so RTS sends them on to the wrong company, and refunds are held up for weeks.

Exchange Procedures.

  • A Return Authorization is not necessary (no RA needed).
  • Post the item back to us.
  • Put in a note saying what you want to exchange it for.
  • Include the Shopper ID # or order number too.
  • If you pa""",
                         ("actual shipping charge will be subtracted", "pack equipment loosely", "in a box not a paper envelope",
                          "leave straps unfastened", "enclose your order", "smells like cigarette smoke", "covered in pet hair",
                          "packed too tightly", "uniforms are still in new condition", "return to sender on punching bags",
                          "return authorization is not necessary")),

    "tennispointstore": ("""Sports Tennis Gear would like each serve, volley and backhand to go perfectly, and your shopping experience too. If your tennis equipment falls short of what you expected, our simple returns process will put you back on court fast.
Our Return Policy
Returns and exchanges are accepted within 15 days of your order reaching you. Every item sent back has to be:
- Unused and in its original condition, with every tag attached
- In its original packaging (this matters most for rackets and ball packages)
- Sent together with a proof of purchase
Non-Returnable Items
On health and safety grounds, we cannot take back:
- ITF-approved equipment (once it has been opened or used)
- Box of balls (once the seal on its packaging is broken)
- Practice balls (once out of the packaging they came in)
How to Return an Item
Step 1: Initiate Your Return
Write to our customer service team at returns@sportstennisgear.example with this information:
Step 2: Wait for Approval
Within 24 hours our team will reply with:
- A return authorization number
- Instructions for shipping
- The return address (4392 Flint Street, Saipan, US 96950)
Step 3: Ship Your Return
Pack your item securely (we suggest you use the original packaging for rackets and shoes); also put in:
- The completed return form (we will email it to you)
- A copy of your invoice
Note: The customer pays the return shipping costs, unless the return results from an error of ours.
Step 4: Receive Your Refund or Exchange
When your return has reached us and been inspected:
- Refunds: we process them within 3-5 business days, back to the way you first paid (Visa, MasterCard, JCB or PayPal)
- Exchanges: the new item is shipped via your preferred method (either standard or free shipping)
Exchange Policy
Want another grip size for your racket, or another size of court shoe? We are glad to exchange:
- Shoes, for another size (All court, Clay court, Grass court or Casual shoes)
- Rackets, for another grip size (Allround, Comfort or Junior rackets)
- Apparel, for another colour or style (Dresses, Hoodies & Sweaters, Jackets, Pants)
Exchanges""",
                         ("original packaging for rackets and shoes", "completed return form", "shipped via your preferred method")),

    "svclimbinginfo": ("""Refund Policy
1. Your satisfaction with what you buy matters to us. As we deal only in in-store purchases, though, our refund policy applies on these conditions:
- Items must come back within 14 days of purchase.
- Products have to be unused and still in their original packaging, and fit to be resold.
- Every return and refund needs a valid proof of purchase (the receipt).
- For safety reasons, some safety equipment, like ropes, harnesses, carabiners and belay devices, cannot be returned.
2. Refund Process
- Every refund is processed in-store, once the returned item has been inspected.
- Refunds go back through the payment method used for the purchase.
- A cash payment is refunded in cash; a card payment goes back to the original card.
- How long a refund takes to process may be as long as the same business days.
3. Exchanges
- Should an item you received be defective or damaged, you can ask to exchange it for the same item.
- Exchanges are always subject to product availability.
- Where no exchange can be made, we may offer a refund or store credit instead.
4. Non-Returnable Items These items cannot be returned or refunded:
- Products that are used or damaged (unless a manufacturer defect caused it).
- Safety equipment (ropes, harnesses, carabiners, belay devices, helmets and so on).
- Items that were special-order or custom.
- Gift cards and promotional items.
5. Reservation Cancellations
- Should you have reserved an item via email and then decide not to buy it, please tell us.
- If you do not pick up a reserved item within 14 days, the reservation may be cancelled.
6. Manufacturer Defects If you think a manufacturer defect affects your product, please get in touch at once. We will look into the problem and, where it applies, offer a replacement or a refund in line with the manufacturer's policy.
7. Contact Information Any questions about our refund policy? Write to us at: S.V. Climbing
svclimbing@svclimbing.example
Thank you for your understanding and support.""",
                       ("processed in-store", "subject to product availability", "reserved an item via email",
                        "pick up a reserved item within 14 days")),

    "northernskiworks": ("""If a product of the current season does not fully satisfy you, you may send it back. Items on closeout or on sale at a discount of 40% or more cannot be returned. We will take back products with defects in manufacturing and/or workmanship, and we will also take back incorrect products shipped to you because of a fulfillment mistake.

International Orders: Shipping across borders costs a great deal, so unless the product is defective or was damaged in transit – all sales are final. Should you wish to send an item back, contact us to discuss it. You will pay the cost of shipping the return, together with all associated customs, duty and taxes/VAT.

Domestic Orders: If a product of the current season does not fully satisfy you, you may send it back. Items on closeout or on sale at a discount of 40% or more cannot be returned.

Products that are unused and unworn, with their tags still on (where there are tags), and are not closeout items, may come back within 30 days of the purchase date (the day you paid for it). You will get a full refund of the product's cost, less any shipping charges that apply (see below about the shipping charges on items "shipped free"). Refunds are processed once the item(s) are back at the Northern Ski Works ski shop and we have inspected them to check that they meet our return criteria. Returned items must reach our store no later than 30 days after purchase. A return that arrives after 30 days is subject to a 10% restocking fee.

On every order – an item that qualifies for free shipping carries a non-refundable shipping charge: the amount it costs us to ship and handle the product to you. The customer pays any shipping charges for returning an order. We do accept returns of items shipped internationally, but we highly discourage it, since it costs a great deal and the cu""",
                         ("current season", "all sales are final", "contact us to discuss", "all associated customs",
                          "subject to a 10% restocking fee", "non-refundable shipping charge", "highly discourage")),
}
