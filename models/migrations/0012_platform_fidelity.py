from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from json import dumps, loads
from tortoise.fields.base import OnDelete
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('models', '0011_admin_app')]

    initial = False

    operations = [
        ops.CreateModel(
            name='DeferredEvent',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('shop', fields.ForeignKeyField('models.Shop', source_field='shop_id', db_index=True, db_constraint=True, to_field='id', related_name='deferred_events', on_delete=OnDelete.CASCADE)),
                ('kind', fields.CharField(max_length=32)),
                ('order_platform_id', fields.CharField(max_length=64)),
                ('payload', fields.JSONField(encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('received_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'deferred_event', 'app': 'models', 'indexes': [Index(fields=['shop_id', 'order_platform_id'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='PlatformRefund',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('shop', fields.ForeignKeyField('models.Shop', source_field='shop_id', db_index=True, db_constraint=True, to_field='id', related_name='platform_refunds', on_delete=OnDelete.CASCADE)),
                ('order', fields.ForeignKeyField('models.Order', source_field='order_id', db_constraint=True, to_field='id', related_name='platform_refunds', on_delete=OnDelete.CASCADE)),
                ('platform_id', fields.CharField(max_length=64)),
                ('amount', fields.DecimalField(max_digits=18, decimal_places=4)),
                ('currency', fields.CharField(max_length=3)),
                ('lines', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('note', fields.CharField(null=True, max_length=1000)),
                ('processed_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('refund', fields.OneToOneField('models.Refund', source_field='refund_id', null=True, db_constraint=True, to_field='id', related_name='platform_refund', on_delete=OnDelete.SET_NULL)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'platform_refund', 'app': 'models', 'unique_together': (('shop', 'platform_id'),), 'indexes': [Index(fields=['shop_id', 'order_id'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.AddField(
            model_name='Customer',
            name='platform_updated_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='Fulfillment',
            name='received_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='Order',
            name='captured',
            field=fields.DecimalField(null=True, max_digits=18, decimal_places=4),
        ),
        ops.AddField(
            model_name='OrderLine',
            name='line_group_id',
            field=fields.CharField(null=True, max_length=64),
        ),
        ops.AddField(
            model_name='OrderLine',
            name='properties',
            field=fields.JSONField(null=True, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads),
        ),
    ]
