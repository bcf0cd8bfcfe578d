"""Write round 43's held-out documents (decision 0005, round 43).

Written by an author who had not read the extractor: a county 科技创新 工作要点 in Word whose
(1) tasks sit directly under 一、 sections, some opening with their office in 【】 and some
closing with 责任单位 and 责任人; a city 科技局 督查通知 in Word whose attached 任务推进表 has
1 / 1-1 numbers and 牵头单位 / 完成时限 cells merged down several rows; a provincial
科技型企业梯次培育 实施方案 printed to PDF (page header and page numbers) with a 主要目标
table (指标名称 | 单位 | 2025年 | 2026年目标) before its paragraphs of tasks; and a county task
list saved from a spreadsheet as comma-separated text (UTF-8 with BOM, CRLF rows, quoted cells
holding commas and line breaks).
Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round43_documents.py

Annotation choices (where the output conventions are silent):
* 【县科技局】 opening a task names the office given the task, like 责任单位 (the first office in
  the bracket leads, the others assist); the item's title is the task after the bracket.
* 责任人 (a person) is never a unit, whether in the closing bracket or on a line of its own.
* Item titles are the task without its label, the closing period and the unit annotation; in the
  city's 推进表 the title is the 工作任务 cell, in the county CSV the 重点工作 cell (the 工作目标
  cell gives the row's targets only, its 10月底前 agrees with the time-limit cell); in the
  provincial plan the title is the paragraph's bold lead-in (实施科技型中小企业扩容行动), the
  targets and units come from the whole paragraph.
* `10月31日前` is due on 10-31 (a day, not a month, before 前); 三季度末 → -09-30; a CSV cell
  2025.10 → -10-31, 12.31前 → 2025-12-31.
* A calendar recurrence in a task's running text with no dated limit makes it ongoing
  (每季度开展一次研发统计入企指导, 按季度发布可转化科技成果清单, 每年对各设区市开展评价);
  常态化 closing a task (…，常态化开展田间技术服务) does not; a 完成时限 cell 每季度 with no dated
  limit in the row is ongoing (its 备注 次月5日前报送 recurs too).
* 新布局建设 and 新组建 are 新建 (increment); 认定 without 新, 培育, 选派, 建设 are level;
  `其中引进博士研究生10人` is a second 引进 target. 省级财政安排专项资金2亿元 (a total set aside)
  is a target; 研发投入500万元以上且增幅超过10%的企业 and 单个企业奖励不超过100万元 are not.
* 1,500万元 (a spreadsheet's thousands separator) is 1500 万元.
* A 推进表 group row (序号 1 with the task's theme across the row) is a level-1 item with no
  units; its 1-1, 1-2 rows are its children and take the merged 牵头单位 / 完成时限 cell's value.
  The notice's own request (report by 6月20日, inspection in 7月上旬) is no item.
* The provincial plan's 2026年目标 column gives the document-level targets (the 2025年 column is
  the starting point, marked 预计数); a bare figure in a target column is `=`; 万家 and 万人年 are
  folded to 家 and 人年.
* 引进培育 counts as 引进 (increment); 培育/选派/建设/入库 without 新 are level.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

DOCS = Path(__file__).resolve().parent / "docs"


def _font(run: docx.text.run.Run, name: str, size: float, *, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _line(
    document: docx.document.Document,
    text: str,
    *,
    font: str = "仿宋_GB2312",
    size: float = 16,
    align: WD_ALIGN_PARAGRAPH | None = None,
    indent: bool = True,
) -> None:
    paragraph = document.add_paragraph()
    if align is not None:
        paragraph.alignment = align
    elif indent:
        paragraph.paragraph_format.first_line_indent = Pt(size * 2)
    _font(paragraph.add_run(text), font, size)


# ---------------------------------------------------------------------------------------
# 1. A county 工作要点 in Word: 一、 sections, (1) tasks, 【office】 openings, 责任人 endings.

CHONGREN_TITLE = "崇仁县2025年科技创新工作要点"
CHONGREN_PREAMBLE = (
    "2025年是“十四五”规划收官之年，也是谋划“十五五”发展的关键之年。全县科技工作要以习近平新时代"
    "中国特色社会主义思想为指导，全面贯彻落实全省科技创新大会和市委科技创新工作会议精神，深入实施"
    "创新驱动发展战略，围绕变电设备、崇仁麻鸡、生物医药等特色产业，加快构建以企业为主体、市场为导向、"
    "产学研深度融合的技术创新体系，为建设全省重要的输变电设备产业基地提供有力科技支撑。现提出如下工作要点。"
)
CHONGREN = [
    "一、培育壮大创新主体",
    "（1）【县科技局】实施高新技术企业“倍增”计划，建立后备企业培育库，全年新增高新技术企业12家以上，"
    "高新技术企业总数达到65家。",
    "（2）【县科技局、县工信局】组织开展科技型中小企业评价入库工作，6月底前完成首批评价，"
    "全年入库企业达到150家。",
    "（3）推动规上工业企业研发活动全覆盖，有研发活动的规上工业企业占比达到55%以上，"
    "新增企业研发机构10个。（责任单位：县工信局、县科技局；责任人：黄志强）",
    "（4）【县税务局】落实研发费用加计扣除、高新技术企业所得税优惠等政策，5月底前完成年度汇算清缴"
    "政策辅导，全县企业研发费用加计扣除额达到6亿元。",
    "二、提升创新平台能级",
    "（1）【崇仁工业园区管委会】支持变电设备龙头企业牵头组建产业技术创新联合体，年内新建省级工程技术"
    "研究中心1家、市级研发平台4个。",
    "（2）加快县科技创新服务中心建设，9月底前完成主体工程并投入试运营，入驻科技型企业和服务机构"
    "不少于20家。（责任单位：县科技局、县城投集团；责任人：罗国华）",
    "（3）【县农业农村局】推进省级农业科技园区建设，围绕崇仁麻鸡、优质稻等主导产业培育农业科技型企业"
    "5家，选派科技特派员团队30个，常态化开展田间技术服务。",
    "三、加快科技成果转化",
    "（1）【县科技局】深化与南昌大学、华东交通大学、东华理工大学等高校院所产学研合作，全年技术合同"
    "成交额突破5亿元，促成产学研合作项目15项以上。",
    "（2）组织实施县级科技计划项目20项，县财政安排科技专项资金不少于800万元，11月底前完成上年度"
    "项目验收。（责任单位：县科技局、县财政局；责任人：罗国华）",
    "（3）【县市场监管局】实施知识产权强县建设工程，全年发明专利授权量达到60件，每万人口高价值发明"
    "专利拥有量提高到1.8件，第三季度完成专利质押融资入园惠企活动。",
    "四、集聚科技创新人才",
    "（1）【县委人才办、县人社局】深入实施“才聚崇仁”人才计划，引进急需紧缺高层次人才50人，"
    "新增高技能人才1200人。",
    "（2）开展“科技副总”选派工作，从高校院所选派科技副总10名到企业挂职服务，12月底前完成年度考核。",
    "责任单位：县科技局　　责任人：邓丽萍",
    "五、优化创新发展生态",
    "（1）【县统计局、县科技局】加强研发投入统计监测，每季度开展一次研发统计入企指导，"
    "全社会研发经费投入强度达到1.6%。",
    "（2）推进科技金融深度融合，“科贷通”等科技金融产品为科技型企业放贷3亿元以上，科技型企业贷款余额"
    "同比增长15%。（责任单位：县金融发展服务中心、县科技局；责任人：周文斌）",
    "（3）【县科协、县科技局】组织开展科技活动周、全国科普日等活动，全年举办科普活动不少于30场次，"
    "公民具备科学素质比例达到11%。",
    "六、强化工作保障",
    "（1）【县科技局】建立工作要点任务台账，每月调度各责任单位工作进展，及时协调解决推进中的困难和问题。",
    "（2）将科技创新工作纳入全县高质量发展综合考核，年底前对各乡镇、县直有关单位开展考评。"
    "（责任单位：县委县政府督查室、县科技局；责任人：刘志刚）",
]


def _chongren_docx(path: Path) -> None:
    document = docx.Document()
    _line(document, CHONGREN_TITLE, font="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
    _line(document, "")
    _line(document, CHONGREN_PREAMBLE)
    for text in CHONGREN:
        head = text[:2] in {f"{n}、" for n in "一二三四五六七八九十"}
        _line(document, text, font="黑体" if head else "仿宋_GB2312")
    _line(document, "")
    _line(document, "崇仁县科学技术局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _line(document, "2025年2月28日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _line(document, "")
    _line(document, "抄送：市科技局，县委办公室、县政府办公室。", size=14, indent=False)
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 2. A city 督查通知 in Word with its 任务推进表: merged 牵头单位 / 完成时限, 1-1 numbers.

YICHUN_NUMBER = "宜科字〔2025〕18号"
YICHUN_TITLE = "宜春市科学技术局关于开展2025年全市科技创新重点任务推进情况督查的通知"
YICHUN_BODY = [
    "各县（市、区）科技局，宜春经济技术开发区、宜阳新区、明月山温泉风景名胜区科技主管部门，局机关各科室：",
    "为推动市委、市政府关于科技创新工作的各项部署落地见效，确保全年目标任务按时完成，市局决定对2025年"
    "全市科技创新重点任务推进情况开展专项督查。请各牵头单位对照《宜春市2025年科技创新重点任务推进表》"
    "（见附件），逐项梳理任务进展、存在问题和下步打算，于6月20日前将上半年推进情况（纸质件加盖公章及"
    "电子版）报送市局办公室。市局将于7月上旬组织督查组赴各地开展实地督查，督查结果纳入年度科技创新"
    "工作考核。",
    "各单位要高度重视，实事求是填报，不得虚报、瞒报。对进度滞后的任务，要说明原因并提出整改措施。",
    "联系人：刘晓东，联系电话：0795-3267815。",
]
YICHUN_TABLE_TITLE = "宜春市2025年科技创新重点任务推进表"
YICHUN_HEADER = ("序号", "工作任务", "牵头单位", "配合单位", "完成时限", "推进情况")
# A group row: (number, theme). A task row: (number, task, lead, assisting, deadline);
# None in the lead or deadline column continues the cell above (a vertical merge).
YICHUN_ROWS: list[tuple[str, ...] | tuple[str, str, str | None, str, str | None]] = [
    ("1", "实施锂电新能源产业科技攻关"),
    (
        "1-1",
        "围绕锂云母高效提锂、固态电池、钠离子电池等方向，组织实施省、市重大科技专项8项以上",
        "市科技局",
        "市工信局、宜春经开区管委会",
        "2025年12月底前",
    ),
    (
        "1-2",
        "推动江西省锂电新能源产业科技创新联合体扩容，新增成员单位10家",
        None,
        "市发展改革委",
        None,
    ),
    ("1-3", "支持锂电企业建设省级以上研发平台，全年新增3个", None, "市工信局", "10月31日前"),
    ("2", "推进重大创新平台建设"),
    (
        "2-1",
        "推进江西省锂电新能源实验室（宜春分中心）建设，完成一期工程竣工验收",
        "宜春经开区管委会",
        "市科技局",
        "2025年6月底",
    ),
    (
        "2-2",
        "支持樟树市建设中医药科技创新平台，认定市级以上中药研发平台2家",
        "市科技局",
        "樟树市人民政府、市卫生健康委",
        "2025年9月30日",
    ),
    (
        "2-3",
        "新建市级重点实验室、工程技术研究中心等创新平台15个",
        None,
        "各县（市、区）人民政府",
        None,
    ),
    ("3", "壮大科技型企业群体"),
    (
        "3-1",
        "新增高新技术企业100家以上，高新技术企业总数突破1100家",
        "市科技局",
        "市财政局、市税务局",
        "2025年11月底前",
    ),
    ("3-2", "科技型中小企业评价入库1200家", None, "各县（市、区）科技局", None),
    ("3-3", "开展“科技副总”选派工作，选派科技副总60名", None, "市委人才办", "2025年8月底前"),
    ("4", "促进科技成果转移转化"),
    (
        "4-1",
        "全市技术合同成交额达到80亿元，增长20%以上",
        "市科技局",
        "各县（市、区）科技局",
        "2025年12月底前",
    ),
    (
        "4-2",
        "举办“科技成果进园区”对接活动6场以上，促成成果转化项目30项",
        None,
        "市工信局、宜春经开区管委会",
        None,
    ),
    ("4-3", "建设宜春市技术转移中心，培育技术经纪人50名", "宜春学院", "市科技局", "三季度末"),
    ("5", "强化科技人才支撑"),
    (
        "5-1",
        "引进培育高层次科技创新人才（团队）20个",
        "市科技局",
        "市委人才办、市人社局",
        "持续推进",
    ),
    ("5-2", "选派省、市科技特派员300名，实现乡镇全覆盖", None, "市农业农村局", None),
]


def _cell_text(cell: docx.table._Cell, text: str, *, bold: bool = False) -> None:
    _font(cell.paragraphs[0].add_run(text), "黑体" if bold else "仿宋_GB2312", 11, bold=bold)


def _yichun_docx(path: Path) -> None:
    document = docx.Document()
    _line(
        document,
        "宜春市科学技术局",
        font="方正小标宋简体",
        size=26,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    _line(document, YICHUN_NUMBER, align=WD_ALIGN_PARAGRAPH.CENTER)
    _line(document, YICHUN_TITLE, font="方正小标宋简体", size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
    _line(document, YICHUN_BODY[0], indent=False)
    for text in YICHUN_BODY[1:]:
        _line(document, text)
    _line(document, "")
    _line(document, f"附件：{YICHUN_TABLE_TITLE}")
    _line(document, "")
    _line(document, "宜春市科学技术局", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _line(document, "2025年5月16日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _line(document, "（此件依申请公开）")
    document.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)

    section = document.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    _line(document, "附件", font="黑体", indent=False)
    _line(
        document,
        YICHUN_TABLE_TITLE,
        font="方正小标宋简体",
        size=18,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    table = document.add_table(rows=1, cols=len(YICHUN_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, YICHUN_HEADER, strict=True):
        _cell_text(cell, text, bold=True)
    merge_from: dict[int, docx.table._Cell] = {}
    for row in YICHUN_ROWS:
        cells = table.add_row().cells
        if len(row) == 2:
            _cell_text(cells[0], row[0], bold=True)
            theme = cells[1].merge(cells[-1])
            _cell_text(theme, row[1], bold=True)
            merge_from.clear()
            continue
        number, task, lead, assisting, deadline = row
        _cell_text(cells[0], number)
        _cell_text(cells[1], task)
        _cell_text(cells[3], assisting)
        for column, value in ((2, lead), (4, deadline)):
            if value is None:
                merge_from[column] = merge_from[column].merge(cells[column])
            else:
                _cell_text(cells[column], value)
                merge_from[column] = cells[column]
    _line(document, "")
    _line(document, "抄送：市政府办公室，市委督查室、市政府督查室。", size=14, indent=False)
    _line(
        document, "宜春市科学技术局办公室　　　　　　　　2025年5月16日印发", size=14, indent=False
    )
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 3. A provincial 实施方案 printed to PDF: a 主要目标 table, then tasks as paragraphs.

PLAN_TITLE = "江西省2026年科技型企业梯次培育实施方案"
PLAN_PREAMBLE = (
    "为深入贯彻落实全省科技创新大会精神，加快构建“科技型中小企业—高新技术企业—科技领军企业”梯次"
    "培育体系，强化企业科技创新主体地位，结合我省实际，制定本方案。到2026年底，全省科技型企业数量和"
    "质量实现双提升，企业研发投入持续增加，创新能力显著增强，主要目标如下："
)
PLAN_TARGETS = [
    ("高新技术企业数量", "家", "9200", "10000"),
    ("科技型中小企业入库数", "万家", "2.2", "2.5"),
    ("科技领军企业", "家", "45", "60"),
    ("规上工业企业中有研发活动企业占比", "%", "52", "55"),
    ("企业研发经费支出占全社会研发经费比重", "%", "78", "80"),
    ("技术合同成交额", "亿元", "1650", "1800"),
    ("企业R&amp;D人员全时当量", "万人年", "11.6", "12.5"),
]
PLAN = [
    ("h", "一、壮大科技型企业群体"),
    (
        "p",
        "<b>（一）实施科技型中小企业扩容行动。</b>依托全国科技型中小企业信息服务平台，建立“常态化评价、"
        "按批次入库”工作机制，各设区市每年新增入库企业不少于200家。对首次入库的企业，各设区市可给予"
        "一次性奖励。（责任单位：省科技厅，各设区市人民政府）",
    ),
    (
        "p",
        "<b>（二）实施高新技术企业提质行动。</b>完善高新技术企业后备库，对入库企业开展“一对一”辅导，"
        "2026年高新技术企业认定申报数量突破3500家，通过认定企业数量占申报数量比重提高到70%。10月底前"
        "完成年度认定工作。（责任单位：省科技厅、省财政厅、省税务局）",
    ),
    (
        "p",
        "<b>（三）实施科技领军企业培育行动。</b>遴选一批创新能力强、成长性好的高新技术企业，按照"
        "“一企一策”给予支持，2026年新认定科技领军企业15家以上。支持领军企业牵头承担省重大科技专项，"
        "省级财政安排专项资金2亿元予以支持。（责任单位：省科技厅、省工业和信息化厅、省财政厅）",
    ),
    ("h", "二、提升企业创新能力"),
    (
        "p",
        "<b>（一）引导企业加大研发投入。</b>落实企业研发费用加计扣除、研发后补助等政策，对上年度研发投入"
        "500万元以上且增幅超过10%的企业给予奖励，单个企业奖励不超过100万元。全年兑现企业研发后补助资金"
        "3亿元。（责任单位：省科技厅、省财政厅、省统计局、省税务局）",
    ),
    (
        "p",
        "<b>（二）支持企业建设高水平研发平台。</b>支持科技领军企业牵头建设省技术创新中心、省重点实验室，"
        "2026年新布局建设企业主导的省级创新平台30个，规上工业企业研发机构覆盖率达到40%。6月底前发布"
        "年度省级创新平台建设指南。（责任单位：省科技厅、省发展改革委、省工业和信息化厅）",
    ),
    (
        "p",
        "<b>（三）推动企业承担重大科技任务。</b>省重大科技研发专项中企业牵头或参与的项目比例不低于80%，"
        "支持企业联合高校院所组建创新联合体，年内新组建省级创新联合体10个。（责任单位：省科技厅、"
        "省教育厅、省工业和信息化厅）",
    ),
    ("h", "三、优化企业创新生态"),
    (
        "p",
        "<b>（一）强化科技金融支持。</b>扩大“科贷通”业务规模，全年为科技型企业发放贷款150亿元以上；"
        "设立规模不低于20亿元的省科技创新基金，引导社会资本投早、投小、投硬科技。（责任单位：省科技厅、"
        "省财政厅、省地方金融管理局、人民银行江西省分行）",
    ),
    (
        "p",
        "<b>（二）加强科技人才引育。</b>深入实施“赣鄱俊才支持计划”，支持企业引进培育高层次科技人才，"
        "全年选派科技特派员、“科技副总”1000名以上服务企业。（责任单位：省委组织部、省科技厅、"
        "省人力资源社会保障厅）",
    ),
    (
        "p",
        "<b>（三）深化科技成果转化。</b>推动高校院所科技成果向企业转移转化，按季度发布高校院所可转化"
        "科技成果清单，企业吸纳技术合同成交额占比达到60%以上，建设省级技术转移示范机构20家。"
        "（责任单位：省科技厅、省教育厅，各设区市人民政府）",
    ),
    ("h", "四、保障措施"),
    (
        "p",
        "<b>（一）加强组织领导。</b>省科技厅牵头建立科技型企业培育工作协调机制，会同省发展改革委、"
        "省工业和信息化厅、省财政厅统筹推进方案各项任务落实。",
    ),
    (
        "p",
        "<b>（二）强化政策落实。</b>加强政策宣传解读，推动研发费用加计扣除、高新技术企业税收优惠等政策"
        "直达快享，确保企业应享尽享。",
    ),
    (
        "p",
        "<b>（三）开展监测评价。</b>建立科技型企业培育监测评价制度，每年对各设区市培育工作开展评价，"
        "评价结果纳入全省高质量发展综合绩效考核。（责任单位：省科技厅、省统计局）",
    ),
]


def _plan_pdf(path: Path) -> None:
    from weasyprint import HTML

    rows = "\n".join(
        f"<tr><td>{name}</td><td>{unit}</td><td>{base}</td><td>{goal}</td></tr>"
        for name, unit, base, goal in PLAN_TARGETS
    )
    body = "\n".join(f'<p class="{kind}">{text}</p>' for kind, text in PLAN)
    html = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm;
  @top-left {{ content: "江西省科学技术厅"; font-family: "Noto Sans CJK SC";
    font-size: 10pt; }}
  @top-right {{ content: "赣科发高字〔2026〕5号"; font-family: "Noto Sans CJK SC";
    font-size: 10pt; }}
  @bottom-center {{ content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
    font-size: 12pt; }} }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 15pt; line-height: 1.6; }}
h1 {{ text-align: center; font-size: 20pt; font-weight: normal; }}
p {{ margin: 0; text-indent: 2em; }}
p.h {{ font-family: "Noto Sans CJK SC"; }}
p.sign {{ text-align: right; }}
p.caption {{ text-align: center; font-family: "Noto Sans CJK SC"; text-indent: 0;
  margin-top: 0.5em; }}
p.note {{ font-size: 12pt; }}
table {{ border-collapse: collapse; width: 100%; font-size: 12pt; margin: 0.3em 0; }}
td, th {{ border: 1px solid #000; padding: 3pt 6pt; text-align: center; }}
</style></head><body>
<h1>{PLAN_TITLE}</h1>
<p>{PLAN_PREAMBLE}</p>
<p class="caption">表1　主要目标</p>
<table><tr><th>指标名称</th><th>单位</th><th>2025年</th><th>2026年目标</th></tr>
{rows}
</table>
<p class="note">注：2025年数据为预计数。</p>
{body}
<p>&nbsp;</p>
<p class="sign">江西省科学技术厅</p>
<p class="sign">2026年1月26日</p>
<p>（此件主动公开）</p>
<p class="note">抄送：科技部，省委办公厅、省政府办公厅，省直有关单位，各设区市科技局。</p>
</body></html>"""
    HTML(string=html).write_pdf(str(path))


# ---------------------------------------------------------------------------------------
# 4. A county task list saved from a spreadsheet as CSV text.

YUDU_ROWS = [
    ["于都县2025年科技创新重点工作任务清单", "", "", "", "", "", ""],
    ["序号", "重点工作", "工作目标", "责任单位", "责任人", "完成时限", "备注"],
    [
        "1",
        "实施高新技术企业培育工程",
        "新增高新技术企业10家,高新技术企业总数达到78家",
        "县科技局",
        "钟海明",
        "2025/12/31",
        "",
    ],
    [
        "2",
        "开展科技型中小企业评价入库",
        "全年评价入库科技型中小企业180家以上",
        "县科技局\n县工信局",
        "钟海明",
        "2025.11",
        "分两批组织",
    ],
    [
        "3",
        "推动规上工业企业研发活动全覆盖",
        "有研发活动的规上工业企业占比达到50%以上,\n新建企业研发中心8个",
        "县工信局\n县科技局\n于都工业园区管委会",
        "刘建国",
        "2025.10",
        "",
    ],
    [
        "4",
        "推进于都纺织服装产业技术研究院建设",
        "引进纺织服装领域研发团队3个,\n开展共性技术攻关项目5项",
        "于都工业园区管委会\n县科技局",
        "肖文华",
        "12.31前",
        "",
    ],
    [
        "5",
        "组织实施县级科技计划项目",
        "立项支持县级科技计划项目25项,县级财政科技经费投入不低于1,500万元",
        "县科技局\n县财政局",
        "钟海明",
        "2025/11/30",
        "",
    ],
    [
        "6",
        "开展技术合同登记服务",
        "全年技术合同成交额达到3亿元,同比增长20%",
        "县科技局",
        "谢丽娟",
        "每季度",
        "按季度统计,次月5日前报送",
    ],
    [
        "7",
        "加强知识产权创造运用",
        "发明专利授权量达到45件,\n知识产权质押融资金额突破1亿元",
        "县市场监管局",
        "邱志强",
        "2025.12",
        "",
    ],
    [
        "8",
        "实施“才聚于都”人才引进计划",
        "引进各类高层次人才和急需紧缺人才100人,其中引进博士研究生10人",
        "县委人才办\n县人社局\n县科技局",
        "黄晓东",
        "长期",
        "",
    ],
    [
        "9",
        "深化科技特派员制度",
        "选派科技特派员团队25个,\n实现脐橙、蔬菜等主导产业全覆盖",
        "县农业农村局（牵头）\n县科技局",
        "曾志华",
        "持续推进",
        "",
    ],
    [
        "10",
        "推进科技金融服务",
        "“科贷通”贷款投放1.2亿元以上",
        "县金融发展服务中心\n县科技局",
        "周小平",
        "2025/12/31",
        "",
    ],
    [
        "11",
        "开展科普惠民活动",
        "举办科技活动周、全国科普日等活动20场次,\n受益群众3万人次",
        "县科协\n县科技局\n各乡镇人民政府",
        "罗春梅",
        "2025.9.30",
        "",
    ],
    [
        "12",
        "争创省级创新型县",
        "全社会R&D经费投入强度达到1.5%,\n10月底前完成申报材料报送",
        "县科技局\n县统计局\n县发改委",
        "钟海明",
        "2025.10.31",
        "",
    ],
    ["", "", "", "", "", "", ""],
    [
        "填报单位：于都县科学技术局（盖章）",
        "",
        "",
        "填报人：谢丽娟",
        "",
        "联系电话：0797-6221735",
        "",
    ],
    ["说明：完成时限为“长期”“每季度”的事项，请于每季度末报送进展情况。", "", "", "", "", "", ""],
]


def _yudu_csv(path: Path) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(YUDU_ROWS)
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))


def main() -> None:
    _chongren_docx(DOCS / "heldout43-chongren-work-points.docx")
    _yichun_docx(DOCS / "heldout43-yichun-supervision-notice.docx")
    _plan_pdf(DOCS / "heldout43-province-enterprise-plan.pdf")
    _yudu_csv(DOCS / "heldout43-yudu-task-list.txt")


if __name__ == "__main__":
    main()
