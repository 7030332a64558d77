"""The test36 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "carlinoguitars": ("""POLICIES

Purchase/Exchange Policy

Anything bought in the store can be exchanged for merchandise credit only, within 7 days of the date of purchase. We give no cash or card refunds on purchases: store credit is the only thing we offer, so please think your choice over before you buy. Items we don't normally stock must be paid in full when ordered and, being custom orders, cannot be returned for any reason.

Shipping Policy

Any shipping damages must be reported to us IMMEDIATELY, the moment you open the box, so that we can claim from the carrier for insurance. We cannot take responsibility for shipping damage that is reported hours after delivery rather than at the time the item arrives; after hours too much could have happened outside our control, and such a return will be refused.

Guitar Lesson Policy

Lessons are paid in advance in blocks of (4), half-hour or full-hour, and once paid they can only be refunded in merchandise for same value as store credit. If you need to cancel a lesson, you must do so 8 hours in advance of the lesson to keep it; with less notice, unless agreed beforehand with someone at the store or by email, the lesson is forfeited.

Repair Policy

Any item that seems to have functional problems must be dealt with manufacture warranty, unless it is a guitar repair we can do in the store. Amplifier repairs go through warranty service only; we do not replace or repair amplifiers or effects. Updated Jan 12, 2021.

Covid-19 Policy

Manufacturing delays are happening at the moment because of Covid-19. Anything we custom make for you, such as laser engraving, wood carving, signs, custom guitar straps and picks, is final sale and cannot be returned because it is custom made. That includes guitar straps made with special feat""",
     ("shipping damages must be reported", "refunded in merchandise for same value",
      "8 hours in advance of the lesson", "dealt with manufacture warranty")),

    "usedpiano": ("""Online Store

This policy covers purchases made online at Used Piano only. If a product or instrument is not sent back as this Returns, Exchange and Refund policy sets out, Used Piano does not have to accept its return, exchange or refund. Used Piano keeps the final say on approving every return, exchange and refund.

Faulty or Damaged Product/Instrument

  1. Used Piano Store hopes every customer is happy with what they buy. Every product and instrument is carefully quality-checked before it leaves our warehouse, but now and then one may have a hidden manufacturer fault or be damaged on the way to you.
  2. A product/instrument counts as faulty when:
  3. it is defective when the product/instrument is tested
  4. it was damaged in transit
  5. the manufacturer advises that it should be returned
  6. The customer must fill in the Online Return Form and send the product/instrument back within 7 days of delivery, together with the original invoice and/or receipt. Without the original invoice the return will take longer.
  7. If the return has not been started and the Online Return Form has not reached us within 7 days of delivery, the product/instrument can no longer be returned or exchanged and only the manufacturer's or Used Piano's warranty, if any, applies.
  8. Every returned product/instrument goes through a quality check to make sure it is in its original condition, and is assessed and repaired where needed. Original condition means no visible scratches, no visible use and no visible damage.
  9. If the Used Piano Service Technician finds the product/instrument faulty because it was misused or mishandled, the customer will be liable to pay any repair costs, including the pick""",
     ("liable to pay any repair costs",)),

    "reveriedrums": ("""Returns and Exchanges
Our drums are custom-made, so they cannot be returned. Even so, we may be able to help in some cases. Get in touch with Tim with any question and to have a return approved. You must have approval before you send anything back, or you may not get a refund. Once your return has been approved, please follow these steps:
1) The item must come back in the same condition it was sent to you, that is, undamaged.
2) Pack the item the same way it was shipped to you, with lots of padding, so it isn't damaged on the way.
3) Insure the item for its full value.
We issue no refund until the item has reached our shop and we have inspected it for damage.
The original shipping and handling fees are not refunded. Any credit card fees will be subtracted from the refund, and so will a 20% restock fee. If the item is damaged and needs repair, or we have to sell it as 'B' stock, you may be charged damage fees beyond the 20% restock fee.
The customer pays for return shipping.
For a possible return to be accepted, you must contact us about any concern within 30 days of shipment.
For Stack Ring accessories, we must be contacted within 2 weeks. They are made from recycled cymbals and are fragile, so handle them with care; we do all we can to make them safe, but they are not suitable for young children. Stack Ring Percussion and Reverie Drums are not responsible for how our products are used by buyers.""",
     ("credit card fees will be subtracted", "damage fees beyond the 20% restock fee", "contacted within 2 weeks")),

    "mapleandstrings": ("""SALES, SHIPPING, RETURN, AND REFUND POLICY
Refunds & Returns
Maple + Strings does not offer refunds. We do offer an exchange when you bought the wrong version of an item (for example a violin of the wrong size).
You pay all the shipping costs.

If your goods arrive damaged, you have 14 days from receiving the order to tell us. You pay for shipping to send the product back to us. Once our technician has inspected it and found it damaged, we send you a new product and credit you the return shipping you paid. If we find the product of an acceptable standard and not damaged, we send it back to you, charging you the shipping fee for that, and we do not credit the shipping you paid to send it to us.

We only take back products bought from www.mapleandstrings.com.

The item has to be unused and in its original condition.
Shipping
Local pick-up is free of shipping charges. Shipping to nearby cities is a flat $25.00; further cities vary.
Sales
Every sale of undamaged goods is FINAL SALE unless an exchange is asked for. Maple + Strings decides which items can be exchanged.
Warranty

Every violin carries a 1 year warranty, which does not cover the strings, bow, case or accessories, nor accidental damage or damage to a violin caused by using a less suitable case.""",
     ("does not offer refunds", "charging you the shipping fee")),

    "vinylcom": ("""Refund Policy
Your satisfaction with all Vinyl.com merchandise is guaranteed. If what you get from Vinyl.com is damaged, defective or the wrong item, you may send it back within 30 days of delivery. Once the item(s) reach us and we have verified the return, we send you a replacement or give you a full refund for the item.
Please order with care on Vinyl.com. Once you have ordered, you are committed to the purchase unless you have a good reason to cancel. You are entitled to a refund if the item you bought is not of acceptable quality or does not match the description.
Returns Procedure:
To arrange a return of your goods, please follow these steps:
- Email us at support@vinyl.example to say you intend to return the goods, giving your order number, the item(s) you want to return and the reason why.
- Someone from our Customer Service Team will reply with instructions for returning the item(s).
- If you can, pack the item(s) in their original packaging.
Most common issues
- Scratches or scuffs that make the needle skip
- A lot of noise, whooshes or pops
- Heavy warping
- Locked grooves that stop the needle moving past a certain point
- Cracked vinyl
- Split seams (on jackets or inner sleeves)
- Dinged or bent corners
- Other print defects and flaws
European Union and United Kingdom 14 day cooling off period
Whatever is written above, if your merchandise ships to the European Union or the United Kingdom, you may cancel or return your order within 14 days, for any reason and without giving a justification.
For such a return your item has to be in the condition you received it, unworn or unused, with tags, and in its original packaging, and you will need the receipt or proof of purchase.
Please note that items such as CDs, vinyl records or DVDs don't have a cooling-off period once you break the sea""",
     ("within 14 days, for any reason", "unworn or unused, with tags", "don't have a cooling-off period")),

    "djtechtools": ("""EVERY RETURN NEEDS A RETURN AUTHORIZATION FORM
A Return Authorization Form has to be filled out and put in with the item(s) you return. To get the form, open a support ticket on our website's online support form (djtechtools.example/support) or call us on weekday afternoons. Returns sent without authorization first will be refused, and in that case we will not pay for the item to be shipped back to you.
We ship the replacement only after we receive the returned item.
DOMESTIC RETURNS OF DAMAGED OR DEFECTIVE PRODUCTS
You have 15 days from receiving your order to make a claim with us for damage or defects. When the item reaches us we inspect it. If we find it defective, we offer a replacement or a refund. If we find the gear was damaged by improper use or an accident, no refund is possible and the item comes back to you at your cost. On domestic orders we pay all the shipping costs in this case. Please send your items back with a mail service that gives delivery confirmation (tracking), and keep all the original packaging. If we find the item is NOT defective, we send it back at your cost; if you still want to return it, we charge a $50.00 restocking fee on top of all shipping costs (for items in working condition).
INTERNATIONAL RETURNS OF DAMAGED OR DEFECTIVE PRODUCTS
If you get a defective or broken product you have 15 days to tell us. Once our Return Authorization Form has reached you, you can send the item back. We will reimburse you up to $75 for the return shipping to us. Send it with a service that gives delivery confirmation.
If we find the item is NOT defective, or was damaged by improper use or an accident, no refund is possible and the item comes back to you at your cost. If you still want to return it, a $50.00 restocking fee is charged on top of all shipping costs (for items in working condition).
GENERAL RETURNS
I""",
     ("will not pay for the item to be shipped back", "only after we receive the returned item",
      "damaged by improper use", "$50.00 restocking fee", "reimburse you up to $75")),

    "headphonesshop": ("""Refund and Returns Policy for HeadphonesShop
Effective Date: January 14, 2025
HeadphonesShop wants you to be completely happy with what you buy. If for any reason you are not, our refund and return policy covers you. Please read these details carefully to know your rights and how to return or exchange an item.
1. Return Eligibility
For a return or refund to be possible:
- The item has to be new and unused, with all its original packaging, tags and accessories.
- The return has to be started within 30 days of the delivery date.
- Customized or personalized products and sale items cannot be returned unless they are defective.
2. How to Return an Item
To return a product, follow these steps:
- Contact Us: email our customer support team at info@headphonesshop.example or call us to start the return. Give us your order number and the reason for the return.
- Return Authorization: our customer service team will send you a Return Authorization (RA) number and instructions for sending the product back.
- Pack and Ship: pack the item securely in its original packaging, with every part, accessory and manual included. You pay the return shipping unless the product is defective; then we pay it.
3. Refunds
When the returned product has reached us and been inspected, we process your refund. Refunds go back to the original payment method, and you will be notified once the refund has been processed.
- Processing Time: a refund usually takes 5-7 business days to show in your account, depending on your bank or payment provider.
- Non-refundable Fees: shipping costs are not refunded unless the item is defective or we made a mistake with your order.
4. Exchanges
To exchange a product for another size, color or model, go through the return process to send back the origi""",
     ()),

    "microphonestore": ("""I. Scope of Application
This Return and Refund Policy covers every product sold on the Microphone-Store website, among them professional wireless microphones, wireless conference systems, portable audio systems and other consumer electronics. It applies to all individual customers (in the U.S., the EU, Asia-Pacific and elsewhere) and institutional customers around the world, and it is written to meet the consumer protection laws of our main markets on return periods and warranties, so that our service is open and of a high standard.
II. Return Conditions & Timeframe
1. Return Period: you may ask for a return within 30 days of the day you received the product. Later returns are not accepted (unless the law requires it or the product has a defect covered by warranty).
2. Product Condition: returned items have to be unused and in their original condition: the complete product, undamaged, in its original packaging, with all accessories, manuals and warranty cards. If you have an invoice or proof of purchase, please send it to speed things up;
3. Non-Compliant Returns: if the item does not meet these requirements (for instance it was used, is damaged, or has parts missing through no fault of ours), we may refuse the return or issue only a partial refund.
III. Return Process
1. Request Authorization: within the return period, email us at support@microphone-store.example with your order number and the reason for the return to get a Return Merchandise Authorization (RMA). Note: returns sent without authorization will be refused and sent back at the customer's expense.
2. Receive Instructions: once your request is approved, we email you detailed return instructions and your RMA number.
3. Ship the Item: pack the product in its original packaging with all accessories, manuals and materials, and send it to the address given in your RMA instructions. For items worth ov""",
     ("issue only a partial refund",)),

    "stevesmusiccenter": ("""Steve's Return Policy
If returns worry you, it's best to email me before you buy. I don't accept returns of harmonicas, of merchandise that comes with a factory seal (most guitar pickups included), or of most products that use a tape (tape echo machines included). Please note that my rules for returns for store credit differ from those for returns for a refund, and note my rule for special orders as well.
Most effects pedals (not all) come in the manufacturer's box, which I usually put inside a second shipping box. If you write on the manufacturer's box or put glue or tape on it, you will be charged an additional restocking fee over and above any fee described below. If you have questions about this, please ask BEFORE you pack the pedal up to return or exchange it.
Return for Store Credit:
To get store credit for a return, the customer must notify me within 48 hours that he or she means to return the merchandise. The customer must hand the merchandise to UPS, Federal Express, Airborne Express or the U.S. Postal Service within 2 business days of notification and give me a tracking number. The customer must package and insure every returned item properly. Inner boxes must come back unmarked and undamaged. When the merchandise reaches my store I will inspect it to check that it has all its original packing materials and paperwork. If the return is in new condition, I credit the customer with the cost of the merchandise, less my cost of shipping the item to you in the first place. If shipping was included in the price, the credit is the selling price less the real cost of shipping. For items that contain tubes, the store credit is reduced by 10%. I will not place special orders or advance orders to accommodate customers with store credit. If there is a waiting list for an item, a customer with store credit will n""",
     ("additional restocking fee", "notify me within 48 hours", "within 2 business days of notification",
      "less my cost of shipping", "reduced by 10%", "not place special orders or advance orders")),

    "ukuleleworld": ("""Home :: Returns Refunds

Returns Refunds

For questions, problems or trouble with any order, put the ORDER ID number in your email to roy@ukuleleworld.example. Our hours are irregular, so we are hard to reach by telephone.

We never mean to treat you unfairly. Sometimes things go wrong, and sometimes there are misunderstandings. Please stick to the facts of your problem and we will try, objectively, to put it right to your satisfaction. There is no need for threats or name-calling, as some upset people have done; when that happens we are unlikely to be very helpful.

UkuleleWorld is much more an overgrown hobby than a business, and we want it to be fun for our customers and for us. RETURNS
You pay all return shipping charges. We have no prepaid return tags.

Every return needs a Return Authorization (RMA) Number. Email roy@ukuleleworld.example to get one before you send anything.

Returns on orders more than 30 days old (counted from the purchase) are too late and not allowed.

Every refund is subject to a 15% merchandise restocking charge.

Shipping costs are not refunded. You pay all the costs of a refund return... we have no prepaid return tags..

Books, music, DVD's and CD's are copy protected. If defective we can replace them, but we cannot refund them.

Neither the Merchant Gateway nor PayPal lets a refund be larger than the purchase price of the order in question.

In any situation our total responsibility will be no more than the Total Purchase Price of the order where the problem happened. We do not compensate for anxiety, stress and so on.

Your orders are processed through a Merchant Gateway or PayPal, which protect your card charges from any change or alteration by us. So WE CANNOT ADD ITEMS TO YOUR ORDER because of an email or phone call from you.

When you place a 2nd order straight away, ple""",
     ("larger than the purchase price",)),

    "harmonicafactory": ("""Return Policy

(Applied seals)

Important info :

Because of what we sell and how much hygiene matters today, we put seals on items where needed and possible. For harmonicas the reason is hygiene: the seal stops a harmonica or another hygiene-sensitive item from being played and then sent back. We do not process or accept such returns. Even when there is no seal, we check returns under special lighting for bodily fluids.

You can use your right of return for Harmonicafactory harmonicas too, as long as the product comes back with the seal(s) fully intact. Our seals stick permanently once applied and cannot come off the packaging unbroken, so every customer is sure of a 100% new harmonica.

We trust you understand this.


Webshop Quality Mark and customer reviews

Return procedure:

  • You may cancel your purchase up to 14 days after receiving it, without giving any reason (right of withdrawal).

  • To use your right of withdrawal, let us know through the online contact form below.
  • We will confirm that your message has arrived and send the information you need to return the shipment. You then have 14 days to send it.
    (You pay the costs of return shipping yourself)

  • When you use your right of withdrawal, the product must come back with all the accessories supplied and, where reasonably possible, in its original condition and packaging.

    If the product or its packaging is damaged beyond what trying it out requires, we may charge you for the reduction in value. So handle the product carefully and pack it properly for the return.

  • Once the return shipment has arrived we will check it and process it under our return conditions.

  • If your return meets the conditions, we refund the returned product(s) within 14 days (excluding shipping costs""",
     ("with the seal(s) fully intact", "reduction in value")),

    "audiodirect": ("""Returning Defective Products

The Cables Store will either send you a replacement at once and charge your account for the new shipment, or wait until the original product has come back before sending the replacement. The customer must tell The Cables Store which of the two they choose.
The Cables Store pays the return shipping of defective or damaged products, provided they are replaced with the same or a similar model from The Cables Store.

Every return must be packed in its original packaging, with all accessories, and with a copy of the original invoice.

Every return must be double boxed, packed securely.

The customer bears any loss of or damage to products on the way back. The Cables Store strongly recommends shipping with UPS or FedEx and insuring the product.

We give no returns or credits on special order products and custom made products. If one of these arrives damaged in transit, it is replaced with the same model or the manufacturer's replacement model under The Cables Store's terms for a product "damaged in transit". Any defect in these products must be repaired, by the customer, under the terms of the manufacturer's warranty.

We give no returns or credits on opened blank media or batteries.

Any return is finally approved only once The Cables Store has received and inspected the product.

Defective items must be reported to The Cables Store within 14 days of delivery to be replaced.

A defective item that is not replaced with the same or a similar model from The Cables Store is handled as a "Non-defective Product" return.

Returning Products Damaged in Transit


A product damaged in transit is replaced with the same model or the manufacturer's replacement model.

For a return to count as "Damaged in transit", the damage must be reported to The Cables Store within 48 hours of delivery.

To """,
     ("charge your account for the new shipment", "under the terms of the manufacturer's warranty",
      "within 48 hours of delivery", "non-defective product")),
}
