"""Issue 24: product variants with their stock (what an exchange offers), the variant an exchange
chose, and store credit rows (expiry; a bonus reversal names the bonus it reverses)."""

from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from json import dumps, loads
from tortoise.fields.base import OnDelete
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('models', '0018_webhook_inbox')]

    initial = False

    operations = [
        ops.CreateModel(
            name='ProductVariant',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('shop', fields.ForeignKeyField('models.Shop', source_field='shop_id', db_index=True, db_constraint=True, to_field='id', related_name='product_variants', on_delete=OnDelete.CASCADE)),
                ('product', fields.ForeignKeyField('models.Product', source_field='product_id', db_constraint=True, to_field='id', related_name='variants', on_delete=OnDelete.CASCADE)),
                ('platform_id', fields.CharField(max_length=64)),
                ('inventory_item_id', fields.CharField(null=True, db_index=True, max_length=64)),
                ('title', fields.CharField(max_length=512)),
                ('options', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('sku', fields.CharField(null=True, max_length=255)),
                ('price', fields.DecimalField(max_digits=18, decimal_places=4)),
                ('currency', fields.CharField(max_length=3)),
                ('position', fields.IntField(default=1)),
                ('inventory_tracked', fields.BooleanField(default=True)),
                ('inventory_policy', fields.CharField(default='deny', max_length=16)),
                ('inventory_available', fields.IntField(default=0)),
                ('inventory_levels', fields.JSONField(default=dict, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('platform_updated_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('inventory_updated_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('active', fields.BooleanField(default=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'product_variant', 'app': 'models', 'unique_together': (('shop', 'platform_id'),), 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.AddField(
            model_name='Refund',
            name='expires_on',
            field=fields.DateField(null=True),
        ),
        ops.AddField(
            model_name='Refund',
            name='reverses',
            field=fields.ForeignKeyField('models.Refund', source_field='reverses_id', null=True, db_constraint=True, to_field='id', related_name='reversals', on_delete=OnDelete.SET_NULL),
        ),
        ops.AddField(
            model_name='ReturnLine',
            name='exchange_price',
            field=fields.DecimalField(null=True, max_digits=18, decimal_places=4),
        ),
        ops.AddField(
            model_name='ReturnLine',
            name='exchange_variant',
            field=fields.ForeignKeyField('models.ProductVariant', source_field='exchange_variant_id', null=True, db_constraint=True, to_field='id', related_name='exchange_lines', on_delete=OnDelete.SET_NULL),
        ),
    ]
