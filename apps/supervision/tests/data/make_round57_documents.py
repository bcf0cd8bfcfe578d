"""Write the four held-out documents of round 57 (written blind, without reading the extractor).

Run from the repository root:
    .venv/bin/python apps/supervision/tests/data/make_round57_documents.py

Documents (all Jiangxi issuers, year 2025):

* ``heldout57-wannian-county-innovation.docx`` — 万年县人民政府办公室, 《万年县2025年科技强县建设
  工作实施方案》, drafted in Word (python-docx: 仿宋_GB2312/仿宋 body, 黑体 level-1 headings, 楷体
  level-2 headings). Levels 一、/(一)/1. ; the 1. items carry their units in a bracket
  ``(牵头单位:…;配合单位:…;完成时限:…)``, in a sentence ``县工信局牵头,…配合。``,
  ``由…牵头,…配合。``,
  ``由A、B按职责分工负责``, ``责任单位:A、B,C配合``, and a bare bracket of offices with a time limit
  among them. Targets in the 工作目标 paragraph and in the tasks.
* ``heldout57-yichun-agri-service.pdf`` — 宜春市农业农村局、宜春市科学技术局 joint notice printing
  《宜春市2025年农业科技社会化服务体系建设工作要点》; HTML printed with weasyprint, A4, 仿宋 body,
  page numbers ``— 1 —`` at the foot as offices print them. A 主要目标 paragraph before the first
  item (document-level targets), levels 一、/1., units in 〔责任单位:…〕 after each task (one with a
  time limit inside, one with places sharing 人民政府), or in a sentence ``由A牵头,B、C配合``.
* ``heldout57-jiangxi-forestry-sci-tech.txt`` — 江西省林业局 《2025年全省林业科技工作要点》, text
  copied from the bureau's website with its chrome (navigation, 发布时间/来源, footer).
  Levels 一、/(一);
  units of the bureau's 处室 and institutes: ``(牵头:A;参与:B)``, ``责任单位:A、B。``,
  ``A牵头,B配合,长期坚持。``, ``牵头单位:A  配合单位:B  完成时限:…``, ``A会同B…``, a bare bracket
  of offices, ``由A负责,B、C配合``, an office steering a recurring task.
* ``heldout57-fuzhou-water-tasks.txt`` — 抚州市水利局 《抚州市2025年水利科技工作任务分解表》, a
  spreadsheet saved as tab-separated UTF-8 text with CRLF line ends (WPS 表格 另存为 文本文件):
  title row, header row
  序号/工作任务/具体内容及目标/牵头单位/配合单位/完成时限, group rows 一、… in the first cell,
  one cell quoted because it holds a line break, time limits as spreadsheet cells
  (2025.6.30, 2025/12/31,
  2025.11, 12.31前, 长期, 每季度).

Annotation choices (where docs/decisions/0005 "Output conventions" is silent):

* Gold items carry number/level/title/lead_units/assisting_units/deadline/targets/children like
  the heldout45 gold; targets carry subject/comparator/value/unit/kind (``max`` for a range).
* ``title`` is the item's heading (the run-in sentence after its number, without the final 。);
  for a level-1 heading or a table group row it is the heading text; for a spreadsheet row it is the
  工作任务 cell. Items with no run-in heading do not occur.
* A level-1 heading (一、重点任务 …) has no units, deadline or targets of its own unless its own
  paragraph states them (万年 一、工作目标 carries the year's targets as the heldout45 gold does;
  宜春's 主要目标 paragraph stands before the first numbered item, so its figures are document-level
  ``targets``).
* Units are written exactly as printed (局科技处, 各县(市、区)人民政府); a bureau's own
  处室/科室 are units. 〔责任单位:袁州区、樟树市、丰城市、高安市人民政府,市农业农村局〕
  expands to four 人民政府.
* 培育/建设/组建/认定/选派 counts are ``level``; 新增/新建/新认定/引进/柔性引进 are ``increment``;
  提高到/达到 give ``>=`` and ``level``; 增幅不低于15% is an ``increment`` ``>=`` 15 %.
* ``每季度…不少于2次`` is both a target (``>=`` 2 次) and makes the task ``ongoing`` unless a dated
  limit is written in the same task; a per-recipient cap (每家不超过20万元) is not a target.
* The 水利 table's ``每季度`` cell gives way to ``9月底前`` written in that row's content cell.
* ``到2025年底,…达到…`` in 工作目标 is the targets' horizon, so that item's deadline is null.
  ``10月前`` is read strictly (before October → 2025-09-30), ``11月中旬前`` → 2025-11-20.
* A 工作目标/组织保障 paragraph under a level-1 heading with no sub-items belongs to that heading
  (林业 四、强化组织保障: ``局科技处每季度调度…`` → lead 局科技处, ``ongoing``).
* A 水利 group row (一、水利科技创新能力提升 in the 序号 cell) is a level-1 item numbered 一;
  its rows keep the printed 序号 (numbered 1–10 straight through) at level 2.
* Signatures and the notice front matter (文号, 主送, 印发 sentence) are not items.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "docs"


# ---------------------------------------------------------------- 1. 万年县 (docx)


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


def _para(
    doc,
    text: str,
    font: str = "仿宋_GB2312",
    size: float = 16,
    center: bool = False,
    indent: bool = True,
    right: bool = False,
) -> None:
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.line_spacing = Pt(28)
    fmt.space_after = Pt(0)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        fmt.first_line_indent = Pt(size * 2)
    _font(p.add_run(text), font, size)


WANNIAN_TITLE = "万年县2025年科技强县建设工作实施方案"

WANNIAN_BODY = [
    (
        "body",
        "为深入实施创新驱动发展战略,加快推进省级创新型县(市)建设,根据《江西省科技强县"
        "建设工作指引》和县委、县政府工作部署,结合我县实际,制定本方案。",
    ),
    ("h1", "一、工作目标"),
    (
        "body",
        "到2025年底,全县R&D经费投入强度达到1.6%以上,有效期内高新技术企业总数达到60家,"
        "科技型中小企业入库评价突破150家,技术合同登记额达到8亿元,高新技术产业增加值占规模以上"
        "工业增加值比重提高到40%,为争创省级创新型县打下坚实基础。",
    ),
    ("h1", "二、重点任务"),
    ("h2", "(一)强化企业创新主体地位"),
    (
        "body",
        "1.实施高新技术企业倍增计划。建立“科技型中小企业—高新技术企业—科技领军企业”梯次"
        "培育库,实行入库企业专人联系、精准辅导,全年新认定高新技术企业15家以上,有效期内高新技术"
        "企业达到60家。(牵头单位:县科技局;配合单位:县工信局、县税务局、万年高新区管委会;"
        "完成时限:2025年11月底前)",
    ),
    (
        "body",
        "2.推动规上工业企业研发活动全覆盖。开展规上工业企业研发机构和研发活动“清零”行动,"
        "规上工业企业有研发活动的比例达到50%以上,新建企业研发机构10家。县工信局牵头,县科技局、"
        "县统计局配合。年底前完成。",
    ),
    (
        "body",
        "3.落实企业研发投入奖补政策。对企业上年度研发投入增量部分按不超过10%的比例给予奖补,"
        "全年兑现研发投入奖补资金不少于600万元,奖补资金每季度集中兑现一次。由县财政局、县科技局"
        "按职责分工负责。",
    ),
    ("h2", "(二)建设高能级创新平台"),
    (
        "body",
        "1.推进万年高新区提质升级。完善园区创新服务功能,推动园区主导产业向陶瓷新材料、电子"
        "信息等领域集聚,力争在全省高新区综合评价中进入前30位。万年高新区管委会牵头,县科技局、"
        "县发改委配合,2025年12月底前完成。",
    ),
    (
        "body",
        "2.建设新型研发机构。依托万年贡米产业基础,与江西农业大学共建万年稻作与贡米产业"
        "研究院,新增省级新型研发机构1家、县级新型研发机构3家。(县科技局、县农业农村局、"
        "万年高新区管委会,9月底前)",
    ),
    (
        "body",
        "3.布局建设科技创新载体。支持企业和园区建设众创空间、科技企业孵化器,新建众创空间、"
        "科技企业孵化器2—3家,在孵企业达到40家以上。责任单位:万年高新区管委会、县科技局,县人社局"
        "配合。10月前完成。",
    ),
    ("h2", "(三)推进科技成果转移转化"),
    (
        "body",
        "1.深化产学研合作。组织企业赴省内外高校院所开展产学研对接活动不少于6场,签订技术合同"
        "120项以上,技术合同登记额达到8亿元。县科技局牵头,各乡镇人民政府、万年高新区管委会配合。"
        "2025年12月31日前完成。",
    ),
    (
        "body",
        "2.实施县级科技计划项目。聚焦贡米、陶瓷新材料、电子信息、生物医药等产业,组织实施"
        "县级科技计划项目20项以上,县级财政科技专项资金安排1000万元。(县科技局牵头,县财政局配合,"
        "6月底前完成立项)",
    ),
    ("h2", "(四)壮大科技人才队伍"),
    (
        "body",
        "1.引进培育科技人才。深入实施“珠溪英才”计划,柔性引进高层次科技人才30名以上,培育"
        "县级科技创新领军人才5名。由县委人才办牵头,县人社局、县科技局配合。2025年12月底前完成。",
    ),
    (
        "body",
        "2.深化科技特派员制度。选派省、市、县三级科技特派员80名以上,科技特派员服务乡镇覆盖率"
        "达到100%。(县科技局、县农业农村局、各乡镇人民政府,长期坚持)",
    ),
    ("h1", "三、保障措施"),
    ("h2", "(一)加强组织领导"),
    (
        "body",
        "成立由县政府主要领导任组长的科技强县建设工作领导小组,领导小组办公室设在县科技局。"
        "领导小组每季度召开一次调度会,研究解决工作推进中的重大问题。",
    ),
    ("h2", "(二)加大财政投入"),
    ("body", "建立财政科技投入稳定增长机制,县财政科技支出增幅不低于15%。(责任单位:县财政局)"),
    ("h2", "(三)严格督查考核"),
    (
        "body",
        "将科技强县建设工作纳入对各乡镇和县直单位的综合考核,县科技局每月调度各地各部门工作"
        "进展,对工作滞后的单位予以通报。",
    ),
]


def write_wannian() -> Path:
    doc = Document()
    sec = doc.sections[0]
    from docx.shared import Cm

    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    normal = doc.styles["Normal"]
    normal.font.name = "仿宋_GB2312"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    _para(doc, WANNIAN_TITLE, font="方正小标宋简体", size=22, center=True)
    _para(doc, "", indent=False)
    for kind, text in WANNIAN_BODY:
        if kind == "h1":
            _para(doc, text, font="黑体")
        elif kind == "h2":
            _para(doc, text, font="楷体_GB2312")
        else:
            _para(doc, text)
    _para(doc, "", indent=False)
    _para(doc, "万年县人民政府办公室", right=True)
    _para(doc, "2025年3月18日", right=True)
    path = OUT / "heldout57-wannian-county-innovation.docx"
    doc.save(str(path))
    return path


# ---------------------------------------------------------------- 2. 宜春市 (pdf)

YICHUN_HTML = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<style>
@page { size: A4; margin: 37mm 26mm 35mm 28mm;
  @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC";
                   font-size: 14pt; } }
body { font-family: "FangSong", "Noto Serif CJK SC"; font-size: 16pt; line-height: 28pt; }
p { margin: 0; text-indent: 2em; text-align: justify; }
.red { color: #c00; text-align: center; text-indent: 0; font-size: 30pt; line-height: 44pt;
       letter-spacing: 2pt; font-family: "Noto Serif CJK SC"; font-weight: bold; }
.docno { text-align: center; text-indent: 0; margin: 14pt 0 4pt; }
hr.red { border: 0; border-top: 2pt solid #c00; margin: 0 0 24pt; }
h1 { font-family: "Noto Serif CJK SC"; font-size: 22pt; text-align: center; line-height: 34pt;
     font-weight: bold; margin: 10pt 0 20pt; }
.noindent { text-indent: 0; }
.sign { text-align: right; text-indent: 0; padding-right: 2em; }
.h1 { font-family: "SimHei", "Noto Sans CJK SC"; }
.newpage { page-break-before: always; }
</style></head><body>
<p class="red">宜春市农业农村局<br>宜春市科学技术局</p>
<p class="docno">宜农字〔2025〕23号</p>
<hr class="red">
<h1>宜春市农业农村局 宜春市科学技术局<br>关于印发《宜春市2025年农业科技社会化服务体系
建设工作要点》的通知</h1>
<p class="noindent">各县(市、区)农业农村局、科技局,宜春经开区、宜阳新区、明月山温泉风景名胜区
有关部门,市直有关单位:</p>
<p>现将《宜春市2025年农业科技社会化服务体系建设工作要点》印发给你们,请结合实际认真抓好落实。</p>
<p>&nbsp;</p>
<p class="sign">宜春市农业农村局 &nbsp;&nbsp;&nbsp; 宜春市科学技术局</p>
<p class="sign">2025年2月26日</p>
<p class="sign">(此件主动公开)</p>

<div class="newpage"></div>
<h1>宜春市2025年农业科技社会化服务体系建设工作要点</h1>
<p>2025年是“十四五”规划收官之年。为加快构建公益性与经营性相结合、专项服务与综合服务相协调
的农业科技社会化服务体系,推动农业科技进村入户到田,结合我市实际,制定本工作要点。</p>
<p>主要目标:全市农业科技进步贡献率达到64%;培育农业科技社会化服务组织50家以上;农业主推技术
到位率稳定在95%以上;全年开展农业科技培训2万人次。</p>
<p class="h1">一、壮大多元化服务主体</p>
<p>1.做强公益性农技推广机构。深化基层农技推广体系改革,落实乡镇农技人员“县管乡用”机制,
全市乡镇农技推广机构条件建设达标率提高到90%。〔责任单位:市农业农村局、各县(市、区)人民政府〕</p>
<p>2.培育社会化服务组织。支持农民专业合作社、家庭农场、农业企业开展农业科技服务,新增农业
科技社会化服务组织15家,认定市级示范服务组织10家,6月底前完成示范组织认定。〔责任单位:市农业
农村局、市供销社、市科技局〕</p>
<p>3.发挥高校院所科技服务作用。支持宜春学院、市农业科学研究所等在县域建设科技小院8个,
推动专家团队常驻生产一线。由市科技局牵头,宜春学院、市农业科学研究所配合,第三季度完成建设。</p>
<p class="h1">二、推进农业科技服务模式创新</p>
<p>1.推广“科技特派团+”服务模式。围绕富硒农业、油茶、水稻、蔬菜等产业,组建市级科技特派团
12个,每个特派团每季度到对口县开展服务不少于2次。〔责任单位:市科技局、市农业农村局、市林业局〕</p>
<p>2.开展“互联网+农技推广”服务。依托中国农技推广APP和“赣农宝”平台,推动农技人员线上服务
日志填报率达到80%以上,上线农业专家300名。〔责任单位:市农业农村局〕此项工作持续推进。</p>
<p>3.探索农业生产托管服务。在袁州区、樟树市、丰城市、高安市开展全程托管服务试点,托管服务
面积突破120万亩,10月底前完成试点总结。〔责任单位:袁州区、樟树市、丰城市、高安市人民政府,
市农业农村局〕</p>
<p class="h1">三、加强服务能力建设</p>
<p>1.开展高素质农民培育。全年培育高素质农民3000人,其中农村实用技术骨干500人。由市农业
农村局牵头,市人社局、市财政局配合,11月底前完成培训任务。</p>
<p>2.建设农业科技示范基地。新建市级农业科技示范基地20个,示范推广农业主推技术40项以上。
〔责任单位:市农业农村局、市科技局,各县(市、区)人民政府,9月底前〕</p>
<p>3.强化服务资金保障。市级财政安排农业科技社会化服务专项资金800万元,对评定为市级示范服务
组织的给予一次性奖补,每家不超过20万元,资金于上半年下达到位。〔责任单位:市财政局、市农业
农村局〕</p>
<p class="h1">四、工作要求</p>
<p>各地各有关部门要高度重视,细化工作措施,明确责任人和时间表,确保各项任务落到实处。</p>
</body></html>
"""


def write_yichun() -> Path:
    from weasyprint import HTML

    path = OUT / "heldout57-yichun-agri-service.pdf"
    # a paragraph wrapped in the source must not gain a space where Chinese has none
    html = re.sub(r"\n(?![<@}]|[a-z.]|hr|h1|p |body)", "", YICHUN_HTML)
    HTML(string=html).write_pdf(path)
    return path


# ---------------------------------------------------------------- 3. 江西省林业局 (txt, web copy)

FORESTRY_TXT = """首页
机构概况
政务公开
政务服务
互动交流
专题专栏
无障碍
长者模式

当前位置:首页 > 政务公开 > 通知公告

2025年全省林业科技工作要点

发布时间:2025-02-28 10:32  来源:科技处  浏览次数:1863  【字体:大 中 小】  打印本页

2025年全省林业科技工作的总体思路是:坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大和二十届二中、三中全会精神,深入落实省委、省政府关于科技兴赣的决策部署,围绕林业高质量发展,强化林业科技创新和成果转化,为建设林业强省提供有力科技支撑。

一、强化林业科技创新

(一)实施林业重大科技攻关。围绕油茶、竹、林下经济、松材线虫病防控等重点领域,组织实施省级林业科技创新专项25项以上,争取省级以上科技项目资金3000万元,6月底前完成项目立项。(牵头:局科技处;参与:省林科院、各设区市林业局)

(二)加强林业科技创新平台建设。推进油茶、竹类等国家林草工程技术研究中心和长期科研基地建设,新增省级林业科技创新平台3个,省林业局重点实验室达到15个,年内完成平台认定。责任单位:局科技处、省林科院。

(三)开展林木良种选育。加快油茶、杉木、马尾松、楠木等主要树种良种选育,审(认)定林木良种10个以上,油茶良种苗木供应1.5亿株。省林木育种中心牵头,局种苗站、省林科院配合,11月中旬前完成良种审(认)定工作。

二、推进林业科技成果转化推广

(一)推广林业实用技术。遴选发布林业主推技术20项,建设林业科技示范基地15个,全省林业科技成果转化率提高到65%。(责任单位:局科技处、各设区市林业局;持续推进)

(二)深化林业科技特派员服务。选派林业科技特派员300名,开展林业科技下乡活动不少于50场次,培训林农1万人次以上。局科技处牵头,局人事处配合,长期坚持。

(三)加强林业标准化工作。制修订林业地方标准12项,建设国家级林业标准化示范区2个。
牵头单位:局科技处  配合单位:省林科院、省林业科技推广和宣传教育中心  完成时限:2025年10月底

三、加强林业科技支撑能力

(一)开展松材线虫病防控科技攻关。省林科院会同省林业有害生物防治检疫局,开展松材线虫病疫木除治、媒介昆虫防控等技术攻关,建设松材线虫病防控技术示范点5个,第三季度完成。

(二)推进智慧林业科技应用。推动卫星遥感、无人机、物联网等技术在森林资源监测中的应用,重点林区卫星遥感监测覆盖率达到100%。(局信息中心、局科技处)

(三)加强林业科技人才队伍建设。培养林业青年科技骨干50名,引进林业博士10名以上。由局人事处负责,局科技处、省林科院配合,年内完成。

四、强化组织保障

各地各单位要把林业科技工作摆上重要议事日程,细化工作措施,压实工作责任。局科技处每季度调度各项工作进展情况,并在全省林业系统通报。

【打印本页】  【关闭窗口】

上一篇:关于公布2024年度全省林业科技示范基地名单的通知
下一篇:关于开展2025年林业科技活动周的通知

主办单位:江西省林业局    承办单位:江西省林业局信息中心
地址:江西省南昌市红谷滩区丰和北大道1号    邮编:330038
赣ICP备05004508号    赣公网安备36010902000114号    网站标识码:3600000031
"""


def write_forestry() -> Path:
    path = OUT / "heldout57-jiangxi-forestry-sci-tech.txt"
    path.write_text(FORESTRY_TXT, encoding="utf-8")
    return path


# ---------------------------------------------------------------- 4. 抚州市水利局 (tab text)

WATER_ROWS = [
    ["抚州市2025年水利科技工作任务分解表", "", "", "", "", ""],
    ["序号", "工作任务", "具体内容及目标", "牵头单位", "配合单位", "完成时限"],
    ["一、水利科技创新能力提升", "", "", "", "", ""],
    [
        "1",
        "实施水利科技项目",
        "组织申报省级水利科技项目10项以上,立项实施市级水利科技项目8项",
        "局科技科",
        "市科技局、各县(区)水利局",
        "2025.6.30",
    ],
    [
        "2",
        "推进水利科技创新平台建设",
        "依托廖坊水利枢纽建设水利科技示范园1个,争创省级水利科技推广示范基地1个",
        "局科技科",
        "廖坊水利枢纽管理局",
        "2025/12/31",
    ],
    [
        "3",
        "开展水利关键技术研究",
        "围绕抚河流域防洪调度、中小河流治理开展技术攻关,形成研究成果3项",
        "市水文中心",
        "局水旱灾害防御科、局河湖科",
        "2025.11",
    ],
    ["二、水利科技成果推广应用", "", "", "", "", ""],
    [
        "4",
        "推广水利先进实用技术",
        "推广节水灌溉、小型水库安全监测等先进实用技术15项以上,编制"
        "《抚州市水利先进实用技术推广目录(2025年版)》",
        "局科技科",
        "局农村水利水电科、各县(区)水利局",
        "长期",
    ],
    [
        "5",
        "推进数字孪生水利建设",
        "完成抚河干流数字孪生先行先试建设;\n小型水库雨水情测报和大坝安全监测设施覆盖率达到100%",
        "局科技科",
        "市水利电力规划设计院",
        "12.31前",
    ],
    [
        "6",
        "推进节水技术应用",
        "新建节水型灌区3个,创建节水型高校2所",
        "局水资源科",
        "局农村水利水电科、市教育局",
        "2025/12/31",
    ],
    ["三、水利科技人才培养与科普", "", "", "", "", ""],
    [
        "7",
        "加强水利科技人才培养",
        "举办水利科技培训班4期,培训基层水利技术人员400人次",
        "局人事科",
        "局科技科、各县(区)水利局",
        "2025.10.31",
    ],
    [
        "8",
        "开展水利科普活动",
        "结合“世界水日”“中国水周”开展水利科普宣传活动,每季度不少于1次;"
        "9月底前建成市级水情教育基地2个",
        "局办公室",
        "局科技科、廖坊水利枢纽管理局",
        "每季度",
    ],
    [
        "9",
        "落实水利科技经费",
        "市本级安排水利科技经费不低于200万元",
        "局规划计划科",
        "市财政局",
        "2025.3",
    ],
    [
        "10",
        "推进水利科技成果登记与评价",
        "全年登记水利科技成果20项,组织申报省水利科技进步奖3项",
        "局科技科",
        "市水利科学研究所",
        "2025.12",
    ],
]


def _cell(value: str) -> str:
    if "\n" in value or '"' in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def write_water() -> Path:
    path = OUT / "heldout57-fuzhou-water-tasks.txt"
    lines = ["\t".join(_cell(v) for v in row) for row in WATER_ROWS]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    for writer in (write_wannian, write_yichun, write_forestry, write_water):
        print(writer())
