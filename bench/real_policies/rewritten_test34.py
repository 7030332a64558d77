"""The test34 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "littlezenone": ("""Returns & Exchanges

Our aim with every return is a happy customer. We are proud of what we make and of how we look after you, and we would like you to enjoy our things as much as we do.

Anything bought on sale is Final Sale: it can be neither returned nor exchanged.

What a return or exchange needs:
- get in touch with us no later than 30 days after delivery
- the item has to be new, unused (not even tried on) and still in its packaging, with every insert

Each returned item carries a restocking fee of 15%.

The postage for sending back a return or an exchange is yours to pay; we do not cover it.

Why can't a carrier that was tried on come back?

It is a matter of safety: once a carrier has been tried on, even for one minute, we can no longer sell it as new. We have no way to check that it is still "like new", or that it has not picked up damage, pet hair or dander, or a scent.

Besides, nobody shopping for a new carrier wants one that another family has already tried on, however briefly: it may carry a smell, hair from people or pets, spit up and so on.

If you would like to test a carrier before you commit, our Try Before You Buy Program is free. You can sign up for it here.

Items we can't take back:
- Sale items
- Special orders and pre-orders
- Gift cards
- Personal care items

In some situations only partial refunds are granted (where it applies):
Carriers or other items that clearly show use, such as dirt, pet hair or perfume.
Anything that is not in its original condition, is damaged or lacks parts for a reason that was not our mistake.
Anything sent back more than 30 days after it was delivered.

Refunds (where they apply)
When your return has arrived and we have inspected it, we will email you to say that the item reached us. This can take as long as two weeks (counted in business days). We will also let you know whether the refund was approved or rejected.

When your order shipped for free, what that original shipping cost us is taken off your refund.

If you are approved, then your ref""",
                     ("only partial refunds are granted",)),

    "cribandkids": ("""Return Policy

Our 30-Day Guarantee

Under our policy you may send back anything you bought from us within 30 days of the invoice date. If an item is unused and still as it was when new, with the tags it came with and its first packaging, we refund or exchange it; in other words it must be in original condition. Returned items get a full refund from Crib & Kids minus the shipping charge. When the product is defective or we shipped the wrong thing in error, we refund the shipping charges as well. When a package is refused for delivery, the customer pays the shipping charges Crib & Kids actually incurred. Anything discounted by 25% or more counts as a clearance item: clearance items are final sale and can't come back. Products that were misused or mishandled don't qualify for a refund. Every furniture item becomes final sale once it has left the manufacturer. Car seats are final sale too and can be neither returned nor exchanged. Past 30 days, a defective item falls under the manufacturer's warranty and its terms. Open box items may carry a restocking fee.

Where to send returns:

Crib & Kids
Returns Department
100 Example Road
Sample Town TX 00000

Send items back by UPS or by insured Parcel Post. The item goes back in the packaging it came in, together with the packing slip from your order, a copy of your receipt and a filled-in return form.

For a copy of the packing slip, or if you need a shipping label, call us on 000-000-0000.

A return mailing label we provide is valid for domestic returns only. Also, when you use a label from Crib & Kids and the return is not down to a mistake of ours, the cost of shipping the item back is taken off your refund.

Defective Items

Call Crib & Kids on 000-000-0000 no later than 30 days after the delivery date. After that, please get in touch with the manufacturer directly. A defective item is covered under the manufacturer's warr""",
                    ("package is refused for delivery", "manufacturer's warranty", "open box items",
                     "valid for domestic returns only")),

    "woodentoysus": ("""Returns

Our Promise on Returns & Exchanges

At woodentoysus.com we want your whole family to be thrilled with what you bought. Every toy we sell was chosen by hand, and we stand behind it. When something falls short of what you hoped, we will help put it right.

The Policy in Short

Returns and exchanges are accepted for items in new, unused condition and in their original packaging. A return has to be started within a set period counted from the day your order is delivered. We mean the policy to be fair and simple.

Items That Can't Be Returned

To keep every customer safe and happy, some items can be neither returned nor exchanged. Usually these are:
- Items on sale or clearance.
- Products that were personalized or custom-made.
- Anything assembled or used, or no longer in its original condition.
- Gift cards.

How a Return Works

Step 1: Get in Touch
Start by writing to our customer support team with the contact form on our website, woodentoysus.com. Give us your order number and tell us about the item you want to send back.

Step 2: Get Your Instructions
When we approve your request, we send you full instructions together with the right address for the return. For your own protection, please use a shipping service you can track.

Step 3: Send It Back
Wrap the item securely in the packaging it came in, adding every part and all the documentation that was in the box, and post it to the address we gave you. Return shipping is paid by the customer, except when the return comes from our error (a wrong or defective item, for example).

Step 4: Get Your Refund or Exchange
Once your item has reached us and been inspected, we will tell you where it stands. When it is approved, we refund you to your original payment method, or get your exchange item ready to ship. Processing times can vary.

Refunds

A refund covers the price paid for the retur""",
                     ()),

    "kidsxtop": ("""Return Policy

At EduToy we try to offer good educational toys that spark learning and creativity. If for some reason your purchase does not fully satisfy you, we will help.

1. Who Can Return

A return is possible when all of the following are true:

  • The item is unused and in the condition it reached you.
  • The item is still in its original packaging.
  • You start the return no later than 30 days after the date of purchase.

2. Items That Can't Be Returned

Some kinds of items are not returnable:

  • Sale Items: anything bought on sale or on clearance is final.
  • Personalized Products: customized or personalized items are not returnable.
  • Opened Educational Kits: a kit that has been opened and used can't be returned.

3. How to Return

Follow these steps to start a return:

  1. Write to Us: email our customer service team at returns@kidsxtop.example with your order number and why you are returning the item.
  2. Authorization: we send you a return authorization number and tell you how to ship the item to us.
  3. Shipping: the postage for sending your item back is yours to pay, and shipping costs are not refunded. We suggest a shipping service you can track, or buying shipping insurance.
  4. Inspection: when your return arrives we inspect the item to check that it meets our return conditions. Once approved, your refund is processed.

4. Refunds

When your return is approved, the refund goes to your original method of payment. In detail:

  • Time: allow as long as 10 business days before the refund shows in your account.
  • Partial Refunds: in some situations only partial refunds may be granted (for example when an item comes back damaged or with parts missing for reasons that were not our error).

5. Exchanges

If you would like""",
                 ("only partial refunds may be granted",)),

    "kidshoeszoe": ("""Return and Refund Policy

Return and Refund Policy

1. Return Period
You can ask for a return within 30 days counted from the delivery date. The item must be unused, in its original condition and in its original packaging to qualify.

2. How to Return
To start a return:

  • Write to our customer support team at support@kidshoeszoe.example

  • Give us your order number and why you are returning the item.

  • Follow the instructions we send you for the return.

3. Cost of Return Shipping

  • When the return comes from a mistake of ours (a defective item or the wrong item), we pay the return shipping.

  • When the return is a matter of preference (wrong size, a change of mind and so on), the customer pays the return shipping fees.

4. How Long a Refund Takes
When the returned item has arrived and been inspected, we process the refund within 10 business days. The money goes back to the original payment method.

5. Items That Can't Be Returned
These items can be neither returned nor refunded:

  • Items on clearance or final sale.

  • Items that were personalized or custom-made.

  • Hygiene products (socks and insoles, for example), unless they are defective.

6. Parcels That Could Not Be Delivered

  • When a parcel comes back to us because the customer gave a wrong shipping address, the customer pays the reshipping costs.

  • When the delivery failed through our own error, we give back the shipping fee or resend the order free of charge.

7. Restocking Fees
Returned items carry no restocking fee.

For questions about returns and refunds, email support@kidshoeszoe.example. When you buy on our website you accept the terms of this Return and Refund Policy.

Contact Us""",
                    ("reshipping costs", "resend the order")),

    "kmileye": ("""Return & Refund Policy

Last Updated: March 6, 2025

We are proud of the quality of our cat furniture. Each order is packed in two protective layers and checked twice before it leaves us. Damage on the way is uncommon, but our replacement guarantee is there so that you end up satisfied.

1. Replacement Guarantee

We replace your product at no charge when one of these applies:
· A manufacturing defect (an unstable structure, a flaw in the material).
· Damage on the way to you (broken parts, scratches).
· Missing components or accessories (screws, assembly tools).
· The product is not as described on our website.

Replacement is not available for:
· Normal wear and tear (a cat's scratching, a spilled drink).
· Problems that come from wrong assembly or misuse.
· Products changed after delivery (modified, repaired).

2. How a Replacement Works

Step 1: Tell Us About It
· Write to us at help@kmileye.example no later than 48 hours after delivery.
· Send photos or a video showing:
o The outside of the unopened package (when damage can be seen on it).
o The defective parts or what differs (sharp close-ups).
o Best of all: a video of the whole unboxing, which speeds things up.

Step 2: Send the Product Back
· Put everything back in the box it came in, packed securely, with every accessory (the manual, the warranty card, the screws).
· We email you a prepaid return shipping label.

Step 3: A Replacement or a Coupon
· Once we have confirmed the defect, your replacement is processed within 5 business days.
· When the product is out of stock, you get a coupon code worth the item's value, usable on our site for 3 months.

3. Refunds

· A refund goes back to your original payment method (Stripe, PayPal and so on) within 7-14 business days after the return has reached us and been inspected.
· Refunds apply only if a replacement is unavailable, and only once you have said no to the coupon.

4. Main Conditions

· Time limit: a claim has to be sent no later than 15 days after delivery.
· Original Cond""",
                ("replacement is not available for", "replacement is processed within 5 business days", "coupon code",
                 "refunds apply only if a replacement is unavailable")),

    "chameleoncollars": ("""We want you to be fully happy with what you bought. If you are not, our policy keeps things simple and free of hassle.

Please read these points with care:
- Who can return:
- You need to tell us no later than 7 days after your collar reached you.
- The product has to be unused and in its original condition.
- How to return:
- To start a return, email us at hello@chameleoncollars.example within those 7 days. We will walk you through it and give you a return authorization number.
- A return that we did not authorize beforehand can't be accepted.
- Your refund:
- When the returned item has arrived and we have inspected it, we process your refund.
- When the return meets our conditions, the refund goes to your original payment method within 7 business days.
- Shipping charges are not refunded, except when the return is caused by a defective product or by a mistake of ours.
- Exchanges:
- To swap an item for another size, email hello@chameleoncollars.example and we will check whether it is available.
- We will take you through the exchange and explain how to send back the original and receive the new one.

This returns policy may change without notice. We may refuse any return that does not meet the points above or that seems to go against our policy.

For more help, or to start a return, email hello@chameleoncollars.example.""",
                         ()),

    "shopbirdcage": ("""Return Policy

How to Return

To send an item back to shopbirdcage.com, follow the steps below no later than 30 days after delivery.

Pack the items safely in the original packaging they came in. Every item has to come back in good condition. When an item reached you damaged, please get in touch with Customer Service.

Post the return parcel to this address:

Please add a sheet with your order details to the parcel.
Address: 1 Example Lane, Sample Town, New York 00000, United States
Tel: +10000000000

The parcel must be sent ahead with a traceable method, such as USPS or insured parcel post.
Please note:
The cost of sending goods back to us is the customer's. We don't give back what you paid for shipping and handling, or any other fee. We can't take cash payments on delivery.
Your return can only be processed when you give a valid tracking number on the return form.
Regular products can come back for a refund, a replacement or a credit hold; special or custom products can only be returned in exchange for something else.

When the Execution Center has received and checked your return (usually within 72 hours of its arrival), an email confirms that your return is complete. Any refund is issued within 7 days. Depending on your financial institution, the credit then takes another 3-5 working days to reach your account.

Any questions?

The shopbirdcage.com Team is glad to help!

Write to us at: info@shopbirdcage.example

Pre-loader""",
                     ("cash payments on delivery", "valid tracking number",
                      "special or custom products can only be returned")),

    "reptilebase": ("""RETURNS AND EXCHANGE

Returns and Exchanges

Returns Policy

We want shopping online with us to be great and as easy as possible, so our returns policy is a simple one. Whatever you would like to ask, before or after you order, write to us at contact@reptilebase.example.

You can return or exchange your order for up to fourteen days, counted from the day the goods reach you. When something arrives broken or faulty, first get in touch with us at contact@reptilebase.example.

Once you have told us you wish to return your order, the items have to be sent back within seven days of telling us, at your own cost, whether for a return or an exchange. You may return your goods to our store in person as well. Keep a proof of posting, since we can't be held responsible for a parcel lost on its way back to us. Everything returned to us has to be unused, in its original packaging and fit to be sold again. If you do not send such goods back, we may arrange to collect them and charge you any reasonable expenses that this costs us. For a returned order, the payment is refunded within seven days.

Or, when goods turn out to be unsuitable, we are glad to exchange them or give you store credit. To send goods back for an exchange, a refund or store credit, first call or email us so that we can issue a returns authorisation number.

Please pack every return suitably. We suggest insuring whatever you send back to us, as we are not liable for damage or loss on the way. Send each return with the returns authorisation number and your receipt.

When you return all or part of your order for a refund, the original shipping charge is not refunded. When you return all or part of your order for an exchange, we will not""",
                    ("return your goods to our store", "reasonable expenses")),

    "jhoxes": ("""Refund and Returns Policy

Returns

Most pet grooming products can come back within 30 days of purchase, unused, unopened and in their original packaging. For safety, opened shampoos, conditioners and coat care products can't be returned unless they are defective.

Our grooming tools have some extra rules:
- Shears and blades must come back in their original protective cases
- All accessories must include original tags, along with their packaging
- Electrical grooming items must not show any sign of use

Refunds

When your return has arrived and been inspected, we send you an email. We will also tell you whether your refund was approved or rejected. Once approved, your refund is processed within 10 business days.

Exchanges

We replace items only when they are defective or damaged. To exchange an item, email us at help@jhoxes.example with your order number and the product you would like instead.

Return Shipping

Return shipping is paid by the customer, except when the return comes from a mistake of ours (such as sending the wrong item). We suggest a shipping service you can track, and shipping insurance for valuable grooming tools.

Items That Can't Be Returned

Some items can't come back, for hygiene reasons:
- Opened shampoos and conditioners
- Grooming tools that were used
- Personalized items
- Sale items

Late or Missing Refunds

If your refund has not reached you within 10 business days after approval, look at your bank account again first. Then call your credit card company, since a refund can take a while to be posted. If it still has not arrived, please get in touch with us.

For any question about returns, reach us at:
Address: 1 Example Street, Sample City, NY 00000
Phone: +1 000-000-0000
Email: help@jhoxes.example""",
               ("original protective cases", "all accessories must include original tags", "electrical grooming items")),

    "butterflypillow": ("""Refund Policy of Butterfly Nursing Pillow

If the item you received did not satisfy you, you can have a FULL REFUND!

Returns:

Our refund policy runs for 30 days from the day the item reaches you. A return has to be unused and in the condition you received it in. It also has to be in its original packaging.

To send your product back, email us at support@butterflypillow.example

When your return has arrived and been inspected, we email you whether your refund is approved or rejected. If it is approved, we process the refund, and within a certain number of days the money is credited automatically to the card or other way you paid.

Please check twice the shipping address in the order confirmation emails. A product lost or not delivered because of an incorrect shipping address given at checkout gets no refund.

Shipping costs are not refunded. Once the package arrives, the warehouse can need as long as 7 business days to process your return.

The money is then credited to your original form of payment within 3 to 5 business days.

Exchanges (where they apply)

To exchange it for another color, email us at support@butterflypillow.example

How long the exchanged product takes to reach you depends on where you live.

Any questions? Email support@butterflypillow.example""",
                        ("incorrect shipping address",)),

    "kebeixuan": ("""Returns Policy

Which items can be returned?
1. Within 30 days of receiving the goods;
2. The schoolbag has to be unwashed and undamaged. We won't take back a bag with stains, damage or anything else that would stop it being sold again;
3. The label has to be intact, and please send it back in the original packaging;
4. Show us proof that you bought the product in our store.

How do I ask for a return?
Please write to our customer service team with the Contact Us form; we look forward to hearing from you!

Are there any charges for exchanges or returns?
Yes; please ask our customer service team about your case!

When will my refund arrive?
When your return has reached us and been inspected, we email you to say that your item has arrived.
If your return is approved, we process your refund and the money goes back by itself to the way you paid, within 5-7 business days on average.
Note: a refund can need 2-5 business days to clear and 7-10 business days before the amount is posted to your account, depending on your financial institution.

I need my refund sent to another account.
We are sorry about this! We can only refund to the original point of purchase of the order. Please ask your bank how to send the money on to the right account.""",
                  ("charges for exchanges or returns",)),
}
