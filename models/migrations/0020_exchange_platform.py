"""Issue 24: exchanges and store credit carried out on the platform: the exchange's replacement order
and held stock, the store credit issued, and which of store credit or a gift card the shop uses."""

from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from json import dumps, loads
from models.enums import CreditVia, ExchangeStatus, StoreCreditStatus
from tortoise.fields.base import OnDelete
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('models', '0019_exchanges_store_credit')]

    initial = False

    operations = [
        ops.CreateModel(
            name='Exchange',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('shop', fields.ForeignKeyField('models.Shop', source_field='shop_id', db_index=True, db_constraint=True, to_field='id', related_name='exchanges', on_delete=OnDelete.CASCADE)),
                ('return_request', fields.OneToOneField('models.Return', source_field='return_request_id', db_constraint=True, to_field='id', related_name='exchange', on_delete=OnDelete.CASCADE)),
                ('order', fields.ForeignKeyField('models.Order', source_field='order_id', db_constraint=True, to_field='id', related_name='exchanges', on_delete=OnDelete.CASCADE)),
                ('status', fields.CharEnumField(default=ExchangeStatus.REQUESTED, description='models.enums.ExchangeStatus', enum_type=ExchangeStatus, max_length=16)),
                ('items', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('currency', fields.CharField(max_length=3)),
                ('value', fields.DecimalField(default=0, max_digits=18, decimal_places=4)),
                ('difference', fields.DecimalField(default=0, max_digits=18, decimal_places=4)),
                ('instant', fields.BooleanField(default=False)),
                ('draft_platform_id', fields.CharField(null=True, max_length=128)),
                ('platform_order_id', fields.CharField(null=True, max_length=128)),
                ('platform_order_name', fields.CharField(null=True, max_length=64)),
                ('platform_error', fields.CharField(null=True, max_length=1000)),
                ('fallback', fields.CharField(null=True, max_length=16)),
                ('invoice_platform_id', fields.CharField(null=True, max_length=128)),
                ('invoice_url', fields.CharField(null=True, max_length=1024)),
                ('invoice_reason', fields.CharField(null=True, max_length=16)),
                ('invoiced_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('reserved_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('shipped_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'exchange', 'app': 'models', 'indexes': [Index(fields=['shop_id', 'status'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='StoreCredit',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('shop', fields.ForeignKeyField('models.Shop', source_field='shop_id', db_index=True, db_constraint=True, to_field='id', related_name='store_credits', on_delete=OnDelete.CASCADE)),
                ('order', fields.ForeignKeyField('models.Order', source_field='order_id', db_constraint=True, to_field='id', related_name='store_credits', on_delete=OnDelete.CASCADE)),
                ('return_request', fields.ForeignKeyField('models.Return', source_field='return_request_id', null=True, db_constraint=True, to_field='id', related_name='store_credits', on_delete=OnDelete.SET_NULL)),
                ('refund', fields.ForeignKeyField('models.Refund', source_field='refund_id', null=True, db_constraint=True, to_field='id', related_name='store_credits', on_delete=OnDelete.SET_NULL)),
                ('bonus_refund', fields.ForeignKeyField('models.Refund', source_field='bonus_refund_id', null=True, db_constraint=True, to_field='id', related_name='bonus_credits', on_delete=OnDelete.SET_NULL)),
                ('via', fields.CharEnumField(default=CreditVia.STORE_CREDIT, description='models.enums.CreditVia', enum_type=CreditVia, max_length=16)),
                ('status', fields.CharEnumField(default=StoreCreditStatus.PENDING, description='models.enums.StoreCreditStatus', enum_type=StoreCreditStatus, max_length=16)),
                ('amount', fields.DecimalField(max_digits=18, decimal_places=4)),
                ('bonus', fields.DecimalField(default=0, max_digits=18, decimal_places=4)),
                ('currency', fields.CharField(max_length=3)),
                ('expires_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('platform_id', fields.CharField(null=True, max_length=128)),
                ('code_last4', fields.CharField(null=True, max_length=8)),
                ('platform_error', fields.CharField(null=True, max_length=1000)),
                ('issued_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'store_credit', 'app': 'models', 'indexes': [Index(fields=['shop_id', 'order_id']), Index(fields=['shop_id', 'return_request_id'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.AddField(
            model_name='Shop',
            name='store_credit_via',
            field=fields.CharEnumField(default=CreditVia.STORE_CREDIT, description='models.enums.CreditVia', enum_type=CreditVia, max_length=16),
        ),
    ]
