"""Write round 44's held-out documents (decision 0005, round 44).

Written by an author who had not read the extractor, from what offices issue:

1. ``heldout44-transfer-plan-bullets.docx`` — 江西省科学技术厅's own 2025 科技成果转移转化
   工作计划 in Word: a preamble holding the year's headline targets, four unnumbered headings
   set only in the Heading 1 style, tasks as ● bullet paragraphs with the 厅's 处室 (and
   partner departments) in brackets after each, a 保障措施 heading with plain paragraphs,
   the office's signature and 印发 line.
2. ``heldout44-jiujiang-measures.pdf`` — 九江市人民政府办公室's notice issuing 若干措施,
   printed to PDF with the red header, 文号, page footers, then 第一条 … 第十五条 without
   chapters, some articles holding (一)(二)(三) sub-measures, a 责任单位 line after each
   article, the closing 施行 paragraph and the 抄送 block.
3. ``heldout44-shangrao-wechat.txt`` — 上饶市科技局's 2025 科技创新工作要点 as copied from
   its WeChat public account: headline, account line, 来源/编辑 lines, emoji, 01 … 05 on lines
   of their own above each section heading, short numbered paragraphs with （责任单位：…）,
   -END- and a QR-code caption.
4. ``heldout44-yichun-lithium-table.pdf`` — 宜春市 锂电新能源 科技创新 重点任务清单 as a
   narrow two-column table (重点任务 | 责任单位) in portrait, group rows 一、…, tasks numbered
   inside the cell, the time limit written in the task text, the header row repeated on each
   page, a running header and 第 N 页 footer, the office's signature and 抄送 line.

Annotation choices (where the Output conventions are silent):
* A bullet (●) is no number: a bullet task's ``number`` is ``""``, like an unnumbered heading.
* The 保障措施 section (doc 1) and the closing paragraphs of docs 2-4 are not items: they
  assign no task to an office and carry no target.
* ``title`` is the item's task text without its label, its unit bracket or line and its final
  。; for a 第N条 that opens with a short heading sentence (``第一条 培育壮大高新技术企业。…``)
  the title is that heading, the targets and deadline still come from the whole article.
* A 责任单位 line after an article's last (一) sub-measure belongs to the article; the
  sub-measures state no units of their own and keep empty unit lists.
* The gold ``title`` of docs 2 and 4 is the plan's own title, not the covering notice's or
  the WeChat headline; doc 3's is the plan title the article reprints.
* ``其中…不少于4个`` after ``新增…10个以上`` is also an increment (a part of the new ones).
* ``三季度`` reads as 第三季度; ``10月份上线运行`` as done by the end of October.
* ``新布局…5个`` (newly set up) is an increment like 新建.
* Units are written as printed, full-width brackets kept (``各县（市、区）人民政府``,
  ``市市场监管局（市知识产权局）``); only ``number`` is made half-width.
* A yearly quota (``每年入库培育企业300家以上``, ``每年实施…10项左右``) is a target with no
  deadline; an article whose task sentence opens with 常态化 (第十四条) is ``"ongoing"``
  though it also sets a level.
* A target's ``subject`` names the indicator in the document's own words, with 新增 / 引进 /
  增长 kept where the document puts them.

Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round44_documents.py
"""

from __future__ import annotations

import html
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

DOCS = Path(__file__).resolve().parent / "docs"


def _font(run: docx.text.run.Run, name: str, size: float, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


# ---------------------------------------------------------------------------------------
# 1. 省科技厅 工作计划 in Word: unnumbered Heading 1 sections, ● tasks, 处室 in brackets.

TRANSFER_TITLE = "江西省科学技术厅2025年科技成果转移转化工作计划"
TRANSFER = [
    (
        "p",
        "为深入贯彻落实省委、省政府关于加快科技成果转化的决策部署，打通科技成果从“实验室”"
        "到“生产线”的堵点卡点，根据《江西省促进科技成果转化条例》和全省科技工作会议精神，"
        "结合厅机关职责，制定本计划。",
    ),
    (
        "p",
        "2025年主要目标：全省技术合同成交额达到1500亿元以上，吸纳技术合同成交额增长15%，"
        "省级以上技术转移示范机构总数超过120家，高校院所科技成果在赣转化率提升到60%。",
    ),
    ("h", "健全技术转移服务体系"),
    (
        "b",
        "新建省级技术转移示范机构10家，年底前完成2024年度示范机构绩效评价。"
        "（成果转化处、省科技交流中心）",
    ),
    (
        "b",
        "推进江西网上常设技术市场升级改造，全年举办技术转移对接活动50场以上。"
        "（成果转化处，省生产力促进中心配合）",
    ),
    (
        "b",
        "加强技术转移人才队伍建设，全年开展技术经理人培训3期，新增持证技术经理人300人以上。"
        "（人才与科普处、成果转化处）",
    ),
    ("b", "常态化开展“科技成果进园区”系列路演对接活动。（成果转化处、各设区市科技局）"),
    ("h", "促进高校院所成果就地转化"),
    (
        "b",
        "深化职务科技成果赋权改革，赋权试点单位扩大到30家，6月底前出台"
        "《江西省职务科技成果单列管理实施办法》。（政策法规处、成果转化处，省教育厅、省财政厅配合）",
    ),
    (
        "b",
        "支持南昌大学、江西理工大学、中国科学院赣江创新研究院等单位建设概念验证中心和中试基地，"
        "新布局省级概念验证中心5个、中试基地8个。（成果转化处、高新技术处）",
    ),
    (
        "b",
        "实施省重大科技成果转化专项，立项支持重大科技成果转化项目40项，省级财政投入2亿元。"
        "（资源配置与管理处、成果转化处）",
    ),
    ("b", "9月底前完成全省高校院所2024年度科技成果转化年度报告汇总分析。（成果转化处）"),
    ("h", "强化科技金融赋能"),
    (
        "b",
        "扩大“科贷通”业务规模，全年新增科技型企业贷款50亿元以上，惠及企业2000家次。"
        "（资源配置与管理处、省科技金融服务中心）",
    ),
    (
        "b",
        "联合设立规模不低于20亿元的省科技成果转化引导基金子基金，上半年完成基金管理人遴选。"
        "（资源配置与管理处，省财政厅、江西省投资集团有限公司配合）",
    ),
    (
        "b",
        "推动科技型企业对接资本市场，力争江西联合股权交易中心“科技创新专板”挂牌企业突破150家。"
        "（资源配置与管理处、省委金融办）",
    ),
    ("h", "营造良好转化生态"),
    (
        "b",
        "开展《江西省促进科技成果转化条例》执法检查配套工作，11月底前形成评估报告。（政策法规处）",
    ),
    (
        "b",
        "开展科技成果评价改革试点，培育第三方科技成果评价机构5-8家。（成果转化处、省科技评估中心）",
    ),
    ("b", "每季度发布一次全省技术合同登记统计情况。（成果转化处、省技术市场管理办公室）"),
    (
        "b",
        "举办第二届江西省科技成果转化大赛，第三季度完成决赛。（成果转化处、省科技交流中心）",
    ),
    ("h", "保障措施"),
    (
        "p",
        "加强组织领导。厅成果转化工作专班统筹推进本计划，各责任处室（单位）要明确分管领导和"
        "具体责任人，细化工作举措，确保各项任务按时完成。",
    ),
    (
        "p",
        "强化调度督导。厅办公室将本计划任务纳入厅重点工作督办台账，实行清单化管理，"
        "定期通报进展情况。",
    ),
    (
        "p",
        "加强宣传引导。及时总结推广科技成果转化典型案例，营造全社会支持成果转化的良好氛围。",
    ),
    ("s", "江西省科学技术厅办公室"),
    ("s", "2025年2月20日"),
    ("p", "江西省科学技术厅办公室                    2025年2月20日印发"),
]


def _transfer_docx(path: Path) -> None:
    document = docx.Document()
    head = document.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(head.add_run(TRANSFER_TITLE), "方正小标宋简体", 22)
    for kind, text in TRANSFER:
        if kind == "h":
            heading = document.add_heading(level=1)
            run = heading.add_run(text)
            _font(run, "黑体", 16, bold=False)
            run.font.color.rgb = RGBColor(0, 0, 0)
            continue
        paragraph = document.add_paragraph()
        if kind == "s":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            paragraph.paragraph_format.first_line_indent = Pt(32)
        _font(paragraph.add_run(f"● {text}" if kind == "b" else text), "仿宋_GB2312", 16)
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 2. 九江市 若干措施 printed to PDF: 第一条 … 第十五条, (一) sub-measures, 责任单位 lines.

MEASURES_NOTICE = [
    ("red", "九江市人民政府办公室文件"),
    ("docno", "九府办发〔2025〕9号"),
    (
        "title",
        "九江市人民政府办公室关于印发九江市加快科技创新平台建设<br>和科技型企业培育若干措施的通知",
    ),
    ("flush", "各县（市、区）人民政府，九江经开区、共青城高新区管委会，市政府各部门："),
    (
        "p",
        "《九江市加快科技创新平台建设和科技型企业培育若干措施》已经市政府同意，"
        "现印发给你们，请认真贯彻执行。",
    ),
    ("sign", "九江市人民政府办公室"),
    ("sign", "2025年4月3日"),
    ("p", "（此件主动公开）"),
    ("title newpage", "九江市加快科技创新平台建设和科技型企业培育若干措施"),
    (
        "p",
        "为深入实施创新驱动发展战略，加快建设长江经济带绿色发展示范区科技创新高地，"
        "进一步强化企业科技创新主体地位，结合我市实际，制定如下措施。",
    ),
]
MEASURES = [
    (
        "第一条　培育壮大高新技术企业。建立高新技术企业后备库，每年入库培育企业300家以上。"
        "对首次认定的高新技术企业给予20万元奖励，重新认定的给予10万元奖励。到2027年，"
        "全市高新技术企业突破2000家。",
        "责任单位：市科技局、市财政局、市税务局，各县（市、区）人民政府、九江经开区管委会",
    ),
    (
        "第二条　支持企业加大研发投入。对年度研发费用500万元以上且增幅超过20%的规模以上工业企业，"
        "按增量部分的10%给予最高100万元补助。力争2025年全市规模以上工业企业研发机构覆盖率"
        "达到45%以上。",
        "责任单位：市科技局、市工信局、市统计局、市财政局",
    ),
    (
        "第三条　建设高能级创新平台。\n"
        "（一）积极争创全国重点实验室、省实验室，2025年底前新增省级重点实验室3家以上。\n"
        "（二）对新认定的省级工程技术研究中心、省级新型研发机构，市级财政分别给予50万元、"
        "100万元支持。\n"
        "（三）推动九江市石化新材料产业创新研究院实体化运行，2026年6月底前完成建设验收。",
        "责任单位：市科技局、市发展改革委、市财政局，各县（市、区）人民政府",
    ),
    (
        "第四条　加快科技成果转移转化。建设九江市技术交易市场，培育技术转移机构10家、"
        "技术经纪人200名。2025年全市技术合同成交额达到150亿元。",
        "责任单位：市科技局，市教育局、市人社局配合",
    ),
    (
        "第五条　实施关键核心技术攻关。聚焦石油化工、现代纺织、电子信息、新能源新材料等产业，"
        "每年实施市级重大科技专项10项左右，单个项目支持不超过200万元。",
        "责任单位：市科技局、市工信局",
    ),
    (
        "第六条　推行“揭榜挂帅”机制。2025年6月底前发布首批企业技术需求榜单，"
        "全年张榜项目不少于20项，对揭榜成功的项目按合同金额的20%给予最高50万元补助。",
        "责任单位：市科技局、市工信局、市国资委",
    ),
    (
        "第七条　加强科技金融服务。\n"
        "（一）市级科技信贷风险补偿资金池规模达到1亿元，引导合作银行发放“科贷通”贷款。\n"
        "（二）设立规模不低于10亿元的市科技创新投资基金，重点投向种子期、初创期科技型企业。\n"
        "（三）对首次获得科技信贷支持的企业，按贷款实际利息的50%给予贴息，单户最高不超过30万元。",
        "责任单位：市委金融办、市科技局、市财政局，人民银行九江市分行、九江金融监管分局",
    ),
    (
        "第八条　引育科技创新人才。深入实施“庐山英才计划”，每年引进培育高层次科技创新人才"
        "100名、创新团队20个，对入选的顶尖人才给予最高500万元综合资助。",
        "责任单位：市委人才办、市科技局、市人社局",
    ),
    (
        "第九条　支持科技企业孵化载体建设。对新认定的国家级科技企业孵化器、众创空间，"
        "分别给予100万元、50万元奖励。2025年全市新增省级以上科技企业孵化器、众创空间5家。",
        "责任单位：市科技局、市财政局，各县（市、区）人民政府",
    ),
    (
        "第十条　深化区域科技合作。\n"
        "（一）主动对接长三角、粤港澳大湾区创新资源，2025年共建异地研发飞地2个以上。\n"
        "（二）定期组织市内企业与南昌大学、华中科技大学等高校院所开展产学研对接，"
        "全年不少于6场。",
        "责任单位：市科技局、市商务局、市投资促进局",
    ),
    (
        "第十一条　推进高新区提质升级。支持共青城高新区、九江高新区争先进位，力争共青城高新区"
        "在国家高新区综合评价中进入全国前100位。",
        "责任单位：共青城市人民政府、市科技局",
    ),
    (
        "第十二条　促进科技服务业发展。培育研究开发、检验检测、知识产权等科技服务机构，"
        "2025年全市科技服务业营业收入增长12%以上。",
        "责任单位：市科技局、市发展改革委、市市场监管局",
    ),
    (
        "第十三条　强化知识产权创造保护。全市每万人口高价值发明专利拥有量达到4件以上，"
        "2025年底前建成九江市知识产权维权援助中心。",
        "责任单位：市市场监管局（市知识产权局）、市科技局",
    ),
    (
        "第十四条　营造创新文化氛围。常态化开展科技活动周、全国科技工作者日等活动，"
        "全市公民具备科学素质比例达到15%。",
        "责任单位：市科协、市科技局、市委宣传部",
    ),
    (
        "第十五条　加强统筹调度。建立市科技创新工作联席会议制度，每半年召开一次联席会议，"
        "协调解决平台建设和企业培育中的重大问题。",
        "责任单位：市科技局、市政府督查室",
    ),
]
MEASURES_CLOSE = [
    (
        "p",
        "本措施自印发之日起施行，有效期至2027年12月31日，由市科技局负责解释。"
        "我市此前出台的相关政策与本措施不一致的，以本措施为准。",
    ),
    ("rule", ""),
    ("flush", "抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院。"),
    ("flush", "九江市人民政府办公室　　　　　　　　　　　　2025年4月3日印发"),
]


def _measures_pdf(path: Path) -> None:
    from weasyprint import HTML

    blocks = []
    for kind, text in MEASURES_NOTICE:
        blocks.append(f'<p class="{kind}">{text}</p>')
    for article, units in MEASURES:
        for line in article.split("\n"):
            blocks.append(f"<p>{html.escape(line)}</p>")
        blocks.append(f"<p>{html.escape(units)}</p>")
    for kind, text in MEASURES_CLOSE:
        blocks.append("<hr>" if kind == "rule" else f'<p class="{kind}">{html.escape(text)}</p>')
    body = "\n".join(blocks)
    page = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm;
  @bottom-center {{ content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
    font-size: 12pt; }} }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 15pt; line-height: 1.6; }}
p {{ margin: 0; text-indent: 2em; }}
p.red {{ color: #c00; text-align: center; font-size: 30pt; text-indent: 0;
  letter-spacing: 2pt; margin-bottom: 0.6em; }}
p.docno {{ text-align: center; text-indent: 0; border-bottom: 2px solid #c00;
  padding-bottom: 0.4em; margin-bottom: 1em; }}
p.title {{ text-align: center; text-indent: 0; font-size: 20pt; margin: 0.8em 0; }}
p.newpage {{ page-break-before: always; }}
p.flush {{ text-indent: 0; }}
p.sign {{ text-align: right; padding-right: 2em; }}
hr {{ border: 0; border-top: 1px solid #000; margin-top: 2em; }}
</style></head><body>
{body}
</body></html>"""
    HTML(string=page).write_pdf(str(path))


# ---------------------------------------------------------------------------------------
# 3. 上饶市 工作要点 copied from the WeChat public account as plain text.

WECHAT = """重磅📢｜2025年全市科技创新工作要点来了→
原创 上饶科技 上饶科技 2025年03月06日 09:30 江西

来源：上饶市科学技术局
编辑：王琳　　审核：陈志刚

👆点击蓝字 关注我们

近日，市科技局印发《上饶市2025年科技创新工作要点》，一起来看👇

上饶市2025年科技创新工作要点

2025年是“十四五”规划收官之年。全市科技工作以打造区域科技创新高地为目标，聚力“五大行动”，为奋力打造全省高质量发展新增长极提供科技支撑。

🎯主要目标：全社会研发投入强度达到1.9%，高新技术企业总数突破1200家，高新技术产业增加值占规上工业增加值比重达到42%。

◆◆◆

01
强化企业创新主体地位

1.实施科技型企业梯次培育行动，全年新增科技型中小企业1000家、高新技术企业150家以上。（责任单位：市科技局、各县（市、区）人民政府）

2.推动规上工业企业研发活动全覆盖，有研发活动的规上工业企业占比达到60%。（责任单位：市工信局、市科技局、市统计局）

3.遴选50家创新型领军企业开展“一企一策”精准服务，6月底前公布首批名单。（责任单位：市科技局）

◆◆◆

02
建设高水平创新平台

4.支持晶科能源牵头创建光伏领域全国重点实验室，年内完成申报。（责任单位：市科技局、上饶经开区管委会）

5.新增省级创新平台10个以上，其中省级工程技术研究中心不少于4个。（责任单位：市科技局、市发展改革委）

6.推进上饶高铁经济试验区数字经济创新中心建设，三季度投入运营。（责任单位：上饶高铁经济试验区管委会）

◆◆◆

03
加快科技成果转化应用

7.技术合同成交额突破80亿元，吸纳技术合同成交额达到60亿元。（责任单位：市科技局）

8.常态化开展“科技成果进县区”对接活动，全年举办15场以上。（责任单位：市科技局、各县（市、区）科技主管部门）

9.建设上饶科技大市场线上服务平台，10月份上线运行。（责任单位：市科技局、市数据局）

◆◆◆

04
集聚科技创新人才

10.新引进高层次人才团队20个，柔性引进院士专家15名。（责任单位：市委人才办、市科技局）

11.选派科技特派员500名，实现乡镇科技服务全覆盖。（责任单位：市科技局、市农业农村局）

12.11月中旬前完成2025年度市级科学技术奖评审。（责任单位：市科技局）

◆◆◆

05
优化科技创新生态

13.全社会研发经费投入增长15%，财政科技支出增长10%以上。（责任单位：市科技局、市财政局、市统计局）

14.落实研发费用加计扣除政策，惠及企业2000家以上。（责任单位：市税务局、市科技局）

15.开展科研诚信和科技伦理专项检查，上半年完成。（责任单位：市科技局）

各县（市、区）、各有关单位要按照任务分工，细化工作措施，确保各项任务落地见效。市科技局将定期调度，年底对各地完成情况进行通报。

✨✨✨

-END-

来源：上饶市科学技术局
编辑：王琳
审核：陈志刚
终审：刘建国

▼
长按识别二维码 关注“上饶科技”
获取更多科技资讯

分享 👍点赞 💬在看
"""


# ---------------------------------------------------------------------------------------
# 4. 宜春市 锂电 重点任务清单: a narrow two-column table in portrait, deadlines in the text.

LITHIUM_TITLE = "宜春市2025年锂电新能源产业科技创新重点任务清单"
LITHIUM_PREAMBLE = (
    "为加快推动锂电新能源产业科技创新，打造具有全国影响力的锂电新能源产业集群，"
    "经市锂电新能源产业科技创新工作领导小组研究，现将2025年重点任务分解如下，"
    "请各责任单位对照清单抓好落实，每月5日前将上月进展报送领导小组办公室（设在市科技局）。"
)
LITHIUM = [
    ("g", "一、关键核心技术攻关", ""),
    (
        "t",
        "1.围绕锂云母高效提锂、固态电池、钠离子电池等方向，实施市级锂电新能源重大科技专项15项，"
        "市级财政投入科技资金不少于3000万元，2025年4月底前发布项目申报指南，11月底前完成项目立项。",
        "市科技局\n市财政局",
    ),
    (
        "t",
        "2.支持宁德时代、国轩高科等龙头企业联合宜春学院、江西锂电新能源产业技术研究院开展协同攻关，"
        "突破锂云母提锂尾渣综合利用关键技术，年内形成技术成果3项以上。",
        "市科技局\n宜春经开区管委会\n宜丰县、奉新县人民政府",
    ),
    (
        "t",
        "3.推动退役动力电池回收利用技术研究与示范，废旧锂电池综合回收率达到95%以上，"
        "9月30日前制定回收利用体系建设实施方案。",
        "市工信局\n市科技局\n市生态环境局",
    ),
    ("g", "二、创新平台建设", ""),
    (
        "t",
        "4.加快建设锂电新能源省实验室，2025年底前完成实验室主体工程建设，引进科研人员100名以上。",
        "市科技局\n宜春经开区管委会\n市委人才办",
    ),
    (
        "t",
        "5.新增省级以上锂电领域企业技术中心、工程研究中心等创新平台8个，推动规上锂电企业研发机构"
        "覆盖率达到70%，上半年完成年度平台培育库遴选。",
        "市发展改革委\n市工信局\n市科技局",
    ),
    (
        "t",
        "6.推进国家锂电池产品质量检验检测中心（江西）扩能项目，检测能力达到300项，"
        "于2025年10月31日前通过验收。",
        "市市场监管局",
    ),
    ("g", "三、企业创新能力提升", ""),
    (
        "t",
        "7.实施锂电企业“小升高”培育计划，新认定锂电领域高新技术企业20家、科技型中小企业60家，"
        "2025年第三季度完成首批入库企业辅导。",
        "市科技局\n各县（市、区）人民政府\n宜春经开区管委会",
    ),
    (
        "t",
        "8.引导锂电企业加大研发投入，规上锂电企业研发投入增长20%以上，研发投入强度达到2.5%，"
        "按季度调度企业研发投入进展。",
        "市科技局\n市统计局\n市税务局",
    ),
    (
        "t",
        "9.推动锂电企业与高校院所共建研发机构，全年新建产学研联合体5个，12月中下旬组织年度成效评估。",
        "市科技局\n市教育局",
    ),
    ("g", "四、人才与金融支撑", ""),
    (
        "t",
        "10.依托“宜春英才计划”，引进锂电新能源领域高层次人才50名、创新团队10个，"
        "2025年12月31日前兑现年度人才补贴。",
        "市委人才办\n市人社局\n市科技局",
    ),
    (
        "t",
        "11.设立规模不低于30亿元的锂电新能源产业投资基金，力争撬动社会资本100亿元以上，"
        "二〇二五年六月底前完成基金设立。",
        "市委金融办\n市财政局\n市国资委",
    ),
    (
        "t",
        "12.组建锂电产业职业技能培训联盟，年内培训锂电产业技术工人1.2万人次。",
        "市人社局\n市教育局\n市工信局",
    ),
    ("g", "五、成果转化与标准引领", ""),
    (
        "t",
        "13.支持企业主导或参与制定锂电领域国家标准、行业标准10项以上，2025年8月底前完成标准立项申报。",
        "市市场监管局\n市工信局",
    ),
    (
        "t",
        "14.举办中国（宜春）锂电新能源产业科技成果对接会，促成签约项目20个以上、签约金额突破50亿元，"
        "对接会于2025年9月中旬前举办。",
        "市科技局\n市商务局\n市投资促进局",
    ),
]


def _lithium_pdf(path: Path) -> None:
    from weasyprint import HTML

    rows = []
    for kind, task, units in LITHIUM:
        if kind == "g":
            rows.append(f'<tr><td colspan="2" class="g">{html.escape(task)}</td></tr>')
            continue
        unit_lines = "<br>".join(html.escape(unit) for unit in units.split("\n"))
        rows.append(f"<tr><td>{html.escape(task)}</td><td>{unit_lines}</td></tr>")
    body = "\n".join(rows)
    page = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4 portrait; margin: 3.2cm 3.6cm 3cm 3.6cm;
  @top-right {{ content: "宜春市锂电新能源产业科技创新工作领导小组办公室";
    font-family: "Noto Sans CJK SC"; font-size: 9pt; color: #555; }}
  @bottom-center {{ content: "第 " counter(page) " 页 共 " counter(pages) " 页";
    font-family: "Noto Sans CJK SC"; font-size: 9pt; }} }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 12pt; line-height: 1.5; }}
h1 {{ text-align: center; font-size: 17pt; font-weight: normal; }}
p {{ margin: 0 0 0.6em 0; text-indent: 2em; }}
p.sign {{ text-align: right; text-indent: 0; margin: 0; }}
table {{ width: 100%; border-collapse: collapse; }}
th, td {{ border: 1px solid #000; padding: 4pt 5pt; vertical-align: middle; }}
th {{ font-family: "Noto Sans CJK SC"; font-weight: normal; }}
td.g {{ font-family: "Noto Sans CJK SC"; }}
col.task {{ width: 72%; }}
col.unit {{ width: 28%; }}
thead {{ display: table-header-group; }}
tr {{ page-break-inside: avoid; }}
</style></head><body>
<h1>{LITHIUM_TITLE}</h1>
<p>{LITHIUM_PREAMBLE}</p>
<table>
<colgroup><col class="task"><col class="unit"></colgroup>
<thead><tr><th>重点任务</th><th>责任单位</th></tr></thead>
<tbody>
{body}
</tbody>
</table>
<p style="margin-top:2em">&nbsp;</p>
<p class="sign">宜春市锂电新能源产业科技创新工作领导小组办公室</p>
<p class="sign">2025年2月26日</p>
<p style="margin-top:2em; text-indent:0">抄送：市委办公室，市人大常委会办公室，市政协办公室。</p>
</body></html>"""
    HTML(string=page).write_pdf(str(path))


def main() -> None:
    _transfer_docx(DOCS / "heldout44-transfer-plan-bullets.docx")
    _measures_pdf(DOCS / "heldout44-jiujiang-measures.pdf")
    (DOCS / "heldout44-shangrao-wechat.txt").write_text(WECHAT, encoding="utf-8")
    _lithium_pdf(DOCS / "heldout44-yichun-lithium-table.pdf")


if __name__ == "__main__":
    main()
