"""The test88 pages, each rewritten whole in our own words from its page (read as reference, never
copied), stating what its label says; see rewritten.py."""

from __future__ import annotations

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "miniclothesstore": ("""At Baby Outfit Shop, our wish is that you and your little ones are fully happy with what you buy. If something leaves you unsatisfied, whatever the reason, our returns and exchanges process is simple and we are glad to help.
Our Return Policy
Returns and exchanges are accepted within 15 days of the day your order reaches you. For a return to qualify:
- Items have to be unused and in their original condition, with every tag still attached
- Items have to come back in their original packaging
- You need to show proof of purchase
Please note: for reasons of hygiene, we take no returns of headwear (our Headwear category) or of baby accessories (our Accessories category), unless the item is defective or the wrong one.
How to Start a Return or Exchange
Just take these steps:
- Write to us no later than 15 days after your order arrives, at returns@babyoutfitshop.example, giving your order number and telling us about the item you want to return or exchange.
- Wait for approval – we look at your request and, if it is approved, send you an RMA (Return Merchandise Authorization) number.
- Pack your return – pack the item(s) securely in their original packaging, and make the RMA number easy to see on the outside of the parcel.
- Send your return – post the parcel to our return address (which comes with your RMA approval), using a shipping method that can be tracked.
Return Shipping
The customer pays for return shipping, unless the return comes from a mistake of ours (a wrong or defective item). Please use a shipping service with tracking, since we cannot take responsibility for items lost on the way.
Refund Processing
When your return has arrived and we have inspected it (typically within 3-5 business days), your refund or exchange is processed:
- Refunds are paid back, within 5-7 business days of approval, to the original payment method
- Exchanges go out once your return has reached us; their processing times are similar to standard orders
Note: we do not refund the original shipping fees, while international customers may be subje""",
                         ("typically within 3-5 business days", "similar to standard orders")),

    "strollrus": ("""Return & Refund Policy

I. Introduction

Strollrus.example aims to give its customers products and services of high quality. Things do not always go to plan, and you may sometimes need to send an item back or swap it. For that reason our Return and Refund Policy is short and clear, to guide you through the process.

II. 30-Day Return Policy

Our return policy runs for 30 days: faulty goods can be replaced or refunded within the first 30 days after you receive them. For a return to qualify, the item has to be in the condition it was in when you received it, in its original packaging, and in that same condition.

III. Return Eligibility

An item that reaches you damaged, defective, or not as our website describes it entitles you to a full refund. When the returned order gets to us, your refund payment is processed within 5-7 working days. To cancel your order, let us know before returning any items through mail.

IV. Contact Us for Queries

Questions about the accessories you received (baby strollers, walkers or carriers, for instance), or a feeling that the wrong accessories were sent to you? Just get in touch by phone on +1 555-010-0142 or by email at info@strollrus.example.

V. Consumer Contracts Regulations

The Consumer Contracts Regulations give you the right, if you change your mind about something you bought within 30 working days after delivery, to have the original purchase price of the goods or services you send back refunded in full, together with the original postage and packaging charges you paid.

VI. Exemptions to Refunds

Stroll R Us may turn down a refund or an exchange for any of these reasons:

  • The item came back with no receipt or other proof of purchase.
  • The item was bought from another seller or retailer, a third party, and not from Stroll R Us itself.
  • The item was damaged""",
                  ("before returning any items through mail",)),

    "mycarseatsplus": ("""RETURNS
MyCarSeatsPlus makes returns easy for every product that is reusable and unopened.
Please make sure a return qualifies before you send anything back to mycarseatsplus.example.
What qualifies for a return
Every product has to come back in the condition it was in when you received it. Every product has to come back either new, or used but with all of its original materials, and in its original packaging (those materials and that packaging must be in new condition too). Clothing labels and shoe boxes are among the things this covers.
Some items, if they are factory sealed, can't be returned. Among them are all food; mattresses for play areas, gyms and babies; car seats; strollers that come combined with car seats; diapers; and milk pumps, with the extra components listed below.
If mycarseatsplus.example and our merchant partners judge a returned product to be in a condition that can't be refunded, it is refused and sent back to the customer.
Eligible products sent back no more than 30 days after the shipping date are refunded to your original payment method.
How long do I have to return something?
Returns of items that required a scheduled delivery have to be started within 7 days of their delivery, and extra transportation costs apply to them as well.
We take other furniture requiring an estimated delivery time back for up to 30 days after the shipping date.
Please note that furniture can't come back once assembly has been attempted.
Everything in the Clearance or Gift Card category is a final sale and can't be returned.
What if my item arrives damaged?
If your order is damaged when it arrives, please do not refuse delivery. Take the package and get in touch with customer service no later than 48 hours after delivery (the ways to reach us are below). We may ask for a photo of the damaged packaging or product.
Do you offer trades and exchanges?
To be sure an item is available, we do not currently support traditional exchanges. If you would like to""",
                       ("required a scheduled delivery", "other furniture requiring an estimated delivery time",
                        "assembly has been attempted", "do not refuse delivery")),

    "thenurserystore": ("""Returns Policy At The Nursery Store, our aim is that you buy from us with full confidence, which is why we offer more than the usual 30-day refund period. If an item is not quite right, you can swap it without fuss for another size, colour or style, at any time within 365 days of the original purchase, provided it is brand new and unused and still in our current product range. We are here to help you find what suits you and your little one best.
Returns If you need to send an item back, we want the process to be as simple as we can make it.
Refunds: full refunds are available for 30 days from the day your order arrives.
Return eligibility: for a return to qualify, items have to be:
- Brand new
- Unused
- In the original box, with the internal packaging
- Still carrying all of their tags and labels
We are sorry, but returns cannot be accepted if the item has been used or is missing any part of its original packaging.
Items we cannot take back: for reasons of hygiene and safety, we cannot accept returns of, or give refunds for, the following once they have been opened or unsealed:
- Items for feeding infants (such as bottles, sterilisers and prep machines)
- Breast pumps
- Mattresses
- Hygiene products (such as baby baths, bath seats, potties and toilet trainers)
If you are not sure whether your item can be returned, please get in touch and we will gladly advise you.
Please note: your statutory rights are not affected by this policy.
365-Day Exchange Guarantee Want another size, colour or style? We offer simple exchanges for up to 365 days, counted from the date you first bought the item, provided that it is:
- Brand new
- Never used
- Still in its original packaging
- Still in our current product range
To ask for an exchange, please go to our Contact Us page or write to us at hello@thenurserystore.example Our helpful product experts will always gladly help you choose well. Should you already know which item you want instead, include the product name or ID when you write, so we can pro""",
                        ("any time within 365 days", "exchanges for up to 365 days", "include the product name or id")),

    "shopbopeeps": ("""Returns and Exchanges Policies
Thanks for shopping with us! Getting toddler feet into the right fit is sometimes hard, and it can take a second try to get it right. We are here for you.
Our size references are here. You will find the measurements in the sizing column.
Guidelines
- A return has to be started no more than 10 days after our item reaches you.
- The shoe has to come back in its original packaging, with its extra accessories/crayons.
- A 15% restocking fee is charged.
- Shoes have to be in new/unused condition. We will not accept shoes showing signs of wear and/or scuffing, and the refund for such a return will not go to the original form of payment.
To start a return, follow these steps:
- Go to our returns page here and complete the return form. Check that your order number, your contact details and the items you are returning are all included and correctly filled in. Your order number is in "my orders" once you log in to your account, or in the confirmation email sent when you ordered.
- Orders sent back without using the return form will not be accepted.
- We email your shipping label and instructions within 24 to 48 hours.
*Return shipping is not paid by us.
Return Payment
- Return payments are made ONLY to the form of payment used to buy the shoes. When the item/s reach us, we send a confirmation email saying that your return is approved and the balance has been refunded. Please give the reimbursement 48 hours to appear.
- If you live outside the U.S, any additional costs are yours to pay.
Exchanges:
The simplest way to exchange is to fill out the return form and place a new order in the right color or size.""",
                    ("you live outside the u.s",)),

    "e-nims": ("""Terms of Service

1. Exchange Window: an exchange has to be requested within 10 days from the delivery date. Please start the exchange process inside that period.

2. Eligible Products: exchanges are open only to items bought through our e-commerce platform. Products have to be unused and in their original condition, with every tag and all packaging intact.

3. Return Policy: our rules for returning items cover certain products only: Shoes, Belts, and Winter Jackets. Once our admin approves them, accepted returns are converted into Gift Vouchers of the same value as the item returned. You can spend these vouchers on anything in our range later on. Please remember that if the new item you choose costs more than the voucher is worth, you must pay the extra amount in advance. We want to make things easy for you.

4. Exchange Process: to start an exchange, send in the exchange request and go to the designated uniform store in school, taking the original proof of purchase (the order confirmation or the receipt). Tell the staff why you are exchanging, and they will help you from there.

5. Uniform Exchange: if a uniform item needs exchanging because of sizing issues or defects, we will do our best to give you a suitable replacement, subject to availability and to the school's uniform policy.

6. Exchange Restrictions: some products, such as socks and personal care items, cannot be exchanged, for reasons of hygiene or safety.

7. No Refunds: please note that exchanges are all we allow; we give no refunds for anything bought on our platform.

8. Exchange Approval: the staff of the uniform school store concerned will check and approve the exchange, making sure it satisfies the criteria for eligibility.

9. Exchange Time Frame: after your exchange request is approved, you will be given a suitable replacement product, depending on availability.""",
               ("shoes, belts, and winter jackets", "pay the extra amount in advance", "designated uniform store in school",
                "school's uniform policy")),

    "babymonitorhub": ("""Returns/Exchanges
Returns & Refunds Policy – BabyMonitorHub.example
Last Updated: 10/01/2024
BabyMonitorHub.example sets out to give parents baby care products that bring them peace of mind. If your purchase leaves you less than fully satisfied, whatever the reason, our returns process is clear and simple. Please read the terms below to see how we treat a return and a refund.
- Return Eligibility
- U.S. Purchases: we take returns up to 90 days after the day of delivery.
- UK & EU Purchases: we take returns up to 30 days after the day of delivery.
- For a return to qualify, the item has to be in its original packaging and in new and unused condition, complete with all of its parts and components.
- Initiating a Return
- Tell us that you have decided to return a product by writing to our Customer Service team at support@babymonitorhub.example.
- When your return request is approved, we send you instructions and the return address.
- Returns have to be sent within two weeks of the approval of your request.
- Returns sent without prior approval, or later than the two weeks allowed, may be refused or subject to a restocking fee.
- Return Shipping
- The customer pays every shipping cost of returning the product.
- Please use a trackable shipping service or buy shipping insurance. BabyMonitorHub.example is not responsible for return shipments that go missing or arrive damaged.
- Refund Process
We process a refund when these conditions are met:
- The product was new and unused when it reached us, and had all of its parts.
- The return request was made, and the product sent, within the right time.
Refund Details:
- We process refunds within 5-7 business days of receiving and inspecting the returned product.
- Refunds are made in the form of payment originally used for the purchase.
- Shipping and handling charges are not refunded.
- Restocking Fee
- Every return is subject to a 20% restock""",
                       ("uk & eu purchases", "may be refused or subject to a restocking fee")),

    "babyadesigns": ("""Returns, Exchanges and Warranty

RETURNS:

Products bought directly from babyadesigns.example come with a 30-day money back guarantee. To have a return processed, phone us or send us an email.

EXCHANGES:

We accept exchanges for another size or color on products that are unused and were purchased within the past 90 days. Many of our products are bought as baby shower gifts, we know, so we will be as flexible as we can. All of the product's labeling has to be intact, and it has to come back in its original packaging. When the item is back with us, our inspection takes up to 3 business days; after confirming that it has not been used, we send out your replacement product.

We do not refund original shipping charges (where there were any), and return shipping charges are yours to pay. If you are exchanging, though, we send your new item out again within the U.S. at no additional charge to you, using standard rate shipping.

WARRANTY:

Above all, our products are made to carry your little one safely. Beyond that, carrying your little one should feel comfortable for you both. With that aim, we use materials and workmanship that give you products to wear for years.

Our limited warranty covers defects of manufacture in materials or workmanship for 12 months after the purchase date. For a manufacturing defect in any of these products we will, at our discretion, provide a replacement product.

A product has a manufacturing defect when it departs from the design intended for it. The warranties cover defective materials (buckles, straps, fabrics, etc.) and defective workmanship (stitching, seams, construction, etc.).

Our warranty leaves out damage that comes from normal wear and tear, accident, poor care or cleaning, non-standard use, misuse or negligence. The warranty covers only original, unaltered, and unmodified items, together with their workmanship.

Products eligible for this warranty ar""",
                     ("purchased within the past 90 days", "at no additional charge to you", "normal wear and tear, accident",
                      "only original, unaltered, and unmodified items")),

    "teether": ("""Teether.example

Shop

Refund and Returns Policy

Refund Policy
—–

We may give refunds for faulty goods once the fault is proven, by contacting us with a photo no later than 14 days after the item/s arrive. Please note that to complete the refund process you may have to send the item/s back to us, at your own cost.

When your return has arrived and been inspected, we email you to say that your returned item has reached us. We then also tell you whether your refund has been approved or rejected.

If it is approved, your refund is processed and, within 7 working days, the money is credited automatically to the original method of payment or credit card you used.

Sale items (if applicable)
Only items at regular prices can be refunded when faulty; we are sorry, but every sale item is final, with no refund.

Exchanges (if applicable)
We replace items only when they are proven faulty or defective, or arrived damaged. If so, please email us at hello@teether.example so that we can talk it over and arrange it.

You pay your own shipping costs for sending your item back. Shipping costs are non-refundable. If you get a refund, your cost of return shipping will be deducted, and the remainder paid.

How long your exchanged product takes to reach you can vary with where you live.

If the item you are sending back is worth over $75, you should think about a trackable shipping service or shipping insurance. We cannot promise that your returned item will reach us, so if it goes untracked and gets lost, we cannot help.""",
                ("cost of return shipping will be deducted",)),

    "kidsbooks": ("""This website uses cookies

Hello! Cookies help this website give you the most relevant experience it can. By using the site you agree to all cookies as our Privacy Policy describes.

I Agree   Read more

Returns

Returns Process

Not satisfied with your purchase? Please send our customer service team a Service Inquiry within 5 days of the day your order arrives. Remember to pick the "Returns, Refunds or Replacements" option as the subject line. Give your order number, your contact details and the reason for the return.

Our customer service team will answer by giving you a Return Authorization Number (RAN); you will be reimbursed when your return has arrived back at our facility. Please note: neither the original nor the return shipping charges are reimbursed. Returns without a Return Authorization Number are not accepted.

Important: after 45 days from the original purchase date, Kidsbooks.example cannot refund, credit or replace an order.

If you find a shortage, damages or an error when your order arrives, you have to report it no more than 5 days after the order's expected delivery day. Remember to pick the Order Issue option as the subject line. Give your order number and contact details, and describe the issue briefly. If you are reporting damages, please add pictures of them and say which title(s) are affected - we will then gladly help you further.

Sealed products of any kind (such as music CDs, audio books, videos or software) cannot come back after being opened.

If Returns become excessive or unwarranted, Kidsbooks.example may restrict or refuse returns at its discretion.

If you need any more help, just open a new Service Inquiry; we will gladly help however we can.""",
                  ("after 45 days from the original purchase date", "excessive or unwarranted")),

    "hellomaternity": ("""Return and Cancellation Policy

Judging your size during pregnancy can be hard, we know, so our Size Guide page has a detailed table to help you.

Because our products are custom and handmade, we DO NOT take back any returns

For every Exchange where the item has a defect or is incorrect in nature – you need to contact us within 5 business days of the day your product arrives AND the item needs to be unworn/unused. If BOTH conditions are not met, we cannot take responsibility for exchanging any item.  If you get in touch within 5 days AND your item is still unused/unworn, we can then talk the situation through with you.

How do you request changes for your orders?

To ask for a change, start by contacting us through the contact form. Tell us why you want the change. Send the products, complete, to the warehouse address that will be passed on to you. Once they reach the warehouse, your products are checked. If a change is suitable, you will be given a return. Where the exact item cannot be issued to you, we will offer store credit. The shipping costs of every return process are yours to pay.""",
                       ("we will offer store credit",)),

    "kidsdreamspot": ("""Return Policy
Our wish is that you are happy with what you buy.

Our Return Policy:

Every return and exchange has to reach us within 30 days of receipt, with No Exceptions! Items that are personalized can never come back. For health reasons, we cannot take back Hats detached from the costume, or Helmets. A costume with caps detached from costume is not treated as new condition and cannot be returned.

Given the seasonal nature of Halloween costumes, any costume bought between September 1 - October 31 cannot be returned for a refund. Costumes bought between September 1-Oct 31 can be exchanged when the size is wrong, with a 10% restocking fee. The customer pays the shipping charges both to return the costume and to send new size out.

Please contact us before sending anything back, so that you get the proper return authorization numbers. Email sales@kidsdreamspot.example or call Stacy on 555-010-0199. Anything sent back without a proper return authorization number is rejected, at the customer's expense.

The customer pays all return shipping fees. We advise returning the product insured, with tracking information. We are not responsible for an item lost in transit on its way to us.

Please give the refund 2 weeks to be processed.

The costumes and dress-ups we sell are made, and meant, for play all year round. The manufacturer we chose makes costumes of high quality and stands behind its products. Every costume of ours carries a guarantee against defects of manufacture.

Returning defective or damaged products:
Every defective costume or item has to be reported within 5 days of receiving it.

Please email or phone us to get a return authorization number along with instructions for the return. We will reject, at the buyer's expense, any return lacking the proper return authorization numbers.

Returning Non Defective Products

Products without a defect that come back have to be new and in resalable condition, with all of the packaging and tags attache""",
                      ("caps detached from costume", "seasonal nature of halloween costumes", "with a 10% restocking fee",
                       "to send new size out")),
}
