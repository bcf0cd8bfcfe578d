"""`manage.py assign_experts --instance FILE --out FILE`: round trip with dense matrices, and
a non-zero exit naming what is short."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from django.core.management import CommandError, call_command

from apps.experts.engine import check_assignment, load_instance
from apps.experts.tests.engine_cases import random_case, reference_optimum, to_dense

ROOT = Path(__file__).resolve().parents[3]


def test_round_trip_with_dense_npy(tmp_path):
    data = random_case(5, n=12, m=16, k=3, min_core=1, capacity=(3, 5), avoid_same_org=True)
    dense = to_dense(data, tmp_path, "batch")
    (tmp_path / "instance.json").write_text(json.dumps(dense, ensure_ascii=False), "utf-8")
    out = tmp_path / "out" / "result.json"
    call_command("assign_experts", instance=str(tmp_path / "instance.json"), out=str(out))
    result = json.loads(out.read_text("utf-8"))
    assert {"assignments", "objective", "bound", "seconds"} <= set(result)
    pairs = [tuple(p) for p in result["assignments"]]
    instance = load_instance(tmp_path / "instance.json")
    assert check_assignment(instance, pairs) == []
    assert result["objective"] == pytest.approx(reference_optimum(data), abs=1e-7)
    assert result["bound"] >= result["objective"] - 1e-9
    assert result["input_hash"].startswith("sha256:")
    assert set(result["backups"]) == {a["id"] for a in data["applications"]}
    # the .npy files are part of the hash
    np.save(tmp_path / "batch_S.npy", np.load(tmp_path / "batch_S.npy") * 0.5)
    assert load_instance(tmp_path / "instance.json").input_hash != result["input_hash"]


def test_random_mode_replays(tmp_path):
    data = random_case(6, n=8, m=16, k=2, capacity=(2, 4), density=0.95, max_pair_probability=0.5)
    path = tmp_path / "instance.json"
    path.write_text(json.dumps(data), "utf-8")
    outs = []
    for name in ("a.json", "b.json"):
        call_command("assign_experts", instance=str(path), out=str(tmp_path / name))
        outs.append(json.loads((tmp_path / name).read_text("utf-8")))
    assert outs[0]["assignments"] == outs[1]["assignments"]
    assert outs[0]["mode"] == "random" and outs[0]["seed"] == 6


def test_infeasible_exits_non_zero_naming_what_is_short(tmp_path):
    data = {
        "applications": [{"id": "A1"}, {"id": "A2"}],
        "experts": [{"id": "E1", "capacity": 1}, {"id": "E2", "capacity": 1}],
        "affinity": [["A1", "E1", 0.5], ["A1", "E2", 0.4], ["A2", "E1", 0.3]],
        "rules": {"per_application": 2},
    }
    path = tmp_path / "instance.json"
    path.write_text(json.dumps(data), "utf-8")
    out = tmp_path / "result.json"
    with pytest.raises(CommandError) as info:
        call_command("assign_experts", instance=str(path), out=str(out))
    assert "A2" in str(info.value) and "可选专家不足" in str(info.value)
    assert not out.exists()
    proc = subprocess.run(
        [sys.executable, "manage.py", "assign_experts", "--instance", str(path), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode != 0
    assert "A2" in proc.stderr and "too few eligible experts" in proc.stderr
    assert not out.exists()


def test_malformed_instance_is_a_clear_error(tmp_path):
    path = tmp_path / "instance.json"
    path.write_text(
        json.dumps(
            {
                "applications": [],
                "experts": [],
                "affinity": {"dense": "x.npy"},
                "rules": {"per_application": 1},
            }
        ),
        "utf-8",
    )
    with pytest.raises(CommandError, match="实例格式有误"):
        call_command("assign_experts", instance=str(path), out=str(tmp_path / "o.json"))
