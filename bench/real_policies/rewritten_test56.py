"""The test56 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "uniformessentials": ("""Uniform Essentials offers a wide range of uniforms and workwear, which we source straight from our suppliers as customers order them. We keep no conventional stock, and our warehouse is set up for embroidery and printing machines. Working this way keeps our warehousing costs low, so our prices stay competitive. Because of this, returns and exchanges carry service fees: they are not built into our normal prices.
Return & Exchange Procedures
1. Ask for Return Authorization
Before you start a return, email our team with your order number and a full explanation of why you are returning it. We must authorize the return before any item is sent back.
2. Restocking Fees
Every returned item is charged a restocking fee of $15 + GST per brand.
If you return several items or several brands, or if garments come back not in their original condition (so that we must repackage, fold or relabel them), extra charges may apply.
3. Freight Charges
We also charge a freight fee of $15 per brand, which pays for sending the items back to our suppliers. We need this fee to cover the logistics of returning goods to the manufacturers.
4. Conditions for Apparel Returns
You must start a return within 7 days of receiving your order.
Items have to come back in their original, unused condition, with every tag attached and the packaging intact. We refuse returns that do not meet these conditions.
5. Documents Required
Put a copy of the original invoice in with your return, and tell us whether you want an exchange or a refund.
Please be aware that we do not refund freight charges, and all return shipping costs are paid by the customer.
Items That Cannot Be Returned or Exchanged
Garments that have been embroidered or printed.
Items sent straight to third-party service providers (for embroidery or printing, for example).
Items sent back more than 7 days after they were received.
Discontinued items are not eligib""",
                          ("extra charges may apply", "freight fee of $15 per brand")),

    "shieldsafe": ("""Return Policy
At Shield Safe, our quality control and quality assurance teams check every item carefully before it ships, so the quality of our products is guaranteed. Please take time to check your size before you buy, using the size tables on the product page.
If you aren't happy with the items you receive, an exchange or a refund is easy to arrange. We're glad to help! If anything is wrong with your order, please get in touch at info@shieldsafe.net.
How to Reach Us
Email us at info@shieldsafe.net with a full description of the problem, including why you are returning the item and your order number. If the item you received is defective, incorrect or not as described, please send a clear photo or video of it so we can sort out the problem.
Our Solutions
Shield Safe's Responsibility:
Please check your order when it arrives and contact us straight away if an item is defective, damaged or incorrect. We take responsibility for these problems, and you can send the item back to our warehouse for a refund or an exchange.
As soon as the item reaches us, we will refund the full price of the product and any shipping costs, or send you a replacement at no extra charge. This applies only where the shipping error is Shield Safe's fault.
Customer's Responsibility:
-
Wrong Order (Item Size): If you ordered the wrong size or product, we can arrange a return. In that case:
-
To exchange your boots for another style or size, add a note giving the new style code or size, together with your original order number or the name on the credit card you paid with. Customers pay the shipping costs of sending items back to us, and also pay to ship the replacement boots.
-
Note: Items can be returned only within 15 days of delivery. Once we have agreed to a return, please send the item to us within 7 working days. We do not accept""",
                   ("also pay to ship the replacement boots", "only where the shipping error is shield safe's fault")),

    "glovesafe": ("""Return & Refund Policy
Returns & Refund Policy
We accept a return when:
- The items are unused, unworn and in their original packaging.
- You ask for the return within 14 days of delivery.
- You provide proof of purchase.
Items That Cannot Be Returned: these are final sale, with no return or refund:
- Custom orders.
- Items marked "Final Sale".
- Items that show signs of use or wear not caused by damage in shipping.
Starting a Return: To start a return, write to support@glove-safe.com with your order number, the item(s) you want to return and your reason for returning them. We will send return instructions once the return is approved.
Return Shipping: The customer pays for return shipping unless the item is defective or incorrect. We do not refund shipping costs.
Damaged or Incorrect Items: Please check your order when it arrives. If an item is damaged, defective or incorrect, contact us within 14 days of delivery and send photos, and we will replace it or refund you.
Refund Processing: Approved refunds go back to the original payment method within 5–10 business days of our receiving and inspecting the returned item.
NOTE: After GloveSafe sends the refund, your bank may take extra time to process it.
This page was last updated on February 26, 2026.""",
                  ()),

    "safetygearonline": ("""About Us
Returns & Exchanges

Returns & Exchanges

We will not accept any returned merchandise that has not been authorized beforehand. Return claims have to be made within 5 days of your receiving the order. The customer pays the cost of return shipping. Where an order was placed under a "Free Shipping Promotion" and the customer asks for an exchange, the customer pays the shipping of each exchange sent "back to the customer" by SafetyGear Online. Only defective items, or items the customer ordered in the wrong size, can be returned. We won't give credit for garments that are dirty, soiled or worn. We inspect returns before we issue credit. Once SafetyGear Corporation has received and processed your return, your card will be credited, usually within 7-10 business days after you ship the item back to SafetyGear Corporation. We credit your card for the price of the product(s) and any taxes, but not for shipping costs. Card companies take different lengths of time to show a credit on their customers' accounts, so please allow one or two billing cycles for the refund to reach your statement. SafetyGear Corporation may deduct a restocking fee of up to 20% of the returned item(s)' retail price. Customized items CANNOT BE REFUNDED. Close-Out items CANNOT BE REFUNDED - WE ACCEPT NO RETURNS of them - every Close-Out sale is FINAL. To get authorization before you return anything, contact Customer Service by phone on (800) 429-0954 or by email at [email protected]. Customer Service is open Monday to Friday, 8:30 AM to 5:00 PM MST.""",
                         ("under a \"free shipping promotion\"", "only defective items, or items the customer ordered in the wrong size")),

    "hivisclothing": ("""At HiVis Clothing, what matters most to us is that you are satisfied. If you are not happy with your purchase for any reason, please get in touch with our customer service team straight away. You can contact us through:

Our team will work to fix any problem and make sure you are fully happy with your order. We value your custom and want to give you an excellent experience. Please get in touch so we can put things right!

Time Limit

Please be aware that our replacement/refund policy has a time limit of 30 days. Once 30 days have passed since the date of purchase, we cannot give you a replacement or a refund.

Eligibility

When you buy from us, it is important that you understand and accept these terms:

Because our products are customized, we cannot give replacements or refunds unless the product you receive has a significant flaw, for example:

  • It is considerably different from the description or preview you saw when you bought it.
  • It was damaged by our production process or by the carrier.
  • It is not the product you bought.

Please be aware that for any case not listed above, we offer only a partial refund, which leaves out the shipping fee.

NOTE:

Products bought during a sale or promotion cannot be refunded or exchanged.

As a rule we do not accept refunds or replacements because of a customer's own mistake, such as choosing the wrong size, design or colour. So please check your order carefully before you check out to make sure it is right. Please be aware that the item you receive may differ by up to 10% from the advertised images. The colours in advertised images may look slightly different from the actual item because of the lighting in the photo shoot or your screen's display. Small differences like these do not affect the product's quality.

If your item is significantly different from the product description, contact customer service and we will work out a solution you are happy with. Small variations are normal – let us""",
                      ("we offer only a partial refund", "because of a customer's own mistake")),

    "thefrontline": ("""Our exchange policy lasts 30 days and covers every item except Team/Custom orders. You have 30 days from receiving your item to ask for an exchange. Customer accounts: ask for your return/exchange here.
We don't exchange customized items or items ordered for a unit.
We do NOT accept order cancellations.
Damage and problems
Please check your items for defects and problems within 3 days of delivery. You must tell us about every defect or problem by email within those 3 days, giving your order number and pictures of the problem. Once the goods have been in your hands for longer, or have been washed or worn, we cannot make exceptions.
Exchanges
To qualify for an exchange, your item has to be in the condition you received it in, unworn or unused, and in its original packaging. You will also need the receipt or proof of purchase. The item you send back has to meet every return guideline listed above.
Send your return item back. Make sure the original packing receipt is in the package, along with your name and contact details, and tell us what you want in exchange. Please allow up to 5 business days for us to process your exchange after it reaches us.
Since we always ship orders over $150 to you free, we don't offer free return shipping. If you can, reuse the mailer bag your order came in. You may send your order back with any carrier you like.
Scrubs Returns
To qualify for a return, your scrubs have to be in the condition you received them in, unworn or unused, and in their original packaging. You will also need the receipt or proof of purchase. The item you send back has to meet every return guideline listed above. We don't accept returns of items that have been customized in any way. We don't pay the shipping cost of sending items back to us. For an exchange, we pay the shipping cost of sending the exchanged items back to you.
Once we have verifi""",
                     ("once the goods have been in your hands for longer", "up to 5 business days for us to process your exchange",
                      "we pay the shipping cost of sending the exchanged items back to you")),

    "nchefwear": ("""• Free shipping on every order — plus 10% OFF! FEZQUJ85

    Refund Policy


    Order Processing & Cancellation

    Each order at nchefwear.com is inspected thoroughly to make sure it meets the high standards culinary professionals expect. Because chef apparel is made by a specialized process, an order usually takes 3-5 business days to process, or 5-7 business days in busy seasons—much longer than at ordinary retailers. We accept cancellations only within 24 hours of purchase, by writing to [email protected]. After that, your order goes into our specialized production cycle and cannot be cancelled, although our generous return window gives busy professional chefs plenty of flexibility.


    Returns & Exchanges

    We guarantee that our professional chef wear is durable and performs well. You can return unworn items with their original tags intact within 21 days of delivery—longer than ordinary retail policies, to suit the unpredictable hours of culinary professionals. For exchanges, you have 30 days from the delivery date, to allow for the international shipping delays common with our specialized fabrics. Start a return on www.nchefwear.com and choose the exchange option you prefer. Please be aware: custom-sized items and products marked "Final Sale" cannot be returned, so that our made-to-order quality standards are kept.


    Return Conditions

    To keep our professional standards, every return must: (1) show no sign at all of wear, kitchen stains or odours (2) come with all its original packaging, including the protective garment bags (3) have its security tags and labels intact. Our quality team inspects each return thoroughly when it arrives, looking at fabric integrity, stitching quality and hygiene standards. Any item that fails inspection will be sent back to you at your cost within 14 business days, together with a detailed inspection report setting out the specifi""",
                  ("for exchanges, you have 30 days from the delivery date", "any item that fails inspection will be sent back to you")),

    "pauljwelds": ("""Return Policy
We will take an exchange or return of goods you received for a full refund if it is postmarked within fourteen (14) days of arrival, as long as the item comes back in substantially the same condition as it was originally.
If we find that the item is being returned because of our own mistake (the item is defective and/or incorrect), we will pay the whole return shipping cost. Otherwise the customer pays the whole cost of return shipping.
Return Process
To return an item, please print the return form below, fill it in completely, and put it in the parcel.
Please check that everything you enter, including the address, is correct, because we cannot change it.
NOTE: We cannot process your request if the return form is incomplete or missing from the parcel.
PLEASE DON'T SEND US YOUR RETURN FORM BY EMAIL: print it, fill it in, and put it in the package with the returned item.
Every item returned to us will be inspected thoroughly.
Refunds
Once we have inspected a returned item, we will process the exchange or refund you asked for. Refunds are paid to your original payment method. Please allow at least two weeks for us to process the item's receipt. Depending on your bank, a refund may take up to two billing cycles to arrive.
Questions
If you have any questions or worries about the process, you are welcome to email us at pauljacob@pauljwelds.com""",
                   ("if the return form is incomplete or missing", "don't send us your return form by email")),

    "armysurplusworld": ("""Army Surplus World

There is nothing in your shopping cart.

Subtotal: $0.00

Returns and Exchanges

To get credit or a replacement for a refundable item, you must return it within 30 days of the date it shipped. Everything returned has to be in its original "NEW" condition and come with its packaging (for example the warranty information, instructions, box, etc...). We may charge a restocking fee. We do not take returns of large-quantity orders, special orders or orders shipped straight from the manufacturer.

Custom orders made to your specifications cannot be returned for an exchange or credit (for example Name Tapes, Class A Name Tags, Embroidered Duffle Bags and Dog Tags). We take no returns of used clothing, surplus items, mre's, tents, cots, costumes, ammo boxes, netting, undergarments, swimwear, or items the customer asked us to embroider and/or sew.

We do not refund what you paid to have the item shipped to you, nor what you pay to send it back to us. Most returns are credited within 2-4 business days of our receiving them. To exchange an item, please place a new order for it and say in the special notes that it is an exchange. We will try to discount the shipping on these orders and take off as much of the handling fees as we can. This is done after the order is placed. You won't see the credit at checkout, but where it applies you will see the credit against your shipping charges in a follow-up email. This saves time and gets the replacement item to you as fast as possible. We don't keep enough card details on file to make a new charge; we keep only enough to credit returned merchandise. Placing a new order gives the exchange its own order number. Again, if you need another size or item, please place a new order for it. Replacements are not processed until a new order has been placed online.

Note: We may choose to replace, repair, or refund your mon""",
                         ("we may charge a restocking fee", "try to discount the shipping on these orders")),

    "safetygearpro": ("""RETURN POLICY 2018-04-19T14:44:10+00:00

STANDARD BRANDS RETURN POLICY | SAFETYGEARPRO.COM

At SafetyGearPro.com we do everything we can to make sure your frames and lenses are exactly as you want them. Our experts check your prescription eyeglasses for quality and accuracy before they ship. Your finished eyeglasses are shipped securely in a hard case, surrounded by shock-absorbing padding.

Still, if you are not happy with the finished product, if it falls short of your standards, if you change your mind, or if you find something better, we give you a single chance to have it replaced or to ask for a refund. We replace or refund on the conditions set out below.

 Returning Non-Prescription Eyeglasses:

If you buy a SafetyGearPro frame without lenses, or any non-prescription stock item, you can return it within 30 days of receiving it (no questions asked) for a refund, minus the shipping costs and a restocking fee. Returned products must have an RMA number attached and be in their original packaging and condition. Every refund can take up to 10 Business days to show in your account.

We do not accept any return that has no RMA number. To get an RMA number, please contact our customer service team, who will be glad to help you.

Standard Brands include, among others:

  • Global Vision
  • Titmus
  • 3M
  • OnGuard
  • Uvex
  • Radians
  • Hudson Opticals
Returning Prescription Eyeglasses:

Every prescription lens is a special order, so none can be refunded. Still, we know that sometimes you may want a different frame even though the prescription lenses are perfect. If you want to exchange your prescription glasses for a new pair within 30 days of receiving them, we will put 50% of what you paid for the glasses (shipping costs not included) towards a new pair. Please follo""",
                      ("a single chance to have it replaced", "frame without lenses, or any non-prescription stock item",
                       "be in their original packaging and condition", "every prescription lens is a special order", "we will put 50% of what you paid")),

    "toolbelts": ("""RETURN POLICY
Please send your return to:
Diamondback Returns
1725 Broadway St
Charlottesville VA 22902
What is your return policy?
If you live in the contiguous United States, returns are free when you take store credit for them.
Discontinued, Used, Factory Second and Clearance items, and Gift Cards, cannot be returned or exchanged. Those sales are final.
If you return an item for a refund to your original payment method, you pay all the shipping charges.
For every item that isn't apparel or swag (tool belts, vests, pouches, accessories and systems), our return and exchange policy runs 30 days with no questions asked. The items must reach us within 30 days of the date the order was placed.
Apparel and swag items bought directly from Toolbelts.com have to be unworn, unwashed and unaltered, and must reach us within 30 days of the date the order was placed. Please allow for the time the carrier takes to bring your item(s) to our warehouse in Charlottesville, VA.
Please be aware that Gift Cards, discounted items and items marked "All sales are final - No returns" are FINAL SALE, and cannot be returned or exchanged.
To start your return, please go to our Returns Portal.
What if I live outside the contiguous United States?
If you live outside the contiguous United States (e.g., Alaska, Hawaii, Puerto Rico, APO/FPO or other U.S. territories), you can return items. Returns have to reach our warehouse within 30 days of the date of the order, or we will not accept them.
We do not offer free return shipping to customers outside the contiguous United States.
What about refunds?
If your return reaches us within 30 days of the order date, you can have a refund, less any original shipping charges. You may choose to have the refund paid to your original payment method or as Toolbelts.com store credit.
For the refund to go to your original payment method, the it""",
                  ("if you live in the contiguous united states", "for a refund to your original payment method, you pay",
                   "apparel and swag items", "if you live outside the contiguous united states")),

    "rainponchos": ("""We are proud of every Rain Ponchos Plus product, but if your online purchase doesn't satisfy you, we will gladly help you return or exchange Rain Ponchos Plus products that are unworn, unwashed or defective for up to 30 days from the date they shipped. Refunds for goods returned within that time are credited in the same form as your original payment. Goods must come back with all their original inner packing materials, boxes and containers, with the tags attached (where there are any), and with the packing slip or invoice. We are sorry, but pierced jewelry, undergarments, lingerie, fragrances, lotions and items marked "final sale" on the website, the tag or the invoice cannot be returned. We do not refund original shipping charges.
-
Refunds cover the product price only.
-
We do not refund shipping fees.
-
Personalized items cannot be refunded.
-
Emergency Rain Ponchos cannot be refunded.
-
Sale items cannot be refunded.
RETURN AND EXCHANGE INFORMATION
STEP 1: |
|
Go to our Online Returns Center under "Exchanges and Returns" and print the form.
Call 800-658-1008 for a Return Authorization number and a return shipping label. For Exchanges please note: we charge you for the replacement goods, and refund you for the goods you return (less shipping) once we have received and processed them. We are sorry, but we cannot waive return shipping fees. |
|
|
|
|
STEP 2: |
|
Print the Return Authorization Form and Prepare your Shipping Label.
Put your Return Authorization form in the return package with the item(s) you are sending back. You may send it using your own traceable shipping method (USPS, UPS, FedEx, etc.). We strongly advise you to insure your package, since Rain Ponchos Plus is not responsible for returns we do not receive or that are damaged in transit. |
|
|
|
|
STEP 3: |
|
Pack the items securely with their original inner packing materials, boxes or container. Secure
the shipping """,
                    ("we charge you for the replacement goods", "not responsible for returns we do not receive")),
}
