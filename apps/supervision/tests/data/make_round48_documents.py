"""Write round 48's held-out documents (decision 0005, round 48).

Written by an author who had not read the extractor: a city 科普 工作要点 in Word (南昌,
一、 sections over 1. tasks, 〔责任单位:…〕 after each task, a 主要目标 paragraph before the
first section, signature, date and 抄送 line), a provincial 科技金融 任务分解表 printed to PDF
(附件 of a notice: 序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限 columns with 一、 group rows,
page header and page numbers), a county 科技特派员 实施方案 in Word (铅山, 一、工作目标 /
二、重点任务 / 三、保障措施, each task closed by a bracket 牵头单位:…;配合单位:…;完成时限:…),
and a city 生物医药 three-year action plan copied from the government website as plain text
(赣州, the covering notice, a 总体目标 paragraph, 1. tasks with `A牵头,B配合` brackets).
Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round48_documents.py

Annotation choices (where decision 0005's Output conventions are silent):
* 保障措施 sections that are numbered like the task sections (铅山 三、, 赣州 六、) are items,
  their (一)… paragraphs children; a closing unnumbered paragraph (南昌's 请各责任单位…) and
  the 注: line under the PDF table are not items.
* 铅山's 一、工作目标 is the document's first item, so its figures are that item's targets,
  not document-level targets; 赣州's 总体目标 paragraph is unnumbered and before item 一, so its
  figures are document-level targets.
* 建设, 组建, 培养, 选聘, 实施, 取得 counts are `level`; 引进 and 新选派/新增/新认定 are
  `increment`.
* 每半年召开一次 (南昌 2) is a calendar recurrence, `"ongoing"`; 每年举办…1次以上 (赣州 12)
  likewise, and its 1次以上 is also a target; 每年新增…50家 / 每年培养…1000人 / 每年组织实施
  …5项 are yearly quotas (deadline null).
* A 完成时限 cell 每季度 (PDF rows 6, 7) is `"ongoing"`; a cell 2026年11月 is the month's end.
* 持续推进 as the 完成时限 inside 铅山's bracket is `"ongoing"`.
* 每个服务站配备专职联络员不少于1名 (铅山 (二)) is a target `>=` 1 名.
* 三年累计 (赣州 9) is the span of the count; only 100个以上 is a target.
* Signatures (issuing offices on their own lines), dates and 抄送 lines give no units.
* 新设立子基金3—5支 (PDF row 5) is `increment` like 新建, with `"max": 5`.
* A task opening with a run-in heading (铅山 （一）优化科技特派员选派。…, 赣州 六、（一）) has that
  heading as its title; other tasks' titles are their whole text without the unit bracket.
* 赣州's title is the plan's own title, not the covering notice's; the notice's 主送 line
  (各县（市、区）科技局，…：) and its signature give no units.
* Units are kept as printed, full-width parentheses included (各县（区）人民政府).
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

DOCS = Path(__file__).resolve().parent / "docs"
SECTION_HEADS = {f"{n}、" for n in "一二三四五六七八九十"}


def _font(run: docx.text.run.Run, name: str, size: float) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _official_docx(path: Path, title: str, lines: list[str], closing: list[str]) -> None:
    """An A4 Word document as offices type it: 小标宋 title, 仿宋 body, 黑体 一、 headings,
    signature and date right-aligned, 抄送 at the foot."""
    document = docx.Document()
    head = document.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(head.add_run(title), "方正小标宋简体", 22)
    document.add_paragraph()
    for line in lines:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.first_line_indent = Pt(32)
        _font(paragraph.add_run(line), "黑体" if line[:2] in SECTION_HEADS else "仿宋_GB2312", 16)
    document.add_paragraph()
    for line in closing:
        paragraph = document.add_paragraph()
        if line.startswith("抄送"):
            _font(paragraph.add_run(line), "仿宋_GB2312", 14)
        else:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _font(paragraph.add_run(line), "仿宋_GB2312", 16)
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 1. 南昌 科普 工作要点 in Word: 一、 sections, 1. tasks, 〔责任单位:…〕.

SCIPOP_TITLE = "南昌市2026年科学技术普及工作要点"
SCIPOP = [
    "2026年是“十五五”开局之年。为深入贯彻落实《中华人民共和国科学技术普及法》和全国科技"
    "大会精神，推动科学普及与科技创新同等重要的制度安排落地见效，全面提升全市公民科学素质，"
    "制定本工作要点。",
    "2026年全市科普工作的主要目标是：公民具备科学素质的比例达到17%以上；新认定市级科普"
    "教育基地20家；全年开展各类科普活动1500场次以上。",
    "一、完善科普工作体系",
    "1.做好全民科学素质行动“十四五”收官评估，3月底前完成《南昌市全民科学素质行动规划纲要"
    "实施方案（2021—2025年）》实施情况总结评估。〔责任单位：市科协、市科技局〕",
    "2.建立市科普工作联席会议制度，每半年召开一次联席会议，研究解决科普工作重大问题。"
    "〔责任单位：市科技局、市科协〕",
    "3.推动各县（区）将科普经费列入同级财政预算，全市财政科普经费人均达到2元以上。"
    "〔责任单位：市财政局，各县（区）人民政府〕",
    "二、加强科普阵地建设",
    "4.推进南昌科技馆展教资源更新改造，年内完成展品更新30件以上，全年接待观众突破100万人次。"
    "〔责任单位：市科协、市科技局〕",
    "5.新认定市级科普教育基地20家，推荐申报省级科普教育基地5家以上，9月底前完成认定工作。"
    "〔责任单位：市科技局、市科协〕",
    "6.支持中小学校建设校园科技馆、科普活动室，新建校园科普场所10个。"
    "〔责任单位：市教育局，市科协配合〕",
    "三、丰富科普活动供给",
    "7.精心组织全国科技活动周、全国科普日等重大示范活动，5月下旬举办2026年南昌市科技活动周。"
    "〔责任单位：市科技局、市科协，各县（区）人民政府〕",
    "8.深入开展“科技下乡”活动，全年组织科技特派员、农技专家下乡服务200场次，受益群众2万人次"
    "以上。〔责任单位：市科技局、市农业农村局〕",
    "9.举办第五届南昌市青少年科技创新大赛，参赛学生达到3000人。〔责任单位：市科协、市教育局〕",
    "四、壮大科普人才队伍",
    "10.发展壮大科普志愿者队伍，全市注册科普志愿者新增1000人，组建科普志愿服务队50支。"
    "〔责任单位：市科协、团市委〕",
    "11.开展科普讲解员、科普创作人员专题培训，全年培训科普工作者500人次。"
    "〔责任单位：市科协、市人社局〕",
    "五、推进科普信息化建设",
    "12.建设“南昌科普云”平台，上半年上线运行，年内平台注册用户突破5万人。"
    "〔责任单位：市科技局、市数据局〕",
    "13.常态化开展科普宣传，依托“南昌发布”等新媒体每月推送原创科普作品不少于20篇。"
    "〔责任单位：市委宣传部、市科协〕",
    "请各责任单位按照职责分工，细化工作措施，于每季度末将工作进展情况报送市科技局。",
]
SCIPOP_CLOSING = [
    "南昌市科学技术局",
    "2026年2月20日",
    "抄送：市人民政府办公室，各县（区）科技局。",
]


# ---------------------------------------------------------------------------------------
# 2. 江西省 科技金融 任务分解表, the 附件 of a notice, printed to PDF.

FINANCE_TITLE = "2026年全省科技金融重点工作任务分解表"
FINANCE_INTRO = (
    "为贯彻落实省委、省政府关于做好科技金融大文章的部署要求，加快构建同科技创新相适应的"
    "科技金融体制，现将2026年全省科技金融重点工作任务分解如下，请各牵头单位会同配合单位"
    "抓好落实。"
)
FINANCE_HEADER = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
FINANCE_ROWS: list[tuple[str, ...]] = [
    ("一、扩大科技信贷投放",),
    (
        "1",
        "推广“科贷通”产品，全年新增“科贷通”贷款50亿元以上，惠及科技型中小企业1500家",
        "省科技厅",
        "省财政厅\n人民银行江西省分行",
        "2026年12月底",
    ),
    (
        "2",
        "扩大科贷通风险补偿资金池规模，省市县三级风险补偿资金池规模达到10亿元",
        "省财政厅",
        "省科技厅\n各设区市人民政府",
        "2026年6月底",
    ),
    (
        "3",
        "引导银行机构设立科技支行、科技特色支行，全省科技支行达到60家",
        "国家金融监督管理总局江西监管局",
        "人民银行江西省分行\n省科技厅",
        "2026年9月底",
    ),
    (
        "4",
        "深入开展知识产权质押融资入园惠企行动，全年科技型企业知识产权质押融资金额突破150亿元",
        "省知识产权局",
        "省科技厅\n国家金融监督管理总局江西监管局",
        "2026年12月底",
    ),
    ("二、发展壮大科技创业投资",),
    (
        "5",
        "做大省级天使投资引导基金，新设立子基金3—5支，子基金总规模不低于20亿元",
        "省财政厅",
        "省科技厅\n省金控集团",
        "2026年12月底",
    ),
    (
        "6",
        "举办“科创江西·投融资对接会”等路演活动，全年组织投融资对接活动20场以上，促成投资金额10亿元",
        "省科技厅",
        "省地方金融管理局",
        "每季度",
    ),
    (
        "7",
        "建立科技型企业融资需求“白名单”推送机制，每季度向银行和投资机构推送优质科技型企业不少于100家",
        "省科技厅",
        "省工业和信息化厅\n省地方金融管理局",
        "每季度",
    ),
    ("三、支持科技型企业上市挂牌",),
    (
        "8",
        "深入实施企业上市“映山红行动”，推动科技型企业对接多层次资本市场，新增科创板、北交所上市企业5家",
        "省地方金融管理局",
        "江西证监局\n省科技厅",
        "2026年12月底",
    ),
    (
        "9",
        "在江西联合股权交易中心设立“科技创新专板”，挂牌科技型企业达到300家",
        "江西证监局",
        "省地方金融管理局\n省科技厅",
        "2026年10月底",
    ),
    ("四、完善科技保险和科技金融服务",),
    (
        "10",
        "推广首台（套）重大技术装备保险和研发费用损失保险，科技保险保费规模增长20%",
        "国家金融监督管理总局江西监管局",
        "省工业和信息化厅\n省科技厅",
        "2026年12月底",
    ),
    (
        "11",
        "修订《江西省科技金融专员工作办法》，选聘科技金融专员200名",
        "省科技厅",
        "人民银行江西省分行",
        "2026年6月30日前",
    ),
    (
        "12",
        "开展科技金融工作绩效评价，评价结果作为省级科技资金分配的重要依据",
        "省科技厅",
        "省财政厅",
        "2026年11月",
    ),
]
FINANCE_NOTE = "注：各牵头单位于每季度结束后5日内将任务进展情况报送省科技厅（资源配置与管理处）。"


def _finance_pdf(path: Path) -> None:
    from weasyprint import HTML

    rows = []
    for row in FINANCE_ROWS:
        if len(row) == 1:
            rows.append(f'<tr class="group"><td colspan="5">{row[0]}</td></tr>')
            continue
        cells = "".join(f"<td>{cell.replace(chr(10), '<br>')}</td>" for cell in row)
        rows.append(f"<tr>{cells}</tr>")
    header = "".join(f"<th>{cell}</th>" for cell in FINANCE_HEADER)
    html = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4 landscape; margin: 2.5cm 2.2cm 2.2cm 2.2cm;
  @top-right {{ content: "江西省科学技术厅"; font-family: "Noto Serif CJK SC"; font-size: 10pt; }}
  @bottom-center {{ content: "— " counter(page) " —";
    font-family: "Noto Serif CJK SC"; font-size: 12pt; }} }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 12pt; line-height: 1.45; }}
.annex {{ font-family: "Noto Sans CJK SC"; font-size: 15pt; }}
h1 {{ text-align: center; font-size: 20pt; font-weight: normal; }}
p.intro {{ text-indent: 2em; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #000; padding: 4px 6px; vertical-align: middle; }}
th {{ font-family: "Noto Sans CJK SC"; font-weight: normal; }}
td:first-child, td:last-child {{ text-align: center; }}
tr.group td {{ font-family: "Noto Sans CJK SC"; text-align: left; }}
tr {{ page-break-inside: avoid; }}
col.n {{ width: 5%; }} col.t {{ width: 45%; }} col.l {{ width: 16%; }} col.a {{ width: 19%; }}
</style></head><body>
<p class="annex">附件</p>
<h1>{FINANCE_TITLE}</h1>
<p class="intro">{FINANCE_INTRO}</p>
<table><colgroup><col class="n"><col class="t"><col class="l"><col class="a"><col></colgroup>
<thead><tr>{header}</tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<p>{FINANCE_NOTE}</p>
</body></html>"""
    HTML(string=html).write_pdf(str(path))


# ---------------------------------------------------------------------------------------
# 3. 铅山县 科技特派员 实施方案 in Word: 一、 / (一), a closing bracket per task.

ENVOY_TITLE = "铅山县2026年科技特派员服务乡村振兴实施方案"
ENVOY = [
    "为深入推行科技特派员制度，引导科技人才、技术、资金等创新要素向农村集聚，助力我县河红茶、"
    "红芽芋、中药材等特色产业高质量发展，根据《江西省科技特派员服务乡村振兴行动方案》要求，"
    "结合我县实际，制定本方案。",
    "一、工作目标",
    "全年选派县级以上科技特派员60名以上，实现全县乡镇（街道）科技服务全覆盖；实施科技特派员"
    "服务项目10项，引进推广新品种、新技术30项以上，帮助服务对象新增产值2000万元。",
    "二、重点任务",
    "（一）优化科技特派员选派。坚持按需选派，围绕特色产业技术需求，4月底前完成2026年度科技"
    "特派员选派工作，新选派科技特派员团队8个。（牵头单位：县科技局；配合单位：县农业农村局、"
    "县林业局；完成时限：2026年4月底前）",
    "（二）建设科技特派员服务站。在永平镇、石塘镇、鹅湖镇等重点乡镇建设科技特派员服务站5个，"
    "每个服务站配备专职联络员不少于1名。（牵头单位：县科技局；配合单位：相关乡镇人民政府；"
    "完成时限：2026年9月底前）",
    "（三）实施科技特派员服务项目。围绕茶叶、红芽芋、中药材等产业，组织实施县级科技特派员服务"
    "项目10项，县财政安排专项资金不少于100万元。（牵头单位：县科技局；配合单位：县财政局；"
    "完成时限：2026年12月底前）",
    "（四）推广农业新品种新技术。依托科技特派员团队引进推广新品种、新技术30项以上，建设科技"
    "示范基地6个，示范面积达到5000亩。（牵头单位：县农业农村局；配合单位：县科技局、县林业局；"
    "完成时限：2026年11月底前）",
    "（五）开展科技培训服务。采取“田间课堂”“专家坐诊”等方式开展实用技术培训，全年培训农民"
    "2000人次以上，发放技术资料5000份。（牵头单位：县科技局；配合单位：县农业农村局、县人社局；"
    "完成时限：持续推进）",
    "（六）推动科技特派员创办领办实体。鼓励科技特派员以技术入股、技术承包等方式与农民专业"
    "合作社、家庭农场建立利益共同体，新增创办领办经营实体3家。（牵头单位：县科技局；配合单位："
    "县市场监管局；完成时限：2026年12月底前）",
    "（七）加强科技特派员考核管理。建立科技特派员服务日志制度，每季度开展一次服务情况督导，"
    "年底前完成年度绩效考评。（牵头单位：县科技局；完成时限：2026年12月底前）",
    "三、保障措施",
    "（一）加强组织领导。成立县科技特派员工作领导小组，统筹协调全县科技特派员工作，研究解决"
    "工作推进中的重大问题。",
    "（二）强化经费保障。将科技特派员工作经费纳入县级财政年度预算，保障科技特派员下乡服务"
    "交通、食宿等必要开支。",
    "（三）营造良好氛围。开展优秀科技特派员评选，评选优秀科技特派员10名，加强典型宣传，"
    "营造尊重知识、尊重人才的良好氛围。",
]
ENVOY_CLOSING = [
    "铅山县科学技术局",
    "铅山县农业农村局",
    "2026年3月6日",
    "抄送：县委办公室，县政府办公室。",
]


# ---------------------------------------------------------------------------------------
# 4. 赣州 生物医药 action plan copied from the website as plain text.

PHARMA = """赣州市科学技术局关于印发《赣州市生物医药产业科技创新行动计划（2026—2028年）》的通知
发布时间：2026-03-02 10:15  来源：赣州市科学技术局  浏览次数：876
【字体：大 中 小】  【打印】  【关闭】

各县（市、区）科技局，赣州经开区、蓉江新区科技主管部门，市直有关单位：
现将《赣州市生物医药产业科技创新行动计划（2026—2028年）》印发给你们，请结合实际认真贯彻落实。

赣州市科学技术局
2026年2月27日

赣州市生物医药产业科技创新行动计划（2026—2028年）

为深入实施创新驱动发展战略，加快推进我市生物医药产业科技创新，打造赣南生物医药产业集群，结合我市实际，制定本行动计划。

总体目标：到2028年，全市生物医药产业营业收入突破500亿元，建设省级以上研发平台30个以上，取得药品注册证书和医疗器械注册证100个以上，生物医药产业研发投入强度达到3%。

一、实施关键技术攻关行动
1.聚焦中药、化学药、医疗器械等重点领域，每年组织实施市级生物医药重大科技专项5项以上，单个项目支持额度最高不超过200万元。（市科技局牵头，市财政局配合）
2.支持赣南医科大学、江西理工大学与企业联合开展脐橙皮提取物、客家药膳等特色资源开发研究，到2028年取得关键技术突破10项以上。（市科技局牵头，市教育局配合）
3.推动中医药传承创新，建设赣南中药材种质资源库1个，2027年底前完成50种道地药材种质资源收集保存。（市卫生健康委牵头，市科技局、市农业农村局配合）

二、实施创新平台建设行动
4.支持龙头企业牵头组建生物医药创新联合体，到2028年组建创新联合体3个。（市科技局牵头，市工信局配合）
5.高标准建设赣州生物医药产业创新中心，2026年底前完成主体工程建设。（章贡区人民政府、赣州经开区管委会牵头，市发展改革委配合）
6.新认定市级生物医药工程技术研究中心10家，推荐创建省级重点实验室2家。（市科技局牵头）

三、实施企业培育行动
7.实施生物医药科技型企业梯次培育计划，每年新增入库科技型中小企业50家。（市科技局牵头，各县（市、区）人民政府配合）
8.瞄准长三角、粤港澳大湾区生物医药产业转移，到2028年引进投资超10亿元项目5个以上。（市商务局牵头，市发展改革委、市工信局配合）
9.支持企业开展仿制药一致性评价和创新药械注册申报，三年累计新增药品注册证书和医疗器械注册证100个以上。（市市场监管局牵头，市科技局配合）

四、实施人才集聚行动
10.依托“苏区人才伙伴计划”，引进培育生物医药领域高层次人才团队15个，柔性引进院士专家5名。（市委人才办牵头，市科技局、市人社局配合）
11.推动赣南卫生健康职业学院等院校开设生物医药相关专业，每年培养技术技能人才1000人以上。（市教育局牵头，市人社局配合）

五、实施开放合作行动
12.深化与粤港澳大湾区生物医药产业创新合作，每年举办赣州生物医药产业对接会1次以上。（市科技局、市商务局按职责分工负责）

六、保障措施
（一）加强组织领导。建立全市生物医药产业科技创新工作专班，由市科技局牵头，每季度调度一次工作进展。
（二）加大资金支持。市财政每年统筹安排生物医药产业科技创新资金不少于3000万元。（市财政局牵头）
（三）加强宣传引导。及时总结推广典型经验做法，营造全社会支持生物医药产业创新发展的良好氛围。

（此件主动公开）

【打印本页】 【关闭窗口】
主办：赣州市科学技术局  赣ICP备05004391号
"""


def main() -> None:
    _official_docx(
        DOCS / "heldout48-nanchang-sci-pop-points.docx", SCIPOP_TITLE, SCIPOP, SCIPOP_CLOSING
    )
    _finance_pdf(DOCS / "heldout48-province-sci-finance-table.pdf")
    _official_docx(DOCS / "heldout48-yanshan-envoy-plan.docx", ENVOY_TITLE, ENVOY, ENVOY_CLOSING)
    (DOCS / "heldout48-ganzhou-pharma-action-web.txt").write_text(PHARMA, encoding="utf-8")


if __name__ == "__main__":
    main()
