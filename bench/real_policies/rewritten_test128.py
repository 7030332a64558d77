"""The test128 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "hockeyprogear": ("""Hockey Gear Shop backs the quality of the hockey equipment it sells, and we want you to be fully happy with what you bought. If your order disappoints you for any reason, returning or exchanging it is simple.

Our Return Policy

Most items can be sent back to us for a refund or an exchange up to 15 days after your order reaches you. A return qualifies only when:

  • The item is unused and just as it was when it reached you
  • It comes in its original packaging, with every tag still attached
  • You can show proof of purchase (an order number or a receipt)

Non-Returnable Items

For reasons of health and safety, we can neither take back nor exchange:

  • Hockey helmets (every type: junior, senior and youth)
  • Cages and visors for hockey helmets
  • Hockey baselayer socks

We leave these items out of our return policy to keep players safe and to uphold hygiene standards.

Starting a Return or Exchange

Take these simple steps to return or exchange an item:

Step 1: Get in Touch With Customer Service

No later than 15 days after your order arrives, email our returns team at returns@hockeyprogear.example. Your email should give:

  • your order number
  • which item(s) you want to send back or swap
  • why you are returning or exchanging them
  • whether you would like a refund or an exchange

Template for a Return Request

Subject: Request to Return – Order #[Your Order Number]

Body:
Hello Hockey Gear Shop team,

I am writing to return or exchange something from an order I placed lately (#[Your Order Number]).

Item(s) I am sending back: [Product Name(s), Size, Color] Why I am sending them back: [Please specify] What I would like instead: [Refund, or Exchange for [Product Name, Size, Color]]
Kindly send me the return instructions when you can.

Many thanks,
[Your Full Name] [How to Reach You]

Step 2: Get Your Return Authorization

Our team will email you, within 1-2 business days, a Return Merchandise Authorization (RMA) number together with detailed r""",
        ()),

    "actionnz": ("""Returns and Cancellation Policy

In keeping with the Consumer Guarantees Act 1993 and the rest of consumer law, Action Martial Arts Supplies Ltd makes sure its valued customers are fully protected and can have real confidence in our products and services.

Picking the right product is the buyer's responsibility.

Please browse our products carefully, so that what you choose suits the purpose you have in mind.
Each sales page carries product information to help buyers choose well. Read the care instructions given on this website, so that uniforms and weapons serve their owner for a long time. Failure to look after a product as recommended is not treated as a product fault.

Check on arrival

Look over every product the moment it arrives, to make sure it is exactly what you ordered and of the quality you need (weight of fabric, colour, sturdiness and so on) for what you mean to use it for. If you keep it past this point, we take it that the customer, in their own judgement, accepts the goods as fit for that purpose (what the goods are used for is outside our control).

Our Error

Where we supplied the wrong product (not what was ordered), or a manufacturing fault comes to light, send it back to Action Martial Arts Supplies Ltd straight away, freight prepaid, in its original packaging, and keep the product unused. It must not have been worn, or used in training, in a way that would leave it unsaleable. If it is in its original condition, Action Martial Arts Supplies Ltd will, as it decides, either issue a credit or replace the product, with nothing more for the buyer to pay. We meet the re-issuing freight ourselves.

Customer error

Where Action Martial Arts Supplies Ltd is not at fault but the customer has made a product selection error, i.e. ordered the wrong size or the wrong item, a product may be taken back for """,
        ("product fault", "accepts the goods", "re-issuing freight", "product selection error")),

    "ergattarower": ("""RETURN POLICY
Ergatta UK Returns Policy
Every purchase made from Ergatta should leave you satisfied. If something you bought
does not please you, the points below explain how to go about a
return or a cancellation.
1. Period for Returns and Cancellations
We take returns for 30 days, counted from the delivery date.
Where one order holds several products delivered on different dates, the 30-day period applies to each product individually and begins on the day that product was delivered.
You can cancel an order until midday on the working day before its booked delivery or installation date.
2. Starting a Return or Cancellation
Tell our Customer Service team by email, at info@ergattarower.example, within the time allowed.
In the email that opens your return, give your order number, your address, a phone number and anything else you think is relevant.
3. Condition of Returned Products
Returned items must come back as they were sent, in their original state and packaging, complete with every accessory.
Where items come back damaged, or in a state that stops them being sold again, you may receive a reduced refund. What we take off your refund reflects how much value the product has lost through its condition.
Items fitted by our service engineers carry a collection fee of 5% of their value.
4. How Returns Work
Send a Request: Email info@ergattarower.example with the details of your order.
Collection: We arrange for our courier service or our own fleet to pick the goods up, at no extra cost to you.
Refund Confirmation: We process your refund as soon as our quality control team has checked the returned item(s), within 7 days at most of collecting them from you.
5. About Refunds
Your refund covers the product and any delivery costs. We process refunds promptly once the returned items are inspected, and pay them to the original payment method
unless something else is agreed.""",
        ("each product individually", "midday on the working day", "reduced refund", "collection fee of 5%")),

    "byboxingstore": ("""Top Boxing Store supplies boxing gear fit for champions, made with the same precision we ask of our fighters. We are sure you will love your equipment, yet we know that, as in the ring, things sometimes need adjusting.
🥊 In Short:
- Return Window: 15 days, counted from the delivery date
- Condition: unused, in the original packaging, tags still on
- Process: Email your request → Receive approval → Send it back → Receive your refund
- Refund Timing: 3-5 business days once your return reaches us
1. Our Return Policy
Most items can come back to us within 15 days of delivery, as long as they are:
- In their original condition (unused and unwashed)
- In their original packaging with every tag attached
- Sent with proof of purchase
2. Items We Cannot Take Back
Because of safety and hygiene, these products cannot come back:
- Body protectors (for hygiene)
- Boxing competition sets (custom configured)
- Championship belts (custom engraved)
- Anything marked "final sale"
3. Returning, Step by Step
Step 1: Ask for Authorization
Send an email to our customer service team at support@byboxingstore.example, giving:
- Your order number
- The item(s) you want to send back
- Why you are returning them
Template for a Return Request:
Subject: Request to Return – Order #[Your Order Number]
Hello Top Boxing Store Team,
I am writing to send back these item(s) in order #[Order Number]:
– [Product Name], How Many: [X]
Why I am sending them back: [Please specify]
Please tell me what to do next.
Kind regards,
[Your Full Name]
[How to Reach You]
Step 2: Get Your Return Authorization
We will email you within 1-2 business days:
- A return authorization number
- Instructions for shipping
- The address to send it to (100 Example Way, Las Vegas, US 89101)
Step 3: Pack and Send
Pack the item(s) securely, together with:
- The original packaging and tags
- A copy of the confirmation of your order
- The return authorization number visible
Note: The cost of return shipping is yours unless the return comes from an error of ours.
Step 4: Get Your Refund
When we rece""",
        ("authorization number visible",)),

    "pingpongdepot": ("""Return Policy PDF Print E-mail


Damaged, Defective, or Incorrect Items

Should an item reach you damaged or defective, or should we send you the wrong item, get in touch with us within thirty days of receiving it so that we can arrange to replace it. With some items (robots and tables, for example) we may, depending on the damage or defect, send a replacement part instead of replacing the whole item.

Manufacturers now and then change how their products look without changing how they work. We pass on every change they tell us about as fast as we can. Even so, what you receive may not look exactly like the pictures on our website.

Please bear in mind that our rackets are wooden, so a racket that breaks in use is not thereby defective.

Other Returns

The subsections here cover items that arrived undamaged and free of defects and are exactly the items you asked for.

Full-sized Tables, Floor-Standing Midi/Mini Tables

Once you open the carton, a full-sized table, conversion tops, a floor-standing midi/mini table or a TTmatic robot can no longer come back. While the carton stays sealed, you may send such items back within thirty days of receiving them for an exchange or a refund.

Should you send such an item back (or refuse its delivery), you pay all the shipping, out to you and back again, plus a restocking fee of 15%, charged on the price. While shipping is included in our table prices at no extra charge to many places (see Table Shipping and Delivery), getting the item to you still costs something. On full-sized tables the 15% fee is calculated on the price less its shipping cost. So that nothing comes as a surprise, please ask us what you would be charged before you refuse delivery of such an item.

When you exchange, our normal handling/shipping fees apply to sending you the new items.

Other Products

Most other products may come back unused within thirty days of receipt, for an exchange or a refund. The items that you""",
        ("replacement part", "breaks in use", "open the carton", "restocking fee of 15%", "calculated on the price",
         "handling/shipping fees")),

    "badmintonwarehouse": ("""How do I return an item?

Like every badminton supplies store, Badminton Warehouse is not able to give warranties. This means:
  • The manufacturers guarantee every product to be free of manufacturing defects. Check your shipment carefully when it arrives. Should you find the product damaged or faulty in any other way, send it back to us promptly in its original box and we will replace it free of charge.
  • Whatever the circumstances, we cannot take back an item that has been used. A racquet whose handle has lost its polyethylene cover and/or that has been played with (even for one game) does not qualify for a warranty replacement.
  • Replacing a defective item is at the manufacturer's sole discretion.
  • Evaluation of a racquet sent to its manufacturer can take up to 8 weeks.
  • Returns are accepted provided the items are unused (see above for details. Badminton Warehouse refunds the whole cost of the returned items, less the shipping charges it paid to send them to the customer.
  • A badminton racquet does not break unless it is clashed. Please remember that badminton racquets, graphite ones above all, are fragile by nature. Any clash, small or large, may weaken, damage or break a racquet. So do not compare how long your tennis or squash racquet lasts with your badminton racquet, which is a far finer and more delicate instrument.
  • Strings break often, which nobody can prevent, so it cannot be guaranteed against. The strings on any racquet must be replaced at regular intervals, as they are a part that wears, like the tyres on a car. Strings of high quality are just as likely to snap by chance, but they age (turn brittle or lose resiliency) more slowly. We aim to give the badminton community the best customer service we can, yet chance mishaps with your racquet are not something we can answer for. We urge yo""",
        ("polyethylene cover", "sole discretion", "up to 8 weeks", "guaranteed against")),

    "lax": ("""RETURNS
On every domestic order we accept returns of new, unused products for 30 days from purchase. Once the returned item reaches us, processing can take as long as 10 business days (Monday to Friday, holidays excluded). We do not refund the original shipping costs.
HOW TO RETURN
- Start your return in the Returns Center.
- Either use a prepaid $9.99 shipping label, which is taken off your refund, or arrange the shipping yourself.
- Pack the items securely in their original packaging, with your proof of purchase.
- Stick on the shipping label and drop the parcel off at the right location.
SPECIAL CASES
- Custom Items: Custom stringing and custom Warrior helmets are sold as final sale. Cascade helmets may be returned, but a $35 restocking fee applies.
- Field Supplies: Goals, rebounders, balls, creases, nets and similar items cannot use return shipping labels.
- Team Store Purchases: Everything is custom and final sale.
- Footwear: Send shoes back in their original branded box, undamaged, placed inside another box. Worn shoes cannot be returned.
- International Orders: Lax.com takes no returns on international orders; they are sold as final sale.
- Once their package is opened, mouth guards are final sale.
- Protective cups and water bottles are final sale.
EXCHANGES
We do not offer product exchanges. Send back the item you don't want and order the one you do want separately.
WARRANTIES
Lax.com sells online and in its retail stores as an Authorized Dealer of its brands, and is proud of it. Because you buy from an authorized dealer, your equipment is covered by the brand's limited warranty. The manufacturer's website or packaging gives each product's limited warranty period.
See our warranties page to learn more.""",
        ("$35 restocking fee", "return shipping labels", "another box", "worn shoes", "international orders",
         "$9.99 shipping label")),

    "studiomstore": ("""Refund & Return Policy
We want your order to satisfy you completely. The policy below sets out our terms for refunds, returns and exchanges of the rhythmic gymnastics leotards we sell, be they rented, custom-made or ready-to-wear.
1. Custom-Made Leotards (Made-to-Order)
These leotards are made by hand to your own measurements and design choices,
so every custom order is final sale. Made-to-order leotards can be neither cancelled nor returned, and we give no refunds for them.
2. Ready-to-Wear Leotards (In-Stock Purchases)
A ready-made leotard may be returned or exchanged up to 7 days after delivery, as long as it is:
- Not worn and not washed
- In its original condition, with its tags and packaging
- Without deodorant marks, make-up or damage of any kind
-
Sent with the receipt and proof of purchase
To start a return or exchange, get in touch with us, giving your order number and why you are returning. The buyer pays for return shipping.
We process refunds (less the original shipping fees) after the item has arrived and been inspected. Items sent back without a return having been requested first are not accepted.
3. Leotard Rentals
Rental bookings cannot be refunded once confirmed. However:
- If you cancel 7 days or more ahead of the rental's first day, you receive a store credit.
-
If you cancel with fewer than 7 days to go before the rental's first day, you get no refund or credit.
Rented leotards have to come back by the agreed date, in good condition and undamaged. Late returns, or damage, are charged extra.
4. Shipping Errors or Damaged Items
Should we make an error with your order, or should it arrive damaged, contact us no later than 3 days after receiving it. We will put it right.""",
        ("made-to-order leotards", "rental bookings", "store credit", "refund or credit",
         "agreed date", "late returns")),

    "shoefordancers": ("""Dance Shoe Store wants every dancer to be fully happy with their footwear. Should your dance shoes fall short of what you hoped for, we will gladly help you return or exchange them up to 15 days after your order arrives.

A word to our dance community: hygiene means we cannot take back dance shoes that have been worn (unless they have a manufacturing defect). While you try shoes out, wear them on clean surfaces only.

Who Can Return or Exchange

  • Items have to be unused and in their original condition, with every tag still attached
  • The original packaging has to be intact
  • You need proof of purchase
  • You must start your return no later than 15 days after delivery

Non-Returnable Items

To keep up our quality standards for dancers, we cannot take back:

  • Dance shoes that have been worn (defects excepted)
  • Dance shoes that were customized or specially ordered
  • Clearance items carrying a "final sale" mark
  • Opened shoe care items from the Accessories & Shoe Care collection

How to Return or Exchange

  1. Get in Touch: No later than 15 days after your order arrives, email support@shoefordancers.example with:
    • your order number
    • which item(s) you want to return or exchange
    • why you are returning them
    • whether you would like a refund or an exchange
  2. Wait for Authorization: Within 2 business days we will reply with instructions for your return
  3. Pack With Care: Put in all the original packaging and tags
  4. Send It Back: Post it to our Austin address by a trackable method (the return shipping is yours to pay unless the return comes from a mistake of ours)
  5. Processing: Processing takes 3-5 business days from the day your return reaches us

Refund Timing and Methods

When your return is approved:

  • Timing: We process refunds within 3-5 business days of receiving your return
  • Method: Your refund goes to the payment method you first used (Visa, MasterCard, JCB or PayPal)
  • Shipping: We do not refund original shipping fees
  • International Customers: Your refund may take longer to show in y""",
        ()),

    "swimmerssportsshop": ("""Returns Policy
Simply changing your mind, or choosing wrongly, does not give you a right to a refund. We will, however, exchange an item or give a store credit for it within 30 days of its shipping date, on these conditions:
- Items must come back in their original packaging with every tag attached.
- The goods must be unworn, unwashed and unused.
- The customer pays all return shipping costs, except where the item is faulty.
- If you are sending back boxed or packaged goods, put the item inside a satchel and fix nothing to the outside of its original packaging or tags. If the packaging reaches us marked or in poor condition, we may decline your return.
Where your item has a major problem, you may choose between a refund and an exchange. A problem is major when the item:
- Has a fault that would have kept you from buying it, had you known of it.
- Is unsafe because of the problem.
- Differs significantly from the sample or the description.
- Does not work as we said it would or as you asked, and cannot be fixed easily.
Where a problem is less than major, we will either fix it within a reasonable time or refund or replace it.
Please hold on to proof that you bought the item.
Used faulty products:
Every used faulty product goes back to the manufacturer for assessment, which can take as long as 2 weeks. We will then let you know the outcome and issue you with credit in the form of a voucher. The Swimmers Sports Shop may decline to give a credit voucher where the fault comes from misuse or neglect.""",
        ("inside a satchel", "within a reasonable time", "manufacturer for assessment", "the outcome", "misuse or neglect")),

    "cricketzoneusa": ("""CANCELLATION & RETURN POLICY

  1. Once an item has been bought and used, it can be neither refunded nor replaced.
  2. Items bought that you want to exchange or have refunded (within 14 days of purchase) must be unused and in their original packing. You have to show proof of purchase (the order number and a copy of the invoice).
  3. Please note that items bought in any of our "SALE" events cannot be returned, refunded or exchanged. We take them back only when the product we sent was the wrong one, or faulty, through our own fault.
  4. If you think a product reached you defective, please email pictures of it to info@cricketzoneusa.example, giving your order number and phone number. We will get back to you and deal with the matter as appropriate.
  5. The customer pays for sending items back (the delivery charges). Please use a reliable delivery service, since CricketZoneUSA cannot be responsible for items that never arrive.
  6. We pay the return shipping only when the return is caused by an error of ours (an incorrect or defective item reached you).
  7. Underwear protective equipment (thigh guards, abdo guards, briefs, clothing and the like, for example) and any other used items cannot be exchanged or replaced. Because of how the game is played, every cricket bat breaks sooner or later, some faster than others. Most makers give no warranty on their cricket bats, above all on the edges and toes, which are where bats break most often. A good knocking service such as ours helps a bat last a little longer. Our return policy does NOT cover a used or knocked bat. Any warranty on a bat is entirely at management's discretion.""",
        ("management's discretion",)),

    "rugbystore": ("""Updated 19 March 2021.
We want to make sure you get the product that suits your needs.
Please ask the rugbystore Customer Service Team about anything to do with returns, exchanges or faulty goods:
Should any of your rugbystore.co.uk purchases fail to satisfy you completely, you may send them back to us within 21 days of receiving them for a refund or an exchange.
Every item must come back 'as sold': fit for resale, unworn, in its original packaging and with all its swing tickets still attached. We cannot take back a returned item that misses any one of these requirements.
We cannot take back items that were printed, embroidered or personalised for a refund or an exchange.
Sending items back to rugbystore is simple:
We strongly advise sending returns by a recorded delivery service; rugbystore is not responsible for parcels that go missing in transit.
We are sorry that we cannot refund any return postage for a returned item unless it is faulty or we sent it in error.
** Please note: returns and promotional items **
By a promotional item we mean any item given free when you buy another product(s), or sold at a lower price because you bought another product(s).
If a product you are returning earned a promotional item when you first bought it, you must include the promotional item in your return. If the promotional items are missing, rugbystore will take their value off your return/exchange where this applies.
Where the promotion gave a free gift voucher: if it has been used, we deduct the amount used from the refund/exchange; if it has not been used yet, we cancel it.
We cannot take back items that were printed, embroidered or personalised for a refund or an exchange.
For an exchange, we have tried to keep the process as simple as we can:
If you ask for an exchange, an additional postage charge """,
        ("include the promotional item", "return/exchange", "gift voucher", "additional postage charge")),
}
