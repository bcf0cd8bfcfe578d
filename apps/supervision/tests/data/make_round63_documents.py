"""Round 63: four held-out work plans, written blind (without reading the extractor).

Run from the repository root::

    .venv/bin/python apps/supervision/tests/data/make_round63_documents.py

Documents (written to ``apps/supervision/tests/data/docs/``):

* ``heldout63-xincai-pilot-plan.docx`` — 江西省新材料中试平台建设三年行动方案(2025—2027年),
  a provincial 行动方案 drafted in Word by 省工业和信息化厅 / 省科技厅: 方正小标宋 title, 黑体
  一、 headings, 楷体 (一) run-in headings, 仿宋 body. Units as `(牵头单位:…;配合单位:…)`,
  〔责任单位:…〕, `由A牵头,B、C配合。`, `A、B、C按职责分工负责。`, `A会同B、C…`;
  deadlines 2025年底前 / 2026年6月底前 / 2025年9月底前 / 年内 / 每季度 / 每年; targets with
  以上 / 不少于 / 达到 / 超过 / 突破, 5万小时 (a 万 to fold), a fund size and subsidy caps.
* ``heldout63-yingtan-copper-table.pdf`` — 鹰潭市2025年铜产业链链长制重点工作任务清单, a
  landscape task table printed from Word (page header with the issuing office, `— n —` page
  numbers): 序号 | 工作任务 | 工作内容及目标 | 牵头单位 | 配合单位 | 完成时限, task groups 一、… as
  spanning rows; 110万吨 (to fold), 提高到55%, 超过80%, 持续推进 / 每季度调度 / 每月 cells.
* ``heldout63-ganzhou-tungsten-web.txt`` — 赣州市2025年钨产业高质量发展工作要点 copied from the
  city industry bureau's website with its chrome (breadcrumbs, 发布时间, 字号, print/close,
  footer). 主要目标 paragraph before the items (document-level targets); 一、 and 1. levels; units
  as `由A牵头,B、C配合。`, an unlabelled bracket `(A,大余县、崇义县人民政府)`, `A牵头,B、C配合。`,
  `(牵头单位:A;责任单位:B)`, `A会同B,…`, `责任单位:…。` without brackets, `由A负责,B配合。`,
  `A、B按职责分工负责。`, `A、B、C要每季度…`, `市工信局每月调度…`; deadlines 2025年10月底前,
  年底前, **6月前**, 9月底前, 年内, 常态化; targets 5万吨, 1.8万吨, 1亿片 (folding), 控制在.
* ``heldout63-yongxiu-silicone-sheet.txt`` — 永修县2025年有机硅产业链高质量发展重点工作台账, an
  Excel ledger saved as tab-separated text: 序号 | 重点任务 | 工作目标 | 牵头单位 | 配合单位 |
  县级责任领导 | 完成时限 | 备注, group rows `一、…`, date cells 2025.10 / 2025.6.30 /
  2025/12/31 / 12.31前 / 2025.9 / 2025.8.31 / 2025.11.30 / 2025年12月底 / 每季度 / 长期, a note
  line under the table.

Annotation choices (where ``docs/decisions/0005`` Output conventions are silent):

* Gold items carry number, level, title, lead_units, assisting_units, deadline, targets,
  children (the shape of the held-out gold files); `text` is not annotated.
* `title` of a numbered paragraph is its run-in heading (up to the first 。); of a table row, the
  工作任务 / 重点任务 cell; of a group row or 一、 heading, its words.
* Table group rows (一、壮大链主企业) are level-1 items numbered 一 with the rows under them as
  level-2 children; they have no units, deadline or targets.
* A 县级责任领导 column (a person) is neither lead nor assisting unit.
* A note line under the 台账 (`注:请各牵头单位于每月25日前…报…`) is a reporting rule for the whole
  sheet, not a deadline, unit or recurrence of any item.
* `报省工业和信息化厅备案` / `各地要…` name no responsible unit.
* `新开工`, `实施`, `建成`, `认定首批`, `争创`, `完成` counts are `level`; `新增 / 新建 / 新认定 /
  引进 / 增长 / 提高N个百分点` are `increment`. `其中…不少于2个` under 引进 inherits `increment`.
* `每年遴选…不少于15条` is a yearly quota: no deadline (not ongoing).
* `到2027年` in the 主要目标 of the docx is a horizon; that item's deadline is null.
* `完成大余县、崇义县2个矿区整合方案编制` counts (= 2 个).
* Money qualifying a noun (`营业收入超10亿元铜加工企业`, `亿元以上项目`, `50亿元以上项目`) is not a
  target of its own; the count after it is.
* An alias in brackets after the lead (`市工信局(市铜产业链链长制工作办公室)`) stays part of it.
* `2026年底前累计认定…20个以上` with `2025年底前认定首批…10个`: the later limit, 2026-12-31.
* The docx's 主要目标 is item 二 (a numbered heading), so its figures are that item's targets,
  not document-level; the web page's 主要目标 paragraph precedes item 一, so its figures are the
  document-level `targets`.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path("apps/supervision/tests/data/docs")


# --------------------------------------------------------------------------------------
# 1. Provincial action plan, Word
# --------------------------------------------------------------------------------------

XINCAI_TITLE = "江西省新材料中试平台建设三年行动方案(2025—2027年)"

XINCAI_INTRO = (
    "中试是连接科技研发与产业化的关键环节。为贯彻落实国家关于推动制造业中试创新发展的部署要求,"
    "补齐我省新材料领域中试验证能力短板,加快科技成果向现实生产力转化,推动新材料产业高质量发展,"
    "结合我省实际,制定本行动方案。"
)

# (kind, text): kind is h1 (黑体 一、), h2 ((一) run-in heading + body), h3 (1. run-in), p (body)
XINCAI_BODY: list[tuple[str, str, str]] = [
    ("h1", "一、总体要求", ""),
    (
        "p",
        "",
        "坚持以习近平新时代中国特色社会主义思想为指导,完整准确全面贯彻新发展理念,围绕我省铜基、"
        "钨和稀土功能材料、有机硅、锂电、光伏等优势新材料产业,坚持企业主体、市场导向、开放共享、"
        "分类建设,构建布局合理、功能完备、运行高效的新材料中试服务体系。",
    ),
    ("h1", "二、主要目标", ""),
    (
        "p",
        "",
        "到2027年,全省建成省级新材料中试平台30个以上,争创国家级制造业中试平台3个;中试平台年服务"
        "企业超过2000家次,累计完成中试验证项目600项以上,推动中试成果转化产业化项目150个,带动全省"
        "新材料产业营业收入突破3000亿元。",
    ),
    ("h1", "三、重点任务", ""),
    (
        "h2",
        "(一)布局建设一批行业中试平台。",
        "围绕铜基新材料、钨和稀土功能材料、有机硅、锂电新材料、光伏材料等重点领域,按照“一业一平台”"
        "思路,依托龙头企业、高校院所和新型研发机构建设行业中试平台。2025年底前认定首批省级新材料"
        "中试平台10个,2026年底前累计认定20个以上。(牵头单位:省工业和信息化厅;配合单位:省科技厅、"
        "省发展改革委,各设区市人民政府)",
    ),
    (
        "h2",
        "(二)推动龙头企业开放中试能力。",
        "鼓励江铜集团、章源钨业、星火有机硅等龙头企业将自有中试线向社会开放,建立中试线共享目录和"
        "收费指导标准,每年遴选开放共享中试线不少于15条,年度开放机时达到5万小时。由省工业和信息化厅"
        "牵头,省国资委、省科技厅配合。",
    ),
    ("h2", "(三)提升中试公共服务能力。", ""),
    (
        "h3",
        "1.建设省新材料中试公共服务平台。",
        "依托省工业和信息化研究院建设全省新材料中试公共服务平台,提供设备共享、工艺验证、检测评价、"
        "需求对接等“一站式”服务,2025年9月底前上线运行,汇聚中试设备和检测资源不少于800台套。"
        "〔责任单位:省工业和信息化厅、省科技厅〕",
    ),
    (
        "h3",
        "2.完善中试检验检测服务。",
        "支持省检验检测认证总院建设新材料检验检测公共服务平台,拓展中试产品性能检测、可靠性评价等"
        "服务,新增CMA资质检测项目50项以上。〔责任单位:省市场监管局、省工业和信息化厅〕",
    ),
    (
        "h3",
        "3.开展中试服务“进园区”活动。",
        "每季度在新材料产业集聚区组织一次中试供需对接活动,推动中试平台与园区企业精准对接,全年服务"
        "企业不少于300家。〔责任单位:省工业和信息化厅,各设区市工业和信息化局〕",
    ),
    (
        "h2",
        "(四)推进中试成果转化应用。",
        "建立中试成果“首试首用”清单,支持中试成果在省内首批次应用,对纳入新材料首批次应用保险补偿"
        "的项目按规定给予保费补贴,每个项目补贴不超过500万元。2026年6月底前发布首批清单,推动转化"
        "项目不少于40个。〔责任单位:省工业和信息化厅、省财政厅、国家金融监督管理总局江西监管局〕",
    ),
    (
        "h2",
        "(五)强化中试人才支撑。",
        "实施中试工程师培养计划,支持南昌大学、江西理工大学、景德镇陶瓷大学等高校与中试平台联合开设"
        "中试工程方向课程,三年培养中试工程师1000名以上,引进高层次中试人才团队20个。省人力资源社会"
        "保障厅、省教育厅、省科技厅按职责分工负责。",
    ),
    (
        "h2",
        "(六)加大金融支持力度。",
        "发挥省级新材料产业投资基金引导作用,设立规模不低于20亿元的中试子基金,重点投向中试平台和"
        "中试项目;引导银行机构开发“中试贷”产品,年内为中试平台及入驻项目提供授信不低于30亿元。"
        "(牵头单位:省财政厅、省委金融办;配合单位:省工业和信息化厅)",
    ),
    (
        "h2",
        "(七)开展中试平台绩效评价。",
        "省工业和信息化厅会同省科技厅、省财政厅每年对省级中试平台开展绩效评价,评价结果分为优秀、"
        "良好、合格、不合格四个等次,对连续两年评价不合格的撤销认定,评价结果与省级财政支持挂钩。",
    ),
    ("h1", "四、保障措施", ""),
    (
        "h2",
        "(一)加强组织领导。",
        "建立全省新材料中试平台建设工作专班,统筹推进平台布局、项目调度和政策落实,每季度召开一次"
        "调度会,协调解决平台建设中的重大问题。",
    ),
    (
        "h2",
        "(二)强化政策落实。",
        "各地要结合实际制定中试平台配套支持政策,在用地、用能、环评等方面给予倾斜,2025年9月底前报"
        "省工业和信息化厅备案。",
    ),
    (
        "h2",
        "(三)加强宣传推广。",
        "及时总结推广中试平台建设的好经验好做法,营造全社会支持中试、参与中试的良好氛围。",
    ),
]


def _font(run, name: str, size: float, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)


def _para(doc, indent: bool = True, align=None):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.line_spacing = Pt(28)
    fmt.space_after = Pt(0)
    fmt.space_before = Pt(0)
    if indent:
        fmt.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    return p


def write_xincai() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    p = _para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    _font(p.add_run("江西省新材料中试平台建设三年行动方案"), "方正小标宋简体", 22)
    p = _para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    _font(p.add_run("(2025—2027年)"), "楷体_GB2312", 16)
    _para(doc, indent=False)
    p = _para(doc)
    _font(p.add_run(XINCAI_INTRO), "仿宋_GB2312", 16)
    for kind, head, body in XINCAI_BODY:
        p = _para(doc)
        if kind == "h1":
            _font(p.add_run(head), "黑体", 16)
        elif kind == "h2":
            _font(p.add_run(head), "楷体_GB2312", 16)
            if body:
                _font(p.add_run(body), "仿宋_GB2312", 16)
        elif kind == "h3":
            _font(p.add_run(head), "仿宋_GB2312", 16, bold=True)
            _font(p.add_run(body), "仿宋_GB2312", 16)
        else:
            _font(p.add_run(body), "仿宋_GB2312", 16)
    # page numbers in the footer, as offices set them
    footer = sec.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = footer.add_run("— ")
    _font(run, "宋体", 14)
    fld = footer.add_run()
    for tag, attrs in (
        ("w:fldChar", {qn("w:fldCharType"): "begin"}),
        ("w:instrText", {}),
        ("w:fldChar", {qn("w:fldCharType"): "end"}),
    ):
        el = fld._element.makeelement(qn(tag), attrs)
        if tag == "w:instrText":
            el.text = "PAGE"
        fld._element.append(el)
    _font(footer.add_run(" —"), "宋体", 14)
    assert sec.orientation == WD_ORIENT.PORTRAIT
    doc.save(str(OUT / "heldout63-xincai-pilot-plan.docx"))


# --------------------------------------------------------------------------------------
# 2. City task table, landscape PDF
# --------------------------------------------------------------------------------------

COPPER_TITLE = "鹰潭市2025年铜产业链链长制重点工作任务清单"

# group rows: (None, "一、…"); task rows: (no, task, content, lead, assist, limit)
COPPER_ROWS: list[tuple] = [
    (None, "一、壮大链主企业"),
    (
        "1",
        "支持江铜集团做大做强",
        "支持江铜贵溪冶炼厂实施节能降碳和智能化技术改造,阴极铜产量达到110万吨。",
        "市工信局",
        "贵溪市人民政府、市发改委",
        "2025年12月底",
    ),
    (
        "2",
        "培育链上骨干企业",
        "建立铜产业骨干企业培育库,新增营业收入超10亿元铜加工企业3家,新增规上铜企业20家以上。",
        "市工信局",
        "各县(市、区)人民政府、鹰潭高新区管委会",
        "2025年12月31日",
    ),
    (
        "3",
        "推进“专精特新”梯度培育",
        "新增省级专精特新中小企业15家、国家级专精特新“小巨人”企业2家。",
        "市工信局",
        "市科技局、市市场监管局",
        "2025年11月底前",
    ),
    (None, "二、延伸产业链条"),
    (
        "4",
        "发展铜基新材料",
        "加快高精度铜箔、高端铜合金线材、铜基引线框架等项目建设,铜精深加工产值占比提高到55%。",
        "市工信局",
        "市发改委、鹰潭高新区管委会",
        "持续推进",
    ),
    (
        "5",
        "推进重大项目建设",
        "全年实施铜产业亿元以上项目60个,完成投资150亿元以上,其中新开工项目不少于25个。",
        "市发改委",
        "市工信局、市自然资源局、各县(市、区)人民政府",
        "2025年12月底",
    ),
    (
        "6",
        "开展产业链精准招商",
        "围绕铜产业链缺失和薄弱环节绘制招商图谱,全年引进铜产业项目30个以上,其中50亿元以上项目不少于2个。",
        "市商务局",
        "市工信局、各县(市、区)人民政府",
        "每季度调度",
    ),
    (None, "三、强化创新支撑"),
    (
        "7",
        "建设铜产业创新平台",
        "推动国家铜冶炼及加工工程技术研究中心提质升级,新建省级以上企业技术中心、工程研究中心5家。",
        "市科技局",
        "市工信局、市发改委",
        "2025年10月底前",
    ),
    (
        "8",
        "开展关键核心技术攻关",
        "实施“揭榜挂帅”项目,组织铜产业关键核心技术攻关项目8项,规上铜企业研发投入强度达到2.2%。",
        "市科技局",
        "市工信局、市财政局",
        "2025年12月底",
    ),
    (
        "9",
        "推动数字化智能化转型",
        "建成数字化车间、智能工厂12个,规上铜企业数字化改造覆盖率超过80%。",
        "市工信局",
        "市数据局、中国电信鹰潭分公司",
        "2025年11月30日",
    ),
    (None, "四、优化要素保障"),
    (
        "10",
        "强化金融支持",
        "推动铜产业链“链融通”专项贷款投放超过200亿元,新增上市企业1家。",
        "市委金融办",
        "人民银行鹰潭市分行、国家金融监督管理总局鹰潭监管分局",
        "2025年12月底",
    ),
    (
        "11",
        "保障项目用地用能",
        "优先保障铜产业重点项目用地、用能需求,全年供应工业用地3000亩以上。",
        "市自然资源局",
        "市发改委、国网鹰潭供电公司",
        "长期",
    ),
    (
        "12",
        "强化人才支撑",
        "引进铜产业高层次人才50名,依托鹰潭职业技术学院培养铜加工技能人才2000人次。",
        "市委人才办",
        "市人社局、市教育局",
        "2025年12月底",
    ),
    (
        "13",
        "建立调度推进机制",
        "链长办每月调度重点项目和重点企业进展,每季度召开一次链长工作推进会。",
        "市工信局(市铜产业链链长制工作办公室)",
        "各成员单位",
        "每月",
    ),
]

COPPER_INTRO = (
    "为深入实施产业链链长制,推动我市铜产业延链补链强链,加快打造世界级铜产业集群,现将2025年铜产业链"
    "重点工作任务分解如下,请各牵头单位切实履行牵头责任,各配合单位积极支持配合,确保各项任务按时保质完成。"
)

COPPER_CSS = """
@page {
  size: A4 landscape;
  margin: 2.2cm 2cm 2cm 2cm;
  @top-left { content: "鹰潭市铜产业链链长制工作办公室"; font-family: "Noto Serif CJK SC";
              font-size: 9pt; color: #444; }
  @top-right { content: "2025年3月印发"; font-family: "Noto Serif CJK SC"; font-size: 9pt;
               color: #444; }
  @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
                   font-size: 10.5pt; }
}
body { font-family: "Noto Serif CJK SC"; font-size: 11pt; }
h1 { font-family: "Noto Sans CJK SC"; font-size: 18pt; text-align: center; margin: 0 0 6pt; }
p.intro { text-indent: 2em; line-height: 1.6; margin: 0 0 8pt; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
th, td { border: 0.6pt solid #000; padding: 3pt 4pt; vertical-align: middle; }
th { font-family: "Noto Sans CJK SC"; font-weight: bold; text-align: center; }
td.c { text-align: center; }
td.g { font-family: "Noto Sans CJK SC"; font-weight: bold; }
tr { page-break-inside: avoid; }
"""


def write_copper() -> None:
    from weasyprint import HTML

    rows = []
    for row in COPPER_ROWS:
        if row[0] is None:
            rows.append(f'<tr><td class="g" colspan="6">{row[1]}</td></tr>')
            continue
        no, task, content, lead, assist, limit = row
        rows.append(
            f'<tr><td class="c">{no}</td><td>{task}</td><td>{content}</td>'
            f'<td class="c">{lead}</td><td>{assist}</td><td class="c">{limit}</td></tr>'
        )
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<style>{COPPER_CSS}</style></head><body>
<h1>{COPPER_TITLE}</h1>
<p class="intro">{COPPER_INTRO}</p>
<table>
<colgroup><col style="width:5%"><col style="width:14%"><col style="width:38%">
<col style="width:13%"><col style="width:18%"><col style="width:12%"></colgroup>
<thead><tr><th>序号</th><th>工作任务</th><th>工作内容及目标</th><th>牵头单位</th>
<th>配合单位</th><th>完成时限</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
</body></html>"""
    HTML(string=html).write_pdf(OUT / "heldout63-yingtan-copper-table.pdf")


# --------------------------------------------------------------------------------------
# 3. City work points, copied from a website
# --------------------------------------------------------------------------------------

TUNGSTEN_TEXT = """\
首页
政务公开
政策文件
工作计划
互动交流
办事服务
当前位置:首页 > 政务公开 > 工作计划

赣州市2025年钨产业高质量发展工作要点

发布时间:2025-03-12 10:26    来源:市工信局    浏览次数:1287
【字体:大 中 小】

为深入贯彻落实省委、省政府关于做优做强有色金属产业的决策部署,加快推动我市钨产业由资源优势向产业优势、创新优势转变,打造具有全球影响力的钨产业集群,现提出2025年全市钨产业高质量发展工作要点如下。

2025年全市钨产业主要目标:钨产业营业收入突破650亿元,同比增长8%;钨精深加工产品产值占比达到45%以上;新增钨产业省级以上创新平台5个。

一、加强资源保护和合理开发

1.严格落实开采总量控制。严格执行国家下达的钨矿开采总量控制指标,全年钨精矿(三氧化钨含量65%)产量控制在下达指标以内,严禁超层越界开采。由市自然资源局牵头,市工信局、市应急管理局配合。

2.推进矿山整合和绿色矿山建设。推进钨矿资源整合,2025年10月底前完成大余县、崇义县2个矿区整合方案编制;新建省级以上绿色矿山6座。(市自然资源局,大余县、崇义县人民政府)

3.加大钨矿勘查力度。实施新一轮找矿突破战略行动,加强深部和外围找矿,新增钨资源量(WO3)5万吨以上。由市自然资源局负责,赣南地质调查大队配合。

二、推动钨产业延链强链

4.做强硬质合金及工具产业。支持章源钨业、海创钨业等企业扩大高端硬质合金产能,全市硬质合金产量达到1.8万吨,数控刀片产量突破1亿片。市工信局牵头,赣州经开区管委会、崇义县人民政府配合。

5.发展钨基新材料。推进超细晶硬质合金、钨基高比重合金、钨铜复合材料等项目建设,全年新开工钨深加工项目10个以上,年底前建成投产5个。(牵头单位:市工信局;责任单位:各县(市、区)人民政府)

6.推进钨产业数字化转型。市工信局会同市数据局,建设钨产业互联网平台,推动钨企业设备上云、数据上平台,上线企业不少于100家。

三、提升科技创新能力

7.建设高能级创新平台。支持国家钨材料工程技术研究中心、中国科学院赣江创新研究院开展钨基材料前沿研究,争创国家级创新平台1个,新认定省级工程技术研究中心3家。责任单位:市科技局、市发改委、市工信局。

8.实施关键核心技术攻关。围绕钨冶炼废渣综合利用、超细硬质合金制备、钨基高温材料等方向,实施重大科技专项5项以上,市财政安排专项资金不低于3000万元。2025年6月前完成项目立项。(市科技局、市财政局)

9.深化产学研合作。支持江西理工大学与骨干企业共建联合实验室,全年签订钨领域技术合同50项,技术合同成交额达到8亿元。市科技局、江西理工大学按职责分工负责。

四、规范市场秩序和行业管理

10.严厉打击非法违法行为。常态化开展打击非法开采、非法收购和非法转运钨精矿专项整治,对违法违规行为“零容忍”。市公安局、市自然资源局、市市场监管局要每季度开展一次联合检查。

11.发挥行业协会作用。支持赣州市钨业协会加强行业自律,定期发布钨市场价格指数,年内组织行业交流活动不少于4场。(赣州市钨业协会,市工信局)

五、强化要素保障

12.加强人才引育。深入实施“苏区之光”人才计划,引进钨产业领域高层次人才30名以上,培训产业工人3000人次,9月底前完成首批人才认定。(责任单位:市委人才办、市人社局、市工信局)

13.强化调度督导。市工信局每月调度重点项目和重点企业运行情况,每半年通报一次工作进展,对推进不力的县(市、区)进行约谈。

赣州市工业和信息化局
2025年3月10日

【打印本页】 【关闭窗口】

相关链接:
国务院  江西省人民政府  赣州市人民政府

主办单位:赣州市工业和信息化局    地址:赣州市章贡区长征大道1号
网站标识码:3607000012    赣ICP备05004412号    赣公网安备36070202000122号
"""


# --------------------------------------------------------------------------------------
# 4. County ledger, spreadsheet saved as text
# --------------------------------------------------------------------------------------

SILICONE_HEADER = [
    "序号",
    "重点任务",
    "工作目标",
    "牵头单位",
    "配合单位",
    "县级责任领导",
    "完成时限",
    "备注",
]

SILICONE_ROWS: list[list[str]] = [
    ["一、做强园区平台", "", "", "", "", "", "", ""],
    [
        "1",
        "云山经开区扩区调区",
        "完成星火工业园区扩区调区报批,新增工业用地1500亩",
        "云山经开区管委会",
        "县自然资源局、县发改委",
        "刘××",
        "2025.10",
        "",
    ],
    [
        "2",
        "化工园区复核认定",
        "星火化工园区通过省级化工园区复核认定,安全风险等级保持D级",
        "县应急管理局",
        "云山经开区管委会、县生态环境局",
        "刘××",
        "2025.6.30",
        "",
    ],
    [
        "3",
        "园区公共配套设施建设",
        "建成园区污水处理厂二期,日处理能力达到2万吨",
        "云山经开区管委会",
        "县住建局、县生态环境局",
        "刘××",
        "2025/12/31",
        "",
    ],
    ["二、延伸有机硅产业链", "", "", "", "", "", "", ""],
    [
        "4",
        "推动有机硅单体扩能",
        "支持蓝星星火有机硅公司实施有机硅单体技改项目,单体产能达到80万吨/年",
        "县工信局",
        "云山经开区管委会",
        "黄××",
        "12.31前",
        "",
    ],
    [
        "5",
        "发展下游深加工",
        "引进硅橡胶、硅油、硅树脂等下游深加工项目10个以上,下游深加工产品占比提高5个百分点",
        "县商务局",
        "县工信局、云山经开区管委会",
        "黄××",
        "每季度",
        "按季度报送招商进展",
    ],
    [
        "6",
        "重大项目建设",
        "全年实施有机硅产业项目25个,完成投资60亿元,其中新开工项目8个",
        "县发改委",
        "县工信局、云山经开区管委会",
        "黄××",
        "2025/12/31",
        "",
    ],
    [
        "7",
        "培育规上企业",
        "新增有机硅规上工业企业5家,产业链营业收入达到300亿元",
        "县工信局",
        "县统计局、县税务局",
        "黄××",
        "2025年12月底",
        "",
    ],
    ["三、增强创新能力", "", "", "", "", "", "", ""],
    [
        "8",
        "建设有机硅中试基地",
        "建成有机硅新材料中试基地并投入运营,入驻中试项目不少于6个",
        "县科技局",
        "云山经开区管委会",
        "张××",
        "2025.9",
        "",
    ],
    [
        "9",
        "研发平台建设",
        "新增省级以上研发平台2家,规上有机硅企业研发机构覆盖率达到60%",
        "县科技局",
        "县工信局",
        "张××",
        "2025.11.30",
        "",
    ],
    [
        "10",
        "高新技术企业培育",
        "新认定有机硅领域高新技术企业4家以上",
        "县科技局",
        "县税务局",
        "张××",
        "2025.12",
        "",
    ],
    ["四、强化安全环保", "", "", "", "", "", "", ""],
    [
        "11",
        "安全生产专项整治",
        "每季度对有机硅企业开展一次安全生产全覆盖检查,重大事故隐患动态清零",
        "县应急管理局",
        "云山经开区管委会",
        "刘××",
        "每季度",
        "",
    ],
    [
        "12",
        "VOCs综合治理",
        "完成8家有机硅企业VOCs深度治理改造",
        "县生态环境局",
        "县工信局",
        "刘××",
        "2025.8.31",
        "",
    ],
    ["五、优化发展环境", "", "", "", "", "", "", ""],
    [
        "13",
        "企业服务专员制度",
        "为重点有机硅企业配备服务专员,企业反映问题办结率达到95%以上",
        "县营商办",
        "县直各相关部门",
        "黄××",
        "长期",
        "",
    ],
    [
        "14",
        "人才引育",
        "引进有机硅专业技术人才100名,开展产业工人技能培训1000人次",
        "县人社局",
        "县委人才办、云山经开区管委会",
        "张××",
        "2025.11.30",
        "",
    ],
]


def write_silicone() -> None:
    lines = [
        "永修县2025年有机硅产业链高质量发展重点工作台账" + "\t" * 7,
        "填报单位:永修县有机硅产业链链长制工作办公室\t\t\t\t\t\t更新时间:2025年4月\t",
        "\t".join(SILICONE_HEADER),
    ]
    lines += ["\t".join(r) for r in SILICONE_ROWS]
    lines.append(
        "注:请各牵头单位于每月25日前将工作进展报县有机硅产业链链长制工作办公室。" + "\t" * 7
    )
    (OUT / "heldout63-yongxiu-silicone-sheet.txt").write_text(
        "\n".join(lines) + "\n", encoding="utf-8"
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write_xincai()
    write_copper()
    (OUT / "heldout63-ganzhou-tungsten-web.txt").write_text(TUNGSTEN_TEXT, encoding="utf-8")
    write_silicone()


if __name__ == "__main__":
    main()
