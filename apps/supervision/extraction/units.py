"""Responsible units written in an item: who leads, who assists.

Forms understood (brackets 〔〕【】()[] or none, colon or not):

* 〔责任单位:市科技局、高新区〕 — the first unit leads, the others assist (DESIGN §6), unless
  the list marks its own roles:
* (牵头单位:市科技局;配合单位:市财政局、市税务局) — roles by label;
* (责任单位:市科技局牵头,市财政局、市税务局配合) and 市科技局(牵头)、各县区 — roles by marker
  (落实 after a list marks it like 负责: (A牵头,B落实) — B assists);
* 县科技局会同县农业农村局… — the office as the subject of the item's text or of a later sentence;
* 〔市科技局、高新区〕 — an unlabelled bracket at the end of an item, when every entry looks like
  an organisation;
* 责任单位:市科技局 — on its own line or after the last sentence.

Lists split on 、,;/ and spaces but not inside parentheses, so 各县(市、区)人民政府 stays one unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .deadlines import normalize_deadline

_OFFICE = ("单位", "部门", "处室", "科室", "领导", "主体", "处", "科")
# bare role words are labels only with a colon (主办:A;协办:B, 牵头:A;配合:B): without one,
# 市科技局(牵头) and A牵头,B配合 are role markers
BARE_LEAD = ("牵头", "主办", "主责")
BARE_ASSIST = ("配合", "协办", "参与")
LEAD_LABELS = (
    *(f"{who}{office}" for who in ("牵头", "主责", "主办") for office in _OFFICE),
    *BARE_LEAD,
)
ASSIST_LABELS = (
    *(f"{who}{office}" for who in ("配合", "协办", "协助", "参与", "协同") for office in _OFFICE),
    *BARE_ASSIST,
)
BARE_SHARED = ("责任",)  # 责任:A、B — like 责任单位, but only with its colon
SHARED_LABELS = (
    *(f"{who}{office}" for who in ("责任", "实施", "负责", "承办") for office in _OFFICE),
    "责任企业",  # 【责任企业】A公司: a company given the task, as a 责任单位
    *BARE_SHARED,
)
DEADLINE_LABELS = (
    "完成时限", "完成时间", "完成期限", "时间节点", "时限要求", "时间要求", "时限", "时间",
)  # fmt: skip
UNIT_LABELS = LEAD_LABELS + ASSIST_LABELS + SHARED_LABELS
# people named beside the units (责任单位:A;责任人:张三): a label, so the name ends the list,
# and no unit
PERSON_LABELS = ("责任人", "联系人", "联系电话", "分管领导", "分管县领导", "分管市领导")
_BARE = (
    *BARE_LEAD,
    *BARE_ASSIST,
    *BARE_SHARED,
    "时间",
)  # 时间 alone is prose unless a colon follows
_WORDED = sorted(
    (x for x in UNIT_LABELS + DEADLINE_LABELS + PERSON_LABELS if x not in _BARE),
    key=len,
    reverse=True,
)
_LABEL_RE = re.compile(
    "(?:(" + "|".join(_WORDED) + r")\s*[:：]?|(" + "|".join(_BARE) + r")\s*[:：])\s*"
)


def _label(match: re.Match[str]) -> str:
    return match.group(1) or match.group(2)


OPEN = "〔【([「"
CLOSE = {"〔": "〕", "【": "】", "(": ")", "[": "]", "「": "」"}
_ORG_END = re.compile(
    r"(?:局|厅|委|办|室|部|会|院|所|中心|公司|政府|管委会|管理局|区|县|市|集团|银行|支行|分行|"
    r"协会|联合会|学校|大学|单位|部门|机构|企业|园|处|科|站|队|团|社|馆|台|署|行|协|联)$"
)
_DATE_LIKE = re.compile(
    r"^(?:20\d{2}\s*年|\d{1,2}\s*月|年底|年内|年末|上半年|下半年|第?[一二三四1-4]季度|长期|持续)"
)
_PAREN_MARK = re.compile(r"\((?:牵头|配合|参与|协助)\)")
_LEAD_MARK = re.compile(r"\s*(?:牵头(?:负责)?|负总责|总牵头)$")
_ETC = r"(?:等(?:单位|部门|有关单位|有关部门)?\s*)?"  # …、省税务局等按职责分工负责
# …,有关县(市、区)人民政府负责具体实施: those who carry out what the lead leads assist it
_CARRY_OUT = r"(?:负责)?具体实施|具体负责"
_ASSIST_MARK = re.compile(
    rf"\s*{_ETC}(?:配合|参与|协同|协助|具体落实|配合落实|协助落实|{_CARRY_OUT})$"
)
# 〔A、B按职责分工负责〕 shares the task without naming a lead: the first unit leads (DESIGN §6);
# 落实 alone is such a marker too — (A牵头,B落实): B carries out what A leads, so assists
_SHARED_MARK = re.compile(
    rf"\s*{_ETC}(?:按职责(?:分工)?(?:负责|落实)|(?:分别|共同)?负责|(?:分别|共同)?(?<!具体|配合|协助)落实)$"
)


@dataclass
class UnitFinding:
    """Units found in one text, the character spans they came from, and any stated deadline."""

    lead: list[str] = field(default_factory=list)
    assisting: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    deadline_text: str | None = None
    standalone: bool = False  # written on a line of its own rather than inside the item text

    @property
    def found(self) -> bool:
        return bool(self.lead or self.assisting)

    def merge(self, other: UnitFinding) -> None:
        for unit in other.lead:
            if unit not in self.lead:
                self.lead.append(unit)
        for unit in other.assisting:
            if unit not in self.assisting and unit not in self.lead:
                self.assisting.append(unit)
        self.spans.extend(other.spans)
        self.deadline_text = self.deadline_text or other.deadline_text
        self.standalone = self.standalone or other.standalone


def split_outside_brackets(text: str, separators: str) -> list[str]:
    """`text` cut at each separator that stands outside parentheses and brackets."""
    parts: list[str] = []
    depth = 0
    current = ""
    for char in text:
        if char in "(（[【〔":
            depth += 1
        elif char in ")）]】〕":
            depth = max(0, depth - 1)
        if depth == 0 and char in separators:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts


# a note on how to read the list, in brackets after it: (排第一位的为牵头单位,下同)
_LIST_NOTE = re.compile(r"[(（][^()（）]*(?:牵头单位|下同|排第|排名第|列第|位列)[^()（）]*[)）]$")


_PERSON_NOTE = re.compile(
    r"[(（][^()（）]*(?:某|局长|主任|书记|科长|处长|部长|县长|市长|区长|负责人)[^()（）]*[)）]$"
)


_SIGNED_DATE = re.compile(r"^20\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


# a cell left empty on purpose: —, /, 无
_NO_UNIT = re.compile(r"^(?:[—–\-－/／\\]+|无|暂无)$")


def split_units(text: str) -> list[str]:
    """'A、B,C' → [A, B, C], not splitting inside parentheses; drops 等 and empty entries."""
    parts = split_outside_brackets(text, "、,，;；/ \t")
    cleaned = []
    for part in parts:
        part = _LIST_NOTE.sub("", part.strip(" 。.:：")).strip(" 。.:：")
        part = _PERSON_NOTE.sub("", part)  # 县科技局(张某某,局长): the person is not the unit
        part = re.sub(r"等(?:有关|相关)?(?:单位|部门)?$", "", part)
        if _SIGNED_DATE.match(part):
            continue  # 2025年2月26日: the signature's date run into the last row's units
        if part and part not in ("等", "和", "及") and not _NO_UNIT.match(part):
            cleaned.append(part)
    return _share_suffix([piece for part in cleaned for piece in _joined_offices(part)])


def _joined_offices(name: str) -> list[str]:
    """区文旅局及区科技局 → both; 省工业和信息化厅 stays one (省工业 is no office); and two
    offices run together where a cell's lines were joined (市工信局市科技局 → both)."""
    pieces = [piece for piece in re.split(r"[和及与]", name) if piece]
    if len(pieces) > 1 and all(is_org_name(piece) for piece in pieces):
        return pieces
    pieces = [piece for piece in _RUN_TOGETHER.split(name) if piece]
    if len(pieces) > 1 and all(is_org_name(piece) and not _PARTY.match(piece) for piece in pieces):
        return pieces
    return [name]


_PARTY = re.compile(r"^[省市县区]委$")  # 县委县政府督查室: the two committees' one office
# where one office's name ends and the next one's (省/市/县/区…) starts, with nothing between
_RUN_TOGETHER = re.compile(
    r"(?<=[局厅委办院室处行团])(?<!总局)(?=(?:[省市县区][\u4e00-\u9fff]{2,}[局厅委办院室处会团]|各设区市|"
    r"各县|人民银行|国家[\u4e00-\u9fff]{4,}局|江西[\u4e00-\u9fff]{2,}局))"
)


# …人民政府, or an office of each place: 德兴市、婺源县交通运输局 → both bureaus
_SHARED_SUFFIX = re.compile(
    r"^[\u4e00-\u9fff]{1,6}?[市县区](人民政府|政府|管委会|[\u4e00-\u9fff]{1,8}局)$"
)
_BARE_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,6}[市县区]$")


def _share_suffix(names: list[str]) -> list[str]:
    """贵溪市、余江区、月湖区人民政府: the places before the last name share its 人民政府."""
    if len(names) < 2:
        return names
    shared = _SHARED_SUFFIX.match(names[-1])
    if not shared:
        return names
    result = list(names)
    index = len(result) - 2
    while index >= 0 and _BARE_PLACE.match(result[index]):
        result[index] += shared.group(1)
        index -= 1
    return result


# (办公室设在县科协): where an office sits, not a unit of the task
_SEATED = re.compile(r"^(?:设在|设于|位于|挂靠)")


_GENERIC = re.compile(r"^(?:团队|队伍|集体|个人|单位|部门|机构|企业|组织|社团)$")


def looks_like_org(name: str) -> bool:
    """A plausible unit name: short, and ending like an office, a district or a company."""
    name = _PAREN_MARK.sub("", _LEAD_MARK.sub("", _ASSIST_MARK.sub("", _SHARED_MARK.sub("", name))))
    if not 2 <= len(name) <= 30 or re.search(r"\d{3,}", name) or _SEATED.match(name):
        return False
    if _GENERIC.match(name):  # 成果完成人(团队): a word for people, not a unit
        return False
    name = re.sub(r"[(（][^()（）]{2,}[)）]$", "", name) or name  # 省市场监管局(省知识产权局)
    return bool(_ORG_END.search(name) or name.startswith(("各", "市直", "省直", "其他")))


def assign_roles(
    units_text: str, *, all_lead: bool = False, all_assist: bool = False
) -> UnitFinding:
    """Roles in one list: by 牵头/配合 markers when present, else the first unit leads."""
    finding = UnitFinding()
    marked = False
    unmarked: list[str] = []
    for group in split_outside_brackets(units_text, ",，;；"):
        group = _SHARED_MARK.sub("", group.strip())
        if not group:
            continue
        names = split_units(group)
        if any(_PAREN_MARK.search(name) for name in names):
            for name in names:  # 市科技局(牵头)、各县区政府: the marker names one unit
                mark = _PAREN_MARK.search(name)
                bare = _PAREN_MARK.sub("", name)
                if mark and "牵头" in mark.group(0):
                    finding.lead.append(bare)
                elif mark:
                    finding.assisting.append(bare)
                else:
                    unmarked.append(bare)
            marked = True
        elif _LEAD_MARK.search(group):  # 市科技局牵头: the marker ends a group of units
            finding.lead.extend(split_units(_LEAD_MARK.sub("", group)))
            marked = True
        elif _ASSIST_MARK.search(group):
            finding.assisting.extend(split_units(_ASSIST_MARK.sub("", group)))
            marked = True
        else:
            unmarked.extend(names)
    if all_lead or (marked and not finding.lead and not all_assist):
        finding.lead.extend(unmarked)  # 责任单位:A、B,C配合 — A and B are the ones responsible
    elif all_assist or marked:
        finding.assisting.extend(unmarked)
    elif unmarked:
        finding.lead.append(unmarked[0])
        finding.assisting.extend(unmarked[1:])
    finding.lead = _dedupe(finding.lead)
    finding.assisting = [u for u in _dedupe(finding.assisting) if u not in finding.lead]
    return finding


def _dedupe(names: list[str]) -> list[str]:
    seen: list[str] = []
    for name in names:
        name = name.strip()
        if name and name not in seen:
            seen.append(name)
    return seen


def _closing(text: str, start: int) -> int:
    """Index of the bracket closing the one at `start` (nested brackets allowed), or -1."""
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char in OPEN:
            depth += 1
        elif char in CLOSE.values():
            depth -= 1
            if depth == 0:
                return index
    return -1


def _parse_labelled(content: str) -> UnitFinding:
    """'责任单位:A、B;完成时限:…' or '牵头单位:A;配合单位:B' → roles and deadline."""
    finding = UnitFinding()
    content = _LIST_WORDS_AFTER.sub("", content)  # how to read the list, not a label in it
    # a label word inside brackets is part of a note: (排第一位的为牵头单位,下同)
    matches = [m for m in _LABEL_RE.finditer(content) if not _inside_brackets(content, m.start())]
    labels = {_label(match) for match in matches}
    # 牵头单位:A;责任单位:B — beside a lead, 责任单位 names the others who carry the task out
    shared_assists = bool(labels & set(LEAD_LABELS)) and not labels & set(ASSIST_LABELS)
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(content)
        value = content[match.end() : end].strip(" ;；,，。")
        label = _label(match)
        if label in PERSON_LABELS:
            continue
        # (责任处室:成果转化处;2025年9月底前), 〔责任单位:A、B,各县(市、区)人民政府,9月底前〕
        parts = split_outside_brackets(value, ",，;；")
        dates = [part for part in parts if _DATE_LIKE.match(part.strip())]
        if dates and label not in DEADLINE_LABELS:
            finding.deadline_text = finding.deadline_text or dates[-1].strip()
            value = "；".join(part for part in parts if part not in dates)
        if label in DEADLINE_LABELS:
            finding.deadline_text = value
        elif label in LEAD_LABELS:
            finding.merge(assign_roles(value, all_lead=True))
        elif label in ASSIST_LABELS or shared_assists:
            finding.merge(assign_roles(value, all_assist=True))
        else:
            finding.merge(assign_roles(value))
    return finding


def find_units(
    text: str, *, standalone_from: int | None = None, bare_lists: bool = True
) -> UnitFinding:
    """All unit annotations in an item's own text.

    `standalone_from` is the offset where the item's continuation lines start: an annotation
    beginning there or later was written on its own line. `bare_lists`: whether a last
    sentence of nothing but office names counts (not in a table's task cell, whose unit
    columns say who, and where such a sentence is more likely a neighbour cell run in).
    """
    result = UnitFinding()
    taken: list[tuple[int, int]] = []
    # 牵头单位⇥县科技局: a form's row, label and value in two cells — read as 牵头单位:县科技局
    text = _LABEL_TAB.sub(lambda m: m.group(1) + ":", text)

    def take(start: int, end: int, finding: UnitFinding) -> None:
        if standalone_from is not None and start >= standalone_from:
            finding.standalone = True
        finding.spans.append((start, end))
        taken.append((start, end))
        result.merge(finding)

    prefix = unit_prefix(text)
    subject = _subject_roles(text)
    if subject:  # 县科技局牵头组织…, A会同B推进…: the office is the task's subject
        take(0, subject[0], subject[1])
    elif prefix:  # 省科技厅、省发展改革委:推进… — the units written before the task
        take(0, prefix, assign_roles(text[:prefix].strip(" :：【】〔〕[]")))

    offset = 0
    for line in text.split("\n"):  # units and time limit in columns after the task
        spans, units, deadline = column_cells(line)
        if spans:
            finding = assign_roles(units) if units else UnitFinding()
            finding.deadline_text = deadline
            take(offset + spans[0][0], offset + spans[-1][1], finding)
        offset += len(line) + 1

    for match in _LABEL_RE.finditer(text):
        start = match.start()
        if any(a <= start < b for a, b in taken):
            continue
        before = text[:start].rstrip()
        if before and before[-1] in OPEN:
            open_at = len(before) - 1
            close = _closing(text, open_at)
            end = close if close != -1 else len(text)
            if close != -1 and not text[match.end() : close].strip(" :："):
                # 【责任单位】A、B【完成时限】…: the bracket holds the label, the value follows
                value_end = _unbracketed_end(text, close + 1, also="【〔[")
                labelled = f"{_label(match)}:{text[close + 1 : value_end]}"
                take(open_at, value_end, _parse_labelled(labelled))
                continue
            take(open_at, end + 1, _parse_labelled(text[start:end]))
        else:
            if not re.search(r"[:：]\s*$", match.group(0)):
                continue  # '按时限要求' is prose; a bare label needs its colon
            open_at = _enclosing(text, start)
            close = _closing(text, open_at) if open_at != -1 else -1
            if close != -1:  # (持续推进;牵头:A,参与:B): labels inside a bracket end with it
                finding = _parse_labelled(text[start:close])
                before_label = text[open_at + 1 : start].strip(" ;；,，")
                if is_time_limit(before_label):
                    finding.deadline_text = finding.deadline_text or before_label
                take(open_at, close + 1, finding)
                continue
            end = _unbracketed_end(text, match.end())
            # 牵头单位:A / 责任单位:B on lines of their own: one block, read together (beside
            # a lead, 责任单位 names those who assist), as they would be on one line
            while (following := _LABEL_RE.match(text, end + 1)) and text[end : end + 1] == "\n":
                end = _unbracketed_end(text, following.end())
            take(start, end, _parse_labelled(text[start:end]))

    # a sentence naming the roles: 由省科技厅牵头，省财政厅、各设区市人民政府配合。
    for match in _ROLE_SENTENCE.finditer(text):
        start, end = match.span("roles")
        if any(a <= start < b or start <= a < end for a, b in taken):
            continue
        lead = split_units(match.group("lead"))
        # A配合,B负责具体实施: the list runs over a role word of its own
        assist = [_ASSIST_MARK.sub("", name) for name in split_units(match.group("assist") or "")]
        if match.group("verb") == "负责":  # 由A、B负责(,C配合): shared, the first leads
            lead, assist = lead[:1], lead[1:] + assist
        if lead and all(looks_like_org(name) for name in lead + assist):
            take(start, end, UnitFinding(lead=_dedupe(lead), assisting=_dedupe(assist)))

    # 由市科技局牵头建立工作专班: the office leading the work the sentence goes on to name
    for match in _LED_BY.finditer(text) if not result.lead else ():
        start, end = match.span("lead")
        if any(a <= start < b for a, b in taken):
            continue
        lead = split_units(match.group("lead"))
        if lead and all(is_org_name(name) for name in lead):
            # 由A、B牵头: both lead; 由A、B负责/给予…: shared, the first leads
            shared = match.group("verb") != "牵头"
            take(
                start,
                end,
                UnitFinding(
                    lead=lead[:1] if shared else lead, assisting=lead[1:] if shared else []
                ),
            )
            break

    # an unlabelled bracket of organisation names closing the item or one of its clauses:
    # 〔市科技局、高新区〕, …年内完成(区科技局);支持企业…10家(区工信局)。 — each bracket's first
    # unit leads its part of the task
    for match in _CLAUSE_END_BRACKET.finditer(text):
        close = match.start()
        start = _opening(text, close)
        if start == -1 or any(a <= start < b for a, b in taken):
            continue
        content, deadline_text = _without_dates(text[start + 1 : close])
        names = split_units(re.sub(r"[,，;；]", "、", content))
        if names and all(looks_like_org(name) for name in names):
            finding = assign_roles(content)
            finding.deadline_text = deadline_text
            take(start, close + 1, finding)

    # offices after dot leaders or a dash closing the line: 新增企业15家……市科技局, …——A、B
    for match in _AFTER_LEADER.finditer(text):
        start, end = match.span("names")
        if any(a <= start < b or start <= a < end for a, b in taken):
            continue
        names = split_units(re.sub(r"[,，;；]", "、", match.group("names")))
        if names and all(is_org_name(name) for name in names):
            take(match.start(), end, assign_roles(match.group("names")))

    # …达到50%,县统计局配合。 — the assisting offices in a clause of their own
    for match in _ASSIST_CLAUSE.finditer(text):
        start, end = match.span()
        if any(a <= start < b or start <= a < end for a, b in taken):
            continue
        names = split_units(match.group("names"))
        if names and all(is_org_name(name) for name in names):
            take(start, end, UnitFinding(assisting=names))

    # a sentence of nothing but organisation names after the task (…工作站2家。市人社局、
    # 市科技局), perhaps with its time limit (…8个。市科技局、市发展改革委,9月份完成申报。)
    for match in _BARE_SENTENCE.finditer(text) if bare_lists else ():
        start, end = match.span("names")
        if any(a <= start < b or start <= a < end for a, b in taken):
            continue
        content, deadline_text = _without_dates(match.group("names"))
        names = split_units(re.sub(r"[,，;；]", "、", content))
        if len(names) < 2 and text[start - 1 : start] == "\n":
            continue  # one office on a line of its own is more likely the issuer's signature
        if names and all(is_org_name(name) for name in names):
            finding = assign_roles(content)
            finding.deadline_text = deadline_text
            take(start, end, finding)

    # the office as the subject of a later sentence of the item's own text (强化考核激励。
    # 县科技局会同县农业农村局每年…开展考核): only a sentence's opening words, so an office named
    # as an object (办公室设在县科技局) is not taken; only while no lead is known (a label or
    # bracket says it better), and not in a table cell, whose columns say who
    def subjects(starts: Iterator[re.Match[str]], *, first_only: bool) -> None:
        for match in starts:
            subject = _subject_roles(text, match.end())
            if subject and not any(a <= match.end() < b for a, b in taken):
                take(match.end(), subject[0], subject[1])
                if first_only:
                    return

    if bare_lists and not result.lead:
        subjects(_SENTENCE_START.finditer(text), first_only=False)
    # …or of a later clause (…辅导计划,市科技局牵头对企业开展…; …5个,市科技局负责): an office
    # that is the clause's subject, by its strict name (支持龙头企业牵头… names no office)
    if bare_lists and not result.lead:
        subjects(_CLAUSE_START.finditer(text), first_only=True)

    # an office steering a recurring task, in any clause (…纳入考核,县科技局每季度调度一次;
    # 市科技局每月调度各地进展): it leads, no 牵头 needed
    for match in _STEERING.finditer(text) if bare_lists and not result.lead else ():
        doer, _, partner = match.group("lead").partition("会同")  # A会同B每季度组织…
        names, partners = split_units(doer), split_units(partner)
        start = match.start("lead")
        offices = names and all(is_org_name(name) for name in names + partners)
        if offices and not any(a <= start < b for a, b in taken):
            finding = UnitFinding(lead=names[:1], assisting=names[1:] + partners)
            take(start, match.end("lead"), finding)
            break

    # …牵头建立协调机制,会同省发展改革委、省财政厅统筹推进: the partners of the lead named
    # in a later clause (its subject left out) assist
    for match in _WITH_CLAUSE.finditer(text) if result.lead else ():
        partners = split_units(match.group("with"))
        offices = partners and all(is_org_name(name) for name in partners)
        if offices and not any(a <= match.start() < b for a, b in taken):
            take(match.start("with"), match.end("with"), UnitFinding(assisting=partners))

    # a heading that is nothing but offices (一、市科技局 over that office's tasks): they
    # carry the section
    first = text.split("\n", 1)[0].rstrip(" 。:：")
    if not taken and is_office_heading(first):
        take(0, len(first), assign_roles(first))
    return result


def is_office_heading(line: str) -> bool:
    """A heading that names nothing but offices (四、市外办、市公安局 over their tasks)."""
    line = line.rstrip(" 。:：")
    names = split_units(re.sub(r"[,，;；]", "、", line))
    return (
        bool(names)
        and "。" not in line
        and all(len(name) <= 20 and is_org_name(name) for name in names)
    )


_SENTENCE_START = re.compile(r"(?<=[。；;！!？?\n])[ \t]*(?=\S)")
_WITH_CLAUSE = re.compile(
    r"(?<=[，,])\s*会同(?P<with>[^,，。；;:：\n]{2,80}?(?:局|厅|委|办|院|会|中心|政府|室|处))"
    r"(?=[\u4e00-\u9fff])"
)
_CLAUSE_START = re.compile(r"(?<=[，,])[ \t]*(?=\S)")
_STEERING = re.compile(
    r"(?:^|(?<=[。；;，,\n]))[ \t]*(?P<lead>[^,，。；;:：\n]{2,30}?)"
    r"(?=(?:每(?:年|半年|季度|个?月|周)|按(?:季度?|月|周))(?:向[^,，。；;\n]{2,12}?)?"
    r"(?:调度|组织|通报|召开|开展|督查|报告|安排))"
)


_LEADING_BRACKET = re.compile(r"^\s*[【〔\[](?P<names>[^】〕\]\n]{2,80})[】〕\]]\s*")
_PREFIX = re.compile(r"^(?P<names>[^:：。,，;；\n]{2,80}?)\s*[:：]\s*")


def unit_prefix(text: str) -> int:
    """Length of the units opening the text before the task, or 0: a list of offices before a
    colon (`省科技厅、省财政厅:`, as a 分工方案 writes who does each task), or the office doing
    it as the sentence's subject (`县科技局牵头组织…`, `A会同B推进…`, `A牵头,B配合,建设…`).
    A label (责任单位:) is not one. Also offices in brackets opening the task (【县科技局】…)."""
    bracket = _LEADING_BRACKET.match(text)
    if bracket and not _LABEL_RE.search(bracket.group("names")):
        names = split_units(bracket.group("names"))
        if names and all(is_org_name(name) for name in names):
            return bracket.end()
    match = _PREFIX.match(text)
    if match and not _LABEL_RE.search(match.group("names")):
        names = split_units(match.group("names"))
        if names and all(len(name) <= 20 and is_org_name(name) for name in names):
            return match.end()
    subject = _subject_roles(text)
    return subject[0] if subject else 0


# the word after the units that names them assisting: A牵头,B配合 / B协同推进 / B落实
_ASSIST_VERB = rf"(?:(?:配合|参与|协助|协同)(?:实施|落实|推进)?|落实|{_CARRY_OUT})"
# matched from where a sentence starts (no ^: _SUBJECT.match(text, pos) anchors it there);
# 负责人 and 负责同志 are people, not the office taking the task
# A会同B、C、D: every office named after 会同, not only the first
_WITH_END = r"(?:局|厅|委|办|院|会|中心|政府|集团|公司|室|处|所|站|馆|部门|单位)"
_SUBJECT = re.compile(
    # 会同有关部门 names no one: the subject leads alone
    r"(?!由)(?P<lead>[^,，。；;:：由]{2,40}?)(?:要|将|应)?(?:牵头(?:负责)?|(?P<verb>负责)(?!人|同志)|会同(?:(?:有关|相关)(?:部门|单位)|"
    r"(?P<with>[^,，。；;:：]{2,40}?"
    + _WITH_END
    + r"(?:、[^,，。；;:：、]{2,20}?"
    + _WITH_END
    + r")*)))"
    r"(?:[,，]\s*(?P<assist>[^,，。；;:：]{2,60}?)" + _ASSIST_VERB + r"[,，]?)?"
)


# 省工业和信息化厅建立…库; 区科技创新局于11月30日前对…开展评估; 市人社局、市科技局要每半年…:
# an office opening a sentence and doing its work leads it (the first of several; the others
# assist); not 各地各部门要… (those it exhorts), nor an office the sentence is about
_DOER = re.compile(
    # an office of a level of government (省…, 市…, 县…, 局科技处, 赣州市…), not 对现有实验室…
    r"(?!由|各(?![^,，。；;:：\n]{2,20}?于\s*(?:20\d{2}|\d{1,2}\s*月)))"
    r"(?=省|市|县|区|局|厅|各|[\u4e00-\u9fff]{1,4}[省市县区])"
    r"(?P<lead>(?:(?!会同)[^,，。；;:：由\n]){2,40}?)(?:要|将|应)?"
    r"(?=于\s*(?:20\d{2}|\d{1,2}\s*月)|对[^,，。；;\n]{2,30}?(?:开展|进行|实施)|每(?:年|半年|季度|个?月)"
    r"|建立|开展|组织|制定|出台|设立|统筹|印发|编制)"
)


def _subject_roles(text: str, pos: int = 0) -> tuple[int, UnitFinding] | None:
    """The office opening the text (or the sentence starting at `pos`) as the subject of the
    task, and where the task starts."""
    match = _SUBJECT.match(text, pos)
    if match is None:
        doer = _DOER.match(text, pos) if pos else None
        if doer is None:
            return None
        names = split_units(doer.group("lead"))
        if not names or not all(is_org_name(name) for name in names):
            return None
        return doer.end(), UnitFinding(lead=names[:1], assisting=names[1:])
    lead = split_units(match.group("lead"))
    assist = split_units(match.group("with") or "")
    if not lead or not all(is_org_name(name) for name in lead + assist):
        return None
    end = match.end()
    clause = split_units(match.group("assist") or "")
    if all(is_org_name(name) for name in clause):
        assist += clause
    else:  # A会同B,组织本地企业参与…: the clause after the partners is the task, not offices
        end = match.start("assist")
    if match.group("verb") == "负责":  # A、B负责…: shared, the first leads (as 由A、B负责)
        lead, assist = lead[:1], lead[1:] + assist
    if not match.group("assist") and text[end : end + 1] in (",", "，"):
        end += 1  # 县农业农村局牵头,建设…
    return end, UnitFinding(lead=_dedupe(lead), assisting=_dedupe(assist))


# ,县统计局配合。 — a clause of offices and an assisting word, anywhere in the text
_ASSIST_CLAUSE = re.compile(
    r"(?<=[,，;；])\s*(?P<names>[^,，。；;:：\n]{2,60}?)(?:配合|协助|参与)"
    r"(?=\s*(?:[。；;,，]|$)|开展|做好|实施|推进|落实)"
)


def column_cells(line: str) -> tuple[list[tuple[int, int]], str | None, str | None]:
    """A task line followed by cells in columns of spaces, as a table without its header
    prints: `1.新增高企15家以上      区科技局、区工信局      2025年12月`.

    Returns the spans of the trailing cells, the text of the units cell and of the deadline
    cell; no spans when the line is not written that way (every trailing cell must be a list
    of organisation names or a time limit).
    """
    cells = list(re.finditer(r"\S(?:.*?\S)?(?=\s{2,}|\t|\s*$)", line))
    if len(cells) < 2:
        return [], None, None
    spans: list[tuple[int, int]] = []
    units: str | None = None
    deadline: str | None = None
    for cell in reversed(cells[1:]):
        value = cell.group(0)
        if _LABEL_RE.search(value):
            break  # 牵头单位:A　　配合单位:B — labelled, read by the labels
        if deadline is None and units is None and is_time_limit(value):
            deadline = value
        elif units is None and all(
            looks_like_org(name) for name in split_units(re.sub(r"[,，;；]", "、", value))
        ):
            units = value
        else:
            break
        spans.append(cell.span())
    if units is None and deadline is None:
        return [], None, None
    return sorted(spans), units, deadline


_TIME_WORDS = re.compile(
    r"长期坚持|长期|持续推进|持续|常态化|每年|每季度|每月|年底|年末|年内|上半年|下半年|"
    r"[上中下]旬|第?[一二三四1-4]季度|完成|启动|以前|[\d年月日底末前.\-/—–~～至\s]"
)


def is_time_limit(cell: str) -> bool:
    """A cell holding only a time limit (2025年12月, 6月底前, 长期, 2025.6.30) — not a figure
    such as 1.8, nor a header such as 2025年目标值."""
    if _TIME_WORDS.sub("", cell) or not normalize_deadline(cell, 2000):
        return False
    return bool(re.search(r"[年月日季底前内]|长期|持续|常态|每|20\d{2}[./]", cell))


def _without_dates(content: str) -> tuple[str, str | None]:
    """A bracket's list without the time limit written among the units:
    (市科技局、市工信局,各县(市、区)人民政府,6月底前启动) → the units, '6月底前启动'."""
    parts = split_outside_brackets(content, ",，;；")
    dates = [part for part in parts if _DATE_LIKE.match(part.strip())]
    notes = [part for part in parts if _LIST_WORDS.match(part.strip())]
    if not dates + notes or len(dates) + len(notes) == len(parts):
        return content, None
    kept = [part for part in parts if part not in dates and part not in notes]
    return "，".join(kept), dates[-1].strip() if dates else None


# words about the list rather than units in it: (A、B按职责分工负责,下同)
_FIRST_LEADS = (
    r"(?:排|列|位列|排名|排在|列在)第[一1]位?的?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)?"
)
_LIST_WORDS = re.compile(rf"^(?:下同|同上|排名不分先后|排名分先后|按姓氏笔画排序|{_FIRST_LEADS})$")
# the same words closing a labelled list: 责任单位:A、B、C,列第一位的为牵头单位,下同
_LIST_WORDS_AFTER = re.compile(rf"(?:[,，;；]\s*(?:{_FIRST_LEADS}|下同|同上))+\s*$")


# names ending like an office, a government or a company (a place alone is not enough here)
_STRONG_ORG_END = re.compile(
    r"(?:局|厅|委|办|院|会|中心|政府|管委会|集团|公司|银行|分行|支行|部|所|协|联|站|馆|室|"
    r"处|(?<![学专本])科|单位|部门|机构)(?:\([^()]{2,}\))?$"
)


# A meeting is not an office, though it ends in 会: 领导小组每季度召开一次调度会, 年度工作会.
_MEETING = re.compile(
    r"召开|举办|每(?:年|半年|季度?|月|周)|定期|"
    r"(?:调度|推进|座谈|对接|协调|部署|动员|培训|交流|观摩|现场|总结|评审|论证|专题|例|工作|"
    r"年|大|推介|洽谈|发布|博览|展销|交易)会$|会议$"
)


def is_org_name(name: str) -> bool:
    """Stricter than looks_like_org: a bare list after a sentence must name offices (…局,
    …委, 各县(市、区)人民政府), not places or things (高新区, 示范园), nor meetings (调度会)."""
    bare = _PAREN_MARK.sub("", _LEAD_MARK.sub("", _ASSIST_MARK.sub("", name)))
    if not looks_like_org(name) or _VERB_START.match(bare) or INLINE_START.match(bare):
        return False  # 建设技术转移机构, (2)争创…研究站: a task naming a thing, not an office
    if _MEETING.search(bare):
        return False
    if _DATE_LIKE.match(bare) or re.search(r"完成|并报", bare):
        return False  # 6月底前完成…规划并报市政府: a deadline's sentence ending in an office
    if bare.startswith("各"):  # 各设区市人民政府, 各县(市、区), 各乡镇(街道) — not 各地各部门要…
        return len(bare) <= 14 and bool(
            re.search(r"(?:政府|[区县市镇乡]|部门|单位|\))$", bare) or _STRONG_ORG_END.search(bare)
        )
    return bool(_STRONG_ORG_END.search(bare))


INLINE_START = re.compile(r"^(?:\(?\d{1,2}[).、]|[①-⑳]|\([一二三四五六七八九十]+\))")
_LABEL_TAB = re.compile(
    "^(" + "|".join(sorted(UNIT_LABELS + DEADLINE_LABELS, key=len, reverse=True)) + ")\t",
    re.MULTILINE,
)
_AFTER_LEADER = re.compile(
    r"(?:[…⋯]+|\.{3,}|·{3,}|—{1,2}|-{2,})[ \t]*(?P<names>[^…⋯—\n。]{2,120}?)[ \t。]*(?=\n|$)"
)
_VERB_START = re.compile(
    r"^(?:建设|建立|完善|支持|推进|推动|加快|加强|实施|打造|培育|开展|强化|提升|组建|创建|构建|"
    r"深化|优化|健全|设立|引进|组织|落实|争创|新建|新增|发挥|依托|鼓励|引导|服务|成立|整合|重组|遴选|认定|评估|举办|召开|"
    r"共建|联建|搭建)"
)
_BARE_SENTENCE = re.compile(r"(?<=[。\n])[ \t]*(?P<names>[^。\n]{2,120}?)[ \t]*(?=[。\n]|$)")


_CLAUSE_END_BRACKET = re.compile(r"[)）〕】\]](?=[ \t]*(?:[。.;；,，\n]|$))")


# 由A、B牵头(or 负责)，C、D配合 (由 may follow a comma; without 由 the roles make a sentence of
# their own)
_LED_BY = re.compile(
    # 本方案由市科技局负责解释: the document's own provision names who answers for it
    r"(?:^|(?<=[。；;\n，,]))\s*(?:本(?:方案|办法|措施|意见|细则|要点|计划)|[此该本]项工作)?"
    r"由(?P<lead>[^,，。；;\n由]{2,40}?)(?P<verb>牵头|负责|给予)"
    r"(?=[\u4e00-\u9fff]|[，,])"
)
_ROLE_SENTENCE = re.compile(
    r"(?:(?:^|(?<=[。；;\n，,]))\s*(?:[此该本]项工作)?由|(?:^|(?<=[。；;\n])))"
    r"(?![ \t]*[(（〔【\[])"  # (A牵头,B配合;长期坚持) is a bracket, read as one below
    r"(?P<roles>(?P<lead>[^。；;\n，,由]{2,80}?)(?:按职责(?:分工)?)?"
    r"(?P<verb>牵头(?:负责|实施|落实|推进)?|负责)"
    r"(?:[，,、]\s*(?P<assist>[^。；;\n]{2,120}?)(?:等(?:单位|部门))?" + _ASSIST_VERB + r")?)"
    r"\s*(?=[。；;\n]|$|[，,]\s*(?:20\d{2}\s*年|\d{1,2}\s*月|年底|年内|年末|[上下]半年|第?[一二三四]季度"
    r"|长期|持续|常态))"
)  # …B配合,2025年11月底前完成评价: the time limit may follow the roles in the sentence


def units_in_cell(text: str, *, all_lead: bool = False, all_assist: bool = False) -> UnitFinding:
    """The units of a table cell; a cell may name the roles itself (牵头:A 配合:B)."""
    if any(_label(match) in UNIT_LABELS for match in _LABEL_RE.finditer(text)):
        return _parse_labelled(text)
    return assign_roles(text, all_lead=all_lead, all_assist=all_assist)


def _unbracketed_end(text: str, start: int, also: str = "") -> int:
    """Where an unbracketed '责任单位:…' list stops: at 。, a line end (or a char of `also`)."""
    match = re.compile("[。\n" + re.escape(also) + "]").search(text, start)
    return match.start() if match else len(text)


def _inside_brackets(text: str, index: int) -> bool:
    depth = 0
    for char in text[:index]:
        if char in OPEN or char == "（":
            depth += 1
        elif char in CLOSE.values() or char == "）":
            depth = max(0, depth - 1)
    return depth > 0


def _enclosing(text: str, index: int) -> int:
    """The unclosed bracket on the same line before `index`, or -1."""
    depth = 0
    for at in range(index - 1, -1, -1):
        char = text[at]
        if char == "\n":
            return -1
        if char in CLOSE.values():
            depth += 1
        elif char in OPEN:
            if depth == 0:
                return at
            depth -= 1
    return -1


def _opening(text: str, close_index: int) -> int:
    depth = 0
    for index in range(close_index, -1, -1):
        char = text[index]
        if char in CLOSE.values():
            depth += 1
        elif char in OPEN:
            depth -= 1
            if depth == 0:
                return index
    return -1
