"""Importing organisations from Excel: the happy path and every kind of bad file.

The job runs through huey in immediate mode (the real task code, synchronously); the upload
goes through the page. Whatever is wrong, nothing is written and the messages name row and
column in Chinese.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, TestCase

from apps.audit.models import AuditEvent
from apps.jobs.models import Job
from apps.organizations import imports
from apps.organizations.models import Organization
from conftest import client_for
from tests.factories import OrganizationFactory, next_credit_code

pytestmark = pytest.mark.django_db


def row(**over: Any) -> list[Any]:
    base = {
        "统一社会信用代码": next_credit_code("360102"),
        "名称": "南昌导入测试科技有限公司",
        "机构类型": "企业",
        "地区代码": "360102",
        "行业代码": "C39",
        "产业链": "电子信息、新材料",
        "规模": "小型",
        "成立日期": "2018-05-20",
        "地址": "南昌市东湖区测试路1号",
        "注册资本（万元）": "500",
        "从业人数": "35",
    }
    base.update(over)
    return [base[h] for h in imports.HEADERS]


def workbook(
    rows: list[list[Any]],
    *,
    headers: list[str] | None = None,
    sheet: str = imports.SHEET,
    extra_sheet: bool = False,
) -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(headers or imports.HEADERS)
    for r in rows:
        ws.append(r)
    if extra_sheet:
        wb.create_sheet("草稿").append(["随便写的"])
    return wb


def as_bytes(wb: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def upload(client: Client, content: bytes, name: str = "机构.xlsx") -> Job:
    before = set(Job.objects.values_list("pk", flat=True))
    with TestCase.captureOnCommitCallbacks(execute=True):  # the job is queued on commit
        response = client.post(
            "/organizations/import/", {"file": SimpleUploadedFile(name, content)}
        )
    new = Job.objects.exclude(pk__in=before)
    if not new.exists():
        raise AssertionError(response.content.decode()[:2000])
    job = new.get()
    assert response.status_code == 302
    return job


def messages(job: Job) -> list[str]:
    out = []
    for e in job.result.get("errors", []):
        where = f"第{e['row']}行“{e['column']}”列：" if e["row"] and e["column"] else ""
        out.append(where + e["message"])
    return out


def test_good_file_imports_all_rows_with_audit(nanchang_officer):
    client = client_for(nanchang_officer)
    rows = [row(名称=f"南昌导入测试{i}号科技有限公司") for i in range(30)]
    rows.append(row(地区代码="360100Z01", 产业链="", 规模="", 成立日期=""))
    job = upload(client, as_bytes(workbook(rows, extra_sheet=True)))
    job.refresh_from_db()
    assert job.status == "succeeded", job.result
    assert job.result["created"] == 31
    assert job.progress == 100
    assert "已忽略其他工作表：草稿" in job.log
    assert Organization.objects.filter(name__startswith="南昌导入测试").count() == 31
    org = Organization.objects.get(name="南昌导入测试7号科技有限公司")
    assert {c.name for c in org.chains.all()} == {"电子信息", "新材料"}
    assert org.search_text and "nc" in org.search_text
    events = AuditEvent.objects.filter(action="organization.import", actor=nanchang_officer)
    listed = [code for e in events for _, code, _ in e.after["organizations"]]
    expected = Organization.objects.filter(name__startswith="南昌导入测试")
    assert sorted(listed) == sorted(expected.values_list("credit_code", flat=True))
    page = client.get(f"/jobs/{job.pk}/").content.decode()
    assert "导入成功" in page


def test_one_bad_row_writes_nothing_and_names_row_and_column(nanchang_officer):
    client = client_for(nanchang_officer)
    good = row()
    bad_code = row(统一社会信用代码="91360100MA35ABCD44")  # wrong check character
    job = upload(client, as_bytes(workbook([good, good[:], bad_code])))
    job.refresh_from_db()
    assert job.status == "failed"
    text = "\n".join(messages(job))
    assert "第3行“统一社会信用代码”列：与第2行重复" in text
    assert (
        "第4行“统一社会信用代码”列：统一社会信用代码第18位校验码错误：应为“3”，实际为“4”。" in text
    )
    assert Organization.objects.filter(name="南昌导入测试科技有限公司").count() == 0
    page = client.get(f"/jobs/{job.pk}/").content.decode()
    assert "未写入任何数据" in page
    errors_xlsx = openpyxl.load_workbook(
        io.BytesIO(client.get(f"/jobs/{job.pk}/errors.xlsx").content)
    )
    assert errors_xlsx.active.max_row == 3


@pytest.mark.parametrize(
    ("override", "column", "fragment"),
    [
        ({"地区代码": "360799"}, "地区代码", "不是已登记的行政区划或园区代码"),
        ({"地区代码": "360702"}, "地区代码", "不在您的管辖范围内"),
        ({"机构类型": "公司"}, "机构类型", "无效"),
        ({"名称": ""}, "名称", "必填项为空"),
        ({"名称": "长" * 10_000}, "名称", "不超过200字"),
        ({"行业代码": "Z99"}, "行业代码", "GB/T 4754"),
        ({"产业链": "元宇宙"}, "产业链", "不在产业链字典中"),
        ({"规模": "特大"}, "规模", "应为"),
        ({"成立日期": "去年"}, "成立日期", "日期格式"),
        ({"注册资本（万元）": "-5"}, "注册资本（万元）", "非负数字"),
        ({"从业人数": "三十"}, "从业人数", "非负整数"),
        ({"统一社会信用代码": "91360100MA35ABC"}, "统一社会信用代码", "应为18位"),
        ({"统一社会信用代码": "91360100MA35ABCI43"}, "统一社会信用代码", "第16位“I”不是有效字符"),
    ],
)
def test_field_errors(nanchang_officer, override, column, fragment):
    job = upload(client_for(nanchang_officer), as_bytes(workbook([row(), row(**override)])))
    job.refresh_from_db()
    assert job.status == "failed"
    found = [m for m in messages(job) if m.startswith(f"第3行“{column}”列：")]
    assert found and fragment in found[0], messages(job)
    assert not Organization.objects.filter(name__startswith="南昌导入测试").exists()


def test_duplicate_of_registered_organisation(nanchang_officer, nanchang_enterprise):
    job = upload(
        client_for(nanchang_officer),
        as_bytes(workbook([row(统一社会信用代码=nanchang_enterprise.credit_code)])),
    )
    job.refresh_from_db()
    assert "第2行“统一社会信用代码”列：该机构已登记，不能重复导入" in messages(job)


def test_hostile_text_is_stored_as_text_and_rendered_escaped(nanchang_officer):
    names = [
        "<script>alert(1)</script>科技",
        "'; DROP TABLE organizations_organization;--",
        "ＡＢＣ全角科技有限公司",
        "🚀火箭科技有限公司",
    ]
    rows = [row(名称=n) for n in names]
    client = client_for(nanchang_officer)
    job = upload(client, as_bytes(workbook(rows)))
    job.refresh_from_db()
    assert job.status == "succeeded", job.result
    formulas = ['=HYPERLINK("http://x")', "+SUM(A1)", "-2+3", "@cmd"]
    for name in formulas:
        OrganizationFactory.create(name=name, region_id="360102")
    names += formulas
    page = client.get("/organizations/?page_size=100").content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page
    export = client.get("/organizations/export.xlsx").content
    with zipfile.ZipFile(io.BytesIO(export)) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet and b"<f " not in sheet  # exported as text, never formulas
    wb = openpyxl.load_workbook(io.BytesIO(export))
    values = {r[1] for r in wb.active.iter_rows(min_row=2, values_only=True)}
    assert set(names) <= values


def _file_errors(job: Job) -> str:
    job.refresh_from_db()
    assert job.status == "failed"
    return "\n".join(e["message"] for e in job.result["errors"])


def test_wrong_headers(nanchang_officer):
    headers = list(imports.HEADERS)
    headers[1] = "企业名称"
    job = upload(client_for(nanchang_officer), as_bytes(workbook([row()], headers=headers)))
    assert "表头与模板不符（缺少列：名称）" in _file_errors(job)


def test_missing_sheet(nanchang_officer):
    job = upload(client_for(nanchang_officer), as_bytes(workbook([row()], sheet="Sheet1")))
    assert "未找到名为“机构名录”的工作表" in _file_errors(job)


def test_merged_cells(nanchang_officer):
    wb = workbook([row(), row()])
    wb.active.merge_cells("B2:B3")
    job = upload(client_for(nanchang_officer), as_bytes(wb))
    assert "合并单元格 B2:B3" in _file_errors(job)


def test_formulas_are_refused_with_their_cell(nanchang_officer):
    wb = workbook([row()])
    wb.active["K2"] = "=10*3"
    job = upload(client_for(nanchang_officer), as_bytes(wb))
    job.refresh_from_db()
    assert any(
        e["row"] == 2 and e["column"] == "K" and "公式" in e["message"]
        for e in job.result["errors"]
    )


def test_empty_sheet(nanchang_officer):
    job = upload(client_for(nanchang_officer), as_bytes(workbook([])))
    assert "没有数据行" in _file_errors(job)


def refused_at_upload(user, content: bytes, name: str = "机构.xlsx") -> str:
    response = client_for(user).post(
        "/organizations/import/", {"file": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 200
    assert not Job.objects.exists()
    return response.content.decode()


def test_not_an_excel_file_is_refused_at_upload(nanchang_officer):
    html = b"<html><body>not excel</body></html>"
    assert "文件内容是网页（HTML），不是Excel（.xlsx）" in refused_at_upload(nanchang_officer, html)


def test_oversized_file_is_refused_at_upload(nanchang_officer, settings):
    settings.KECHUANG_MAX_UPLOAD_BYTES = 10 * 1024 * 1024
    big = b"PK\x03\x04" + b"0" * (11 * 1024 * 1024)
    response = client_for(nanchang_officer).post(
        "/organizations/import/", {"file": SimpleUploadedFile("big.xlsx", big)}
    )
    assert "超过 10 MB 的上限" in response.content.decode()
    assert not Job.objects.exists()


def test_zip_bomb(nanchang_officer):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"0" * (50 * 1024 * 1024))
    assert "压缩炸弹" in refused_at_upload(nanchang_officer, out.getvalue())


def test_xml_bomb(nanchang_officer):
    content = as_bytes(workbook([row()]))
    src = zipfile.ZipFile(io.BytesIO(content))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/workbook.xml":
                bomb = b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
                data = bomb + data
            dst.writestr(info, data)
    job = upload(client_for(nanchang_officer), out.getvalue())
    assert "XML 实体声明" in _file_errors(job)


def test_corrupt_zip(nanchang_officer):
    assert "文件已损坏" in refused_at_upload(nanchang_officer, b"PK\x03\x04" + b"garbage" * 100)


def test_county_clerk_cannot_import_into_another_county(county_clerk):
    job = upload(client_for(county_clerk), as_bytes(workbook([row(地区代码="360102")])))
    job.refresh_from_db()
    assert "第2行“地区代码”列：“360102”不在您的管辖范围内" in messages(job)


def test_enterprise_cannot_import(enterprise_user):
    client = client_for(enterprise_user)
    assert client.get("/organizations/import/").status_code == 403
    assert client.post("/organizations/import/", {}).status_code == 403
    assert AuditEvent.objects.filter(actor=enterprise_user, result="refused").count() == 2


def test_template_downloads_and_round_trips(nanchang_officer):
    client = client_for(nanchang_officer)
    content = client.get("/organizations/import/template.xlsx").content
    wb = openpyxl.load_workbook(io.BytesIO(content))
    assert wb.sheetnames == [imports.SHEET, imports.HELP_SHEET]
    help_codes = {r[0] for r in wb[imports.HELP_SHEET].iter_rows(values_only=True)}
    assert "360102" in help_codes and "360702" not in help_codes  # only own jurisdiction
    wb[imports.SHEET].append(row())
    job = upload(client, as_bytes(wb))
    job.refresh_from_db()
    assert job.status == "succeeded", job.result
