"""Write round 47's held-out documents (decision 0005, round 47).

Written by an author who had not read the extractor, imitating what Jiangxi offices issue:

* heldout47-ganzhou-popsci-points.docx — a city 科普 工作要点 in Word, sent out under the
  two issuers' 印发通知 (addressees, signature, date, 此件主动公开), then 一、 sections with
  1.–12. tasks numbered straight through and the offices in 〔责任单位:…〕 after each task,
  closed by a 抄送 line.
* heldout47-province-scifinance-table.pdf — a provincial 科技金融 重点任务分解表 printed
  to PDF (landscape, an 附件 line, a running page header and page-number footer), one row per
  task: 序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限.
* heldout47-yushui-envoy-plan.docx — a county (渝水区) 农业科技特派员 实施方案 in Word:
  一、工作目标 (a paragraph of figures), 二、重点任务 with (一)–(八) headed paragraphs closing
  in (牵头单位:…;配合单位:…;完成时限:…), 三、保障措施, signature and 抄送.
* heldout47-yichun-tcm-plan.txt — a city 中医药 科技创新 three-year 行动计划 copied from the
  government website as plain text: site furniture, a 主要目标 paragraph before the first
  heading, 一、 sections with 1.–12. tasks and (牵头单位:…;配合单位:…), a 保障措施 section,
  signature and site footer.

Annotation choices (where decision 0005's Output conventions are silent):

* A headed paragraph (`(一)精准选派科技特派员。围绕…`) is titled by its heading
  (`精准选派科技特派员`); a task written as one sentence is titled by that sentence without
  its trailing full stop and without its unit bracket.
* 一、工作目标 in the 实施方案 is a numbered item, so its figures are that item's targets
  (not document-level ones); the 宜春 plan's 主要目标 paragraph stands before its first
  heading, so its figures are document-level targets.
* 保障措施 sections are kept as items of the tree (as printed); their paragraphs have no units
  unless they name them.
* The 印发通知 above the 赣州 points (addressees, signature) is not an item; the title is the
  work points' own title.
* A per-team or per-person minimum (`每个团不少于5名专家`, `每名科技特派员年服务时间不少于30天`)
  is a target of the task; a reward cap per person (`每人不超过2万元`) is not.
* Titles and unit names keep the document's full-width punctuation (`各县（市、区）人民政府`,
  `首台（套）`); only `number` is half-width, as 0005 says.
* A 完成时限 cell or bracket that only recurs (`每季度推送`, `每年12月`) makes the task
  `ongoing`; a yearly quota in the text (`每年新增…40家`, `每年促成…20项以上`) does not.

Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round47_documents.py
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

DOCS = Path(__file__).resolve().parent / "docs"


def _font(run: docx.text.run.Run, name: str, size: float) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _line(
    document: docx.document.Document,
    text: str,
    *,
    font: str = "仿宋_GB2312",
    size: float = 16,
    align: str = "indent",
) -> None:
    paragraph = document.add_paragraph()
    if align == "center":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "indent":
        paragraph.paragraph_format.first_line_indent = Pt(size * 2)
    _font(paragraph.add_run(text), font, size)


SECTION_HEADS = {f"{n}、" for n in "一二三四五六七八九十"}


# ---------------------------------------------------------------------------------------
# 1. A city 科普 工作要点 in Word under its 印发通知; 〔责任单位:…〕 after each task.

POPSCI_NOTICE = [
    ("c", "赣州市科学技术局\u3000赣州市科学技术协会"),
    ("c", "关于印发《赣州市2025年科普工作要点》的通知"),
    ("l", "各县（市、区）科技局、科协，市直有关单位："),
    (
        "p",
        "现将《赣州市2025年科普工作要点》印发给你们，请结合实际认真抓好贯彻落实，"
        "并于每季度末将工作进展情况报送市科技局、市科协。",
    ),
    ("r", "赣州市科学技术局\u3000\u3000赣州市科学技术协会"),
    ("r", "2025年3月5日"),
    ("p", "（此件主动公开）"),
]
POPSCI_TITLE = "赣州市2025年科普工作要点"
POPSCI = [
    "2025年是“十四五”规划收官之年。全市科普工作要以习近平新时代中国特色社会主义思想为指导，"
    "深入贯彻落实《全民科学素质行动规划纲要（2021—2035年）》，围绕革命老区高质量发展示范区建设，"
    "着力提升全民科学素质，为建设创新赣州提供有力支撑。",
    "一、强化科普阵地建设",
    "1.推进现代科技馆体系建设，支持瑞金市、于都县科技馆完成展陈提升，年内新增县级科技馆1个。"
    "〔责任单位：市科协、市科技局，相关县（市、区）人民政府〕",
    "2.新认定市级科普教育基地20家以上，组织申报省级科普教育基地，9月底前完成推荐申报工作。"
    "〔责任单位：市科技局、市科协〕",
    "3.推进中小学科学教育实验区建设，全市中小学专兼职科技辅导员达到3000人。"
    "〔责任单位：市教育局、市科协〕",
    "二、提升重点人群科学素质",
    "4.实施农民科学素质提升行动，结合高素质农民培育和乡村振兴实用技术培训，全年培训农民5万人次。"
    "〔责任单位：市农业农村局、市科协、市人社局〕",
    "5.开展领导干部和公务员科学素质培训，市委党校主体班次科学素质类课程占比不低于10%。"
    "〔责任单位：市委组织部、市委党校〕",
    "6.举办青少年科技创新大赛、青少年机器人竞赛等赛事活动，全年参与学生突破10万人次。"
    "〔责任单位：市教育局、市科协、团市委〕",
    "三、打造科普活动品牌",
    "7.组织开展全国科技活动周、全国科普日赣州主场活动，全年举办各类科普活动500场次以上。"
    "〔责任单位：市科技局、市科协，各县（市、区）人民政府〕",
    "8.围绕稀土、脐橙、红色文化等特色资源，创作科普短视频、科普图书等作品100件。"
    "〔责任单位：市科协、市委宣传部、市文广新旅局〕",
    "9.推进“科普中国”信息员队伍建设，全市注册科普信息员达到1.2万人，11月底前完成年度考核。"
    "〔责任单位：市科协〕",
    "四、完善科普工作机制",
    "10.定期召开全市科普工作联席会议，研究解决科普工作中的重大问题。〔责任单位：市科协、市科技局〕",
    "11.开展2025年公民科学素质抽样调查，全市具备科学素质的公民比例达到14%。"
    "〔责任单位：市科协、市统计局〕",
    "12.落实科普经费保障，市本级财政科普经费安排不少于500万元。〔责任单位：市财政局、市科技局〕",
]
POPSCI_COPY = "抄送：市委办公室，市政府办公室，省科技厅、省科协。"


def _popsci_docx(path: Path) -> None:
    document = docx.Document()
    for kind, text in POPSCI_NOTICE:
        if kind == "c":
            _line(document, text, font="方正小标宋简体", size=22, align="center")
        elif kind == "r":
            _line(document, text, align="right")
        elif kind == "l":
            _line(document, text, align="left")
        else:
            _line(document, text)
    document.add_page_break()
    _line(document, POPSCI_TITLE, font="方正小标宋简体", size=22, align="center")
    for text in POPSCI:
        _line(document, text, font="黑体" if text[:2] in SECTION_HEADS else "仿宋_GB2312")
    _line(document, "")
    _line(document, POPSCI_COPY, size=14, align="left")
    printed = "赣州市科学技术局办公室\u3000\u3000\u3000\u30002025年3月5日印发"
    _line(document, printed, size=14, align="left")
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 2. A provincial 科技金融 任务分解表 printed to PDF, one row per task.

FINANCE_TITLE = "江西省2025年深化科技金融融合发展重点任务分解表"
FINANCE_HEADER = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
FINANCE_ROWS = [
    (
        "1",
        "实施“科技贷”扩面增量行动，全年“科技贷”新增贷款投放80亿元以上",
        "省科技厅",
        "省财政厅、人民银行江西省分行",
        "2025年12月底",
    ),
    (
        "2",
        "推动银行机构设立科技支行、科技金融专营团队，全省科技支行达到30家",
        "国家金融监督管理总局江西监管局",
        "人民银行江西省分行、省科技厅",
        "2025年10月底",
    ),
    (
        "3",
        "推广首台（套）重大技术装备保险、研发费用损失保险等科技保险产品，科技保险保费规模同比增长15%",
        "国家金融监督管理总局江西监管局",
        "省科技厅、省工业和信息化厅",
        "2025年12月31日",
    ),
    (
        "4",
        "设立省级科技创新母基金，首期规模不低于50亿元",
        "省财政厅",
        "省科技厅、江西省投资集团有限公司",
        "2025年6月底前",
    ),
    (
        "5",
        "推动科技型企业上市挂牌，新增科创板、北交所上市企业3-5家",
        "省地方金融管理局",
        "江西证监局、省科技厅",
        "2025年底",
    ),
    (
        "6",
        "建立科技型中小企业融资需求“白名单”，向金融机构推送企业2000家以上",
        "省科技厅",
        "人民银行江西省分行",
        "每季度推送",
    ),
    (
        "7",
        "开展“科创金融直通车”银企对接活动，全年举办对接活动不少于20场",
        "省科技厅",
        "省工商联、各设区市人民政府",
        "2025.11.30",
    ),
    (
        "8",
        "深化赣江新区绿色金融改革创新试验区与科创金融协同发展，区内科技型企业贷款余额增长20%以上",
        "赣江新区管委会",
        "人民银行江西省分行",
        "2025年12月底",
    ),
    (
        "9",
        "完善科技型企业贷款风险补偿机制，省级风险补偿资金池规模达到5亿元",
        "省财政厅",
        "省科技厅",
        "2025年9月底前",
    ),
    (
        "10",
        "引导创业投资机构投早投小投科技，全年投资省内科技型企业金额超过60亿元",
        "省发展改革委",
        "省科技厅、省地方金融管理局",
        "2025年12月底",
    ),
    (
        "11",
        "建立科技金融工作联席会议制度，定期通报各地科技金融工作进展",
        "省科技厅",
        "省地方金融管理局、人民银行江西省分行、国家金融监督管理总局江西监管局",
        "长期",
    ),
    (
        "12",
        "开展科技金融专员培训，培训科技金融专员300人次",
        "省科技厅",
        "省人力资源社会保障厅",
        "2025年第三季度",
    ),
]


def _finance_pdf(path: Path) -> None:
    from weasyprint import HTML

    def row(cells: tuple[str, ...], tag: str) -> str:
        return "<tr>" + "".join(f"<{tag}>{cell}</{tag}>" for cell in cells) + "</tr>"

    rows = "\n".join(row(cells, "td") for cells in FINANCE_ROWS)
    html = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4 landscape; margin: 2.6cm 2.4cm 2.4cm 2.4cm;
  @top-center {{ content: "江西省科学技术厅文件附件"; font-family: "Noto Sans CJK SC";
                 font-size: 9pt; color: #555; }}
  @bottom-center {{ content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
                    font-size: 12pt; }} }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 12pt; line-height: 1.5; }}
p.att {{ font-family: "Noto Sans CJK SC"; font-size: 15pt; margin: 0; }}
h1 {{ text-align: center; font-size: 19pt; font-weight: normal; margin: 0.4cm 0; }}
table {{ border-collapse: collapse; width: 100%; }}
thead {{ display: table-header-group; }}
th, td {{ border: 1px solid #000; padding: 4px 6px; vertical-align: middle; }}
th {{ font-family: "Noto Sans CJK SC"; font-weight: normal; }}
td:nth-child(1), td:nth-child(5) {{ text-align: center; }}
col.n {{ width: 6%; }} col.t {{ width: 44%; }} col.l {{ width: 16%; }}
col.a {{ width: 20%; }} col.d {{ width: 14%; }}
</style></head><body>
<p class="att">附件</p>
<h1>{FINANCE_TITLE}</h1>
<table><colgroup><col class="n"><col class="t"><col class="l"><col class="a"><col class="d">
</colgroup>
<thead>{row(FINANCE_HEADER, "th")}</thead>
<tbody>
{rows}
</tbody></table>
</body></html>"""
    HTML(string=html).write_pdf(str(path))


# ---------------------------------------------------------------------------------------
# 3. A county 农业科技特派员 实施方案 in Word: headed paragraphs with bracketed units.

ENVOY_TITLE = "新余市渝水区2025年农业科技特派员服务乡村振兴实施方案"
ENVOY = [
    "为深入贯彻落实《江西省科技特派员工作实施办法》和市委、市政府关于全面推进乡村振兴的部署要求，"
    "进一步发挥科技特派员在农业科技服务中的作用，结合我区实际，制定本方案。",
    "一、工作目标",
    "2025年，全区选派区级科技特派员不少于120名，组建产业科技特派团6个，"
    "实现全区乡镇（街道）科技服务全覆盖，示范推广农业新品种新技术新模式50项以上，服务农户5000户以上。",
    "二、重点任务",
    "（一）精准选派科技特派员。围绕水稻、新余蜜橘、油茶、蔬菜等主导产业，"
    "从省市农业科研院所、新余学院、江西冶金职业技术学院等单位选派区级科技特派员120名以上。"
    "（牵头单位：区科技局；配合单位：区农业农村局；完成时限：2025年3月底前）",
    "（二）组建产业科技特派团。按照产业链组建水稻、蜜橘、油茶、蔬菜、畜禽水产、农产品加工等"
    "产业科技特派团6个，每个团不少于5名专家。"
    "（牵头单位：区科技局；配合单位：区农业农村局、区林业局；完成时限：2025年4月底前）",
    "（三）示范推广新品种新技术。依托科技特派员示范推广农业新品种、新技术、新模式50项以上，"
    "建设科技示范基地10个。"
    "（牵头单位：区农业农村局；配合单位：区科技局、各乡镇（街道）；完成时限：2025年10月底前）",
    "（四）开展科技培训服务。科技特派员全年开展技术培训200场次，培训农民8000人次，"
    "每名科技特派员年服务时间不少于30天。"
    "（牵头单位：区科技局；配合单位：区人社局、区农业农村局；完成时限：长期坚持）",
    "（五）推进科技特派员创业。支持科技特派员以技术入股、技术服务等方式与农民专业合作社、"
    "家庭农场结成利益共同体，新增科技特派员领办创办企业（合作社）5家。"
    "（牵头单位：区科技局；配合单位：区市场监管局；完成时限：2025年12月底前）",
    "（六）建设农业科技服务平台。依托渝水区现代农业科技园，建成科技特派员工作站3个、"
    "“科技小院”2个，实现挂牌运行。"
    "（牵头单位：区科技局；配合单位：区农业农村局、罗坊镇人民政府；完成时限：2025年9月底前）",
    "（七）强化考核激励。区财政每年安排科技特派员专项工作经费不少于100万元，"
    "对年度考核优秀的科技特派员给予每人不超过2万元奖励。"
    "（牵头单位：区财政局；配合单位：区科技局；完成时限：每年12月）",
    "（八）加强数字化服务。依托“江西科技特派员”服务平台开展线上服务，"
    "科技特派员平台注册率达到100%，线上解答农户问题1000个以上。"
    "（牵头单位：区科技局；完成时限：持续推进）",
    "三、保障措施",
    "（一）加强组织领导。成立由区政府分管副区长任组长的科技特派员工作领导小组，"
    "领导小组办公室设在区科技局，统筹推进科技特派员各项工作。",
    "（二）强化经费保障。统筹用好中央、省、市各级科技特派员专项资金，"
    "鼓励派出单位对科技特派员给予必要的工作和生活保障。",
    "（三）营造良好氛围。充分利用报刊、网络、新媒体等渠道，宣传科技特派员先进典型，"
    "营造全社会关心支持科技特派员工作的良好氛围。",
]


def _envoy_docx(path: Path) -> None:
    document = docx.Document()
    section = document.sections[0]
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(section.footer.paragraphs[0].add_run("— 渝水区人民政府办公室 —"), "宋体", 10)
    _line(document, ENVOY_TITLE, font="方正小标宋简体", size=22, align="center")
    for text in ENVOY:
        _line(document, text, font="黑体" if text[:2] in SECTION_HEADS else "仿宋_GB2312")
    _line(document, "")
    _line(document, "渝水区人民政府办公室", align="right")
    _line(document, "2025年2月26日", align="right")
    _line(document, "")
    _line(document, "抄送：市科技局，市农业农村局。", size=14, align="left")
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 4. A city 中医药 科技创新 行动计划 copied from the website as plain text.

TCM_LINES = [
    "宜春市推进中医药产业科技创新行动计划（2025—2027年）",
    ("来源：宜春市人民政府办公室　发布时间：2025-04-10 16:32　浏览次数：867"),
    "【字体：大 中 小】　【打印本页】　【关闭窗口】",
    "",
    (
        "为深入贯彻落实《中共江西省委 江西省人民政府关于促进中医药传承创新发展的实施意见"
        "》，发挥樟树“药都”品牌优势，以科技创新引领全市中医药产业高质量发展，制定本行动"
        "计划。"
    ),
    "",
    (
        "主要目标：到2027年，全市中医药领域省级以上创新平台达到30个，规上中医药工业"
        "企业研发投入强度达到2.5%，培育中医药科技型中小企业150家以上，樟树市中药材"
        "种植面积稳定在20万亩以上。"
    ),
    "",
    "一、实施关键技术攻关行动",
    (
        "1.聚焦中药材良种繁育、中药饮片炮制、经典名方二次开发等领域，2025—2027"
        "年累计组织实施市级重点研发计划项目30项以上。（牵头单位：市科技局；配合单位：市"
        "卫生健康委、市市场监管局）"
    ),
    (
        "2.支持江西中医药大学、樟树市中医药研究院与仁和（集团）发展有限公司共建樟帮中药"
        "炮制技术研究中心，2026年6月底前建成投入使用。（牵头单位：樟树市人民政府；配"
        "合单位：市科技局、市教育局）"
    ),
    (
        "3.推动中药大品种二次开发，培育年销售收入超10亿元的中药大品种3个。（牵头单位"
        "：市工信局；配合单位：市科技局、市市场监管局）"
    ),
    "",
    "二、实施创新平台提升行动",
    (
        "4.支持企业和高校院所建设中医药领域重点实验室、技术创新中心，2027年底前新增"
        "省级以上创新平台10个。（牵头单位：市科技局；配合单位：市发展改革委、市工信局）"
    ),
    (
        "5.推进樟树中医药科创城建设，2025年底前完成一期工程建设，引进中医药研发机构"
        "5家以上。（牵头单位：樟树市人民政府；配合单位：市发展改革委、市科技局）"
    ),
    (
        "6.支持龙头企业建设中试基地，建成中医药中试平台2个，面向全省中医药企业提供中试"
        "服务。（牵头单位：市科技局；配合单位：市工信局）"
    ),
    "",
    "三、实施创新主体培育行动",
    (
        "7.实施中医药科技型企业梯次培育工程，每年新增中医药科技型中小企业40家。（牵头"
        "单位：市科技局；配合单位：各县（市、区）人民政府）"
    ),
    (
        "8.支持规上中医药企业建立研发机构，规上中医药工业企业研发机构覆盖率达到50%以"
        "上。（牵头单位：市工信局；配合单位：市科技局）"
    ),
    "",
    "四、实施人才引育行动",
    (
        "9.引进中医药领域高层次人才团队10个，培养中医药科技领军人才20名。（牵头单位"
        "：市委人才办；配合单位：市科技局、市人社局、市卫生健康委）"
    ),
    (
        "10.常态化开展国医大师、名老中医药专家传承工作室建设，建成传承工作室15个。（"
        "牵头单位：市卫生健康委；配合单位：市人社局）"
    ),
    "",
    "五、实施产学研协同行动",
    (
        "11.依托全国药材药品交易会举办中医药产学研对接活动，每年促成产学研合作项目20"
        "项以上。（牵头单位：市科技局；配合单位：樟树市人民政府、市商务局）"
    ),
    (
        "12.设立中医药产业科技创新基金，基金规模不低于5亿元，2026年底前完成设立。"
        "（牵头单位：市财政局；配合单位：市科技局、市金控集团）"
    ),
    "",
    "六、保障措施",
    (
        "（一）加强组织领导。成立市中医药产业科技创新工作领导小组，统筹协调行动计划实施中"
        "的重大事项。"
    ),
    (
        "（二）加大资金投入。市财政每年安排中医药科技创新专项资金不低于2000万元。（责"
        "任单位：市财政局、市科技局）"
    ),
    (
        "（三）强化督查考核。将行动计划实施情况纳入市直单位和各县（市、区）高质量发展综合"
        "考核，定期通报工作进展。"
    ),
    "",
    "宜春市人民政府办公室",
    "2025年4月8日",
    "",
    "【打印本页】　【关闭窗口】",
    "主办：宜春市人民政府办公室　承办：宜春市大数据中心",
]
TCM = "\n".join(TCM_LINES) + "\n"


def main() -> None:
    _popsci_docx(DOCS / "heldout47-ganzhou-popsci-points.docx")
    _finance_pdf(DOCS / "heldout47-province-scifinance-table.pdf")
    _envoy_docx(DOCS / "heldout47-yushui-envoy-plan.docx")
    (DOCS / "heldout47-yichun-tcm-plan.txt").write_text(TCM, encoding="utf-8")


if __name__ == "__main__":
    main()
