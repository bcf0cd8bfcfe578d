"""Data classification of every stored field (等保 2.0 / PIPL): what each column holds.

- public     — may be published (directory fields, reference data)
- internal   — for the people in scope only
- personal   — personal information: shown to those in scope, exported with care
- sensitive  — sensitive personal information: stored SM4-encrypted, masked by default,
               revealed only with a permission, a reason and an audit record
- secret     — credentials and keys material: never shown

`tests/test_classification.py` fails when a model gains a field that is not listed here, so a
new column cannot slip in unclassified.
"""

from __future__ import annotations

from django.db import models


class DataClass(models.TextChoices):
    PUBLIC = "public", "公开"
    INTERNAL = "internal", "内部"
    PERSONAL = "personal", "个人信息"
    SENSITIVE = "sensitive", "敏感个人信息（加密）"
    SECRET = "secret", "凭据"


P, IN, PI, S, X = (
    DataClass.PUBLIC,
    DataClass.INTERNAL,
    DataClass.PERSONAL,
    DataClass.SENSITIVE,
    DataClass.SECRET,
)


def _all(level: DataClass, *names: str) -> dict[str, DataClass]:
    return dict.fromkeys(names, level)


CLASSIFICATION: dict[str, dict[str, DataClass]] = {
    "accounts.User": {
        **_all(
            IN,
            "id",
            "last_login",
            "is_superuser",
            "is_staff",
            "is_active",
            "date_joined",
            "role",
            "data_scope",
            "organization",
            "region",
            "password_changed_at",
            "groups",
            "user_permissions",
        ),
        **_all(PI, "username", "first_name", "last_name", "email", "display_name"),
        **_all(S, "mobile", "id_number"),
        "password": X,
    },
    "accounts.ApiToken": {
        **_all(IN, "id", "user", "created_at", "expires_at", "last_used_at"),
        "key_hash": X,
    },
    "accounts.UserSession": {
        **_all(IN, "id", "user", "created_at", "last_seen_at", "ended_at", "ended_reason"),
        **_all(PI, "ip", "user_agent"),
        "session_key": X,
    },
    "audit.AuditEvent": {
        **_all(
            IN,
            "id",
            "seq",
            "prev_hash",
            "hash",
            "created_at",
            "actor",
            "actor_role",
            "actor_organization",
            "region",
            "action",
            "object_type",
            "object_id",
            "object_repr",
            "before",
            "after",
            "result",
            "message",
            "request_id",
        ),
        **_all(PI, "actor_username", "ip", "user_agent"),
    },
    "audit.LoginEvent": {
        **_all(IN, "id", "seq", "prev_hash", "hash", "created_at", "user", "region", "outcome"),
        **_all(PI, "username", "ip", "user_agent"),
    },
    "audit.ChainHead": _all(IN, "name", "last_seq", "last_hash"),
    "audit.PurgeRecord": _all(IN, "id", "chain", "through_seq", "last_hash", "count", "purged_at"),
    "audit.SecurityAlert": {
        **_all(IN, "id", "created_at", "user", "kind", "count", "message"),
        "username": PI,
    },
    "regions.Region": _all(
        P,
        "code",
        "name",
        "short_name",
        "level",
        "parent",
        "path",
        "depth",
        "zone_kind",
        "zone_rank",
    ),
    "organizations.Industry": _all(P, "code", "name", "parent"),
    "organizations.IndustrialChain": _all(P, "code", "name", "sort_order", "is_active"),
    "organizations.QualificationType": _all(
        P, "code", "name", "category", "sort_order", "is_active"
    ),
    "organizations.Organization": {
        **_all(
            P,
            "id",
            "credit_code",
            "name",
            "kind",
            "region",
            "industry",
            "size",
            "founded_on",
            "chains",
            "name_pinyin",
            "search_text",
        ),
        **_all(
            IN,
            "address",
            "registered_capital",
            "employees",
            "parent",
            "seal",
            "is_active",
            "created_at",
            "updated_at",
        ),
        "contact_name": PI,
        "contact_phone": S,
    },
    "organizations.Qualification": {
        **_all(
            P, "id", "organization", "type", "valid_from", "valid_until", "certificate_no", "batch"
        ),
        "seal": IN,
    },
    "supervision.Indicator": _all(
        P,
        "id",
        "code",
        "name",
        "unit",
        "direction",
        "frequency",
        "source",
        "computation",
        "aggregation",
        "description",
        "sort_order",
        "is_active",
        "created_at",
        "updated_at",
    ),
    "supervision.Target": _all(
        IN,
        "id",
        "indicator",
        "region",
        "year",
        "kind",
        "comparator",
        "value",
        "value_max",
        "baseline",
        "parent",
        "weight",
        "responsible_unit",
        "note",
        "source_text",
        "created_by",
        "created_at",
        "updated_at",
    ),
    "supervision.ReportedValue": _all(
        IN,
        "id",
        "indicator",
        "region",
        "year",
        "as_of",
        "value",
        "evidence",
        "note",
        "status",
        "reported_by",
        "reported_at",
        "reviewed_by",
        "reviewed_at",
        "review_note",
    ),
    # Bulletins are internal until published, then circulated to officers below (not public).
    "bulletins.BulletinTemplate": _all(
        IN, "id", "region", "name", "version", "file", "is_default", "uploaded_by", "uploaded_at"
    ),
    "bulletins.Bulletin": _all(
        IN,
        "id",
        "title",
        "year",
        "seq",
        "number",
        "period_label",
        "as_of",
        "region",
        "indicators",
        "template",
        "foreword",
        "status",
        "summary",
        "version",
        "docx",
        "pdf",
        "job",
        "created_by",
        "created_at",
        "generated_at",
        "published_at",
        "published_by",
    ),
    "bulletins.BulletinEdition": _all(
        IN,
        "id",
        "bulletin",
        "version",
        "docx",
        "pdf",
        "figures",
        "template_label",
        "timings",
        "generated_by",
        "generated_at",
    ),
    "bulletins.BulletinDelivery": _all(IN, "id", "bulletin", "region", "delivered_at"),
    "notices.Notice": {
        **_all(IN, "id", "recipient", "kind", "dedupe_key", "created_at", "read_at"),
        # A notice may name an applicant or a person (a return reason, a decision).
        **_all(PI, "title", "body", "link"),
    },
    "jobs.Job": _all(
        IN,
        "id",
        "kind",
        "title",
        "status",
        "progress",
        "message",
        "log",
        "params",
        "result",
        "input_file",
        "created_by",
        "created_at",
        "started_at",
        "finished_at",
        "heartbeat_at",
        "attempts",
    ),
    "programmes.Holiday": _all(P, "day", "name", "is_workday"),
    "programmes.ProgrammeType": _all(P, "code", "name", "description", "sort_order", "is_active"),
    "programmes.ProgrammeConfig": {
        **_all(P, "id", "programme_type", "version", "form", "attachments", "stages"),
        **_all(P, "eligibility", "quotas", "scoring", "note", "created_at"),
        "created_by": IN,
    },
    "programmes.Call": {
        **_all(P, "id", "programme_type", "config", "code", "name", "year", "guide"),
        **_all(P, "opens_at", "closes_at", "created_at"),
        **_all(IN, "receipt_counter", "created_by"),
    },
    "programmes.Application": {
        # Title, applicant, amount and stage are published in the 公示 of approved projects.
        **_all(P, "id", "call", "applicant", "region", "title", "amount", "publicity_ends_on"),
        **_all(IN, "config", "status", "stage", "version", "receipt_number", "submitted_at"),
        **_all(IN, "stage_entered_at", "score", "stage_data", "quota_region", "created_at"),
        **_all(IN, "updated_at", "created_by"),
        # Team members inside: names and masked ID numbers (the raw number is never stored).
        "data": PI,
    },
    "programmes.ApplicationVersion": {
        **_all(IN, "id", "application", "number", "title", "attachments", "receipt_number"),
        **_all(IN, "created_by", "created_at"),
        "data": PI,
    },
    "programmes.Attachment": _all(
        IN,
        "id",
        "application",
        "slot",
        "file",
        "name",
        "kind",
        "size",
        "sha256",
        "uploaded_by",
        "uploaded_at",
    ),
    "programmes.TimelineEvent": {
        **_all(IN, "id", "application", "kind", "action", "label", "from_stage", "to_stage"),
        **_all(IN, "from_status", "to_status", "actor", "actor_role", "reason", "detail"),
        **_all(IN, "created_at"),
        "actor_name": PI,
    },
    "programmes.IdempotencyKey": _all(
        IN, "id", "actor", "key", "application", "response", "created_at"
    ),
    "programmes.BlacklistEntry": {
        **_all(IN, "id", "kind", "credit_code", "programme_type", "reason", "starts_on"),
        **_all(IN, "ends_on", "created_by", "created_at"),
        **_all(PI, "name", "id_masked"),
        "id_digest": X,
    },
    "programmes.ReviewAssignment": _all(
        IN,
        "id",
        "application",
        "reviewer",
        "scores",
        "total",
        "comment",
        "assigned_by",
        "assigned_at",
        "submitted_at",
    ),
}

_LISTING_PUBLIC = (
    "id",
    "title",
    "summary",
    "field",
    "discipline_code",
    "keywords",
    "organization",
    "region",
    "chain",
    "status",
    "published_at",
    "expires_on",
)
_LISTING_INTERNAL = (
    "owner",
    "review_note",
    "reviewed_by",
    "notify_matches",
    "duplicate_of",
    "duplicate_score",
    "created_at",
    "updated_at",
)
CLASSIFICATION.update(
    {
        # Technology market (issue 7): published listings are public except their contacts.
        "market.Achievement": {
            **_all(P, *_LISTING_PUBLIC, "patents", "maturity", "transfer_modes", "price"),
            **_all(P, "negotiable"),
            **_all(IN, *_LISTING_INTERNAL),
            "contact_name": PI,
            "contact_phone": S,
        },
        "market.Demand": {
            **_all(P, *_LISTING_PUBLIC, "budget", "negotiable", "deadline"),
            **_all(IN, *_LISTING_INTERNAL),
            "contact_name": PI,
            "contact_phone": S,
        },
        "market.MatchFeedback": _all(
            IN,
            "id",
            "user",
            "source_kind",
            "source_id",
            "target_kind",
            "target_id",
            "useful",
            "created_at",
        ),
        "market.BrokerProfile": {
            **_all(IN, "id", "user", "level", "specialties"),
            "certificate_no": PI,
        },
        "market.Deal": _all(
            IN, "id", "demand", "achievement", "broker", "stage", "created_at", "updated_at"
        ),
        "market.DealNote": _all(
            IN, "id", "deal", "author", "stage", "text", "document", "created_at"
        ),
        "market.Roadshow": {
            **_all(P, "id", "title", "kind", "region", "held_on", "venue", "achievements"),
            **_all(P, "outcome", "deals_signed", "amount_signed"),
            **_all(IN, "created_by", "created_at"),
        },
        "market.RoadshowRegistration": _all(
            IN, "id", "roadshow", "organization", "user", "created_at"
        ),
        # Contract amounts are business secrets of the parties until aggregated.
        "market.TechContract": _all(
            IN,
            "id",
            "contract_no",
            "title",
            "kind",
            "seller",
            "seller_region",
            "buyer",
            "buyer_name",
            "buyer_region",
            "buyer_country",
            "signed_on",
            "total_amount",
            "tech_amount",
            "paid_amount",
            "status",
            "flags",
            "registration_no",
            "registered_at",
            "review_note",
            "submitted_by",
            "reviewed_by",
            "created_at",
        ),
    }
)
