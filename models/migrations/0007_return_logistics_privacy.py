from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields


class Migration(migrations.Migration):
    dependencies = [('models', '0006_risk_keys_and_holds')]

    initial = False

    operations = [
        ops.AddField(
            model_name='Return',
            name='label_file',
            field=fields.CharField(null=True, max_length=255),
        ),
        ops.AddField(
            model_name='Return',
            name='label_url',
            field=fields.CharField(null=True, max_length=1024),
        ),
        ops.AddField(
            model_name='Return',
            name='label_carrier',
            field=fields.CharField(null=True, max_length=64),
        ),
        ops.AddField(
            model_name='Return',
            name='label_tracking_number',
            field=fields.CharField(null=True, max_length=128),
        ),
        ops.AddField(
            model_name='Return',
            name='label_attached_at',
            field=fields.DatetimeField(null=True),
        ),
        ops.AddField(
            model_name='Shop',
            name='uninstalled_at',
            field=fields.DatetimeField(null=True),
        ),
        ops.AddField(
            model_name='RiskAssessment',
            name='evidence_erased_at',
            field=fields.DatetimeField(null=True),
        ),
        ops.AddField(
            model_name='OutboxMessage',
            name='redacted_at',
            field=fields.DatetimeField(null=True),
        ),
    ]
