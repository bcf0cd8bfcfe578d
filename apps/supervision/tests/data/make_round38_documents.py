"""Write round 38's held-out documents (decision 0005, round 38).

Written by an author who had not read the extractor: a city 氢能产业 工作要点 in Word with
the offices in brackets after each task, a county 智慧农业 工作台账 in Word with 序号 / 工作内容 /
责任单位 / 责任人 / 完成时间 / 备注 columns, a provincial 知识产权强省 分工方案 printed to PDF with
(一) tasks under 一、 sections and 牵头单位 / 配合单位 lines, and a city 海外引智 work plan
copied from the government website as plain text with its tasks grouped under each office.
Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round38_documents.py
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

DOCS = Path(__file__).resolve().parent / "docs"


def _font(run: docx.text.run.Run, name: str, size: float) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _title(document: docx.document.Document, title: str) -> None:
    head = document.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(head.add_run(title), "方正小标宋简体", 22)


# ---------------------------------------------------------------------------------------
# 1. A city 氢能产业 工作要点 in Word: 一、 sections, (一) tasks, offices in brackets.

HYDROGEN_TITLE = "萍乡市2025年氢能产业发展工作要点"
HYDROGEN = [
    "一、强化关键技术攻关",
    "（一）围绕电解水制氢、储氢材料、燃料电池电堆等环节，组织实施氢能领域市级科技计划项目"
    "6项以上，市级财政科技资金支持不少于800万元。（市科技局、市财政局）",
    "（二）支持萍乡学院、江西工业工程职业技术学院与氢能企业共建联合实验室，年内建成2个。"
    "（市教育局、市科技局）",
    "二、加快产业项目建设",
    "（三）推进安源区氢能装备产业园建设，全年完成固定资产投资5亿元，"
    "三季度末前实现首批项目投产。（安源区人民政府，市发展改革委）",
    "（四）引进氢能产业链上下游企业5家以上，力争签约项目总投资突破30亿元。"
    "（市商务局、市工信局，各县（区）人民政府）",
    "三、拓展示范应用场景",
    "（五）在公交、环卫、物流领域推广氢燃料电池汽车50辆，11月底前建成加氢站1座。"
    "（市交通运输局、市城管局、市住建局）",
    "（六）开展工业园区绿氢替代示范，年用氢量达到500吨。（市工信局、市生态环境局）",
    "四、完善产业发展保障",
    "（七）制定氢能生产、储运、加注安全管理办法，6月前印发实施。"
    "（市应急管理局、市市场监管局、市城管局）",
    "（八）建立氢能产业发展工作专班调度机制，每季度召开一次调度会。（市发展改革委）",
]


def _hydrogen_docx(path: Path) -> None:
    document = docx.Document()
    _title(document, HYDROGEN_TITLE)
    for line in HYDROGEN:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.first_line_indent = Pt(32)
        head = line[:2] in {f"{n}、" for n in "一二三四五六七八九十"}
        _font(paragraph.add_run(line), "黑体" if head else "仿宋_GB2312", 16)
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 2. A county 智慧农业 工作台账 in Word, landscape, one row per task.

FARM_TITLE = "万年县2025年智慧农业建设工作台账"
FARM_HEADER = ("序号", "工作内容", "责任单位", "责任人", "完成时间", "备注")
FARM_ROWS = [
    (
        "1",
        "建设数字农业示范基地3个，其中水稻全程数字化种植基地不少于1个",
        "县农业农村局",
        "王建华",
        "2025年10月底",
        "",
    ),
    (
        "2",
        "推广植保无人机、北斗导航插秧机等智能农机装备200台（套）",
        "县农业农村局\n县财政局",
        "李明",
        "2025.9.30",
        "享受农机购置补贴",
    ),
    (
        "3",
        "建成县级智慧农业大数据平台，接入新型农业经营主体300家以上",
        "县农业农村局\n县大数据中心",
        "王建华",
        "2025年12月底",
        "",
    ),
    (
        "4",
        "在贡米主产区布设土壤墒情、虫情监测站点20个",
        "县农业农村局",
        "张伟",
        "2025年8月底",
        "",
    ),
    (
        "5",
        "培育农产品电商直播主体50家，全县农产品网络零售额达到8亿元",
        "县商务局\n县农业农村局",
        "陈丽",
        "2025年12月底",
        "",
    ),
    (
        "6",
        "开展智慧农业实用技术培训，培训高素质农民1000人次",
        "县农业农村局\n县人社局",
        "刘芳",
        "每季度",
        "按季度报送培训台账",
    ),
    (
        "7",
        "推进农村地区5G网络覆盖，行政村5G通达率达到95%以上",
        "县工信局\n中国移动万年分公司",
        "周强",
        "2025年11月底",
        "",
    ),
    (
        "8",
        "争创省级数字乡村试点县，6月底前完成申报",
        "县委网信办\n县农业农村局",
        "黄勇",
        "2025年6月底",
        "",
    ),
]


def _farm_docx(path: Path) -> None:
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    _title(document, FARM_TITLE)
    table = document.add_table(rows=1, cols=len(FARM_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, FARM_HEADER, strict=True):
        _font(cell.paragraphs[0].add_run(text), "黑体", 12)
    for row in FARM_ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            paragraph = cell.paragraphs[0]
            for index, line in enumerate(text.split("\n")):
                if index:
                    paragraph = cell.add_paragraph()
                _font(paragraph.add_run(line), "仿宋", 12)
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 3. A provincial 知识产权强省 分工方案 printed to PDF with 牵头单位 / 配合单位 lines.

IP_TITLE = "江西省2025年知识产权强省建设重点任务分工方案"
IP = [
    ("h", "一、提高知识产权创造质量"),
    (
        "p",
        "（一）实施高价值专利培育工程，全省每万人口高价值发明专利拥有量达到5.5件，"
        "新增PCT国际专利申请200件以上。",
    ),
    ("u", "牵头单位：省知识产权局"),
    ("u", "配合单位：省科技厅、省工业和信息化厅"),
    (
        "p",
        "（二）开展商标品牌培育行动，新增地理标志商标10件，9月底前发布首批省级商标品牌指导站名单。",
    ),
    ("u", "牵头单位：省市场监管局"),
    ("u", "配合单位：省农业农村厅、省商务厅"),
    ("h", "二、加强知识产权保护"),
    (
        "p",
        "（三）推进知识产权保护中心建设，年内建成景德镇、赣州知识产权保护中心，专利预审周期压缩至3个月以内。",
    ),
    ("u", "牵头单位：省知识产权局"),
    ("u", "配合单位：景德镇市、赣州市人民政府"),
    ("p", "（四）开展“铁拳”“龙腾”等专项执法行动，全年查办知识产权侵权案件1000件以上。"),
    ("u", "牵头单位：省市场监管局、省公安厅"),
    ("u", "配合单位：南昌海关、省高级人民法院"),
    ("h", "三、促进知识产权运用"),
    ("p", "（五）开展知识产权质押融资入园惠企行动，全年专利商标质押融资金额突破200亿元。"),
    ("u", "牵头单位：省知识产权局"),
    ("u", "配合单位：人民银行江西省分行、国家金融监督管理总局江西监管局"),
    ("p", "（六）培育国家知识产权优势示范企业30家，年底前完成省级知识产权示范企业认定。"),
    ("u", "牵头单位：省知识产权局"),
    ("u", "配合单位：省工业和信息化厅"),
    ("h", "四、强化知识产权服务"),
    ("p", "（七）推动知识产权服务业集聚发展，全省知识产权服务机构达到600家。"),
    ("u", "牵头单位：省知识产权局"),
    ("u", "配合单位：省商务厅"),
    ("p", "（八）开展知识产权人才培训，全年培训各类知识产权人才3万人次，持续推进。"),
    ("u", "牵头单位：省知识产权局"),
    ("u", "配合单位：省人力资源社会保障厅、省教育厅"),
]


def _ip_pdf(path: Path) -> None:
    from weasyprint import HTML

    css = {"h": "h", "p": "p", "u": "u"}
    body = "\n".join(f'<p class="{css[kind]}">{text}</p>' for kind, text in IP)
    html = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm; }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 15pt; line-height: 1.6; }}
h1 {{ text-align: center; font-size: 20pt; font-weight: normal; }}
p {{ margin: 0; text-indent: 2em; }}
p.h {{ font-family: "Noto Sans CJK SC"; }}
</style></head><body>
<h1>{IP_TITLE}</h1>
{body}
</body></html>"""
    HTML(string=html).write_pdf(str(path))


# ---------------------------------------------------------------------------------------
# 4. A city 海外引智 plan copied from the website: tasks grouped under each office heading.

TALENT = """上饶市2025年海外引才引智工作任务清单
来源：上饶市人民政府办公室  发布时间：2025-03-12  浏览次数：1032
【字体：大 中 小】 【打印本页】

为深入实施人才强市战略，扩大海外引才引智规模，现将2025年工作任务按责任单位分解如下。

一、市委人才办
1.统筹开展“海外人才上饶行”活动，全年举办海外引才对接活动4场以上。
2.建立海外高层次人才联系服务制度，常态化开展走访慰问。

二、市科技局
3.组织申报国家、省级引才引智项目，争取立项10项以上，5月底前完成申报。
4.认定市级海外引智示范基地5家，12月中下旬完成认定。
5.办理外国人来华工作许可，审批时限压缩至5个工作日以内。

三、市人社局
6.新设立博士后科研工作站、创新实践基地等海外人才引进平台3个。
7.引进海外留学归国人员200人以上，10月底前兑现首批生活补贴。

四、市外办、市公安局
8.为外籍高层次人才办理签证、居留便利服务，实现“一站式”办理，上半年建成外国人服务窗口。

五、各县（市、区）人民政府
9.每个县（市、区）至少引进海外高层次人才团队1个，市级财政对引进团队给予最高不超过100万元资助。
10.按季度报送海外引才引智工作进展。

上饶市人民政府办公室
2025年3月10日
"""


def main() -> None:
    _hydrogen_docx(DOCS / "heldout38-hydrogen-brackets.docx")
    _farm_docx(DOCS / "heldout38-smart-farm-ledger.docx")
    _ip_pdf(DOCS / "heldout38-ip-division.pdf")
    (DOCS / "heldout38-overseas-talent-web.txt").write_text(TALENT, encoding="utf-8")


if __name__ == "__main__":
    main()
