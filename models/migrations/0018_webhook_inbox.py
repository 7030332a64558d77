"""Issue 22 (Black Friday): inbound webhooks are acknowledged once stored and imported by the worker;
each delivery records when it was imported and what came of it. The outbox's chains get the index
the claim's "nothing earlier in this chain is unfinished" test needs (0014 declared `chain` indexed,
but no index was created)."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('models', '0017_keep_item')]

    initial = False

    operations = [
        ops.AddField(
            model_name='WebhookEvent',
            name='imported_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='WebhookEvent',
            name='outcome',
            field=fields.CharField(null=True, max_length=16),
        ),
        ops.AddIndex(
            model_name='OutboxMessage',
            index=Index(fields=['chain', 'id']),
        ),
    ]
