"""The test118 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "usunderwearstyleguide": ("""At Underwear Promotional Store our aim is for every lingerie order to leave you fully happy. Should your order disappoint you for whatever reason, you can return or exchange items simply, as long as you do so within 15 days of getting them.
Our Return Policy
Most of our bras, briefs and lingerie pieces can be returned or exchanged within 15 days after delivery, on condition that they are still as they were sent, their tags still on and their packaging undamaged. For reasons of hygiene, the items below cannot come back to us:
- Mastectomy & Post-Op Bras (these are specialist medical garments)
- Maternity Wear (because of how it is specially made)
- Briefs & Knickers whose hygiene liners have been taken off
Important: every item sent back has to be unworn and unwashed, in its original packaging and with its tags on. Returns that fail these conditions may be turned down.
Returning or Exchanging an Item
Step 1: Ask for Authorization
Within 15 days of your order's arrival, email our customer service team at returns@USUNDERWEARSTYLEGUIDE.example giving the details below:
Step 2: Get Instructions for Your Return
Within 1-2 business days we send you by email an RMA (Return Merchandise Authorization) number along with shipping instructions. We cannot process a return that comes without an RMA number.
Step 3: Pack and Send Your Return
Pack your item(s) securely in their original packaging, with every tag included. For US returns, stick on the return label we give you; otherwise follow our instructions for international returns. We suggest shipping with a method that can be tracked.
Step 4: Get Your Refund or Exchange
After your return reaches us we inspect it, usually within 5-7 business days of its arrival, and then:
- Refunds: go back to the payment method you used, within 3-5 business days of approval. Refunds on international orders can take 7-10 business days to show in your account.
- Exchanges: your replacement item goes out within 1-2 business days of approval. Should the size/color you asked for be out of stock, we will get in touch about altern""",
        ("stick on the return label we give you", "refunds on international orders can take",
         "your replacement item goes out within 1-2 business days", "should the size/color you asked for be out of stock")),

    "swimwearwomen": ("""Returns & Refunds Policy
Our Satisfaction Guarantee
Swimwear Women Store (SWW) sets out to send you swimwear better than you hoped for. A perfect fit matters, and that is why every purchase comes with a full 30-day satisfaction guarantee.
When a Return Qualifies
A swimwear purchase can be returned if it meets all of these requirements:
- It has not been worn, and every protective hygiene liner is still in place
- It is still in its original condition, with no alterations and no damage
- All its original tags and its packaging come back with it
- You ask for the return within 30 days of delivery
What We Cannot Take Back
Health and safety rules stop us from accepting some goods:
Hygiene Exclusions:
- Underwear, intimate apparel and swimwear bottoms (except when defective)
- Anything whose hygiene liners or protective seals have been removed
Other Goods That Cannot Be Returned:
- Promotional codes and digital gift certificates
- Goods sold as final sale or clearance
- Swimwear orders that were custom made or personalized
- Goods harmed by chlorine, saltwater or care that was not right
Starting Your Return
Starting a return is easy: just get in touch with the customer service team, bringing your order confirmation or receipt of purchase. Please come to us directly instead of sending things back to the manufacturers or suppliers.
How Refunds Are Settled
Full Refunds: items that meet every return condition are refunded in full
Partial Refunds: given for items with:
- Slight wear or accessories missing (the customer's responsibility)
- Returns handled between 30-45 days after delivery
- Damage to the packaging that leaves the product itself intact
The Refund Process
When your swimwear comes back, our quality team checks it thoroughly. Within 2-3 business days you will get an email confirming where your return stands. Refunds that are approved go to your """,
        ("instead of sending things back to the manufacturers", "slight wear or accessories missing",
         "returns handled between 30-45 days after delivery", "damage to the packaging that leaves the product itself intact")),

    "amarabridal": ("""1

Toll free 1-866-640-0715 (USA)

Return Policy

Special order items (In Store)

We ask a deposit of 50%, not refundable, before we order from the designer. The rest is payable within 15 days after your gown arrives. Shipping normally takes 10-20 weeks, unless the designer has your size/color in stock. No item bought in the store can be returned: everything is ordered only for you, and we have no way of returning items to our designers.

Special order items (online)

Our products are guaranteed authentic and original, and every item carries the designer's original tags. Once an order is placed, a bridal shop cannot return it to the designer. All we sell is specially ordered straight from the designer when you order from us.

If merchandise arrives damaged, we give full credit toward an exchange (and we pay the return shipping). To start the return, tell us about the damage within 48 hours of receiving the item. Items that are not damaged cannot be returned or exchanged. We check every item with great care before it ships, and no customer has ever received a damaged item from us.

Off Rack Gowns (In Store)

You pay in full when you buy, and every sale is final.

Off Rack Gowns (online)

Off the rack dresses are final sale unless they arrive damaged. Please take your measurements carefully, and ask us any questions before you order. We handle our sample gowns with great care and, for that reason, cannot take them back. They will reach you in perfect condition.""",
        ("a deposit of 50%, not refundable", "no item bought in the store can be returned",
         "you pay in full when you buy, and every sale is final")),

    "suitrefined": ("""At Outlet Suit Refined, the care we give to your satisfaction matches the care we put into making our premium menswear. If a garment falls short of your high standards, our returns process has been built with the attention to detail you find in how we build our half-canvas suits.

Our Return Promise

Each stitch is backed by a return policy of 15 days from delivery. Every item returned must be:

  • Unworn, and in its original condition
  • Still carrying all its tags
  • In its original packaging
  • Sent with proof of purchase

Non-Returnable Items

To keep our standards high, we cannot take back:

  • Custom tailored suits (made-to-measure pieces and our Boys Suits & Tuxedos included)
  • Final sale items (marked clearly when you buy)
  • Accessories (for hygiene: HATS and other intimate apparel)

The Refinement Process: Returning an Item

Step 1: Start Your Return

Email our concierge team at concierge@SUITREFINED.example within 15 days of your order's arrival, with these details:

Subject line: Order #[Your Order Number] – Return Request. To the Outlet Suit Refined Concierge: Please start a return for the item(s) below: Item Name: Order Number: Reason for Return: Resolution Preferred: [Refund / Exchange for (say which size/style)] The item(s) are in their original condition, with every tag attached. Kind regards, [Your Full Name] [How to Reach You]

Step 2: Get Authorization

Our team sends, within 1-2 business days:

  • A return label, prepaid, for US customers
  • Instructions for international returns (shipping costs apply)
  • An RMA (return merchandise authorization) number

Step 3: Send Your Return

Pack the item securely in its original packaging, with the RMA number showing on the outside of the parcel. To protect yourself, we suggest:

  • Shipping with a service that can be tracked
  • Keeping your shipping receipt until your refund has gone through

The Finishing Touches: Refund""",
        ("a return label, prepaid, for us customers", "instructions for international returns (shipping costs apply)",
         "rma number showing on the outside")),

    "yorkshiretrainers": ("""Refund Policy

Our rules for orders placed online

  • Sneakers have to come back in their original condition, inside the sneaker box and with an outer box around it for protection. A return sent without an outer box may be turned down and returned to the customer should it arrive damaged.
  • Should we not accept your return, the shipping label that sends the item back to you is yours to pay for.
  • Anything bought in a sale or with a promo code can only be returned for store credit.
  • Items must reach us within 14 days of your order's arrival. A returns fee is charged that depends on where you are, and if your refund meets our refund policy you get a full refund, less the delivery fee you paid at first.
  • Pre owned and discounted goods are not refunded
  • Brand new items have to come back in original condition
  • The buyer pays for shipping
  • Exchange for store credit, or swap the size where possibl

    Starting a return

    • Returns are set up online by getting in touch with us. Please also write down your order number and why you are returning, and put the note inside the protective outer box of your return.

      When will my refund arrive?

      • When your return has arrived and been checked, we email you to say we have it, and we also tell you whether your refund is approved or rejected.
      • Once approved, your refund is processed and credited automatically to the original payment method within 10 working days.

      Our rules for purchases made in store

      • Items bought in store can only be returned for store credit or an exchange, within 14 days of purchase.
      • Clothing must come back unworn and unwashed. Every return has to be brought back in its original packaging, with every label on.
      • Sneakers have to b""",
        ("the shipping label that sends the item back to you is yours to pay for",
         "with a promo code can only be returned for store credit", "a returns fee is charged that depends on where you are",
         "put the note inside the protective outer box", "items bought in store can only be returned for store credit",
         "clothing must come back unworn and unwashed", "every return has to be brought back in its original packaging")),

    "mulberryhilldesign": ("""Returns/Refunds


We want every customer fully satisfied! Email us about any problem, and if a return or refund is needed we will deal with it quickly. Items that are new and unused can be sent back at your own cost for a refund of what you paid for them (less the original shipping). Items that do not come back in their original condition will not be refunded.

When your return has arrived and we have checked it, we email you to confirm we have it, and we also tell you whether your refund is approved or rejected. If approved, your refund is processed and credited automatically to your original payment method.

When the item you return is worth more than $50, think about shipping it with tracking or buying shipping insurance. We cannot promise your return will reach us, and we cannot refund an item that never arrives.

If something you bought is lost in transit (verified by its tracking number only), we make a replacement and send it free of charge. Replacements depend on availability (for instance, if the fabric has run out, an exact copy may not be possible). Where a substitute is needed, the customer may pick a replacement of similar value or take a refund.

We do our best to make sure of quality in materials and workmanship, and an item that fails in normal use will be repaired free of charge - you pay only the shipping. Accidents also happen, so we will repair our customers' items at little cost. Put simply, a purse is not built to hold bowling balls - if you overload it and the handles tear off or the bottom rips open, that one is yours. If you often carry heavy things, tell us when you order and we will do all we can to make a bag that suits you.""",
        ("we cannot refund an item that never arrives", "lost in transit",
         "an item that fails in normal use will be repaired free of charge",
         "we will repair our customers' items at little cost")),

    "hairschmair": ("""Returns and Refunds

Most goods can be replaced or refunded if you send them back within 28 days of receiving them. We sell nothing refurbished or second-hand, so every item must come back in its original factory condition (not altered, not worn, not damaged, with its tags on and in its original packaging). Please check that the wig is INTACT and that the LACE has NOT been cut.

Want a change or a refund once your order has arrived? Please click here.

When your return has arrived and been checked, we send an email to confirm we have it. We will also let you know whether your refund is approved or rejected. Once approved, your refund is processed and credited automatically to the original payment method within 10 working days.

We strongly suggest a shipping service you can trace, or buying shipping insurance, as we cannot promise your return will reach us. Please note that the cost of shipping the return is yours.

To return your order, click here.

Exchanges

We replace items only when they are defective or damaged. To exchange one for the same item, use this link: click here.

 

Partial Refunds

A product that is intact and undamaged but comes back after 28 days may get a partial refund, at our discretion only.

Late or Missing Refunds

No refund yet? Check your bank account again first. Then ask your credit/debit card company, as a refund can take a while to be posted officially. After that, ask your bank, since posting a refund often involves some processing time.

If you have done all this and your refund still has not arrived, get in touch with us.

 

For more information, please contact us""",
        ("may get a partial refund, at our discretion only",)),

    "sockysock": ("""Socky Sock – Refund Policy
Socky Sock
Skip to content

US orders over $35 ship FREE!

    Refund Policy

    REFUND POLICY

    Within 30 days of the day your item is delivered, you may send it back for a refund or an exchange, on the terms set out below. After those 30 days from delivery we make no refunds or exchanges, save in extreme circumstances. For how to return or exchange your item, write to sockysocksupport@TSHIRTS.example.

    A returnable item has to be unused, in the condition it was in when it reached you, and in its original packaging.

    If the item is not defective, you may get only a partial refund.

    We may change this Refund Policy at any time without notice. Check the Refund Policy at SHOPSOCKYSOCK.example for changes and updates.

    RETURN SHIPPING

    Except where an item comes back because we made a mistake, the shipping cost and a restocking fee for your return are yours to pay. What you paid to have the items shipped to you is not refunded.

    For domestic orders, email sockysocksupport@TSHIRTS.example and we will gladly send you a return label for sending your items back. The return label costs you $5.95.

    For international orders, email sockysocksupport@TSHIRTS.example and we will send instructions for returning your items. At present our system cannot produce return labels for international orders, we are sorry to say.

    Think about a shipping service with tracking or about buying shipping insurance. Returns that never reach us, or that go missing in transit without tracking, are not our responsibility.

    If you want to exchange your items, or to receive store credit, we send you a return label free of charge.

    EXCHANGES OF DAMAGED OR DEFECTIVE ITEMS

    """,
        ("you may get only a partial refund", "the shipping cost and a restocking fee for your return are yours to pay",
         "the return label costs you $5.95", "for international orders",
         "or to receive store credit, we send you a return label free of charge", "returns that never reach us")),

    "tryscent": ("""Overview
Return Windows
- Products not opened: 30 days from the date of delivery
- Products that have been opened: 14 days from delivery (for hygiene and safety)
- Items that are damaged or defective: 7 days from delivery
Return Conditions
Accepted for Return:
- Perfumes still unopened, in their original packaging
- Perfumes that are opened but still hold 90% or more
- Products that arrived damaged or defective
- Items we shipped wrongly by mistake
Not Accepted for Return:
- Products used past testing (over 10% gone)
- Items missing their original packaging or labels
- Products sent back once the return window has closed
- Gift sets with parts missing
Return Process
- Start Your Return: email customer service at care@TRYSCENT.example or use your account
- Approval: you receive a return authorization number (RMA)
- Packing: pack securely and show the RMA number clearly
- Shipping: use the prepaid label we give you, or pay the return shipping yourself
- Processing: takes 5-7 business days after we receive it
Ways to Be Refunded
- Original Payment Method: eligible returns are refunded in full
- Store Credit: offered on every return (opened products included)
- Exchange: depends on availability and on any difference in price
Return Shipping Costs
- Our Mistake: we pay all the return shipping
- Your Preference: the customer pays the return shipping
- Damaged Items: prepaid return labels come from us
Special Cases
Damage in Transit:
- Tell us within 48 hours of delivery
- Send photos showing the damage to the products
Wrong Item Sent:
- We pay every return cost
- We send the replacement by expedited shipping
- A free sample to make up for the trouble
Defective Products:
- Every authentic product carries our quality guarantee
- A full refund, or a replacement
- Where needed, we look into it with our suppliers
How Long Things Take
- Refund Processing: 3-5 business days from receipt of the return
- Refunds to Credit Cards: 5-10 business days before they show on your statement
- Store Credit: issued at once when processing is done
- Exchanges: sent out within 2 business days once processed
Contact Details
Customer Service:
- Email: [email """,
        ("products that have been opened: 14 days from delivery", "opened but still hold 90% or more", "over 10% gone",
         "gift sets with parts missing", "tell us within 48 hours of delivery", "exchanges: sent out within 2 business days",
         "pack securely and show the rma number clearly", "store credit: issued at once when processing is done")),

    "hairproductsonsale": ("""At Skincare Store, our commitment is that every luxury beauty purchase leaves you fully satisfied. We select our premium skincare and makeup ranges with great care so that they meet the highest standards, yet we know a product may sometimes fall short of what you hoped.
The same care and eye for detail that guide our choice of luxury beauty products shape our returns policy, which gives you a smooth and refined way to resolve things.
Time Allowed for Returns & Exchanges
Returns and exchanges are accepted within 15 days of the day your items reach you. A returnable item has to be unused and in the state it arrived in, inside its original packaging.
Non-Returnable Items
For the health and safety of every customer, these items are not accepted for return or exchange:
- Bath & Body products (after opening or use)
- Bath & Shower Gel (after opening or use)
- Body Moisturiser (after opening or use)
- Body Oils (after opening or use)
- Body Scrub and Exfoliator (after opening or use)
- Cleansers (after opening or use)
- Face Masks (after opening or use)
- Face Toner (after opening or use)
- Fake Tan products (after opening or use)
- Bodycare Tools (for reasons of hygiene)
- Curling Wand (for reasons of safety)
- Any product opened, used or showing signs of tampering
These limits help us keep the luxury standard and the hygiene you expect of a premium beauty retailer.
Return Process
Take these simple steps to start a return or exchange:
Step 1: Send Us Your Request
Email our customer care team at care@HAIRPRODUCTSONSALE.example within 15 days of your order's arrival, with the details below:
Template for a Return/Exchange Request
Subject: Order #[Your Order Number] – Request to Return/Exchange
Email Content:
To the Skincare Store Team,
I am asking to [return/exchange] an item I ordered recently.
Date Ordered: [Date of Order]
Order Number: [Your Order Number]
Product(s): [the product(s) to return/exchange]
Why I am returning/exchanging: [Please give detail""",
        ()),

    "purelabapparel": ("""We hope you love what you bought. If something is not right, items that qualify can come back for a refund or an exchange within the times given below. Only orders placed in the U.S. are covered by this policy.
2) Return Window & Eligibility
30-Day Window: ask for a return no later than 30 days after delivery (the date the carrier records).
Condition: items have to be unworn, unwashed, unused and new, with every original tag, the packaging, cases, cloths and inserts included.
For Sunglasses: the lenses must have no scratches, and any protective film, sticker or seal must still be in place. A return showing wear, adjustments or scratches will be refused.
Proof of Purchase: we need an order number or a receipt.
Items that cannot be returned:
Anything marked at checkout as Final Sale
Gift cards and store credit
Promotional items or free gifts
Apparel sensitive for health or hygiene (for example underwear, bodysuits, swimwear, earrings), if and when we sell it, unless still unopened in its original sealed packaging
Returns that fail these conditions may be refused.
We reply with instructions and an RMA (Return Merchandise Authorization).
Send the item back by a method that can be tracked, packed securely so it is not damaged on the way.
Never send a return without an RMA; a return we did not authorize may be delayed or refused.
4) Who Pays for Return Shipping?
Wrong size / change of mind / not what you expected: the customer pays the return shipping.
Wrong item sent, defective, or damaged on arrival: we pay the return shipping (a prepaid label comes once it is approved).
Original shipping fees are refunded only if we made a mistake.
5) How and When You Are Refunded
Refunds go to the original payment method (or to store credit, if you prefer).
From the day the return reaches our facility, allow 3–5 business days for the inspection, and your bank may then need 5–10 business days to post it.
Items that do not come back in original condition may get a partial refund, or be refused.
6) Exchanges
For a new style/size, the quickest way is ordering anew and sending back the origi""",
        ("only orders placed in the u.s. are covered", "the lenses must have no scratches",
         "may get a partial refund, or be refused", "a return showing wear, adjustments or scratches will be refused")),

    "buybeautyclothing": ("""✨

Last Updated: December 2024

Welcome to the Returns & Exchanges Portal of Clothing Shop! We at Clothing Shop think that getting the right fit for your family should feel as magical and carefree as our clothing collections built around favourite characters. We hope each item delights your family, but we know a return or exchange is sometimes needed.

✨ Our Magical Return Promise

Our hope is that your whole family is thrilled with Clothing Shop. If your purchase leaves you unhappy for any reason, our magical return process is here to set it right.

🛍️ The Details of Our Return & Exchange Policy

How Long You Have

Returns are accepted within 15 days of your order reaching you.

What Condition Items Must Be In

To be returned or exchanged, an item has to be:

  • Not worn and not washed
  • In its original packaging, tags still on
  • Without stains, smells or damage of any kind
  • Fit to be sold again

Non-Returnable Items

To keep every customer healthy and safe, these are not accepted for return or exchange:

  • Costumes (for hygiene and because of how they must fit)
  • Sleepwear & Loungewear (for reasons of health and safety)
  • Pajamas & Sleepwear (counted as intimate apparel)
  • Anything worn, washed or damaged
  • Anything whose original tags or packaging are missing

🔮 The Magical Return Process

Step 1: Get in Touch with Our Support Team

Within 15 days of your order's arrival, email our magical support team at support@BUYBEAUTYCLOTHING.example. Please fill in the template below so we have everything we need to help you fast.

Template for Return Requests

Subject: Order #[Your Order Number] – Request to Return/Exchange

Email Content:

To the Clothing Shop Team,

I am asking to [return/exchange] something from my recent order.

Order Details:
Order Number: [Your Order Number]
Date Ordered: [Date of Order]
What to Return/Exchange: [List each item with its size""",
        ()),
}
