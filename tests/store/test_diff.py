"""`python -m aseanict diff OLD NEW`: two stores built from modified data folders, and unreadable paths."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from aseanict.__main__ import main
from aseanict.store import database


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """OLD from data/ as it is; NEW with one value changed, one removed and one added."""
    root = tmp_path_factory.mktemp("diff")
    old_dir, new_dir = root / "old", root / "new"
    for folder in (old_dir, new_dir):
        shutil.copytree(database.config.DATA_DIR, folder, ignore=shutil.ignore_patterns("*.duckdb*", ".*"))
    obs = pd.read_csv(new_dir / "observations.csv", dtype=str, keep_default_na=False)
    users = obs.indicator.eq("IT.NET.USER.ZS") & obs.period.eq("") & obs.edition.eq("")
    chn = obs.index[users & obs.entity.eq("CHN") & obs.year.eq("2020")][0]
    vnm = obs.index[users & obs.entity.eq("VNM") & obs.year.eq("2015")][0]
    obs.loc[chn, "value"] = "71.5"
    added = obs.loc[[vnm]].assign(year="1961", value="0.5")
    obs = pd.concat([obs.drop(index=vnm), added])
    obs.to_csv(new_dir / "observations.csv", index=False)
    old_db, new_db = root / "old.duckdb", root / "new.duckdb"
    database.build(old_db, old_dir)
    database.build(new_db, new_dir)
    return old_db, new_db


def test_lists_changed_added_and_removed_values_with_sources(stores, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = stores
    old_value = pd.read_csv(database.config.DATA_DIR / "observations.csv").query(
        "indicator == 'IT.NET.USER.ZS' and entity == 'CHN' and year == 2020 and period.isna() and edition.isna()"
    )
    assert main(["diff", str(old), str(new)]) == 1
    out = capsys.readouterr().out.splitlines()
    version = database.data_version()
    assert (
        out[0]
        == f"OLD {old} (data version {version}, {pd.read_csv(database.config.DATA_DIR / 'sources.csv').accessed.max()})"
    )
    changed = [line for line in out if line.startswith("changed")]
    assert len(changed) == 1 and "IT.NET.USER.ZS" in changed[0] and " CHN " in changed[0]
    assert f"{old_value.value.iloc[0]:g} -> 71.5" in changed[0] and "source wdi-" in changed[0]
    assert [line.split()[:4] for line in out if line.startswith(("added", "removed"))] == [
        ["added", "IT.NET.USER.ZS", "VNM", "1961"],
        ["removed", "IT.NET.USER.ZS", "VNM", "2015"],
    ]
    assert out[-1].startswith("Summary: 3 values differ (1 changed, 1 added, 1 removed); ")


def test_a_store_against_itself_is_the_same(stores, capsys: pytest.CaptureFixture[str]) -> None:
    old, _ = stores
    assert main(["diff", str(old), str(old)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("Summary: no value differs; ")


def test_missing_corrupt_or_foreign_store_is_a_clear_error(stores, tmp_path: Path, capsys) -> None:
    old, new = stores
    assert main(["diff", str(tmp_path / "nowhere.duckdb"), str(new)]) == 2
    assert (
        capsys.readouterr().err.strip() == f"OLD store {tmp_path / 'nowhere.duckdb'} does not exist (or is not a file)."
    )
    corrupt = tmp_path / "corrupt.duckdb"
    corrupt.write_bytes(b"not a database")
    assert main(["diff", str(old), str(corrupt)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"NEW store {corrupt} cannot be read as an aseanict store:") and "Traceback" not in err
    before = old.read_bytes()
    main(["diff", str(old), str(new)])
    assert old.read_bytes() == before  # read-only: neither store changes
