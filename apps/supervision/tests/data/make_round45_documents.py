"""Write round 45's held-out documents (decision 0005, round 45).

Written by an author who had not read the extractor: four documents of the kinds a Jiangxi
science-and-technology office uploads to make a ledger, in ordinary layouts.

* heldout45-province-transfer-points.docx — 江西省科技厅's notice issuing the 2025 provincial
  科技成果转移转化 工作要点 (Word): the notice with its 文号, addressees, signature and date,
  then the plan: a preamble with the year's 主要目标, 一、 sections, (一) tasks each closed by
  （责任处室：…） naming the department's own 处室 (and, after a comma, outside bodies), and
  the 抄送 / 印发 lines.
* heldout45-ganzhou-task-table.pdf — 赣州市's 2025 科技创新重点任务分解表, the 附件 of a
  notice printed to PDF in landscape: 序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限 columns,
  tasks grouped under 一、 rows spanning the table, a 文号 page header and page numbers.
* heldout45-fenyi-sme-plan.docx — 分宜县人民政府办公室's 2025 科技型企业培育 实施方案 (Word):
  preamble, 一、工作目标 (a paragraph of figures), 二、重点任务 with (一) tasks each followed by
  a 责任单位： line and a 完成时限： line, 三、保障措施 with (一) measures and no units,
  signature, date and 抄送 lines.
* heldout45-jian-work-points.txt — 吉安市科技局's 2025 工作要点 copied from its website:
  page chrome, a preamble with the year's 主要目标, 一、 sections, 1. tasks each closed by a
  bracket （A牵头，B、C配合） or a bare bracket of offices, signature and site footer.

Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round45_documents.py

Annotation choices (where the Output conventions are silent):

* Title: for the provincial notice, the title of the plan it issues (《2025年全省科技成果转移转化
  工作要点》), not the notice's own title; elsewhere the document's title line.
* An item opening with a short heading sentence (（一）加快建设江西省技术交易市场。推动…) has
  that sentence as its title (as in DESIGN §6's example); a table row's title is its 重点任务
  cell; a section's title is its heading. Unit names are written with half-width parentheses
  (各县(市、区)人民政府), as in the conventions; titles and subjects keep the printed ones.
* 一、工作目标 in the county plan is a numbered item, so its figures are that item's targets
  (not document-level targets); 到2025年底,…达到… is their horizon, so its deadline is null.
  The 保障措施 section's numbered measures are items too; the one that says 县科技局每月通报
  is led by 县科技局 and ongoing, the others have no units.
* 其中省级2家 after 新建…8家 is a second increment target (its subject names the 省级 ones).
* 在全省20所高校、科研院所开展…试点 counts as a target (the number of pilot units).
* A yearly budget line (县财政每年安排…专项资金500万元) and a total of innovation vouchers to
  hand out (全年发放创新券500万元) are targets, like a total of subsidies paid out; per-firm
  rewards in 保障措施 (给予10万元奖励) and 最高500万元支持 are subsidy rules, not targets.
* 新布局建设…中试基地8家 is `increment` (new bases, like 新建); 研发投入强度提高0.1个百分点 is
  `=` 0.1 个百分点, an increment.
* 选派/建设/培育/争创/实施 are not in the increment list, so their targets are `level`; 柔性引进
  and 引进培育 are `increment` (引进).
* A table's 完成时限 cell 12月中旬 (without 前) is read like 12月中旬前 (the 20th).
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

DOCS = Path(__file__).resolve().parent / "docs"


def _font(run: docx.text.run.Run, name: str, size: float) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _line(
    document: docx.document.Document,
    text: str,
    font: str = "仿宋_GB2312",
    size: float = 16,
    align: str = "indent",
) -> None:
    """One paragraph as official documents set it: indented body, centred title, right signature."""
    paragraph = document.add_paragraph()
    if align == "indent":
        paragraph.paragraph_format.first_line_indent = Pt(size * 2)
    elif align == "center":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(paragraph.add_run(text), font, size)


def _heading_font(line: str) -> str:
    """一、 headings in 黑体, (一) headings in 楷体, body in 仿宋 (GB/T 9704 habit)."""
    if line[:2] in {f"{n}、" for n in "一二三四五六七八九十"}:
        return "黑体"
    if line.startswith("（") and line[1:3].rstrip("）") in set("一二三四五六七八九十"):
        return "楷体_GB2312"
    return "仿宋_GB2312"


# ---------------------------------------------------------------------------------------
# 1. The province's notice issuing its 科技成果转移转化 工作要点 (Word).

TRANSFER_NOTICE = [
    ("c", "江西省科学技术厅文件", "方正小标宋简体", 26),
    ("c", "赣科发成字〔2025〕16号", "仿宋_GB2312", 16),
    ("c", "江西省科技厅关于印发《2025年全省科技成果转移转化工作要点》的通知", "方正小标宋简体", 20),
    (
        "l",
        "各设区市、赣江新区科技局，各有关高校、科研院所，厅机关各处室、直属各单位：",
        "仿宋_GB2312",
        16,
    ),
    (
        "p",
        "现将《2025年全省科技成果转移转化工作要点》印发给你们，请结合实际认真抓好贯彻落实。"
        "工作中遇到的问题，请及时与省科技厅成果转化与区域创新处联系。",
        "仿宋_GB2312",
        16,
    ),
    ("r", "江西省科学技术厅", "仿宋_GB2312", 16),
    ("r", "2025年3月18日", "仿宋_GB2312", 16),
    ("p", "（此件主动公开）", "仿宋_GB2312", 16),
]

TRANSFER_TITLE = "2025年全省科技成果转移转化工作要点"
TRANSFER = [
    "2025年全省科技成果转移转化工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，"
    "全面贯彻党的二十大和二十届二中、三中全会精神，深入落实习近平总书记考察江西重要讲话精神，"
    "围绕“1269”行动计划和制造业重点产业链现代化建设，着力打通科技成果向现实生产力转化的通道，"
    "为加快建设创新江西提供有力支撑。",
    "主要目标：全年技术合同成交额突破1500亿元，登记技术合同2.5万项以上，省级科技成果转化中试基地"
    "达到30家，高校院所科技成果在赣转化比例提高到45%。",
    "一、健全成果转化服务体系",
    "（一）加快建设江西省技术交易市场。推动设区市技术交易分市场全覆盖，新建县级技术转移服务站"
    "20个以上，全年组织线上线下技术交易活动100场以上。（责任处室：成果转化与区域创新处，"
    "省科技成果转化服务中心）",
    "（二）培育技术转移机构和人才。新认定省级技术转移示范机构10家，全年培养技术经理人500人以上，"
    "9月底前出台《江西省技术经理人职称评价办法》。（责任处室：成果转化与区域创新处、科技人才处）",
    "（三）深化职务科技成果赋权改革。在全省20所高校、科研院所开展职务科技成果赋予科研人员所有权"
    "或长期使用权试点，年内总结形成可复制推广的经验做法。（责任处室：政策法规处、成果转化与区域创新处，"
    "省教育厅）",
    "二、强化中试熟化和成果落地",
    "（四）建设科技成果转化中试基地。围绕电子信息、有色金属、装备制造、新能源、医药等重点产业链，"
    "新布局建设省级中试基地8家，对绩效评价优秀的给予最高500万元支持。（责任处室：成果转化与区域创新处、"
    "高新技术处，各设区市科技局）",
    "（五）实施科技成果转化示范项目。组织实施省级重大科技成果转化项目30项，带动企业新增投资50亿元以上，"
    "上半年完成项目立项。（责任处室：资源配置与管理处、成果转化与区域创新处）",
    "（六）开展“科技成果进园区”对接活动。聚焦重点工业园区和产业集群，每季度举办一次成果发布对接会，"
    "全年促成产学研合作项目300项。（责任处室：成果转化与区域创新处，各设区市科技局）",
    "三、深化科技金融和区域协同",
    "（七）扩大科技金融支持。用好“科贷通”等科技金融产品，全年为科技型企业发放贷款120亿元以上，"
    "风险补偿资金池规模达到5亿元。（责任处室：资源配置与管理处，省财政厅）",
    "（八）推进跨区域成果转化合作。深化赣湘、赣粤、赣浙等跨区域科技合作，推动在赣转化长三角、"
    "粤港澳大湾区科技成果200项以上，11月底前举办第三届江西省科技成果转化大会。（责任处室：对外合作处、"
    "成果转化与区域创新处）",
    "（九）建设成果转化示范区。支持赣江新区、南昌高新区等建设科技成果转化示范区，做好国家科技成果"
    "转移转化示范区申报工作，持续推进。（责任处室：成果转化与区域创新处，赣江新区管委会、南昌高新区管委会）",
    "四、加强工作保障",
    "（十）落实成果转化激励政策。落实科技成果转化奖励、税收优惠等政策，全年兑现科技成果转化奖补资金"
    "3000万元。（责任处室：资源配置与管理处、政策法规处）",
    "（十一）建立工作调度机制。建立成果转化工作月调度制度，各设区市科技局每月5日前报送上月工作进展。"
    "（责任处室：成果转化与区域创新处）",
    "（十二）加强技术合同登记监管。开展技术合同认定登记专项检查，检查比例不低于10%，12月中旬前完成。"
    "（责任处室：监督评估处、成果转化与区域创新处）",
]

TRANSFER_CLOSING = [
    "抄送：科技部成果转化与区域创新司，省委办公厅，省政府办公厅。",
    "江西省科学技术厅办公室                    2025年3月18日印发",
]


def _transfer_docx(path: Path) -> None:
    document = docx.Document()
    aligns = {"c": "center", "l": "left", "p": "indent", "r": "right"}
    for kind, text, font, size in TRANSFER_NOTICE:
        _line(document, text, font, size, aligns[kind])
    document.add_page_break()
    _line(document, "附件", "黑体", 16, "left")
    _line(document, TRANSFER_TITLE, "方正小标宋简体", 22, "center")
    for text in TRANSFER:
        _line(document, text, _heading_font(text))
    document.add_page_break()
    for text in TRANSFER_CLOSING:
        _line(document, text, "仿宋_GB2312", 14, "left")
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 2. 赣州市's 重点任务分解表, the annex of a notice printed to PDF (landscape table).

GANZHOU_TITLE = "赣州市2025年科技创新重点任务分解表"
GANZHOU_HEADER = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
GANZHOU_ROWS: list[tuple[str, ...]] = [
    ("一、创新平台能级提升",),
    (
        "1",
        "支持中国科学院赣江创新研究院建设，全年争取中央及省级支持资金不少于3亿元",
        "市科技局",
        "市财政局、赣州高新区管委会",
        "2025年12月底",
    ),
    (
        "2",
        "推进国家稀土功能材料创新中心建设，突破稀土永磁、发光材料等关键核心技术5项以上",
        "市工信局",
        "市科技局、赣州高新区管委会",
        "2025年12月底",
    ),
    (
        "3",
        "新建省级以上重点实验室、技术创新中心等创新平台15家",
        "市科技局",
        "各县（市、区）人民政府",
        "2025年11月底",
    ),
    (
        "4",
        "推动规上工业企业研发机构覆盖率达到50%以上",
        "市工信局",
        "市科技局、各县（市、区）人民政府",
        "持续推进",
    ),
    ("二、创新主体培育壮大",),
    (
        "5",
        "实施高新技术企业倍增行动，全市高新技术企业总数突破1600家",
        "市科技局",
        "市财政局、市税务局、各县（市、区）人民政府",
        "2025年12月底",
    ),
    (
        "6",
        "入库科技型中小企业达到2800家",
        "市科技局",
        "各县（市、区）人民政府",
        "2025年10月底前",
    ),
    (
        "7",
        "新增省级专精特新中小企业100家以上、国家级专精特新“小巨人”企业10家以上",
        "市工信局",
        "市科技局",
        "2025年12月底",
    ),
    (
        "8",
        "全社会研发投入增长12%以上，研发投入强度达到1.9%",
        "市科技局",
        "市统计局、各县（市、区）人民政府",
        "2025年12月底",
    ),
    ("三、成果转化和产业创新",),
    (
        "9",
        "实施市级重大科技专项20项，市级财政科技资金投入不少于2亿元",
        "市科技局",
        "市财政局",
        "2025年6月底前完成立项",
    ),
    (
        "10",
        "技术合同成交额达到120亿元",
        "市科技局",
        "各县（市、区）人民政府",
        "2025年12月底",
    ),
    (
        "11",
        "围绕稀土、钨新材料和现代家居产业，举办产学研对接活动10场以上",
        "市科技局",
        "市工信局、南康区人民政府",
        "每季度",
    ),
    ("四、人才引育和创新生态",),
    (
        "12",
        "引进培育高层次科技人才（团队）50个",
        "市委人才办、市科技局",
        "市人社局",
        "2025年12月底",
    ),
    (
        "13",
        "选派科技特派团80个，实现重点帮扶村科技服务全覆盖",
        "市科技局",
        "市农业农村局",
        "2025年5月底前完成选派",
    ),
    (
        "14",
        "推广“科贷通”“财园信贷通”等产品，全年新增科技型企业贷款30亿元",
        "人民银行赣州市分行",
        "市科技局、市财政局",
        "2025年12月底",
    ),
    (
        "15",
        "开展科技创新政策落实情况专项督查，督查结果纳入高质量发展综合考核",
        "市政府督查室",
        "市科技局",
        "2025年12月中旬",
    ),
]


def _ganzhou_pdf(path: Path) -> None:
    from weasyprint import HTML

    head = "".join(f"<th>{text}</th>" for text in GANZHOU_HEADER)
    rows = []
    for row in GANZHOU_ROWS:
        if len(row) == 1:
            rows.append(f'<tr class="group"><td colspan="5">{row[0]}</td></tr>')
        else:
            rows.append("<tr>" + "".join(f"<td>{text}</td>" for text in row) + "</tr>")
    html = f"""<html><head><meta charset="utf-8"><style>
@page {{
  size: A4 landscape; margin: 2.6cm 2.2cm 2.4cm 2.2cm;
  @top-right {{
    content: "赣市科字〔2025〕9号"; font-family: "Noto Serif CJK SC"; font-size: 10pt;
  }}
  @bottom-center {{
    content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC"; font-size: 12pt;
  }}
}}
body {{ font-family: "Noto Serif CJK SC"; font-size: 12pt; line-height: 1.5; }}
.annex {{ font-family: "Noto Sans CJK SC"; font-size: 15pt; }}
h1 {{ text-align: center; font-size: 20pt; font-weight: normal; margin: 0.3em 0 0.8em; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #000; padding: 4pt 5pt; vertical-align: middle; }}
th {{ font-family: "Noto Sans CJK SC"; font-weight: normal; }}
td:nth-child(1) {{ width: 5%; text-align: center; }}
td:nth-child(2) {{ width: 45%; }}
td:nth-child(3), td:nth-child(4) {{ width: 17%; text-align: center; }}
td:nth-child(5) {{ width: 16%; text-align: center; }}
tr.group td {{ font-family: "Noto Sans CJK SC"; text-align: left; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
</style></head><body>
<p class="annex">附件</p>
<h1>{GANZHOU_TITLE}</h1>
<table><thead><tr>{head}</tr></thead><tbody>
{"".join(rows)}
</tbody></table>
</body></html>"""
    HTML(string=html).write_pdf(str(path))


# ---------------------------------------------------------------------------------------
# 3. 分宜县's 科技型企业培育 实施方案 (Word): 责任单位 and 完成时限 lines under each task.

FENYI_HEAD = [
    ("c", "分宜县人民政府办公室", "方正小标宋简体", 26),
    ("c", "分府办字〔2025〕11号", "仿宋_GB2312", 16),
    (
        "c",
        "分宜县人民政府办公室关于印发分宜县2025年科技型企业培育工作实施方案的通知",
        "方正小标宋简体",
        20,
    ),
    ("l", "各乡镇（场）人民政府、分宜工业园区管委会，县直各单位：", "仿宋_GB2312", 16),
    (
        "p",
        "《分宜县2025年科技型企业培育工作实施方案》已经县政府同意，现印发给你们，请认真组织实施。",
        "仿宋_GB2312",
        16,
    ),
]

FENYI_TITLE = "分宜县2025年科技型企业培育工作实施方案"
FENYI = [
    "为深入实施创新驱动发展战略，加快构建“科技型中小企业—高新技术企业—专精特新企业”梯次培育体系，"
    "推动全县科技型企业量质齐升，根据《新余市科技型企业梯次培育行动方案》要求，结合我县实际，制定本方案。",
    "一、工作目标",
    "到2025年底，全县高新技术企业达到65家，科技型中小企业入库评价达到120家，规上工业企业研发投入"
    "占营业收入比重达到1.5%以上，全县R&D经费投入增长15%。",
    "二、重点任务",
    "（一）建立科技型企业培育库。按照梯次培育路径，建立县级科技型企业后备培育库，入库企业不少于80家，"
    "实行动态管理、跟踪服务。",
    "责任单位：县科技局、县工信局，各乡镇（场）、分宜工业园区管委会",
    "完成时限：2025年4月底前",
    "（二）开展高企申报“一对一”辅导。组织专业服务机构对拟申报企业开展上门辅导，全年辅导企业30家次以上，"
    "力争新认定高新技术企业15家。",
    "责任单位：县科技局、县税务局",
    "完成时限：2025年9月底前",
    "（三）落实研发费用加计扣除政策。开展政策宣讲进企业活动不少于4场，确保规上工业企业研发费用加计扣除"
    "政策应享尽享。",
    "责任单位：县税务局、县科技局、县工信局",
    "完成时限：长期坚持",
    "（四）推动企业研发机构建设。新建县级以上企业研发中心、工程技术研究中心8家，其中省级2家，"
    "实现规上高新技术企业研发机构全覆盖。",
    "责任单位：县科技局、县工信局、县发改委",
    "完成时限：2025年11月底前",
    "（五）促进产学研深度合作。支持锂电、钒电池、电机等骨干企业与南昌大学、江西理工大学、新余学院开展"
    "产学研合作，全年签订技术合同40项，技术合同成交额达到3亿元。",
    "责任单位：县科技局",
    "完成时限：2025年12月底前",
    "（六）强化科技金融支持。用好“科贷通”政策，全年为科技型企业发放贷款不低于1.5亿元；县财政每年安排"
    "科技型企业培育专项资金500万元。",
    "责任单位：县科技局、县财政局，各商业银行",
    "完成时限：持续推进",
    "（七）引育科技创新人才。柔性引进高层次科技人才20名，选派科技特派员50名服务企业和乡村产业，"
    "年内实现科技特派员服务乡镇全覆盖。",
    "责任单位：县委人才办、县科技局、县人社局",
    "完成时限：2025年12月底前",
    "（八）打造科创孵化载体。推动分宜工业园区众创空间提质升级，争创省级众创空间1家，在孵企业达到25家。",
    "责任单位：分宜工业园区管委会、县科技局",
    "完成时限：2025年10月前",
    "三、保障措施",
    "（一）加强组织领导。成立由县政府分管副县长任组长的科技型企业培育工作领导小组，领导小组办公室设在"
    "县科技局，每季度召开一次工作调度会，研究解决培育工作中的困难和问题。",
    "（二）强化政策激励。对首次认定的高新技术企业给予10万元奖励，重新认定的给予5万元奖励；"
    "对新认定的省级研发平台给予20万元奖励。",
    "（三）严格督查考核。将科技型企业培育工作纳入对各乡镇（场）、园区高质量发展综合考核，"
    "县科技局每月通报各地工作进展。",
]

FENYI_CLOSING = [
    ("r", "分宜县人民政府办公室"),
    ("r", "2025年3月6日"),
    ("p", "（此件公开发布）"),
    ("l", "抄送：县委办公室，县人大常委会办公室，县政协办公室。"),
    ("l", "分宜县人民政府办公室                    2025年3月6日印发"),
]


def _fenyi_docx(path: Path) -> None:
    document = docx.Document()
    aligns = {"c": "center", "l": "left", "p": "indent", "r": "right"}
    for kind, text, font, size in FENYI_HEAD:
        _line(document, text, font, size, aligns[kind])
    _line(document, FENYI_TITLE, "方正小标宋简体", 20, "center")
    for text in FENYI:
        _line(document, text, _heading_font(text))
    for kind, text in FENYI_CLOSING:
        _line(document, text, "仿宋_GB2312", 16 if kind in "rp" else 14, aligns[kind])
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 4. 吉安市科技局's 工作要点 copied from its website (plain text).

JIAN = """首页 > 政务公开 > 法定主动公开内容 > 计划总结
吉安市科技局2025年工作要点
发布时间：2025-02-26 09:41  来源：吉安市科学技术局  浏览次数：
【字体：大 中 小】 【打印】 【关闭】

2025年是“十四五”规划收官之年，也是谋划“十五五”发展的关键之年。全市科技工作的总体思路是：坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻全国、全省科技大会精神，围绕市委“1+2+N”产业发展布局，以科技创新引领产业创新，加快建设吉泰走廊科技创新带，为奋力谱写中国式现代化吉安篇章提供有力科技支撑。

主要目标是：全市高新技术企业突破1000家，科技型中小企业入库1900家以上，技术合同成交额达到80亿元，全社会R&D经费投入强度提高0.1个百分点。

一、聚焦产业创新，提升科技支撑能力
1.实施重大科技攻关。围绕电子信息首位产业和新能源、新材料、生物医药等特色产业，实施市级重点研发计划项目30项以上，争取省级以上科技项目立项100项。（市科技局牵头，市财政局、市工信局配合）
2.建设吉泰走廊科技创新带。推动吉安高新区、井冈山经开区创建省级创新型园区，9月底前完成创建方案报批。（市科技局牵头，吉安高新区管委会、井冈山经开区管委会配合）
3.推进电子信息产业技术创新。支持组建电子信息产业技术创新联盟，年内新建市级以上新型研发机构3家。（市工信局、市科技局）

二、聚焦主体培育，壮大创新型企业集群
4.实施高企倍增计划。新认定高新技术企业180家以上，高新技术产业增加值占规上工业增加值比重达到45%。（市科技局牵头，市税务局、市统计局、各县（市、区）人民政府配合）
5.开展科技型中小企业评价服务。组织评价政策培训会不少于6场，12月中下旬完成全年评价入库工作。（市科技局牵头，各县（市、区）人民政府配合）
6.推动企业加大研发投入。规上工业企业研发投入增长10%以上，有研发活动的规上工业企业占比达到50%。（市科技局、市统计局牵头，市工信局配合）

三、聚焦乡村振兴，深化科技特派员制度
7.选派科技特派团（员）。全年选派省、市、县三级科技特派员600名以上，实现全市脱贫村科技服务全覆盖，3月底前完成选派。（市科技局牵头，市农业农村局、市委组织部配合）
8.建设农业科技示范基地。围绕井冈蜜柚、绿色大米、有机蔬菜等特色产业，建设农业科技示范基地15个，推广新品种、新技术100项以上。（市农业农村局牵头，市科技局配合）
9.开展科技特派员创业行动。支持科技特派员领办创办农业企业和合作社，培育农业科技型企业20家，持续推进。（市科技局牵头，各县（市、区）人民政府配合）

四、聚焦开放合作，优化创新生态
10.深化产学研合作。深化与中国科学院、南昌大学、井冈山大学等高校院所合作，全年促成产学研合作项目50项。（市科技局牵头，井冈山大学配合）
11.落实科技创新券政策。全年发放科技创新券500万元，服务中小企业200家次。（市科技局牵头，市财政局配合）
12.加强科研诚信建设。开展市级科技计划项目绩效评价，抽查比例不低于20%，11月中旬前完成。（市科技局）
13.加强科学普及工作。每月开展“科普进社区”活动，全年举办科技活动周、全国科普日等主题活动100场次以上，公民具备科学素质比例达到12%。（市科协牵头，市科技局配合）

吉安市科学技术局
2025年2月20日

【打印本页】 【关闭窗口】
主办：吉安市科学技术局  地址：吉安市吉州区井冈山大道  赣ICP备05004139号
"""


def main() -> None:
    _transfer_docx(DOCS / "heldout45-province-transfer-points.docx")
    _ganzhou_pdf(DOCS / "heldout45-ganzhou-task-table.pdf")
    _fenyi_docx(DOCS / "heldout45-fenyi-sme-plan.docx")
    (DOCS / "heldout45-jian-work-points.txt").write_text(JIAN, encoding="utf-8")


if __name__ == "__main__":
    main()
