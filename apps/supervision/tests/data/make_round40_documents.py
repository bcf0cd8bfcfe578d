"""Write round 40's held-out documents (decision 0005, round 40).

Written by an author who had not read the extractor: a city 科技局's 年度目标责任分解表 in Word
(a covering notice, then the attached table with 序号 / 指标及任务 / 分值 / 目标值 / 责任科室 /
完成时限 columns and a merged row for each scored group), a provincial 若干政策措施 on
科技成果转移转化 printed to PDF (the 办公厅's covering notice, eighteen 一、… measures each
closing with （责任单位：…）, subsidy rules, page header and footer, 抄送 and 印发 lines), a
county 重点任务推进情况督查台账 exported from a spreadsheet as tab-separated text (目标任务,
责任单位, 分管县领导, 完成时限 and 进展情况 columns, one note spilling over two lines inside
quotes), and a 高新区 管委会 科技创新工作计划 in Word with 一、/(一)/1. levels whose tasks end
with 【牵头单位】/【配合单位】/【完成时限】 (one with 【责任企业】) and a 保障措施 section.
Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round40_documents.py

Annotation choices (where the output conventions are silent):
* The title is the plan's own title, not the covering notice's (关于印发…的通知) nor the
  red header (…文件): the 分解表's heading above the table, the 若干政策措施's heading above
  the measures.
* An item's title is its lead sentence without the closing 。 (the whole task when it is one
  sentence); in a table, the 指标及任务 / 重点任务 cell. A group row of the table
  (一、创新主体培育（30分）) is a level-1 item titled as printed; its 分值 is a score, not a
  target, and so is the 分值 column.
* In the 督查台账 the 完成时限 column is the deadline; dates and figures in the 进展情况 note
  (what was done so far, 预计…完成) are progress, neither deadlines nor targets. The
  分管县领导 column names persons, not units.
* 【责任企业】 is a lead label like 【牵头单位】.
* Rules of a policy measure are not targets: a share of income for the inventors
  (不低于70%), a longest 离岗创业 period (不超过3年), a compensation ratio, per-project caps
  and one-off awards. A yearly provincial budget line (省财政每年安排…5亿元) is a total to pay
  out, so a target, and its 每年安排 makes the measure standing ("ongoing").
* The closing paragraph of the 若干政策措施 (有效期至2028年12月31日) is no part of measure 十八.
* 主要目标 written as the plan's item 二 belong to item 二 (they follow the first item), and
  `到2026年底，…达到…` there is their horizon, not a deadline.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

DOCS = Path(__file__).resolve().parent / "docs"

SECTION_HEADS = tuple(f"{n}、" for n in "一二三四五六七八九十")


def _font(run: docx.text.run.Run, name: str, size: float, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _centered(document: docx.document.Document, text: str, font: str, size: float) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(paragraph.add_run(text), font, size)


def _body(document: docx.document.Document, text: str, font: str = "仿宋_GB2312") -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.first_line_indent = Pt(32)
    _font(paragraph.add_run(text), font, 16)


def _right(document: docx.document.Document, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(paragraph.add_run(text), "仿宋_GB2312", 16)


# ---------------------------------------------------------------------------------------
# 1. A city 科技局 年度目标责任分解表 in Word: covering notice, then the table as 附件.

DUTY_HEADER_RED = "吉安市科学技术局文件"
DUTY_NUMBER = "吉市科字〔2026〕6号"
DUTY_NOTICE_TITLE = "吉安市科学技术局关于印发2026年度工作目标责任分解表的通知"
DUTY_NOTICE = [
    "局机关各科室、局属各单位：",
    "为全面完成市委、市政府下达的2026年度科技创新目标任务，确保全年综合考核争先进位，"
    "经局党组会议研究，现将《吉安市科学技术局2026年度工作目标责任分解表》印发给你们，"
    "请各责任科室对照目标任务，细化工作措施，倒排工作进度，于每月5日前向局办公室报送上月"
    "工作进展情况。局办公室将于7月中旬开展半年督查，年终考核结果与科室评先评优挂钩。",
    "附件：吉安市科学技术局2026年度工作目标责任分解表",
]
DUTY_SIGNATURE = ("吉安市科学技术局", "2026年2月12日")
DUTY_TITLE = "吉安市科学技术局2026年度工作目标责任分解表"
DUTY_HEADER = ("序号", "指标及任务", "分值", "目标值", "责任科室", "完成时限")
DUTY_ROWS: list[tuple[str, ...]] = [
    ("一、创新主体培育（30分）",),
    (
        "1",
        "深入实施高新技术企业倍增计划",
        "8",
        "全市高新技术企业净增80家以上，总数达到1000家",
        "高新技术发展及产业化科",
        "2026年12月31日",
    ),
    (
        "2",
        "科技型中小企业评价入库",
        "6",
        "入库科技型中小企业1500家以上",
        "高新技术发展及产业化科",
        "10月底前",
    ),
    (
        "3",
        "科技企业孵化器、众创空间建设",
        "5",
        "新认定省级以上科技企业孵化器、众创空间3-5家",
        "成果转化与区域创新科、资源配置与管理科",
        "2026年11月",
    ),
    (
        "4",
        "企业研发投入攻坚",
        "6",
        "规模以上工业企业研发投入增长15%；有研发活动的规上工业企业占比达到45%",
        "政策法规科（牵头）、高新技术发展及产业化科",
        "年底",
    ),
    (
        "5",
        "瞪羚企业培育",
        "5",
        "新增省级瞪羚企业10家",
        "高新技术发展及产业化科",
        "9月30日前",
    ),
    ("二、创新平台建设（25分）",),
    (
        "6",
        "重点实验室、技术创新中心等省级平台建设",
        "6",
        "新建省级重点实验室、技术创新中心等平台8个以上",
        "资源配置与管理科",
        "2026年12月底",
    ),
    (
        "7",
        "新型研发机构备案",
        "5",
        "备案市级新型研发机构5家",
        "成果转化与区域创新科",
        "2026.11.30",
    ),
    (
        "8",
        "井冈山国家农业科技园区建设",
        "5",
        "顺利通过科技部园区评估",
        "农村与社会发展科技科",
        "第三季度",
    ),
    (
        "9",
        "科技特派员服务",
        "4",
        "选派科技特派员300人以上，实现脱贫村全覆盖",
        "农村与社会发展科技科",
        "长期",
    ),
    (
        "10",
        "吉安高新区创新能力提升",
        "5",
        "在国家高新区综合评价中排名进入全国前100位",
        "高新技术发展及产业化科",
        "2026年12月",
    ),
    ("三、成果转化与创新生态（30分）",),
    (
        "11",
        "技术合同登记",
        "8",
        "技术合同成交额达到60亿元",
        "成果转化与区域创新科",
        "12月20日前",
    ),
    (
        "12",
        "科技成果对接转化",
        "5",
        "组织科技成果对接活动不少于6场，促成转化项目30项",
        "成果转化与区域创新科、科技合作与人才科",
        "按季度推进",
    ),
    (
        "13",
        "高层次科技人才引进",
        "6",
        "引进培育高层次科技人才（团队）20个",
        "科技合作与人才科",
        "2026年11月底前",
    ),
    (
        "14",
        "科技金融",
        "5",
        "“科贷通”贷款发放额5亿元以上",
        "资源配置与管理科",
        "年内",
    ),
    (
        "15",
        "财政科技投入",
        "6",
        "市本级财政科技支出增长10%以上",
        "资源配置与管理科（牵头）、办公室",
        "12月底",
    ),
    ("四、共性工作（15分）",),
    (
        "16",
        "科技监督与科研诚信",
        "4",
        "开展科技计划项目专项检查2次，问题整改率100%",
        "监督与诚信建设科",
        "6月底前、11月底前各1次",
    ),
    (
        "17",
        "安全生产和意识形态工作",
        "4",
        "不发生重大安全责任事故和意识形态事件",
        "办公室",
        "全年持续推进",
    ),
    (
        "18",
        "政务信息与科技宣传",
        "3",
        "在省级以上媒体刊发科技工作宣传稿件40篇",
        "办公室",
        "每月报送",
    ),
    (
        "19",
        "人大代表建议和政协提案办理",
        "4",
        "按时办结率100%，代表委员满意率95%以上",
        "政策法规科",
        "8月31日前",
    ),
]
DUTY_FOOTER = [
    "抄送：市委办公室，市政府办公室，市考核办。",
    "吉安市科学技术局办公室                    2026年2月12日印发",
]


def _duty_docx(path: Path) -> None:
    document = docx.Document()
    head = document.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = head.add_run(DUTY_HEADER_RED)
    _font(run, "方正小标宋简体", 36)
    run.font.color.rgb = RGBColor(0xE0, 0x00, 0x00)
    _centered(document, DUTY_NUMBER, "仿宋_GB2312", 16)
    _centered(document, DUTY_NOTICE_TITLE, "方正小标宋简体", 22)
    for index, line in enumerate(DUTY_NOTICE):
        if index == 0:
            _font(document.add_paragraph().add_run(line), "仿宋_GB2312", 16)
        else:
            _body(document, line)
    for line in DUTY_SIGNATURE:
        _right(document, line)
    _body(document, "（此件主动公开）")

    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    _font(document.add_paragraph().add_run("附件"), "黑体", 16)
    _centered(document, DUTY_TITLE, "方正小标宋简体", 20)
    table = document.add_table(rows=1, cols=len(DUTY_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, DUTY_HEADER, strict=True):
        _font(cell.paragraphs[0].add_run(text), "黑体", 12)
    for row in DUTY_ROWS:
        cells = table.add_row().cells
        if len(row) == 1:
            merged = cells[0].merge(cells[-1])
            _font(merged.paragraphs[0].add_run(row[0]), "黑体", 12)
            continue
        for cell, text in zip(cells, row, strict=True):
            _font(cell.paragraphs[0].add_run(text), "仿宋_GB2312", 12)
    document.add_paragraph()
    for line in DUTY_FOOTER:
        _font(document.add_paragraph().add_run(line), "仿宋_GB2312", 14)
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 2. A provincial 若干政策措施 printed to PDF, each measure closing with （责任单位：…）.

MEASURES_NUMBER = "赣府厅发〔2026〕9号"
MEASURES_NOTICE_TITLE = "江西省人民政府办公厅关于印发江西省加快科技成果转移转化若干政策措施的通知"
MEASURES_NOTICE = [
    "各市、县（区）人民政府，省政府各部门：",
    "《江西省加快科技成果转移转化若干政策措施》已经省政府同意，现印发给你们，请认真贯彻执行。",
]
MEASURES_TITLE = "江西省加快科技成果转移转化若干政策措施"
MEASURES_PREAMBLE = [
    "为深入实施创新驱动发展战略，打通科技成果向现实生产力转化的通道，根据《中华人民共和国"
    "促进科技成果转化法》《江西省促进科技成果转化条例》等有关规定，结合我省实际，制定以下"
    "政策措施。",
    "力争到2027年，全省技术合同成交额突破1800亿元，高校院所科技成果本省转化率达到50%以上，"
    "培育省级技术转移示范机构100家。",
]
MEASURES = [
    "一、深化职务科技成果赋权改革。支持高校、科研院所将职务科技成果所有权或长期使用权赋予"
    "成果完成人（团队），赋权成果单列管理，不纳入国有资产保值增值考核范围。2026年6月底前，"
    "省属高校和科研院所全面完成赋权改革实施方案制定。（责任单位：省科技厅、省教育厅、"
    "省财政厅，各设区市人民政府）",
    "二、提高科研人员成果转化收益。以转让、许可方式转化职务科技成果的，可从净收入中提取"
    "不低于70%的比例用于奖励成果完成人和为成果转化作出重要贡献的人员，奖励支出不受单位"
    "绩效工资总量限制。（责任单位：省科技厅、省人力资源社会保障厅、省财政厅）",
    "三、支持技术转移机构建设。对新认定的国家技术转移示范机构，给予一次性奖励100万元；"
    "对新认定的省级技术转移示范机构，给予一次性奖励50万元。2026年新认定省级技术转移示范"
    "机构20家以上。（责任单位：省科技厅、省财政厅）",
    "四、壮大技术经理人队伍。将技术经纪专业纳入职称评审范围，支持高校开设技术转移相关课程。"
    "2026年培训技术经理人1000人次以上，到2027年全省持证技术经理人达到3000人。（责任单位："
    "省科技厅、省人力资源社会保障厅、省教育厅）",
    "五、支持概念验证和中试熟化。布局建设省级概念验证中心和中试基地，对绩效评价优秀的，"
    "按其上年度服务收入的20%给予最高300万元补助。2026年底前新建省级中试基地15个。"
    "（责任单位：省科技厅、省工业和信息化厅、省发展改革委）",
    "六、实施重大科技成果转化专项。省财政每年安排科技成果转化专项资金5亿元，支持一批重大"
    "科技成果在赣转化落地，单个项目支持最高不超过1000万元。（责任单位：省科技厅、省财政厅）",
    "七、推动首台（套）首批次首版次应用。对纳入省级目录的首台（套）重大技术装备、首批次新材料"
    "和首版次软件，按年度保险费的80%给予保费补贴，单个产品最高不超过200万元。（责任单位："
    "省工业和信息化厅、省财政厅、江西金融监管局）",
    "八、强化科技金融支持。扩大“赣科贷”规模，2026年贷款余额突破100亿元；对合作银行发放的"
    "“赣科贷”贷款发生的损失，按不超过40%的比例给予风险补偿。（责任单位：省科技厅、省财政厅、"
    "人民银行江西省分行、江西金融监管局）",
    "九、发挥政府投资基金引导作用。设立规模不低于50亿元的省科技成果转化引导基金，重点投向"
    "种子期、初创期科技型企业，引导基金让利部分可用于奖励社会资本。（责任单位：省财政厅、"
    "省科技厅、江西省国有资本运营控股集团）",
    "十、鼓励企业承接高校院所成果。企业购买省内高校院所科技成果并在赣转化的，按技术合同"
    "实际交易额的10%给予补助，单个企业每年最高50万元。（责任单位：省科技厅、省财政厅，"
    "各设区市人民政府）",
    "十一、建设成果转化公共服务平台。2026年9月底前建成全省统一的科技成果转化综合服务平台，"
    "汇集可转化科技成果5000项以上，实现成果供需在线匹配。（责任单位：省科技厅、省数据局）",
    "十二、常态化开展路演对接。常态化举办“科创江西”成果路演活动，全年举办路演对接活动"
    "不少于50场，每场路演签约情况纳入成果转化统计。（责任单位：省科技厅，各设区市人民政府）",
    "十三、支持科技人员创新创业。高校院所科技人员经所在单位同意，可在职创办企业或离岗创业，"
    "离岗创业期限最长不超过3年，期间保留人事关系，工龄连续计算。（责任单位：省人力资源社会"
    "保障厅、省教育厅、省科技厅）",
    "十四、加强知识产权转化运用。推进专利开放许可，2026年全省达成开放许可专利800件以上，"
    "高校院所专利产业化率达到18%。（责任单位：省知识产权局、省教育厅、省科技厅）",
    "十五、深化区域技术转移协作。深化与长三角、粤港澳大湾区技术转移合作，支持在上海、深圳等地"
    "建设离岸科创中心，2026年新建离岸科创中心3个。（责任单位：省科技厅、省商务厅，南昌市、"
    "赣州市人民政府）",
    "十六、落实税收优惠政策。落实技术转让所得减免企业所得税、研发费用税前加计扣除、"
    "科技成果转化现金奖励个人所得税减半计征等政策，确保应享尽享。（责任单位：省税务局、"
    "省财政厅、省科技厅）",
    "十七、改革科技成果评价。开展科技成果评价改革试点，在南昌、赣州、宜春等地遴选试点单位"
    "10家，探索以质量、绩效和贡献为核心的评价方式。（责任单位：省科技厅，南昌市、赣州市、"
    "宜春市人民政府）",
    "十八、加强督促落实。建立科技成果转化工作季度调度机制，每季度通报各设区市工作进展，"
    "将科技成果转化情况纳入设区市高质量发展综合考核。（责任单位：省科技厅、省统计局，"
    "各设区市人民政府）",
]
MEASURES_CLOSING = (
    "本政策措施自印发之日起施行，有效期至2028年12月31日。此前我省有关规定与本政策措施不一致的，"
    "以本政策措施为准。"
)
MEASURES_SIGNATURE = ("江西省人民政府办公厅", "2026年3月18日")
MEASURES_FOOTER = [
    "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，江西省军区。",
    "江西省人民政府办公厅秘书处　　　　　　　　2026年3月19日印发",
]


def _measures_pdf(path: Path) -> None:
    from weasyprint import HTML

    def paragraphs(lines: list[str] | tuple[str, ...], css: str = "") -> str:
        attribute = f' class="{css}"' if css else ""
        return "\n".join(f"<p{attribute}>{line}</p>" for line in lines)

    html = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm;
  @top-center {{ content: "江西省人民政府办公厅文件"; font-family: "Noto Serif CJK SC";
                 font-size: 10pt; color: #c00; }}
  @bottom-center {{ content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
                    font-size: 12pt; }} }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 15pt; line-height: 1.6; }}
h1 {{ text-align: center; font-size: 20pt; font-weight: normal; margin: 0.6em 0; }}
p {{ margin: 0; text-indent: 2em; }}
p.flush {{ text-indent: 0; }}
p.number {{ text-align: center; text-indent: 0; }}
p.sign {{ text-align: right; text-indent: 0; }}
p.footer {{ text-indent: 0; font-size: 13pt; border-top: 1px solid #000; }}
.break {{ page-break-before: always; }}
</style></head><body>
<p class="number">{MEASURES_NUMBER}</p>
<h1>{MEASURES_NOTICE_TITLE}</h1>
<p class="flush">{MEASURES_NOTICE[0]}</p>
{paragraphs(MEASURES_NOTICE[1:])}
{paragraphs(MEASURES_SIGNATURE, "sign")}
<p>（此件主动公开）</p>
<h1 class="break">{MEASURES_TITLE}</h1>
{paragraphs(MEASURES_PREAMBLE)}
{paragraphs(MEASURES)}
<p>{MEASURES_CLOSING}</p>
<div class="break"></div>
{paragraphs(MEASURES_FOOTER, "footer")}
</body></html>"""
    HTML(string=html).write_pdf(str(path))


# ---------------------------------------------------------------------------------------
# 3. A county 督查台账 exported from the spreadsheet as tab-separated text.

LEDGER_TITLE = "安福县2026年科技创新重点任务推进情况督查台账"
LEDGER_HEADER = ("序号", "重点任务", "目标任务", "责任单位", "分管县领导", "完成时限", "进展情况")
LEDGER_ROWS = [
    (
        "1",
        "高新技术企业培育",
        "全年净增高新技术企业10家以上，总数达到85家",
        "县科技局（牵头）、县税务局、县统计局",
        "刘建国",
        "2026年12月底",
        "已组织申报企业16家，6月26日完成第一批材料报送，预计新增12家。",
    ),
    (
        "2",
        "科技型中小企业评价入库",
        "入库科技型中小企业120家",
        "县科技局",
        "刘建国",
        "2026.9.30",
        "已入库98家，完成目标的81.7%。",
    ),
    (
        "3",
        "全社会研发投入提升",
        "R&D经费投入强度达到1.8%，规上工业企业研发活动覆盖率达到50%以上",
        "县科技局、县统计局、县工信局",
        "刘建国",
        "12.31前",
        "举办企业研发费用归集辅导培训2场，参训企业86家；上半年数据待统计部门反馈。",
    ),
    (
        "4",
        "创新平台建设",
        "新建省级以上创新平台2个、市级创新平台5个",
        "县科技局、县工信局、县发改委",
        "刘建国",
        "2026年11月",
        "已推荐1家企业申报省级工程技术研究中心，市级平台申报工作9月启动。",
    ),
    (
        "5",
        "技术合同登记",
        "技术合同成交额突破5亿元",
        "县科技局",
        "刘建国",
        "年底前",
        "1-5月登记技术合同46份，成交额1.62亿元，同比增长23%。",
    ),
    (
        "6",
        "科技特派员服务",
        "选派县级以上科技特派员60名，实现乡镇全覆盖",
        "县科技局、县农业农村局，各乡镇人民政府",
        "王晓春",
        "长期",
        "已选派科技特派员52名，开展技术培训23场次。",
    ),
    (
        "7",
        "科技人才引育",
        "引进培育高层次科技人才15人，入选省级以上人才计划1人以上",
        "县委人才办（牵头）、县人社局、县科技局",
        "周敏",
        "2026年12月",
        "已引进博士3人、高级工程师5人；\n“赣鄱俊才支持计划”申报材料已报市科技局。",
    ),
    (
        "8",
        "园区孵化载体建设",
        "安福工业园区科技企业孵化器在孵企业达到30家",
        "安福工业园区管委会、县科技局",
        "周敏",
        "第三季度",
        "现有在孵企业21家，孵化器二期装修预计8月底完工。",
    ),
    (
        "9",
        "知识产权创造",
        "每万人口高价值发明专利拥有量达到1.2件",
        "县市场监管局",
        "周敏",
        "6月底前",
        "已完成，截至6月底为1.23件。",
    ),
    (
        "10",
        "科技金融",
        "发放“科贷通”贷款8000万元",
        "县科技局、县财政局、县金融服务中心",
        "胡文斌",
        "2026年10月底",
        "已发放3200万元，惠及企业11家。",
    ),
    (
        "11",
        "农业科技示范",
        "建设省级农业科技示范基地1个，推广新品种新技术20项",
        "县农业农村局、县科技局",
        "王晓春",
        "11月30日前",
        "已推广水稻新品种4个、稻虾共养等新技术6项。",
    ),
    (
        "12",
        "科学普及",
        "开展科技活动周、全国科普日等科普活动30场次，公民具备科学素质比例达到13%",
        "县科协、县科技局、县教育体育局",
        "胡文斌",
        "长期坚持",
        "科技活动周期间开展活动12场次。",
    ),
    (
        "13",
        "科技项目争取",
        "争取省级以上科技项目立项12项，争取上级科技资金1500万元以上",
        "县科技局",
        "刘建国",
        "2026年8月底前",
        "已立项省级项目7项，到位资金860万元。",
    ),
    (
        "14",
        "企业研发机构建设",
        "规上工业企业研发机构设立率达到45%",
        "县工信局、县科技局",
        "刘建国",
        "2026年12月31日",
        "已有研发机构企业72家，设立率38.9%。",
    ),
]


def _ledger_text() -> str:
    def cell(text: str) -> str:
        return f'"{text}"' if "\n" in text else text

    lines = [
        LEDGER_TITLE,
        "（截至2026年6月30日）",
        "填报单位：安福县科学技术局（盖章）\t\t填报人：刘晓敏\t联系电话：0796-7621035\t"
        "填报时间：2026年7月3日",
        "\t".join(LEDGER_HEADER),
    ]
    lines += ["\t".join(cell(text) for text in row) for row in LEDGER_ROWS]
    lines += [
        "备注：1.进展情况统计截至2026年6月30日；2.请各责任单位于每月25日前将进展情况报县科技局汇总。",
        "审核人：李卫东\t\t\t\t县委督查室、县政府督查室制",
        "",
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------
# 4. A 高新区 管委会 工作计划 in Word: 一、/(一)/1., 【牵头单位】…【完成时限】… after tasks.

ZONE_TITLE = "新余高新区2026年科技创新工作计划"
ZONE = [
    "为深入实施创新驱动发展战略，加快建设锂电新能源科技创新高地，推动高新区在全国国家高新区"
    "综合评价中争先进位，结合高新区实际，制定本计划。",
    "一、总体要求",
    "坚持以科技创新引领产业创新，聚焦锂电新能源、光伏、钢铁新材料等主导产业，围绕产业链部署"
    "创新链，强化企业科技创新主体地位，着力构建“研发—孵化—产业化”全链条创新体系。",
    "二、主要目标",
    "到2026年底，全区高新技术企业达到260家，净增30家以上；全社会研发经费投入强度达到4.5%；"
    "技术合同成交额达到35亿元；新增省级以上创新平台10个；引进高层次人才团队8个。",
    "三、重点任务",
    "（一）培育壮大创新主体",
    "1.实施高新技术企业倍增行动。建立高企后备库，入库企业不少于80家，全年新认定高新技术企业"
    "45家以上。【牵头单位】区科创局【配合单位】区经发局、区财政局、高新区税务局【完成时限】"
    "2026年10月底前",
    "2.推动规上企业研发活动全覆盖。规上工业企业研发活动覆盖率达到70%，享受研发费用加计扣除"
    "政策企业达到200家。【牵头单位】区经发局【配合单位】区科创局、高新区税务局【完成时限】"
    "2026年12月",
    "3.支持龙头企业组建创新联合体。支持赣锋锂业牵头组建锂电新能源创新联合体，联合上下游企业"
    "和高校院所承担省级以上重大科技项目3项。【责任企业】赣锋锂业集团股份有限公司【配合单位】"
    "区科创局【完成时限】2026年11月",
    "（二）建设高能级创新平台",
    "4.争创国家级创新平台。支持新余国科申报国家企业技术中心，力争年内新增国家级创新平台1个。"
    "【牵头单位】区科创局【配合单位】区经发局、江西新余国科科技股份有限公司【完成时限】"
    "2026年12月31日",
    "5.加快省级研发平台建设。新建省级工程研究中心、技术创新中心、重点实验室等省级研发平台6个。"
    "【牵头单位】区科创局【配合单位】区经发局【完成时限】2026年11月底",
    "6.推进锂电新能源产业技术研究院建设。完成研究院二期主体工程，引进研发人员50人以上。"
    "【牵头单位】区投控集团【配合单位】区科创局、区规划建设局【完成时限】2026年6月30日",
    "（三）促进科技成果转化",
    "7.繁荣技术市场。依托江西省技术市场新余分中心，全年登记技术合同400份，技术合同成交额达到"
    "35亿元。【牵头单位】区科创局【完成时限】每季度调度，12月底前完成",
    "8.提升孵化载体能级。推动高新区创新创业园提质扩容，新增孵化面积2万平方米，在孵企业达到"
    "120家。【牵头单位】区科创局【配合单位】区投控集团【完成时限】2026年9月",
    "9.深化产学研合作。与南昌大学、新余学院、江西新能源科技职业学院等开展校企对接活动8场以上，"
    "促成产学研合作项目20个。【牵头单位】区科创局【配合单位】区社会事务局【完成时限】长期",
    "（四）强化人才和金融支撑",
    "10.引进高层次创新人才。围绕锂电、光伏、钢铁新材料产业，引进高层次人才团队8个、博士及以上"
    "人才30人。【牵头单位】区党群工作部【配合单位】区科创局、区招商局【完成时限】2026年12月底",
    "11.开展科技招商。聚焦锂电新能源产业链，引进科技型项目15个，签约金额达到100亿元。"
    "【牵头单位】区招商局【配合单位】区科创局、区经发局【完成时限】2026年12月底",
    "12.推动科技金融深度融合。“科贷通”放贷规模达到3亿元，区科技创新基金规模达到5亿元，"
    "投资科技型企业不少于10家。【牵头单位】区财政局【配合单位】区科创局、区投控集团"
    "【完成时限】常态化推进",
    "（五）优化创新生态",
    "13.兑现科技创新政策。落实高新区支持科技创新若干措施，全年兑现科技奖补资金3000万元，"
    "对新认定高新技术企业给予20万元奖励。【牵头单位】区科创局【配合单位】区财政局"
    "【完成时限】2026年12月20日前",
    "14.加强知识产权保护。每万人口发明专利拥有量达到45件，PCT国际专利申请20件以上。"
    "【牵头单位】区市场监管分局【配合单位】区科创局【完成时限】2026年12月",
    "四、保障措施",
    "（一）加强组织领导。成立由管委会主任任组长的科技创新工作领导小组，每季度召开一次工作"
    "调度会，研究解决科技创新工作中的重大问题。",
    "（二）强化考核督导。将科技创新目标任务纳入各部门年度综合考核，由区党群工作部、区科创局"
    "负责督导落实。",
    "（三）营造创新氛围。组织开展科技活动周、创新创业大赛等活动，大力宣传创新典型，营造全社会"
    "支持创新的良好氛围。（区科创局、区社会事务局）",
]
ZONE_SIGNATURE = ("新余高新技术产业开发区管理委员会", "2026年2月20日")
ZONE_FOOTER = [
    "抄送：市科技局，市发展改革委，市工业和信息化局。",
    "新余高新区管委会办公室                    2026年2月20日印发",
]


def _zone_docx(path: Path) -> None:
    document = docx.Document()
    _centered(document, ZONE_TITLE, "方正小标宋简体", 22)
    for line in ZONE:
        if line.startswith(SECTION_HEADS):
            _body(document, line, "黑体")
        elif line.startswith("（") and "。" not in line:
            _body(document, line, "楷体_GB2312")
        else:
            _body(document, line)
    for line in ZONE_SIGNATURE:
        _right(document, line)
    paragraph = document.add_paragraph()
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    for line in ZONE_FOOTER:
        _font(document.add_paragraph().add_run(line), "仿宋_GB2312", 14)
    document.save(str(path))


def main() -> None:
    _duty_docx(DOCS / "heldout40-duty-table.docx")
    _measures_pdf(DOCS / "heldout40-transfer-measures.pdf")
    (DOCS / "heldout40-county-supervision-ledger.txt").write_text(_ledger_text(), encoding="utf-8")
    _zone_docx(DOCS / "heldout40-zone-plan.docx")


if __name__ == "__main__":
    main()
