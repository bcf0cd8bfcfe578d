"""Who sees a bulletin, who may publish it, what publishing sends, and the audit trail."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from apps.accounts.permissions import AccessDenied
from apps.audit.models import AuditEvent
from apps.bulletins import services
from apps.bulletins.choices import BulletinStatus
from apps.bulletins.models import BulletinDelivery
from apps.bulletins.selectors import bulletins_visible
from apps.bulletins.tests.conftest import AS_OF, make_bulletin
from apps.notices.models import Notice
from conftest import _user, client_for

pytestmark = pytest.mark.django_db


def test_draft_is_seen_only_at_its_own_level(
    nanchang_officer, ganzhou_officer, province_officer, donghu_officer, targets
):
    draft = make_bulletin(nanchang_officer, targets["indicators"])
    url = f"/bulletins/{draft.pk}/"
    assert client_for(nanchang_officer).get(url).status_code == 200
    for outsider in (ganzhou_officer, province_officer, donghu_officer):
        assert client_for(outsider).get(url).status_code == 404, outsider
        assert client_for(outsider).get(url + "file.pdf").status_code == 404
        assert not bulletins_visible(actor=outsider).filter(pk=draft.pk).exists()
    refused = AuditEvent.objects.filter(
        action="bulletin.read", result="refused", object_id=str(draft.pk)
    )
    assert refused.filter(actor=ganzhou_officer).exists()


def test_published_provincial_bulletin_reaches_every_level(
    province_officer, nanchang_officer, county_clerk, donghu_officer, enterprise_user, targets
):
    bulletin = make_bulletin(province_officer, targets["indicators"])
    assert client_for(county_clerk).get(f"/bulletins/{bulletin.pk}/").status_code == 404
    services.bulletin_publish(actor=province_officer, bulletin=bulletin)
    for reader in (nanchang_officer, county_clerk, donghu_officer):
        client = client_for(reader)
        page = client.get("/bulletins/")
        assert bulletin.title in page.content.decode(), reader
        assert client.get(f"/bulletins/{bulletin.pk}/").status_code == 200
        pdf = client.get(f"/bulletins/{bulletin.pk}/file.pdf")
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
        assert client.get(f"/bulletins/{bulletin.pk}/file.docx").status_code == 200
    assert client_for(enterprise_user).get(f"/bulletins/{bulletin.pk}/").status_code == 403
    inline = client_for(county_clerk).get(f"/bulletins/{bulletin.pk}/file.pdf?inline=1")
    assert inline["Content-Disposition"].startswith("inline")


def test_city_bulletin_goes_to_its_subtree_only(
    nanchang_officer, donghu_officer, ganzhou_officer, province_officer, targets
):
    bulletin = make_bulletin(nanchang_officer, targets["indicators"])
    services.bulletin_publish(actor=nanchang_officer, bulletin=bulletin)
    assert client_for(donghu_officer).get(f"/bulletins/{bulletin.pk}/").status_code == 200
    assert client_for(province_officer).get(f"/bulletins/{bulletin.pk}/").status_code == 200
    assert client_for(ganzhou_officer).get(f"/bulletins/{bulletin.pk}/").status_code == 404
    regions = set(
        BulletinDelivery.objects.filter(bulletin=bulletin).values_list("region", flat=True)
    )
    assert "360102" in regions and "360700" not in regions and "360100" not in regions


def test_publish_needs_an_officer_of_the_bulletins_region(
    province_officer, nanchang_officer, county_clerk, province_gov, targets
):
    bulletin = make_bulletin(province_officer, targets["indicators"])
    with pytest.raises(AccessDenied):
        services.bulletin_publish(actor=nanchang_officer, bulletin=bulletin)
    with pytest.raises(AccessDenied):
        services.bulletin_publish(actor=county_clerk, bulletin=bulletin)
    # The page: out of scope answers 404 (the draft is not theirs to see), county 404 too.
    assert (
        client_for(nanchang_officer).post(f"/bulletins/{bulletin.pk}/publish/").status_code == 404
    )
    colleague = _user(
        "province_colleague", "province_officer", region="360000", organization=province_gov
    )
    response = client_for(colleague).post(f"/bulletins/{bulletin.pk}/publish/")
    assert response.status_code == 302
    bulletin.refresh_from_db()
    assert bulletin.status == BulletinStatus.PUBLISHED and bulletin.published_by == colleague
    with pytest.raises(ValidationError):
        services.bulletin_publish(actor=province_officer, bulletin=bulletin)  # only once
    with pytest.raises(AccessDenied):
        services.bulletin_generate(actor=province_officer, bulletin=bulletin)  # frozen
    assert AuditEvent.objects.filter(
        action="bulletin.publish", object_id=str(bulletin.pk), actor=colleague
    ).exists()


def test_county_clerk_cannot_compile(county_clerk, targets):
    client = client_for(county_clerk)
    assert client.get("/bulletins/new/").status_code == 403
    assert client.get("/bulletins/templates/").status_code == 403
    with pytest.raises(AccessDenied):
        services.bulletin_create(actor=county_clerk, as_of=AS_OF, indicators=targets["indicators"])
    assert AuditEvent.objects.filter(actor=county_clerk, result="refused").exists()


def test_cannot_publish_before_generation(province_officer, targets):
    bulletin = services.bulletin_create(
        actor=province_officer, as_of=AS_OF, indicators=targets["indicators"]
    )
    with pytest.raises(ValidationError):
        services.bulletin_publish(actor=province_officer, bulletin=bulletin)


def test_publish_notifies_officers_below(
    province_officer, nanchang_officer, county_clerk, enterprise_user, targets
):
    bulletin = make_bulletin(province_officer, targets["indicators"])
    services.bulletin_publish(actor=province_officer, bulletin=bulletin)
    notices = Notice.objects.filter(kind="调度通报")
    recipients = set(notices.values_list("recipient__username", flat=True))
    assert {"nanchang_officer", "county_clerk"} <= recipients
    assert "province_officer" not in recipients and "enterprise_user" not in recipients
    assert notices.first().link == f"/bulletins/{bulletin.pk}/"


def test_no_second_generation_while_one_is_running(province_officer, targets):
    from apps.jobs.choices import JobStatus
    from apps.jobs.models import Job

    bulletin = services.bulletin_create(
        actor=province_officer, as_of=AS_OF, indicators=targets["indicators"]
    )
    job = services.bulletin_generate(actor=province_officer, bulletin=bulletin)  # not run yet
    assert Job.objects.get(pk=job.pk).status == JobStatus.QUEUED
    with pytest.raises(ValidationError):
        services.bulletin_generate(actor=province_officer, bulletin=bulletin)
    client = client_for(province_officer)
    assert client.post(f"/bulletins/{bulletin.pk}/regenerate/").status_code == 409
    assert client.get(f"/bulletins/{bulletin.pk}/edit/").status_code == 409
