"""Round 52: four held-out work plans and their gold ledgers, written blind.

Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round52_documents.py

The documents (written without looking at the extractor):

1. heldout52-yichun-pilot-base-plan.docx --
   宜春市概念验证中心和中试基地建设三年行动方案(2026—2028年), a city plan as the drafting
   office keeps it in Word (仿宋 body, 黑体 headings, 楷体 second-level leads, page number
   footer). 一、/(一) levels; 主要目标 under 二 with 到2028年 figures. Units written many
   ways: (责任单位:A、B,C,各县(市、区)人民政府;2026年10月底前完成首批认定),
   由A牵头,B、C配合。, (责任单位:A,B), A会同B…, (A、B按职责分工负责,持续推进),
   牵头单位:…;配合单位:…。完成时限:…, (A牵头,B、C配合), A牵头对…. Deadlines: 2026年10月底前,
   2026年底前, 此项工作长期坚持, 9月底前, 每季度/每年 recurrences.
2. heldout52-province-tech-manager-table.pdf --
   2026年全省技术经理人队伍建设和技术市场提升行动任务分解表, a provincial S&T department
   attachment printed from Word to PDF: landscape A4, "附件" mark, page numbers "— n —", a
   table 序号 | 重点任务 | 工作措施 | 预期目标 | 牵头单位 | 配合单位 | 完成时限 with group
   rows 一、… spanning the table. Time-limit cells: 2026年11月底前, 2026年12月31日前,
   持续推进, 2026年第三季度, 每年, 2026年9月, 每季度, 常态化, 2026年下半年.
3. heldout52-pingxiang-voucher-points-web.txt -- 2026年萍乡市科技创新券工作要点, copied from
   the city S&T bureau's website with the page chrome (navigation, 发布时间, notice head
   萍科字〔2026〕5号, signature, footer). 一、/1. levels; a 主要目标 paragraph before the
   first item (document-level targets); units as 〔责任单位:…〕,
   `市科技局牵头,市数据局配合。`, a one-office bracket `(市科技局)`, and a closing sentence of
   office names. Deadlines 3月底前, 上半年, 年内, 11月中旬前, 第三季度完成, 按季度.
4. heldout52-ganzhou-jiebang-ledger.txt --
   赣州经开区2027年度“揭榜挂帅”科技项目组织实施工作台账, an Excel task table saved as
   tab-separated text: title row, 填报单位 row, header 序号 工作环节 具体任务 量化指标
   牵头单位 配合单位 完成时限 备注, group rows 一、… in the first column. Time limits as
   spreadsheet cells: 2027.3.31, 2027/4/30, 2027.5, 7.31前, 常态化, 2027年11月中旬, 每季度,
   2027年底前, 2028年3月底前.

Annotation choices (where 0005's Output conventions are silent or I had to decide):

* Gold titles are the item's heading phrase (the words up to the first 。 for running-text
  items, the 重点任务/工作环节 cell for table rows, the heading for 一、 headings). Full-width
  brackets in numbers, titles and units are written half-width, as 0005 asks for numbers.
* A heading over sub-items (一、重点任务) has no units, deadline or targets of its own. A
  主要目标 heading whose paragraph carries the figures keeps them as its targets (the Yichun
  plan); a 目标 paragraph before the first numbered item is document-level (the Pingxiang
  points).
* Table group rows (一、壮大技术经理人队伍) are level-1 items numbered 一; rows under them
  level 2.
* `2026年下半年` (a time-limit cell) is read as the end of the half year: 2026-12-31.
* `11月中旬` in a time-limit cell without 前 is read as the limit 11-20 (中旬 → the 20th).
* A time-limit cell `每年` / `每季度` / `常态化` / `持续推进` is "ongoing".
* 保障措施 items with no office named get no units; `工作专班每季度召开一次调度会` makes the
  item ongoing; an item whose subject is an office (`市科技局牵头对…`) has that office as
  lead.
* A per-project rule in a 量化指标 cell (`单个项目榜额不低于200万元`) is a rule, not a target,
  like a subsidy cap (so is `每个项目配备1名项目专员`); a total to pay out in a year
  (`全年拨付…1500万元`) is a target.
* `兑付周期缩短至30日以内` and `申领审核时间压缩至5个工作日以内` are `<=` targets in 日 /
  个工作日.
* `张榜企业` / `各张榜企业` / `第三方评估机构` in a 配合单位 column are taken as units since
  the column names them so.
* `区党群工作部(人才办)` is one unit (the bracket is an alias).
* A one-time reward per recipient (`一次性奖励200万元`), a share granted (`10%给予补助`), a
  cap (`最高不超过100万元`, `最高50万元奖补`, `按…3%给予奖补`) are not targets.
* `技术合同成交额达到1800亿元` is `>=`; `全省技术转移机构突破300家` is `>`; `100人左右` is
  `=`."""

import json
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"


def T(subject, comparator, value, unit, kind="level", **extra):
    target = {
        "subject": subject,
        "comparator": comparator,
        "value": value,
        "unit": unit,
        "kind": kind,
    }
    target.update(extra)
    return target


def item(number, level, title, lead=(), assist=(), deadline=None, targets=(), children=()):
    return {
        "number": number,
        "level": level,
        "title": title,
        "lead_units": list(lead),
        "assisting_units": list(assist),
        "deadline": deadline,
        "targets": list(targets),
        "children": list(children),
    }


def write_gold(slug, title, items, targets=None):
    gold = {"title": title, "items": items}
    if targets:
        gold["targets"] = targets
    path = GOLD / f"heldout52-{slug}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# 1. Yichun: Word file as drafted
# ---------------------------------------------------------------------------------------------

YICHUN_TITLE = "宜春市概念验证中心和中试基地建设三年行动方案(2026—2028年)"

YICHUN_PREAMBLE = (
    "为深入贯彻落实省委、省政府关于加快科技成果转化的决策部署,打通科技成果从“实验室”走向“生产线”"
    "的关键环节,加快构建覆盖概念验证、中试熟化、产业化全链条的成果转化服务体系,根据《江西省促进科技"
    "成果转化条例》等有关规定,结合我市实际,制定本方案。"
)

YICHUN_BODY = [
    ("h1", "一、总体要求"),
    (
        "p",
        "以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大和二十届历次全会精神,聚焦锂电新能源、"
        "生物医药、先进装备制造、绿色食品等重点产业链,坚持政府引导、市场运作、开放共享,以概念验证中心"
        "和中试基地建设为抓手,着力破解科技成果转化“最初一公里”和“最后一公里”难题,为奋力打造全国锂电"
        "产业高地提供有力科技支撑。",
    ),
    ("h1", "二、主要目标"),
    (
        "p",
        "到2028年,全市概念验证和中试服务体系基本形成。建成市级以上概念验证中心12家以上,其中省级概念"
        "验证中心3家以上;建成市级以上中试基地20家,其中省级中试基地6家以上;累计开展概念验证项目150项"
        "以上,中试熟化科技成果300项以上,带动技术合同成交额突破80亿元。",
    ),
    ("h1", "三、重点任务"),
    (
        "h2",
        "(一)布局建设概念验证中心。",
        "依托宜春学院、江西应用技术职业学院等高校院所和新型研发机构、龙头企业,围绕锂电新能源、生物"
        "医药等产业链布局建设概念验证中心,提供技术可行性验证、原型制备、商业价值评估等服务。2026年"
        "新认定市级概念验证中心4家。(责任单位:市科技局、市教育局,宜春经开区管委会,各县(市、区)"
        "人民政府;2026年10月底前完成首批认定)",
    ),
    (
        "h2",
        "(二)建设行业中试基地。",
        "聚焦锂电新能源、生物医药、先进装备制造等重点产业链,支持链主企业开放自有中试线,建设一批面向"
        "行业的中试基地。2026年新建市级中试基地5家以上,力争新增省级中试基地1—2家。由市工信局牵头,"
        "市科技局、市发展改革委配合。2026年底前完成。",
    ),
    (
        "h2",
        "(三)推动科研设施开放共享。",
        "推动高校院所和企业的重点实验室、工程技术研究中心向概念验证中心、中试基地开放仪器设备,全市"
        "大型科研仪器开放共享率达到85%以上。此项工作长期坚持。(责任单位:市科技局,市市场监管局)",
    ),
    (
        "h2",
        "(四)组织概念验证项目遴选。",
        "市科技局会同市财政局于2026年6月底前出台概念验证项目管理办法,面向全市征集早期科技成果,组织"
        "专家开展技术、市场和投资可行性评估,每年遴选支持概念验证项目不少于30项。",
    ),
    (
        "h2",
        "(五)强化中试熟化资金支持。",
        "市财政每年安排概念验证和中试专项资金不低于3000万元,对新认定的省级中试基地给予一次性奖励200"
        "万元,对市级中试基地按其年度中试服务收入的10%给予补助,每家最高不超过100万元。(市财政局、"
        "市科技局按职责分工负责,持续推进)",
    ),
    (
        "h2",
        "(六)培育专业化服务机构。",
        "引进培育技术转移、检验检测和中试服务等专业机构,年底前全市中试服务机构达到25家,培育技术经理人"
        "100名以上。〔责任单位:市科技局、市市场监管局、市人社局〕",
    ),
    (
        "h2",
        "(七)拓宽多元化投融资渠道。",
        "引导市科创基金、天使投资基金投向概念验证和中试项目,设立规模不低于5亿元的科技成果转化子基金;"
        "推动银行机构开发“中试贷”等金融产品,全年为中试项目授信超过10亿元。牵头单位:市委金融办;配合"
        "单位:市财政局、人民银行宜春市分行、国家金融监督管理总局宜春监管分局。完成时限:2026年12月底前。",
    ),
    (
        "h2",
        "(八)建设中试公共服务平台。",
        "建设全市概念验证和中试资源“一张图”,归集中试设备、服务能力和企业需求信息,9月底前上线运行,"
        "归集中试设备1000台(套)以上。(牵头单位:市科技局,配合单位:市数据局)",
    ),
    (
        "h2",
        "(九)加强中试人才培育。",
        "依托宜春职业技术学院建设中试工程师实训基地,每年培训中试工程师、技术经理人300人次以上。"
        "(市人社局牵头,市教育局、市科技局配合)",
    ),
    ("h1", "四、保障措施"),
    (
        "h2",
        "(一)加强组织领导。",
        "成立由市政府分管领导任组长的概念验证和中试基地建设工作专班,专班办公室设在市科技局。工作专班"
        "每季度召开一次调度会,研究解决建设中的重大问题。",
    ),
    (
        "h2",
        "(二)强化考核评价。",
        "市科技局牵头对概念验证中心、中试基地每年开展一次绩效评价,评价结果与资金支持挂钩,对连续两年"
        "评价不合格的予以摘牌。",
    ),
    (
        "h2",
        "(三)营造良好氛围。",
        "加强政策解读和典型案例宣传,推广概念验证、中试熟化的好经验好做法,营造全社会支持科技成果转化的"
        "良好氛围。",
    ),
]

YICHUN_GOLD = [
    item("一", 1, "总体要求"),
    item(
        "二",
        1,
        "主要目标",
        targets=[
            T("市级以上概念验证中心", ">=", 12, "家"),
            T("省级概念验证中心", ">=", 3, "家"),
            T("市级以上中试基地", "=", 20, "家"),
            T("省级中试基地", ">=", 6, "家"),
            T("概念验证项目", ">=", 150, "项"),
            T("中试熟化科技成果", ">=", 300, "项"),
            T("技术合同成交额", ">", 80, "亿元"),
        ],
    ),
    item(
        "三",
        1,
        "重点任务",
        children=[
            item(
                "(一)",
                2,
                "布局建设概念验证中心",
                ["市科技局"],
                ["市教育局", "宜春经开区管委会", "各县(市、区)人民政府"],
                "2026-10-31",
                [T("市级概念验证中心", "=", 4, "家", "increment")],
            ),
            item(
                "(二)",
                2,
                "建设行业中试基地",
                ["市工信局"],
                ["市科技局", "市发展改革委"],
                "2026-12-31",
                [
                    T("市级中试基地", ">=", 5, "家", "increment"),
                    T("省级中试基地", ">=", 1, "家", "increment", max=2),
                ],
            ),
            item(
                "(三)",
                2,
                "推动科研设施开放共享",
                ["市科技局"],
                ["市市场监管局"],
                "ongoing",
                [T("大型科研仪器开放共享率", ">=", 85, "%")],
            ),
            item(
                "(四)",
                2,
                "组织概念验证项目遴选",
                ["市科技局"],
                ["市财政局"],
                "2026-06-30",
                [T("遴选支持概念验证项目", ">=", 30, "项")],
            ),
            item(
                "(五)",
                2,
                "强化中试熟化资金支持",
                ["市财政局"],
                ["市科技局"],
                "ongoing",
                [T("概念验证和中试专项资金", ">=", 3000, "万元")],
            ),
            item(
                "(六)",
                2,
                "培育专业化服务机构",
                ["市科技局"],
                ["市市场监管局", "市人社局"],
                "2026-12-31",
                [T("中试服务机构", ">=", 25, "家"), T("技术经理人", ">=", 100, "名")],
            ),
            item(
                "(七)",
                2,
                "拓宽多元化投融资渠道",
                ["市委金融办"],
                ["市财政局", "人民银行宜春市分行", "国家金融监督管理总局宜春监管分局"],
                "2026-12-31",
                [
                    T("科技成果转化子基金规模", ">=", 5, "亿元"),
                    T("为中试项目授信", ">", 10, "亿元"),
                ],
            ),
            item(
                "(八)",
                2,
                "建设中试公共服务平台",
                ["市科技局"],
                ["市数据局"],
                "2026-09-30",
                [T("归集中试设备", ">=", 1000, "台(套)")],
            ),
            item(
                "(九)",
                2,
                "加强中试人才培育",
                ["市人社局"],
                ["市教育局", "市科技局"],
                None,
                [T("培训中试工程师、技术经理人", ">=", 300, "人次")],
            ),
        ],
    ),
    item(
        "四",
        1,
        "保障措施",
        children=[
            item("(一)", 2, "加强组织领导", deadline="ongoing"),
            item("(二)", 2, "强化考核评价", ["市科技局"], deadline="ongoing"),
            item("(三)", 2, "营造良好氛围"),
        ],
    ),
]


def _font(run, name, size, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attr), name)


def _para(doc, indent=True):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.line_spacing = Pt(28)
    fmt.space_after = Pt(0)
    if indent:
        fmt.first_line_indent = Pt(32)
    return p


def make_yichun():
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(footer.add_run("— "), "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    footer._p.append(fld)
    _font(footer.add_run(" —"), "宋体", 14)

    title = _para(doc, indent=False)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(title.add_run("宜春市概念验证中心和中试基地建设三年行动方案"), "方正小标宋简体", 22)
    sub = _para(doc, indent=False)
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(sub.add_run("(2026—2028年)"), "楷体_GB2312", 16)
    _para(doc, indent=False)

    _font(_para(doc).add_run(YICHUN_PREAMBLE), "仿宋_GB2312", 16)
    for entry in YICHUN_BODY:
        kind = entry[0]
        p = _para(doc)
        if kind == "h1":
            _font(p.add_run(entry[1]), "黑体", 16)
        elif kind == "h2":
            _font(p.add_run(entry[1]), "楷体_GB2312", 16, bold=True)
            _font(p.add_run(entry[2]), "仿宋_GB2312", 16)
        else:
            _font(p.add_run(entry[1]), "仿宋_GB2312", 16)
    doc.save(DOCS / "heldout52-yichun-pilot-base-plan.docx")
    write_gold("yichun-pilot-base-plan", YICHUN_TITLE, YICHUN_GOLD)


# ---------------------------------------------------------------------------------------------
# 2. Province: task table printed to PDF
# ---------------------------------------------------------------------------------------------

PROVINCE_TITLE = "2026年全省技术经理人队伍建设和技术市场提升行动任务分解表"

# (number, task, measures, goal, lead, assist, limit)
PROVINCE_ROWS = [
    ("一、壮大技术经理人队伍",),
    (
        "1",
        "开展技术经理人分级培训",
        "依托国家技术转移人才培养基地(江西)开展初级、中级、高级技术经理人培训,推动培训学时纳入专业技术"
        "人员继续教育学时。",
        "全年培训技术经理人2000人次以上,其中中高级500人次以上。",
        "省科技厅",
        "省人力资源社会保障厅、省教育厅",
        "2026年11月底前",
    ),
    (
        "2",
        "完善技术经理人职称评价",
        "在自然科学研究系列增设技术经纪专业,制定评价标准,开展技术经纪专业职称评审。",
        "首批评审技术经纪专业职称100人左右。",
        "省人力资源社会保障厅",
        "省科技厅",
        "2026年12月31日前",
    ),
    (
        "3",
        "推行技术经理人驻企服务",
        "选派高校院所科技人员、技术经理人到企业担任“科技副总”,帮助企业梳理技术需求、对接创新资源。",
        "选派“科技副总”300名。",
        "省科技厅",
        "省委组织部、省教育厅、各设区市科技局",
        "持续推进",
    ),
    (
        "4",
        "建立全省技术经理人信息库",
        "实行技术经理人入库登记和动态管理,开展星级评价,评价结果向社会公开。",
        "入库技术经理人超过5000名。",
        "省科技厅",
        "各设区市科技局",
        "2026年6月底前",
    ),
    ("二、培育技术转移机构",),
    (
        "5",
        "建设高校院所技术转移机构",
        "推动省内高校、科研院所设立技术转移办公室,配备专职技术经理人,建立职务科技成果披露制度。",
        "本科高校技术转移机构覆盖率达到60%;新建省级技术转移示范机构10家。",
        "省教育厅",
        "省科技厅",
        "2026年第三季度",
    ),
    (
        "6",
        "培育市场化技术转移机构",
        "支持社会资本兴办技术转移服务机构,开展技术转移机构绩效评价,对评价优秀的机构给予最高50万元"
        "奖补。",
        "全省技术转移机构突破300家。",
        "省科技厅",
        "省财政厅",
        "每年",
    ),
    ("三、提升技术市场服务能级",),
    (
        "7",
        "升级江西省网上常设技术市场",
        "完善成果挂牌、竞价拍卖、在线签约等功能,推动与国家技术交易平台互联互通。",
        "挂牌科技成果3000项以上。",
        "省科技厅",
        "省发展改革委、省数据局",
        "2026年9月",
    ),
    (
        "8",
        "举办科技成果对接活动",
        "围绕重点产业链举办“科技成果进园区”“高校院所成果发布会”等对接活动,推动成果供需精准匹配。",
        "全年举办成果对接活动不少于50场。",
        "各设区市科技局",
        "省科技厅",
        "每季度",
    ),
    (
        "9",
        "规范技术合同认定登记",
        "加强技术合同登记点建设,开展技术合同登记人员培训,规范认定登记程序。",
        "技术合同成交额达到1800亿元;技术合同登记点新增5个。",
        "省科技厅",
        "省税务局、各设区市科技局",
        "2026年12月底前",
    ),
    (
        "10",
        "落实技术转让税收优惠",
        "落实技术转让所得减免企业所得税、技术开发合同免征增值税等优惠政策,做好政策宣传辅导。",
        "—",
        "省税务局",
        "省科技厅、省财政厅",
        "常态化",
    ),
    ("四、强化要素支撑",),
    (
        "11",
        "设立技术转移专项",
        "在省科技计划中设立技术转移专项,支持技术经理人参与成果转化项目,按技术合同实际成交额的3%给予"
        "奖补。",
        "支持技术转移项目30项。",
        "省科技厅",
        "省财政厅",
        "2026年10月底前",
    ),
    (
        "12",
        "推动高校专利转化运用",
        "开展高校和科研机构存量专利盘活专项行动,推动专利开放许可。",
        "高校院所专利转让许可数量增长20%以上。",
        "省知识产权局",
        "省教育厅、省科技厅",
        "2026年12月",
    ),
    (
        "13",
        "加强跨区域技术转移合作",
        "深化与长三角、粤港澳大湾区技术转移合作,在上海、深圳等地建设异地技术转移分中心。",
        "新建异地技术转移分中心3—5个。",
        "省科技厅",
        "赣江新区创新发展局、各设区市科技局",
        "2026年下半年",
    ),
]

PROVINCE_GOLD = [
    item(
        "一",
        1,
        "壮大技术经理人队伍",
        children=[
            item(
                "1",
                2,
                "开展技术经理人分级培训",
                ["省科技厅"],
                ["省人力资源社会保障厅", "省教育厅"],
                "2026-11-30",
                [
                    T("培训技术经理人", ">=", 2000, "人次"),
                    T("中高级技术经理人培训", ">=", 500, "人次"),
                ],
            ),
            item(
                "2",
                2,
                "完善技术经理人职称评价",
                ["省人力资源社会保障厅"],
                ["省科技厅"],
                "2026-12-31",
                [T("首批评审技术经纪专业职称", "=", 100, "人")],
            ),
            item(
                "3",
                2,
                "推行技术经理人驻企服务",
                ["省科技厅"],
                ["省委组织部", "省教育厅", "各设区市科技局"],
                "ongoing",
                [T("选派“科技副总”", "=", 300, "名")],
            ),
            item(
                "4",
                2,
                "建立全省技术经理人信息库",
                ["省科技厅"],
                ["各设区市科技局"],
                "2026-06-30",
                [T("入库技术经理人", ">", 5000, "名")],
            ),
        ],
    ),
    item(
        "二",
        1,
        "培育技术转移机构",
        children=[
            item(
                "5",
                2,
                "建设高校院所技术转移机构",
                ["省教育厅"],
                ["省科技厅"],
                "2026-09-30",
                [
                    T("本科高校技术转移机构覆盖率", ">=", 60, "%"),
                    T("省级技术转移示范机构", "=", 10, "家", "increment"),
                ],
            ),
            item(
                "6",
                2,
                "培育市场化技术转移机构",
                ["省科技厅"],
                ["省财政厅"],
                "ongoing",
                [T("全省技术转移机构", ">", 300, "家")],
            ),
        ],
    ),
    item(
        "三",
        1,
        "提升技术市场服务能级",
        children=[
            item(
                "7",
                2,
                "升级江西省网上常设技术市场",
                ["省科技厅"],
                ["省发展改革委", "省数据局"],
                "2026-09-30",
                [T("挂牌科技成果", ">=", 3000, "项")],
            ),
            item(
                "8",
                2,
                "举办科技成果对接活动",
                ["各设区市科技局"],
                ["省科技厅"],
                "ongoing",
                [T("成果对接活动", ">=", 50, "场")],
            ),
            item(
                "9",
                2,
                "规范技术合同认定登记",
                ["省科技厅"],
                ["省税务局", "各设区市科技局"],
                "2026-12-31",
                [
                    T("技术合同成交额", ">=", 1800, "亿元"),
                    T("技术合同登记点", "=", 5, "个", "increment"),
                ],
            ),
            item(
                "10",
                2,
                "落实技术转让税收优惠",
                ["省税务局"],
                ["省科技厅", "省财政厅"],
                "ongoing",
            ),
        ],
    ),
    item(
        "四",
        1,
        "强化要素支撑",
        children=[
            item(
                "11",
                2,
                "设立技术转移专项",
                ["省科技厅"],
                ["省财政厅"],
                "2026-10-31",
                [T("支持技术转移项目", "=", 30, "项")],
            ),
            item(
                "12",
                2,
                "推动高校专利转化运用",
                ["省知识产权局"],
                ["省教育厅", "省科技厅"],
                "2026-12-31",
                [T("高校院所专利转让许可数量", ">=", 20, "%", "increment")],
            ),
            item(
                "13",
                2,
                "加强跨区域技术转移合作",
                ["省科技厅"],
                ["赣江新区创新发展局", "各设区市科技局"],
                "2026-12-31",
                [T("异地技术转移分中心", ">=", 3, "个", "increment", max=5)],
            ),
        ],
    ),
]

PROVINCE_CSS = """
@page { size: A4 landscape; margin: 2.2cm 2cm 2cm 2cm;
  @bottom-center { content: "— " counter(page) " —";
    font-family: "Noto Serif CJK SC"; font-size: 11pt; } }
body { font-family: "Noto Serif CJK SC"; font-size: 11pt; }
.att { font-family: "Noto Sans CJK SC"; font-size: 15pt; }
h1 { text-align: center; font-size: 19pt; font-weight: bold; margin: 6pt 0 14pt 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6pt solid #000; padding: 4pt 5pt; vertical-align: middle; line-height: 1.45; }
th { font-family: "Noto Sans CJK SC"; font-weight: normal; text-align: center; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
td.c { text-align: center; }
td.group { font-family: "Noto Sans CJK SC"; font-weight: bold; }
"""


def make_province():
    from weasyprint import HTML

    rows = []
    for row in PROVINCE_ROWS:
        if len(row) == 1:
            rows.append(f'<tr><td class="group" colspan="7">{row[0]}</td></tr>')
            continue
        num, task, measures, goal, lead, assist, limit = row
        rows.append(
            f'<tr><td class="c">{num}</td><td>{task}</td><td>{measures}</td><td>{goal}</td>'
            f'<td class="c">{lead}</td><td class="c">{assist}</td><td class="c">{limit}</td></tr>'
        )
    html = f"""<html><head><meta charset="utf-8"><style>{PROVINCE_CSS}</style></head><body>
<div class="att">附件</div>
<h1>{PROVINCE_TITLE}</h1>
<table>
<colgroup><col style="width:5%"><col style="width:13%"><col style="width:30%">
<col style="width:20%"><col style="width:10%"><col style="width:13%">
<col style="width:9%"></colgroup>
<thead><tr><th>序号</th><th>重点任务</th><th>工作措施</th><th>预期目标</th><th>牵头单位</th>
<th>配合单位</th><th>完成时限</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
</body></html>"""
    HTML(string=html).write_pdf(DOCS / "heldout52-province-tech-manager-table.pdf")
    write_gold("province-tech-manager-table", PROVINCE_TITLE, PROVINCE_GOLD)


# ---------------------------------------------------------------------------------------------
# 3. Pingxiang: website text with chrome
# ---------------------------------------------------------------------------------------------

PINGXIANG_TITLE = "2026年萍乡市科技创新券工作要点"

PINGXIANG_TEXT = """萍乡市科学技术局
首页
机构概况
政务公开
政策文件
科技服务
互动交流
无障碍
长者模式
当前位置:首页 > 政务公开 > 政策文件

萍乡市科学技术局关于印发《2026年萍乡市科技创新券工作要点》的通知

发布时间:2026-02-18 10:26    来源:市科技局    浏览次数:
【字体:大 中 小】 打印

萍科字〔2026〕5号

各县(区)科技主管部门,萍乡经开区管委会,市直有关单位:

现将《2026年萍乡市科技创新券工作要点》印发给你们,请结合实际认真抓好落实。

萍乡市科学技术局
2026年2月16日

2026年萍乡市科技创新券工作要点

为进一步发挥科技创新券在降低企业创新成本、激发企业创新活力中的作用,推动科技创新券扩面、提质、增效,根据《萍乡市科技创新券管理办法》,制定本工作要点。

2026年全市科技创新券工作的主要目标是:全年发放科技创新券3000万元,兑付2000万元以上;服务科技型中小企业800家以上,新增申领企业200家;创新券使用率达到75%。

一、扩大创新券覆盖面

1.扩大支持对象。3月底前修订出台《萍乡市科技创新券管理实施细则》,将支持对象由科技型中小企业扩大到高新技术企业、专精特新中小企业和创新型中小企业。〔责任单位:市科技局、市财政局〕

2.拓展服务范围。在研发设计、检验检测、技术转移、知识产权等服务基础上,新增概念验证、中试熟化、科技咨询3类服务事项,年内入驻服务机构达到120家以上。〔责任单位:市科技局、市市场监管局〕

3.推动跨区域通用通兑。主动对接长株潭地区,推动萍乡与长沙、株洲、湘潭等地科技创新券互认互通,上半年签订合作协议。〔责任单位:市科技局,萍乡经开区管委会〕

二、优化申领兑付流程

4.推行“即申即用”。依托萍乡市科技创新券服务平台,实行企业网上申领、在线签约、线上兑付,申领审核时间压缩至5个工作日以内。市科技局牵头,市数据局配合。

5.加快兑付进度。按季度集中兑付创新券,兑付周期缩短至30日以内。〔责任单位:市财政局、市科技局〕

6.精简申领材料。取消申领环节纸质材料,企业凭营业执照和服务合同即可在线申领,4月底前完成服务平台改造。(市科技局)

三、加强服务机构管理

7.规范服务机构入库。实行服务机构入库备案和动态调整,每半年发布一次服务机构名录。〔责任单位:市科技局〕

8.开展服务绩效评价。对服务机构开展年度服务绩效评价,评价结果分为优秀、良好、合格、不合格四个等次,对评价不合格的机构予以清退。11月中旬前完成2026年度评价工作。〔责任单位:市科技局〕

9.严防虚假交易。联合开展创新券使用专项检查,抽查申领企业不少于50家,严肃查处虚假交易、套取资金等行为,第三季度完成。〔责任单位:市科技局、市财政局、市审计局〕

四、强化宣传推广

10.开展政策宣讲。组织创新券政策宣讲进园区、进企业活动,全年不少于20场,覆盖企业1000家次以上。各县(区)科技主管部门、萍乡经开区管委会。

11.推广典型案例。遴选创新券使用典型案例10个,通过市政府网站、萍乡日报等媒体宣传推广,12月底前完成。〔责任单位:市科技局、市委宣传部〕

附件:萍乡市科技创新券服务机构名录(第一批).xls

相关链接:
江西省人民政府 萍乡市人民政府 江西省科学技术厅

主办单位:萍乡市科学技术局  承办单位:萍乡市科学技术局办公室
网站标识码:3603000012  赣ICP备05001234号  赣公网安备36030202000123号
"""

PINGXIANG_TARGETS = [
    T("发放科技创新券", "=", 3000, "万元"),
    T("科技创新券兑付", ">=", 2000, "万元"),
    T("服务科技型中小企业", ">=", 800, "家"),
    T("申领企业", "=", 200, "家", "increment"),
    T("创新券使用率", ">=", 75, "%"),
]

PINGXIANG_GOLD = [
    item(
        "一",
        1,
        "扩大创新券覆盖面",
        children=[
            item("1", 2, "扩大支持对象", ["市科技局"], ["市财政局"], "2026-03-31"),
            item(
                "2",
                2,
                "拓展服务范围",
                ["市科技局"],
                ["市市场监管局"],
                "2026-12-31",
                [
                    T("服务事项", "=", 3, "类", "increment"),
                    T("入驻服务机构", ">=", 120, "家"),
                ],
            ),
            item("3", 2, "推动跨区域通用通兑", ["市科技局"], ["萍乡经开区管委会"], "2026-06-30"),
        ],
    ),
    item(
        "二",
        1,
        "优化申领兑付流程",
        children=[
            item(
                "4",
                2,
                "推行“即申即用”",
                ["市科技局"],
                ["市数据局"],
                None,
                [T("申领审核时间", "<=", 5, "个工作日")],
            ),
            item(
                "5",
                2,
                "加快兑付进度",
                ["市财政局"],
                ["市科技局"],
                "ongoing",
                [T("兑付周期", "<=", 30, "日")],
            ),
            item("6", 2, "精简申领材料", ["市科技局"], [], "2026-04-30"),
        ],
    ),
    item(
        "三",
        1,
        "加强服务机构管理",
        children=[
            item("7", 2, "规范服务机构入库", ["市科技局"], [], "ongoing"),
            item("8", 2, "开展服务绩效评价", ["市科技局"], [], "2026-11-20"),
            item(
                "9",
                2,
                "严防虚假交易",
                ["市科技局"],
                ["市财政局", "市审计局"],
                "2026-09-30",
                [T("抽查申领企业", ">=", 50, "家")],
            ),
        ],
    ),
    item(
        "四",
        1,
        "强化宣传推广",
        children=[
            item(
                "10",
                2,
                "开展政策宣讲",
                ["各县(区)科技主管部门"],
                ["萍乡经开区管委会"],
                None,
                [
                    T("政策宣讲活动", ">=", 20, "场"),
                    T("覆盖企业", ">=", 1000, "家次"),
                ],
            ),
            item(
                "11",
                2,
                "推广典型案例",
                ["市科技局"],
                ["市委宣传部"],
                "2026-12-31",
                [T("创新券使用典型案例", "=", 10, "个")],
            ),
        ],
    ),
]


def make_pingxiang():
    (DOCS / "heldout52-pingxiang-voucher-points-web.txt").write_text(
        PINGXIANG_TEXT, encoding="utf-8"
    )
    write_gold("pingxiang-voucher-points-web", PINGXIANG_TITLE, PINGXIANG_GOLD, PINGXIANG_TARGETS)


# ---------------------------------------------------------------------------------------------
# 4. Ganzhou development zone: spreadsheet ledger saved as tab-separated text
# ---------------------------------------------------------------------------------------------

GANZHOU_TITLE = "赣州经开区2027年度“揭榜挂帅”科技项目组织实施工作台账"

# 序号 工作环节 具体任务 量化指标 牵头单位 配合单位 完成时限 备注
GANZHOU_ROWS = [
    ["一、需求征集与榜单发布"],
    [
        "1",
        "征集企业技术需求",
        "面向区内规上工业企业、高新技术企业开展关键核心技术难题征集,逐家走访核实需求",
        "征集技术需求不少于60项",
        "区科技创新局",
        "区经济发展局、各产业园区",
        "2027.3.31",
        "",
    ],
    [
        "2",
        "凝练发布榜单",
        "组织行业专家对需求进行论证,确定揭榜项目榜单并向社会公开发布",
        "发布榜单项目15项以上,单个项目榜额不低于200万元",
        "区科技创新局",
        "区经济发展局",
        "2027/4/30",
        "",
    ],
    [
        "3",
        "开展全球揭榜对接",
        "通过江西省网上常设技术市场等平台发布榜单,面向国内外高校院所和企业征集揭榜方",
        "对接高校院所30家以上",
        "区科技创新局",
        "区招商局",
        "2027.5",
        "",
    ],
    ["二、揭榜评审与立项"],
    [
        "4",
        "组织揭榜评审",
        "采取“赛马制”等方式,组织技术、财务、法律专家开展答辩评审,择优确定揭榜方",
        "完成揭榜评审项目12项",
        "区科技创新局",
        "区财政金融局",
        "2027.6.30",
        "",
    ],
    [
        "5",
        "签订揭榜任务书",
        "张榜方、揭榜方和管理方签订三方任务书,明确考核指标和经费拨付节点",
        "任务书签订率100%",
        "区科技创新局",
        "张榜企业",
        "7.31前",
        "",
    ],
    [
        "6",
        "拨付首期项目经费",
        "按任务书约定拨付首期财政资金,首期拨付不超过支持额度的50%",
        "全年拨付揭榜挂帅项目资金1500万元",
        "区财政金融局",
        "区科技创新局",
        "2027.8.31",
        "含2026年结转项目",
    ],
    ["三、过程管理与验收"],
    [
        "7",
        "建立项目专员制度",
        "每个项目配备1名项目专员,实行“一项目一专班”跟踪服务",
        "—",
        "区科技创新局",
        "",
        "常态化",
        "",
    ],
    [
        "8",
        "开展中期检查",
        "对立项满6个月的项目开展中期评估,评估不合格的暂停拨付后续资金",
        "中期检查覆盖率100%",
        "区科技创新局",
        "区财政金融局、第三方评估机构",
        "2027年11月中旬",
        "",
    ],
    [
        "9",
        "调度项目进展",
        "按月收集项目进展,召开揭榜项目推进会,协调解决项目实施困难",
        "—",
        "区科技创新局",
        "各张榜企业",
        "每季度",
        "",
    ],
    [
        "10",
        "组织结题验收",
        "对到期项目组织结题验收,验收结果与后续支持挂钩",
        "完成验收项目8项",
        "区科技创新局",
        "区财政金融局",
        "2027/12/31",
        "",
    ],
    ["四、成果转化与政策保障"],
    [
        "11",
        "推动成果就地转化",
        "支持揭榜项目成果在区内产业化,对实现产业化的项目优先推荐申报省重大科技专项",
        "带动企业新增产值超过5亿元",
        "区经济发展局",
        "区科技创新局",
        "2027年底前",
        "",
    ],
    [
        "12",
        "落实人才支持政策",
        "对揭榜团队引进的高层次人才,落实住房保障、子女入学等支持政策",
        "引进揭榜团队高层次人才20名",
        "区党群工作部(人才办)",
        "区社会事业局",
        "2027.10",
        "",
    ],
    [
        "13",
        "开展资金绩效评价",
        "对揭榜挂帅项目财政资金使用情况开展绩效评价,形成评价报告",
        "—",
        "区财政金融局",
        "区科技创新局、区审计局",
        "2028年3月底前",
        "",
    ],
]

GANZHOU_GOLD = [
    item(
        "一",
        1,
        "需求征集与榜单发布",
        children=[
            item(
                "1",
                2,
                "征集企业技术需求",
                ["区科技创新局"],
                ["区经济发展局", "各产业园区"],
                "2027-03-31",
                [T("征集技术需求", ">=", 60, "项")],
            ),
            item(
                "2",
                2,
                "凝练发布榜单",
                ["区科技创新局"],
                ["区经济发展局"],
                "2027-04-30",
                [T("发布榜单项目", ">=", 15, "项")],
            ),
            item(
                "3",
                2,
                "开展全球揭榜对接",
                ["区科技创新局"],
                ["区招商局"],
                "2027-05-31",
                [T("对接高校院所", ">=", 30, "家")],
            ),
        ],
    ),
    item(
        "二",
        1,
        "揭榜评审与立项",
        children=[
            item(
                "4",
                2,
                "组织揭榜评审",
                ["区科技创新局"],
                ["区财政金融局"],
                "2027-06-30",
                [T("完成揭榜评审项目", "=", 12, "项")],
            ),
            item(
                "5",
                2,
                "签订揭榜任务书",
                ["区科技创新局"],
                ["张榜企业"],
                "2027-07-31",
                [T("任务书签订率", "=", 100, "%")],
            ),
            item(
                "6",
                2,
                "拨付首期项目经费",
                ["区财政金融局"],
                ["区科技创新局"],
                "2027-08-31",
                [T("拨付揭榜挂帅项目资金", "=", 1500, "万元")],
            ),
        ],
    ),
    item(
        "三",
        1,
        "过程管理与验收",
        children=[
            item("7", 2, "建立项目专员制度", ["区科技创新局"], [], "ongoing"),
            item(
                "8",
                2,
                "开展中期检查",
                ["区科技创新局"],
                ["区财政金融局", "第三方评估机构"],
                "2027-11-20",
                [T("中期检查覆盖率", "=", 100, "%")],
            ),
            item("9", 2, "调度项目进展", ["区科技创新局"], ["各张榜企业"], "ongoing"),
            item(
                "10",
                2,
                "组织结题验收",
                ["区科技创新局"],
                ["区财政金融局"],
                "2027-12-31",
                [T("完成验收项目", "=", 8, "项")],
            ),
        ],
    ),
    item(
        "四",
        1,
        "成果转化与政策保障",
        children=[
            item(
                "11",
                2,
                "推动成果就地转化",
                ["区经济发展局"],
                ["区科技创新局"],
                "2027-12-31",
                [T("带动企业新增产值", ">", 5, "亿元", "increment")],
            ),
            item(
                "12",
                2,
                "落实人才支持政策",
                ["区党群工作部(人才办)"],
                ["区社会事业局"],
                "2027-10-31",
                [T("引进揭榜团队高层次人才", "=", 20, "名", "increment")],
            ),
            item(
                "13",
                2,
                "开展资金绩效评价",
                ["区财政金融局"],
                ["区科技创新局", "区审计局"],
                "2028-03-31",
            ),
        ],
    ),
]


def make_ganzhou():
    width = 8
    lines = [GANZHOU_TITLE + "\t" * (width - 1)]
    lines.append("填报单位:赣州经开区科技创新局(盖章)\t\t\t\t\t填报日期:2026年12月10日\t\t")
    lines.append("序号\t工作环节\t具体任务\t量化指标\t牵头单位\t配合单位\t完成时限\t备注")
    for row in GANZHOU_ROWS:
        cells = list(row) + [""] * (width - len(row))
        lines.append("\t".join(cells))
    lines.append("注:各责任单位于每季度末最后5个工作日内报送工作进展。" + "\t" * (width - 1))
    text = "\r\n".join(lines) + "\r\n"
    (DOCS / "heldout52-ganzhou-jiebang-ledger.txt").write_text(text, encoding="utf-8")
    write_gold("ganzhou-jiebang-ledger", GANZHOU_TITLE, GANZHOU_GOLD)


def main():
    make_yichun()
    make_province()
    make_pingxiang()
    make_ganzhou()


if __name__ == "__main__":
    main()
