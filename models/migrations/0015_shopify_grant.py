"""Issue 22: a shop's offline access to Shopify's Admin API, stored encrypted."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.fields.base import OnDelete
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('models', '0014_platform_operations')]

    initial = False

    operations = [
        ops.CreateModel(
            name='ShopifyGrant',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('shop', fields.OneToOneField('models.Shop', source_field='shop_id', db_constraint=True, to_field='id', related_name='shopify_grant', on_delete=OnDelete.CASCADE)),
                ('access_token', fields.TextField(unique=False)),
                ('refresh_token', fields.TextField(null=True, unique=False)),
                ('expires_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('refresh_expires_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('scope', fields.CharField(default='', max_length=1000)),
                ('version', fields.IntField(default=0)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'shopify_grant', 'app': 'models', 'pk_attr': 'id'},
            bases=['Model'],
        ),
    ]
