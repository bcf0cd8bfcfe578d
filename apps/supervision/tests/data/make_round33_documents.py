"""Write round 33's held-out documents (decision 0005, round 33).

Written by an author who had not read the extractor. Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round33_documents.py
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

DOCS = Path(__file__).resolve().parent / "docs"


def _font(run: docx.text.run.Run, name: str, size: float, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _word(path: Path, title: str, lines: list[str]) -> None:
    """A Word document as offices type it: a centred title, then one paragraph a line,
    section headings in 黑体, body in 仿宋 with a two-character first-line indent."""
    document = docx.Document()
    head = document.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(head.add_run(title), "方正小标宋简体", 22)
    for line in lines:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.first_line_indent = Pt(32)
        heading = line[:2] in {"一、", "二、", "三、", "四、", "五、"}
        _font(paragraph.add_run(line), "黑体" if heading else "仿宋_GB2312", 16)
    document.save(str(path))


DIGITAL_TITLE = "青山湖区2025年数字经济发展工作要点"
DIGITAL = [
    "为深入实施数字经济做优做强“一号发展工程”，加快建设数字青山湖，结合我区实际，制定本工作要点。",
    "主要目标：全区数字经济核心产业营业收入突破200亿元，同比增长12%以上；数字经济核心产业企业达到350家。",
    "一、推进数字产业化",
    "（一）壮大电子信息产业集群。聚焦智能终端、新型显示等领域，引进数字经济重点项目20个以上，"
    "新增规上电子信息企业15家。（牵头单位：区工信局；配合单位：区招商中心、区发改委）",
    "（二）培育软件和信息服务业。支持区内软件企业申报省级专精特新企业，"
    "全年软件和信息技术服务业营业收入达到45亿元。（牵头单位：区工信局；配合单位：区科技局）",
    "（三）建设数字经济产业园。2025年9月底前完成青山湖数字经济产业园二期主体工程建设，"
    "入驻企业不少于60家。（责任单位：区城投集团（牵头）、区工信局、区住建局）",
    "二、推进产业数字化",
    "（四）实施制造业数字化改造。推动规上工业企业数字化改造全覆盖，年内完成改造项目80个，"
    "建设省级数字化车间5个。〔区工信局牵头，区财政局、区科技局配合〕",
    "（五）发展数字商贸。培育直播电商基地2个，网络零售额增长15%左右。〔责任单位：区商务局〕",
    "（六）推动农业数字化。建设数字农业示范基地3—5个，推广农业物联网应用面积1.2万亩。"
    "〔责任单位：区农业农村水利局〕",
    "三、夯实数字基础设施",
    "（七）加快5G网络建设。新建5G基站300个，实现重点区域5G网络全覆盖。"
    "（区数据局负责，各街道办事处、区城管局配合）",
    "（八）推进算力基础设施建设。2025年11月前建成区级政务云平台扩容工程，新增标准机架1000个。"
    "（区数据局负责）",
    "四、优化数字经济发展生态",
    "（九）加强数字人才培养。联合南昌大学、江西师范大学等高校开展数字技能培训，全年培训1.5万人次。"
    "（责任单位：区人社局、区教体局）",
    "（十）强化督促调度。建立数字经济重点项目季度调度机制，每季度通报一次项目进展。"
    "（责任单位：区数字经济发展领导小组办公室）",
]


SME_TITLE = "江西省中小企业数字化转型城市试点工作任务分工方案"
SME = [
    "为贯彻落实国家关于推动中小企业数字化转型的决策部署，加快推进我省中小企业数字化转型城市试点工作，"
    "现就重点任务分工如下：",
    "一、总体目标",
    "到2025年底，全省累计推动1万家中小企业完成数字化改造，培育“小灯塔”企业200家，"
    "入库数字化转型服务商不少于300家。",
    "二、重点任务",
    "1.遴选试点城市。组织各设区市申报中小企业数字化转型城市试点，"
    "2025年3月底前择优推荐2—3个城市申报国家试点。（省工业和信息化厅牵头，省财政厅配合）",
    "2.开展数字化诊断。面向规上工业企业开展免费数字化诊断服务，全年完成诊断3000家次。"
    "（省工业和信息化厅、省通信管理局按职责分工负责）",
    "3.培育数字化服务商。遴选发布优质数字化转型服务商和产品目录，培育省级服务商50家以上。"
    "（省工业和信息化厅负责）",
    "4.加大财政支持。统筹省级中小企业发展专项资金，安排资金3亿元支持试点城市，"
    "对单个企业改造项目的补助最高不超过200万元。（省财政厅、省工业和信息化厅负责）",
    "5.强化金融服务。鼓励银行机构开发“数字化转型贷”产品，全年发放贷款不少于50亿元。"
    "（人民银行江西省分行、国家金融监督管理总局江西监管局、省委金融办按职责分工负责）",
    "6.加强人才支撑。实施中小企业经营管理者数字化能力提升培训，年内培训5000人次。"
    "（省人力资源社会保障厅、省工业和信息化厅负责）",
    "7.做好宣传推广。2025年6月底前组织召开全省中小企业数字化转型现场推进会，遴选推广典型案例30个。"
    "（省工业和信息化厅牵头，各设区市人民政府落实）",
    "三、工作要求",
    "各地各有关部门要高度重视，加强协同配合，切实抓好各项任务落实。",
]


COMMISSIONER = """余干县2025年科技特派员服务乡村振兴实施方案

为深入推行科技特派员制度，引导科技人才和创新要素向农村基层集聚，助力乡村全面振兴，结合我县实际，特制定本方案。

一、工作目标
2025年，全县选派科技特派员不少于120名，组建科技特派员团队15个，服务农业经营主体500家以上，推广新品种新技术60项，开展技术培训1万人次以上。

二、重点任务
（一）精准选派科技特派员
1.优化选派结构。围绕水稻、鄱阳湖水产、蔬菜等主导产业，从省市农业科研院所、高校及县直涉农部门选派科技特派员，其中县外专家占比不低于30%。
责任单位：县科技局、县农业农村局
完成时限：2025年3月底前
2.实行双向选择。通过“农户点单、专家接单”方式对接服务需求，实现全县乡镇（场）服务全覆盖。
责任单位：县科技局，各乡镇（场）
完成时限：2025年4月底前
（二）强化产业技术服务
3.建设科技特派员工作站。依托农业龙头企业和农民专业合作社，新建科技特派员工作站8个，打造“田间课堂”示范点3个。
责任单位：县科技局
配合单位：县农业农村局、县供销社
完成时限：2025年9月底前
4.开展科技示范推广。在水稻、生猪、水产等产业建设科技示范基地10个，示范推广新品种新技术新模式60项，带动示范面积5万亩。
责任单位：县农业农村局、县科技局、县畜牧水产服务中心
完成时限：2025年11月底前
（三）创新服务机制
5.推行利益共享机制。鼓励科技特派员以技术入股、技术承包等方式与服务对象结成利益共同体，年内领办创办经济实体不少于5个。
责任单位：县科技局、县人社局
6.开展农村实用人才培训。依托县农业广播电视学校，每季度组织一次集中培训，全年培训农民1万人次以上。
责任单位：县农业农村局、县人社局、县科技局
完成时限：长期坚持

三、保障措施
（一）加强组织领导。成立由县政府分管副县长任组长的科技特派员工作领导小组，领导小组办公室设在县科技局。
（二）落实经费保障。县财政每年安排科技特派员专项工作经费不低于100万元，对考核优秀的科技特派员给予每人不超过1万元的奖励。
（三）强化考核激励。县科技局会同县农业农村局每年对科技特派员开展考核，考核结果作为续聘和评优的重要依据。

余干县科学技术局
2025年2月20日
"""


PATENT_TITLE = "九江市2025年专利转化运用专项行动重点工作台账"
PATENT_ROWS = [
    (
        "1",
        "开展存量专利盘点",
        "完成高校和科研机构存量专利盘点，盘点专利不少于3000件",
        "市市场监管局（知识产权局）",
        "市教育局、市科技局",
        "2025年6月底前",
    ),
    (
        "2",
        "推动专利产业化",
        "筛选一批高价值专利推动转化，实现专利产业化项目50项",
        "市市场监管局（知识产权局）",
        "市工信局",
        "2025年12月底前",
    ),
    (
        "3",
        "建设专利导航服务基地",
        "建成市级专利导航服务基地2个",
        "市市场监管局（知识产权局）",
        "九江经开区管委会、共青城市人民政府",
        "2025年10月底前",
    ),
    (
        "4",
        "开展专利开放许可",
        "新增专利开放许可声明200件以上，达成许可80件",
        "市科技局",
        "市市场监管局（知识产权局）",
        "2025年11月30日前",
    ),
    (
        "5",
        "加大知识产权质押融资",
        "知识产权质押融资金额突破15亿元，惠及企业100家以上",
        "市金融办",
        "国家金融监督管理总局九江监管分局、人民银行九江市分行",
        "2025年12月底前",
    ),
    (
        "6",
        "培育知识产权优势企业",
        "新培育省级知识产权优势企业12家",
        "市市场监管局（知识产权局）",
        "各县（市、区）人民政府",
        "2025年12月底前",
    ),
    (
        "7",
        "强化专利转化政策宣传",
        "开展专利转化政策宣讲活动不少于20场次",
        "市市场监管局（知识产权局）",
        "市科协、各县（市、区）人民政府",
        "持续推进",
    ),
]


def _patent_pdf(path: Path) -> None:
    """A landscape ledger as an office exports it from Word to PDF: title, the filing line,
    a ruled table with a header row, a note under it."""
    from weasyprint import HTML

    cells = "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in PATENT_ROWS
    )
    html = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4 landscape; margin: 2cm 2cm; }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 11pt; }}
h1 {{ text-align: center; font-size: 18pt; font-family: "Noto Sans CJK SC"; }}
p.meta {{ font-size: 11pt; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 0.8pt solid #000; padding: 4pt; vertical-align: middle; }}
th {{ font-family: "Noto Sans CJK SC"; text-align: center; }}
td:first-child, td:last-child {{ text-align: center; }}
</style></head><body>
<h1>{PATENT_TITLE}</h1>
<p class="meta">填报单位：九江市市场监督管理局（知识产权局）　　　　填报日期：2025年3月10日</p>
<table><colgroup><col style="width:6%"><col style="width:16%"><col style="width:30%">
<col style="width:16%"><col style="width:20%"><col style="width:12%"></colgroup>
<tr><th>序号</th><th>重点任务</th><th>工作目标</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>
{cells}</table>
<p>注：各责任单位于每季度末前报送工作进展。</p>
</body></html>"""
    HTML(string=html).write_pdf(str(path))


def main() -> None:
    _word(DOCS / "heldout33-district-digital.docx", DIGITAL_TITLE, DIGITAL)
    _word(DOCS / "heldout33-sme-division.docx", SME_TITLE, SME)
    (DOCS / "heldout33-commissioner.txt").write_text(COMMISSIONER, encoding="utf-8")
    _patent_pdf(DOCS / "heldout33-patent-ledger.pdf")


if __name__ == "__main__":
    main()
