"""The API as app.py serves it beside the dashboard: it is given the store's path (from the environment or the
`[store]` secrets, as the pages find it) and calls nothing of Streamlit's; serving it logs no "No runtime found"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# As `streamlit run app.py` first imports the file as a module (not __main__) and serves its `app`; the routes are
# those app.py gave st.App (a private attribute of the pinned Streamlit).
SERVE = """
import json, runpy, sys
from starlette.applications import Starlette
from starlette.testclient import TestClient

served = runpy.run_path(sys.argv[1], run_name="served")
answer = TestClient(Starlette(routes=served["app"]._user_routes)).get("/api/v1/countries")
print(json.dumps({"status": answer.status_code, "body": answer.text[:300],
                  "ui": sorted(m for m in sys.modules if m.startswith("aseanict.ui"))}))
"""


def test_the_api_reads_the_store_the_secrets_name_without_calling_streamlit(built_store: Path, tmp_path: Path) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text(f'[store]\npath = "{built_store}"\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "ASEANICT_DB"} | {"PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SERVE, str(ROOT / "app.py")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["status"] == 200, seen["body"]  # the store at the secrets' path
    assert seen["ui"] == []  # before: app.py imported aseanict.ui for its store path
    assert "No runtime found" not in done.stderr  # before: 18 lines, one per Streamlit cache
