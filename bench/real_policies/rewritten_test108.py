"""The test108 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "booksecondstory": ("""1. Which Returns We Accept
- A book sold as "Almost New" or "Good" can come back when:
  - the copy that reaches you is not in the condition of the category it was sold under; or
  - it suffers serious harm in the post (a torn spine or pages gone, for instance).
- Books graded "Readable" are sold as-is: they cannot come back unless the copy cannot be read at all, because text pages are missing or it is badly mouldy.
2. What a Return Needs
- Every return has to come with evidence (photos, for example) showing that:
  - the copy is in worse shape than its listing said; or
  - we sent you the wrong book.
3. When a Return Is Refused
- A book whose state matches its description (the wear to expect of a "Readable" copy, say, or small marks on a "Good" one).
- A book sent back with further damage done to it after delivery.
- Matters of personal taste, such as not liking what the book says or how its cover looks.
4. How Refunds Work
- We refund once we have inspected the returned copy and confirmed that it falls short of those criteria.
- The money goes back to the payment method you used, within 5-7 business days.
- We do not refund shipping fees, except where the seller made the error.
5. Exchanges
- If the copy you received does not meet its described condition, you may ask to swap it for another copy of the same title, while one is in stock.
6. Sending Returns Back
- The customer pays for return shipping, except when the return results from an error of the seller's.
- Pack books securely so they come to no further harm on the way back.
7. Further Notes
- These books have had earlier owners, so expect minor imperfections (light tanning, soft creases or small notes in the margin, for example); they give no reason for a return unless the listing says otherwise.""",
                        ("sold as-is", "minor imperfections")),

    "books4thekids": ("""Refund Policy

Updated on 15 December 2025

1. Our Promise to You

Books 4 The Kids wants every child to love the books they get from us. If a purchase leaves you less than fully satisfied, our simple returns and refund policy lets you shop with us without worry.

2. Thirty Days to Return

From the day your order arrives you have thirty days to send back anything you bought from us at Books 4 The Kids and get a full refund, or exchange it. This covers every product on our website, as long as it meets the conditions set out here.

3. Conditions for Returns

An item can be returned only if:

  • the book is still in its original, unopened condition, its packaging all intact
  • the book can be sold again, free of markings, damage and wear
  • you provide the original receipt or another proof of purchase
  • it comes back no later than thirty days after it reached you

We know a book sometimes has to be opened to see whether it suits. If you opened one and found it damaged, or clearly unlike its description, get in touch with us straight away. We will look into it and agree on a fair solution with you.

4. Starting a Return

A return goes like this:

  • Write to [email protected], our customer service address, or phone us
  • Give us your order number and tell us why you are returning the item
  • The team sends you return instructions along with a return reference number
  • Pack the item(s) with care, with the reference number clearly marked on the parcel
  • Post the parcel to the address our customer service team gives you

5. Who Pays Return Shipping

Who pays to send a return back depends on why it comes back:

  • Change of mind: the cost of return shipping is yours
  • A mistake of ours or a defective item: we send you a prepaid return label, or pay you back the reaso""",
                      ("reference number clearly marked",)),

    "chaoscitycomics": ("""Return Policy

Now and then something goes wrong. We work hard to give every customer what they ordered, in the state they expect it; still, whenever you are not happy with a purchase, read the process below that fits your case and get in touch.

Unwanted Items (UK Only): If you ordered something by mistake, or changed your mind about it, you get your money back under our 14-day guarantee when the item comes back to us, but only if it is unused, unopened and in the same condition as when we sent it. For these returns we ask every customer to pay the cost of sending it back; we will gladly suggest the cheapest and best ways to do so.

Comics: Periodicals and publications (comics, newspapers and magazines among them) fall outside the relevant Consumer Protection rules, so they cannot be returned or cancelled as such. We have no duty to take back comics you no longer want or bought by mistake, and as a rule we do not. Only in exceptional cases will we think again: the books must still be sealed in their mailer, or in their bags and boards, come back in the condition we sent them, and you must have tried to contact us within 48 hours of receipt. In such cases the buyer pays any cost of returning them. Once everything above is settled, we will only issue store credit, leaving out every postage and packaging cost.

Damaged or Defective Items (UK Only): An item that is defective, or was damaged on its way to you, can come back to us within 14 days of purchase. Usually we will offer a replacement, or a replacement part where that fits; otherwise you will of course get a full refund. For these returns we pay every return cost, and the cost of sending any replacement too. Whatever the case, we need the defective product back, and we may ask for photos showing how it arrived so that we can report to the manufacturer, courier or postal serv""",
                        ("within 48 hours of receipt", "only issue store credit")),

    "themusicbox": ("""Refund Policy
Return
To send your product back, email us at support@themusicbox.example
The postage for returning your item is yours to pay, and shipping costs are not refunded. If you get a refund, it is smaller: a charge for return shipping will be deducted beforehand.
How long an exchanged product takes to reach you depends on where you live.
Our policy runs for 60 days. Once 60 days have passed since you bought the item, we are sorry, but neither a refund nor an exchange is possible.
A returnable item has to be unused, in the state it was in when you received it, and in its original packaging.
We need a receipt or other proof of purchase to complete the return.
Refunds
When your return has arrived and we have inspected it, we will email you to say it has reached us. We will also let you know whether your refund is approved or rejected.
Late or missing refunds
No refund yet? Look at your bank account once more first.
Then get in touch with your credit card company: a refund can take a while to be posted officially.
After that, contact your bank, since posting a refund often involves some processing time.
If you have done all that and the refund has still not come, contact us at support@themusicbox.example.
Sale items
Only items bought at their regular price can be refunded; items bought on sale cannot.
Defective/damaged/wrong products
We replace items only when they are defective or damaged, or when we sent you the wrong item. Email us at support@themusicbox.example with a photo of the product, and photos of the outer and the inner mailing labels (the inner one is stuck directly beneath the outer one). Those photos of the mailing labels let us claim from our shipping partner.""",
                    ("return shipping will be deducted",)),

    "vinylren": ("""Shipping & Return Policies
Using our website means you accept these terms of service and take responsibility for following any local laws that apply.
Return Policy
Any shortage or defect in a shipment has to be reported to us no later than 5 business days after you receive it. Request a return authorization through your order dashboard.
We take back damaged or defective items within 30 days of purchase. When you request the return, describe the problem and, if you can, include pictures of the defect. We will get in touch with you about handling the defective item. For items originally shipped at no charge, the buyer pays the return shipping; where the customer paid for shipping on the first order, we will provide a return label.
Returns of merchandise that is not defective are at our discretion, and we consider them only within 30 days of delivery. An authorized return of non-defective merchandise has a 15% restocking fee and the cost of the original outbound shipping taken off whatever is refunded. For non-defective merchandise we refund only in store credit. Every return has to include the original packing and every accessory.
Unless they are defective, we take no returns of records, CDs, headphones, ear buds, phono cartridges, or special and pre-order items.
Pre-release orders for records and CDs can be cancelled up to the moment we email the buyer that the order is ready to ship. Special orders of equipment can be cancelled only within 48 hours of placing it.
Minor corner dings, splits in inner sleeves and slight creases in album covers do not count as defects. Buyers bear any slight shipping wear at their own risk, and such returns are handled as returns of non-defective items. On request, we can open any new LP order and take the records out of their outer covers. Every used LP is remov""",
                 ("originally shipped at no charge", "original outbound shipping", "pre-release orders",
                  "within 48 hours of placing", "minor corner dings", "slight shipping wear")),

    "stringjoy": ("""FREE SHIPPING ON U.S. ORDERS OF $25+

Return & Exchange Policy

We gladly take returns and exchanges of anything we sell for 90 days. If you decide to send items back to us, the cost of sending them is yours.

To start a return or exchange, write to [email protected] with:
• your order number
• whether you want a refund for the products or want to swap them for others
• which products you are sending back or swapping
• for an exchange, which products you would like in their place

We will then tell you to send the products to our address below:

Stringjoy, LLC
1120 Elm Hill Pike, Suite 105
Nashville, Tennessee 37210
USA

Once your goods reach us, we deal with the return or the exchange in no more than 3 business days.

Returns and exchanges are open only to the original purchaser, and the right cannot be passed to anyone else.

WHICH PRODUCTS CAN COME BACK FOR A REFUND?

Whatever your reason, we refund any product that is still new and unopened, within 90 days of purchase.

Everything we sell carries our ironclad guarantee: a product that proves faulty in any way can come back for a refund, whatever its condition, until one year has passed since the date of purchase. Our products have our backing, so if a set of strings you have put on does not play to your satisfaction, you may still return the used strings, and we will replace them or give you a refund.

WHICH PRODUCTS CAN BE EXCHANGED?

Any product still new and unopened can be exchanged, within 90 days of purchase, for any other items we sell.

When the products you send back are worth more than the ones you take in exchange, the remaining balance goes back, as a partial refund, to the payment method you used.

We cannot offer ex""",
                  ("original purchaser", "return the used strings", "any other items we sell", "remaining balance")),

    "kalenainstruments": ("""Return Policy

We do all we can, from making our products to delivering them, to make sure you are happy with what you buy, though we know a product sometimes falls short of what a buyer hoped for. So we have kept our return policy as simple as we can. The return agreement follows.

Non-returnable items:

We do not accept returns of picks, straps, strings, string winders, cleaning cloths, or anything Kalena Instruments considers a personal item. Everything else, such as ukuleles, cases and amps, can be returned.

Requirements

  • We need a receipt or other proof of purchase to complete a return.

Within 30 Days - Your product has to be sent back no later than 30 days after it was shipped. Once the returned goods pass our inspection, we pay the buyer back the original purchase amount less shipping charges, which are taken off even if shipping wasn't billed to you. A daily rental fee is charged on any instrument returned from an in-store pick-up or in-store purchase, except one returned for factory defects.

  • Send it back in its original packaging and in new condition -
Every returned product must come with all its original packaging, in like-new condition. A return may be turned down by Kalena Instruments if the product or its packaging is damaged.

When a product is judged unfit for return, Kalena Instruments tells the customer that the return is rejected, and no refund is made. The customer then picks one of two options: we ship it back to you, charging a shipping cost of $30, or we recycle it. If you have not chosen an option within 14 days of Kalena Instruments telling you of the rejection, the product is recycled.

Because physical gift cards are what they are, a gift card order cannot be returned or refunded once the cards are printed. Where a card order has mo""",
                          ("even if shipping wasn't billed", "daily rental fee", "shipping cost of $30",
                           "14 days of kalena instruments")),

    "sonnovapiano": ("""We do our utmost, when you buy a Sonnova piano, to make sure the piano you choose suits your needs. Should you nonetheless want to return a piano bought from us, these policies apply to pianos bought through the sonnovapianos.example shopping cart.
- Ask for a return no later than 7 days after your piano arrives. To request a return authorization, buyers should phone us or email support@sonnovapiano.example. Without authorization given beforehand, we accept no returns.
- On receiving your request to return, we will coordinate the pick-up of the piano and its shipment back to us. When it is back at our facility and has been inspected, we issue merchandise credit for the piano's purchase price, less the full cost of return shipping. Where the piano's price included shipping, the merchandise credit is the purchase price less what original and return shipping actually cost.
- A piano that has been altered or damaged while the buyer had it (improper servicing included) may not be returned.
- Neither special orders nor pianos customized or modified as you asked (a player system installed, for instance) may be returned.
- Returns are usually made as merchandise credit. Cash or card refunds, if the buyer asks for them, are at Sonnova's sole discretion and may carry their own restocking fee of up to 20%.
Where a piano was bought in-store or over the phone, a different return policy may govern it than for pianos bought directly from carusopianos.example. Ask in the store, or ask your sales associate, about those policies.""",
                     ("coordinate the pick-up", "original and return shipping", "restocking fee of up to 20%",
                      "in-store or over the phone")),

    "djkit": ("""PRO DJKIT Ltd: Returns and Refunds

PRO DJKIT Ltd: Returns and Refunds

We at PRO DJKIT Ltd want you fully happy with what you buy. We know an item sometimes turns out not to be quite what you need, or that problems can come up. This policy sets out how we keep returns and refunds free of hassle, in keeping with your statutory rights and with Google Merchant Center's requirements.

1. Money Back Guarantee

  • New Products: Every new product bought from PRO DJKIT Ltd carries a 30-day Money Back Guarantee counted from delivery. Change your mind within that time and you can send the item back for a full refund or an exchange.
  • Nearly New & Ex-Demo Products: Our nearly new and ex-demo products carry a 14-day Money Back Guarantee, counted from delivery.
  • Secondhand: Secondhand products are covered for 14 days from delivery by the Money Back Guarantee.

2. Who Can Return (Change of Mind or Unwanted Items)

For a return under the Money Back Guarantee (that is, of an unwanted item or after a change of mind), the product has to meet these conditions:

  • "As New" Condition: It must be "as new", handled no more than needed to find out what the goods are, what they are like and how they work, much as you might handle them in a shop.
  • Original Packaging: It must be packed well and come back in its original packaging, undamaged, with every accessory, manual and cable.
  • No Signs of Use/Damage: It should show no scratches, marks, wear or sign of use.
  • Hygiene and Software Exceptions: Because of hygiene and software licensing reasons, certain items can come back only when unused, sealed in their original packaging, with all software still unregistered. Among them (the list is not complete):
    • Headphones that have been opened
    • In-ear monitors
    • Microphones that have been opened
    • Software that has been activated or s""",
              ("ex-demo products", "secondhand products are covered", "software licensing reasons")),

    "karaokewh": ("""Read the Return Policy below to check whether your order can get a Return Authorization Number. If it qualifies, ask for an RA through our website (www.karaokewh.example/ra-request) or Click Here. We will not process, accept or refund any return sent without authorization. Put the return authorization number clearly where the carton's return label is. Every item must come back in the manufacturer's original box, complete with every accessory and the manual(s). If accessories are missing, you will get a reduced credit amount. Ship the package in a plain brown box with plenty of packing material, packed the way your order reached you. We suggest insuring your return shipment against damage or loss. Karaoke Warehouse cannot answer for returns that are damaged or lost in transit. Karaoke Warehouse will not accept parcels sent collect or postage-due. Shipping charges are not refunded. Processing your return may take up to 1 week.
Packages Lost, Delayed or Damaged
1. Package damaged. If you think shipping damaged your package, contact us right away; please also retain all the original packaging, every bit of the packing materials. The shipping company will look into it and collect the package for the insurance claim.
2. Lost/Delayed Package. If you cannot track your package, contact us right away and we will open a claim with the shipping company. Also contact us if the package has not arrived on its scheduled date; we will file a claim with the shipping company for you.
3. Wrong Product Received. If our mistake sent you the wrong product, use Click Here to ask for an RA through our website. We'll promptly and gladly send you the correct items. Where you paid for expedited shipping, we at Karaoke Warehouse refund that shipping cost only up to $10.00. Replacement shipments carry no additional shipping and handling fees for you, and the replacement travels by the same method you init""",
                  ("return authorization number clearly", "reduced credit amount", "retain all the original packaging",
                   "up to $10.00", "additional shipping and handling fees")),

    "camerasbymax": ("""Refund policy

Please note: Cameras By Max is a small, genuine team that works hard, and we want every customer to be pleased with what they buy. We aim to bring you good film cameras and other products. Abuse, threats or malice from customers will not be accepted. We are glad to talk with you politely and honestly by email. For any return question, you can always contact us at hello@camerasbymax.example.

Our Return Policy

Our returns run for 30 days: you have 30 days to try the camera and be sure you are happy with it. You MUST tell us about a return and send it off no later than 30 days after the item is delivered. We take no returns after that, though we want every customer happy with their camera and will do our best to sort out any problem. Whatever the case, the customer pays the postage for sending items back to us.

Every camera we sell is second-hand and vintage, which means it has already had a long life. When a camera reaches us we service it, clean it and make whatever repairs it needs. Before it leaves our office we test it fully and note its condition. So your camera should work fully when it reaches you; if it does not, get in touch as soon as you can.

We suggest using the roll of film we provide to test your camera the first time.

To avoid damaging a camera by accident and breaking its mechanism, learn as much as you can about how it works. If anything you bought from us leaves you unsure, get in touch! We enjoy answering questions, however silly they may seem.

We take returns back within 30 days. The camera has to reach us in the condition in which we sent it, with every accessory it came with. It must not have been dropped, damaged, taken apart or tampered with, and that covers breakages, scratches and any attemp""",
                     ()),

    "starposters": ("""Returns Policy
We aim to make shopping at Star Posters as positive and satisfying as it can be.
Whatever your reason for wanting to send your order back, you can send it back for a refund within 28 days.
Because these products are individually personalised, carry material and administration costs and cannot be used again, the refund is reduced by a restocking fee, up to 20%.
We do not refund shipping costs, and the buyer pays for return shipping. Please send returns by tracked postage, since we cannot be held responsible for returned items lost in the post.
When your order is back at our offices we will refund you within 3-5 working days, less that restocking fee. An email will tell you when your refund has been processed.
Should the product be faulty, or contain a mistake of ours, contact us and we will arrange a replacement or a refund.""",
                    ()),
}
