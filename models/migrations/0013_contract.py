"""Issue 9: closed sets stored as enums (same varchar columns), and staff notes kept apart from
what the customer is told."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from models.enums import BlocklistKind, CancellationStatus, FulfillmentStatus, InspectionCondition, OrderCancelReason, OutboxKind, OutboxStatus, RefundKind, RefundReason, RefundStatus, ReturnDeclineReason, ReturnReason, ReturnResolution, ReturnShippingMethod, ReturnStatus, RiskAssessmentResult, RiskReviewStatus, RiskSubjectType
from tortoise import fields


# SQLite alters a column by rebuilding its table, which drops the table's separate indexes (the
# Meta.indexes and db_index ones); put them back. PostgreSQL alters in place and needs nothing.
REBUILT = ("BlocklistEntry", "Cancellation", "Fulfillment", "OutboxMessage", "Refund", "Return", "ReturnLine",
           "RiskAssessment", "RiskReview")


async def restore_sqlite_indexes(apps, schema_editor) -> None:
    if schema_editor.client.capabilities.dialect != "sqlite":
        return
    import importlib

    from models import MODEL_MODULES

    models = {}
    for module in MODEL_MODULES:
        for name in REBUILT:
            found = getattr(importlib.import_module(module), name, None)
            if found is not None:
                models[name] = found
    for name, model in models.items():
        table = model._meta.db_table
        wanted = []
        for index in model._meta.indexes:
            wanted.append(list(getattr(index, "fields", index)))
        for field_name, field in model._meta.fields_map.items():
            if getattr(field, "index", False) and not getattr(field, "pk", False) and field_name in model._meta.fields_db_projection:
                wanted.append([field_name])
        # The models are today's: a column a later migration adds is not there yet (its own
        # migration indexes it).
        present = {row["name"] for row in await schema_editor.client.execute_query_dict(f'PRAGMA table_info("{table}")')}
        for columns in wanted:
            db_columns = [model._meta.fields_db_projection.get(c, c) for c in columns]
            if not set(db_columns) <= present:
                continue
            index_name = f"idx_{table}_{'_'.join(db_columns)}"[:60]
            await schema_editor.client.execute_script(
                f'CREATE INDEX IF NOT EXISTS "{index_name}" ON "{table}" ({", ".join(db_columns)})')


async def nothing(apps, schema_editor) -> None:
    return None


class Migration(migrations.Migration):
    dependencies = [('models', '0012_platform_fidelity')]

    initial = False

    operations = [
        ops.AlterField(
            model_name='BlocklistEntry',
            name='kind',
            field=fields.CharEnumField(description='models.enums.BlocklistKind', enum_type=BlocklistKind, max_length=8),
        ),
        ops.AlterField(
            model_name='Cancellation',
            name='reason',
            field=fields.CharEnumField(description='models.enums.OrderCancelReason', enum_type=OrderCancelReason, max_length=32),
        ),
        ops.AlterField(
            model_name='Cancellation',
            name='status',
            field=fields.CharEnumField(default=CancellationStatus.ACCEPTED, description='models.enums.CancellationStatus', enum_type=CancellationStatus, max_length=16),
        ),
        ops.AlterField(
            model_name='Fulfillment',
            name='status',
            field=fields.CharEnumField(default=FulfillmentStatus.SUCCESS, description='models.enums.FulfillmentStatus', enum_type=FulfillmentStatus, max_length=32),
        ),
        ops.AlterField(
            model_name='OutboxMessage',
            name='kind',
            field=fields.CharEnumField(description='models.enums.OutboxKind', enum_type=OutboxKind, max_length=16),
        ),
        ops.AlterField(
            model_name='OutboxMessage',
            name='status',
            field=fields.CharEnumField(default=OutboxStatus.PENDING, db_index=True, description='models.enums.OutboxStatus', enum_type=OutboxStatus, max_length=16),
        ),
        ops.AlterField(
            model_name='Refund',
            name='kind',
            field=fields.CharEnumField(default=RefundKind.PAYMENT, description='models.enums.RefundKind', enum_type=RefundKind, max_length=16),
        ),
        ops.AlterField(
            model_name='Refund',
            name='reason',
            field=fields.CharEnumField(description='models.enums.RefundReason', enum_type=RefundReason, max_length=32),
        ),
        ops.AlterField(
            model_name='Refund',
            name='status',
            field=fields.CharEnumField(default=RefundStatus.PENDING, description='models.enums.RefundStatus', enum_type=RefundStatus, max_length=16),
        ),
        ops.AlterField(
            model_name='Return',
            name='decline_reason',
            field=fields.CharEnumField(null=True, description='models.enums.ReturnDeclineReason', enum_type=ReturnDeclineReason, max_length=32),
        ),
        ops.AlterField(
            model_name='Return',
            name='resolution',
            field=fields.CharEnumField(description='models.enums.ReturnResolution', enum_type=ReturnResolution, max_length=16),
        ),
        ops.AlterField(
            model_name='Return',
            name='risk_level',
            field=fields.CharEnumField(null=True, description='models.enums.RiskAssessmentResult', enum_type=RiskAssessmentResult, max_length=8),
        ),
        ops.AlterField(
            model_name='Return',
            name='shipping_method',
            field=fields.CharEnumField(description='models.enums.ReturnShippingMethod', enum_type=ReturnShippingMethod, max_length=20),
        ),
        ops.AlterField(
            model_name='Return',
            name='status',
            field=fields.CharEnumField(db_index=True, description='models.enums.ReturnStatus', enum_type=ReturnStatus, max_length=16),
        ),
        ops.AlterField(
            model_name='ReturnLine',
            name='inspection_condition',
            field=fields.CharEnumField(null=True, description='models.enums.InspectionCondition', enum_type=InspectionCondition, max_length=32),
        ),
        ops.AlterField(
            model_name='ReturnLine',
            name='reason',
            field=fields.CharEnumField(description='models.enums.ReturnReason', enum_type=ReturnReason, max_length=32),
        ),
        ops.AlterField(
            model_name='RiskAssessment',
            name='level',
            field=fields.CharEnumField(description='models.enums.RiskAssessmentResult', enum_type=RiskAssessmentResult, max_length=8),
        ),
        ops.AlterField(
            model_name='RiskAssessment',
            name='subject_type',
            field=fields.CharEnumField(description='models.enums.RiskSubjectType', enum_type=RiskSubjectType, max_length=32),
        ),
        ops.AlterField(
            model_name='RiskReview',
            name='status',
            field=fields.CharEnumField(default=RiskReviewStatus.OPEN, description='models.enums.RiskReviewStatus', enum_type=RiskReviewStatus, max_length=16),
        ),
        ops.AlterField(
            model_name='RiskReview',
            name='subject_type',
            field=fields.CharEnumField(description='models.enums.RiskSubjectType', enum_type=RiskSubjectType, max_length=32),
        ),
        ops.AddField(
            model_name='Cancellation',
            name='customer_message',
            field=fields.CharField(null=True, max_length=1000),
        ),
        ops.AddField(
            model_name='Return',
            name='staff_note',
            field=fields.CharField(null=True, max_length=1000),
        ),
        ops.AddField(
            model_name='RiskReview',
            name='customer_message',
            field=fields.CharField(null=True, max_length=1000),
        ),
        ops.RunPython(restore_sqlite_indexes, nothing),
    ]
