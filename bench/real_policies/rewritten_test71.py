"""The test71 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "tilewarehouse": ("""Cancellation, Returns and Refunds Policy

This policy on cancelling, returning and refunding orders is one part of our Terms of Business.

1.     Cancelling before we dispatch

a.     Except as paragraph 3 says, you may cancel an order (and the Purchase Contract that comes from it) at any point before we dispatch the products. To do so, get in touch with our Customer Services team here. Cancelling this way costs you nothing.

2.     Cancelling after we dispatch (a change of mind)

a.     Except as paragraph 3 says, if you change your mind and no longer want the products you ordered (for a reason other than their being damaged, defective or not as described), you can send them back for a refund, provided you get in touch and tell us so within sixty (60) days of:

i.     the day the products you ordered reach you, or

ii.     where the products come in instalments, the day after the last instalment reaches you.

b.     Traders in every case, and consumers who tell us they want to return products more than fourteen (14) days after the day the products reached them (or, for products delivered in instalments, the day after the last instalment arrived), must send the products back unused and in their original packaging; we take back only full boxes of the same tile, or single tiles priced at £10 or more each.

3.     Cancelling products made to order or altered

a.     Paragraphs 1 and 2 give no rights for any products, samples included, that:

i.     we have made, cut or otherwise altered at your request or to suit your particular requirements; or

ii.     have been cut or used, have had adhesive or other chemicals put on them, or have been fixed to a substrate (a wall or a floor, for example).

4.     Replacement products (damaged, defective or not as described)

a.     As well as your rights under paragraphs 1 and 2, we will repla""",
                      ("more than fourteen (14) days",)),

    "luxurerefinish": ("""top of page

Refund Policy

Refund Policy

This policy sets out plainly when a customer can receive a refund. It helps everyone know what to expect and cuts down on disagreements.

Our Refund and Exchange Policy: We want you to be pleased with what you buy. Because so many of our products are custom-tinted or specialty products, though, our policy is a strict one.

Items We Do Not Refund:

  • Tinted Paints: Every custom-tinted paint is final sale and can be neither returned nor exchanged. Please be certain of your color choice before you order.

  • Opened Products: We cannot take back products that have been opened or used.

Items We Refund (on conditions):

  • Unopened Products: Standard products (primers, clear coats and accessories, for example) that are unopened and unused can be returned within 30 days of the date you first bought them.

  • Damaged Products: If a product reaches you damaged, contact us straight away and send photos of the damaged item and of its packaging. We will look at the damage and, once we approve the claim, either replace the item or refund it.

  • Incorrect Products: If we sent you the wrong product, we pay for the return shipping and will send you the right item or give you a full refund.

How Returns Work: To start a return, contact our customer support team. You pay all return shipping costs unless the return is due to a mistake on our part. Every refund goes back to the original method of payment.

bottom of page""",
                       ()),

    "plumberswholesale": ("""Returns
Our Return Policy
Returns and Exchanges for 30 Days
For 30 days after your shipment is received, you may send back or exchange any product that is in its original condition and packaging and get a full refund, less the shipping charges and a restocking fee. Every returned product is charged a 25% restocking fee. Defective merchandise carries no restocking fee, so long as the defective product is exchanged for a replacement. (If the return comes from our error, we refund the original shipping cost.)
No product will be taken back more than 30 days after date of purchase. There are no exceptions: the manufacturer takes no returns after that date.
No Damaged Products
We cannot take back damaged merchandise unless the customer inspected it when it was first delivered or picked up and reported or claimed the damage within 48 hours of receipt. A customer who signs for a delivery without reporting any damage to the shipping company or to Plumbers Wholesale Supply in that time must file a claim with the shipping company to recover the cost of the damage.
How to Return
To return a product, phone our customer service department on (313) 537-5400 or email info@plumberswholesale.com.
Expect your refund, in the same form of payment you used for the purchase, within about 3-7 days of our receiving your return and inspecting the merchandise. Every return and exchange is credited less the restocking and shipping costs. (*Note: Plumbers Wholesale Supply does not pay return shipping costs on general returns.) If it has been more than 30 days and no credit has reached you, please call our customer service department on (313) 537-5400.
Return Requirements
- Include ALL the original packaging.
- The packaging must not be written on or defaced in any way.
- Send it back to the correct warehouse.
- We suggest repacking the product in a larger box so that it is not damaged in transit.
Wrong Product Recei""",
                          ("more than 30 days after date of purchase", "so long as the defective product is exchanged",
                           "file a claim with the shipping company", "written on or defaced", "correct warehouse")),

    "doorandwindowpart": ("""Your dependable source for every door and window hardware need!

Call Toll Free: 844-744-3667

Refund & Shipping Policy

Returns

Our refund period is 7 days. Once it has passed, we cannot give you a refund or an exchange. An item can come back only if it is unused and in the condition in which it reached you, and in its original packaging. Some kinds of goods cannot be returned: we take no returns of intimate or sanitary goods, hazardous materials, or flammable liquids or gases.

We need a receipt or other proof of purchase to complete your return. Please don't send what you bought back to the manufacturer.

Refunds (where they apply)

When your return has arrived and been inspected, we will email you to say that your returned item has reached us. We will also let you know whether your refund is approved or rejected. We keep the right to charge a restocking charge of up to 50 percent of your original order, tax and shipping charges not included. Shipping charges are not refunded. There is no refund on tax either, since we have already paid their shares to the localities and vendors concerned. The restocking charge covers the administration, labor and other costs of handling your return, and we charge it because our margins are kept very low so that we stay competitive.

If your refund is approved, we process it, and a credit is applied automatically to your credit card or original method of payment within a certain number of days.

The reasons below for returns are not accepted, and will be rejected.

"The part won't fit or does not look the same" If you are unsure about the size of any part of an item, please email us before you order.

"I found it cheaper somewhere else" We think this one explains itself.

"I changed my mind" We are sorry, but please be sure before you place your order.

"The co""",
                          ("back to the manufacturer", "restocking charge of up to 50 percent", "no refund on tax",
                           "for returns are not accepted", "the part won't fit", "found it cheaper somewhere else",
                           "i changed my mind")),

    "rolleaseparts": ("""Return Policy

Which Products Can Be Returned

Customers may send back most new, unopened items within 60 days of delivery for a refund. A kit can be refunded only if the whole kit comes back. Special order items, custom sales items, motorized items and cut to size items (chain cut to a given number of feet, or custom valances, for example) cannot be returned.

Customers pay every cost of a return, including any duties, taxes, and fees on international orders. A refund covers the cost of the products sent back. Shipping costs paid to BlindParts.com are not refunded, nor is any sales tax charged on them.

How Long a Refund Takes

Customers should expect the refund for an eligible returned item within four weeks of submitting the package to the return shipper, and often sooner. Those four weeks take in the time the shipper needs to bring your return to us (5 to 10 business days), the time we need to process your return once it arrives (3 to 5 business days), and the time your bank needs to process our refund request (5 to 10 business days).

If the item you received is not the item you ordered, or is defective, we will give you a return label for sending it back.

A Note on Color Differences

Because of what manufacturers offer and the volumes we sell, dye lots cannot be guaranteed to match across product lines. We do not accept returns because of variations in dye lot.

Exchanges

We do not handle exchanges. If you need a different item, return the eligible item you don't want and place a new order for the one you do.

Sending an Item Back

To return an eligible item, fill in the return form below and include it in the returning package with the item you are sending back.

Please don't email or fax the form.

Blinds USA – Return Form""",
                      ("duties, taxes, and fees", "within four weeks of submitting", "variations in dye lot",
                       "include it in the returning package")),

    "wallpaperoffersus": ("""At White And Silver Furniture Store (trading as WallpaperOffersUS), we want you to be fully happy with the wallpaper, home decor and car accessories you buy from us. If your order does not please you for any reason, our returns and exchanges process is simple.
Our Returns Policy
Most items can be sent back for a refund or an exchange within 15 days of your order reaching you, as long as they are:
- In their original condition and unused
- In their original packaging, with every tag still attached
- Sent with proof of purchase
Please note: some products, because of what they are, cannot be returned or exchanged:
- Custom wallpaper orders (among them Check Wallpaper, Collage Wallpaper, Damask Wallpaper, Floral Wallpaper and Geometric Wallpaper cut to particular sizes)
- Adhesive products that have been opened (from our Adhesives & Tapes category)
- Car care products that have been used (from our Car Care and Car Maintenance categories)
How to Return an Item
These simple steps take you through a return or an exchange:
Step 1: Get in Touch
Within 15 days of your order reaching you, email our customer service team at [email protected] with:
- Your order number
- The item or items you want to return or exchange
- Why you are returning them
- Whether you would like a refund or an exchange
Return Request Template
Subject: Return Request for Order #[Your Order Number]
Email Body:
Hello WallpaperOffersUS Team,
I would like a [refund/exchange] for my recent order #[Your Order Number].
Items I am returning: [names and quantities of the items]
Why I am returning them: [a short explanation]
What I would like: [Refund/Exchange for (name the product)]
Please tell me what to do next to send the item(s) back.
Kind regards,
[Your Full Name]
[Your Contact Number]
Step 2: Get Your Return Authorization
Within 2 business days we will email you:
- A Return Merchandise Authorization (RMA) number
- Instructions for shipping the return
- The return address of our warehouse in Wolverhampton, UK
Step 3: Pack and Send Your Return""",
                          ()),

    "hottubthings": ("""If the item(s) you ordered don't please you, we will gladly give you a refund within 30 days of your order reaching you (the delivery date the carrier reported).

Every returned item must be unused and fit to sell again (the packaging, casing and/or wrap included.

Every return is charged a 15% restocking fee (the refund goes back to the original form of payment).

The buyer pays all postage and shipping costs – keep a note of the tracking number in case the parcel goes missing or is delayed.

To start a return, email support@hottubthings.com and put your order number in the request.

Sale items

Only items bought at the regular price can be returned. Sale items cannot be returned.

Refunds

When your return has arrived and been inspected, we will email you to say that your returned item has reached us. We will also let you know whether your refund is approved or rejected.

If it is approved, we process your refund and a credit is applied automatically to your credit card or original method of payment – refunds are processed within 3-5 business days of the return package arriving.

Late or missing refunds

If your refund has not come after 5 business days, email support@hottubthings.com with your order number.

Have the carrier's name and the tracking number to hand.

Sale items

Only items bought at the regular price can be refunded. Sale items cannot be refunded.

Cancellation

We can cancel your order as long as the carrier has not yet collected it from our fulfillment warehouse. After collection we cannot redirect or cancel your order. Please send your request to support@hottubthings.com in good time.

Please note: if your request comes in before the carrier collects the order but our staff could not respond to your request until after pickup, we cannot cancel the order or make any special arrangements.

Once your order is rece""",
                     ("respond to your request until after pickup",)),

    "babproduct": ("""Refund Policy – Home Sheds

Refund Policy

Cancelling an order
Any order can be cancelled until it ships. If you have paid for your order and need to change or cancel it, you must contact us within 12 hours. Once packing and shipping have begun, the order can no longer be cancelled.

Returns/Exchange Policy
No returns or exchanges whatsoever, unless the product(s) have a defect and you let us know no later than 12 hours! So please be sure you are ordering the right item. Read the measurements given for the products that have them. If a product has none, email us!

Refund Policy
Your satisfaction matters most to us. So if you want a refund, you can ask for one.

Refunds are made to the original payment method.
A 30% restocking fee will apply to some returns.
If you use one of our pre-printed return shipping labels, you pay the return shipping costs of merchandise that is not defective.
If the product has not reached you within the guaranteed time (60 days, not counting 2-5 days of processing), you can ask for a refund or for the order to be sent again. If you received the wrong item, you can ask for a refund or for the right item to be shipped to you. If you don't want the product you received, you can ask for a refund, but you must send the item back at your own cost and it must be unused.

Please don't send anything back to us unless we have authorized it.""",
                   ("no later than 12 hours", "30% restocking fee will apply to some returns",
                    "pre-printed return shipping labels", "within the guaranteed time")),

    "ritewayonline": ("""Last updated 1 February 2019
----
HOW LONG
Without prejudice, and subject to everything else in this policy, we will consider refunds (where they apply) only within 30 days of the date of purchase.
CONDITION
An item can be returned only if it is unused and in the condition in which you received it. It must also come in its original packaging.
Custom products, products bought on sale and clearance items cannot be returned for a refund.
PROOF OF PURCHASE NEEDED
We need a receipt or other proof of purchase to complete your return.
EXCEPTIONS
In some circumstances we may consider partial refunds even where the conditions above are not met, for example:
* An item that is not in its original condition, or is damaged or has parts missing, for reasons that are not our mistake.
* An item that is returned more than 30 days after delivery
Refunds of this kind are always at the sole discretion of the branch where you collected your products.
REFUNDS (WHERE THEY APPLY)
Every item to be refunded must be returned to the store from which it was bought, within thirty days of purchase and in the condition described above.
When your return has arrived and been inspected, we will email you to say that your returned item has reached us.
We will also let you know whether your refund is approved or rejected. If it is approved, it is refunded by the same payment method you originally used.
We are sorry that we cannot give on the spot refunds.
LATE OR MISSING REFUNDS (WHERE THEY APPLY)
If your refund has not arrived, first look at your bank account again, then contact your credit card company: it can take a while before a refund is officially posted.
Then contact your bank. There is often a processing period before a refund is posted. Refunds made through the PayPal platform can also take a while to show in your account. We are glad to give you the details of the transaction so that you can take this up with tha""",
                      ("we may consider partial refunds", "more than 30 days after delivery", "sole discretion of the branch",
                       "returned to the store from which", "on the spot refunds")),

    "bunker": ("""RETURN AND REFUND POLICY:
Our stores will take back goods bought from us on these conditions:
- The goods come back within a reasonable time (and in any case within 14 days at most); and
- The goods come back in the original condition in which you received them. Our refund policy does not cover goods that have been worn or used, damaged after delivery, or that anyone has tried to alter, or that have been dropped or broken
If goods reach you damaged or unusable, please tell the store you bought them from as soon as you can (within the 14 days).
Please note:
- A 10% restocking fee is taken off the refund for every returned item, and
- The customer pays the cost of delivering any returned goods to our stores.
Please keep your proof of purchase, such as the payment confirmation or the receipt, or the refund may be refused. You are refunded by the same method you paid with.
We will try to replace the goods for you, or refund your purchase where a replacement is not practicable. However, the store does not have to give a refund or a replacement if the customer changes their mind.
We are sorry, but we cannot give a refund or exchange for these items:
- Custom made/special order products,
- Any product cut to size at your request.
Timber is a natural product with natural blemishes and knots, so we will not give refunds for timber quality unless the timber has moved significantly or is damaged""",
               ("if the customer changes their mind", "refunds for timber quality")),

    "ctpowertools": ("""Return Policy

Home/Return Policy

If your package is returned, refused, or sent back to us for whatever reason, you pay for its return delivery AND a re-stocking/return fee of twenty five (25) percent. We accept returns for up to seven days from the day you receive the goods. No shipping fees are refunded.

The buyer makes all the arrangements for a return. Freight has to be prepaid and must include prepaid lift gate service to CT Power Tools. Please make sure your return shipment is insured with the freight carrier for enough to cover any damage or loss. COD returns cannot be accepted.

We keep the right to charge a 10% cancellation fee on any order.

Every returned shipment must be authorized by CT Power Tools before it is sent back. Each one must be clearly marked with our return authorization number. Every return must reach the CT Power Tools returned goods facility in "Resalable Condition", which means new, unused and in its original packaging, with the Universal Product Code (UPC), the manuals and the parts. Returned goods that do not meet these requirements may be charged additional restocking fees, and their credit may be reduced or refused. Original shipping and handling charges are not refunded.

Credit for accepted returns is processed within ten (10) days of receipt.""",
                     ("prepaid lift gate service", "cod returns cannot be accepted", "10% cancellation fee",
                      "clearly marked with our return authorization number", "additional restocking fees")),

    "1800cabinets": ("""When your order arrives, check every item for damage before you assemble or install anything. We will refuse refund requests for products that have already been assembled or installed.

Customers must ask for return authorization in one of two ways: by logging into the 1800cabinets.com account they ordered with and following the return instructions on the site, or, if they checked out as a guest, by opening their order information and following the same steps.

Every return must be started, and must reach 1800cabinets.com, within 30 days of the products' delivery.

Returned merchandise must still be in its original, unopened packaging.

Once an order has shipped, every returned item carries a 20% restocking charge.

These cannot be returned or refunded:

- Pre-assembled cabinets

- Trim, decorative elements and accessories (trim pieces, rollout trays, moulding, toe kicks, plywood panels and so on)

- Final sale items – please note that stain colors can differ from one piece to the next

Customers pay all return shipping costs and must arrange the return shipment themselves.

After inspection, 1800cabinets.com may refuse returns of products that are not in resellable condition. Merchandise judged unsellable will not be refunded.

Refunds (less any fees and costs that apply) are issued within 30 days of our receiving and inspecting the returned items.

Where an order originally qualified for free shipping, the refund is reduced by the shipping charges 1800cabinets.com actually paid.""",
                     ("originally qualified for free shipping",)),
}
