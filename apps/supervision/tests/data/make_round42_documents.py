"""Write round 42's held-out documents (decision 0005, round 42).

Written by an author who had not read the extractor (nor its tests, the ledger app or the
bench), from the output conventions of decision 0005 and the real documents alone:

1. heldout42-province-division.docx — 江西省2026年深入实施科技强省战略重点任务分工方案 in
   Word, behind the 省政府办公厅's covering notice (文号, 主送, signature, date, 此件主动公开):
   a preamble, 一、 sections over tasks 1.–17. numbered through the document, each task
   closing with a bracket that names its offices the province's ways (A牵头，B、C按职责分工
   负责; A、B牵头，C配合; …等按职责分工负责; A负责; an alias in brackets), a 六、工作要求
   section with (一)–(三), and the 版记 (抄送 …, 印发) at the end.
2. heldout42-city-autonumber.docx — 赣州市2026年科技创新工作要点 in Word: the 一、 headings
   and (一) tasks are numbered by Word's automatic multi-level list (numbering.xml, the
   numbers are not in the text; the task numbers restart under each heading), the year's
   主要预期目标 in the preamble, a 责任单位：… paragraph under each task, a closing paragraph
   and the 市科技局's signature.
3. heldout42-task-table.pdf — 上饶市2026年建设省级创新型城市重点任务分解表, A4 landscape,
   printed to PDF: 附件 above the title, a table 序号 | 重点任务 | 具体内容 | 牵头单位 |
   配合单位 | 完成时限 with a row spanning the table for each 一、 group, running over
   several pages with its header row repeated, cells wrapping over several lines, a 注 line
   under the table and “— n —” page numbers in the footer.
4. heldout42-county-traditional.docx — 安远县关于加快推进科技创新的实施意见 in Word, in
   Traditional characters (繁體, converted with OpenCC s2tw): the 县政府's covering notice,
   a preamble, 一、主要目标 (headline figures to 2027), 二、重点任务 with (一)–(八) tasks
   written “标题。正文……（责任单位：…）”, 三、保障措施 with (一)–(三), the validity clause and
   the 版记.

Annotation choices (where the output conventions are silent):
* The title is the plan's own title, not the covering notice's (关于印发…的通知).
* An item written “标题。正文……” takes its heading sentence as title; an item of one running
  sentence takes the whole sentence; the title drops the closing 。 and the unit bracket. In
  the table the 重点任务 cell is the title and the 具体内容 cell gives the targets; a group row
  (一、培育壮大创新主体) is a level-1 item titled as printed, its rows level 2 numbered by 序号.
* Auto-numbered paragraphs are annotated with the numbers Word shows (一, (一)), restarting
  under each heading as the list definition says.
* Gold for the Traditional-character document is in Simplified characters (title, titles,
  units, subjects), as the ledger keeps Simplified office names.
* Unit names keep their printed brackets (各县（市、区）人民政府, 省市场监管局（省知识产权局）,
  县委组织部（县委人才办）). “…等按职责分工负责” drops the 等. “赣州经开区、蓉江新区管委会”
  is two 管委会, as places before the last name share it.
* In a table, two offices in the 牵头单位 cell both lead; the 配合单位 cell assists.
* 新组建 / 新建 / 新认定 / 新增 / 引进(培育) are increments; 组建 / 认定 / 建成 / 培育 / 选派 /
  争创 / 推广 are levels; 增长 and 增幅 are increments. 扩大至30家 is a bare figure (`=`).
* A headline paragraph before the first item (doc 2's 主要预期目标) gives document-level
  targets; doc 4's 主要目标 is its numbered item 一 and holds the targets.
* `到2027年…达到…`, `到年底…达到…` are the targets' horizon, not a deadline. A 完成时限
  cell wins as the deadline unless the 具体内容 cell states a later limit (then the latest);
  `2026年11月` in the cell is the month end; `长期` / `持续推进` / `每半年` in the cell are
  ongoing.
* A task budget the county sets aside every year (县财政每年安排…) makes the task ongoing,
  a dated limit in the same task wins over it; `每年转化…10项以上` is a yearly quota.
  `常态化开展…` as a later clause of a task does not make the task standing.
* An office as the subject of a 工作要求 / 保障措施 paragraph leads it (`省科技厅要会同省政府
  督查室…` — the 会同 office assists); `领导小组办公室设在县科技局` names no unit; 工作要求
  paragraphs that ask 各地各部门 in general name no unit.
* A share written `其中…不少于6个` after a count is a target of its own.
* Awards per enterprise (给予10万元奖励) are no targets; the size of a fund set up (规模5000万元
  的引导基金) is.
* Page headers and footers, the covering notice, the 注 line, signatures, the validity clause
  and 抄送 / 印发 lines are no items.

Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round42_documents.py
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

DOCS = Path(__file__).resolve().parent / "docs"

SECTION_HEADS = tuple(f"{n}、" for n in "一二三四五六七八九十")


def _font(run: docx.text.run.Run, name: str, size: float) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _centred(document: docx.document.Document, text: str, font: str, size: float) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(paragraph.add_run(text), font, size)


def _body(
    document: docx.document.Document, text: str, font: str = "仿宋_GB2312", indent: bool = True
) -> docx.text.paragraph.Paragraph:
    paragraph = document.add_paragraph()
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(32)
    paragraph.paragraph_format.line_spacing = Pt(28)
    _font(paragraph.add_run(text), font, 16)
    return paragraph


def _right(document: docx.document.Document, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(paragraph.add_run(text), "仿宋_GB2312", 16)


# ---------------------------------------------------------------------------------------
# 1. A provincial 分工方案 in Word behind its covering notice; offices in brackets.

PROVINCE_NOTICE = [
    ("c", "江西省人民政府办公厅关于印发江西省2026年深入实施科技强省战略重点任务分工方案的通知"),
    ("c", "赣府厅字〔2026〕12号"),
    ("n", "各设区市人民政府，省政府各部门："),
    (
        "p",
        "《江西省2026年深入实施科技强省战略重点任务分工方案》已经省政府同意，"
        "现印发给你们，请认真贯彻落实。",
    ),
    ("r", "2026年2月26日"),
    ("p", "（此件主动公开）"),
]

PROVINCE_TITLE = "江西省2026年深入实施科技强省战略重点任务分工方案"
PROVINCE = [
    "为深入贯彻落实省委、省政府关于加快建设科技强省的决策部署，确保2026年各项重点任务"
    "落到实处，现将重点任务分工如下。",
    "一、强化国家战略科技力量建设",
    "1．全力推进国家级创新平台争创，支持中国科学院赣江创新研究院、南昌大学等单位建设"
    "全国重点实验室，年内新增全国重点实验室1个以上。"
    "（省科技厅牵头，省发展改革委、省教育厅按职责分工负责）",
    "2．高标准建设省实验室体系，推动已组建的省实验室全部实现实体化运行，3月底前印发省实验室"
    "绩效评价办法，省财政安排省实验室建设经费不少于5亿元。"
    "（省科技厅、省财政厅牵头，各有关设区市人民政府配合）",
    "3．推进重大科研基础设施和大型科研仪器开放共享，纳入省级共享平台的大型科研仪器达到"
    "3000台（套）以上，6月底前出台开放共享评价考核办法。"
    "（省科技厅牵头，省财政厅、省市场监管局按职责分工负责）",
    "二、提升企业科技创新能力",
    "4．实施高新技术企业倍增行动，全省高新技术企业数量突破8000家，科技型中小企业评价入库"
    "2万家以上。（省科技厅牵头，省财政厅、省税务局等按职责分工负责）",
    "5．支持科技领军企业牵头组建创新联合体，新组建省级创新联合体10个，其中由产业链链主企业"
    "牵头组建的不少于6个。（省科技厅、省工业和信息化厅牵头，省国资委配合）",
    "6．加大企业研发费用加计扣除等政策落实力度，全省规模以上工业企业研发机构覆盖率达到45%，"
    "有研发活动的规模以上工业企业占比力争达到50%。"
    "（省工业和信息化厅、省税务局牵头，省科技厅、省统计局按职责分工负责）",
    "7．深化科技金融结合，推动设立规模不低于50亿元的省级科技创新投资基金，全省科技型企业"
    "贷款余额突破3000亿元。（省委金融办、人民银行江西省分行、江西金融监管局牵头，"
    "省科技厅、省财政厅配合）",
    "三、加快科技成果转化和产业化",
    "8．完善全省技术要素市场体系，全省技术合同成交额达到1500亿元，新建省级科技成果转化"
    "中试基地8家。（省科技厅牵头，各设区市人民政府按职责分工负责）",
    "9．实施“科技+产业”重大科技专项，聚焦电子信息、有色金属、新能源等优势产业组织实施"
    "重大科技专项20项左右，带动企业研发投入30亿元以上。"
    "（省科技厅牵头，省发展改革委、省工业和信息化厅等按职责分工负责）",
    "10．深化职务科技成果赋权改革，赋权改革试点单位扩大至30家，9月底前完成首批试点评估。"
    "（省科技厅、省教育厅牵头，省财政厅、省国资委配合）",
    "四、加快集聚创新人才",
    "11．深入实施“赣鄱英才555工程”，全年引进培育高层次科技人才500名以上，遴选支持省级"
    "科技创新团队100个。（省委组织部牵头，省科技厅、省人力资源社会保障厅、省教育厅等"
    "按职责分工负责）",
    "12．深化科技人才评价改革，开展“破四唯”和“立新标”试点，10月底前在20家以上单位完成"
    "试点工作。（省科技厅、省人力资源社会保障厅牵头，省教育厅配合）",
    "13．深入推行科技特派员制度，选派科技特派员3000名以上深入乡村和企业一线服务，"
    "常态化开展科技特派团产业对接活动。（省科技厅牵头，省农业农村厅、省林业局按职责分工负责）",
    "五、持续优化创新生态",
    "14．深化科技领域“放管服”改革，全面推行科技计划项目“揭榜挂帅”“赛马制”，二季度完成"
    "省科技计划管理信息系统升级，项目评审周期压缩至60天以内。（省科技厅负责）",
    "15．加强科研诚信和科技伦理治理，对科研失信行为“零容忍”，持续推进。"
    "（省科技厅牵头，省教育厅、省卫生健康委、省科协等按职责分工负责）",
    "16．加强知识产权创造和保护，全省每万人口高价值发明专利拥有量达到8件，PCT国际专利"
    "申请量增长10%。（省市场监管局（省知识产权局）牵头，省科技厅配合）",
    "17．办好全国科技活动周江西主场活动和“科创中国”系列活动，全年开展各类科普活动"
    "2000场次以上。（省科协、省科技厅牵头，各设区市人民政府配合）",
    "六、工作要求",
    "（一）加强组织领导。各地各部门要把科技强省建设摆在突出位置，主要负责同志亲自抓，"
    "细化工作措施，确保各项任务按期完成。",
    "（二）强化督促检查。省科技厅要会同省政府督查室对重点任务推进情况实行清单化管理，"
    "每季度调度一次，及时通报工作进展。",
    "（三）加强宣传引导。各地各部门要及时总结推广科技创新典型经验和做法，营造全社会"
    "支持创新的良好氛围。",
]

PROVINCE_COLOPHON = [
    "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，"
    "各人民团体，各新闻单位。",
    "江西省人民政府办公厅                                  2026年2月27日印发",
]


def _province_docx(path: Path) -> None:
    document = docx.Document()
    for kind, text in PROVINCE_NOTICE:
        if kind == "c":
            _centred(document, text, "方正小标宋简体" if len(text) > 20 else "仿宋_GB2312", 16)
        elif kind == "n":
            _body(document, text, indent=False)
        elif kind == "r":
            _right(document, "江西省人民政府办公厅")
            _right(document, text)
        else:
            _body(document, text)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _centred(document, PROVINCE_TITLE, "方正小标宋简体", 22)
    for line in PROVINCE:
        head = line.startswith(SECTION_HEADS)
        _body(document, line, "黑体" if head else "仿宋_GB2312")
    document.add_paragraph()
    for line in PROVINCE_COLOPHON:
        _body(document, line, indent=False)
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 2. A city 工作要点 in Word numbered by Word's own multi-level list; 责任单位 under tasks.

CITY_TITLE = "赣州市2026年科技创新工作要点"
CITY_PREAMBLE = [
    "2026年是“十五五”开局之年。全市科技工作要坚持以习近平新时代中国特色社会主义思想为"
    "指导，深入实施创新驱动发展战略，加快建设革命老区高质量发展示范区科技创新高地。",
    "主要预期目标：全社会研发经费投入增长12%以上，高新技术企业总数达到1600家，"
    "技术合同成交额突破150亿元。",
]
# (level, text): level 0 is a heading, 1 a task, "u" the 责任单位 paragraph under a task.
CITY: list[tuple[int | str, str]] = [
    (0, "加快建设区域科技创新高地"),
    (
        1,
        "推进国家稀土功能材料创新中心建设，全年突破稀土领域关键核心技术5项以上，"
        "新增授权发明专利30件。",
    ),
    ("u", "责任单位：市工信局、市科技局，章贡区人民政府"),
    (
        1,
        "支持中国科学院赣江创新研究院建设，争取国家和省级科研项目20项以上，年底前完成"
        "二期工程主体建设。",
    ),
    ("u", "责任单位：市科技局、赣州高新区管委会"),
    (
        1,
        "加快江西理工大学、赣南医科大学等高校科研平台建设，新认定市级重点实验室10家、"
        "工程技术研究中心15家。",
    ),
    ("u", "责任单位：市科技局、市教育局"),
    (0, "壮大科技型企业群体"),
    (
        1,
        "实施高新技术企业“提质扩量”行动，组织申报高新技术企业500家以上，新认定高新技术"
        "企业300家以上。",
    ),
    ("u", "责任单位：市科技局、市财政局、市税务局"),
    (1, "推动科技型中小企业评价入库3000家以上，培育专精特新“小巨人”企业8家。"),
    ("u", "责任单位：市科技局、市工信局"),
    (1, "实施规上工业企业研发活动全覆盖行动，到年底有研发活动的规上工业企业占比达到60%。"),
    ("u", "责任单位：市工信局（牵头）、市科技局、市统计局"),
    (0, "推动科技成果转移转化"),
    (
        1,
        "建设赣州科技大市场，全市技术合同登记数量达到1200项，6月底前建成科技大市场线上服务平台。",
    ),
    ("u", "责任单位：市科技局"),
    (
        1,
        "组织科技特派团服务脐橙、蔬菜、油茶等富民产业，选派市级科技特派员300名，"
        "推广新品种新技术100项以上。",
    ),
    ("u", "责任单位：市科技局、市农业农村局、市林业局"),
    (1, "办好“赣州科技成果对接会”，每季度举办一次专场对接活动。"),
    ("u", "责任单位：市科技局、市工商联"),
    (0, "强化科技人才支撑"),
    (
        1,
        "深入实施“苏区人才伙伴计划”，引进高层次科技人才150名，柔性引进院士团队3个。",
    ),
    ("u", "责任单位：市委人才办、市科技局、市人社局"),
    (
        1,
        "新建院士工作站、博士后科研工作站等人才平台10个以上，9月底前完成年度认定。",
    ),
    ("u", "责任单位：市人社局、市科协"),
    (0, "优化科技创新生态"),
    (1, "加大财政科技投入，市本级财政安排科技专项资金不低于3亿元。"),
    ("u", "责任单位：市财政局、市科技局"),
    (1, "推进科技金融产品创新，“赣科贷”等科技金融产品全年新增放贷20亿元以上。"),
    ("u", "责任单位：市委金融办、人行赣州市分行、赣州金融监管分局"),
    (1, "落实科研经费“包干制”和科研项目“揭榜挂帅”制度，10月底前出台实施细则。"),
    ("u", "责任单位：市科技局、市财政局"),
    (1, "深入实施全民科学素质提升行动，公民具备科学素质的比例达到15%。"),
    ("u", "责任单位：市科协，各县（市、区）人民政府，赣州经开区、蓉江新区管委会"),
]
CITY_CLOSING = [
    "各地各有关单位要对照工作要点，细化工作举措，明确时间节点，每季度末将工作进展情况"
    "报送市科技局。",
]

ABSTRACT_NUM = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="42">'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/></w:rPr></w:lvl>'
    "</w:abstractNum>"
)
NUM = f'<w:num {nsdecls("w")} w:numId="42"><w:abstractNumId w:val="42"/></w:num>'


def _add_list_definition(document: docx.document.Document) -> None:
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    abstract = parse_xml(ABSTRACT_NUM)
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    numbering.append(parse_xml(NUM))


def _numbered(paragraph: docx.text.paragraph.Paragraph, level: int) -> None:
    properties = paragraph._p.get_or_add_pPr()
    properties.insert(
        0,
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="42"/></w:numPr>'
        ),
    )


def _city_docx(path: Path) -> None:
    document = docx.Document()
    _add_list_definition(document)
    _centred(document, CITY_TITLE, "方正小标宋简体", 22)
    for line in CITY_PREAMBLE:
        _body(document, line)
    for level, text in CITY:
        if isinstance(level, str):
            _body(document, text, "楷体_GB2312")
            continue
        paragraph = _body(document, text, "黑体" if level == 0 else "仿宋_GB2312", indent=False)
        _numbered(paragraph, level)
    for line in CITY_CLOSING:
        _body(document, line)
    document.add_paragraph()
    _right(document, "赣州市科学技术局")
    _right(document, "2026年2月20日")
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 3. A landscape 任务分解表 printed to PDF, running over pages with its header repeated.

TABLE_TITLE = "上饶市2026年建设省级创新型城市重点任务分解表"
TABLE_HEADER = ("序号", "重点任务", "具体内容", "牵头单位", "配合单位", "完成时限")
TABLE_ROWS: list[tuple[str, ...]] = [
    ("一、培育壮大创新主体",),
    (
        "1",
        "高新技术企业培育",
        "建立高新技术企业后备培育库，实行“一企一策”精准辅导，新认定高新技术企业150家以上，"
        "全市高新技术企业总数达到1100家。",
        "市科技局",
        "市财政局、市税务局，各县（市、区）人民政府",
        "2026年12月底",
    ),
    (
        "2",
        "科技型中小企业评价入库",
        "加大科技型中小企业评价宣传辅导力度，科技型中小企业评价入库1500家以上，"
        "上半年完成入库800家。",
        "市科技局",
        "各县（市、区）人民政府",
        "2026年12月31日",
    ),
    (
        "3",
        "专精特新企业培育",
        "梯度培育优质中小企业，培育省级专精特新中小企业60家，国家级专精特新“小巨人”企业3-5家。",
        "市工信局",
        "市科技局、市市场监管局",
        "2026年11月",
    ),
    (
        "4",
        "企业研发机构建设",
        "推动规模以上工业企业建设研发机构，规模以上工业企业研发机构覆盖率达到40%，"
        "新建市级企业研发中心50家。",
        "市工信局\n市科技局",
        "各县（市、区）人民政府",
        "持续推进",
    ),
    ("二、建设高能级创新平台",),
    (
        "5",
        "争创省级创新平台",
        "围绕光伏新能源、汽车及零部件、有色金属等主导产业，争创省级重点实验室2家、"
        "省级技术创新中心1家。",
        "市科技局",
        "上饶经开区管委会、广信区人民政府",
        "2026.10.31",
    ),
    (
        "6",
        "新型研发机构建设",
        "支持晶科能源、捷泰科技等龙头企业联合高校院所建设新型研发机构，新认定市级新型研发"
        "机构5家以上。",
        "市科技局",
        "市财政局",
        "2026年9月底前",
    ),
    (
        "7",
        "科技企业孵化载体建设",
        "完善“众创空间—孵化器—加速器—产业园”孵化链条，新增市级以上科技企业孵化器、"
        "众创空间6家，在孵企业数量超过800家。",
        "市科技局",
        "市人社局、团市委",
        "2026年12月底前",
    ),
    (
        "8",
        "开发区创新能力提升",
        "推动上饶经开区创新发展，高新技术产业增加值占规模以上工业增加值比重达到45%以上，"
        "园区R&D经费投入强度达到3%。",
        "上饶经开区管委会",
        "市科技局、市发展改革委",
        "2026年底",
    ),
    ("三、推动关键核心技术攻关",),
    (
        "9",
        "实施市级重大科技专项",
        "聚焦光伏、锂电、汽车及零部件等领域，组织实施市级重大科技专项10项，市级财政投入"
        "不少于2000万元。",
        "市科技局",
        "市财政局",
        "2026年6月30日前下达项目计划",
    ),
    (
        "10",
        "“揭榜挂帅”技术攻关",
        "面向企业征集技术难题，发布“揭榜挂帅”技术需求榜单不少于20项，促成揭榜成功8项以上。",
        "市科技局",
        "市工信局、市工商联",
        "第三季度",
    ),
    (
        "11",
        "深化产学研合作",
        "深化与浙江大学、南昌大学、江西财经大学等高校院所合作，签订产学研合作项目100项，"
        "全市技术合同成交额达到80亿元。",
        "市科技局",
        "市教育局，各县（市、区）人民政府",
        "2026年12月底",
    ),
    ("四、集聚科技创新人才",),
    (
        "12",
        "高层次人才引进",
        "深入实施“才聚上饶”计划，引进培育高层次科技人才120名，新引进产业创新团队10个。",
        "市委人才办",
        "市科技局、市人社局",
        "长期",
    ),
    (
        "13",
        "科技特派员服务",
        "选派科技特派员200名以上，实现全市乡镇科技特派员服务全覆盖。",
        "市科技局",
        "市农业农村局",
        "2026年5月底前完成选派",
    ),
    (
        "14",
        "技能人才培养",
        "实施技能上饶行动，新增高技能人才5000人，开展职业技能培训2万人次。",
        "市人社局",
        "市教育局、市总工会",
        "2026年12月",
    ),
    ("五、优化创新生态",),
    (
        "15",
        "科技金融服务",
        "推广“科贷通”“赣科贷”等产品，全年新增科技型企业贷款15亿元以上，设立规模不低于"
        "5亿元的市科技创新基金。",
        "市委金融办",
        "人行上饶市分行、上饶金融监管分局、市财政局",
        "2026年12月底",
    ),
    (
        "16",
        "知识产权创造运用",
        "全市每万人口高价值发明专利拥有量达到3.5件，专利商标质押融资额突破10亿元。",
        "市市场监管局",
        "市科技局、市委金融办",
        "2026年12月底",
    ),
    (
        "17",
        "科学普及",
        "公民具备科学素质的比例达到14%，建成市级科普教育基地20个。",
        "市科协",
        "市科技局、市教育局",
        "2026年11月30日",
    ),
    (
        "18",
        "加大科技投入",
        "全社会R&D经费投入增长15%以上，市本级财政科技支出增幅不低于10%。",
        "市财政局\n市科技局",
        "市统计局，各县（市、区）人民政府",
        "2026年底",
    ),
    (
        "19",
        "科技评价改革",
        "开展科技成果评价改革试点，年底前完成改革试点的单位不少于10家。",
        "市科技局",
        "市教育局、市卫生健康委",
        "12.31前",
    ),
    (
        "20",
        "督查考核",
        "将创新型城市建设纳入市对县（市、区）高质量发展综合考核，每半年开展一次督导调度。",
        "市创新型城市建设工作领导小组办公室",
        "领导小组各成员单位",
        "每半年",
    ),
]
TABLE_NOTE = (
    "注：各县（市、区）、上饶经开区、上饶高铁经济试验区要参照本表细化分解本地区任务，"
    "于3月底前报市科技局备案。"
)


def _cell(text: str) -> str:
    return "<br/>".join(text.split("\n"))


def _table_pdf(path: Path) -> None:
    from weasyprint import HTML

    header = "".join(f"<th>{name}</th>" for name in TABLE_HEADER)
    rows = []
    for row in TABLE_ROWS:
        if len(row) == 1:
            rows.append(f'<tr class="group"><td colspan="{len(TABLE_HEADER)}">{row[0]}</td></tr>')
        else:
            rows.append("<tr>" + "".join(f"<td>{_cell(text)}</td>" for text in row) + "</tr>")
    html = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4 landscape; margin: 2.2cm 2.0cm 2.2cm 2.0cm;
  @bottom-center {{ content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
    font-size: 11pt; }} }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 13pt; line-height: 1.45; }}
.annex {{ font-family: "Noto Sans CJK SC"; font-size: 15pt; margin: 0; }}
h1 {{ text-align: center; font-size: 20pt; font-weight: normal; margin: 0.3cm 0 0.5cm; }}
table {{ border-collapse: collapse; width: 100%; }}
thead {{ display: table-header-group; }}
tr {{ page-break-inside: avoid; }}
th {{ font-family: "Noto Sans CJK SC"; font-weight: normal; border: 1px solid #000;
  padding: 4px; }}
td {{ border: 1px solid #000; padding: 4px 6px; vertical-align: middle; }}
td:nth-child(1) {{ width: 5%; text-align: center; }}
td:nth-child(2) {{ width: 13%; }}
td:nth-child(3) {{ width: 40%; }}
td:nth-child(4) {{ width: 13%; text-align: center; }}
td:nth-child(5) {{ width: 17%; }}
td:nth-child(6) {{ width: 12%; text-align: center; }}
tr.group td {{ font-family: "Noto Sans CJK SC"; text-align: left; }}
p.note {{ font-size: 12pt; margin-top: 0.3cm; }}
</style></head><body>
<p class="annex">附件</p>
<h1>{TABLE_TITLE}</h1>
<table><thead><tr>{header}</tr></thead><tbody>
{chr(10).join(rows)}
</tbody></table>
<p class="note">{TABLE_NOTE}</p>
</body></html>"""
    HTML(string=html).write_pdf(str(path))


# ---------------------------------------------------------------------------------------
# 4. A county 实施意见 in Word, in Traditional characters.

COUNTY_NOTICE = [
    ("c", "安远县人民政府关于印发安远县关于加快推进科技创新的实施意见的通知"),
    ("c", "安府发〔2026〕5号"),
    ("n", "各乡（镇）人民政府，县政府各部门，县直各单位："),
    ("p", "现将《安远县关于加快推进科技创新的实施意见》印发给你们，请认真贯彻执行。"),
    ("r", "2026年3月12日"),
]
COUNTY_TITLE = "安远县关于加快推进科技创新的实施意见"
COUNTY = [
    "为深入实施创新驱动发展战略，加快推进我县科技创新工作，以科技创新引领产业转型升级，"
    "根据《江西省人民政府关于深入实施科技强省战略的意见》精神，结合我县实际，提出如下"
    "实施意见。",
    "一、主要目标",
    "到2027年，全县科技创新能力明显提升，全社会研发经费投入强度达到1.5%，高新技术企业"
    "达到60家，科技型中小企业达到120家，省级以上创新平台达到10个，技术合同成交额突破"
    "5亿元。2026年，新增高新技术企业10家以上。",
    "二、重点任务",
    "（一）培育壮大创新主体。实施高新技术企业培育“育苗”行动，建立高新技术企业后备培育库，"
    "入库企业不少于30家，2026年6月底前完成首批入库。对首次认定的高新技术企业给予10万元"
    "奖励。（责任单位：县科技局、县财政局、县税务局）",
    "（二）建设创新平台载体。依托县工业园区建设县科技企业孵化器，2026年底前建成并投入使用，"
    "孵化面积不少于1万平方米；支持企业创建省级工程技术研究中心、省级企业技术中心等创新平台"
    "3个以上。（责任单位：县工业园区管委会、县科技局、县工信局）",
    "（三）加强关键技术攻关。围绕电子信息、脐橙、中药材等主导产业，每年组织实施县级科技"
    "计划项目15项左右，县财政每年安排科技计划项目资金不少于500万元。"
    "（责任单位：县科技局、县财政局）",
    "（四）推动科技成果转化。加强与赣南师范大学、江西理工大学等高校合作，每年转化科技成果"
    "10项以上；2026年9月底前建成县技术转移服务站。（责任单位：县科技局、县工信局）",
    "（五）集聚科技创新人才。深入实施“人才强县”战略，2026年引进培育各类科技人才100名以上，"
    "选派科技特派员50名，实现乡镇全覆盖。（责任单位：县委组织部（县委人才办）、县科技局、"
    "县人社局）",
    "（六）发展科技金融。推广“科贷通”等科技金融产品，力争全县科技型企业贷款余额达到3亿元；"
    "设立规模5000万元的县科技创新引导基金，年内完成基金组建。"
    "（责任单位：县委金融办、县财政局、县科技局）",
    "（七）加强知识产权保护。全县有效发明专利达到80件，新增地理标志证明商标1件，常态化开展"
    "知识产权执法检查。（责任单位：县市场监管局）",
    "（八）提升全民科学素质。到2027年，公民具备科学素质的比例达到12%，全年开展科普活动不少于"
    "20场次。（责任单位：县科协、县教育体育局）",
    "三、保障措施",
    "（一）加强组织领导。成立由县政府主要领导任组长的县科技创新工作领导小组，领导小组办公室"
    "设在县科技局，统筹推进全县科技创新工作。",
    "（二）加大科技投入。建立财政科技投入稳定增长机制，县本级财政科技支出增长不低于10%。"
    "（责任单位：县财政局）",
    "（三）强化督查考核。将科技创新工作纳入全县高质量发展综合考核，县科技局每季度调度一次"
    "工作进展，并将调度结果纳入年度考核。",
    "本意见自印发之日起施行，有效期至2027年12月31日。",
]
COUNTY_COLOPHON = [
    "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人武部，县法院，县检察院。",
    "安远县人民政府办公室                                  2026年3月12日印发",
]


def _county_docx(path: Path, convert: Callable[[str], str]) -> None:
    document = docx.Document()
    for kind, text in COUNTY_NOTICE:
        if kind == "c":
            _centred(
                document, convert(text), "方正小标宋简体" if len(text) > 20 else "仿宋_GB2312", 16
            )
        elif kind == "n":
            _body(document, convert(text), indent=False)
        elif kind == "r":
            _right(document, convert("安远县人民政府"))
            _right(document, text)
        else:
            _body(document, convert(text))
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _centred(document, convert(COUNTY_TITLE), "方正小标宋简体", 22)
    for line in COUNTY:
        head = line.startswith(SECTION_HEADS)
        _body(document, convert(line), "黑体" if head else "仿宋_GB2312")
    document.add_paragraph()
    for line in COUNTY_COLOPHON:
        _body(document, convert(line), indent=False)
    document.save(str(path))


def main() -> None:
    import opencc

    converter = opencc.OpenCC("s2tw")
    _province_docx(DOCS / "heldout42-province-division.docx")
    _city_docx(DOCS / "heldout42-city-autonumber.docx")
    _table_pdf(DOCS / "heldout42-task-table.pdf")
    _county_docx(DOCS / "heldout42-county-traditional.docx", converter.convert)


if __name__ == "__main__":
    main()
