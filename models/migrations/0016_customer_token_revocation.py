"""Issue 21, item 10: a shop (or one customer) can revoke the customer tokens issued before a moment."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('models', '0015_shopify_grant')]

    initial = False

    operations = [
        ops.AddField(
            model_name='Customer',
            name='tokens_revoked_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='Shop',
            name='customer_tokens_revoked_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
    ]
