"""Issue 25: returns refunded without the items coming back (the policy's keep-the-item rules)."""

from tortoise import fields, migrations
from tortoise.migrations import operations as ops


class Migration(migrations.Migration):
    dependencies = [('models', '0016_customer_token_revocation')]

    initial = False

    operations = [
        ops.AddField(
            model_name='Return',
            name='kept_item',
            field=fields.BooleanField(default=False),
        ),
    ]
