"""Write round 41's held-out documents (decision 0005, round 41).

Written by an author who had not read the extractor (only DESIGN §6, the "Output conventions"
of decision 0005, the shared real documents, the manifest and one gold file for its shape):

* heldout41-innovation-office-points.docx — the 江西省创新型省份建设领导小组办公室 2026年工作要点
  in Word, issued under a cover notice (文号, 主送, signature, date), with a preamble carrying the
  year's headline figures, sections 一、…六、, tasks 1.–21. numbered straight through, each task
  followed by a paragraph of its own "责任单位：A、B…" (the preamble says the first one leads),
  a closing paragraph and the 抄送 / 印发 lines of the 版记.
* heldout41-ganzhou-innovative-city.pdf — 赣州市国家创新型城市建设实施方案（2026—2028年）,
  printed to PDF under the 市政府办公室 cover notice, in chapters and articles (第一章 总则 …
  第五章 附则, 第一条 … 第十八条 numbered straight through), the task articles closing with
  "（牵头单位：…；责任单位：…）", page numbers "— n —" and a running header on every page.
* heldout41-xinfeng-task-list.docx — 信丰县2026年科技创新重点工作任务清单 in Word, landscape,
  under a cover notice: a table 序号 | 工作任务 | 目标要求 | 责任领导 | 牵头单位 | 协同单位 |
  时间进度 with merged group rows 一、…四、, the 责任领导 cells naming people with their posts,
  a note under the table and the 版记.
* heldout41-jian-notice-web.txt — a 吉安市人民政府办公室 notice on 科技型企业梯次培育 copied
  from the government website as plain text (site header and footer kept), its measures in
  running paragraphs （一）… 一是…；二是…；三是…, the offices named inside the sentences.

Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round41_documents.py

Annotation choices (where the Output conventions are silent):
* Cover notices: the gold title is the plan's own title, not the 关于印发…的通知 line; the cover
  notice and its reporting dates precede the first item and belong to no item.
* Unit names are kept as printed, full-width brackets included (省委组织部（省委人才办）,
  各县（市、区）人民政府); the person in the 责任领导 column is not a unit.
* Chapters and articles: every 第X章 is a level-1 item and every 第X条 a level-2 item under its
  chapter, including the 总则 and 附则 articles that assign nothing (they carry no units,
  deadline or targets). 第十七条 "本方案由市科技局负责解释" is read as 由A负责 → lead 市科技局.
  第十四条 "领导小组办公室设在市科技局，负责统筹协调、督促落实" → lead 市科技局 (the office
  that does the work sits there).
  第十八条 "有效期至2028年12月31日" is the plan's validity, not a deadline.
* Tables: the item's title is the 工作任务 cell; the targets are read from 目标要求; the
  deadline from 时间进度 and 目标要求 together (the latest limit; a dated limit beats a
  recurrence such as 每季度末). A group row 一、… is a level-1 item numbered as printed.
  "5月、9月集中开展" is read as done by the end of September.
* 一是/二是/三是 points are level-3 items under their （一） paragraph, numbered "一是" etc.; the
  paragraph's own title is its lead phrase (e.g. 扩大科技型中小企业群体). A clause "A负责"
  without 由 names A as lead; "由A、B负责" → A leads, B assists; "A会同B" → B assists; the
  office as subject ("市科技局每月通报…") leads.
* Kind: 认定/培育/选派/建设/争创/组建 counts are levels (not in the increment list); 新增/新建/
  新认定/引进/增长 are increments; "引进培育" counts as 引进 (increment).
* Titles: an item that opens with a short heading sentence (第五条 培育壮大创新主体。…,
  （一）扩大科技型中小企业群体。一是…) is titled by that heading; an item written as one sentence
  is titled by the whole of it, its last 。 dropped; unit lines below a task are not in its title.
* "扩大试点单位范围至30家" is read like 达到 (reach): `>=` 30 家. "在10家高校院所开展…改革"
  is the pilot's size and a target (= 10 家).
* A ranked group qualifying a noun (研发投入前500名企业) is not a target.
* "市财政每年安排…资金不少于1.5亿元" makes 第七条 ongoing (the conventions' 市财政每年安排资金),
  although the article also has a yearly quota.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
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
    font: str = "仿宋_GB2312",
    size: float = 16,
    align: WD_ALIGN_PARAGRAPH | None = None,
    indent: bool = True,
) -> docx.text.paragraph.Paragraph:
    paragraph = document.add_paragraph()
    if align is not None:
        paragraph.alignment = align
    elif indent:
        paragraph.paragraph_format.first_line_indent = Pt(2 * size)
    _font(paragraph.add_run(text), font, size)
    return paragraph


def _cover(document: docx.document.Document, lines: list[tuple[str, str]]) -> None:
    """The cover notice (文号, title, 主送, body, signature, date), then a page break."""
    for kind, text in lines:
        if kind == "c":
            _line(document, text, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "t":
            _line(document, text, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "n":
            _line(document, text, indent=False)
        elif kind == "r":
            _line(document, text, align=WD_ALIGN_PARAGRAPH.RIGHT)
        else:
            _line(document, text)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------------------------------
# 1. The provincial 创新型省份建设领导小组办公室 2026年工作要点 in Word.

OFFICE_TITLE = "江西省创新型省份建设领导小组办公室2026年工作要点"

OFFICE_COVER = [
    ("c", "赣创新办〔2026〕2号"),
    ("t", "关于印发《江西省创新型省份建设领导小组办公室2026年工作要点》的通知"),
    ("n", "各设区市人民政府，赣江新区管委会，省创新型省份建设领导小组各成员单位："),
    (
        "p",
        "现将《江西省创新型省份建设领导小组办公室2026年工作要点》印发给你们，请结合实际认真抓好"
        "贯彻落实，并于2026年7月10日、2027年1月10日前分别将半年和全年工作进展情况报送省创新办"
        "（省科技厅政策法规与创新体系建设处）。",
    ),
    ("r", "江西省创新型省份建设领导小组办公室"),
    ("r", "2026年3月6日"),
    ("p", "（此件主动公开）"),
]

OFFICE = [
    ("a", "附件"),
    ("t", OFFICE_TITLE),
    (
        "p",
        "2026年是“十五五”规划开局之年，也是全面建设创新江西的关键之年。为深入贯彻落实党的二十届"
        "四中全会精神和全省科技大会部署，扎实推进创新型省份建设，现提出2026年工作要点如下"
        "（各项任务责任单位中，列第一位的为牵头单位）。",
    ),
    (
        "p",
        "主要目标：全社会研发经费投入增长12%以上，高新技术企业达到1.5万家，科技型中小企业突破"
        "2.5万家，技术合同成交额达到1200亿元。",
    ),
    ("h", "一、强化企业科技创新主体地位"),
    (
        "p",
        "1.实施科技领军企业培育行动，遴选培育省级科技领军企业30家，支持领军企业牵头组建创新联合体"
        "10个以上。",
    ),
    ("u", "责任单位：省科技厅、省工业和信息化厅、省国资委"),
    (
        "p",
        "2.深入开展高新技术企业“量质齐升”行动，全年新认定高新技术企业2500家以上，9月底前完成"
        "第一批认定工作。",
    ),
    ("u", "责任单位：省科技厅、省财政厅、省税务局"),
    (
        "p",
        "3.落实企业研发费用加计扣除、高新技术企业所得税优惠等政策，全年惠及企业1.2万家次以上，"
        "规上工业企业研发机构覆盖率保持在45%以上。",
    ),
    ("u", "责任单位：省税务局、省科技厅、省工业和信息化厅、省统计局"),
    (
        "p",
        "4.开展企业研发投入攻坚行动，建立全省重点企业研发投入监测名单，对研发投入前500名企业"
        "实行“一企一策”精准服务。",
    ),
    ("u", "责任单位：省科技厅、省统计局，各设区市人民政府"),
    ("h", "二、提升创新平台能级"),
    (
        "p",
        "5.全力支持国家稀土功能材料创新中心、国家虚拟现实创新中心建设，争创全国重点实验室1-2家，"
        "年内新建省级重点实验室20家。",
    ),
    ("u", "责任单位：省科技厅、省发展改革委、省工业和信息化厅、省教育厅"),
    (
        "p",
        "6.支持中国科学院赣江创新研究院、南昌大学等高水平科研机构提升原始创新能力，推进省实验室"
        "体系建设，省实验室集聚科研人员达到1500人。",
    ),
    ("u", "责任单位：省科技厅、省教育厅、省财政厅，南昌市、赣州市人民政府"),
    (
        "p",
        "7.围绕电子信息、有色金属、新能源、航空等重点产业链新建省技术创新中心15家，对运行绩效"
        "评价为优秀的给予每家不超过200万元奖励。",
    ),
    ("u", "责任单位：省科技厅、省财政厅"),
    (
        "p",
        "8.推动重大科研基础设施和大型科研仪器开放共享，入网大型科研仪器设备达到8000台套，"
        "全年服务企业不少于3000家次。",
    ),
    ("u", "责任单位：省科技厅，各设区市科技局"),
    ("h", "三、加快科技成果转化"),
    (
        "p",
        "9.深入实施科技成果转化“赣鄱行”活动，全年举办成果路演对接活动50场以上，技术合同成交额"
        "达到1200亿元。",
    ),
    ("u", "责任单位：省科技厅、省教育厅、省科学院"),
    (
        "p",
        "10.建设省级概念验证中心和中试基地，上半年出台省级中试基地建设指引，全年认定省级中试基地"
        "10家。",
    ),
    ("u", "责任单位：省科技厅、省发展改革委、省工业和信息化厅"),
    (
        "p",
        "11.深化赋予科研人员职务科技成果所有权或长期使用权改革，扩大试点单位范围至30家，10月底前"
        "完成试点评估。",
    ),
    ("u", "责任单位：省科技厅、省教育厅、省财政厅、省国资委"),
    ("p", "12.完善技术转移体系，培育省级技术转移示范机构20家，培养技术经理人1000名以上。"),
    ("u", "责任单位：省科技厅、省人力资源社会保障厅"),
    ("h", "四、深化科技金融和体制机制改革"),
    (
        "p",
        "13.扩大“科贷通”“科保贷”规模，全年科技型企业贷款余额增长15%，新增科技型企业贷款投放"
        "300亿元以上。",
    ),
    (
        "u",
        "责任单位：人民银行江西省分行、省科技厅、省委金融办、国家金融监督管理总局江西监管局",
    ),
    (
        "p",
        "14.发挥省级科技成果转化引导基金作用，新设立规模不低于20亿元的天使投资基金，引导社会资本"
        "投早投小投硬科技。",
    ),
    ("u", "责任单位：省财政厅、省科技厅、省金控集团"),
    (
        "p",
        "15.深化科技计划项目管理改革，推行“揭榜挂帅”“赛马制”等组织方式，全年实施“揭榜挂帅”项目"
        "不少于40项，项目评审周期压缩至60天以内。",
    ),
    ("u", "责任单位：省科技厅、省财政厅"),
    (
        "p",
        "16.开展科技人才评价改革试点，在10家高校院所开展“破四唯”“立新标”评价改革，9月底前形成"
        "可复制推广的经验做法。",
    ),
    (
        "u",
        "责任单位：省科技厅、省教育厅、省委组织部（省委人才办）、省人力资源社会保障厅",
    ),
    ("h", "五、集聚创新人才"),
    (
        "p",
        "17.深入实施“赣鄱俊才支持计划”，全年支持科技创新高层次人才300名、创新团队50个，新增"
        "博士后科研工作站15家。",
    ),
    ("u", "责任单位：省委组织部（省委人才办）、省科技厅、省人力资源社会保障厅"),
    (
        "p",
        "18.深化科技特派员制度，选派省级科技特派团100个以上，服务农业经营主体2000家，年底前实现"
        "乡村振兴重点帮扶县全覆盖。",
    ),
    ("u", "责任单位：省科技厅、省农业农村厅，各设区市人民政府"),
    ("h", "六、强化统筹协调"),
    (
        "p",
        "19.召开省创新型省份建设领导小组全体会议，研究部署年度重点工作，每季度召开一次办公室"
        "工作调度会。",
    ),
    ("u", "责任单位：省科技厅"),
    (
        "p",
        "20.开展设区市创新型城市建设监测评价，11月底前发布2025年度全省科技创新监测评价报告。",
    ),
    ("u", "责任单位：省科技厅、省统计局，各设区市人民政府"),
    ("p", "21.加强创新型省份建设宣传，全年在省级以上媒体刊发宣传报道100篇以上。"),
    ("u", "责任单位：省委宣传部、省科技厅"),
    (
        "p",
        "各成员单位要切实履行职责，细化工作措施，加强协同配合，确保各项任务落到实处。工作中遇到的"
        "重大问题，及时报告省创新型省份建设领导小组。",
    ),
]

OFFICE_RECORD = [
    "抄送：省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅。",
    "江西省创新型省份建设领导小组办公室          2026年3月6日印发",
]


def _office_docx(path: Path) -> None:
    document = docx.Document()
    _cover(document, OFFICE_COVER)
    for kind, text in OFFICE:
        if kind == "a":
            _line(document, text, "黑体", 16, indent=False)
        elif kind == "t":
            _line(document, text, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "h":
            _line(document, text, "黑体")
        elif kind == "u":
            _line(document, text, "楷体_GB2312")
        else:
            _line(document, text)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    for text in OFFICE_RECORD:
        _line(document, text, size=14, indent=False)
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 2. A city 创新型城市建设 实施方案 in chapters and articles, printed to PDF.

CITY_TITLE = "赣州市国家创新型城市建设实施方案（2026—2028年）"

CITY_COVER = [
    ("c", "赣市府办发〔2026〕8号"),
    ("t", "赣州市人民政府办公室关于印发赣州市国家创新型城市建设实施方案（2026—2028年）的通知"),
    ("n", "各县（市、区）人民政府，市政府各部门，市属、驻市各单位："),
    (
        "p",
        "《赣州市国家创新型城市建设实施方案（2026—2028年）》已经市政府同意，现印发给你们，"
        "请认真贯彻落实。",
    ),
    ("r", "赣州市人民政府办公室"),
    ("r", "2026年4月15日"),
    ("p", "（此件主动公开）"),
]

CITY = [
    ("t", CITY_TITLE),
    ("h", "第一章　总则"),
    (
        "p",
        "第一条　为深入实施创新驱动发展战略，高质量推进国家创新型城市建设，加快打造革命老区"
        "高质量发展示范区创新高地，根据《中华人民共和国科学技术进步法》《江西省创新型省份建设"
        "实施方案》等有关规定，结合我市实际，制定本方案。",
    ),
    (
        "p",
        "第二条　本方案所称创新型城市建设，是指以科技创新为核心，统筹推进产业创新、平台建设、"
        "人才集聚和创新生态优化。本方案适用于全市各县（市、区）和赣州经开区、赣州高新区、"
        "蓉江新区等功能区。",
    ),
    ("h", "第二章　建设目标"),
    (
        "p",
        "第三条　到2028年，全市创新型城市建设取得显著成效：全社会研发经费投入强度达到2.3%，"
        "高新技术企业突破2000家，科技型中小企业达到3500家，每万人口高价值发明专利拥有量达到"
        "4.5件，技术合同成交额突破150亿元，高新技术产业增加值占规模以上工业增加值比重达到"
        "45%以上。",
    ),
    (
        "p",
        "第四条　2026年，全市研发经费投入增长15%以上，新增高新技术企业200家，新认定科技型中小"
        "企业500家以上。",
    ),
    ("h", "第三章　重点任务"),
    (
        "p",
        "第五条　培育壮大创新主体。实施科技型企业梯次培育行动，建立“科技型中小企业—高新技术"
        "企业—科技领军企业”培育库，入库企业保持在3000家以上；支持企业建设研发机构，到2027年底"
        "规上工业企业研发机构覆盖率达到50%。（牵头单位：市科技局；责任单位：市工信局、市税务局，"
        "各县（市、区）人民政府）",
    ),
    (
        "p",
        "第六条　建设高能级创新平台。全力支持中国科学院赣江创新研究院建设，推动国家稀土功能材料"
        "创新中心提质升级；争创全国重点实验室1个，新建省级以上创新平台30个，2026年底前完成"
        "江西理工大学国家大学科技园提升改造。（牵头单位：市科技局；责任单位：市发展改革委、"
        "市工信局、市教育局，章贡区人民政府）",
    ),
    (
        "p",
        "第七条　推进关键核心技术攻关。围绕稀土新材料、钨新材料、新能源汽车、电子信息、现代家居"
        "等主导产业，每年组织实施市级重大科技专项10项以上，市财政每年安排科技专项资金不少于"
        "1.5亿元。（牵头单位：市科技局；责任单位：市财政局、市工信局）",
    ),
    (
        "p",
        "第八条　加速科技成果转移转化。建设赣州科技大市场，2027年6月底前建成线上线下融合的技术"
        "交易服务平台；培育技术转移示范机构10家、技术经理人500名，全市技术合同成交额年均增长"
        "20%以上。（牵头单位：市科技局；责任单位：市教育局、市人社局，赣州高新区管委会）",
    ),
    (
        "p",
        "第九条　推动产业创新发展。实施“科技+产业”融合工程，推动稀土、钨等有色金属产业向高端"
        "延伸，培育国家级专精特新“小巨人”企业20家以上，高新技术产业增加值年均增长10%。"
        "（牵头单位：市工信局；责任单位：市科技局、市发展改革委，各县（市、区）人民政府）",
    ),
    (
        "p",
        "第十条　集聚创新人才。深入实施“赣州人才新政”，三年引进培育高层次科技人才500名以上、"
        "创新团队50个，建设院士工作站、博士后科研工作站等人才平台20个。（牵头单位：市委组织部"
        "（市委人才办）；责任单位：市科技局、市人社局）",
    ),
    (
        "p",
        "第十一条　深化科技金融融合。设立规模不低于10亿元的市级科创投资基金，推广“科贷通”"
        "“赣科贷”等金融产品，科技型企业贷款余额年均增长15%以上。（牵头单位：市委金融办；"
        "责任单位：市财政局、市科技局、人民银行赣州市分行、国家金融监督管理总局赣州监管分局）",
    ),
    (
        "p",
        "第十二条　优化区域创新布局。推动赣州高新区在国家高新区综合评价中进入全国前80位，"
        "支持有条件的县（市、区）创建省级高新技术产业园区2个，2027年底前完成创建。（牵头单位："
        "市科技局；责任单位：赣州高新区管委会、赣州经开区管委会，各县（市、区）人民政府）",
    ),
    (
        "p",
        "第十三条　营造良好创新生态。全面落实研发费用加计扣除等惠企政策，开展“科技政策进企业”"
        "宣讲活动，每年举办科普活动1000场次以上，到2028年公民具备科学素质比例达到16%。"
        "（牵头单位：市科技局；责任单位：市科协、市税务局）",
    ),
    ("h", "第四章　保障措施"),
    (
        "p",
        "第十四条　加强组织领导。成立由市政府主要领导任组长的赣州市创新型城市建设领导小组，"
        "领导小组办公室设在市科技局，负责统筹协调、督促落实，每半年召开一次工作推进会。",
    ),
    (
        "p",
        "第十五条　加大财政投入。建立财政科技投入稳定增长机制，市、县两级财政科技支出增幅不低于"
        "一般公共预算支出增幅，2026年市本级财政科技支出达到5亿元。（责任单位：市财政局、"
        "市科技局，各县（市、区）人民政府）",
    ),
    (
        "p",
        "第十六条　强化考核评估。将创新型城市建设纳入全市高质量发展综合考核，每年开展一次年度"
        "监测评价，2028年底前对本方案实施情况开展总体评估。",
    ),
    ("h", "第五章　附则"),
    ("p", "第十七条　本方案由市科技局负责解释。"),
    ("p", "第十八条　本方案自印发之日起施行，有效期至2028年12月31日。"),
]

CITY_RECORD = [
    "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，赣州军分区。",
    "赣州市人民政府办公室　　　　　　　　　　2026年4月16日印发",
]


def _city_pdf(path: Path) -> None:
    from weasyprint import HTML

    def block(kind: str, text: str) -> str:
        return f'<p class="{kind}">{text}</p>'

    cover = "\n".join(block(kind, text) for kind, text in CITY_COVER)
    body = "\n".join(block(kind, text) for kind, text in CITY)
    record = "\n".join(block("v", text) for text in CITY_RECORD)
    html = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm;
  @top-center {{ content: "赣州市人民政府办公室"; font-family: "Noto Serif CJK SC";
    font-size: 10pt; color: #555; }}
  @bottom-center {{ content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
    font-size: 14pt; }} }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 15pt; line-height: 1.6; }}
p {{ margin: 0; text-indent: 2em; }}
p.c {{ text-align: center; text-indent: 0; }}
p.t {{ text-align: center; text-indent: 0; font-size: 20pt; margin: 0.6em 0; }}
p.n {{ text-indent: 0; }}
p.r {{ text-align: right; padding-right: 2em; }}
p.h {{ font-family: "Noto Sans CJK SC"; text-align: center; text-indent: 0; margin: 0.4em 0; }}
p.v {{ text-indent: 0; font-size: 13pt; border-top: 1px solid #000; }}
div.page {{ page-break-after: always; }}
</style></head><body>
<div class="page">{cover}</div>
<div class="page">{body}</div>
<div>{record}</div>
</body></html>"""
    HTML(string=html).write_pdf(str(path))


# ---------------------------------------------------------------------------------------
# 3. A county 年度重点工作任务清单 in Word: a landscape table with group rows.

COUNTY_TITLE = "信丰县2026年科技创新重点工作任务清单"

COUNTY_COVER = [
    ("c", "信府办字〔2026〕12号"),
    ("t", "信丰县人民政府办公室关于印发信丰县2026年科技创新重点工作任务清单的通知"),
    ("n", "各乡镇人民政府，县政府各部门，信丰高新区管委会："),
    (
        "p",
        "经县政府同意，现将《信丰县2026年科技创新重点工作任务清单》印发给你们，请各责任领导、"
        "牵头单位对照清单抓好落实，并于每季度末将工作进展情况报县科技局汇总。",
    ),
    ("r", "信丰县人民政府办公室"),
    ("r", "2026年2月20日"),
]

COUNTY_HEADER = ("序号", "工作任务", "目标要求", "责任领导", "牵头单位", "协同单位", "时间进度")
LIU = "刘建国（县委常委、副县长）"
COUNTY_ROWS: list[tuple[str, ...]] = [
    ("一、创新主体培育",),
    (
        "1",
        "高新技术企业培育",
        "新认定高新技术企业15家以上，高新技术企业总数达到110家",
        LIU,
        "县科技局",
        "县工信局、县税务局、县财政局",
        "2026年9月底前完成申报，12月底前完成认定",
    ),
    (
        "2",
        "科技型中小企业评价入库",
        "全年评价入库科技型中小企业120家",
        LIU,
        "县科技局",
        "县工信局，各乡镇人民政府",
        "分两批次组织，第三季度完成",
    ),
    (
        "3",
        "企业研发投入提升",
        "全县研发经费投入增长12%，有研发活动的规上工业企业占比达到50%以上",
        LIU,
        "县科技局",
        "县统计局、县工信局",
        "全年推进，按季度调度",
    ),
    (
        "4",
        "专精特新企业培育",
        "新增省级专精特新中小企业10家、国家级专精特新“小巨人”企业1家",
        "王海涛（副县长）",
        "县工信局",
        "县科技局、县市场监管局",
        "2026年12月31日前",
    ),
    ("二、创新平台建设",),
    (
        "5",
        "省级创新平台建设",
        "新建省级工程技术研究中心、省级企业技术中心等创新平台3个",
        LIU,
        "县科技局",
        "县工信局、县发改委",
        "11月底前",
    ),
    (
        "6",
        "信丰高新区提质升级",
        "推动信丰高新区在全省开发区综合考评中进位赶超，高新技术产业营业收入达到180亿元",
        "钟伟（县委常委、信丰高新区党工委书记）",
        "信丰高新区管委会",
        "县科技局、县发改委",
        "2026年12月底前",
    ),
    (
        "7",
        "产学研合作",
        "与江西理工大学、赣南师范大学等高校共建产学研合作基地2个，引进高校科技成果转化项目5项",
        LIU,
        "县科技局",
        "县教育体育局、信丰高新区管委会",
        "2026年10月",
    ),
    ("三、成果转化和人才集聚",),
    (
        "8",
        "技术合同登记",
        "全年技术合同成交额达到6亿元",
        LIU,
        "县科技局",
        "信丰高新区管委会，各乡镇人民政府",
        "12.31前",
    ),
    (
        "9",
        "科技特派员服务",
        "选派县级科技特派员60名，服务脐橙、蔬菜等特色产业基地30个以上",
        "李红梅（副县长）",
        "县科技局",
        "县农业农村局、县果业发展中心",
        "长期",
    ),
    (
        "10",
        "科技人才引进",
        "引进培育高层次科技人才20名，柔性引进专家团队3个",
        "赖志强（县委常委、组织部部长）",
        "县委组织部（县委人才办）",
        "县科技局、县人社局",
        "2026年11月底前",
    ),
    (
        "11",
        "知识产权创造运用",
        "发明专利授权量达到60件，知识产权质押融资金额达到1.5亿元",
        "王海涛（副县长）",
        "县市场监管局",
        "县科技局、县财政局",
        "2026年12月底前",
    ),
    ("四、科技投入和创新生态",),
    (
        "12",
        "财政科技投入",
        "县本级财政科技支出不低于3500万元，增幅不低于一般公共预算支出增幅",
        "曾志明（副县长）",
        "县财政局",
        "县科技局",
        "全年持续推进",
    ),
    (
        "13",
        "科技金融服务",
        "“科贷通”贷款投放1亿元以上，惠及科技型企业30家",
        "曾志明（副县长）",
        "县财政局",
        "县科技局、信丰农商银行",
        "2026.10.31",
    ),
    (
        "14",
        "科普和科技宣传",
        "举办科技活动周、全国科普日等活动20场次，公民具备科学素质比例达到13%",
        "李红梅（副县长）",
        "县科协",
        "县科技局、县教育体育局",
        "5月、9月集中开展",
    ),
    (
        "15",
        "科技创新工作督导",
        "对各乡镇、县直有关单位科技创新工作开展季度调度，年底前开展综合考评",
        LIU,
        "县科技局",
        "县委督查室、县政府督查室",
        "每季度末",
    ),
]

COUNTY_AFTER = [
    "注：牵头单位为第一责任单位，协同单位按职责分工配合。",
    "抄送：县委办公室，县人大常委会办公室，县政协办公室。",
    "信丰县人民政府办公室　　　　　　　　2026年2月20日印发",
]


def _county_docx(path: Path) -> None:
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    _cover(document, COUNTY_COVER)
    _line(document, "附件", "黑体", indent=False)
    _line(document, COUNTY_TITLE, "方正小标宋简体", 20, WD_ALIGN_PARAGRAPH.CENTER)
    table = document.add_table(rows=1, cols=len(COUNTY_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, COUNTY_HEADER, strict=True):
        _font(cell.paragraphs[0].add_run(text), "黑体", 12)
    for row in COUNTY_ROWS:
        cells = table.add_row().cells
        if len(row) == 1:
            merged = cells[0].merge(cells[-1])
            _font(merged.paragraphs[0].add_run(row[0]), "黑体", 12)
            continue
        for cell, text in zip(cells, row, strict=True):
            _font(cell.paragraphs[0].add_run(text), "仿宋_GB2312", 12)
    for text in COUNTY_AFTER:
        _line(document, text, size=14, indent=False)
    document.save(str(path))


# ---------------------------------------------------------------------------------------
# 4. A city notice copied from the website: measures in 一是…；二是… running paragraphs.

JIAN = """吉安市人民政府办公室关于加快科技型企业梯次培育壮大的通知
索引号：11360800MB1736422K/2026-0041　　发布机构：吉安市人民政府办公室
文号：吉府办字〔2026〕21号　　发布日期：2026-04-22　　浏览次数：
【字体：大 中 小】　【打印】　【关闭】

各县（市、区）人民政府，井冈山经开区、吉安高新区管委会，市政府各部门：
为深入实施创新驱动发展战略，加快构建“科技型中小企业—高新技术企业—科技领军企业”梯次培育体系，推动科技型企业量质齐升，经市政府同意，现就有关事项通知如下：

一、工作目标
2026年，全市新增科技型中小企业400家以上，高新技术企业总数达到1300家，培育省级科技领军企业3-5家，高新技术产业增加值占规模以上工业增加值比重达到48%。

二、重点举措
（一）扩大科技型中小企业群体。一是建立市、县两级科技型企业培育库，由市科技局牵头，各县（市、区）人民政府配合，6月底前完成首批入库企业遴选，入库企业不少于800家；二是开展“科技政策进园区”系列宣讲，市科技局会同市税务局每季度组织一次集中培训；三是对首次评价入库的科技型中小企业，由各县（市、区）人民政府给予每家不超过2万元的一次性奖励。
（二）加快高新技术企业倍增。一是实施高新技术企业“育苗扶壮”计划，市科技局牵头对拟申报企业开展“一对一”辅导，全年申报高新技术企业不少于350家；二是落实高新技术企业所得税优惠和研发费用加计扣除政策，市税务局负责，9月底前完成年度政策兑现；三是对首次认定的高新技术企业给予每家10万元奖励，全年兑现奖补资金1500万元，由市财政局、市科技局负责。
（三）培育科技领军企业。一是遴选一批营业收入5亿元以上、研发投入强度3%以上的骨干企业，由市工信局、市科技局牵头，建立科技领军企业培育名单；二是支持领军企业牵头组建创新联合体，年内组建市级创新联合体5个，市科技局负责；三是推动领军企业建设高水平研发机构，争创国家级企业技术中心1家，由市工信局负责，市发展改革委配合。
（四）强化要素保障。一是扩大“科贷通”贷款规模，合作银行全年向科技型企业发放贷款20亿元以上，由市委金融办、市科技局负责，人民银行吉安市分行配合；二是市科技局会同市人社局，为科技型企业引进硕士以上人才300人，10月底前举办“才聚吉安”科技人才专场招聘会；三是建立科技型企业培育联席会议制度，市科技局每半年向市政府报告一次工作进展。

三、保障措施
（一）加强组织领导。建立由分管副市长牵头的工作协调机制，及时研究解决企业培育中的重大问题。
（二）强化督导考核。将科技型企业培育工作纳入对各县（市、区）高质量发展综合考核，市科技局每月通报工作进展。

吉安市人民政府办公室
2026年4月18日
（此件主动公开）

【打印本页】　【关闭窗口】
主办：吉安市人民政府办公室　　承办：吉安市政务服务数据管理局
网站标识码：3608000001　　赣公网安备 36080202000123号
"""


def main() -> None:
    _office_docx(DOCS / "heldout41-innovation-office-points.docx")
    _city_pdf(DOCS / "heldout41-ganzhou-innovative-city.pdf")
    _county_docx(DOCS / "heldout41-xinfeng-task-list.docx")
    (DOCS / "heldout41-jian-notice-web.txt").write_text(JIAN, encoding="utf-8")


if __name__ == "__main__":
    main()
