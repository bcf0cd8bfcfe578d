"""Writes to the registry. Each runs in one transaction with its audit rows."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from django.db import transaction

from apps.accounts.permissions import AccessDenied, require
from apps.audit.reveal import personal_reveal
from apps.audit.services import audit_record, snapshot
from apps.core.integrity import seal_of
from apps.core.text import name_index
from apps.organizations import policies
from apps.organizations.models import (
    IndustrialChain,
    Organization,
    Qualification,
    QualificationType,
)
from apps.organizations.selectors import registry_changed
from apps.regions.models import Region

if TYPE_CHECKING:
    from apps.accounts.models import User
    from apps.organizations.imports import OrganizationRow

EDITABLE = (
    "name",
    "kind",
    "region",
    "industry",
    "size",
    "founded_on",
    "address",
    "registered_capital",
    "employees",
    "contact_name",
    "contact_phone",
)
AUDITED = ("credit_code", *EDITABLE)


def _index(org: Organization) -> None:
    """Keep the folded search text and the pinyin sort key in step with the name."""
    org.name_pinyin, org.search_text = name_index(org.name)


@transaction.atomic
def organization_create(
    *,
    actor: User | None,
    credit_code: str,
    name: str,
    kind: str,
    region: Region,
    chains: list[str] | None = None,
    **fields: Any,
) -> Organization:
    """Register an organisation. Officers may register only inside their jurisdiction."""
    if actor is not None:
        require(actor, "organizations.import")
        policies.require_region_in_jurisdiction(actor, region)
    org = Organization(credit_code=credit_code, name=name, kind=kind, region=region, **fields)
    _index(org)
    org.full_clean()
    org.seal = seal_of(org)
    org.save()
    if chains:
        org.chains.set(IndustrialChain.objects.filter(code__in=chains))
    audit_record(actor=actor, action="organization.create", obj=org, after=snapshot(org, AUDITED))
    transaction.on_commit(registry_changed)
    return org


@transaction.atomic
def organization_update(*, actor: User, organization: Organization, **changes: Any) -> Organization:
    """Change an organisation's editable fields (the credit code is its identity: never)."""
    if not policies.may_edit(actor, organization):
        raise AccessDenied("organizations.edit")
    unknown = set(changes) - set(EDITABLE) - {"chains"}
    if unknown:
        raise AccessDenied("organizations.edit", f"不允许修改字段：{'、'.join(sorted(unknown))}")
    if "region" in changes:
        policies.require_region_in_jurisdiction(actor, changes["region"])
    before = snapshot(organization, AUDITED)
    chains = changes.pop("chains", None)
    for key, value in changes.items():
        setattr(organization, key, value)
    _index(organization)
    organization.full_clean()
    organization.seal = seal_of(organization)
    organization.save()
    if chains is not None:
        organization.chains.set(chains)
    audit_record(
        actor=actor,
        action="organization.update",
        obj=organization,
        before=before,
        after=snapshot(organization, AUDITED),
    )
    transaction.on_commit(registry_changed)
    return organization


@transaction.atomic
def qualification_grant(
    *,
    actor: User | None,
    organization: Organization,
    type: QualificationType,
    valid_from: dt.date,
    valid_until: dt.date | None = None,
    certificate_no: str = "",
    batch: str = "",
) -> Qualification:
    """Record that an organisation holds a qualification (or entered a pool) for a period."""
    if actor is not None:
        require(actor, "organizations.import")
        policies.require_region_in_jurisdiction(actor, organization.region)
    q = Qualification(
        organization=organization,
        type=type,
        valid_from=valid_from,
        valid_until=valid_until,
        certificate_no=certificate_no,
        batch=batch,
    )
    q.full_clean()
    q.seal = seal_of(q)
    q.save()
    audit_record(
        actor=actor,
        action="qualification.grant",
        obj=q,
        after=snapshot(q, ("organization", "type", "valid_from", "valid_until")),
    )
    transaction.on_commit(registry_changed)
    return q


def organizations_bulk_create(
    *, actor: User | None, rows: list[OrganizationRow], on_batch: Any = None
) -> int:
    """Write validated import rows with their chains, and an audit row per batch.

    The caller holds the transaction (all or nothing). Rows were validated by
    `imports.validate_rows`, so `full_clean` is not repeated per row here.
    """
    batch_size = 2000
    created = 0
    through = Organization.chains.through
    for start in range(0, len(rows), batch_size):
        chunk = rows[start : start + batch_size]
        orgs = []
        for r in chunk:
            org = Organization(
                credit_code=r.credit_code,
                name=r.name,
                kind=r.kind,
                region_id=r.region_code,
                industry_id=r.industry_code,
                size=r.size,
                founded_on=r.founded_on,
                address=r.address,
                registered_capital=r.registered_capital,
                employees=r.employees,
            )
            _index(org)
            org.seal = seal_of(org)
            orgs.append(org)
        Organization.objects.bulk_create(orgs, batch_size=batch_size)
        if not all(o.pk for o in orgs):  # SQLite < 3.35 does not return ids
            ids = dict(
                Organization.objects.filter(
                    credit_code__in=[o.credit_code for o in orgs]
                ).values_list("credit_code", "pk")
            )
            for o in orgs:
                o.pk = ids[o.credit_code]
        links = [
            through(organization_id=o.pk, industrialchain_id=c)
            for o, r in zip(orgs, chunk, strict=True)
            for c in r.chain_codes
        ]
        through.objects.bulk_create(links, batch_size=5000)
        # One audit row per batch, naming every organisation it created: each write is
        # traceable while a 100,000-row import adds 50 rows to the chain, not 100,000.
        audit_record(
            actor=actor,
            action="organization.import",
            object_type="organizations.Organization",
            object_id=f"{orgs[0].pk}-{orgs[-1].pk}",
            after={
                "count": len(orgs),
                "organizations": [[o.pk, o.credit_code, o.region_id] for o in orgs],
            },
            message=f"批量导入 {len(orgs)} 个机构",
        )
        created += len(orgs)
        if on_batch:
            on_batch(created)
    transaction.on_commit(registry_changed)
    return created


@transaction.atomic
def organization_reveal_contact(*, actor: User, organization: Organization, reason: str) -> str:
    """Reveal the unmasked contact number (reason, audit row, daily limit: apps/audit/reveal)."""
    if not policies.may_reveal(actor, organization):
        raise AccessDenied("personal.reveal")
    return personal_reveal(
        actor=actor,
        obj=organization,
        field="contact_phone",
        value=organization.contact_phone,
        reason=reason,
    )


DICTIONARY_MODELS: dict[str, Any] = {"chain": IndustrialChain, "qualification": QualificationType}


@transaction.atomic
def dictionary_entry_save(
    *, actor: User, kind: str, code: str, name: str, is_active: bool = True
) -> IndustrialChain | QualificationType:
    """Add or edit an industrial chain or qualification type (the system administrator's job).

    Entries are never deleted — organisations and history refer to them — only deactivated.
    """
    require(actor, "dictionaries.manage")
    model = DICTIONARY_MODELS[kind]
    entry = model.objects.filter(code=code).first()
    before = snapshot(entry, ("name", "is_active")) if entry else None
    if entry is None:
        entry = model(code=code, sort_order=model.objects.count())
    entry.name, entry.is_active = name, is_active
    entry.full_clean()
    entry.save()
    audit_record(
        actor=actor,
        action=f"dictionary.{kind}.save",
        obj=entry,
        before=before,
        after=snapshot(entry, ("name", "is_active")),
    )
    transaction.on_commit(registry_changed)
    return entry
