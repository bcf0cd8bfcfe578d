"""The expert import template and row validation (no writes here).

Every row is checked before anything is written; errors name the Excel row and the column in
Chinese. An ID number may appear once in the file and must not belong to an expert already
in the database; regions must lie within the importing officer's jurisdiction. Imported
experts wait in the approval queue like registered ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from apps.core.crypto import mac
from apps.core.masking import valid_id_number
from apps.core.text import too_long
from apps.core.xlsx import CellError, write_workbook
from apps.experts import disciplines as taxonomy
from apps.experts.choices import ExpertTier

if TYPE_CHECKING:
    from apps.accounts.models import User

SHEET = "专家名录"
HELP_SHEET = "填写说明"
HEADERS = [
    "姓名",
    "身份证号",
    "手机号",
    "工作单位",
    "单位统一社会信用代码",
    "地区代码",
    "职称",
    "学科代码",
    "熟悉行业代码",
    "熟悉产业链",
    "研究方向关键词",
    "专家类别",
]
REQUIRED = {"姓名", "工作单位", "地区代码", "职称", "学科代码"}
MAX_ROWS = 20_000
# Column → (profile key, the model field's max_length): longer cells are refused, not cut.
TEXT_LIMITS = {
    "姓名": ("name", 50),
    "工作单位": ("organization_name", 200),
    "职称": ("title", 40),
    "研究方向关键词": ("keywords", 300),
}
_TIER = {str(label): value for value, label in ExpertTier.choices}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LIST = re.compile(r"[、,，;；/\s]+")


@dataclass
class ImportContext:
    regions_in_scope: set[str]
    known_regions: set[str]
    orgs_by_code: dict[str, Any]
    industries: dict[str, Any]
    chains_by_name: dict[str, Any]
    regions: dict[str, Any]
    existing_digests: set[str]


@dataclass
class ExpertRow:
    row: int
    data: dict[str, Any] = field(default_factory=dict)


def context_for(actor: User) -> ImportContext:
    from apps.experts.models import Expert
    from apps.organizations.models import IndustrialChain, Industry, Organization
    from apps.regions.models import Region

    regions = {r.code: r for r in Region.objects.all()}
    scope = actor.region.path if actor.region else "\x00"
    return ImportContext(
        regions_in_scope={c for c, r in regions.items() if r.path.startswith(scope)},
        known_regions=set(regions),
        orgs_by_code=_OrgLookup(Organization),
        industries={i.code: i for i in Industry.objects.all()},
        chains_by_name={c.name: c for c in IndustrialChain.objects.filter(is_active=True)},
        regions=regions,
        existing_digests=set(
            Expert.objects.exclude(id_digest="").values_list("id_digest", flat=True)
        ),
    )


class _OrgLookup(dict):  # type: ignore[type-arg]
    """Organisations by credit code, fetched on first use of each code."""

    def __init__(self, model: Any) -> None:
        super().__init__()
        self.model = model

    def __missing__(self, code: str) -> Any:
        found = self.model.objects.filter(credit_code=code).first()
        self[code] = found
        return found


def template_bytes(*, regions: Sequence[tuple[str, str]], chains: Sequence[str]) -> bytes:
    firsts = [d.label for d in taxonomy.all_disciplines().values() if not d.parent]
    help_rows = [
        ["姓名", "必填", "不超过50字"],
        ["身份证号", "选填", "18位，用于识别回避关系和黑名单；系统加密保存"],
        ["手机号", "选填", "11位手机号，系统加密保存"],
        ["工作单位", "必填", "单位全称，不超过200字"],
        ["单位统一社会信用代码", "选填", "已在主体库登记的单位，填写后自动关联"],
        ["地区代码", "必填", "6位行政区划代码，须在您的管辖范围内，见下表"],
        ["职称", "必填", "如 教授、研究员、正高级工程师，不超过40字"],
        ["学科代码", "必填", "GB/T 13745-2009 学科代码（3位或5位），多个用顿号分隔"],
        ["熟悉行业代码", "选填", "GB/T 4754-2017 门类或大类代码，多个用顿号分隔，如 C39"],
        ["熟悉产业链", "选填", "多个用顿号分隔：" + "、".join(chains)],
        ["研究方向关键词", "选填", "多个用顿号分隔，合计不超过300字"],
        ["专家类别", "选填", "、".join(_TIER) + "，默认一般专家"],
        ["", "", ""],
        ["一级学科", "", "、".join(firsts)],
        ["地区代码", "地区名称", ""],
        *[[code, name, ""] for code, name in regions],
    ]
    return write_workbook(
        [(SHEET, HEADERS, []), (HELP_SHEET, ["列", "是否必填", "说明"], help_rows)],
        widths=[10, 20, 14, 30, 22, 10, 14, 20, 14, 20, 30, 10],
    )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _CONTROL.sub("", str(value)).strip()


def validate_rows(
    rows: Sequence[Sequence[Any]], *, context: ImportContext
) -> tuple[list[ExpertRow], list[CellError]]:
    """Check every row; returns the clean rows and all errors (Excel row numbers, header = 1)."""
    if len(rows) > MAX_ROWS:
        return [], [CellError(0, "", f"单次最多导入 {MAX_ROWS} 行，本文件有 {len(rows)} 行。")]
    if not rows:
        return [], [CellError(0, "", "文件中没有数据行。")]
    out: list[ExpertRow] = []
    errors: list[CellError] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(rows):
        n = i + 2
        cells = dict(zip(HEADERS, (_text(v) for v in raw), strict=False))
        row_errors: list[CellError] = []

        def bad(column: str, message: str, n: int = n, acc: list[CellError] = row_errors) -> None:
            acc.append(CellError(n, column, message))

        for name in HEADERS:
            cells.setdefault(name, "")
        if not any(cells.values()):
            continue  # a blank row between records (Excel users leave them) is no record
        for name in sorted(REQUIRED):
            if not cells[name]:
                bad(name, "必填项为空")
        data: dict[str, Any] = {
            "name": cells["姓名"],
            "organization_name": cells["工作单位"],
            "title": cells["职称"],
            "keywords": "、".join(p for p in _LIST.split(cells["研究方向关键词"]) if p),
        }
        for column, (key, limit) in TEXT_LIMITS.items():
            if message := too_long(data[key], limit=limit, label=column):
                bad(column, message)
        ident = cells["身份证号"].upper()
        if ident:
            if not valid_id_number(ident):
                bad("身份证号", "不是有效的18位身份证号（校验位不符）")
            else:
                digest = mac(ident.encode())
                if digest in seen:
                    bad("身份证号", f"与第{seen[digest]}行重复")
                elif digest in context.existing_digests:
                    bad("身份证号", "该专家已在专家库中，不能重复导入")
                seen[digest] = n
                data["id_number"] = ident
        phone = cells["手机号"]
        if phone:
            if not re.fullmatch(r"1[3-9]\d{9}", phone):
                bad("手机号", "应为11位手机号")
            data["mobile"] = phone
        code = cells["单位统一社会信用代码"].upper()
        if code:
            org = context.orgs_by_code[code]
            if org is None:
                bad("单位统一社会信用代码", f"“{code[:20]}”未在主体库登记")
            data["organization"] = org
        region = cells["地区代码"]
        if region:
            if region not in context.known_regions:
                bad("地区代码", f"“{region[:20]}”不是已登记的行政区划代码")
            elif region not in context.regions_in_scope:
                bad("地区代码", f"“{region}”不在您的管辖范围内")
            else:
                data["region"] = context.regions[region]
        if cells["学科代码"]:
            codes, unknown = taxonomy.parse(_LIST.split(cells["学科代码"]))
            if unknown:
                bad("学科代码", f"“{'、'.join(unknown)[:40]}”不是 GB/T 13745-2009 学科代码")
            data["disciplines"] = codes
        industries = []
        for ind in filter(None, _LIST.split(cells["熟悉行业代码"].upper())):
            if ind not in context.industries:
                bad("熟悉行业代码", f"“{ind[:20]}”不是 GB/T 4754-2017 的门类或大类代码")
            else:
                industries.append(context.industries[ind])
        data["industries"] = industries
        chains = []
        for chain in filter(None, _LIST.split(cells["熟悉产业链"])):
            if chain not in context.chains_by_name:
                bad("熟悉产业链", f"“{chain[:20]}”不在产业链字典中")
            else:
                chains.append(context.chains_by_name[chain])
        data["chains"] = chains
        tier = _TIER.get(cells["专家类别"] or "一般专家", "")
        if not tier:
            bad("专家类别", f"应为：{'、'.join(_TIER)}")
        data["tier"] = tier
        if row_errors:
            errors.extend(row_errors)
        else:
            out.append(ExpertRow(row=n, data=data))
    errors.sort(key=lambda e: e.row)
    return (out if not errors else []), errors
