from tortoise import fields
from tortoise.models import Model

from models.enums import BlocklistKind, RiskAssessmentResult, RiskReviewStatus, RiskSubjectType
from models.fields import choice, shop_fk


class RiskAssessment(Model):
    # The risk of an order, return or cancellation as scored when it came in: always with its reasons.
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("risk_assessments")
    subject_type = choice(RiskSubjectType, max_length=32)
    subject_id = fields.BigIntField()
    order = fields.ForeignKeyField("models.Order", related_name="risk_assessments", on_delete=fields.CASCADE)
    score = fields.IntField()
    level = choice(RiskAssessmentResult, max_length=8)
    facts = fields.JSONField()
    created_at = fields.DatetimeField(auto_now_add=True)
    # When the facts' evidence was erased (customer redacted, or past the retention period).
    evidence_erased_at = fields.DatetimeField(null=True)

    class Meta:
        table = "risk_assessment"
        indexes = (("shop_id", "subject_type", "subject_id"),)


class RiskReview(Model):
    # A held request waiting for staff: cleared (the flow resumes) or confirmed as fraud (declined).
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("risk_reviews")
    assessment = fields.OneToOneField("models.RiskAssessment", related_name="review", on_delete=fields.CASCADE)
    subject_type = choice(RiskSubjectType, max_length=32)
    subject_id = fields.BigIntField()
    score = fields.IntField()  # copied from the assessment so the queue sorts without a join
    status = choice(RiskReviewStatus, max_length=16, default=RiskReviewStatus.OPEN)
    resolved_by = fields.CharField(max_length=80, null=True)
    resolution_note = fields.CharField(max_length=1000, null=True)  # staff only
    customer_message = fields.CharField(max_length=1000, null=True)  # what the customer was told
    created_at = fields.DatetimeField(auto_now_add=True)
    resolved_at = fields.DatetimeField(null=True)

    class Meta:
        table = "risk_review"
        indexes = (("shop_id", "status", "score"),)


class BlocklistEntry(Model):
    # A normalised email, phone or address that makes every later request from it HIGH risk.
    id = fields.BigIntField(primary_key=True)
    shop = shop_fk("blocklist")
    kind = choice(BlocklistKind, max_length=8)
    value = fields.CharField(max_length=512)
    reason = fields.CharField(max_length=1000, null=True)
    created_by = fields.CharField(max_length=80)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "blocklist_entry"
        unique_together = (("shop", "kind", "value"),)
