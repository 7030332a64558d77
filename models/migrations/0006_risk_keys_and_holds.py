from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('models', '0005_shop_email_settings')]

    initial = False

    operations = [
        ops.AddField(
            model_name='Cancellation',
            name='status',
            field=fields.CharField(default='ACCEPTED', max_length=16),
        ),
        ops.AddField(
            model_name='Order',
            name='address_key',
            field=fields.CharField(null=True, max_length=512),
        ),
        ops.AddField(
            model_name='Order',
            name='email_key',
            field=fields.CharField(null=True, max_length=320),
        ),
        ops.AddField(
            model_name='Order',
            name='phone_key',
            field=fields.CharField(null=True, max_length=32),
        ),
        ops.AddIndex(
            model_name='Order',
            index=Index(fields=['shop_id', 'email_key']),
        ),
        ops.AddIndex(
            model_name='Order',
            index=Index(fields=['shop_id', 'phone_key']),
        ),
        ops.AddIndex(
            model_name='Order',
            index=Index(fields=['shop_id', 'address_key']),
        ),
        ops.AddField(
            model_name='Return',
            name='risk_level',
            field=fields.CharField(null=True, max_length=8),
        ),
    ]
