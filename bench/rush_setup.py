"""Child process of `deadline_rush`: prepare the bench database, and reconcile it after the run.

    python -m bench.rush_setup setup --submitters N --readers N --seed N --targets FILE --result F
    python -m bench.rush_setup reconcile --log FILE --result FILE

`setup` drops and recreates the rush database (PostgreSQL `<prefix>rush`, SQLite under
var/bench/<db>-rush/), migrates it, loads the region tree, publishes the 省新产品开发计划
configuration and opens one call, then writes directly through the ORM (fast, one transaction):
N enterprises in county-level units with one user and one API token each, and a few reader
enterprises whose application is already submitted (through the services), each with a signed-in
page session. The tokens, session keys and page targets go to FILE for the load generator.

`reconcile` reads the load generator's log of everything clients were told and checks it
against the database: every receipt a client got is exactly one application row, every
idempotency key is exactly one row, no application is submitted without a receipt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import secrets
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from bench.common import Target, drop_database, setup_django, write_result


def form_data(form: dict[str, Any], seed: int) -> dict[str, Any]:
    """A complete, valid answer to the call's form: the demo's plausible values."""
    from apps.programmes.demo import _fill

    return _fill(form, random.Random(seed), "高精度光学镜头开发")


def _bench_config() -> dict[str, Any]:
    """The preset with attachments optional: the API has no upload endpoint yet, so a script
    (and this load generator) could not submit otherwise. Everything else is the preset's."""
    from apps.programmes import presets

    config = presets.new_product()
    config["attachments"] = [{**a, "required": False} for a in config["attachments"]]
    return config


def _migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def _organizations(count: int, counties: list[str], rng: random.Random, prefix: str) -> list[int]:
    from apps.organizations import credit_code
    from apps.organizations.imports import OrganizationRow
    from apps.organizations.models import Organization
    from apps.organizations.services import organizations_bulk_create

    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    rows = []
    for i in range(count):
        region = rng.choice(counties)
        body = "".join(rng.choice(alphabet) for _ in range(8))
        code = credit_code.make("9", "1", region, body)
        rows.append(
            OrganizationRow(
                row=i + 2,
                credit_code=code,
                name=f"{prefix}测试企业{i + 1:05d}有限公司",
                kind="enterprise",
                region_code=region,
                industry_code=None,
                size="small",
            )
        )
    # Random bodies may repeat; keep the first of each code.
    unique = list({r.credit_code: r for r in rows}.values())
    organizations_bulk_create(actor=None, rows=unique)
    codes = [r.credit_code for r in unique]
    ids = dict(Organization.objects.filter(credit_code__in=codes).values_list("credit_code", "pk"))
    return [ids[c] for c in codes]


def _users(org_ids: list[int], prefix: str) -> list[tuple[int, str]]:
    """One enterprise user per organisation with an API token; returns (user id, token)."""
    from django.conf import settings
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from apps.accounts.choices import DEFAULT_SCOPE, Role
    from apps.accounts.models import ApiToken, User
    from apps.organizations.models import Organization

    password = make_password(secrets.token_urlsafe(16))  # hashed once, nobody signs in with it
    now = timezone.now()
    # As `user_create` does: an organisation's user belongs to the organisation's region.
    regions = dict(Organization.objects.filter(pk__in=org_ids).values_list("pk", "region_id"))
    users = [
        User(
            username=f"{prefix}{i:05d}",
            display_name=f"申报员{i:05d}",
            role=Role.ENTERPRISE,
            data_scope=DEFAULT_SCOPE[Role.ENTERPRISE],
            organization_id=org_id,
            region_id=regions[org_id],
            password=password,
            password_changed_at=now,
        )
        for i, org_id in enumerate(org_ids)
    ]
    User.objects.bulk_create(users, batch_size=2000)
    ids = dict(User.objects.filter(username__startswith=prefix).values_list("username", "pk"))
    hours = max(settings.KECHUANG_API_TOKEN_HOURS, 24)
    keys = ["kc_" + secrets.token_urlsafe(32) for _ in users]
    ApiToken.objects.bulk_create(
        [
            ApiToken(
                user_id=ids[u.username],
                key_hash=ApiToken.hash_key(k),
                expires_at=now + dt.timedelta(hours=hours),
            )
            for u, k in zip(users, keys, strict=True)
        ],
        batch_size=2000,
    )
    return [(ids[u.username], k) for u, k in zip(users, keys, strict=True)]


def _session(user_id: int) -> str:
    """A signed-in page session, as `login()` would leave it (with the session registry row)."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    from apps.accounts.models import User, UserSession
    from apps.accounts.sessions import LOGIN_AT

    user = User.objects.get(pk=user_id)
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[-1]  # the password backend
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store[LOGIN_AT] = time.time()
    store.create()
    assert store.session_key is not None
    UserSession.objects.create(session_key=store.session_key, user=user, ip="127.0.0.1")
    return store.session_key


def setup(args: argparse.Namespace) -> dict[str, Any]:
    target = Target(args.db, "rush")
    started = time.perf_counter()
    drop_database(target)
    setup_django()
    from django.core.management import call_command
    from django.db import connections, transaction
    from django.utils import timezone
    from django.utils.crypto import get_random_string

    from apps.accounts.models import User
    from apps.programmes import configuration, services
    from apps.programmes.models import Application, Call, ProgrammeType
    from apps.regions.choices import RegionLevel
    from apps.regions.models import Region
    from apps.regions.services import regions_load

    _migrate()
    migrated_s = time.perf_counter() - started
    call_command("collectstatic", interactive=False, verbosity=0)
    regions_load(actor=None, province_code="360000")
    rng = random.Random(args.seed)
    counties = sorted(
        Region.objects.filter(level=RegionLevel.COUNTY).values_list("code", flat=True)
    )
    t0 = time.perf_counter()
    with transaction.atomic():
        ptype = ProgrammeType.objects.create(code="new-product", name="省新产品开发计划")
        config = configuration.config_publish(
            actor=None, programme_type=ptype, config=_bench_config(), note="截止冲刺基准"
        )
        now = timezone.now()
        call = Call.objects.create(
            programme_type=ptype,
            config=config,
            code="np-rush",
            name="2027年省新产品开发计划（截止冲刺）",
            year=2027,
            opens_at=now - dt.timedelta(days=20),
            closes_at=now + dt.timedelta(days=2),
        )
        org_ids = _organizations(args.submitters + args.readers, counties, rng, "冲刺")
        people = _users(org_ids, "rush_e")
    submitters = people[: args.submitters]
    data = form_data(config.form, args.seed)
    readers = []
    for user_id, token in people[args.submitters :]:
        user = User.objects.get(pk=user_id)
        app = services.application_create(
            actor=user, call=call, title="高精度光学镜头开发", data=data
        )
        services.application_submit(actor=user, application=app, idempotency_key="setup")
        readers.append(
            {
                "token": token,
                "session": _session(user_id),
                # A browser keeps the CSRF cookie of its first page; without it every page would
                # mint a new secret and cookie, work no real reader causes.
                "csrf": get_random_string(32),  # CSRF_SECRET_LENGTH, letters and digits
                "application": app.pk,
            }
        )
    created_s = time.perf_counter() - t0
    targets = {
        "call": call.pk,
        "form": data,
        "submitters": [{"user": u, "token": t} for u, t in submitters],
        "readers": readers,
        "static": _static_path(),
    }
    Path(args.targets).write_text(json.dumps(targets, ensure_ascii=False), "utf-8")
    result = {
        "database": target.database_url,
        "submitters": len(submitters),
        "readers": len(readers),
        "applications_before": Application.objects.count(),
        "migrate_s": round(migrated_s, 1),
        "create_s": round(created_s, 1),
        "setup_s": round(time.perf_counter() - started, 1),
    }
    connections.close_all()
    return result


def _static_path() -> str:
    """A stylesheet every page links (served by whitenoise from STATIC_ROOT)."""
    from django.conf import settings

    root = Path(settings.STATIC_ROOT)
    for candidate in sorted(root.rglob("*.css")):
        rel = candidate.relative_to(root).as_posix()
        if "bootstrap" in rel and rel.endswith(".min.css"):
            return f"{settings.STATIC_URL}{rel}"
    css = sorted(root.rglob("*.css"))
    return f"{settings.STATIC_URL}{css[0].relative_to(root).as_posix()}" if css else "/healthz"


def reconcile(args: argparse.Namespace) -> dict[str, Any]:
    """What clients were told against what the database holds."""
    setup_django()
    from apps.programmes.choices import ApplicationStatus
    from apps.programmes.models import Application, ApplicationVersion, Call, IdempotencyKey

    log = json.loads(Path(args.log).read_text("utf-8"))
    flows: list[dict[str, Any]] = log["flows"]
    readers = [r["application"] for r in json.loads(Path(args.targets).read_text())["readers"]]
    call = Call.objects.get(code="np-rush")
    apps = {
        a["pk"]: a
        for a in Application.objects.filter(call=call)
        .exclude(pk__in=readers)  # submitted during setup, for the page reads
        .values("pk", "applicant_id", "created_by_id", "status", "receipt_number")
    }
    by_receipt = Counter(a["receipt_number"] for a in apps.values() if a["receipt_number"])
    row_of = {a["receipt_number"]: a for a in apps.values() if a["receipt_number"]}
    keys = defaultdict(list)
    for claim in (
        IdempotencyKey.objects.filter(application__call=call, operation="application.submit")
        .exclude(application__in=readers)
        .values("actor_id", "key", "application_id", "response")
    ):
        keys[(claim["actor_id"], claim["key"])].append(claim)
    versions = Counter(
        ApplicationVersion.objects.filter(application__call=call)
        .exclude(application__in=readers)
        .values_list("application_id", flat=True)
    )

    receipts_told = 0
    lost: list[str] = []  # a client holds a receipt that is not exactly one submitted row
    duplicated: list[str] = []  # one submission became more than one row / receipt / version
    mismatched: list[str] = []  # a client was told different receipts for one application
    keys_checked = 0
    unreceipted_flows = 0
    for flow in flows:
        told = {r for r in flow.get("receipts", []) if r}
        app_id = flow.get("application")
        if not told:
            unreceipted_flows += 1
        if len(told) > 1:
            mismatched.append(f"application {app_id}: {sorted(told)}")
        for receipt in told:
            receipts_told += 1
            row = row_of.get(receipt)
            if row is None:
                lost.append(f"{receipt} (application {app_id}): no row")
            elif by_receipt[receipt] > 1:
                duplicated.append(f"{receipt}: {by_receipt[receipt]} rows")
            elif row["pk"] != app_id or row["status"] != ApplicationStatus.ACTIVE:
                lost.append(f"{receipt}: row {row['pk']} is {row['status']}")
        for key in flow.get("keys", []):
            keys_checked += 1
            stored = keys.get((flow["user"], key), [])
            if len(stored) > 1:
                duplicated.append(f"key {key}: {len(stored)} rows")
            elif stored and stored[0]["application_id"] != app_id:
                duplicated.append(f"key {key}: names application {stored[0]['application_id']}")
            elif stored and told and stored[0]["response"].get("receipt_number") not in told:
                mismatched.append(f"key {key}: stored answer differs from what the client got")
    submitted = [a for a in apps.values() if a["status"] == ApplicationStatus.ACTIVE]
    without_receipt = [a["pk"] for a in submitted if not a["receipt_number"]]
    per_org = Counter(a["applicant_id"] for a in apps.values())
    two_versions = [pk for pk, n in versions.items() if n > 1]
    told_of: dict[int, bool] = {}
    for f in flows:
        if f.get("application"):
            told_of[f["application"]] = told_of.get(f["application"], False) or bool(
                f.get("receipts")
            )
    submitted_not_told = [a["pk"] for a in submitted if told_of.get(a["pk"]) is False]
    counter = Call.objects.values_list("receipt_counter", flat=True).get(pk=call.pk)
    counter -= len(readers)
    return {
        "flows": len(flows),
        "receipts_told": receipts_told,
        "keys_checked": keys_checked,
        "applications": len(apps),
        "submitted": len(submitted),
        "receipt_counter": counter,
        "distinct_receipts": len(by_receipt),
        "lost": len(lost),
        "duplicated": len(duplicated)
        + len(two_versions)
        + sum(1 for n in per_org.values() if n > 1)
        + sum(1 for n in by_receipt.values() if n > 1),
        "mismatched": len(mismatched),
        "submitted_without_receipt": len(without_receipt),
        "flows_without_receipt": unreceipted_flows,
        "submitted_but_client_not_told": len(submitted_not_told),
        "versions_over_one": len(two_versions),
        "counter_gap": counter - len(by_receipt),
        "examples": (lost + duplicated + mismatched)[:10],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("setup")
    s.add_argument("--db", choices=["sqlite", "postgres"], required=True)
    s.add_argument("--submitters", type=int, required=True)
    s.add_argument("--readers", type=int, default=100)
    s.add_argument("--seed", type=int, default=20261202)
    s.add_argument("--targets", required=True)
    s.add_argument("--result", required=True)
    r = sub.add_parser("reconcile")
    r.add_argument("--log", required=True)
    r.add_argument("--targets", required=True)
    r.add_argument("--result", required=True)
    args = parser.parse_args()
    data = setup(args) if args.command == "setup" else reconcile(args)
    write_result(args.result, data)


if __name__ == "__main__":
    main()
