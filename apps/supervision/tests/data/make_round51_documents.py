"""Round 51: four held-out work plans and their gold ledgers, written blind.

Run from the repository root:

    .venv/bin/python apps/supervision/tests/data/make_round51_documents.py

It writes the four documents under ``apps/supervision/tests/data/docs/`` and the gold
ledger of each under ``apps/supervision/tests/data/gold/``. The gold was annotated by hand
from the text below (each item's annotation sits next to its text), following the output
conventions of decision 0005; nothing was checked against the extractor.

Documents
---------
* ``heldout51-ganzhou-rare-earth-points.docx`` — 赣州市稀土产业发展领导小组办公室,
  《赣州市2025年稀土与有色金属新材料产业高质量发展工作要点》: a Word file an office
  drafts (仿宋 body, 黑体 headings, 楷体 second level), 一、/1. numbering, a 主要目标
  paragraph before the first heading, units in 〔责任单位:…〕 at the end of each point and
  once as ``由A牵头,B、C配合。``; deadlines 年底前 / 6月底前 / 上半年 / 10月底前, one
  常态化 task.
* ``heldout51-jingdezhen-ceramic-table.pdf`` — 景德镇市科学技术局,
  《景德镇市2025年陶瓷产业科技创新重点任务分解表》: a landscape A4 PDF printed from Word
  (page header with the issuer, ``— n —`` page numbers), one table 序号 | 重点任务 |
  工作内容及目标 | 牵头单位 | 配合单位 | 完成时限 with task-group rows 一、…四、.
* ``heldout51-jiangxi-aviation-action-web.txt`` — 江西省人民政府办公厅 notice issuing
  《江西省航空产业高质量发展三年行动计划(2024—2026年)》, copied from the provincial
  government website with its chrome (breadcrumbs, 字号, 打印本页). Units in
  (责任单位:…), (牵头单位:…;配合单位:…), ``由A牵头,B配合。`` and ``由A负责,B配合``;
  targets with 突破, 以上, 提高到, 左右; a 2024—2026年 span and a 2025年底前 limit.
* ``heldout51-nanchang-vr-ledger.txt`` — 南昌市虚拟现实产业发展领导小组办公室,
  《南昌市2025年虚拟现实(VR)产业发展重点工作台账》: a spreadsheet saved as tab-separated
  text, columns 序号 | 任务类别 | 工作任务 | 量化指标 | 牵头单位 | 配合单位 | 完成时限 |
  备注, the category written only on its first row (merged cells), spreadsheet dates
  (2025/12/31, 2025.10, 12.31前, 2025.6.30), 长期 and 每季度末.

Annotation choices (where 0005's output conventions are silent)
---------------------------------------------------------------
* ``title`` of a numbered point is its printed heading (the first sentence up to 。 when the
  point opens with a bold heading sentence); of a table row, the 重点任务/工作任务 cell.
* A table's task-group row (一、创新平台建设 / the merged 任务类别 cell) is a level-1 item;
  a printed 一、 keeps its number, a category cell without one has number ``""``. The rows
  under it are its level-2 children and keep their 序号.
* Headings such as 一、发展目标 / 二、主要任务 / 三、保障措施 are items; 发展目标's figures are
  that item's targets (they follow a heading, so they are not document-level). The rare-earth
  plan's 主要目标 paragraph stands before the first heading, so its figures are the
  top-level ``targets``.
* 到2026年 in the aviation plan is the targets' horizon, never a deadline; ``2024—2026年滚动实施``
  is read as the span's last year's end (2026-12-31).
* The issuer's notice text, signature and date in the web page are not items.
* 培育…家 / 打造…个 / 建设…个 / 评选…名 are ``level`` (they are not in the increment list);
  引进培育 contains 引进 and is ``increment``.
* ``每年培养…人以上`` is a yearly quota: a target, not an ongoing deadline.
* A VR row whose 完成时限 cell is 每季度末 and whose 量化指标 cell says 年底前完成 takes
  the dated limit (2025-12-31); a 每季度末 row with no dated limit is ``"ongoing"``.
* 2025.9 / 2025.10 / 2025.12 (month only) are that month's last day.
* 市市场监管局(市知识产权局) keeps its alias as one unit.
* 南昌市、景德镇市人民政府 and 崇义县、大余县人民政府 are each two 人民政府.
* The subject of a target is the thing counted, in the document's words, without the
  comparator and figure.
"""

import json
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

DATA = Path(__file__).resolve().parent
DOCS = DATA / "docs"
GOLD = DATA / "gold"


def T(subject, comparator, value, unit, kind="level", max_value=None):
    target = {
        "subject": subject,
        "comparator": comparator,
        "value": value,
        "unit": unit,
        "kind": kind,
    }
    if max_value is not None:
        target["max"] = max_value
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


def write_gold(slug, gold):
    path = GOLD / f"heldout51-{slug}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# 1. 赣州 rare earth work points (.docx)
# ---------------------------------------------------------------------------

GZ_TITLE = "赣州市2025年稀土与有色金属新材料产业高质量发展工作要点"

GZ_INTRO = (
    "为深入贯彻落实国务院《关于新时代支持革命老区振兴发展的意见》和省委、省政府关于做优做强"
    "稀土产业的决策部署,加快建设具有全球影响力的稀土和有色金属新材料产业集群,结合我市实际,"
    "制定本工作要点。"
)

GZ_GOALS = (
    "2025年主要目标:全市稀土和有色金属新材料产业营业收入突破2600亿元,规模以上企业达到"
    "520家,稀土新材料产业营业收入增长12%以上,产业研发投入强度达到2.5%。"
)

GZ_SECTIONS = [
    (
        "一、强化资源保障和绿色开发",
        [
            (
                "1.推进稀土资源绿色开发。",
                "严格落实稀土开采总量控制指标,推动离子型稀土矿山采用原地浸矿绿色开采工艺,"
                "年内新建绿色矿山3座,年底前完成全市稀土矿山规范整合。"
                "〔责任单位:市自然资源局、市生态环境局、中国稀土集团有限公司〕",
                item(
                    "1",
                    2,
                    "推进稀土资源绿色开发",
                    ["市自然资源局"],
                    ["市生态环境局", "中国稀土集团有限公司"],
                    "2025-12-31",
                    [T("绿色矿山", "=", 3, "座", "increment")],
                ),
            ),
            (
                "2.加强历史遗留矿山生态修复。",
                "统筹推进废弃稀土矿山地质环境治理和水土流失综合治理,11月底前完成废弃稀土矿山"
                "治理面积1.2万亩以上,确保寻乌、定南等重点区域水质稳定达标。"
                "〔责任单位:市生态环境局、市自然资源局、市水利局,各相关县(市、区)人民政府〕",
                item(
                    "2",
                    2,
                    "加强历史遗留矿山生态修复",
                    ["市生态环境局"],
                    ["市自然资源局", "市水利局", "各相关县(市、区)人民政府"],
                    "2025-11-30",
                    [T("废弃稀土矿山治理面积", ">=", 12000, "亩")],
                ),
            ),
            (
                "3.规范稀土市场流通秩序。",
                "常态化开展打击稀土非法开采、非法冶炼分离和违法违规流通专项行动,落实稀土产品"
                "追溯管理,严厉查处违法违规行为。"
                "〔责任单位:市工信局、市公安局、市市场监管局、赣州海关〕",
                item(
                    "3",
                    2,
                    "规范稀土市场流通秩序",
                    ["市工信局"],
                    ["市公安局", "市市场监管局", "赣州海关"],
                    "ongoing",
                ),
            ),
        ],
    ),
    (
        "二、提升科技创新平台能级",
        [
            (
                "4.建设国家稀土功能材料创新中心。",
                "支持国家稀土功能材料创新中心开展稀土永磁、发光、催化等关键共性技术攻关,"
                "承担国家级科技项目5项以上,推动创新中心实体化运行。"
                "〔责任单位:市科技局、市工信局,赣州高新区管委会〕",
                item(
                    "4",
                    2,
                    "建设国家稀土功能材料创新中心",
                    ["市科技局"],
                    ["市工信局", "赣州高新区管委会"],
                    None,
                    [T("承担国家级科技项目", ">=", 5, "项")],
                ),
            ),
            (
                "5.推进中国科学院赣江创新研究院建设。",
                "加快研究院二期工程建设,6月底前完成主体工程验收;推动研究院科技成果在赣州"
                "转化落地,全年转化科技成果20项。由市科技局牵头,市财政局、章贡区人民政府配合。",
                item(
                    "5",
                    2,
                    "推进中国科学院赣江创新研究院建设",
                    ["市科技局"],
                    ["市财政局", "章贡区人民政府"],
                    "2025-06-30",
                    [T("转化科技成果", "=", 20, "项")],
                ),
            ),
            (
                "6.培育企业研发机构。",
                "支持龙头企业建设企业技术中心、工程研究中心和重点实验室,新认定省级以上企业研发"
                "机构8家,规上稀土企业研发机构覆盖率达到60%。"
                "〔责任单位:市发改委、市工信局、市科技局〕",
                item(
                    "6",
                    2,
                    "培育企业研发机构",
                    ["市发改委"],
                    ["市工信局", "市科技局"],
                    None,
                    [
                        T("省级以上企业研发机构", "=", 8, "家", "increment"),
                        T("规上稀土企业研发机构覆盖率", ">=", 60, "%"),
                    ],
                ),
            ),
        ],
    ),
    (
        "三、延伸新材料产业链条",
        [
            (
                "7.做强稀土永磁材料产业。",
                "推动高性能钕铁硼永磁材料扩能提质,稀土永磁材料产能达到8万吨,高性能钕铁硼"
                "磁材产量增长15%,加快永磁电机在新能源汽车、风电等领域推广应用。"
                "〔责任单位:市工信局,赣州经开区管委会、龙南经开区管委会〕",
                item(
                    "7",
                    2,
                    "做强稀土永磁材料产业",
                    ["市工信局"],
                    ["赣州经开区管委会", "龙南经开区管委会"],
                    None,
                    [
                        T("稀土永磁材料产能", ">=", 80000, "吨"),
                        T("高性能钕铁硼磁材产量增长", "=", 15, "%", "increment"),
                    ],
                ),
            ),
            (
                "8.发展钨和有色金属精深加工。",
                "围绕硬质合金、钨丝、铜箔等细分领域精准招商,引进钨、铜精深加工项目10个以上,"
                "钨产业营业收入达到300亿元。"
                "〔责任单位:市商务局、市工信局,崇义县、大余县人民政府〕",
                item(
                    "8",
                    2,
                    "发展钨和有色金属精深加工",
                    ["市商务局"],
                    ["市工信局", "崇义县人民政府", "大余县人民政府"],
                    None,
                    [
                        T("钨、铜精深加工项目", ">=", 10, "个", "increment"),
                        T("钨产业营业收入", ">=", 300, "亿元"),
                    ],
                ),
            ),
            (
                "9.推进稀土资源循环利用。",
                "规范废旧稀土永磁材料回收网络,支持龙南、信丰建设稀土资源综合利用基地,"
                "废旧磁材回收利用量达到1.5万吨。"
                "〔责任单位:市发改委、市工信局、市商务局〕",
                item(
                    "9",
                    2,
                    "推进稀土资源循环利用",
                    ["市发改委"],
                    ["市工信局", "市商务局"],
                    None,
                    [T("废旧磁材回收利用量", ">=", 15000, "吨")],
                ),
            ),
        ],
    ),
    (
        "四、优化产业发展生态",
        [
            (
                "10.加大金融支持力度。",
                "上半年设立规模不低于20亿元的稀土新材料产业投资基金,引导社会资本投向稀土"
                "精深加工和应用项目。"
                "〔责任单位:市财政局、市金融工作局、市国资委〕",
                item(
                    "10",
                    2,
                    "加大金融支持力度",
                    ["市财政局"],
                    ["市金融工作局", "市国资委"],
                    "2025-06-30",
                    [T("稀土新材料产业投资基金规模", ">=", 20, "亿元")],
                ),
            ),
            (
                "11.强化产业人才支撑。",
                "依托江西理工大学、中国科学院赣江创新研究院,引进稀土领域高层次人才50名以上,"
                "培养产业技能人才2000人。"
                "〔责任单位:市委人才办、市人社局、市科技局〕",
                item(
                    "11",
                    2,
                    "强化产业人才支撑",
                    ["市委人才办"],
                    ["市人社局", "市科技局"],
                    None,
                    [
                        T("稀土领域高层次人才", ">=", 50, "名", "increment"),
                        T("培养产业技能人才", "=", 2000, "人"),
                    ],
                ),
            ),
            (
                "12.办好稀土产业发展论坛。",
                "10月底前举办中国(赣州)稀土产业发展论坛,签约项目30个以上,签约金额超过200亿元。"
                "〔责任单位:市稀土办、市贸促会〕",
                item(
                    "12",
                    2,
                    "办好稀土产业发展论坛",
                    ["市稀土办"],
                    ["市贸促会"],
                    "2025-10-31",
                    [
                        T("签约项目", ">=", 30, "个"),
                        T("签约金额", ">", 200, "亿元"),
                    ],
                ),
            ),
        ],
    ),
]

GZ_GOLD = {
    "title": GZ_TITLE,
    "targets": [
        T("稀土和有色金属新材料产业营业收入", ">", 2600, "亿元"),
        T("规模以上企业", ">=", 520, "家"),
        T("稀土新材料产业营业收入增长", ">=", 12, "%", "increment"),
        T("产业研发投入强度", ">=", 2.5, "%"),
    ],
    "items": [
        item(
            heading.split("、", 1)[0],
            1,
            heading.split("、", 1)[1],
            children=[gold for _, _, gold in points],
        )
        for heading, points in GZ_SECTIONS
    ],
}


def _font(run, name, size):
    run.font.name = name
    run.font.size = Pt(size)
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)


def make_ganzhou():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "仿宋_GB2312"
    style.font.size = Pt(16)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run(GZ_TITLE), "方正小标宋简体", 22)

    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    _font(p.add_run(GZ_INTRO), "仿宋_GB2312", 16)

    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    _font(p.add_run(GZ_GOALS), "仿宋_GB2312", 16)

    for heading, points in GZ_SECTIONS:
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        _font(p.add_run(heading), "黑体", 16)
        for head, body, _ in points:
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(32)
            r = p.add_run(head)
            _font(r, "楷体_GB2312", 16)
            r.bold = True
            _font(p.add_run(body), "仿宋_GB2312", 16)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(p.add_run("赣州市稀土产业发展领导小组办公室"), "仿宋_GB2312", 16)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(p.add_run("2025年2月18日"), "仿宋_GB2312", 16)

    doc.save(DOCS / "heldout51-ganzhou-rare-earth-points.docx")
    write_gold("ganzhou-rare-earth-points", GZ_GOLD)


# ---------------------------------------------------------------------------
# 2. 景德镇 ceramic innovation task table (.pdf, landscape)
# ---------------------------------------------------------------------------

JDZ_TITLE = "景德镇市2025年陶瓷产业科技创新重点任务分解表"

# (序号, 重点任务, 工作内容及目标, 牵头单位, 配合单位, 完成时限, gold)
JDZ_GROUPS = [
    (
        "一、创新平台建设",
        [
            (
                "1",
                "国家日用及建筑陶瓷工程技术研究中心提质增效",
                "推动工程中心围绕陶瓷原料标准化、低温快烧、3D打印成型开展共性技术攻关,"
                "全年攻克关键技术5项以上。",
                "市科技局",
                "景德镇陶瓷大学、市工信局",
                "2025年12月底",
                item(
                    "1",
                    2,
                    "国家日用及建筑陶瓷工程技术研究中心提质增效",
                    ["市科技局"],
                    ["景德镇陶瓷大学", "市工信局"],
                    "2025-12-31",
                    [T("攻克关键技术", ">=", 5, "项")],
                ),
            ),
            (
                "2",
                "建设先进陶瓷中试基地",
                "在高新区建成先进陶瓷中试基地并投入运营,为企业提供中试熟化、检验检测服务,"
                "服务企业不少于40家。",
                "高新区管委会",
                "市科技局、市发改委",
                "2025年9月底前",
                item(
                    "2",
                    2,
                    "建设先进陶瓷中试基地",
                    ["高新区管委会"],
                    ["市科技局", "市发改委"],
                    "2025-09-30",
                    [T("服务企业", ">=", 40, "家")],
                ),
            ),
            (
                "3",
                "强化陶瓷知识产权保护",
                "推进国家级陶瓷知识产权快速维权中心建设,新增陶瓷领域发明专利授权150件,"
                "开展陶瓷外观设计侵权专项整治。",
                "市市场监管局(市知识产权局)",
                "市科技局、市公安局",
                "持续推进",
                item(
                    "3",
                    2,
                    "强化陶瓷知识产权保护",
                    ["市市场监管局(市知识产权局)"],
                    ["市科技局", "市公安局"],
                    "ongoing",
                    [T("陶瓷领域发明专利授权", "=", 150, "件", "increment")],
                ),
            ),
        ],
    ),
    (
        "二、创新主体培育",
        [
            (
                "4",
                "陶瓷高新技术企业培育",
                "建立陶瓷科技型企业梯次培育库,陶瓷领域高新技术企业达到120家,其中新认定25家。",
                "市科技局",
                "市税务局、各县(市、区)人民政府",
                "2025年11月",
                item(
                    "4",
                    2,
                    "陶瓷高新技术企业培育",
                    ["市科技局"],
                    ["市税务局", "各县(市、区)人民政府"],
                    "2025-11-30",
                    [
                        T("陶瓷领域高新技术企业", ">=", 120, "家"),
                        T("新认定高新技术企业", "=", 25, "家", "increment"),
                    ],
                ),
            ),
            (
                "5",
                "专精特新企业梯度培育",
                "培育省级专精特新中小企业15家以上,争创国家级专精特新“小巨人”企业。",
                "市工信局",
                "市科技局",
                "2025年12月31日",
                item(
                    "5",
                    2,
                    "专精特新企业梯度培育",
                    ["市工信局"],
                    ["市科技局"],
                    "2025-12-31",
                    [T("省级专精特新中小企业", ">=", 15, "家")],
                ),
            ),
            (
                "6",
                "壮大陶瓷龙头企业",
                "支持骨干企业兼并重组、上市融资,营业收入超10亿元的陶瓷企业达到3家。",
                "市工信局",
                "市国资委、珠山区人民政府、昌江区人民政府",
                "年底前",
                item(
                    "6",
                    2,
                    "壮大陶瓷龙头企业",
                    ["市工信局"],
                    ["市国资委", "珠山区人民政府", "昌江区人民政府"],
                    "2025-12-31",
                    [T("营业收入超10亿元的陶瓷企业", ">=", 3, "家")],
                ),
            ),
        ],
    ),
    (
        "三、数字化转型与跨界融合",
        [
            (
                "7",
                "陶瓷生产线智能化改造",
                "推广智能窑炉、自动施釉等装备,完成陶瓷生产线智能化改造20条。",
                "市工信局",
                "市发改委、浮梁县人民政府",
                "10月底前",
                item(
                    "7",
                    2,
                    "陶瓷生产线智能化改造",
                    ["市工信局"],
                    ["市发改委", "浮梁县人民政府"],
                    "2025-10-31",
                    [T("陶瓷生产线智能化改造", "=", 20, "条")],
                ),
            ),
            (
                "8",
                "发展陶瓷电商和直播经济",
                "建设陶瓷直播电商基地,陶瓷网络零售额突破300亿元,培育直播电商骨干企业10家。",
                "市商务局",
                "市委网信办、市文广新旅局",
                "按季度推进",
                item(
                    "8",
                    2,
                    "发展陶瓷电商和直播经济",
                    ["市商务局"],
                    ["市委网信办", "市文广新旅局"],
                    "ongoing",
                    [
                        T("陶瓷网络零售额", ">", 300, "亿元"),
                        T("直播电商骨干企业", "=", 10, "家"),
                    ],
                ),
            ),
            (
                "9",
                "拓展先进陶瓷跨界应用",
                "推动精密陶瓷、陶瓷基复合材料在航空、电子信息、新能源领域应用,"
                "引进先进陶瓷项目8个。",
                "市投资促进局",
                "市工信局、高新区管委会",
                "2025年6月30日",
                item(
                    "9",
                    2,
                    "拓展先进陶瓷跨界应用",
                    ["市投资促进局"],
                    ["市工信局", "高新区管委会"],
                    "2025-06-30",
                    [T("先进陶瓷项目", "=", 8, "个", "increment")],
                ),
            ),
        ],
    ),
    (
        "四、人才引育与开放交流",
        [
            (
                "10",
                "陶瓷人才引育",
                "实施“景漂”人才计划,引进陶瓷领域高层次人才和团队30个以上,"
                "评选“景德镇陶瓷工匠”50名。",
                "市委人才办",
                "市人社局、景德镇陶瓷大学",
                "2025年12月",
                item(
                    "10",
                    2,
                    "陶瓷人才引育",
                    ["市委人才办"],
                    ["市人社局", "景德镇陶瓷大学"],
                    "2025-12-31",
                    [
                        T("陶瓷领域高层次人才和团队", ">=", 30, "个", "increment"),
                        T("景德镇陶瓷工匠", "=", 50, "名"),
                    ],
                ),
            ),
            (
                "11",
                "办好中国景德镇国际陶瓷博览会",
                "高标准办好2025中国景德镇国际陶瓷博览会,参展企业1500家以上。",
                "市商务局",
                "市贸促会、市公安局",
                "10月中旬前",
                item(
                    "11",
                    2,
                    "办好中国景德镇国际陶瓷博览会",
                    ["市商务局"],
                    ["市贸促会", "市公安局"],
                    "2025-10-20",
                    [T("参展企业", ">=", 1500, "家")],
                ),
            ),
            (
                "12",
                "深化陶瓷国际交流合作",
                "依托景德镇国际陶瓷艺术中心,举办国际陶艺交流活动20场次以上。",
                "市外办",
                "市文广新旅局、景德镇陶瓷大学",
                "长期",
                item(
                    "12",
                    2,
                    "深化陶瓷国际交流合作",
                    ["市外办"],
                    ["市文广新旅局", "景德镇陶瓷大学"],
                    "ongoing",
                    [T("国际陶艺交流活动", ">=", 20, "场次")],
                ),
            ),
        ],
    ),
]

JDZ_GOLD = {
    "title": JDZ_TITLE,
    "items": [
        item(
            group.split("、", 1)[0],
            1,
            group.split("、", 1)[1],
            children=[row[-1] for row in rows],
        )
        for group, rows in JDZ_GROUPS
    ],
}

JDZ_CSS = """
@page {
  size: A4 landscape;
  margin: 22mm 18mm 20mm 18mm;
  @top-right { content: "景德镇市科学技术局"; font-family: "Noto Serif CJK SC";
               font-size: 9pt; color: #444; }
  @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
                   font-size: 11pt; }
}
body { font-family: "Noto Serif CJK SC"; font-size: 11pt; }
h1 { font-family: "Noto Sans CJK SC"; font-size: 18pt; text-align: center;
     font-weight: bold; margin: 0 0 4mm 0; }
.sub { text-align: center; font-size: 11pt; margin-bottom: 4mm; }
.attach { font-family: "Noto Sans CJK SC"; font-size: 14pt; margin-bottom: 3mm; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6pt solid #000; padding: 2mm 2mm; vertical-align: middle; }
th { font-family: "Noto Sans CJK SC"; font-weight: bold; text-align: center; }
td.c { text-align: center; }
tr.group td { font-family: "Noto Sans CJK SC"; font-weight: bold; }
thead { display: table-header-group; }
"""


def _esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_jingdezhen():
    from weasyprint import HTML

    rows = []
    for group, tasks in JDZ_GROUPS:
        rows.append(f'<tr class="group"><td colspan="6">{_esc(group)}</td></tr>')
        for no, task, content, lead, assist, limit, _ in tasks:
            rows.append(
                "<tr>"
                f'<td class="c">{no}</td><td>{_esc(task)}</td><td>{_esc(content)}</td>'
                f'<td class="c">{_esc(lead)}</td><td class="c">{_esc(assist)}</td>'
                f'<td class="c">{_esc(limit)}</td></tr>'
            )
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<style>{JDZ_CSS}</style></head><body>
<div class="attach">附件</div>
<h1>{JDZ_TITLE}</h1>
<table>
<colgroup><col style="width:6%"><col style="width:17%"><col style="width:37%">
<col style="width:13%"><col style="width:17%"><col style="width:10%"></colgroup>
<thead><tr><th>序号</th><th>重点任务</th><th>工作内容及目标</th><th>牵头单位</th>
<th>配合单位</th><th>完成时限</th></tr></thead>
<tbody>
{"".join(rows)}
</tbody></table>
</body></html>"""
    HTML(string=html).write_pdf(DOCS / "heldout51-jingdezhen-ceramic-table.pdf")
    write_gold("jingdezhen-ceramic-table", JDZ_GOLD)


# ---------------------------------------------------------------------------
# 3. 江西 aviation three-year action plan, copied from the website (.txt)
# ---------------------------------------------------------------------------

AV_TITLE = "江西省航空产业高质量发展三年行动计划(2024—2026年)"

AV_CHROME_TOP = """江西省人民政府
首页 > 政务公开 > 政府文件 > 省政府办公厅文件
索 引 号:014500439/2024-0031862	主题分类:工业、交通\\其他
发文机关:江西省人民政府办公厅	成文日期:2024年5月20日
标  题:江西省人民政府办公厅关于印发江西省航空产业高质量发展三年行动计划(2024—2026年)的通知
发文字号:赣府厅字〔2024〕38号	发布日期:2024年5月28日
【字号:大 中 小】【打印本页】【关闭窗口】

江西省人民政府办公厅关于印发江西省航空产业高质量发展三年行动计划(2024—2026年)的通知
赣府厅字〔2024〕38号
各市、县(区)人民政府,省政府各部门:
《江西省航空产业高质量发展三年行动计划(2024—2026年)》已经省政府同意,现印发给你们,请认真贯彻落实。
江西省人民政府办公厅
2024年5月20日
(此件主动公开)
"""

AV_CHROME_BOTTOM = """
【打印本页】【关闭窗口】
相关链接:中国政府网 | 国家发展改革委 | 工业和信息化部 | 中国民用航空局
主办:江西省人民政府办公厅  承办:江西省信息中心  赣ICP备05004159号
"""

AV_BODY = f"""{AV_TITLE}
为深入贯彻落实省委、省政府关于推进航空强省建设的决策部署,加快构建具有核心竞争力的航空产业体系,打造全国重要的航空产业基地,制定本行动计划。
一、发展目标
到2026年,全省航空产业营业收入突破2000亿元,年均增长12%以上;培育营业收入超10亿元的骨干企业15家以上;航空领域省级以上创新平台达到40个,基本形成整机牵引、配套协同、服务完善的航空产业发展格局。
二、主要任务
(一)做强航空整机制造。支持航空工业洪都提升教练机、无人机研制生产能力,积极承接国产大飞机机体部段转包生产,到2026年,大飞机机体部段年交付能力达到50架份。(责任单位:省工业和信息化厅、省国资委,南昌市人民政府)
(二)壮大通用航空产业。推进景德镇直升机产业基地建设,支持AC313A、AC332等型号直升机批量生产,2025年底前完成新型无人直升机适航取证,新增通用航空器整机交付20架。(责任单位:景德镇市人民政府、省工业和信息化厅)
(三)发展航空零部件配套。围绕整机制造需求实施补链强链,引进航空零部件及机载设备配套企业30家以上,省内配套率提高到30%。(牵头单位:省商务厅;配合单位:省工业和信息化厅、南昌市人民政府、九江市人民政府)
(四)加快低空经济发展。有序推进低空空域管理改革试点,开通低空航线50条以上,建设通用机场和无人机起降点100个,拓展低空物流、应急救援、文旅观光等应用场景。由省发展改革委牵头,省交通运输厅、民航江西监管局、江西省机场集团有限公司配合。
(五)提升航空科技创新能力。支持南昌航空大学、中国航发动力研究所江西分所等开展航空材料、航空发动机关键部件攻关,组建航空领域省级重点实验室、技术创新中心5个以上,实施航空重大科技专项10项,2024—2026年滚动实施。(责任单位:省科技厅、省教育厅、南昌航空大学)
(六)建设航空特色产业园区。高标准建设南昌航空城、景德镇航空小镇,完善园区基础设施和公共服务平台,南昌航空城产值达到800亿元。(责任单位:南昌市、景德镇市人民政府,省工业和信息化厅)
(七)发展航空维修与运营服务。支持发展飞机整机维修、部附件维修和航空培训,形成航空维修服务产值30亿元左右。此项工作持续推进。(责任单位:省工业和信息化厅、民航江西监管局、江西省机场集团有限公司)
(八)培养航空产业人才。支持省内高校、职业院校增设航空类专业,每年培养航空专业技术技能人才5000人以上,引进航空领域高层次人才团队20个。(责任单位:省人力资源社会保障厅、省教育厅、南昌航空大学)
三、保障措施
(一)加强组织领导。建立省航空产业发展联席会议制度,每季度召开一次调度会,协调解决产业发展重大问题,由省工业和信息化厅负责,各有关部门配合。
(二)加大资金支持。省财政每年统筹安排资金支持航空重大项目、关键技术攻关和配套体系建设,引导各地设立航空产业发展基金。(责任单位:省财政厅、省工业和信息化厅)
(三)强化监测评估。建立航空产业统计监测制度,11月底前完成年度实施情况评估并报省政府。(责任单位:省统计局、省工业和信息化厅)
"""

AV_GOLD = {
    "title": AV_TITLE,
    "items": [
        item(
            "一",
            1,
            "发展目标",
            targets=[
                T("全省航空产业营业收入", ">", 2000, "亿元"),
                T("年均增长", ">=", 12, "%", "increment"),
                T("营业收入超10亿元的骨干企业", ">=", 15, "家"),
                T("航空领域省级以上创新平台", ">=", 40, "个"),
            ],
        ),
        item(
            "二",
            1,
            "主要任务",
            children=[
                item(
                    "(一)",
                    2,
                    "做强航空整机制造",
                    ["省工业和信息化厅"],
                    ["省国资委", "南昌市人民政府"],
                    None,
                    [T("大飞机机体部段年交付能力", ">=", 50, "架份")],
                ),
                item(
                    "(二)",
                    2,
                    "壮大通用航空产业",
                    ["景德镇市人民政府"],
                    ["省工业和信息化厅"],
                    "2025-12-31",
                    [T("通用航空器整机交付", "=", 20, "架", "increment")],
                ),
                item(
                    "(三)",
                    2,
                    "发展航空零部件配套",
                    ["省商务厅"],
                    ["省工业和信息化厅", "南昌市人民政府", "九江市人民政府"],
                    None,
                    [
                        T("航空零部件及机载设备配套企业", ">=", 30, "家", "increment"),
                        T("省内配套率", ">=", 30, "%"),
                    ],
                ),
                item(
                    "(四)",
                    2,
                    "加快低空经济发展",
                    ["省发展改革委"],
                    ["省交通运输厅", "民航江西监管局", "江西省机场集团有限公司"],
                    None,
                    [
                        T("低空航线", ">=", 50, "条"),
                        T("通用机场和无人机起降点", "=", 100, "个"),
                    ],
                ),
                item(
                    "(五)",
                    2,
                    "提升航空科技创新能力",
                    ["省科技厅"],
                    ["省教育厅", "南昌航空大学"],
                    "2026-12-31",
                    [
                        T("航空领域省级重点实验室、技术创新中心", ">=", 5, "个"),
                        T("航空重大科技专项", "=", 10, "项"),
                    ],
                ),
                item(
                    "(六)",
                    2,
                    "建设航空特色产业园区",
                    ["南昌市人民政府"],
                    ["景德镇市人民政府", "省工业和信息化厅"],
                    None,
                    [T("南昌航空城产值", ">=", 800, "亿元")],
                ),
                item(
                    "(七)",
                    2,
                    "发展航空维修与运营服务",
                    ["省工业和信息化厅"],
                    ["民航江西监管局", "江西省机场集团有限公司"],
                    "ongoing",
                    [T("航空维修服务产值", "=", 30, "亿元")],
                ),
                item(
                    "(八)",
                    2,
                    "培养航空产业人才",
                    ["省人力资源社会保障厅"],
                    ["省教育厅", "南昌航空大学"],
                    None,
                    [
                        T("培养航空专业技术技能人才", ">=", 5000, "人"),
                        T("航空领域高层次人才团队", "=", 20, "个", "increment"),
                    ],
                ),
            ],
        ),
        item(
            "三",
            1,
            "保障措施",
            children=[
                item(
                    "(一)",
                    2,
                    "加强组织领导",
                    ["省工业和信息化厅"],
                    ["各有关部门"],
                    "ongoing",
                ),
                item(
                    "(二)",
                    2,
                    "加大资金支持",
                    ["省财政厅"],
                    ["省工业和信息化厅"],
                    "ongoing",
                ),
                item(
                    "(三)",
                    2,
                    "强化监测评估",
                    ["省统计局"],
                    ["省工业和信息化厅"],
                    "2024-11-30",
                ),
            ],
        ),
    ],
}


def make_aviation():
    text = AV_CHROME_TOP + AV_BODY + AV_CHROME_BOTTOM
    (DOCS / "heldout51-jiangxi-aviation-action-web.txt").write_text(text, encoding="utf-8")
    write_gold("jiangxi-aviation-action-web", AV_GOLD)


# ---------------------------------------------------------------------------
# 4. 南昌 VR work ledger, a spreadsheet saved as tab-separated text (.txt)
# ---------------------------------------------------------------------------

VR_TITLE = "南昌市2025年虚拟现实(VR)产业发展重点工作台账"

# (序号, 任务类别 or "", 工作任务, 量化指标, 牵头单位, 配合单位, 完成时限, 备注, gold)
VR_ROWS = [
    (
        "1",
        "产业集聚",
        "高标准建设VR产业基地核心区",
        "新增入驻VR企业50家,VR产业营业收入达到1000亿元",
        "红谷滩区人民政府",
        "市工信局、市商务局",
        "2025/12/31",
        "",
        item(
            "1",
            2,
            "高标准建设VR产业基地核心区",
            ["红谷滩区人民政府"],
            ["市工信局", "市商务局"],
            "2025-12-31",
            [
                T("入驻VR企业", "=", 50, "家", "increment"),
                T("VR产业营业收入", ">=", 1000, "亿元"),
            ],
        ),
    ),
    (
        "2",
        "",
        "开展VR产业链精准招商",
        "引进VR重大项目20个以上,签约金额突破300亿元",
        "市投资促进局",
        "红谷滩区人民政府、南昌高新区管委会",
        "每季度末",
        "按季度报送进展",
        item(
            "2",
            2,
            "开展VR产业链精准招商",
            ["市投资促进局"],
            ["红谷滩区人民政府", "南昌高新区管委会"],
            "ongoing",
            [
                T("VR重大项目", ">=", 20, "个", "increment"),
                T("签约金额", ">", 300, "亿元"),
            ],
        ),
    ),
    (
        "3",
        "",
        "办好2025世界VR产业大会",
        "参会嘉宾2000人以上",
        "市VR办",
        "市政府办公室、市公安局、红谷滩区人民政府",
        "2025.10",
        "",
        item(
            "3",
            2,
            "办好2025世界VR产业大会",
            ["市VR办"],
            ["市政府办公室", "市公安局", "红谷滩区人民政府"],
            "2025-10-31",
            [T("参会嘉宾", ">=", 2000, "人")],
        ),
    ),
    (
        "4",
        "技术创新",
        "建设VR领域创新平台",
        "新建省级以上VR重点实验室、工程技术研究中心3个",
        "市科技局",
        "市发改委、南昌大学",
        "2025.12.31",
        "",
        item(
            "4",
            2,
            "建设VR领域创新平台",
            ["市科技局"],
            ["市发改委", "南昌大学"],
            "2025-12-31",
            [T("省级以上VR重点实验室、工程技术研究中心", "=", 3, "个", "increment")],
        ),
    ),
    (
        "5",
        "",
        "实施VR核心技术攻关",
        "实施VR关键技术“揭榜挂帅”项目10项",
        "市科技局",
        "市工信局",
        "12.31前",
        "",
        item(
            "5",
            2,
            "实施VR核心技术攻关",
            ["市科技局"],
            ["市工信局"],
            "2025-12-31",
            [T("VR关键技术“揭榜挂帅”项目", "=", 10, "项")],
        ),
    ),
    (
        "6",
        "",
        "推进VR标准体系建设",
        "主导或参与制定VR国家、行业标准5项以上",
        "市市场监管局",
        "市工信局、市VR办",
        "2025.11.30",
        "",
        item(
            "6",
            2,
            "推进VR标准体系建设",
            ["市市场监管局"],
            ["市工信局", "市VR办"],
            "2025-11-30",
            [T("VR国家、行业标准", ">=", 5, "项")],
        ),
    ),
    (
        "7",
        "应用推广",
        "推广“VR+教育”应用",
        "建设VR教学示范学校30所",
        "市教育局",
        "市VR办",
        "2025.8.31",
        "秋季开学前完成",
        item(
            "7",
            2,
            "推广“VR+教育”应用",
            ["市教育局"],
            ["市VR办"],
            "2025-08-31",
            [T("VR教学示范学校", "=", 30, "所")],
        ),
    ),
    (
        "8",
        "",
        "打造“VR+文旅”体验项目",
        "打造VR文旅体验项目10个",
        "市文广新旅局",
        "各县(区)人民政府",
        "2025.6.30",
        "",
        item(
            "8",
            2,
            "打造“VR+文旅”体验项目",
            ["市文广新旅局"],
            ["各县(区)人民政府"],
            "2025-06-30",
            [T("VR文旅体验项目", "=", 10, "个")],
        ),
    ),
    (
        "9",
        "",
        "推广“VR+医疗”应用",
        "VR康复、手术培训应用覆盖医疗机构不少于20家",
        "市卫健委",
        "市VR办",
        "长期",
        "",
        item(
            "9",
            2,
            "推广“VR+医疗”应用",
            ["市卫健委"],
            ["市VR办"],
            "ongoing",
            [T("VR康复、手术培训应用覆盖医疗机构", ">=", 20, "家")],
        ),
    ),
    (
        "10",
        "",
        "拓展“VR+工业”场景",
        "打造工业设计、远程运维等VR应用场景25个",
        "市工信局",
        "南昌经开区管委会、南昌高新区管委会",
        "2025/9/30",
        "",
        item(
            "10",
            2,
            "拓展“VR+工业”场景",
            ["市工信局"],
            ["南昌经开区管委会", "南昌高新区管委会"],
            "2025-09-30",
            [T("VR应用场景", "=", 25, "个")],
        ),
    ),
    (
        "11",
        "要素保障",
        "设立VR产业子基金",
        "设立规模不低于30亿元的VR产业子基金",
        "市财政局",
        "市国资委、市金融工作局",
        "2025.9",
        "",
        item(
            "11",
            2,
            "设立VR产业子基金",
            ["市财政局"],
            ["市国资委", "市金融工作局"],
            "2025-09-30",
            [T("VR产业子基金规模", ">=", 30, "亿元")],
        ),
    ),
    (
        "12",
        "",
        "加强VR人才引育",
        "引进培育VR专业人才1万人",
        "市委人才办",
        "市人社局、市教育局",
        "2025.12",
        "",
        item(
            "12",
            2,
            "加强VR人才引育",
            ["市委人才办"],
            ["市人社局", "市教育局"],
            "2025-12-31",
            [T("VR专业人才", "=", 10000, "人", "increment")],
        ),
    ),
    (
        "13",
        "",
        "兑现VR产业扶持政策",
        "全年兑现VR产业扶持资金8000万元,年底前完成全部兑现",
        "市VR办",
        "市财政局",
        "每季度末",
        "",
        item(
            "13",
            2,
            "兑现VR产业扶持政策",
            ["市VR办"],
            ["市财政局"],
            "2025-12-31",
            [T("兑现VR产业扶持资金", "=", 8000, "万元")],
        ),
    ),
]


def _vr_gold():
    items = []
    for row in VR_ROWS:
        category, gold = row[1], row[-1]
        if category:
            items.append(item("", 1, category))
        items[-1]["children"].append(gold)
    return {"title": VR_TITLE, "items": items}


def make_vr():
    lines = [
        VR_TITLE,
        "填报单位:南昌市虚拟现实产业发展领导小组办公室(市VR办)\t\t\t\t\t\t更新时间:2025年3月5日",
        "\t".join(
            [
                "序号",
                "任务类别",
                "工作任务",
                "量化指标",
                "牵头单位",
                "配合单位",
                "完成时限",
                "备注",
            ]
        ),
    ]
    for row in VR_ROWS:
        lines.append("\t".join(row[:-1]))
    lines.append("注:各牵头单位于每季度末前5个工作日将进展情况报市VR办。")
    text = "\n".join(lines) + "\n"
    (DOCS / "heldout51-nanchang-vr-ledger.txt").write_text(text, encoding="utf-8")
    write_gold("nanchang-vr-ledger", _vr_gold())


if __name__ == "__main__":
    make_ganzhou()
    make_jingdezhen()
    make_aviation()
    make_vr()
