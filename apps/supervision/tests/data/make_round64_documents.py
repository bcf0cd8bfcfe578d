"""Round 64: four held-out work plans and their gold ledgers, written blind.

Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round64_documents.py

The documents (all for the year 2026, Jiangxi issuers):

1. heldout64-ganzhou-museums-plan.docx: 赣州市2026年科技馆与科普场馆提质增效行动实施方案
   (赣州市科协 and 赣州市科技局), a Word file as drafted: document number line, 仿宋 body, 黑体
   一、 headings, 楷体 (一) task headings run into their paragraph. Units written four ways:
   a 责任单位: line under the task (with a note (排第一位的为牵头单位) once), a
   (牵头单位:…;配合单位:…) bracket, `市科协牵头,各县(市、区)科协配合` and `由A、B负责,C、D配合`,
   `A会同B、C组织实施`; an office as subject (市财政局每年安排…, 市科协每半年通报…).
   Deadlines: 年内, 8月底前, 6月前, 2026年10月底前, 第三季度, 常态化开展, 每季度.
   The 工作目标 section is item 一 with its targets (as in 分宜's plan).
2. heldout64-lianxi-volunteer-table.pdf: 濂溪区2026年科技志愿服务重点任务分解表, an attachment
   printed from WPS to PDF: A4 landscape, running page header and `— n —` page numbers, a short
   主要目标 paragraph before the table (document-level targets), a table 序号 | 重点任务 |
   工作内容及目标 | 牵头单位 | 配合单位 | 完成时限 with four task-group rows 一、…
   spanning the table.
   Time-limit cells: 2026年4月底前, 2026年12月31日, 长期, 每月, 2026年9月, 2026年12月20日前,
   持续推进, 每季度; a `/` cell for no assisting unit; an alias 区委宣传部(区文明办).
3. heldout64-jiangxi-scientist-spirit-web.txt: 2026年全省弘扬科学家精神宣传工作要点 (江西省科技厅,
   江西省科协), copied from the department's website with its chrome (breadcrumb, 字号, 打印, the
   covering notice and signature, footer with 主办:). 一、 sections over continuously numbered
   1.–12. tasks. Units: a closing bracket with the time limit inside `(省科协、省社科院,11月底前)`,
   `(省科协牵头,省科技厅、省委宣传部配合)`, `由省教育厅牵头,…配合`, `省科协负责,各设区市科协负责
   具体实施`, `…按职责分工负责`, `A会同B、C组织实施`, `A、B负责,每月更新`.
4. heldout64-jizhou-youth-sheet.txt: 吉州区2026年青少年科技创新工作任务台账, a spreadsheet saved
   as tab-separated text: title row, 填报单位 row, header 序号 | 工作任务 | 目标要求 | 责任单位 |
   完成时间 | 备注, group rows 一、…, a 责任单位 column marking the lead with (牵头), dates as
   2026.8.31, 2026/12/31, 2026.10, 12.31前, 5月底前, 9月-12月, 每学期, 长期坚持, 每季度.

Annotation choices (where the output conventions are silent, as a careful officer would read):

* The gold title is the plan's own title, not the covering notice's 关于印发《…》的通知; the
  spreadsheet's and the attachment's title is their heading row (without 附件).
* Items carry number/level/title/lead_units/assisting_units/deadline/targets/children, like the
  shape file; `text` is not annotated. A target has subject/comparator/value/unit/kind (and max).
* A table's task-group row printed `一、健全…` is a level-1 item numbered 一 with its rows as
  level-2 children; group rows carry no units, deadline or targets.
* Item titles are the printed heading (the (一) run-in heading up to its 。) or the 重点任务 /
  工作任务 cell; targets come from the whole task text or the 目标要求 cell.
* `专班办公室设在市科协` is where an office sits, not a task given to it: no units.
  `各级科技、科协部门要…` exhorts: no units. `各设区市科协于11月30日前将…报送省科协` is that
  office doing the work: it leads; 省科协, the receiver, is no unit.
* A single unit in a spreadsheet's 责任单位 column without (牵头) leads (the note only says which
  of several leads). Two units with (牵头) on neither: the first leads.
* 江西广播电视台 and 井冈山大学 in a unit bracket/column are units though their names end in
  neither 局 nor 委; 区委宣传部(区文明办) is one unit (an alias).
* `每月在社区开展…不少于4场`, `每家基地全年开展…不少于4次`: the quota is a target, the recurrence
  (每月 cell, 持续推进) makes the deadline ongoing. `常态化开展` closing a task → ongoing.
  `每学期` cell → ongoing.  `9月-12月` cell → 2026-12-31.
* `其中县级科技馆8座`, `其中人工智能实验室不少于3个` are targets of their own (level).
  `开齐率100%` → `=` 100 %; `至少配备1名科技辅导员` → `>=` 1 名 (a per-school minimum is still
  the task's measure). `打造`/`建设`/`上线`/`遴选` are not increment verbs: level.
* `5月30日全国科技工作者日` names a day, not a time limit. The website footer's 主办: line is page
  chrome, not a unit of the last task.
"""

import json
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"
MANIFEST = HERE / "manifest.json"


def t(subject, comparator, value, unit, kind="level", max_value=None):
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


def write_gold(slug, title, items, targets=None):
    gold = {"title": title, "items": items}
    if targets:
        gold["targets"] = targets
    path = GOLD / f"heldout64-{slug}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# 1. 赣州 — docx 实施方案
# ---------------------------------------------------------------------------

GZ_TITLE = "赣州市2026年科技馆与科普场馆提质增效行动实施方案"

GZ_PREAMBLE = (
    "为深入贯彻落实《全民科学素质行动规划纲要(2021—2035年)》和《江西省科普场馆"
    "建设发展规划》,加快构建布局合理、功能完善、运行高效的科普场馆体系,进一步提升"
    "全市公民科学素质,结合我市实际,制定本方案。"
)

GZ_GOAL = (
    "到2026年底,全市科普场馆体系进一步完善,服务能力明显增强。全市建成开放实体科技馆"
    "达到10座,其中县级科技馆8座;各类科普教育基地总数达到120个以上;全市科技馆年接待"
    "观众突破200万人次;流动科技馆、科普大篷车巡展实现县(市、区)全覆盖。"
)

# (run-in heading, body, unit line or None)
GZ_TASKS = [
    (
        "(一)推进县级科技馆建设。",
        "加快推进于都县、兴国县科技馆新馆建设,年内主体工程完工;支持石城县、安远县利用"
        "闲置场馆改建科技馆,新建县级科技馆2座。",
        "责任单位:市科协、市发改委、市住建局,相关县(市、区)人民政府",
    ),
    (
        "(二)提升赣州科技馆展教水平。",
        "更新改造“稀土与新材料”展区,新增互动展品30件以上;开发馆校结合课程不少于20门,"
        "全年开展科学实验、科普剧等教育活动500场次以上。8月底前完成展区改造并对外开放。"
        "(牵头单位:市科协;配合单位:市教育局、赣州科技馆)",
        None,
    ),
    (
        "(三)开展流动科技馆巡展和科普大篷车进基层活动。",
        "统筹中国流动科技馆江西巡展和科普大篷车资源,重点向革命老区、偏远乡村和学校倾斜,"
        "全年流动科技馆巡展不少于6站,科普大篷车下乡进校服务不少于150场次。市科协牵头,"
        "各县(市、区)科协配合,常态化开展。",
        None,
    ),
    (
        "(四)加强科普教育基地建设管理。",
        "修订《赣州市科普教育基地认定管理办法》,6月前完成修订;新认定市级科普教育基地15个,"
        "推荐申报省级科普教育基地5个以上。对现有基地开展复核,复核不合格的取消命名。",
        "责任单位:市科技局、市科协(排第一位的为牵头单位)",
    ),
    (
        "(五)推动行业科普场馆开放共享。",
        "鼓励高校、科研院所、企业向公众开放实验室、陈列室、生产线等科普资源,打造工业科普"
        "旅游线路3条,2026年10月底前推出首批线路。由市科技局、市文广新旅局负责,市工信局、"
        "市教育局配合。",
        None,
    ),
    (
        "(六)建设数字科技馆。",
        "依托“赣州数字科技馆”平台,上线VR展项、科普微视频等数字资源不少于500个,平台年"
        "访问量达到100万人次。第三季度完成平台升级改版。",
        "责任单位:市科协、市数据局",
    ),
    (
        "(七)培育科普讲解队伍。",
        "举办全市科普讲解大赛,选拔优秀讲解员参加全省比赛;组织科技馆辅导员培训2期,培训"
        "人员200人次以上。市科协会同市教育局、团市委组织实施。",
        None,
    ),
]

GZ_SAFEGUARDS = [
    (
        "(一)加强组织领导。",
        "成立由市政府分管副市长任组长的科普场馆建设工作专班,专班办公室设在市科协,每季度"
        "召开一次调度会,研究解决场馆建设运行中的重大问题。",
    ),
    (
        "(二)强化经费保障。",
        "市财政局每年安排科普场馆运行补助资金不少于300万元,各县(市、区)要将科技馆运行"
        "经费纳入本级财政预算,保障场馆免费开放。",
    ),
    (
        "(三)严格督导考核。",
        "将科普场馆建设运行情况纳入全市科普工作考核内容,市科协每半年通报一次各地工作进展。",
    ),
]


def _font(run, name, size=16, bold=False):
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


def _para(doc, runs, align=None, indent=True):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.line_spacing = Pt(28)
    fmt.space_after = Pt(0)
    if indent:
        fmt.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    for text, font, size, bold in runs:
        _font(p.add_run(text), font, size, bold)
    return p


def make_ganzhou():
    doc = Document()
    fs, ht, kt, xb = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体"
    _para(doc, [("赣市科协字〔2026〕7号", fs, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, False)
    _para(doc, [("", fs, 16, False)], indent=False)
    _para(doc, [(GZ_TITLE, xb, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, False)
    _para(doc, [("", fs, 16, False)], indent=False)
    _para(doc, [(GZ_PREAMBLE, fs, 16, False)])
    _para(doc, [("一、工作目标", ht, 16, False)])
    _para(doc, [(GZ_GOAL, fs, 16, False)])
    _para(doc, [("二、重点任务", ht, 16, False)])
    for head, body, units in GZ_TASKS:
        _para(doc, [(head, kt, 16, True), (body, fs, 16, False)])
        if units:
            _para(doc, [(units, fs, 16, False)])
    _para(doc, [("三、保障措施", ht, 16, False)])
    for head, body in GZ_SAFEGUARDS:
        _para(doc, [(head, kt, 16, True), (body, fs, 16, False)])
    _para(doc, [("", fs, 16, False)], indent=False)
    _para(doc, [("赣州市科学技术协会        赣州市科学技术局", fs, 16, False)], indent=False)
    _para(doc, [("2026年2月26日", fs, 16, False)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    doc.save(DOCS / "heldout64-ganzhou-museums-plan.docx")

    items = [
        item(
            "一",
            1,
            "工作目标",
            targets=[
                t("全市建成开放实体科技馆", ">=", 10, "座"),
                t("县级科技馆", "=", 8, "座"),
                t("各类科普教育基地总数", ">=", 120, "个"),
                t("全市科技馆年接待观众", ">", 2000000, "人次"),
            ],
        ),
        item(
            "二",
            1,
            "重点任务",
            children=[
                item(
                    "(一)",
                    2,
                    "推进县级科技馆建设",
                    ["市科协"],
                    ["市发改委", "市住建局", "相关县(市、区)人民政府"],
                    "2026-12-31",
                    [t("新建县级科技馆", "=", 2, "座", "increment")],
                ),
                item(
                    "(二)",
                    2,
                    "提升赣州科技馆展教水平",
                    ["市科协"],
                    ["市教育局", "赣州科技馆"],
                    "2026-08-31",
                    [
                        t("新增互动展品", ">=", 30, "件", "increment"),
                        t("馆校结合课程", ">=", 20, "门"),
                        t("科学实验、科普剧等教育活动", ">=", 500, "场次"),
                    ],
                ),
                item(
                    "(三)",
                    2,
                    "开展流动科技馆巡展和科普大篷车进基层活动",
                    ["市科协"],
                    ["各县(市、区)科协"],
                    "ongoing",
                    [
                        t("流动科技馆巡展", ">=", 6, "站"),
                        t("科普大篷车下乡进校服务", ">=", 150, "场次"),
                    ],
                ),
                item(
                    "(四)",
                    2,
                    "加强科普教育基地建设管理",
                    ["市科技局"],
                    ["市科协"],
                    "2026-05-31",
                    [
                        t("新认定市级科普教育基地", "=", 15, "个", "increment"),
                        t("推荐申报省级科普教育基地", ">=", 5, "个"),
                    ],
                ),
                item(
                    "(五)",
                    2,
                    "推动行业科普场馆开放共享",
                    ["市科技局"],
                    ["市文广新旅局", "市工信局", "市教育局"],
                    "2026-10-31",
                    [t("工业科普旅游线路", "=", 3, "条")],
                ),
                item(
                    "(六)",
                    2,
                    "建设数字科技馆",
                    ["市科协"],
                    ["市数据局"],
                    "2026-09-30",
                    [
                        t("VR展项、科普微视频等数字资源", ">=", 500, "个"),
                        t("平台年访问量", ">=", 1000000, "人次"),
                    ],
                ),
                item(
                    "(七)",
                    2,
                    "培育科普讲解队伍",
                    ["市科协"],
                    ["市教育局", "团市委"],
                    None,
                    [
                        t("科技馆辅导员培训", "=", 2, "期"),
                        t("培训人员", ">=", 200, "人次"),
                    ],
                ),
            ],
        ),
        item(
            "三",
            1,
            "保障措施",
            children=[
                item("(一)", 2, "加强组织领导", deadline="ongoing"),
                item(
                    "(二)",
                    2,
                    "强化经费保障",
                    ["市财政局"],
                    deadline="ongoing",
                    targets=[t("科普场馆运行补助资金", ">=", 300, "万元")],
                ),
                item("(三)", 2, "严格督导考核", ["市科协"], deadline="ongoing"),
            ],
        ),
    ]
    write_gold("ganzhou-museums-plan", GZ_TITLE, items)


# ---------------------------------------------------------------------------
# 2. 濂溪区 — PDF 任务分解表 (landscape)
# ---------------------------------------------------------------------------

LX_TITLE = "濂溪区2026年科技志愿服务重点任务分解表"

LX_GOAL = (
    "主要目标:全区科技志愿服务组织达到40个,注册科技志愿者1500人以上,全年开展科技志愿"
    "服务活动800场次以上,打造一批群众认可的科技志愿服务品牌项目。"
)

# rows: group heading str, or (no, task, content, lead, assist, limit)
LX_ROWS = [
    "一、健全科技志愿服务组织体系",
    (
        "1",
        "完善区科技志愿服务总队建设",
        "整合区科协所属学会、企业科协、高校科协力量,完善“总队—分队—小队”三级组织架构,"
        "新建科技志愿服务分队5支。",
        "区科协",
        "区委宣传部(区文明办)",
        "2026年4月底前",
    ),
    (
        "2",
        "壮大科技志愿者队伍",
        "动员科技工作者、医务人员、教师、农技人员等注册成为科技志愿者,全区注册科技志愿者"
        "达到1500人以上,其中专业技术人员占比不低于60%。",
        "区科协",
        "区卫健委、区教体局、区农业农村局",
        "2026年12月31日",
    ),
    (
        "3",
        "规范志愿服务信息管理",
        "依托“中国科技志愿服务”信息平台做好志愿者注册、项目发布、服务时长记录,服务时长"
        "录入及时率达到95%以上。",
        "区科协",
        "各街道(乡镇)",
        "长期",
    ),
    "二、开展重点领域科技志愿服务",
    (
        "4",
        "开展“科普进社区”志愿服务",
        "围绕健康生活、安全应急、防灾减灾等主题,每月在社区开展科普志愿服务活动不少于4场。",
        "区科协",
        "各街道办事处、区应急管理局",
        "每月",
    ),
    (
        "5",
        "开展科技助农志愿服务",
        "组织农技专家、科技特派员深入田间地头开展技术指导,全年开展农业技术培训30场次,"
        "培训农民1500人次。",
        "区农业农村局",
        "区科协、区科技局",
        "2026年11月30日",
    ),
    (
        "6",
        "开展卫生健康科技志愿服务",
        "组织医务志愿者开展义诊、健康讲座等活动,服务群众2万人次以上。",
        "区卫健委",
        "区科协、区红十字会",
        "2026年12月底",
    ),
    (
        "7",
        "开展青少年科普志愿服务",
        "组织科技志愿者进校园开展科学实验秀、科学家故事分享等活动,覆盖中小学校30所以上。",
        "区教体局",
        "区科协、团区委",
        "2026年12月底前",
    ),
    (
        "8",
        "开展应急科普志愿服务",
        "结合防灾减灾日、全国安全生产月等节点,开展应急救护、消防安全科普志愿服务,"
        "培训应急救护员200名。",
        "区应急管理局",
        "区消防救援大队、区科协",
        "2026年10月底前",
    ),
    "三、打造科技志愿服务品牌",
    (
        "9",
        "培育科技志愿服务特色项目",
        "围绕“濂溪科普行”打造品牌,培育区级科技志愿服务示范项目3—5个,力争有项目入选"
        "全市优秀科技志愿服务项目。",
        "区科协",
        "区委宣传部(区文明办)",
        "2026年9月30日前",
    ),
    (
        "10",
        "开展全国科普日科技志愿服务集中行动",
        "全国科普日期间组织科技志愿服务集中活动不少于20场,参与志愿者500人次以上。",
        "区科协",
        "区科技局、各街道(乡镇)",
        "2026年9月",
    ),
    (
        "11",
        "开展科技志愿服务典型宣传",
        "评选优秀科技志愿者、优秀科技志愿服务组织,在区融媒体中心开设专栏集中宣传。",
        "区委宣传部",
        "区科协、区融媒体中心",
        "2026年12月20日前",
    ),
    "四、强化工作保障",
    (
        "12",
        "落实志愿服务激励保障",
        "为科技志愿者购买志愿服务保险,落实志愿服务时长积分兑换制度。",
        "区科协",
        "区财政局",
        "持续推进",
    ),
    (
        "13",
        "加强工作调度",
        "区科协汇总各单位任务进展情况,在区科技志愿服务工作群内通报。",
        "区科协",
        "/",
        "每季度",
    ),
]

LX_CSS = """
@page {
  size: A4 landscape;
  margin: 22mm 18mm 20mm 18mm;
  @top-right { content: "濂溪区科技志愿服务工作领导小组办公室"; font-family: "Noto Serif CJK SC";
               font-size: 9pt; color: #444; }
  @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
                   font-size: 10pt; }
}
body { font-family: "Noto Serif CJK SC"; font-size: 11pt; line-height: 1.5; }
.att { font-family: "Noto Sans CJK SC"; font-size: 14pt; }
h1 { font-family: "Noto Serif CJK SC"; font-size: 19pt; text-align: center; margin: 6mm 0 4mm; }
p.goal { text-indent: 2em; margin: 0 0 3mm; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6pt solid #000; padding: 2mm 1.5mm; vertical-align: middle; }
th { font-family: "Noto Sans CJK SC"; font-weight: normal; text-align: center; }
td.c { text-align: center; }
td.grp { font-family: "Noto Sans CJK SC"; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
"""


def make_lianxi():
    from weasyprint import HTML

    rows = []
    for row in LX_ROWS:
        if isinstance(row, str):
            rows.append(f'<tr><td class="grp" colspan="6">{row}</td></tr>')
            continue
        no, task, content, lead, assist, limit = row
        rows.append(
            f'<tr><td class="c">{no}</td><td>{task}</td><td>{content}</td>'
            f'<td class="c">{lead}</td><td class="c">{assist}</td><td class="c">{limit}</td></tr>'
        )
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<style>{LX_CSS}</style></head><body>
<div class="att">附件</div>
<h1>{LX_TITLE}</h1>
<p class="goal">{LX_GOAL}</p>
<table>
<colgroup><col style="width:6%"><col style="width:18%"><col style="width:40%">
<col style="width:11%"><col style="width:14%"><col style="width:11%"></colgroup>
<thead><tr><th>序号</th><th>重点任务</th><th>工作内容及目标</th><th>牵头单位</th>
<th>配合单位</th><th>完成时限</th></tr></thead>
<tbody>
{"".join(rows)}
</tbody></table>
</body></html>"""
    HTML(string=html).write_pdf(DOCS / "heldout64-lianxi-volunteer-table.pdf")

    def g(number, title, children):
        return item(number, 1, title, children=children)

    def r(number, title, lead, assist, deadline, targets=()):
        return item(number, 2, title, lead, assist, deadline, targets)

    items = [
        g(
            "一",
            "健全科技志愿服务组织体系",
            [
                r(
                    "1",
                    "完善区科技志愿服务总队建设",
                    ["区科协"],
                    ["区委宣传部(区文明办)"],
                    "2026-04-30",
                    [t("新建科技志愿服务分队", "=", 5, "支", "increment")],
                ),
                r(
                    "2",
                    "壮大科技志愿者队伍",
                    ["区科协"],
                    ["区卫健委", "区教体局", "区农业农村局"],
                    "2026-12-31",
                    [
                        t("全区注册科技志愿者", ">=", 1500, "人"),
                        t("专业技术人员占比", ">=", 60, "%"),
                    ],
                ),
                r(
                    "3",
                    "规范志愿服务信息管理",
                    ["区科协"],
                    ["各街道(乡镇)"],
                    "ongoing",
                    [t("服务时长录入及时率", ">=", 95, "%")],
                ),
            ],
        ),
        g(
            "二",
            "开展重点领域科技志愿服务",
            [
                r(
                    "4",
                    "开展“科普进社区”志愿服务",
                    ["区科协"],
                    ["各街道办事处", "区应急管理局"],
                    "ongoing",
                    [t("每月在社区开展科普志愿服务活动", ">=", 4, "场")],
                ),
                r(
                    "5",
                    "开展科技助农志愿服务",
                    ["区农业农村局"],
                    ["区科协", "区科技局"],
                    "2026-11-30",
                    [
                        t("农业技术培训", "=", 30, "场次"),
                        t("培训农民", "=", 1500, "人次"),
                    ],
                ),
                r(
                    "6",
                    "开展卫生健康科技志愿服务",
                    ["区卫健委"],
                    ["区科协", "区红十字会"],
                    "2026-12-31",
                    [t("服务群众", ">=", 20000, "人次")],
                ),
                r(
                    "7",
                    "开展青少年科普志愿服务",
                    ["区教体局"],
                    ["区科协", "团区委"],
                    "2026-12-31",
                    [t("覆盖中小学校", ">=", 30, "所")],
                ),
                r(
                    "8",
                    "开展应急科普志愿服务",
                    ["区应急管理局"],
                    ["区消防救援大队", "区科协"],
                    "2026-10-31",
                    [t("培训应急救护员", "=", 200, "名")],
                ),
            ],
        ),
        g(
            "三",
            "打造科技志愿服务品牌",
            [
                r(
                    "9",
                    "培育科技志愿服务特色项目",
                    ["区科协"],
                    ["区委宣传部(区文明办)"],
                    "2026-09-30",
                    [t("区级科技志愿服务示范项目", ">=", 3, "个", max_value=5)],
                ),
                r(
                    "10",
                    "开展全国科普日科技志愿服务集中行动",
                    ["区科协"],
                    ["区科技局", "各街道(乡镇)"],
                    "2026-09-30",
                    [
                        t("科技志愿服务集中活动", ">=", 20, "场"),
                        t("参与志愿者", ">=", 500, "人次"),
                    ],
                ),
                r(
                    "11",
                    "开展科技志愿服务典型宣传",
                    ["区委宣传部"],
                    ["区科协", "区融媒体中心"],
                    "2026-12-20",
                ),
            ],
        ),
        g(
            "四",
            "强化工作保障",
            [
                r("12", "落实志愿服务激励保障", ["区科协"], ["区财政局"], "ongoing"),
                r("13", "加强工作调度", ["区科协"], [], "ongoing"),
            ],
        ),
    ]
    doc_targets = [
        t("全区科技志愿服务组织", ">=", 40, "个"),
        t("注册科技志愿者", ">=", 1500, "人"),
        t("全年开展科技志愿服务活动", ">=", 800, "场次"),
    ]
    write_gold("lianxi-volunteer-table", LX_TITLE, items, doc_targets)


# ---------------------------------------------------------------------------
# 3. 江西省 — website text 工作要点
# ---------------------------------------------------------------------------

JX_TITLE = "2026年全省弘扬科学家精神宣传工作要点"

JX_TEXT = """江西省科学技术厅
首页 | 机构概况 | 政务公开 | 政务服务 | 互动交流 | 专题专栏
当前位置:首页 > 政务公开 > 通知公告

江西省科学技术厅 江西省科学技术协会关于印发《2026年全省弘扬科学家精神宣传工作要点》的通知

发布时间:2026-03-12 09:30    来源:政策法规处    浏览次数:1287
【字体:大 中 小】   【打印】   【关闭】

各设区市科技局、科协,赣江新区科创局,省直有关单位:
现将《2026年全省弘扬科学家精神宣传工作要点》印发给你们,请结合实际认真贯彻落实。

江西省科学技术厅    江西省科学技术协会
2026年3月10日

2026年全省弘扬科学家精神宣传工作要点

为深入贯彻落实中共中央办公厅、国务院办公厅《关于进一步弘扬科学家精神加强作风和学风建设的意见》,大力弘扬胸怀祖国、服务人民的爱国精神,勇攀高峰、敢为人先的创新精神,追求真理、严谨治学的求实精神,在全社会营造尊重知识、尊重人才、尊重创新的浓厚氛围,现提出2026年全省弘扬科学家精神宣传工作要点如下。

一、深化科学家精神研究阐释

1.组织专题研究阐释。围绕新时代科学家精神内涵,依托省科学家精神研究会等组织开展专题研究,形成研究成果10项以上,在省级以上媒体发表理论文章不少于5篇。(省科协、省社科院,11月底前)

2.推动科学家精神进课堂。将科学家精神融入高校思政课程和中小学科学教育,组织编写《江西科学家故事》读本。由省教育厅牵头,省科协、省科技厅配合。年内完成读本编写并投入使用。

二、加强科学家精神教育基地建设

3.建设科学家精神教育基地。新认定省级科学家精神教育基地10家,推荐申报全国科学家精神教育基地2家以上,全省基地总数达到50家。(省科协牵头,省科技厅、省委宣传部配合)

4.提升基地展示教育水平。指导各基地完善展陈内容,开发精品参观线路,每家基地全年开展主题教育活动不少于4次。省科协负责,各设区市科协负责具体实施。此项工作持续推进。

三、讲好江西科学家故事

5.开展“赣鄱科学家”宣传活动。遴选在赣工作或赣籍优秀科学家典型,通过报纸、电视、网络等媒体集中宣传报道不少于20位。省委宣传部、省科协、省科技厅按职责分工负责。

6.创作科学家精神主题作品。制作科学家精神主题微视频、纪录片30部,其中推荐参加全国优秀科普作品评选5部以上。(江西广播电视台、省科协,10月31日前完成)

7.做好老科学家学术成长资料采集。完成3位老科学家学术成长资料采集工程项目,系统整理口述访谈、手稿、照片等资料。(省科协,2026年12月底前)

四、营造尊重科学的社会氛围

8.组织“科学家精神报告团”巡讲。在全省高校、中学、科研院所和企业开展巡讲不少于100场,覆盖听众5万人次以上。省科协会同省教育厅、省国资委组织实施。

9.举办全国科技工作者日系列活动。围绕5月30日全国科技工作者日,举办主题宣讲、座谈交流、走访慰问一线科技工作者等活动。(省科协、省科技厅、省人社厅,5月底前)

10.加强宣传阵地建设。在“江西科技”“江西科协”等政务新媒体开设“科学家精神”专栏,全年推送稿件不少于200篇,阅读量突破1000万次。省科技厅、省科协负责,专栏每月更新。

五、工作要求

11.加强统筹协调。各级科技、科协部门要把弘扬科学家精神作为加强作风和学风建设的重要内容,建立协同推进机制,形成工作合力。

12.做好总结报送。各设区市科协于11月30日前将全年弘扬科学家精神工作总结报送省科协。

【打印本页】 【关闭窗口】

上一篇:关于组织申报2026年度省级科普基地的通知
下一篇:江西省科学技术厅关于公布2025年度省级新型研发机构名单的通知

主办:江西省科学技术厅    地址:南昌市北京西路88号    邮编:330046
网站标识码:3600000034    赣ICP备05004512号    赣公网安备36010802000123号
"""


def make_jiangxi():
    (DOCS / "heldout64-jiangxi-scientist-spirit-web.txt").write_text(JX_TEXT, encoding="utf-8")

    def s(number, title, children):
        return item(number, 1, title, children=children)

    def k(number, title, lead=(), assist=(), deadline=None, targets=()):
        return item(number, 2, title, lead, assist, deadline, targets)

    items = [
        s(
            "一",
            "深化科学家精神研究阐释",
            [
                k(
                    "1",
                    "组织专题研究阐释",
                    ["省科协"],
                    ["省社科院"],
                    "2026-11-30",
                    [
                        t("形成研究成果", ">=", 10, "项"),
                        t("在省级以上媒体发表理论文章", ">=", 5, "篇"),
                    ],
                ),
                k(
                    "2",
                    "推动科学家精神进课堂",
                    ["省教育厅"],
                    ["省科协", "省科技厅"],
                    "2026-12-31",
                ),
            ],
        ),
        s(
            "二",
            "加强科学家精神教育基地建设",
            [
                k(
                    "3",
                    "建设科学家精神教育基地",
                    ["省科协"],
                    ["省科技厅", "省委宣传部"],
                    None,
                    [
                        t("新认定省级科学家精神教育基地", "=", 10, "家", "increment"),
                        t("推荐申报全国科学家精神教育基地", ">=", 2, "家"),
                        t("全省基地总数", ">=", 50, "家"),
                    ],
                ),
                k(
                    "4",
                    "提升基地展示教育水平",
                    ["省科协"],
                    ["各设区市科协"],
                    "ongoing",
                    [t("每家基地全年开展主题教育活动", ">=", 4, "次")],
                ),
            ],
        ),
        s(
            "三",
            "讲好江西科学家故事",
            [
                k(
                    "5",
                    "开展“赣鄱科学家”宣传活动",
                    ["省委宣传部"],
                    ["省科协", "省科技厅"],
                    None,
                    [t("集中宣传报道优秀科学家典型", ">=", 20, "位")],
                ),
                k(
                    "6",
                    "创作科学家精神主题作品",
                    ["江西广播电视台"],
                    ["省科协"],
                    "2026-10-31",
                    [
                        t("科学家精神主题微视频、纪录片", "=", 30, "部"),
                        t("推荐参加全国优秀科普作品评选", ">=", 5, "部"),
                    ],
                ),
                k(
                    "7",
                    "做好老科学家学术成长资料采集",
                    ["省科协"],
                    [],
                    "2026-12-31",
                    [t("老科学家学术成长资料采集工程项目", "=", 3, "位")],
                ),
            ],
        ),
        s(
            "四",
            "营造尊重科学的社会氛围",
            [
                k(
                    "8",
                    "组织“科学家精神报告团”巡讲",
                    ["省科协"],
                    ["省教育厅", "省国资委"],
                    None,
                    [
                        t("巡讲", ">=", 100, "场"),
                        t("覆盖听众", ">=", 50000, "人次"),
                    ],
                ),
                k(
                    "9",
                    "举办全国科技工作者日系列活动",
                    ["省科协"],
                    ["省科技厅", "省人社厅"],
                    "2026-05-31",
                ),
                k(
                    "10",
                    "加强宣传阵地建设",
                    ["省科技厅"],
                    ["省科协"],
                    "ongoing",
                    [
                        t("全年推送稿件", ">=", 200, "篇"),
                        t("阅读量", ">", 10000000, "次"),
                    ],
                ),
            ],
        ),
        s(
            "五",
            "工作要求",
            [
                k("11", "加强统筹协调"),
                k("12", "做好总结报送", ["各设区市科协"], [], "2026-11-30"),
            ],
        ),
    ]
    write_gold("jiangxi-scientist-spirit-web", JX_TITLE, items)


# ---------------------------------------------------------------------------
# 4. 吉州区 — spreadsheet 台账 saved as tab-separated text
# ---------------------------------------------------------------------------

JZ_TITLE = "吉州区2026年青少年科技创新工作任务台账"

JZ_ROWS = [
    [JZ_TITLE, "", "", "", "", ""],
    ["填报单位:区教育体育局(盖章)", "", "", "", "更新时间:2026年2月", ""],
    ["序号", "工作任务", "目标要求", "责任单位", "完成时间", "备注"],
    ["一、科创教育普及", "", "", "", "", ""],
    [
        "1",
        "推进中小学科学教育课程开设",
        "全区中小学按规定开齐开足科学课程,开齐率100%;建设科学教育特色学校10所。",
        "区教体局",
        "2026.8.31",
        "",
    ],
    [
        "2",
        "配齐科学教师和科技辅导员",
        "每所中小学至少配备1名科技辅导员,全年培训科技辅导员300人次。",
        "区教体局(牵头)、区科协",
        "2026/12/31",
        "",
    ],
    [
        "3",
        "建设校园科技创新实验室",
        "新建校园科技创新实验室(创客空间)8个,其中人工智能实验室不少于3个。",
        "区教体局(牵头)、区财政局",
        "2026.10",
        "纳入民生实事",
    ],
    ["二、科创竞赛活动", "", "", "", "", ""],
    [
        "4",
        "组织参加省青少年科技创新大赛",
        "组织参加第41届江西省青少年科技创新大赛,推荐参赛项目不少于40项,力争获省级一等奖3项以上。",
        "区科协(牵头)、区教体局",
        "2026.3.31",
        "",
    ],
    [
        "5",
        "举办全区青少年科技节",
        "举办第十届吉州区青少年科技节,参与学生达到2万人次。",
        "区教体局(牵头)、区科协",
        "5月底前",
        "",
    ],
    [
        "6",
        "组织机器人和人工智能竞赛",
        "举办区级机器人竞赛,组织学生参加市级以上竞赛,参赛队伍30支以上。",
        "区教体局(牵头)、区科协",
        "2026.11.30",
        "",
    ],
    [
        "7",
        "开展“小小科学家”创新实践活动",
        "组织学生开展科学探究、小发明小制作活动,征集作品500件以上。",
        "区科协(牵头)、团区委、区妇联",
        "每学期",
        "",
    ],
    ["三、科普资源进校园", "", "", "", "", ""],
    [
        "8",
        "组织流动科技馆进校园",
        "协调流动科技馆、科普大篷车进校园巡展20场次。",
        "区科协(牵头)、区教体局",
        "9月-12月",
        "",
    ],
    [
        "9",
        "推动科普教育基地向学生开放",
        "区内科普教育基地对中小学生免费开放,接待研学学生1万人次以上。",
        "区科技局(牵头)、区文广新旅局、区教体局",
        "长期坚持",
        "",
    ],
    [
        "10",
        "开展院士专家进校园活动",
        "邀请院士、专家进校园作科普报告不少于6场。",
        "区科协",
        "12.31前",
        "",
    ],
    ["四、后备人才培育", "", "", "", "", ""],
    [
        "11",
        "实施青少年科技创新后备人才培养计划",
        "遴选科技创新苗子学生100名,建立成长档案,实行导师制培养。",
        "区教体局(牵头)、区科协、井冈山大学",
        "2026.6.30",
        "",
    ],
    [
        "12",
        "促进青少年科技创新成果保护",
        "对获得市级以上奖项的优秀作品,指导申请专利,全年申请专利20件。",
        "区市场监管局(牵头)、区教体局",
        "2026.12",
        "",
    ],
    ["五、工作保障", "", "", "", "", ""],
    [
        "13",
        "落实经费保障",
        "区财政安排青少年科技创新专项经费50万元。",
        "区财政局",
        "2026.4.30",
        "",
    ],
    [
        "14",
        "建立台账调度机制",
        "每月更新工作台账,通报任务进展。",
        "区教体局",
        "每季度",
        "",
    ],
    ["注:责任单位有多个的,标注“(牵头)”的为牵头单位。", "", "", "", "", ""],
]


def make_jizhou():
    lines = ["\t".join(row).rstrip("\t") for row in JZ_ROWS]
    (DOCS / "heldout64-jizhou-youth-sheet.txt").write_text(
        "\n".join(lines) + "\n", encoding="utf-8"
    )

    def g(number, title, children):
        return item(number, 1, title, children=children)

    def r(number, title, lead, assist, deadline, targets=()):
        return item(number, 2, title, lead, assist, deadline, targets)

    items = [
        g(
            "一",
            "科创教育普及",
            [
                r(
                    "1",
                    "推进中小学科学教育课程开设",
                    ["区教体局"],
                    [],
                    "2026-08-31",
                    [
                        t("科学课程开齐率", "=", 100, "%"),
                        t("科学教育特色学校", "=", 10, "所"),
                    ],
                ),
                r(
                    "2",
                    "配齐科学教师和科技辅导员",
                    ["区教体局"],
                    ["区科协"],
                    "2026-12-31",
                    [
                        t("每所中小学配备科技辅导员", ">=", 1, "名"),
                        t("培训科技辅导员", "=", 300, "人次"),
                    ],
                ),
                r(
                    "3",
                    "建设校园科技创新实验室",
                    ["区教体局"],
                    ["区财政局"],
                    "2026-10-31",
                    [
                        t("新建校园科技创新实验室(创客空间)", "=", 8, "个", "increment"),
                        t("人工智能实验室", ">=", 3, "个"),
                    ],
                ),
            ],
        ),
        g(
            "二",
            "科创竞赛活动",
            [
                r(
                    "4",
                    "组织参加省青少年科技创新大赛",
                    ["区科协"],
                    ["区教体局"],
                    "2026-03-31",
                    [
                        t("推荐参赛项目", ">=", 40, "项"),
                        t("省级一等奖", ">=", 3, "项"),
                    ],
                ),
                r(
                    "5",
                    "举办全区青少年科技节",
                    ["区教体局"],
                    ["区科协"],
                    "2026-05-31",
                    [t("参与学生", ">=", 20000, "人次")],
                ),
                r(
                    "6",
                    "组织机器人和人工智能竞赛",
                    ["区教体局"],
                    ["区科协"],
                    "2026-11-30",
                    [t("参赛队伍", ">=", 30, "支")],
                ),
                r(
                    "7",
                    "开展“小小科学家”创新实践活动",
                    ["区科协"],
                    ["团区委", "区妇联"],
                    "ongoing",
                    [t("征集作品", ">=", 500, "件")],
                ),
            ],
        ),
        g(
            "三",
            "科普资源进校园",
            [
                r(
                    "8",
                    "组织流动科技馆进校园",
                    ["区科协"],
                    ["区教体局"],
                    "2026-12-31",
                    [t("流动科技馆、科普大篷车进校园巡展", "=", 20, "场次")],
                ),
                r(
                    "9",
                    "推动科普教育基地向学生开放",
                    ["区科技局"],
                    ["区文广新旅局", "区教体局"],
                    "ongoing",
                    [t("接待研学学生", ">=", 10000, "人次")],
                ),
                r(
                    "10",
                    "开展院士专家进校园活动",
                    ["区科协"],
                    [],
                    "2026-12-31",
                    [t("科普报告", ">=", 6, "场")],
                ),
            ],
        ),
        g(
            "四",
            "后备人才培育",
            [
                r(
                    "11",
                    "实施青少年科技创新后备人才培养计划",
                    ["区教体局"],
                    ["区科协", "井冈山大学"],
                    "2026-06-30",
                    [t("遴选科技创新苗子学生", "=", 100, "名")],
                ),
                r(
                    "12",
                    "促进青少年科技创新成果保护",
                    ["区市场监管局"],
                    ["区教体局"],
                    "2026-12-31",
                    [t("申请专利", "=", 20, "件")],
                ),
            ],
        ),
        g(
            "五",
            "工作保障",
            [
                r(
                    "13",
                    "落实经费保障",
                    ["区财政局"],
                    [],
                    "2026-04-30",
                    [t("青少年科技创新专项经费", "=", 50, "万元")],
                ),
                r("14", "建立台账调度机制", ["区教体局"], [], "ongoing"),
            ],
        ),
    ]
    write_gold("jizhou-youth-sheet", JZ_TITLE, items)


NAMES = [
    ("heldout64-ganzhou-museums-plan", "docx"),
    ("heldout64-lianxi-volunteer-table", "pdf"),
    ("heldout64-jiangxi-scientist-spirit-web", "txt"),
    ("heldout64-jizhou-youth-sheet", "txt"),
]


def update_manifest():
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    known = {entry["name"] for entry in manifest["documents"]}
    for name, ext in NAMES:
        if name not in known:
            manifest["documents"].append(
                {"name": name, "source": "own", "split": "heldout64", "document": f"{name}.{ext}"}
            )
    MANIFEST.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main():
    make_ganzhou()
    make_lianxi()
    make_jiangxi()
    make_jizhou()
    update_manifest()


if __name__ == "__main__":
    main()
