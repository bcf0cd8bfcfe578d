"""Write round 39's held-out documents (decision 0005, round 39).

Written by an author who had not read the extractor (nor its tests, the ledger app or the
bench), from the output conventions of decision 0005 and the real documents alone:

1. heldout39-county-three-year.docx — 进贤县科技创新三年行动方案（2025—2027年）in Word, issued
   with the 县政府办公室's covering notice; a 主要目标 paragraph of headline figures before the
   tasks, 一、/（一）/1. levels, each 1. task closing with a （责任单位：…） bracket whose first
   office leads (said once: “列第一位的为牵头单位，下同”), 保障措施 as 五、 and the 版记 (抄送 …
   印发) at the end.
2. heldout39-transfer-points.pdf — 江西省科学技术厅2025年科技成果转化工作要点, printed to PDF
   with the issuing office in the page header and “— n —” page numbers in the footer; the
   covering notice, the year's headline figures in the preamble, tasks 1.–15. numbered through
   the 一、 sections with （责任处室：…） brackets, tasks running over page breaks, the
   signature, and an 附件 (a contact list table) on its own page.
3. heldout39-lithium-annex.docx — 宜春市推进锂电新能源产业科技创新工作方案 in Word: a short
   body (目标 paragraph, a pointer to the annex, 工作要求) and the tasks in the annex table
   重点任务分解表 with 序号 | 任务类别 | 重点任务 | 具体目标 | 牵头单位 | 配合单位 | 完成时限, the
   任务类别 cells merged down their rows.
4. heldout39-jiujiang-web-traditional.txt — a 九江市人民政府办公室 notice on 高新技术企业培育
   copied from the city website in Traditional characters (繁體, converted once with OpenCC
   s2tw and pasted here), with the site's navigation, 來源/發布時間/瀏覽次數 line, 【打印本頁】
   【關閉窗口】 and the site footer.

Annotation choices (where the conventions are silent):
* An item written “标题。正文……” (a short heading sentence, then the task) takes the heading
  sentence as its title; an item of one running sentence takes the whole sentence. The title
  drops the closing 。 and the closing unit bracket.
* 保障措施 / 工作要求 paragraphs that are numbered are items of the tree (they are numbered
  parts of the document), with no units unless an office is the subject of the task.
* Gold for the Traditional-character notice is written in Simplified characters (title, item
  titles, units, subjects): the ledger is kept in Simplified Chinese and its units must match
  the platform's office names.
* Text keeps the document's full-width punctuation; unit names keep their printed brackets
  (各县（市、区）人民政府).
* Table documents: a merged 任务类别 cell is a group item (number "", level 1) over its rows
  (number = 序号, level 2); the row's title is the 重点任务 cell, its targets come from the
  具体目标 cell.
* Headline targets in an unnumbered paragraph before the first item (doc 1's 主要目标, doc 2's
  preamble, doc 3's 工作目标 paragraph) are document-level targets; the 九江 notice's figures
  sit under its numbered 一、明确目标任务 and belong to that item.
* A total budget or fund (县财政每年安排…不低于3000万元, 全年兑现奖补资金不少于3000万元,
  基金规模不低于10亿元) is a target; a per-enterprise award (给予20万元奖励) is not.
* 组建/认定/建成/培育/推广/选派 are not increment verbs: such targets are `level`; 引进培育
  is an increment (引进). 扩大到30家 is read as a bare figure (`=`), as 达到 alone means `>=`.
* `其中国家级1家` after a count is a target of its own (the national-level part of the count).
* A yearly quota (每年新增入库企业50家以上) sets no deadline; a task opening with 常态化, a
  budget the county sets aside every year (县财政每年安排…), a meeting or activity held every
  quarter (每季度召开一次调度会, 每季度组织一次…对接活动), 按季度推进 / 按季度发布 and
  长期 / 长期坚持 / 持续推进 make the task `ongoing`.
* `到2027年…达到…` and `2027年达到70%以上` are the targets' horizon, not a deadline; the
  item's deadline is its 前/底前 limit only.
* An office as the subject of a 工作要求 paragraph (`市科技局每月调度各地培育进展`) leads it;
  `领导小组办公室设在县科技局` and `由市科技局另行下达` name no responsible unit; `配合省人大常委会
  做好…` is the task's verb, not an assisting unit.
* A 处室 doc names 处室 as units (成果转化与区域创新处 …) exactly as printed.
* Page headers, footers, the covering notice, signatures, 抄送 lines, the website chrome and
  the annex contact list are no items.

Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round39_documents.py
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

DOCS = Path(__file__).resolve().parent / "docs"
HEADINGS = tuple(f"{n}、" for n in "一二三四五六七八九十")


def _font(run: docx.text.run.Run, name: str, size: float, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _centred(document: docx.document.Document, text: str, font: str, size: float) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(paragraph.add_run(text), font, size)


def _right(document: docx.document.Document, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(paragraph.add_run(text), "仿宋_GB2312", 16)


def _body(document: docx.document.Document, text: str, indent: bool = True) -> None:
    paragraph = document.add_paragraph()
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(32)
    if text.startswith(HEADINGS):
        _font(paragraph.add_run(text), "黑体", 16)
    elif text.startswith("（") and "）" in text[:4]:
        head, stop, rest = text.partition("。")
        _font(paragraph.add_run(head + stop), "楷体_GB2312", 16)
        if rest:
            _font(paragraph.add_run(rest), "仿宋_GB2312", 16)
    else:
        _font(paragraph.add_run(text), "仿宋_GB2312", 16)


# ---------------------------------------------------------------------------------------
# 1. A county 科技创新三年行动方案 in Word: 主要目标 first, then 一、/（一）/1. with units.

COUNTY_TITLE = "进贤县科技创新三年行动方案（2025—2027年）"
COUNTY_NOTICE = [
    "进府办发〔2025〕9号",
    "进贤县人民政府办公室关于印发进贤县科技创新三年行动方案（2025—2027年）的通知",
    "各乡（镇）人民政府，县政府各部门，进贤经济开发区管委会：",
    "《进贤县科技创新三年行动方案（2025—2027年）》已经县政府第42次常务会议研究同意，"
    "现印发给你们，请结合实际，认真抓好贯彻落实。",
]
COUNTY = [
    "为深入贯彻落实省委、省政府和南昌市委、市政府关于科技创新的决策部署，大力实施创新驱动"
    "发展战略，加快建设创新型县，结合我县实际，制定本方案。",
    "主要目标：到2027年，全县全社会研发经费投入强度达到2.5%，高新技术企业达到110家，"
    "科技型中小企业突破260家，新增省级以上创新平台15个，技术合同成交额达到20亿元，"
    "每万人口高价值发明专利拥有量达到3件。",
    "一、实施创新主体培育行动",
    "（一）壮大科技型企业群体",
    "1.建立科技型中小企业—高新技术企业—科技领军企业梯次培育库，每年新增入库企业50家以上，"
    "三年累计新认定高新技术企业60家。（责任单位：县科技局、县工信局、县税务局，"
    "列第一位的为牵头单位，下同）",
    "2.支持龙头企业牵头组建创新联合体，2026年底前组建县级创新联合体3个以上。"
    "（责任单位：县工信局、县科技局、进贤经济开发区管委会）",
    "（二）推动企业加大研发投入",
    "1.实施规上工业企业研发活动全覆盖行动，2025年底前有研发活动的规上工业企业占比达到55%，"
    "2027年达到70%以上。（责任单位：县科技局、县统计局、县工信局）",
    "2.落实企业研发投入后补助政策，县财政每年安排科技创新专项资金不低于3000万元。"
    "（责任单位：县财政局、县科技局）",
    "3.常态化开展研发费用加计扣除政策宣讲辅导，每年举办专题培训不少于4场。"
    "（责任单位：县税务局、县科技局）",
    "二、实施创新平台提升行动",
    "（一）建强产业创新平台",
    "1.围绕医疗器械、金属新材料、食品加工等主导产业，新建省级以上工程技术研究中心、"
    "重点实验室等研发平台6个，2027年6月底前实现主导产业省级研发平台全覆盖。"
    "（责任单位：县科技局、县发展改革委、进贤经济开发区管委会）",
    "2.支持南昌大学、江西中医药大学等高校院所在我县设立技术转移分中心或产业研究院，"
    "到2027年累计达到5家。（责任单位：县科技局、县教体局）",
    "（二）打造科技孵化载体",
    "1.推进进贤县科创孵化园建设，2026年3月底前建成投入使用，新增孵化面积2万平方米。"
    "（责任单位：进贤经济开发区管委会、县科技局、县住建局）",
    "2.培育市级以上科技企业孵化器、众创空间4家，其中国家级1家。（责任单位：县科技局）",
    "三、实施成果转化加速行动",
    "（一）畅通技术转移渠道",
    "1.建设县级科技成果转化服务中心，2025年9月底前挂牌运行，年技术合同登记额突破5亿元。"
    "（责任单位：县科技局、县市场监管局）",
    "2.每季度组织一次“科技成果进园区”对接活动，三年促成校企合作项目30项以上。"
    "（责任单位：县科技局、县工信局、各乡（镇）人民政府）",
    "（二）强化知识产权运用",
    "1.实施高价值专利培育工程，到2027年全县有效发明专利达到600件，每年新增专利质押融资"
    "金额5000万元以上。（责任单位：县市场监管局、县科技局、县金融服务中心）",
    "四、实施科技人才集聚行动",
    "（一）引育高层次科技人才",
    "1.深入实施“人才强县”工程，三年引进培育高层次科技人才100名、创新团队10个。"
    "（责任单位：县委人才办、县科技局、县人社局）",
    "2.选派省、市、县科技特派员80人次以上服务乡村产业，2025—2027年滚动推进。"
    "（责任单位：县科技局、县农业农村局）",
    "（二）优化人才服务保障",
    "1.落实人才住房、子女入学、医疗保障等服务政策，人才服务事项办理时限压缩至3个工作日以内。"
    "（责任单位：县委人才办、县住建局、县教体局、县卫健委）",
    "五、保障措施",
    "（一）加强组织领导。成立由县政府主要领导任组长的县科技创新工作领导小组，领导小组办公室"
    "设在县科技局，每季度召开一次调度会，研究解决科技创新工作中的重大问题。",
    "（二）强化资金保障。统筹用好上级科技专项资金和县级科技创新专项资金，引导金融资本、"
    "社会资本投入科技创新，逐步建立多元化科技投入体系。",
    "（三）严格督导考核。将科技创新工作纳入全县高质量发展综合考核，考核结果作为评价各乡（镇）、"
    "各部门工作实绩的重要依据。",
]
COUNTY_RECORD = [
    "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。",
    "进贤县人民政府办公室                    2025年4月18日印发",
]


def _county_docx(path: Path) -> None:
    document = docx.Document()
    _centred(document, "进贤县人民政府办公室文件", "方正小标宋简体", 26)
    _centred(document, COUNTY_NOTICE[0], "仿宋_GB2312", 16)
    _centred(document, COUNTY_NOTICE[1], "方正小标宋简体", 22)
    _body(document, COUNTY_NOTICE[2], indent=False)
    _body(document, COUNTY_NOTICE[3])
    _right(document, "进贤县人民政府办公室")
    _right(document, "2025年4月18日")
    _body(document, "（此件主动公开）")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _centred(document, COUNTY_TITLE, "方正小标宋简体", 22)
    for line in COUNTY:
        _body(document, line)
    document.add_paragraph()
    for line in COUNTY_RECORD:
        _body(document, line, indent=False)
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 2. A provincial department's 工作要点 printed to PDF: header, footer page numbers, 附件.

TRANSFER_TITLE = "江西省科学技术厅2025年科技成果转化工作要点"
TRANSFER_NOTICE = [
    ("c", "赣科办字〔2025〕18号"),
    ("t", "江西省科学技术厅办公室关于印发《江西省科学技术厅2025年科技成果转化工作要点》的通知"),
    ("n", "厅机关各处室、各直属单位，各设区市科技局，赣江新区创新发展局："),
    (
        "p",
        "现将《江西省科学技术厅2025年科技成果转化工作要点》印发给你们，"
        "请结合工作实际，认真抓好落实。",
    ),
    ("p", "附件：江西省科学技术厅2025年科技成果转化工作联系人名单"),
    ("r", "江西省科学技术厅办公室"),
    ("r", "2025年2月26日"),
]
TRANSFER = [
    (
        "p",
        "2025年全省科技成果转化工作的总体思路是：以习近平新时代中国特色社会主义思想为指导，"
        "全面贯彻党的二十大和二十届二中、三中全会精神，深入落实省委科技创新大会部署，"
        "以打通科技成果转化“最后一公里”为目标，健全技术转移体系，壮大技术要素市场，"
        "推动更多科技成果在赣转化落地。全年力争全省技术合同成交额突破2000亿元，"
        "登记技术合同2万项以上。",
    ),
    ("h", "一、健全技术转移体系"),
    (
        "p",
        "1.加快构建覆盖全省的技术转移服务网络，新认定省级技术转移示范机构15家，"
        "年底前实现设区市技术转移分中心全覆盖。（责任处室：成果转化与区域创新处，各设区市科技局）",
    ),
    (
        "p",
        "2.壮大技术经理人队伍，依托高校院所开展技术经理人分级培训，全年培训技术经理人1500人次以上，"
        "新增持证技术经理人300名。（责任处室：成果转化与区域创新处、科技人才与科普处）",
    ),
    (
        "p",
        "3.完善江西网上常设技术市场功能，上半年完成平台升级改造，推动成果、需求、专家、资金"
        "一站式对接，全年发布可转化科技成果3000项以上。（责任处室：成果转化与区域创新处）",
    ),
    ("h", "二、促进高校院所成果转化"),
    (
        "p",
        "4.深化赋予科研人员职务科技成果所有权或长期使用权改革，试点单位扩大到30家，"
        "第三季度完成试点中期评估。（责任处室：政策法规与创新体系建设处、成果转化与区域创新处）",
    ),
    (
        "p",
        "5.组织开展“科技成果进市县”系列对接活动，全年举办专场对接会20场以上，"
        "促成签约项目200项、签约金额50亿元。（责任处室：成果转化与区域创新处，各设区市科技局）",
    ),
    (
        "p",
        "6.推动高校院所设立专业化技术转移机构，省属重点高校实现全覆盖，10月底前出台"
        "高校院所科技成果转化绩效评价办法。（责任处室：政策法规与创新体系建设处，省教育厅）",
    ),
    ("h", "三、强化企业转化主体作用"),
    (
        "p",
        "7.实施科技型中小企业成果转化专项，立项支持项目100项，省级财政科技资金投入2亿元。"
        "（责任处室：资源配置与管理处、高新技术发展处）",
    ),
    (
        "p",
        "8.推进科技金融深度融合，扩大“科贷通”覆盖面，全年新增贷款100亿元以上，"
        "服务科技型企业3000家次。（责任处室：资源配置与管理处）",
    ),
    (
        "p",
        "9.支持企业牵头承担省级重大科技成果转化项目，企业牵头项目比例不低于80%，持续推进。"
        "（责任处室：重大专项处、成果转化与区域创新处）",
    ),
    ("h", "四、打造区域转化高地"),
    (
        "p",
        "10.支持南昌、赣州、九江建设省级科技成果转移转化示范区，年内新建示范区2个。"
        "（责任处室：成果转化与区域创新处，相关设区市科技局）",
    ),
    (
        "p",
        "11.推进中试基地建设，11月中旬前认定省级中试基地10家，中试服务收入达到5亿元。"
        "（责任处室：高新技术发展处、农村科技处、社会发展科技处）",
    ),
    (
        "p",
        "12.开展农业科技成果转化“百县百项”行动，推广农业新品种新技术200项，"
        "12月底前完成年度绩效评价。（责任处室：农村科技处）",
    ),
    ("h", "五、优化转化服务生态"),
    (
        "p",
        "13.配合省人大常委会做好《江西省促进科技成果转化条例》执法检查，6月前完成自查报告。"
        "（责任处室：政策法规与创新体系建设处）",
    ),
    (
        "p",
        "14.建立科技成果转化统计监测制度，按季度发布全省技术合同登记情况。"
        "（责任处室：成果转化与区域创新处、战略规划处）",
    ),
    (
        "p",
        "15.加强科技成果转化典型经验宣传，全年在省级以上媒体刊发宣传报道50篇以上。"
        "（责任处室：办公室、成果转化与区域创新处）",
    ),
    (
        "p",
        "各处室、各单位要对照工作要点，细化工作举措，明确时间节点，确保各项任务落地见效。"
        "工作推进情况请于每季度末报送成果转化与区域创新处。",
    ),
]
TRANSFER_CONTACTS = [
    ("1", "南昌市科技局", "刘志强", "成果转化科科长", "0791-83881216"),
    ("2", "九江市科技局", "陈晓燕", "成果转化科副科长", "0792-8226135"),
    ("3", "景德镇市科技局", "胡文斌", "科技服务科科长", "0798-8561027"),
    ("4", "萍乡市科技局", "彭海涛", "成果转化科科长", "0799-6836520"),
    ("5", "新余市科技局", "黄静", "科技服务科四级主任科员", "0790-6442319"),
    ("6", "鹰潭市科技局", "吴俊", "成果转化科科长", "0701-6210473"),
    ("7", "赣州市科技局", "钟立平", "成果转化科科长", "0797-8399062"),
    ("8", "宜春市科技局", "易伟", "成果转化科科长", "0795-3998214"),
    ("9", "上饶市科技局", "徐丽萍", "科技服务科科长", "0793-8227548"),
    ("10", "吉安市科技局", "肖明", "成果转化科科长", "0796-8223301"),
    ("11", "抚州市科技局", "饶建国", "成果转化科科长", "0794-8262175"),
    ("12", "赣江新区创新发展局", "邓磊", "科技创新处副处长", "0791-83756620"),
]


def _transfer_pdf(path: Path) -> None:
    from weasyprint import HTML

    def block(kind: str, text: str) -> str:
        return f'<p class="{kind}">{text}</p>'

    notice = "\n".join(block(kind, text) for kind, text in TRANSFER_NOTICE)
    body = "\n".join(block(kind, text) for kind, text in TRANSFER)
    rows = "\n".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in TRANSFER_CONTACTS
    )
    html = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm;
  @top-center {{ content: "江西省科学技术厅办公室"; font-family: "Noto Serif CJK SC";
    font-size: 10.5pt; border-bottom: 0.5pt solid #c00; width: 100%; }}
  @bottom-center {{ content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
    font-size: 14pt; }} }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 16pt; line-height: 1.75; }}
p {{ margin: 0; text-indent: 2em; text-align: justify; }}
p.c {{ text-align: center; text-indent: 0; }}
p.t, h1 {{ text-align: center; text-indent: 0; font-size: 21pt; font-weight: normal;
  margin: 0.6em 0; }}
p.n {{ text-indent: 0; }}
p.r {{ text-align: right; padding-right: 2em; }}
p.h {{ font-family: "Noto Sans CJK SC"; }}
.annex {{ page-break-before: always; }}
table {{ border-collapse: collapse; width: 100%; font-size: 12pt; line-height: 1.4; }}
td, th {{ border: 0.5pt solid #000; padding: 4pt; text-align: center; }}
</style></head><body>
{notice}
<h1 style="page-break-before: always">{TRANSFER_TITLE}</h1>
{body}
<div class="annex">
<p class="n" style="font-family: 'Noto Sans CJK SC'">附件</p>
<h1>江西省科学技术厅2025年科技成果转化工作联系人名单</h1>
<table><tr><th>序号</th><th>单位</th><th>姓名</th><th>职务</th><th>联系电话</th></tr>
{rows}
</table>
</div>
</body></html>"""
    HTML(string=html).write_pdf(str(path))


# ---------------------------------------------------------------------------------------
# 3. A city 推进方案 in Word: short body, tasks in the annex table with merged 任务类别 cells.

LITHIUM_TITLE = "宜春市推进锂电新能源产业科技创新工作方案"
LITHIUM_BODY = [
    "为深入贯彻落实省委、省政府关于做优做强锂电新能源产业的部署要求，发挥科技创新对产业"
    "转型升级的支撑引领作用，推动我市锂电新能源产业高质量发展，制定本方案。",
    "工作目标：到2026年，全市锂电新能源产业营业收入突破3000亿元，锂电领域高新技术企业达到"
    "150家，省级以上研发平台达到40个，攻克关键核心技术10项以上。",
    "重点任务：聚焦关键技术攻关、创新平台建设、创新主体培育、人才与金融支撑，明确重点任务"
    "及责任分工（详见附件）。",
    "工作要求：各牵头单位要会同配合单位细化工作举措，建立工作台账，每季度末将工作进展报送"
    "市科技创新工作领导小组办公室（设在市科技局）。市科技创新工作领导小组办公室将适时"
    "开展督导调度，确保各项任务按期完成。",
    "附件：宜春市推进锂电新能源产业科技创新重点任务分解表",
]
LITHIUM_HEADER = ("序号", "任务类别", "重点任务", "具体目标", "牵头单位", "配合单位", "完成时限")
LITHIUM_GROUPS = [
    (
        "关键技术攻关",
        [
            (
                "1",
                "组织实施锂电新能源领域市级重大科技专项",
                "立项攻关项目10项以上，市级财政投入不少于3000万元",
                "市科技局",
                "市财政局、市工信局",
                "2025年12月底",
            ),
            (
                "2",
                "开展锂云母高效提锂及尾渣综合利用技术攻关",
                "锂云母提锂综合回收率达到90%以上",
                "市科技局",
                "市自然资源局、市生态环境局、宜丰县人民政府",
                "2026年6月底",
            ),
            (
                "3",
                "推进固态电池、钠离子电池等新型储能技术研发",
                "攻克关键技术5项",
                "市工信局",
                "市科技局、宜春经开区管委会",
                "2026年12月",
            ),
        ],
    ),
    (
        "创新平台建设",
        [
            (
                "4",
                "支持宜春锂电新能源产业研究院建设",
                "年内引进研发团队3个",
                "市科技局",
                "宜春经开区管委会、市委人才办",
                "2025年12月底",
            ),
            (
                "5",
                "争创国家级、省级重点实验室和技术创新中心",
                "新增省级以上研发平台4个",
                "市科技局",
                "市发展改革委、市工信局",
                "2025年11月底前",
            ),
            (
                "6",
                "建设锂电产品质量检验检测公共服务平台",
                "检测能力覆盖锂电产品200项以上",
                "市市场监管局",
                "宜春经开区管委会",
                "2025.9.30",
            ),
            (
                "7",
                "推动龙头企业建设锂电中试基地",
                "建成锂电中试基地2个",
                "市工信局",
                "市科技局、袁州区人民政府、奉新县人民政府",
                "2026年6月30日",
            ),
        ],
    ),
    (
        "创新主体培育",
        [
            (
                "8",
                "实施锂电企业“高企倍增”计划",
                "新增锂电领域高新技术企业20家",
                "市科技局",
                "市税务局、各县（市、区）人民政府",
                "2025年12月底",
            ),
            (
                "9",
                "培育锂电领域专精特新中小企业",
                "省级专精特新中小企业达到30家",
                "市工信局",
                "各县（市、区）人民政府",
                "2025年12月底",
            ),
            (
                "10",
                "推动规上锂电企业建立研发机构",
                "规上锂电企业研发机构覆盖率不低于60%",
                "市工信局",
                "市科技局",
                "2025年10月底",
            ),
        ],
    ),
    (
        "人才与金融支撑",
        [
            (
                "11",
                "引进锂电领域高层次人才和创新团队",
                "引进高层次人才50名、创新团队5个",
                "市委人才办",
                "市人社局、市科技局",
                "长期",
            ),
            (
                "12",
                "支持宜春学院、宜春职业技术学院开设锂电相关专业",
                "年培养锂电专业技术人才2000人",
                "市教育局",
                "宜春学院、宜春职业技术学院",
                "2025—2027年",
            ),
            (
                "13",
                "设立锂电产业科技创新基金",
                "基金规模不低于10亿元",
                "市财政局",
                "市委金融办、市科技局",
                "2025年9月底",
            ),
            (
                "14",
                "开展“科技贷”风险补偿",
                "全年新增科技贷款20亿元",
                "市科技局",
                "市财政局、人民银行宜春市分行",
                "按季度推进",
            ),
        ],
    ),
]


def _cell_text(
    cell: docx.table._Cell, text: str, font: str = "仿宋_GB2312", size: float = 11
) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if len(text) <= 8 else WD_ALIGN_PARAGRAPH.LEFT
    _font(paragraph.add_run(text), font, size)


def _lithium_docx(path: Path) -> None:
    document = docx.Document()
    _centred(document, LITHIUM_TITLE, "方正小标宋简体", 22)
    for line in LITHIUM_BODY:
        _body(document, line)
    _right(document, "宜春市人民政府办公室")
    _right(document, "2025年5月20日")
    section = document.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    _body(document, "附件", indent=False)
    _centred(document, "宜春市推进锂电新能源产业科技创新重点任务分解表", "方正小标宋简体", 18)
    rows = sum(len(tasks) for _, tasks in LITHIUM_GROUPS)
    table = document.add_table(rows=1 + rows, cols=len(LITHIUM_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, LITHIUM_HEADER, strict=True):
        _cell_text(cell, text, "黑体", 12)
    index = 1
    for category, tasks in LITHIUM_GROUPS:
        first, last = index, index + len(tasks) - 1
        group = table.cell(first, 1).merge(table.cell(last, 1))
        _cell_text(group, category, "黑体", 11)
        for number, task, goal, lead, assist, due in tasks:
            cells = table.rows[index].cells
            for column, text in zip(
                (0, 2, 3, 4, 5, 6), (number, task, goal, lead, assist, due), strict=True
            ):
                _cell_text(cells[column], text)
            index += 1
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 4. A city notice from the website, in Traditional characters, with the site's chrome.

JIUJIANG = """九江市人民政府
首頁 | 政務公開 | 政務服務 | 互動交流 | 走進九江 | 專題專欄
當前位置：首頁 > 政務公開 > 政府文件 > 市政府辦文件

九江市人民政府辦公室關於加快推進2025年高新技術企業培育工作的通知

來源：九江市人民政府辦公室    發布時間：2025-04-08 09:30    瀏覽次數：2146
【字體：大 中 小】
索引號：014850573/2025-00123    文號：九府辦字〔2025〕21號

各縣（市、區）人民政府，九江經開區、廬山西海風景名勝區管委會，市政府有關部門：
為深入實施創新驅動發展戰略，做大做強高新技術企業群體，經市政府同意，現就加快推進2025年高新技術企業培育工作有關事項通知如下：
一、明確目標任務
2025年，全市力爭新增高新技術企業200家以上，高新技術企業總數達到1500家，科技型中小企業評價入庫3000家以上。各縣（市、區）年度目標任務由市科技局另行下達。
二、重點工作措施
（一）建立梯次培育庫。全面摸排全市科技型企業底數，建立高新技術企業後備培育庫，入庫企業不少於600家，5月底前完成入庫遴選。（責任單位：市科技局，各縣（市、區）人民政府）
（二）落實獎補政策。對首次認定的高新技術企業給予20萬元獎勵，對重新認定的給予10萬元獎勵，全年兌現獎補資金不少於3000萬元。（責任單位：市財政局、市科技局）
（三）開展精準輔導。組建高新技術企業申報輔導專家服務團，6月至9月開展“一對一”上門輔導，服務企業400家次以上。（責任單位：市科技局、國家稅務總局九江市稅務局）
（四）加大金融支持。推廣“科貸通”“高企貸”等金融產品，全年為高新技術企業新增貸款50億元以上。（責任單位：市委金融辦、人民銀行九江市分行，市科技局配合）
（五）強化人才支撐。支持高新技術企業引進碩士研究生以上學歷人才，全年引進各類科技人才1000人。（責任單位：市人社局、市委人才辦）
（六）推進企業研發機構建設。推動高新技術企業建設工程技術研究中心、企業技術中心等研發機構，年底前規模以上高新技術企業研發機構覆蓋率達到70%。（責任單位：市工信局、市科技局，各縣（市、區）人民政府）
（七）優化審核服務。簡化申報材料，市級審核推薦時限壓縮至10個工作日以內，長期堅持。（責任單位：市科技局、市行政審批局）
三、工作要求
（一）加強組織領導。各縣（市、區）要將高新技術企業培育工作列入重要議事日程，主要負責同志親自抓、分管負責同志具體抓，確保各項任務落到實處。
（二）強化調度通報。市科技局每月調度各地培育進展，每季度在全市通報一次。
（三）嚴格考核評價。將高新技術企業培育工作納入全市高質量發展綜合考核，對工作成效突出的縣（市、區）予以通報表揚。

九江市人民政府辦公室
2025年4月3日
（此件主動公開）

【打印本頁】 【關閉窗口】
分享到：微信 微博 QQ空間
上一篇：九江市人民政府辦公室關於印發九江市2025年優化營商環境重點任務清單的通知
下一篇：九江市人民政府辦公室關於做好2025年春季森林防火工作的通知

主辦：九江市人民政府辦公室  承辦：九江市大數據中心
贛ICP備05004573號  贛公網安備36040202000105號  網站標識碼：3604000001
"""


def main() -> None:
    _county_docx(DOCS / "heldout39-county-three-year.docx")
    _transfer_pdf(DOCS / "heldout39-transfer-points.pdf")
    _lithium_docx(DOCS / "heldout39-lithium-annex.docx")
    (DOCS / "heldout39-jiujiang-web-traditional.txt").write_text(JIUJIANG, encoding="utf-8")


if __name__ == "__main__":
    main()
