"""The test60 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "pompokc": ("""Return Policy
Bought in the Shop:
Once a piece of merchandise has been altered or has left the shop, we cannot take it back or exchange it.
Merchandise that has not been altered and has not left the shop may be refunded within 3 business days.
Bought Online:
Every gown sold online is ordered just for you, from the details you give us: the dress you picked, its size and its colour, among others. For that reason we cannot take back or exchange a gown because of the details you gave us.
We promise that every gown we sell is free of defects, and that the dress you ordered has never been worn and has never hung on our sales floor. When a dress comes in from the designer we open it and check it closely. We put it on a mannequin and photograph it for our records. Then the dress goes back into its original packaging, with a garment bag we add at no charge. If your gown reaches you damaged or defective, you have 5 business days to contact us. You can start the return online whenever it suits you, with your email address and order number. One of our associates will get in touch once your return request has been reviewed.""",
                ("altered or has left the shop", "may be refunded within 3 business days")),

    "marthabridal": ("""Returns & Refund Policy

Returns & Refund Policy

Once you ("the buyer") take an invoice, a transaction or a purchase agreement with us ("the store") and the goods on your receipt or invoice have left our premises, we keep every right to turn down a full or partial exchange, a repair or a refund. This holds whether you bought online or in the shop.

We give no cash refunds. We take no exchanges and no returns. Every sale is final. All purchases, including deposits, layaway items, special orders, catalogue orders, off-the-rack orders and close-out sale items, must be paid in full before they leave the shop. Purchases cannot be refunded, and once charged they may not be passed on to someone else. Special orders may carry extra shipping and handling charges. Alterations are not part of a dress's price and are charged on their own where they apply. Altered items can never be exchanged or returned, without exception.

The only money we give back is money held as a deposit on rented goods, including tuxedo formal wear (trousers, shirts, jackets, shoes, bow ties and ties, suspenders, cummerbunds and the like), once every rented piece has come back undamaged and with nothing missing, no later than four days after your event date. (For example, when you rent, we ask for a separate refundable deposit of one hundred dollars ($100.00), held until the rental period ends and you have handed every item back.)""",
                     ("held as a deposit on rented", "no later than four days after")),

    "shoplikeanegyptian": ("""Returns Policy

When goods are defective we exchange them and cover the cost of sending them back. If we have no replacement to offer, we refund what you paid for the item. Goods sent back for any other reason may be exchanged, and you pay only the postage to return them. If you would rather have a refund, the original shipping charges and the card processing fees are taken off it. Custom orders come back for store credit or an exchange only. Costumes and CDs must come back within 3 days of arrival; every other item may be returned for 30 days after it arrives.

Expect your refund within four weeks of handing your parcel to the carrier, though it often comes sooner. Those four weeks cover the parcel's journey to us (5 to 10 business days), our handling of the return once it arrives (3 to 5 business days), and your bank's handling of our refund (5 to 10 business days).

To return something, Contact Us with your order number and a description of the item you want to send back. We will reply promptly with instructions for the return.

Shipping

We can send parcels to nearly any address in the world. Some products carry restrictions, and some cannot be sent abroad.

When you order, we estimate the shipping and delivery dates from the items' availability and the shipping options you pick. Depending on the carrier, these estimates may show on the shipping quotes page.

Many of our items are charged for shipping by weight, which is shown on each item's detail page. In line with our carriers' own rules, every weight is rounded up to the next whole pound.

Cancellatio""",
                           ("card processing fees are taken off", "custom orders come back for store credit",
                            "costumes and cds must come back within 3 days", "within four weeks of handing")),

    "dancestore": ("""dancestore.com - Return Policy

YOU CAN RETURN ANYTHING WE SELL! You have 90 DAYS to send it back for a refund or an exchange (the shipping cost is not refunded).

NO RESTOCKING FEE, EVER! Nothing hidden.

SIMPLE STEPS:

Choose one of these ways -

1) RETURN THE ITEM WITH A NOTE IN THE BOX
Say what you would like in its place (give the size, colour and item number).

OR

2) ORDER THE SIZE YOU NEED ON OUR WEBSITE
Then send back the item to be replaced while we ship the new one.

OR

3) PHONE US TO ORDER ANOTHER ITEM - (410) 990-0005
Then send back the item to be replaced while we ship the new one.

Put your invoice number in the parcel (or at the least your name, address, phone number and email address). And YES, you may keep the first item while we ship the second. Send it to:

Dancestore.com
1041 Swan Creek Drive
Suite B
Baltimore, MD 21226

DON'T FORGET TO INSURE THE PARCEL YOU SEND BACK.
It is yours to look after until it gets here. Once it arrives we refund what you paid, less the original shipping cost.

If you ask for a second item to be shipped, please note: our system charges your card for every item we send out, and we charge shipping on every parcel we send you.

PLEASE NOTE: We take no returns of:

  • Clothing of any kind that has been used or altered.
  • Shoes that have been worn anywhere but on carpet.
  • DVDs: DVDs are refunded only when they are still sealed and come back within 90 days.

IMPORTANT: About our dance shoes... Ours is specialty footwear, and it does not wear like ski boots... think of it as "equipment", not the last pair of shoes you will ever own. Shoes built to last forever would be hiking boots. Depending on how hard they are used, they should last a year or two. The uppers usually wear out before the soles.

We stand behind what we sell, and if any defect appears within 6 months of buying footwear you have used, we will pay """,
                   ("charge shipping on every parcel", "worn anywhere but on carpet", "dvds are refunded only",
                    "defect appears within 6 months")),

    "zoeafash": ("""Return and exchange policy

Return and Exchange Policy

For reasons of safety and hygiene, we take no returns of swimsuits. If something you bought does not please you, you may exchange it or take store credit, for regular-priced items only. We will not accept goods that have been worn, altered or washed. Swimwear sent back must be new and unused, with its hygiene strips still in place, in its original packaging and with its tags attached.

We accept exchanges postmarked within 10 days of the delivery date.

An exchange may be for an item of any value. If the new piece costs more, the customer pays the difference; we will email or phone you for the payment. If the new piece costs less, the rest becomes store credit, which CANNOT be spent on shipping. If there is nothing on our site you want in exchange right now, you may choose store credit instead. Store credit does not include the shipping cost.

We may refuse an exchange to anyone who does not meet these conditions. The shipping you pay to send a product back is not refunded.

Please allow 7–10 business days for your return to be processed after it arrives at our warehouse. We will email you a confirmation when your refund has been issued.

Every order comes with a return form; please fill in every part of it. If an exchange form is incomplete we will try to sort it out; if the customer has not answered after four tries (by phone and/or email), store credit is issued automatically.

Exchange Address:

CONTACT US

PO Box 469

Owings Mills, MD 21117

 

[email protected]

We answer within 24 hours

1(717)-379-4135

 

MAIN MENU

STAY CONNECTED""",
                 ("pays the difference", "rest becomes store credit", "fill in every part of it", "after four tries")),

    "hatsbycressida": ("""Returns & Refunds

RETURNS:
We take returns within 7 days of your order reaching you. We cannot accept a return asked for after that. You must also email us BEFORE you send the hat or fascinator back, to get an authorisation code. Give us your name, your order number and why you are returning it. The item MUST be postmarked inside the 7 days. We make no exceptions to this.


Every item must come back with its security tags fully on, whole and untouched. Do not take the tag off or change it, and do not put it back on by sewing, gluing or any other way. You can try the hat on without removing the security tag.

An item that comes back with its security tag removed or tampered with will be sent back to you, and no refund will be given.


Any customs and duties are the customer's to pay. If they go unpaid, the hat or fascinator comes back to us, and the extra return costs are taken off your refund.

We process refunds 7-14 days after the item is back with us and we have checked it. Any item we find has been used will be sent back to you.

Because every hat is made to order for you, we do NOT refund postage unless we made a mistake.

If something is wrong with your order, contact us as soon as it arrives (the 7 day return period still applies), and we will put it right as best we can.

By buying, you accept these terms and conditions.

We will NOT take any return that has no authorisation code.""",
                       ("customs and duties",)),

    "fancyherhair": ("""Store Policy
RETURN POLICY
NOTE: WE ARE CAREFUL ABOUT TAKING BACK ANY WIG. PLEASE READ THIS BEFORE YOU ORDER
We are proud of our products and hold every one to a high standard, so we check each item closely before it ships. Every wig and hair extension sold on this site can be cancelled only within 24 hours of purchase; after that your order goes into processing. Because of what our products are, and for hygiene, we do not take returns unless the fault is ours. When it is, we accept the return within 72 hours (3 days) of your order's arrival, for an equal exchange or store credit (please email us). The item must come back in the same condition you received it, with everything that came with it. Anything returned with signs of wear or tear will not be given store credit or an exchange, and will be posted back to the sender. The customer pays the cost of the return. Download our return form, and fill in the return form completely when you send the item back. EVERY CUSTOM-COLOURED WIG AND EVERY SALE ITEM IS FINAL SALE.
REFUND POLICY
When the fault is ours, every customer can have a 100% refund or an exchange. Sale items are final sale, so please ask us anything you need to know before you buy. Refunds and exchanges can take up to 10-14 business days to process.
SHIPPING AND HANDLING
We work Monday to Friday. Orders placed on Friday, Saturday or Sunday are processed the next Monday. Every wig order takes 5-7 business days to process before it ships. Custom wig orders can take up to 10-14 business days to process and then ship (please ask before you order).
Make sure you enter the RIGHT SHIPPING ADDRESS at checkout, so that parcels are not lost or sent back.""",
                     ("fill in the return form",)),

    "suitcompany": ("""Return & Exchange Policy
Effective Date: 02/25/2025
At The Suit Company, we want you to be fully happy with what you buy. If you are not, our return and exchange policy keeps things simple, on the terms below.
1. What Can Be Returned or Exchanged
We take returns and exchanges of every product except:
- Promotional items
- Buy One, Get One (BOGO) deals
To qualify for a return or exchange:
- The item must be new and unworn, in its original packaging, with every tag attached.
- You must start the return or exchange within 14 days of delivery.
- Returns and exchanges are offered only for orders delivered inside the United States.
2. Reasons for a Refund
You may ask for a refund for these reasons:
✔ Wrong Size or Fit – The item does not fit as you expected.
✔ Not as Described – The item you got is not what the website described.
✔ Quality Concerns – The fabric or workmanship fell short of your expectations.
✔ Defective or Damaged Item – The item arrived with a defect or damage.
✔ Wrong Item Sent – We sent the wrong product.
✔ Change of Mind – You decided to send the product back.
✔ Late Delivery – The order came later than expected.
✔ Other – Any reason not listed here.
3. Reasons for an Exchange
You may ask for an exchange for these reasons:
✔ Wrong Size or Fit – The item does not fit, and you need another size.
✔ Wrong Item Received – What arrived is not what you ordered.
✔ Another Colour or Style Preferred – You would like a different colour or design.
✔ Quality Concerns – Asking for a Replacement – The workmanship or fabric fell short of your expectations.
✔ Damaged or Defective on Arrival – The item arrived damaged or defective and needs replacing.
✔ Gift Exchange – You received the item as a gift and want a different size, colour or style.
✔ Wrong Item S""",
                    ("only for orders delivered inside the united states",)),

    "maternalshop": ("""UK and international delivery

While stock lasts, orders normally leave us within 24 working hours (weekdays) and reach UK customers within 5 working days by registered post (Parcelforce/Royal Mail). If an item is briefly out of stock, we will tell you about the delay and send it as soon as we can. Postage is free on orders over £75 to the UK mainland only. Postage abroad costs extra. Return postage is not included.

Your right to cancel

You can usually cancel your order (once we have accepted it) for any reason until it is dispatched (normally the same day or the next). If you cancel in that time, anything you have paid is repaid in full within 30 days.

Returns policy

If you are not fully happy with what you chose, you may send it back to us within 14 days of receiving it. We will gladly give you an exchange or, if we choose, a refund, as long as the goods come back complete, in perfect condition, unused and in their original packaging.

Making returns

For every return except a faulty item, you must arrange and pay for sending the goods back to us. Please be aware that we cannot refund return postage. We refund or cover the postage only when the item sent back is faulty. We strongly advise getting a free 'Certificate of Posting' from the post office, since we cannot take responsibility for parcels lost on the way. You may wish to use Recorded Delivery, but at your own cost. You may also want enough insurance, above all when sending back valuable goods.

Gift returns

Refunds for gifts are paid only to the person who bought them. If you choose to exchange an item, the buyer will be told. If you buy the goods as a Christmas present (between 1 November and 25 Decembe""",
                     ("repaid in full within 30 days", "only to the person who bought", "christmas present")),

    "plusizeapparel": ("""Returns and Refunds

Plusize Apparel's Returns and Refunds Policy

Last updated, August 17th 2018

To make returns and refunds simpler and faster, we changed our return and refund policy from August 17th 2018. Every order placed on or after that date follows the new policy.

Please send every return or refund question to our Customer Care Team at support@plusizeapparel.ca within 15 days of the day your order arrived.

We refund orders and items as follows:

Full refunds

For items that arrive defective or damaged (you will need to show the defect or damage in photos or video), for a wrong item sent by plusizeapparel.ca (style, colour or size), and for orders or items that are missing. Every item on our site carries a note that its colour may look a little different from your computer or phone screen. So a wrong colour, such as a green dress sent when you ordered the red one, earns a full refund. An item in a slightly different shade from the photos on our site earns a partial refund.

Partial refunds

For a wrong item ordered by the customer (style, colour or size), items that do not fit well, or when you are simply unhappy with what you bought, we give a partial refund. Every item on our site has at least one accurate size chart, so we ask customers to check it before ordering. Underwear, swimwear and lingerie cannot be returned or refunded.

The partial refunds are:

  • For items worth up to $70 before tax, we refund 50% of the value.
  • For items worth $70 or more before tax, we refund 60% of the value.

The process

To speed up returns and refunds, we no longer take returns by post and we do no exchanges. Instead, customers will be told to drop the items off at a handy location near""",
                       ("slightly different shade", "partial refund", "we refund 50%", "we refund 60%",
                        "drop the items off")),

    "socksupermarket": ("""Returns and Refunds

If you are unhappy for any reason, we will gladly refund the full price of an item, though not any delivery charge you paid, provided the item comes back unworn, in its original condition and in its original packaging. The item must be sent back within 14 days of purchase, with the returns label we provided. You send goods back at your own cost and risk. We cannot refund items that never reach us. Your statutory rights are not affected by any of this.

Returns from inside the United Kingdom

1) Put a note in the parcel with your order number and why you are returning it.

2) Use the returns label we provided.

3) Allow 7 working days from when we receive the parcel for your refund.

4) Refunds go back to the way you paid.

Returns from outside the UK

1) Put a note in the parcel with your order number and why you are returning it.

2) Use the returns label we provided

3) Allow 7 working days from when we receive the parcel for your refund.

4) Refunds go back to the way you paid

5) You may be able to reclaim any duty you paid from your local customs authority. They will want proof of the duty paid and proof that the parcel was posted for export. Ask your local customs authority for details.

Our Returns Address

Returns

socksupermarket.com

Station Lane

Asfordby

Leicestershire

LE14 3SL

United Kingdom""",
                        ("reclaim any duty",)),

    "harperwilde": ("""What is your return policy?Updated 3 months ago
General Policy
Return Window: You have 90 days from the day your order ships to return any item. Refunds go back to the payment method you used. If you paid with store credit or a gift card, the refund goes back to that same form of payment. If you bought through Amazon, the return must be made with Amazon, since their system runs apart from ours.
Bras: Bras have to be unworn (trying them on is fine), unwashed and unaltered, with their tags still attached.
Underwear: The first pair of each style can come back for a full refund or store credit within 90 days, even with its packaging opened. Any other underwear has to be in its original, unopened packaging to be refunded.
Bodysuits: Bodysuits have to be unworn, unwashed and unaltered. Please wear underwear when you try them on. We cannot take back anything that shows signs of wear.
Gifts: Gifts come back for store credit only. The person who gave the gift is not told of the return.
Gift Cards: A gift card cannot be returned or refunded.
Sale Purchases
- Exchange: Items reduced in a sale can be exchanged for another size at the same price, or returned for a full refund, unless they were marked final sale.
- Price Adjustments: Exchanging for another style or colour may cost extra if the price has gone up since the sale. If you need to exchange a nude shade for one closer to your skin tone, please email us at [email protected].
Facebook/Instagram Purchases
- Refunds: For items bought through Facebook or Instagram, if you return an item worth less than the original purchase, the refund is given as store credit, sent to you by email as a gift card.
Returns Process
Start a Return: Go to our Returns Portal to start a return or exchange. Please make your return labels through the Returns Portal, since we cannot post labels to you. Once your request is in, """,
                    ("bought through amazon", "bras have to be", "first pair of each style", "bodysuits have to be",
                     "gifts come back for store credit", "price has gone up", "nude shade",
                     "bought through facebook or instagram")),
}
