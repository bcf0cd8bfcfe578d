"""Write round 34's held-out documents (decision 0005, round 34).

Written by an author who had not read the extractor: a county 工作要点 in Word, a task list
table in Word with section rows, a notice copied from a web page with its chrome, a city plan
printed to PDF behind its issuing notice, and a Traditional-character Word variant of a
district plan. Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round34_documents.py
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

SECTION_HEADS = tuple(f"{n}、" for n in "一二三四五六七八九十")


def _font(run: docx.text.run.Run, name: str, size: float, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _title(document: docx.document.Document, title: str) -> None:
    head = document.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(head.add_run(title), "方正小标宋简体", 22)


def _body(document: docx.document.Document, line: str) -> None:
    """One paragraph as a 工作要点 is typed: 一、 headings in 黑体; a task opening with (一)
    has its first sentence in 楷体 and the rest in 仿宋; everything else in 仿宋."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.first_line_indent = Pt(32)
    if line.startswith(SECTION_HEADS):
        _font(paragraph.add_run(line), "黑体", 16)
        return
    if line.startswith(("（", "(")) and "。" in line:
        head, rest = line.split("。", 1)
        _font(paragraph.add_run(head + "。"), "楷体_GB2312", 16, bold=True)
        if rest:
            _font(paragraph.add_run(rest), "仿宋_GB2312", 16)
        return
    _font(paragraph.add_run(line), "仿宋_GB2312", 16)


def _word(path: Path, title: str, lines: list[str], closing: list[str] | None = None) -> None:
    document = docx.Document()
    _title(document, title)
    for line in lines:
        _body(document, line)
    for line in closing or []:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _font(paragraph.add_run(line), "仿宋_GB2312", 16)
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 1. A county 工作要点 in Word: 一、 / (一) / 1. levels, units in a bracket closing each task.

COUNTY_TITLE = "万年县2025年创新型县建设工作要点"
COUNTY = [
    "为深入实施创新驱动发展战略，扎实推进省级创新型县建设，根据全省创新型县（市、区）建设工作部署，"
    "结合我县实际，制定本工作要点。",
    "2025年主要目标：全社会研发经费投入增长15%以上，研发投入强度达到1.8%；高新技术企业总数达到60家，"
    "科技型中小企业评价入库150家以上；技术合同成交额突破8亿元。",
    "一、加大科技投入力度",
    "（一）稳步提高财政科技投入。县本级财政科技支出增长10%以上，确保财政科技支出占一般公共预算支出"
    "比重不低于2%。（责任单位：县财政局、县科技局）",
    "（二）引导企业加大研发投入。落实研发费用加计扣除、高新技术企业税收优惠等政策，推动规上工业企业"
    "研发活动全覆盖，有研发活动的规上工业企业占比达到50%以上。"
    "（县工信局牵头，县税务局、县统计局、县科技局配合）",
    "（三）做好研发统计工作。每季度开展一次研发投入统计调度，指导企业规范建立研发辅助账，"
    "确保应统尽统。（县统计局、县科技局按职责分工负责）",
    "二、培育壮大创新主体",
    "（四）实施高新技术企业倍增行动。",
    "1.建立高新技术企业后备库，入库培育企业不少于40家。（责任单位：县科技局）",
    "2.全年新增高新技术企业12家，高新技术企业申报通过率达到70%。"
    "（责任单位：县科技局、县工业园区管委会）",
    "（五）培育科技型中小企业。开展科技型中小企业评价政策宣讲进园区、进企业活动不少于6场，"
    "2025年6月底前完成首批入库工作。（责任单位：县科技局，各乡镇人民政府）",
    "（六）支持企业创建研发平台。新增省级工程技术研究中心1家、市级以上企业研发机构5家，"
    "年底前实现规上高新技术企业研发机构全覆盖。（县科技局牵头，县发改委、县工信局配合）",
    "三、推动产业创新发展",
    "（七）实施重点科技项目。围绕贡米、有色金属新材料、电子信息等主导产业，组织实施县级科技计划项目"
    "15项左右，争取省级以上科技项目8项以上。（责任单位：县科技局、县农业农村局、县工信局）",
    "（八）建设农业科技园区。推进万年贡米省级农业科技园区建设，园区入驻涉农企业达到30家，"
    "示范推广优质稻新品种3—5个。（县农业农村局牵头，县科技局、裴梅镇人民政府配合，"
    "2025年10月底前完成年度建设任务）",
    "（九）促进科技成果转化。组织科技成果对接活动4场以上，全年技术合同登记额达到8亿元。"
    "（责任单位：县科技局；配合单位：县工业园区管委会、县工商联）",
    "四、优化创新生态",
    "（十）加强科技人才引育。引进培育高层次科技人才10名以上，选派科技特派员30名，"
    "年内组织开展科技人才培训1000人次。（责任单位：县委组织部（县委人才办）、县科技局、县人社局）",
    "（十一）营造创新氛围。组织开展全国科技活动周、全国科普日等活动，全年开展科普活动不少于20场次，"
    "公民具备科学素质比例达到12%。（县科协牵头，县科技局、县教体局配合；长期坚持）",
    "（十二）强化考核督导。将创新型县建设任务纳入全县高质量发展综合考核，每半年通报一次工作进展。"
    "（责任单位：县创新型县建设工作领导小组办公室）",
    "各责任单位要于每季度末5日前将工作进展情况报送县科技局。",
]
COUNTY_CLOSING = ["万年县创新型县建设工作领导小组办公室", "2025年2月26日"]


# ---------------------------------------------------------------------------------------
# 2. A task list table in Word: 序号/重点任务/工作措施/牵头单位/配合单位/完成时限, section
#    rows merged across the table, numbering running on through the sections.

FINANCE_TITLE = "赣州市2025年科技金融服务提质增效重点任务清单"
FINANCE_HEADER = ("序号", "重点任务", "工作措施", "牵头单位", "配合单位", "完成时限")
FINANCE_ROWS: list[tuple[str, ...]] = [
    ("一、扩大科技信贷投放",),
    (
        "1",
        "推广“科技贷”产品",
        "扩大“科技贷”合作银行范围，全年新增“科技贷”贷款20亿元以上，支持科技型企业300家。",
        "市科技局",
        "市财政局、人民银行赣州市分行",
        "2025年12月底前",
    ),
    (
        "2",
        "开展科技型企业“白名单”融资对接",
        "每季度向银行机构推送科技型企业白名单，组织银企对接活动不少于8场。",
        "市科技局、市金融办",
        "各银行机构",
        "每季度",
    ),
    (
        "3",
        "提升科技型企业贷款覆盖面",
        "科技型中小企业贷款余额增长20%左右，首贷户数量新增100户。",
        "人民银行赣州市分行",
        "国家金融监督管理总局赣州监管分局、市科技局",
        "2025年12月底前",
    ),
    ("二、发展科技创业投资",),
    (
        "4",
        "设立科技创新基金",
        "推动设立规模不低于10亿元的市级科技创新产业基金，首期到位资金3亿元。",
        "市财政局",
        "市国资委、市科技局、赣州发展投资控股集团",
        "2025年9月底前",
    ),
    (
        "5",
        "引进创投机构",
        "引进培育创业投资机构5家以上，撬动社会资本投向种子期、初创期科技企业。",
        "市金融办",
        "市科技局",
        "2025年12月底前",
    ),
    (
        "6",
        "开展“赣州科创投资路演”",
        "全年举办科技成果和项目路演活动6期，推介项目60个以上。",
        "市科技局",
        "市金融办、市工商联",
        "长期坚持",
    ),
    ("三、拓展多元融资渠道",),
    (
        "7",
        "推进知识产权质押融资",
        "知识产权质押融资登记金额突破12亿元。",
        "市市场监管局（知识产权局）",
        "人民银行赣州市分行、市金融办",
        "2025年11月底前",
    ),
    (
        "8",
        "推动科技企业上市挂牌",
        "建立科技型企业上市后备资源库，新增入库企业20家，力争1—2家企业在境内外上市。",
        "市金融办",
        "市科技局、市工信局，各县（市、区）人民政府",
        "2025年12月底前",
    ),
    (
        "9",
        "发展科技保险",
        "推广研发费用损失保险、首台（套）重大技术装备保险等科技保险产品，"
        "科技保险保费规模达到5000万元。",
        "国家金融监督管理总局赣州监管分局",
        "市科技局、市财政局",
        "2025年12月底前",
    ),
    (
        "10",
        "落实科技金融风险补偿",
        "市财政安排科技金融风险补偿资金2000万元，及时兑现风险补偿。",
        "市财政局",
        "市科技局",
        "2025年6月底前",
    ),
    ("四、加强组织保障",),
    (
        "11",
        "建立工作调度机制",
        "建立科技金融工作联席会议制度，每半年召开一次联席会议。",
        "市科技局",
        "市金融办、人民银行赣州市分行",
        "每半年",
    ),
]


def _finance_docx(path: Path) -> None:
    """附件 mark, centred title, a landscape ruled table whose section rows are one merged
    cell, a note under the table."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(2)
    mark = document.add_paragraph()
    _font(mark.add_run("附件"), "黑体", 16)
    _title(document, FINANCE_TITLE)
    table = document.add_table(rows=1, cols=len(FINANCE_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(1.3), Cm(4.2), Cm(9.0), Cm(3.6), Cm(4.6), Cm(3.0))
    for cell, text, width in zip(table.rows[0].cells, FINANCE_HEADER, widths, strict=True):
        cell.width = width
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(cell.paragraphs[0].add_run(text), "黑体", 12)
    for row in FINANCE_ROWS:
        cells = table.add_row().cells
        if len(row) == 1:
            merged = cells[0].merge(cells[-1])
            _font(merged.paragraphs[0].add_run(row[0]), "黑体", 12)
            continue
        for index, (cell, text, width) in enumerate(zip(cells, row, widths, strict=True)):
            cell.width = width
            if index in (0, 5):
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(cell.paragraphs[0].add_run(text), "仿宋_GB2312", 12)
    note = document.add_paragraph()
    _font(
        note.add_run(
            "注：各牵头单位请于每季度结束后10日内将任务进展情况报送市科技局资源配置与管理科。"
        ),
        "仿宋_GB2312",
        12,
    )
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 3. A notice copied from a city bureau's web page, chrome and all, the plan under it.

TALENT = """首页　　机构概况　　政务公开　　政务服务　　互动交流　　专题专栏
请输入关键字　　搜索
当前位置：首页 > 政务公开 > 通知公告

九江市科学技术局关于印发《九江市2025年科技人才和引进外国专家工作要点》的通知

来源：九江市科学技术局　　发布时间：2025-03-14 10:26　　浏览次数：1163
【字体：大 中 小】　　【打印】　　【关闭】

各县（市、区）科技局，市直有关单位：
　　现将《九江市2025年科技人才和引进外国专家工作要点》印发给你们，请结合实际认真抓好落实。

九江市科学技术局
2025年3月12日

九江市2025年科技人才和引进外国专家工作要点

　　2025年，全市科技人才工作要深入落实人才强市战略，围绕“1269”行动计划和重点产业链，聚焦引才、育才、用才、留才，着力打造长江中游区域性科技人才集聚高地。重点抓好以下工作：

　　一、大力引进高层次科技人才
　　（一）组织实施省“双千计划”项目。做好省“双千计划”科技创新高端人才和团队项目申报推荐工作，力争入选人才20名以上、团队3个。（责任单位：市科技局、市委人才办）
　　（二）实施“浔城英才计划”。全年引进培育市级科技领军人才15名、青年科技人才50名，6月底前完成年度项目评审。（责任单位：市委人才办牵头，市科技局、市人社局配合）
　　（三）柔性引进科技人才。鼓励企业通过项目合作、兼职顾问、“周末工程师”等方式柔性引才，全年柔性引进各类科技人才200名。（责任单位：市科技局，各县（市、区）人民政府）
　　二、做好外国专家服务管理
　　（四）引进外国高端人才。组织申报国家外国专家项目，争取立项5项以上；新增引进外国专家30人次。（市科技局负责）
　　（五）优化外国人来华工作许可服务。推行外国人工作许可和居留许可“一窗受理、并联审批”，办理时限压缩至5个工作日以内。（责任单位：市科技局、市公安局出入境管理支队）
　　（六）建设引智示范基地。推荐申报省级引才引智示范基地2家，年底前完成市级引智基地复核评估。（责任单位：市科技局）
　　三、加强科技人才培养使用
　　（七）培育科技创新团队。支持企业、高校和科研院所组建市级科技创新团队10个。（责任单位：市科技局、市教育局）
　　（八）开展科技人才培训。举办企业技术骨干、科技管理人员专题培训班8期，培训3000人次以上。市科技局、市人社局
　　（九）深化职称制度改革。开展工程技术领域高级职称评审改革试点，年内向用人主体下放职称评审权的企业达到10家。（责任单位：市人社局、市科技局）
　　四、优化科技人才发展环境
　　（十）落实人才服务保障。为高层次人才发放“浔城英才卡”，在子女入学、医疗保健、住房保障等方面提供“一站式”服务，持续推进。（责任单位：市委人才办、市教育局、市卫健委、市住建局）
　　（十一）营造尊才爱才氛围。组织开展“最美科技工作者”评选宣传活动，2025年9月底前推出科技人才典型事迹报道20篇以上。（责任单位：市委宣传部、市科技局）

附件：九江市2025年科技人才和引进外国专家工作要点.docx

【打印本页】　　【关闭窗口】
扫一扫在手机打开当前页
上一篇：关于组织开展2025年度九江市科技计划项目申报工作的通知
下一篇：关于公布2024年度九江市科技创新团队名单的通知

主办单位：九江市科学技术局　　地址：九江市濂溪区长虹大道
网站标识码：3604000025　　赣ICP备05004385号　　赣公网安备36040202000123号
"""


# ---------------------------------------------------------------------------------------
# 4. A city plan printed to PDF behind its 印发 notice: 一、 / (一) / 1., 〔责任单位:…〕.

TRANSFER_TITLE = "宜春市推进重大科技成果转化工作方案（2025—2026年）"
TRANSFER_NOTICE = [
    "宜府办字〔2025〕21号",
    "宜春市人民政府办公室关于印发宜春市推进重大科技成果转化工作方案（2025—2026年）的通知",
    "各县（市、区）人民政府，宜春经济技术开发区、宜阳新区、明月山温泉风景名胜区管委会，"
    "市政府各部门，市直各单位：",
    "《宜春市推进重大科技成果转化工作方案（2025—2026年）》已经市政府同意，现印发给你们，"
    "请认真贯彻执行。",
]
TRANSFER = [
    "为加快推动重大科技成果在宜落地转化，以科技创新引领现代化产业体系建设，制定本方案。",
    "一、工作目标",
    "到2026年，全市转化重大科技成果50项以上，技术合同成交额达到80亿元，培育技术经纪人200名，"
    "建成概念验证中心和中试基地5个。",
    "二、重点任务",
    "（一）建立重大科技成果库。面向高校、科研院所和企业常态化征集科技成果，2025年6月底前建立"
    "全市重大科技成果库，入库成果不少于300项，每年动态更新。"
    "〔责任单位：市科技局、市教育局、市工信局〕",
    "（二）建设概念验证和中试平台。",
    "1.依托宜春锂电新能源产业研究院等建设概念验证中心2个，2025年底前挂牌运行。"
    "〔责任单位：市科技局、宜春经开区管委会〕",
    "2.围绕锂电新能源、生物医药、富硒农业等产业，建设市级中试基地3个，2026年6月底前投入运营。"
    "〔责任单位：市工信局、市科技局〕",
    "（三）实施重大成果转化项目。每年遴选重大科技成果转化项目10项，给予每项不超过200万元的资金支持，"
    "带动企业新增投资20亿元以上。〔责任单位：市科技局、市财政局〕",
    "（四）培育技术转移机构和人才。新认定市级技术转移示范机构5家，年内培训技术经纪人100名以上。"
    "〔责任单位：市科技局、市人社局〕",
    "（五）推进高校院所成果就地转化。深化与南昌大学、江西农业大学等高校合作，每季度组织一次"
    "“高校院所宜春行”成果对接活动，推动高校科技成果在宜转化30项以上。"
    "〔责任单位：市科技局、市教育局，各县（市、区）人民政府〕",
    "（六）强化成果转化金融支持。引导市级科技创新基金投向成果转化项目，投资额不低于2亿元；"
    "开展“成果转化贷”业务，2026年底前累计放贷5亿元。〔责任单位：市金融办、市财政局、市科技局〕",
    "（七）深化职务科技成果赋权改革。在高校、科研院所和国有企业中遴选职务科技成果赋权改革试点单位"
    "5家，2025年9月底前确定试点单位。〔责任单位：市科技局、市国资委〕",
    "三、保障措施",
    "（一）加强组织领导。建立市科技成果转化工作联席会议制度，联席会议办公室设在市科技局。",
    "（二）加强资金保障。市财政每年安排科技成果转化专项资金3000万元。",
    "（三）加强督促考核。每半年对各地各部门任务推进情况进行调度通报。",
]


def _transfer_pdf(path: Path) -> None:
    """A4 portrait as printed from the office's typesetting: red 文号 header, the notice, the
    seal line, then the plan on a new page; page numbers — 1 — at the foot."""
    from weasyprint import HTML

    def para(line: str) -> str:
        if line.startswith(SECTION_HEADS):
            return f'<p class="h1">{line}</p>'
        if line.startswith("（") and "。" in line:
            head, rest = line.split("。", 1)
            return f'<p><span class="h2">{head}。</span>{rest}</p>'
        return f"<p>{line}</p>"

    number, notice_title, addressees, body = TRANSFER_NOTICE
    plan = "\n".join(para(line) for line in TRANSFER)
    html = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm;
  @bottom-center {{ content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
  font-size: 12pt; }} }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 15pt; line-height: 1.6; }}
p {{ text-indent: 2em; margin: 0; }}
p.red {{ color: #c00; text-align: center; font-size: 26pt; text-indent: 0;
  font-family: "Noto Sans CJK SC"; letter-spacing: 2pt; }}
p.num {{ text-align: center; text-indent: 0; border-bottom: 2pt solid #c00;
  padding-bottom: 8pt; margin-bottom: 16pt; }}
h1 {{ text-align: center; font-size: 20pt; font-family: "Noto Sans CJK SC";
  font-weight: normal; margin: 12pt 0; }}
p.to {{ text-indent: 0; }}
p.sign {{ text-align: right; text-indent: 0; }}
p.h1 {{ font-family: "Noto Sans CJK SC"; }}
span.h2 {{ font-weight: bold; }}
.plan {{ page-break-before: always; }}
</style></head><body>
<p class="red">宜春市人民政府办公室文件</p>
<p class="num">{number}</p>
<h1>{notice_title}</h1>
<p class="to">{addressees}</p>
<p>{body}</p>
<p class="sign">宜春市人民政府办公室</p>
<p class="sign">2025年3月5日</p>
<p>（此件主动公开）</p>
<div class="plan">
<h1>{TRANSFER_TITLE}</h1>
{plan}
</div>
</body></html>"""
    HTML(string=html).write_pdf(str(path))


# ---------------------------------------------------------------------------------------
# 5. A district plan in Word, converted to Traditional characters: 一、 / 1. / (1) levels.

INCUBATOR_TITLE = "南康区2025年科技企业孵化器高质量发展工作要点"
INCUBATOR = [
    "为加快构建“众创空间—孵化器—加速器—产业园”全链条孵化体系，推动科技型企业梯次培育，"
    "结合我区实际，制定本工作要点。",
    "一、提升孵化载体能级",
    "1.推动家具产业孵化器提质升级。支持南康家具产业智联孵化器申报国家级科技企业孵化器，"
    "在孵企业达到80家以上，年内毕业企业不少于10家。（区科技局牵头，区家居产业发展中心配合）",
    "2.新建一批众创空间。在龙回、东山等产业园区新建市级以上众创空间2个，新增孵化面积1.5万平方米。"
    "（责任单位：区科技局、区工信局，相关乡镇人民政府）",
    "3.建设科技企业加速器。启动南康区科技企业加速器一期建设，7月中旬前完成项目立项，"
    "第三季度开工建设。（责任单位：区城发集团（牵头）、区发改局、区自然资源局）",
    "二、完善孵化服务体系",
    "4.配强专业孵化服务队伍。全区孵化载体专职孵化服务人员不少于60名，持证创业导师达到40名。"
    "（区科技局、区人社局负责）",
    "5.搭建投融资服务平台。每季度举办一期“创新创业项目路演”活动，推动孵化器设立孵化种子资金"
    "总额不低于2000万元。（区金融服务中心、区科技局）",
    "6.开展创新创业大赛。10月底前举办第五届南康区创新创业大赛，征集参赛项目100个以上。"
    "（区科技局牵头，团区委、区妇联配合）",
    "三、强化在孵企业培育",
    "7.推动在孵企业成长为科技型企业。在孵企业中新增科技型中小企业30家、高新技术企业8家。"
    "（责任单位：区科技局；配合单位：区税务局）",
    "8.落实孵化载体支持政策。",
    "（1）对新认定的国家级、省级科技企业孵化器分别给予100万元、50万元奖励。",
    "（2）全年兑现孵化载体奖补资金800万元，12月中下旬完成年度绩效评价。",
    "责任单位：区财政局、区科技局",
    "四、加强统筹调度",
    "9.建立孵化载体年度评价机制。每年开展一次孵化载体绩效评价，评价结果与奖补资金挂钩，"
    "对连续两年评价不合格的取消区级认定。（责任单位：区科技局）",
    "10.加强宣传推广。总结推广孵化载体典型经验，年底前编印优秀在孵企业案例集，宣传报道不少于15篇。"
    "（区委宣传部、区科技局）",
]
INCUBATOR_CLOSING = ["赣州市南康区科学技术局", "2025年3月3日"]


def _traditional_word(path: Path) -> None:
    import opencc

    convert = opencc.OpenCC("s2tw").convert
    _word(
        path,
        convert(INCUBATOR_TITLE),
        [convert(line) for line in INCUBATOR],
        [convert(line) for line in INCUBATOR_CLOSING],
    )


def main() -> None:
    _word(DOCS / "heldout34-innovative-county.docx", COUNTY_TITLE, COUNTY, COUNTY_CLOSING)
    _finance_docx(DOCS / "heldout34-tech-finance.docx")
    (DOCS / "heldout34-talent-web.txt").write_text(TALENT, encoding="utf-8")
    _transfer_pdf(DOCS / "heldout34-achievement-transfer.pdf")
    _traditional_word(DOCS / "heldout34-incubator-traditional.docx")


if __name__ == "__main__":
    main()
