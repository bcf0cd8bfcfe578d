"""Write the four held-out documents of blind round 62 (run from the repository root).

The documents were written blind: their author read only DESIGN §6, the "Output conventions"
part of decision 0005, one gold file for its shape and the last manifest entry.

Documents
---------
* ``heldout62-shangrao-digital-village.txt`` — 上饶市2025年数字乡村发展工作要点, copied from the
  city agriculture bureau's website with its page chrome (breadcrumb, 发布时间/来源, 字号 line,
  the covering notice and its signature, 相关附件/打印 footer). 一、 groups over 1. items; each
  item ends with 〔责任单位:…〕, some holding a time limit after a semicolon (`;完成时限:…`),
  others give the limit in the text (年底前, 10月底前, 持续推进). A 主要目标 paragraph before the
  first item carries the document-level targets.
* ``heldout62-jian-agro-processing-table.docx`` — 吉安市2025年农产品加工科技创新重点任务分解表,
  a Word file drafted by the city science and technology bureau (仿宋 body, 黑体 title, landscape
  table). Columns 序号 | 重点任务 | 目标要求 | 牵头单位 | 责任单位 | 完成时限; group rows
  (一、二、…) span the table; the 责任单位 column beside 牵头单位 names assisting units.
  Deadlines as 2025年6月底前, 11月底前, 长期坚持, 每季度, 2025年12月.
* ``heldout62-jiangxi-livestock-fishery-points.pdf`` — 2025年全省畜牧水产科技工作要点, a
  provincial department's document printed from WPS to PDF (A4, a running header with the
  document number, page numbers `— 1 —`). 一、 / (一) / 1. levels; units as sentences
  (`由A牵头,B、C配合。`), as the task's subject (`省水产技术推广站会同…`), `A负责` sentences and
  a closing bracket of offices; deadlines in running text (6月底前, 第三季度, 年内, 常态化).
* ``heldout62-jinxian-farm-machinery-sheet.txt`` — 进贤县2025年农业机械化重点工作台账, a
  spreadsheet task table saved as tab-separated text. A 类别 column whose merged cells export
  only in the first row of each group; 序号 runs 1–n across groups; 责任单位 and 配合单位
  columns; 完成时限 cells such as 2025.6.30, 2025/12/31, 2025.10, 长期, 每季度.

Annotation choices (where 0005's conventions are silent)
-------------------------------------------------------
* Group headings (一、… in text, group rows in a table, and the merged 类别 cells of the
  spreadsheet) are level-1 items with no units, no deadline and no targets. A spreadsheet
  类别 group has number "" (a column value, not a printed label); a table's group row keeps its
  printed 一, 二 …. The sheet's 填报单位/更新日期 row and the Word table's 注 line are not items.
* Item ``title``: the bold lead sentence without its 。 for running-text items; the 重点任务 /
  工作任务 cell for table and sheet rows.
* Units: `由A、B牵头,C配合` — the first leads, B and C assist (as for 〔责任单位:A、B〕); an
  explicit 〔责任单位〕 bracket wins over an office named as the subject inside the text
  (上饶 item 13); `各产业技术体系首席专家负责具体实施` — they assist.
* Deadlines: a 常态化 clause in a task's own running text (not a sub-point) makes the task
  ongoing (上饶 item 11); `按月报送监测数据` is a calendar recurrence → ongoing; a sheet cell
  ``2025.10`` / ``2025.11`` is that month's end; a 时限 cell of 每季度 is ongoing.
* Targets: 同比增长12% is ``=`` / increment; 保持100% is ``=`` level; 稳定在98%以上 ``>=``;
  同比下降5%以上 and 下降至12%以下 are level (下降 is not in the increment list); 新培育 … 2家 is an
  increment (a new-count like 新建/新认定); 争创/力争培育 …1个 and 建设…1个 are ``=`` level
  targets (digits with a counting unit, not the article 一); a frequency in digits
  (每季度举办1次) is a ``=`` 1 次 target, but 每季度调度一次 (一 alone) is not; units as printed:
  人次, 场次, 台(套), 尾, 亩, 万 folded into the value (20万亩 → 200000 亩, 50亿尾 → 5000000000 尾,
  12万份 → 120000 份).
* Document-level ``targets`` (before the first item) for 上饶 (主要目标 paragraph) and 吉安
  (the intro paragraph above the table).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

DOCS = Path("apps/supervision/tests/data/docs")


# ---------------------------------------------------------------------------
# 1. 上饶市 数字乡村 — web page text
# ---------------------------------------------------------------------------

SHANGRAO_NOTICE = (
    "上饶市农业农村局 中共上饶市委网络安全和信息化委员会办公室"
    "关于印发《上饶市2025年数字乡村发展工作要点》的通知"
)

SHANGRAO_TXT = """\
首页 > 信息公开 > 法定主动公开内容 > 政策文件 > 部门文件

{notice_title}

索引号:B11250-0300-2025-0042    发布机构:上饶市农业农村局
发布时间:2025-03-18 16:02    来源:市农业农村局    浏览次数:1268
【字体:大 中 小】  【打印】  【关闭】

各县(市、区)农业农村局、党委网信办,市数字乡村发展统筹协调机制各成员单位:
现将《上饶市2025年数字乡村发展工作要点》印发给你们,请结合实际认真抓好贯彻落实。

上饶市农业农村局    中共上饶市委网络安全和信息化委员会办公室
2025年3月14日

上饶市2025年数字乡村发展工作要点

2025年是“十四五”规划收官之年,也是全面推进数字乡村建设的关键之年。全市数字乡村发展工作要坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大和二十届二中、三中全会精神,深入落实中央和省委关于数字乡村发展的决策部署,以数字化赋能乡村产业发展、乡村建设和乡村治理,为打造革命老区高质量发展示范区贡献力量。

主要目标:到2025年底,全市农村地区5G网络覆盖率达到95%以上,行政村千兆光网通达率保持100%;农产品网络零售额突破120亿元;累计建成市级数字乡村示范村30个以上。

一、夯实乡村数字基础设施

1.加快农村网络设施建设。推动5G网络向重点乡镇、行政村和农业生产基地延伸,全年新建5G基站1200个以上,年底前实现乡镇以上区域5G网络连续覆盖。〔责任单位:市通信发展管理办公室、市工信局,各县(市、区)人民政府〕

2.推进农村基础设施数字化改造。推进农村公路、水利、电网、冷链物流等基础设施数字化、智能化升级,完成200座小型水库雨水情测报和安全监测设施建设。〔责任单位:市水利局、市交通运输局、国网上饶供电公司;完成时限:2025年10月底〕

3.提升农村应急广播覆盖水平。推进应急广播主动发布终端建设,行政村应急广播覆盖率达到98%以上,持续推进。〔责任单位:市文广新旅局、市应急管理局〕

二、大力发展智慧农业

4.建设数字农业示范基地。围绕茶叶、蔬菜、水产、生猪等主导产业,新认定市级数字农业示范基地15个,争创省级数字农业农村创新应用基地2个。〔责任单位:市农业农村局,市科技局;完成时限:2025年11月底〕

5.推广农业物联网和遥感监测。依托全省智慧农业平台,推动高标准农田物联网监测覆盖面积达到20万亩,在广丰区、鄱阳县开展水稻病虫害遥感监测试点。〔责任单位:市农业农村局、市气象局〕

6.推进北斗农机作业监测。为深松整地、秸秆还田等作业机具加装北斗终端2000台以上,6月底前完成作业监测平台数据对接。〔责任单位:市农业农村局〕

三、繁荣乡村数字经济

7.深化电子商务进农村。完善县乡村三级电商服务体系,农产品网络零售额突破120亿元,同比增长12%。〔责任单位:市商务局、市农业农村局、市邮政管理局〕

8.培育农村电商直播人才。开展“赣鄱乡村网红”培训,全年培训农村电商带头人3000人次以上,孵化本土直播团队100个。〔责任单位:市人社局、市商务局、团市委;完成时限:2025年12月底〕

9.发展乡村数字文旅。推出“云游信江”乡村旅游线上服务,打造智慧乡村旅游点50个,上半年完成首批20个点位上线。〔责任单位:市文广新旅局〕

四、提升乡村数字治理效能

10.推进政务服务向村级延伸。深化“赣服通”上饶分厅村级服务专区建设,村级高频事项网上可办率达到90%以上。〔责任单位:市行政审批局、市数据局〕

11.深化平安乡村智能化建设。巩固“雪亮工程”建设成果,行政村公共区域视频监控覆盖率保持100%,常态化开展设备巡检维护。〔责任单位:市委政法委、市公安局〕

12.推广“数字网格”治理模式。在每个县(市、区)至少选择3个乡镇开展“网格+数字”治理试点,9月底前形成可复制经验。〔责任单位:市委社会工作部、市民政局,各县(市、区)人民政府〕

五、强化组织保障

13.加强统筹调度。市数字乡村发展统筹协调机制办公室每季度调度一次工作进展,及时通报各地推进情况。〔责任单位:市委网信办、市农业农村局〕

14.开展示范村评估。12月中旬前对已建成的市级数字乡村示范村开展评估,评估结果纳入乡村振兴实绩考核。〔责任单位:市委网信办、市农业农村局、市财政局〕

相关附件:
上饶市2025年数字乡村发展工作要点.docx

【打印本页】 【关闭窗口】
主办单位:上饶市农业农村局  赣ICP备05001234号-1  赣公网安备 36110202000123号
网站标识码:3611000023  技术支持:上饶市大数据中心
""".replace("{notice_title}", SHANGRAO_NOTICE)


# ---------------------------------------------------------------------------
# 2. 吉安市 农产品加工科技 — Word task table
# ---------------------------------------------------------------------------

JIAN_TITLE = "吉安市2025年农产品加工科技创新重点任务分解表"
JIAN_INTRO = (
    "为深入实施科技强农行动,加快农产品加工业科技创新,推动我市井冈蜜柚、狗牯脑茶、"
    "泰和乌鸡等特色农产品精深加工提质增效,结合我市实际,制定本任务分解表。"
    "2025年全市农产品加工业主营业务收入力争达到1050亿元,规模以上农产品加工企业研发投入"
    "增长10%以上,农产品加工转化率达到72%。"
)
JIAN_HEADER = ["序号", "重点任务", "目标要求", "牵头单位", "责任单位", "完成时限"]
JIAN_ROWS: list[tuple[str, ...]] = [
    ("一、加工关键技术攻关",),
    (
        "1",
        "实施农产品精深加工科技专项",
        "围绕蜜柚、茶叶、乌鸡、油茶等产业组织实施市级科技计划项目20项以上,市级财政支持资金不少于800万元。",
        "市科技局",
        "市财政局、市农业农村局",
        "2025年6月底前完成立项",
    ),
    (
        "2",
        "开展蜜柚果胶及果皮综合利用技术攻关",
        "支持井冈蜜柚龙头企业联合高校院所攻关果胶提取、果皮膳食纤维制备等技术,突破关键技术3项。",
        "市科技局",
        "吉安县、井冈山市人民政府",
        "2025年12月",
    ),
    (
        "3",
        "推进茶叶清洁化加工技术应用",
        "推广名优茶清洁化、连续化生产线,新建改造生产线15条。",
        "市农业农村局",
        "遂川县、万安县人民政府",
        "11月底前",
    ),
    ("二、创新平台载体建设",),
    (
        "4",
        "建设农产品加工技术创新中心",
        "依托龙头企业新建市级农产品加工工程技术研究中心5家,争创省级工程技术研究中心1家。",
        "市科技局",
        "市工信局、各县(市、区)科技主管部门",
        "2025年10月底前",
    ),
    (
        "5",
        "培育农产品加工科技型企业",
        "新增入库科技型中小企业40家,新认定农产品加工领域高新技术企业8家以上。",
        "市科技局",
        "市税务局、各县(市、区)人民政府",
        "年底前",
    ),
    (
        "6",
        "建设农产品加工产业园区中试基地",
        "在吉安高新区建设农产品加工中试基地1个,面向中小企业开放共享。",
        "吉安高新区管委会",
        "市科技局、市发改委",
        "2025年9月底前",
    ),
    ("三、成果转化与人才支撑",),
    (
        "7",
        "开展科技成果转化对接活动",
        "每季度举办1次农产品加工科技成果对接会,促成技术合同成交额达到2亿元。",
        "市科技局",
        "市农业农村局、江西农业大学吉安研究院",
        "每季度",
    ),
    (
        "8",
        "选派农产品加工科技特派员",
        "向加工企业选派科技特派员团队30个,实现规模以上农产品加工企业全覆盖。",
        "市科技局",
        "市农业农村局、市人社局",
        "2025年4月底前完成选派",
    ),
    (
        "9",
        "引进培养加工领域科技人才",
        "柔性引进农产品加工领域博士及高级职称人才25名。",
        "市委人才办",
        "市科技局、市人社局",
        "2025年12月底前",
    ),
    ("四、标准品牌与质量提升",),
    (
        "10",
        "制修订农产品加工标准",
        "制定泰和乌鸡、狗牯脑茶等团体标准或地方标准6项以上。",
        "市市场监管局",
        "市农业农村局、市科技局",
        "2025年11月底前",
    ),
    (
        "11",
        "加强加工企业质量安全监管",
        "开展农产品加工企业质量安全抽检,抽检合格率保持在98%以上。",
        "市市场监管局",
        "市农业农村局",
        "长期坚持",
    ),
    (
        "12",
        "推进加工产品品牌建设",
        "组织加工企业参加农交会、茶博会等展会不少于5场,新增“赣鄱正品”认证产品10个。",
        "市农业农村局",
        "市商务局、市市场监管局",
        "2025年12月",
    ),
]


def _set_font(run, name: str, size: float, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)


def write_jian_docx(path: Path) -> None:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    section.top_margin = section.bottom_margin = Cm(2.0)

    p = doc.add_paragraph()
    _set_font(p.add_run("附件"), "黑体", 16)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(p.add_run(JIAN_TITLE), "方正小标宋简体", 20)

    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    _set_font(p.add_run(JIAN_INTRO), "仿宋_GB2312", 14)

    table = doc.add_table(rows=1, cols=len(JIAN_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(5.0), Cm(9.5), Cm(3.0), Cm(4.5), Cm(3.0)]
    for cell, head, width in zip(table.rows[0].cells, JIAN_HEADER, widths, strict=True):
        cell.width = width
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_font(cell.paragraphs[0].add_run(head), "黑体", 12)
    for row in JIAN_ROWS:
        cells = table.add_row().cells
        if len(row) == 1:
            merged = cells[0].merge(cells[-1])
            _set_font(merged.paragraphs[0].add_run(row[0]), "黑体", 12)
            continue
        for cell, value, width in zip(cells, row, widths, strict=True):
            cell.width = width
            _set_font(cell.paragraphs[0].add_run(value), "仿宋_GB2312", 12)

    p = doc.add_paragraph()
    _set_font(
        p.add_run("注:各牵头单位请于每季度末5个工作日内将进展情况报市科技局农村科技科。"),
        "仿宋_GB2312",
        12,
    )
    doc.save(str(path))


# ---------------------------------------------------------------------------
# 3. 江西省 畜牧水产科技 — PDF printed from WPS
# ---------------------------------------------------------------------------

JX_TITLE = "2025年全省畜牧水产科技工作要点"
JX_BODY: list[tuple[str, str]] = [
    (
        "p",
        "2025年全省畜牧水产科技工作的总体思路是:坚持以习近平新时代中国特色社会主义思想为指导,"
        "深入贯彻落实中央和省委农村工作会议精神,围绕生猪、肉牛肉羊、家禽和特色水产等重点产业,"
        "强化良种攻关、疫病防控、绿色养殖和装备技术集成推广,为建设农业强省提供科技支撑。",
    ),
    ("h1", "一、强化畜禽水产种业科技攻关"),
    (
        "h2",
        "(一)推进地方畜禽遗传资源保护利用。",
    ),
    (
        "p",
        "完成赣西山羊、宁都黄鸡、萍乡红鲫等地方品种遗传资源性能测定,新建省级畜禽遗传资源保种场(区)3个,"
        "6月底前完成全省畜禽遗传资源动态监测数据上报。由省畜牧技术推广站牵头,省农科院畜牧兽医研究所、"
        "江西农业大学配合。",
    ),
    ("h2", "(二)实施畜禽水产育种联合攻关。"),
    (
        "p",
        "省农业农村厅会同省科技厅组织实施畜禽水产良种联合攻关项目,支持育繁推一体化企业开展新品种(配套系)选育,"
        "力争培育通过国家审定的新品种(配套系)1个,年内完成项目中期评估。",
    ),
    ("h2", "(三)提升水产苗种繁育水平。"),
    (
        "p",
        "省水产技术推广站会同省水产科学研究所,在南昌、九江、上饶建设鳜鱼、黄颡鱼、小龙虾等特色品种良种繁育基地,"
        "全年繁育优质苗种50亿尾以上,第三季度完成基地建设验收。",
    ),
    ("h1", "二、加强动物疫病防控技术支撑"),
    ("h2", "(四)开展重大动物疫病监测预警。"),
    (
        "p",
        "常态化开展非洲猪瘟、高致病性禽流感等重大动物疫病监测,全年采集检测样品不少于12万份,"
        "强制免疫病种群体免疫抗体合格率保持在70%以上。此项工作由省动物疫病预防控制中心负责,"
        "各设区市农业农村局配合。",
    ),
    ("h2", "(五)推广兽用抗菌药减量使用技术。"),
    (
        "p",
        "新增兽用抗菌药使用减量化试点养殖场80家,试点场兽用抗菌药使用量同比下降5%以上,"
        "11月底前完成试点效果评价。(省兽药饲料监察所、省畜牧技术推广站)",
    ),
    ("h2", "(六)加强水生动物疫病防控。"),
    (
        "p",
        "在重点养殖县设立水生动物疫病监测点120个,开展鲫鱼造血器官坏死病等主要疫病专项监测,"
        "按月报送监测数据。由省水产技术推广站负责。",
    ),
    ("h1", "三、推进绿色健康养殖技术集成推广"),
    ("h2", "(七)推广畜禽粪污资源化利用技术。"),
    (
        "p",
        "集成推广粪污全量还田、异位发酵床等技术模式,全省畜禽粪污综合利用率达到82%以上,"
        "规模养殖场粪污处理设施装备配套率稳定在98%以上。由省畜牧技术推广站、省农业生态与资源保护站牵头,"
        "各设区市农业农村局配合,12月底前完成年度考核。",
    ),
    ("h2", "(八)开展水产绿色健康养殖技术推广“五大行动”。"),
    (
        "p",
        "建设水产绿色健康养殖骨干基地40个,推广稻渔综合种养面积达到500万亩,"
        "池塘尾水治理率提高到65%。(省水产技术推广站,各设区市农业农村局,9月底前完成骨干基地遴选)",
    ),
    ("h2", "(九)推进饲料粮减量替代。"),
    (
        "p",
        "推广低蛋白低豆粕多元化日粮技术,豆粕用量占比下降至12%以下。省兽药饲料监察所负责技术指导,"
        "省饲料工业协会配合开展企业培训。",
    ),
    ("h1", "四、提升养殖装备和数字化水平"),
    ("h2", "(十)推进养殖设施装备升级。"),
    (
        "p",
        "支持规模养殖场改造提升环境控制、自动饲喂、智能巡检等设施装备,新增畜牧业机械化示范场20个,"
        "畜禽养殖机械化率达到55%。由省农机化推广站牵头,省畜牧技术推广站配合。",
    ),
    ("h2", "(十一)建设智慧牧场和数字渔场。"),
    (
        "p",
        "在生猪、肉牛、蛋鸡等领域建设智慧牧场示范点15个,在鄱阳湖周边建设数字渔场示范点10个。"
        "省农业农村厅信息中心、省畜牧技术推广站、省水产技术推广站,10月底前完成。",
    ),
    ("h1", "五、强化科技服务和人才支撑"),
    ("h2", "(十二)深化畜牧水产产业技术体系建设。"),
    (
        "p",
        "发挥省现代农业产业技术体系生猪、水产等创新团队作用,每个团队全年开展技术培训不少于10场次,"
        "集成推广主推技术20项。由省农业农村厅科技教育处牵头,各产业技术体系首席专家负责具体实施。",
    ),
    ("h2", "(十三)加强基层技术推广队伍建设。"),
    (
        "p",
        "组织开展基层畜牧兽医、水产技术人员能力提升培训,全年培训2000人次,"
        "持续推进。(省畜牧技术推广站、省水产技术推广站)",
    ),
]


def write_jiangxi_pdf(path: Path) -> None:
    from weasyprint import HTML

    parts = []
    for kind, text in JX_BODY:
        if kind == "h1":
            parts.append(f'<p class="h1">{text}</p>')
        elif kind == "h2":
            parts.append(f'<p class="h2">{text}</p>')
        else:
            parts.append(f"<p>{text}</p>")
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm;
  @top-center {{ content: "江西省农业农村厅办公室文件  赣农办字〔2025〕18号";
    font-family: "Noto Serif CJK SC"; font-size: 9pt; color: #444;
    border-bottom: 0.5pt solid #888; padding-bottom: 4pt; }}
  @bottom-center {{ content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
    font-size: 12pt; }} }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 15.5pt; line-height: 1.55; }}
p {{ text-indent: 2em; margin: 0; text-align: justify; }}
.title {{ text-align: center; font-family: "Noto Sans CJK SC"; font-size: 21pt; text-indent: 0;
  margin: 0.6em 0 1em 0; }}
.h1 {{ font-family: "Noto Sans CJK SC"; }}
.h2 {{ font-weight: bold; }}
.sign {{ text-align: right; margin-top: 2em; }}
</style></head><body>
<p class="title">{JX_TITLE}</p>
{"".join(parts)}
<p class="sign">江西省农业农村厅办公室</p>
<p class="sign" style="margin-top:0">2025年2月26日</p>
</body></html>"""
    HTML(string=html).write_pdf(path)


# ---------------------------------------------------------------------------
# 4. 进贤县 农业机械化 — spreadsheet saved as text
# ---------------------------------------------------------------------------

JINXIAN_ROWS: list[list[str]] = [
    ["进贤县2025年农业机械化重点工作台账"],
    ["填报单位:县农业农村局(县农机化服务中心)", "", "", "", "", "", "", "更新日期:2025年3月"],
    ["序号", "类别", "工作任务", "目标任务", "责任单位", "配合单位", "完成时限", "备注"],
    [
        "1",
        "主要农作物全程机械化",
        "推进水稻生产全程机械化",
        "水稻耕种收综合机械化率达到86%以上,机插(抛)秧率达到62%",
        "县农机化服务中心",
        "各乡镇人民政府",
        "2025.10",
        "",
    ],
    [
        "2",
        "",
        "开展全程机械化示范县巩固提升",
        "新建全程机械化综合农事服务中心3个",
        "县农机化服务中心",
        "县财政局、各乡镇人民政府",
        "2025/12/31",
        "按月报送进度",
    ],
    [
        "3",
        "",
        "推广油菜机械化种植收获",
        "油菜机收面积达到8万亩",
        "县农技推广中心",
        "县农机化服务中心",
        "2025.5.31",
        "",
    ],
    [
        "4",
        "农机装备补短板",
        "落实农机购置与应用补贴政策",
        "全年兑现农机购置补贴资金2600万元,补贴机具1500台(套)",
        "县农业农村局",
        "县财政局",
        "2025/12/31",
        "单机补贴按省定额执行",
    ],
    [
        "5",
        "",
        "推广丘陵山区适用小型机械",
        "推广微耕机、田园管理机等小型机具300台以上",
        "县农机化服务中心",
        "/",
        "2025.9.30",
        "",
    ],
    [
        "6",
        "",
        "推进农机报废更新",
        "报废更新老旧拖拉机、联合收割机不少于120台",
        "县农业农村局",
        "县公安局交管大队、县商务局",
        "2025.11.30",
        "",
    ],
    [
        "7",
        "设施农业和智能农机",
        "发展设施农业机械化",
        "新增设施蔬菜、食用菌机械化示范基地2个",
        "县农业农村局",
        "县科技局",
        "2025.10.31",
        "",
    ],
    [
        "8",
        "",
        "推广植保无人机和北斗导航辅助驾驶",
        "全县植保无人飞机保有量超过450架,加装北斗导航辅助驾驶系统100台",
        "县农机化服务中心",
        "县科技局",
        "2025.8.31",
        "",
    ],
    [
        "9",
        "",
        "建设农机作业信息化监测平台",
        "接入平台的农机作业面积达到30万亩",
        "县农业农村局",
        "县数据局",
        "2025/12/31",
        "",
    ],
    [
        "10",
        "农机社会化服务和安全生产",
        "培育农机专业合作社",
        "新培育省级示范农机合作社2家、县级示范社5家",
        "县农业农村局",
        "各乡镇人民政府",
        "2025.11",
        "",
    ],
    [
        "11",
        "",
        "开展农机手技能培训",
        "培训农机手和维修人员800人次",
        "县农机化服务中心",
        "县人社局",
        "2025.10.31",
        "",
    ],
    [
        "12",
        "",
        "加强农机安全生产监管",
        "开展农机安全隐患排查,农机事故死亡人数控制在2人以内",
        "县农机化服务中心",
        "县应急管理局、县公安局交管大队",
        "长期",
        "",
    ],
    [
        "13",
        "",
        "开展农机安全检验和牌证管理",
        "拖拉机、联合收割机年检率达到85%以上",
        "县农机化服务中心",
        "各乡镇人民政府",
        "每季度",
        "季末最后一周集中年检",
    ],
]


def write_jinxian_sheet(path: Path) -> None:
    lines = ["\t".join(row) for row in JINXIAN_ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "heldout62-shangrao-digital-village.txt").write_text(SHANGRAO_TXT, encoding="utf-8")
    write_jian_docx(DOCS / "heldout62-jian-agro-processing-table.docx")
    write_jiangxi_pdf(DOCS / "heldout62-jiangxi-livestock-fishery-points.pdf")
    write_jinxian_sheet(DOCS / "heldout62-jinxian-farm-machinery-sheet.txt")


if __name__ == "__main__":
    main()
