"""The demo generator: a synthetic but plausible registry for one province.

Plain Python, no Django (STYLE.md: engines can be tested and benchmarked alone). Given the
region tree, the dictionaries and a seed, `generate()` yields organisations with their
qualification histories as dataclasses; `manage.py demo` writes them.

Everything is synthetic: names are composed from a place word, a two-character brand drawn from
a curated list, an industry word matched to the organisation's chain and a legal-form suffix,
and de-duplicated; credit codes are valid (GB 32100) and unique by construction; people's names
are random. Jiangxi (360000) has tuned weights (economic size per city, chain specialisation per
city); other provinces get neutral weights.

Deterministic: one `random.Random(seed)`, inputs sorted, no set iteration, so the same inputs
give the same output. The reference date `as_of` is an input too.
"""

from __future__ import annotations

import datetime as dt
import random
from bisect import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import accumulate
from typing import Generic, TypeVar

from apps.organizations import credit_code

T = TypeVar("T")

SCALES: dict[str, int] = {"small": 3_000, "province": 200_000}

ENTERPRISE = "enterprise"
UNIVERSITY = "university"
INSTITUTE = "institute"
SERVICE_PROVIDER = "service_provider"


# --- inputs and outputs -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RegionNode:
    """One node of the region tree, as the generator needs it."""

    code: str
    name: str
    level: str  # province | city | county | zone
    parent_code: str | None
    path: str
    short_name: str = ""
    zone_rank: str = ""  # national | provincial, zones only


@dataclass(frozen=True, slots=True)
class Dictionaries:
    """The registry dictionaries the output may refer to (codes only)."""

    chains: tuple[str, ...]
    qualification_types: tuple[str, ...]
    industries: tuple[str, ...]  # GB/T 4754 divisions with section letter, e.g. "C39"


@dataclass(frozen=True, slots=True)
class GeneratedQualification:
    type_code: str
    valid_from: dt.date
    valid_until: dt.date | None
    certificate_no: str = ""
    batch: str = ""


@dataclass(slots=True)
class GeneratedOrganization:
    credit_code: str
    name: str
    kind: str
    region_code: str
    industry_code: str | None
    chain_codes: tuple[str, ...]
    size: str
    founded_on: dt.date
    address: str
    registered_capital: Decimal | None
    employees: int
    contact_name: str
    contact_phone: str
    qualifications: list[GeneratedQualification] = field(default_factory=list)


# --- curated word lists -----------------------------------------------------------------------


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """ "a/x b/y" -> (("a", "x"), ("b", "y"))."""
    return tuple((item.split("/")[0], item.split("/")[1]) for item in text.split())


# Brand characters: auspicious or technical, all common, none a surname-only or place marker.
BRAND_CHARS = (
    "恒远华创鑫瑞宏博泰德盛联嘉汇达信诚宇金源力通星晶峰腾飞安康祥润丰和明光智益兴隆永顺宁鼎"
    "昊翔凯锐迈捷启航辰煜晟铭聚众合立正卓骏赛优亿万格美佳欣耀熙宸琪璟炜浩鹏展拓"
)

# Per chain: industry words with their GB/T 4754 division; "+" means 科技 may follow the word.
CHAIN_WORD_SPECS: dict[str, str] = {
    "electronics": "电子/C39+ 光电/C39+ 微电子/C39+ 通信/C39+ 电子信息/C39+ 软件/I65+ "
    "智能科技/C39 半导体/C39+",
    "new_energy": "新能源/C38+ 能源/C38+ 储能/C38+ 电气/C38+ 风电/C38+",
    "new_materials": "新材料/C26+ 复合材料/C29+ 功能材料/C30+ 高分子材料/C29+ 纳米材料/C26+",
    "equipment": "机械/C34+ 装备/C35+ 智能装备/C35+ 机电/C34+ 精密机械/C34+ 重工/C35 自动化/C34+",
    "aviation": "航空/C37+ 航空装备/C37+ 通用航空/C37+ 航空部件/C37+ 无人机/C37+",
    "biomedicine": "生物医药/C27+ 生物/C27+ 药业/C27 医疗器械/C35+ 制药/C27 生物工程/C27+",
    "tcm": "中药/C27+ 中医药/C27+ 本草/C27+ 中药饮片/C27 药业/C27",
    "green_food": "食品/C14+ 农业/A01+ 茶业/C15 粮油/C13 生态农业/A01+ 酒业/C15 果业/A01",
    "nonferrous": "有色金属/C32+ 铜业/C32 钨业/C32 金属材料/C32+ 铝业/C32 合金/C32+",
    "rare_earth": "稀土/C32+ 稀土新材料/C32+ 磁材/C38+ 稀金/C32+ 稀土功能材料/C32+",
    "textile": "纺织/C17+ 服饰/C18 服装/C18 针织/C17 织造/C17",
    "petrochemical": "化工/C26+ 石化/C25 化学/C26+ 精细化工/C26 新能源化工/C26",
    "building_materials": "建材/C30+ 陶瓷/C30+ 新型建材/C30 玻璃/C30+ 水泥/C30",
    "steel": "钢铁/C31 特钢/C31 钢材/C31 金属制品/C33 钢构/C33",
    "automotive": "汽车/C36+ 汽车零部件/C36 汽车电子/C36+ 新能源汽车/C36+ 车业/C36",
    "furniture": "家具/C21 家居/C21+ 木业/C20 实木家具/C21",
    "vr": "虚拟现实/I65+ 数字/I65+ 信息/I65+ 互动/I65+ 元宇宙/I65+",
    "lithium": "锂业/C32 锂电/C38+ 锂能/C38+ 电池/C38+ 锂电新材料/C32+",
    "photovoltaic": "光伏/C38+ 光能/C38+ 太阳能/C38+ 硅业/C30 新能源/C38+",
}
# Enterprises outside the promoted chains: word/division[+]/weight.
GENERIC_WORD_SPEC = (
    "科技/M75/10 技术服务/M74/4 信息技术/I65/6 网络/I64+/3 贸易/F51/5 "
    "建设工程/E48/3 实业/C41/3 环保/N77+/4 农业发展/A01/3 物流/G58/2 印务/C23/1 "
    "塑业/C29/2 五金/C33/2 电力/D44+/1 节能/M74+/2 包装/C22/1 文化传媒/R86/1 "
    "仪器/C40+/2"
)


def _parse_words(spec: str) -> tuple[tuple[str, str, bool], ...]:
    out = []
    for item in spec.split():
        word, code = item.split("/")[:2]
        out.append((word, code.rstrip("+"), code.endswith("+")))
    return tuple(out)


CHAIN_WORDS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    chain: _parse_words(spec) for chain, spec in CHAIN_WORD_SPECS.items()
}
GENERIC_WORDS = _parse_words(GENERIC_WORD_SPEC)
GENERIC_WEIGHTS = tuple(float(item.split("/")[2]) for item in GENERIC_WORD_SPEC.split())

# Chains often held together with another.
RELATED: dict[str, tuple[str, ...]] = {
    "electronics": ("vr", "new_energy", "equipment"),
    "new_energy": ("lithium", "photovoltaic", "automotive"),
    "new_materials": ("rare_earth", "nonferrous", "building_materials"),
    "equipment": ("automotive", "aviation", "electronics"),
    "aviation": ("equipment", "new_materials"),
    "biomedicine": ("tcm", "green_food"),
    "tcm": ("biomedicine", "green_food"),
    "green_food": ("tcm",),
    "nonferrous": ("new_materials", "rare_earth"),
    "rare_earth": ("new_materials", "nonferrous"),
    "textile": ("new_materials",),
    "petrochemical": ("new_materials",),
    "building_materials": ("new_materials",),
    "steel": ("new_materials", "equipment"),
    "automotive": ("new_energy", "equipment"),
    "furniture": ("building_materials",),
    "vr": ("electronics",),
    "lithium": ("new_energy", "new_materials"),
    "photovoltaic": ("new_energy",),
}

# Province-wide base weight of each chain among enterprises that belong to one.
CHAIN_BASE: dict[str, float] = {
    "electronics": 10,
    "new_energy": 5,
    "new_materials": 8,
    "equipment": 9,
    "aviation": 1.5,
    "biomedicine": 5,
    "tcm": 2.5,
    "green_food": 7,
    "nonferrous": 3,
    "rare_earth": 1,
    "textile": 5,
    "petrochemical": 3,
    "building_materials": 5,
    "steel": 1.5,
    "automotive": 4,
    "furniture": 2.5,
    "vr": 2,
    "lithium": 1.5,
    "photovoltaic": 1.5,
}

# Jiangxi: relative economic size of each city (GDP order), with the capital's pull on
# technology firms added.
CITY_WEIGHT: dict[str, float] = {
    "360100": 30,
    "360700": 15.5,
    "360400": 12,
    "361100": 10.5,
    "360900": 10,
    "360800": 8,
    "361000": 5.5,
    "360300": 4,
    "360500": 3.8,
    "360200": 3.5,
    "360600": 3.2,
}
# Jiangxi: city specialisations (multipliers on CHAIN_BASE).
CITY_CHAINS: dict[str, dict[str, float]] = {
    "360100": {"electronics": 3, "aviation": 4, "biomedicine": 2.5, "vr": 5, "automotive": 1.5},
    "360200": {"aviation": 12, "building_materials": 3, "biomedicine": 1.5},
    "360300": {
        "building_materials": 2.5,
        "new_materials": 1.5,
        "equipment": 1.5,
        "petrochemical": 1.5,
    },
    "360400": {"petrochemical": 5, "new_materials": 2.5, "textile": 1.5, "electronics": 1.3},
    "360500": {"lithium": 12, "steel": 12, "new_energy": 2, "photovoltaic": 2},
    "360600": {"nonferrous": 12, "electronics": 1.5},
    "360700": {
        "rare_earth": 15,
        "nonferrous": 5,
        "furniture": 6,
        "automotive": 1.5,
        "electronics": 1.3,
    },
    "360800": {"electronics": 4, "green_food": 1.5, "biomedicine": 1.2},
    "360900": {"lithium": 14, "new_energy": 2.5, "tcm": 4, "biomedicine": 1.5, "green_food": 1.5},
    "361000": {"biomedicine": 1.5, "automotive": 1.5, "electronics": 1.5, "green_food": 1.5},
    "361100": {"photovoltaic": 14, "automotive": 4, "nonferrous": 2, "new_energy": 2},
}
# Jiangxi: a few counties known for one industry.
COUNTY_CHAINS: dict[str, dict[str, float]] = {
    "360982": {"tcm": 6},  # 樟树 药都
    "360703": {"furniture": 6},  # 南康 家具
    "361181": {"nonferrous": 4},  # 德兴 铜
    "360681": {"nonferrous": 4},  # 贵溪 铜
    "360121": {"automotive": 2, "biomedicine": 1.5},  # 南昌县 小蓝
    "360783": {"rare_earth": 2, "electronics": 2},  # 龙南
}
AREA_CODES: dict[str, str] = {
    "360100": "0791",
    "360200": "0798",
    "360300": "0799",
    "360400": "0792",
    "360500": "0790",
    "360600": "0701",
    "360700": "0797",
    "360800": "0796",
    "360900": "0795",
    "361000": "0794",
    "361100": "0793",
}
# Poetic local names, for universities and institutes, so none is a real institution's name.
CITY_STYLE_NAMES: dict[str, tuple[str, ...]] = {
    "360100": ("洪城", "赣水", "艾溪", "梅岭", "象湖"),
    "360200": ("瓷都", "昌南", "陶阳"),
    "360300": ("萍水", "武功", "楚萍"),
    "360400": ("匡庐", "甘棠", "湓浦"),
    "360500": ("袁河", "仙湖", "钤山"),
    "360600": ("龙虎", "白露", "信水"),
    "360700": ("虔城", "章江", "贡水"),
    "360800": ("庐陵", "白鹭", "禾水"),
    "360900": ("明月", "秀江", "宜阳"),
    "361000": ("汝水", "抚河", "才子"),
    "361100": ("三清", "信江", "灵山"),
}
UNIVERSITY_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("大学", ("理工", "科技", "医科", "农业", "师范", "财经", "交通", "中医药")),
    ("学院", ("理工", "工程", "科技", "信息", "财经", "师范", "工商")),
    ("职业技术学院", ("工程", "信息", "交通", "财经", "电子", "化工", "工业", "建设")),
)
INSTITUTE_FIELDS: tuple[tuple[str, str], ...] = _pairs(  # field / chain ("" = none)
    "先进制造/equipment 新材料/new_materials 稀土功能材料/rare_earth 锂电新能源/lithium "
    "航空装备/aviation 生物医药/biomedicine 中医药/tcm 电子信息/electronics "
    "现代农业/green_food 有色冶金/nonferrous 光伏材料/photovoltaic 智能制造/equipment "
    "虚拟现实/vr 节能环保/ 工业技术/ 资源与环境/"
)
SERVICE_WORDS = _pairs(  # word / GB/T 4754 division
    "检验检测/M74 检测技术/M74 知识产权代理/L72 科技咨询/M75 技术转移/M75 工业设计/M74 "
    "认证服务/M74 科技服务/M75 计量校准/M74 创业孵化/M75"
)
ROAD_WORDS = _split(
    "长江 黄河 珠江 紫阳 火炬 创新 高新 科技 学府 迎宾 建设 人民 解放 胜利 滨江 沿江 湖滨 "
    "文化 兴业 工业 富山 金山 银杏 青山 天祥 丰和 昌东 经开 创业 新城 振兴 光明 和平 民营 "
    "瑞祥 桂花 樟树林 枫林 玉兰 翠微"
)
ROAD_SUFFIX = (("路", 5), ("大道", 3), ("大街", 1), ("街", 1))
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马胡朱郭何罗高林郑梁谢宋唐"
    "许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任"
)
GIVEN_CHARS = "伟芳娜敏静丽强磊洋艳勇军杰娟涛明超秀霞平刚桂英华玲辉鹏飞斌宇浩凯建文俊峰晨欣雪琳婷"

SUFFIX_BY_SIZE: dict[str, tuple[tuple[str, float], ...]] = {
    "micro": (("有限公司", 80), ("有限责任公司", 20)),
    "small": (("有限公司", 75), ("有限责任公司", 18), ("股份有限公司", 7)),
    "medium": (("有限公司", 55), ("股份有限公司", 35), ("有限责任公司", 10)),
    "large": (("股份有限公司", 50), ("集团有限公司", 30), ("有限公司", 20)),
}
SIZES = (("micro", 55), ("small", 33), ("medium", 9.5), ("large", 2.5))
EMPLOYEES = {"micro": (3, 19), "small": (20, 299), "medium": (300, 999), "large": (1000, 12000)}
CAPITAL = {  # 万元
    "micro": (10, 30, 50, 100, 100, 200, 300, 500),
    "small": (100, 200, 300, 500, 500, 800, 1000, 1000, 2000, 3000),
    "medium": (1000, 2000, 3000, 5000, 5000, 8000, 10000, 20000),
    "large": (5000, 10000, 20000, 30000, 50000, 100000, 200000, 500000),
}
TECH_FACTOR = {"micro": 0.45, "small": 1.0, "medium": 1.7, "large": 1.9}
CN_NUM = "一二三四五六七八九十"


# --- helpers ----------------------------------------------------------------------------------


class _Picker(Generic[T]):
    """Weighted choice with precomputed cumulative weights (fast, deterministic)."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        pairs = [(i, w) for i, w in zip(items, weights, strict=True) if w > 0]
        self.items = [i for i, _ in pairs]
        self.cum = list(accumulate(w for _, w in pairs))
        self.total = self.cum[-1] if self.cum else 0.0

    def __bool__(self) -> bool:
        return bool(self.items)

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect(self.cum, rng.random() * self.total)]


def _strip_suffix(name: str, suffixes: Sequence[str]) -> str:
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


_PROVINCE_SUFFIXES = _split("维吾尔自治区 壮族自治区 回族自治区 自治区 特别行政区 省 市")


@dataclass(slots=True)
class _Place:
    """Where an organisation can be placed: a county or zone, with its naming context."""

    region_code: str
    code_region: str  # the 6-digit GB/T 2260 code that goes into the credit code
    city_code: str
    city_name: str
    county_name: str  # "" for zones directly under a city
    zone_name: str  # short name of the zone, "" for counties
    high_tech_zone: bool
    chain_picker: _Picker[str] = field(default_factory=lambda: _Picker[str]([], []))


class _Names:
    """Unique-name registry; a collision is retried with a fresh draw, never kept."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def claim(self, name: str) -> bool:
        if name in self.seen:
            return False
        self.seen.add(name)
        return True


# --- the generator ----------------------------------------------------------------------------


class DemoGenerator:
    """Holds the weight tables built from the inputs and the run-wide uniqueness state."""

    def __init__(
        self,
        *,
        regions: Sequence[RegionNode],
        dictionaries: Dictionaries,
        seed: int,
        as_of: dt.date,
    ) -> None:
        self.rng = random.Random(seed)
        self.as_of = as_of
        self.chains = tuple(dictionaries.chains)
        self.qual_types = frozenset(dictionaries.qualification_types)
        self.industries = frozenset(dictionaries.industries)
        nodes = sorted(regions, key=lambda n: n.path)
        by_code = {n.code: n for n in nodes}
        provinces = [n for n in nodes if n.level == "province"]
        if not provinces:
            raise ValueError("区划数据中没有省级节点。")
        self.province = provinces[0]
        self.province_short = _strip_suffix(self.province.name, _PROVINCE_SUFFIXES)
        self.cities = [n for n in nodes if n.level == "city"]
        # County-level units directly under the province act as their own "city".
        groups: dict[str, list[RegionNode]] = {c.code: [] for c in self.cities}
        for n in nodes:
            if n.level == "county":
                if n.parent_code in groups:
                    groups[n.parent_code].append(n)
                else:
                    groups[n.code] = [n]
        if not groups:
            raise ValueError("区划数据中没有市、县级节点。")
        self.city_of: dict[str, RegionNode] = {}
        for code in groups:
            self.city_of[code] = by_code[code]
        self.places_by_city: dict[str, _Picker[_Place]] = {}
        self.capital = self._capital(groups)
        city_weights = []
        for city_code, counties in groups.items():
            city = by_code[city_code]
            places, weights = self._places(city, counties, nodes, by_code)
            self.places_by_city[city_code] = _Picker(places, weights)
            city_weights.append(CITY_WEIGHT.get(city_code, 2.0 + 0.5 * len(counties)))
        self.city_picker = _Picker(list(groups), city_weights)
        self.sizes = _Picker([s for s, _ in SIZES], [w for _, w in SIZES])
        self.suffixes = {
            k: _Picker([s for s, _ in v], [w for _, w in v]) for k, v in SUFFIX_BY_SIZE.items()
        }
        self.generic = _Picker(GENERIC_WORDS, GENERIC_WEIGHTS)
        self.road_suffix = _Picker([s for s, _ in ROAD_SUFFIX], [w for _, w in ROAD_SUFFIX])
        self.names = _Names()
        self.bodies: set[str] = set()
        self.seq: dict[tuple[str, int], int] = {}
        self.prov2 = self.province.code[:2]
        # Histories start early enough that the years on the dashboard include renewals.
        first = as_of.year - 18
        self.years = list(range(first, as_of.year + 1))
        self.founded_years = {
            size: self._founded_picker(size) for size in ("micro", "small", "medium", "large")
        }

    # -- geography --

    def _capital(self, groups: dict[str, list[RegionNode]]) -> str:
        code = self.province.code[:2] + "0100"
        if code in groups:
            return code
        return next(iter(groups))

    def _places(
        self,
        city: RegionNode,
        counties: list[RegionNode],
        nodes: list[RegionNode],
        by_code: dict[str, RegionNode],
    ) -> tuple[list[_Place], list[float]]:
        city_name = city.name
        places: list[_Place] = []
        weights: list[float] = []
        for county in counties:
            if county.code == city.code:  # a county acting as its own city
                weight = 1.0
            elif county.name.endswith("区"):
                weight = 3.0
            elif county.name.endswith("市"):
                weight = 1.8
            else:
                weight = 1.0
            places.append(
                _Place(county.code, county.code, city.code, city_name, county.name, "", False)
            )
            weights.append(weight)
        county_total = sum(weights) or 1.0
        zones = [
            n
            for n in nodes
            if n.level == "zone"
            and n.path.startswith(city.path)
            and n.parent_code is not None
            and n.parent_code != self.province.code
        ]
        zone_raw = [3.0 if z.zone_rank == "national" else 1.0 for z in zones]
        if zones:
            # About a fifth of a city's organisations sit in its development zones.
            scale = 0.25 * county_total / sum(zone_raw)
            for zone, raw in zip(zones, zone_raw, strict=True):
                parent = by_code[zone.parent_code] if zone.parent_code else city
                code_region = parent.code[:6]
                county_name = parent.name if parent.level == "county" else ""
                places.append(
                    _Place(
                        zone.code,
                        code_region,
                        city.code,
                        city_name,
                        county_name,
                        zone.short_name or zone.name,
                        "高新" in zone.name,
                    )
                )
                weights.append(raw * scale)
        for place in places:
            place.chain_picker = self._chain_picker(city.code, place.code_region)
        return places, weights

    def _chain_picker(self, city_code: str, county_code: str) -> _Picker[str]:
        boost = CITY_CHAINS.get(city_code, {})
        county_boost = COUNTY_CHAINS.get(county_code, {})
        weights = [
            CHAIN_BASE.get(c, 2.0) * boost.get(c, 1.0) * county_boost.get(c, 1.0)
            for c in self.chains
        ]
        return _Picker(list(self.chains), weights)

    def _place(self, city_code: str | None = None) -> _Place:
        rng = self.rng
        code = city_code or self.city_picker.pick(rng)
        return self.places_by_city[code].pick(rng)

    # -- identities --

    def _credit_code(self, authority: str, org_type: str, place: _Place, founded: dt.date) -> str:
        """A GB 32100 code; the body is a new-style "MA…" code after 2015, numeric before."""
        rng = self.rng
        alphabet = credit_code.ALPHABET
        while True:
            if founded.year >= 2016 and authority == "9":
                body = "MA3" + "".join(rng.choice(alphabet) for _ in range(5))
            else:
                body = "".join(rng.choice("0123456789") for _ in range(8))
            if body not in self.bodies:
                self.bodies.add(body)
                return credit_code.make(authority, org_type, place.code_region, body)

    def _place_word(self, place: _Place) -> str:
        rng = self.rng
        city_short = _strip_suffix(place.city_name, ("市", "地区", "自治州"))
        options = [(self.province_short, 3.0), (city_short, 4.0), (place.city_name, 2.0)]
        if place.county_name and not place.zone_name:
            county_short = _strip_suffix(place.county_name, ("县", "区", "市"))
            if len(county_short) >= 2:
                options.append((county_short, 1.5))
            options.append((place.county_name, 1.0))
        total = sum(w for _, w in options)
        r = rng.random() * total
        for word, w in options:
            r -= w
            if r <= 0:
                return word
        return options[-1][0]

    def _brand(self, length: int = 2) -> str:
        rng = self.rng
        chars = rng.sample(BRAND_CHARS, length)
        return "".join(chars)

    def _unique(self, make: Callable[[int], str]) -> str:
        """Draw names from `make(attempt)` until one is new; attempts widen the brand."""
        for attempt in range(1000):
            name = make(attempt)
            if self.names.claim(name):
                return name
        raise RuntimeError("无法生成不重复的机构名称。")  # pragma: no cover

    def _person(self) -> str:
        rng = self.rng
        given = rng.choice(GIVEN_CHARS)
        if rng.random() < 0.7:
            given += rng.choice(GIVEN_CHARS)
        return rng.choice(SURNAMES) + given

    def _phone(self, place: _Place) -> str:
        area = AREA_CODES.get(place.city_code)
        if area is None:
            return ""
        return f"{area}-{self.rng.randint(6, 8)}{self.rng.randint(0, 9_999_999):07d}"

    def _address(self, place: _Place) -> str:
        rng = self.rng
        road = rng.choice(ROAD_WORDS) + self.road_suffix.pick(rng)
        number = rng.randint(1, 1999)
        where = place.zone_name or place.county_name
        base = f"{self.province.name}{place.city_name}{where}{road}{number}号"
        if rng.random() < 0.3:
            base += f"{rng.randint(1, 30)}栋{rng.randint(1, 28)}{rng.randint(1, 20):02d}室"
        return base

    def _date_in_year(self, year: int, start: dt.date | None = None) -> dt.date:
        first = dt.date(year, 1, 1)
        if start is not None and start > first:
            first = start
        last = min(dt.date(year, 12, 31), self.as_of)
        if last < first:
            return last
        return first + dt.timedelta(days=self.rng.randint(0, (last - first).days))

    def _founded_picker(self, size: str) -> _Picker[int]:
        lo = {"micro": 2003, "small": 1998, "medium": 1993, "large": 1985}[size]
        growth = {"micro": 1.09, "small": 1.06, "medium": 1.03, "large": 1.0}[size]
        years = list(range(lo, self.as_of.year + 1))
        weights = [growth ** (y - lo) for y in years]
        if years[-1] == self.as_of.year:  # the current year is only partly over
            weights[-1] *= self.as_of.timetuple().tm_yday / 366
        return _Picker(years, weights)

    def _industry(self, code: str) -> str | None:
        return code if code in self.industries else None

    def _next_seq(self, key: str, year: int) -> int:
        n = self.seq.get((key, year), 0) + 1
        self.seq[(key, year)] = n
        return n

    # -- kinds --

    def generate(self, count: int) -> Iterator[GeneratedOrganization]:
        if count >= 100:
            universities = max(3, min(60, count // 2500))
            institutes = max(4, min(120, count // 1500))
            services = max(5, count // 60)
        else:  # tiny runs (tests): one of each kind, then enterprises
            universities, institutes, services = (int(count > n) for n in (0, 2, 3))
        enterprises = count - universities - institutes - services
        for i in range(universities):
            yield self._university(capital=i == 0)
        for _ in range(institutes):
            yield self._institute()
        for _ in range(services):
            yield self._service_provider()
        for _ in range(enterprises):
            yield self._enterprise()

    def _style_name(self, city_code: str) -> str:
        names = CITY_STYLE_NAMES.get(city_code)
        if names:
            return self.rng.choice(names)
        return _strip_suffix(self.city_of[city_code].name, ("市",))

    def _university(self, *, capital: bool) -> GeneratedOrganization:
        rng = self.rng
        city_code = self.capital if capital or rng.random() < 0.45 else None
        place = self._place(city_code)

        def make(attempt: int) -> str:
            prefix = self._style_name(place.city_code)
            if attempt > 20:
                prefix += rng.choice(BRAND_CHARS)
            kind, fields = rng.choice(UNIVERSITY_KINDS)
            return f"{prefix}{rng.choice(fields)}{kind}"

        name = self._unique(make)
        founded = dt.date(rng.randint(1950, 2008), rng.randint(1, 12), rng.randint(1, 28))
        return GeneratedOrganization(
            credit_code=self._credit_code("1", "2", place, founded),
            name=name,
            kind=UNIVERSITY,
            region_code=place.region_code,
            industry_code=self._industry("P83"),
            chain_codes=(),
            size="",
            founded_on=founded,
            address=self._address(place),
            registered_capital=None,
            employees=rng.randint(600, 4500),
            contact_name=self._person(),
            contact_phone=self._phone(place),
        )

    def _institute(self) -> GeneratedOrganization:
        rng = self.rng
        place = self._place()
        field_name, chain = rng.choice(INSTITUTE_FIELDS)
        chains = (chain,) if chain in self.chains else ()
        new_style = rng.random() < 0.3  # 新型研发机构, often a company or a private non-profit

        def make(attempt: int) -> str:
            prefix = self._style_name(place.city_code)
            if attempt > 10:
                prefix += self._brand(1 + attempt // 40)
            kind = rng.choice(("研究院", "研究所", "研究院", "技术研究院"))
            tail = "有限公司" if new_style and rng.random() < 0.5 else ""
            return f"{prefix}{field_name}{kind}{tail}"

        name = self._unique(make)
        if name.endswith("有限公司"):
            authority, org_type = "9", "1"
        elif new_style:
            authority, org_type = "5", "2"
        else:
            authority, org_type = "1", "2"
        founded = dt.date(
            rng.randint(1958 if not new_style else 2012, self.as_of.year - 1),
            rng.randint(1, 12),
            rng.randint(1, 28),
        )
        return GeneratedOrganization(
            credit_code=self._credit_code(authority, org_type, place, founded),
            name=name,
            kind=INSTITUTE,
            region_code=place.region_code,
            industry_code=self._industry("M73"),
            chain_codes=chains,
            size="",
            founded_on=founded,
            address=self._address(place),
            registered_capital=Decimal(rng.choice((100, 300, 500, 1000, 2000, 5000))),
            employees=rng.randint(30, 600),
            contact_name=self._person(),
            contact_phone=self._phone(place),
        )

    def _service_provider(self) -> GeneratedOrganization:
        rng = self.rng
        place = self._place()
        word, industry = rng.choice(SERVICE_WORDS)
        centre = rng.random() < 0.15

        def make(attempt: int) -> str:
            brand = self._brand(2 + attempt // 30)
            if centre:
                return f"{self._place_word(place)}{brand}{word}中心"
            return f"{self._place_word(place)}{brand}{word}有限公司"

        name = self._unique(make)
        size = self.sizes.pick(rng)
        size = "small" if size in ("medium", "large") else size
        founded = self._founded(size)
        authority, org_type = ("5", "2") if centre else ("9", "1")
        low, high = EMPLOYEES[size]
        return GeneratedOrganization(
            credit_code=self._credit_code(authority, org_type, place, founded),
            name=name,
            kind=SERVICE_PROVIDER,
            region_code=place.region_code,
            industry_code=self._industry(industry),
            chain_codes=(),
            size=size,
            founded_on=founded,
            address=self._address(place),
            registered_capital=Decimal(rng.choice(CAPITAL[size])),
            employees=rng.randint(low, high),
            contact_name=self._person(),
            contact_phone=self._phone(place),
        )

    def _founded(self, size: str) -> dt.date:
        year = self.founded_years[size].pick(self.rng)
        return self._date_in_year(year)

    def _enterprise(self) -> GeneratedOrganization:
        rng = self.rng
        place = self._place()
        size = self.sizes.pick(rng)
        chains: tuple[str, ...] = ()
        r = rng.random()
        if place.chain_picker and r < 0.72:
            first = place.chain_picker.pick(rng)
            chains = (first,)
            if r < 0.14:
                related = [c for c in RELATED.get(first, ()) if c in self.chains]
                if related:
                    chains = (first, rng.choice(related))
        if chains and chains[0] in CHAIN_WORDS:
            word, industry, keji = rng.choice(CHAIN_WORDS[chains[0]])
        elif chains:
            word, industry, keji = "科技", "M75", False
        else:
            word, industry, keji = self.generic.pick(rng)
        suffix_picker = self.suffixes[size]

        def make(attempt: int) -> str:
            brand = self._brand(2 if attempt < 8 else 3)
            middle = word + "科技" if keji and rng.random() < 0.5 else word
            return f"{self._place_word(place)}{brand}{middle}{suffix_picker.pick(rng)}"

        name = self._unique(make)
        founded = self._founded(size)
        low, high = EMPLOYEES[size]
        employees = int(low * (high / low) ** rng.random())
        org = GeneratedOrganization(
            credit_code=self._credit_code("9", "1", place, founded),
            name=name,
            kind=ENTERPRISE,
            region_code=place.region_code,
            industry_code=self._industry(industry),
            chain_codes=chains,
            size=size,
            founded_on=founded,
            address=self._address(place),
            registered_capital=Decimal(rng.choice(CAPITAL[size])),
            employees=employees,
            contact_name=self._person(),
            contact_phone=self._phone(place),
        )
        tech = TECH_FACTOR[size] * (1.35 if chains else 0.7)
        if place.high_tech_zone:
            tech *= 1.3
        if industry[0] in "FEGA":  # trade, construction, logistics, farming: rarely tech firms
            tech *= 0.35
        self._qualifications(org, tech, place)
        return org

    # -- qualification histories --

    def _batch_date(self, key: str, year: int, batch: int) -> dt.date | None:
        """The date of a yearly batch; None when it falls after `as_of`."""
        months = {
            "high_tech": (9, 11),
            "tech_sme": (4, 6, 8),
            "srdi": (6, 10),
            "little_giant": (7,),
            "single_champion": (11,),
            "gazelle": (8,),
            "unicorn": (8,),
            "pilot": (9,),
            "chain_leader": (5,),
            "tech_leader": (10,),
            "high_growth": (7,),
            "pool_high_tech": (5,),
            "pool_listing": (6,),
        }[key]
        month = months[batch % len(months)]
        day = 3 + (year * 7 + len(key) * 3 + batch * 5) % 24
        date = dt.date(year, month, day)
        return date if date <= self.as_of else None

    def _grant(
        self,
        org: GeneratedOrganization,
        key: str,
        year: int,
        *,
        years_valid: int,
        batch: int | None = None,
        cert: str = "",
    ) -> GeneratedQualification | None:
        """Add one period of `key` starting in `year` (a batch date), if the dictionary has it."""
        if key not in self.qual_types or year <= org.founded_on.year:
            return None
        if batch is None:
            batch = self.rng.randrange(3)
        start = self._batch_date(key, year, batch)
        if start is None:
            start = self._batch_date(key, year, 0)
            if start is None:
                return None
            batch = 0
        if years_valid == 0:  # open-ended (pools)
            until: dt.date | None = None
        elif years_valid == 1:  # yearly lists, valid to the year end
            until = dt.date(year, 12, 31)
        else:
            until = start.replace(year=start.year + years_valid) - dt.timedelta(days=1)
        months = {"tech_sme": 3, "high_tech": 2, "srdi": 2}.get(key, 1)
        label = f"{year}年第{CN_NUM[batch % months]}批" if months > 1 else f"{year}年"
        q = GeneratedQualification(key, start, until, cert, label)
        org.qualifications.append(q)
        return q

    def _first_year(self, lo: int, growth: float) -> int:
        years = self.years
        weights = [growth ** (y - years[0]) if y >= lo else 0.0 for y in years]
        total = sum(weights)
        r = self.rng.random() * total
        for y, w in zip(years, weights, strict=True):
            r -= w
            if r <= 0:
                return y
        return years[-1]

    def _qualifications(self, org: GeneratedOrganization, tech: float, place: _Place) -> None:
        rng = self.rng
        now = self.as_of.year
        sme = org.size in ("micro", "small", "medium")
        region6 = place.code_region
        high_tech_years: list[int] = []

        # 高新技术企业: 3-year certificates; most renew, some lapse and a few return.
        age = now - org.founded_on.year
        if age >= 1 and rng.random() < 0.17 * tech * min(1.0, age / 6):
            year = self._first_year(org.founded_on.year + 1, 0.95)
            while year <= now:
                cert_seq = self._next_seq("high_tech", year)
                q = self._grant(
                    org,
                    "high_tech",
                    year,
                    years_valid=3,
                    batch=rng.randrange(2),
                    cert=f"GR{year}{self.prov2}{cert_seq:06d}",
                )
                if q is None:
                    break
                high_tech_years.append(year)
                if rng.random() < 0.72:
                    year += 3
                elif rng.random() < 0.25:
                    year += 3 + rng.randint(1, 2)
                else:
                    break
        is_high_tech = bool(high_tech_years)

        # 高新技术企业培育库: often the year before the first certificate; some waiting now.
        if is_high_tech and rng.random() < 0.45:
            first = next(q for q in org.qualifications if q.type_code == "high_tech")
            q = self._grant(org, "pool_high_tech", first.valid_from.year - 1, years_valid=0)
            if q is not None:
                org.qualifications[-1] = GeneratedQualification(
                    q.type_code,
                    q.valid_from,
                    max(q.valid_from, first.valid_from - dt.timedelta(days=1)),
                    "",
                    q.batch,
                )
        elif not is_high_tech and rng.random() < 0.03 * tech:
            self._grant(org, "pool_high_tech", now - rng.randint(0, 1), years_valid=0)

        # 科技型中小企业: evaluated yearly, valid to the year end.
        if sme and rng.random() < (0.8 if is_high_tech else 0.16 * tech):
            year = self._first_year(max(org.founded_on.year + 1, 2017), 0.97)
            while year <= now:
                seq = self._next_seq("tech_sme", year)
                batch = rng.randrange(3)
                self._grant(
                    org,
                    "tech_sme",
                    year,
                    years_valid=1,
                    batch=batch,
                    cert=f"{year}{region6}0{batch + 1}{seq:06d}",
                )
                if rng.random() > 0.85:
                    break
                year += 1

        # 专精特新中小企业 (3 years) and 专业化"小巨人" (a subset, 3 years).
        if sme and rng.random() < 0.03 * tech + (0.15 if is_high_tech else 0.0):
            year = self._first_year(max(2018, org.founded_on.year + 1), 1.0)
            first_srdi = 0
            while year <= now:
                seq = self._next_seq("srdi", year)
                if (
                    self._grant(
                        org,
                        "srdi",
                        year,
                        years_valid=3,
                        batch=rng.randrange(2),
                        cert=f"ZJTX{self.prov2}{year}{seq:05d}",
                    )
                    is None
                ):
                    break
                first_srdi = first_srdi or year
                if rng.random() > 0.8:
                    break
                year += 3
            if first_srdi and first_srdi < now and rng.random() < 0.12:
                year = min(now, first_srdi + rng.randint(1, 3))
                while year <= now:
                    seq = self._next_seq("little_giant", year)
                    if (
                        self._grant(
                            org,
                            "little_giant",
                            year,
                            years_valid=3,
                            batch=0,
                            cert=f"XJR{year}{seq:05d}",
                        )
                        is None
                    ):
                        break
                    if rng.random() > 0.85:
                        break
                    year += 3

        if not is_high_tech:
            return
        first_ht = high_tech_years[0]
        big = org.size in ("medium", "large")

        def yearly_run(key: str, start: int, keep: float) -> None:
            year = start
            while year <= now:
                if self._grant(org, key, year, years_valid=1, batch=0) is None:
                    break
                if rng.random() > keep:
                    break
                year += 1

        def three_year(key: str, start: int, renew: float) -> None:
            year = start
            while year <= now:
                if self._grant(org, key, year, years_valid=3, batch=0) is None:
                    break
                if rng.random() > renew:
                    break
                year += 3

        later = min(now, first_ht + rng.randint(1, 4))
        if big and rng.random() < 0.05:
            three_year("single_champion", max(later, 2016), 0.8)
        if big and rng.random() < 0.07:
            three_year("tech_leader", max(later, 2019), 0.8)
        if org.size == "large" and rng.random() < 0.1:
            three_year("pilot", max(later, 2020), 0.7)
        if org.size == "large" and org.chain_codes and rng.random() < 0.2:
            three_year("chain_leader", max(later, 2021), 0.8)
        if org.size in ("small", "medium") and rng.random() < 0.06:
            yearly_run("high_growth", max(later, 2019), 0.5)
        gazelle = False
        if later - org.founded_on.year <= 10 and rng.random() < 0.05:
            gazelle = True
            yearly_run("gazelle", max(later, 2018), 0.55)
            if rng.random() < 0.01:
                yearly_run("unicorn", min(now, max(later + 1, 2019)), 0.7)
        if (big or gazelle) and rng.random() < (0.3 if gazelle else 0.1):
            self._grant(org, "pool_listing", max(later, 2019), years_valid=0)


def generate(
    *,
    regions: Sequence[RegionNode],
    dictionaries: Dictionaries,
    seed: int,
    count: int,
    as_of: dt.date,
) -> Iterator[GeneratedOrganization]:
    """Yield `count` synthetic organisations with their qualification histories.

    About 2% universities, institutes and service providers, the rest enterprises; the first
    university sits in the capital city. Credit codes and names are unique across the run.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    yield from DemoGenerator(
        regions=regions, dictionaries=dictionaries, seed=seed, as_of=as_of
    ).generate(count)
