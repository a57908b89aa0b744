"""The layout's rules, read from the imports so that they stay true: layers point one way (pages -> ui ->
topics -> figures -> core -> store -> base / i18n), Streamlit only in the UI layer, the cache layer imports
no feature code, no circles between topics, and the import graph stays shallow."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "aseanict"

# Higher layers may import lower ones, never the reverse. Folders of one layer may import each other only
# where noted: topics may use another topic's pure modules (presenter mode shows other pages' charts).
LAYERS = {
    "pages": 7,  # app.py and pages/
    "cli": 6,  # aseanict/__main__.py
    "ui": 5,
    "bench": 5,
    "api": 5,  # the data API (pure Starlette), mounted by app.py
    "topics": 4,
    "figures": 3,
    "core": 2,
    "store": 1,
    "base": 0,  # aseanict/__init__.py and config.py: paths and settings
    "i18n": 0,
}
STREAMLIT_ALLOWED = ("pages", "ui", "bench")  # bench runs pages with AppTest and speaks Streamlit's protocol
MAX_DEPTH = 6  # layers an import chain passes through, from a page down to config / i18n


def layer_of(path: Path) -> str:
    rel = path.relative_to(ROOT)
    if rel.parts[0] in ("pages", "app.py"):
        return "pages"
    if rel.parts[1] == "__main__.py":
        return "cli"
    if rel.parts[1] in ("__init__.py", "config.py"):
        return "base"
    return rel.parts[1].removesuffix(".py")


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"]
    return ".".join(parts)


def sources() -> list[Path]:
    files = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py")), *sorted(PACKAGE.rglob("*.py"))]
    return [f for f in files if "__pycache__" not in f.parts]


@cache
def modules() -> dict[str, Path]:
    return {module_name(f): f for f in sources() if f.parts[-2:] != ("pages", "app.py")}


def imported(path: Path) -> set[str]:
    """The project modules a file imports (`from aseanict.x import y` names module aseanict.x.y if it is one)."""
    known = modules()
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("aseanict")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("aseanict"):
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if full in known else node.module)
    return {m for m in found if m in known and m != "aseanict"}


def streamlit_imported(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        if any(n == "streamlit" or n.startswith("streamlit.") for n in names):
            return True
    return False


def edges() -> list[tuple[Path, Path]]:
    known = modules()
    return [(f, known[m]) for f in sources() for m in imported(f) if known[m] != f]


def topic_of(path: Path) -> str | None:
    rel = path.relative_to(ROOT).parts
    return rel[2] if len(rel) > 3 and rel[:2] == ("aseanict", "topics") else None


def test_the_rules_see_the_code() -> None:
    assert len(edges()) > 100  # the reader finds the imports (a broken reader would pass every rule below)
    assert {layer_of(f) for f in sources()} == set(LAYERS)


def test_no_import_points_up() -> None:
    upward = [
        f"{a.relative_to(ROOT)} ({layer_of(a)}) imports {b.relative_to(ROOT)} ({layer_of(b)})"
        for a, b in edges()
        if LAYERS[layer_of(b)] > LAYERS[layer_of(a)]
        or (LAYERS[layer_of(b)] == LAYERS[layer_of(a)] and layer_of(a) != layer_of(b))
    ]
    assert upward == []


def test_streamlit_lives_in_pages_and_the_ui_layer_only() -> None:
    outside = [
        str(f.relative_to(ROOT)) for f in sources() if streamlit_imported(f) and layer_of(f) not in STREAMLIT_ALLOWED
    ]
    assert outside == []


def test_the_cache_layer_imports_no_feature_code() -> None:
    cached = PACKAGE / "ui" / "cached.py"
    assert {m for m in imported(cached) if m.startswith("aseanict.topics")} == set()


def test_topics_import_each_other_without_circles() -> None:
    graph: dict[str, set[str]] = {}
    for a, b in edges():
        if topic_of(a) and topic_of(b) and topic_of(a) != topic_of(b):
            graph.setdefault(topic_of(a), set()).add(topic_of(b))

    def reaches(start: str, goal: str, seen: frozenset = frozenset()) -> bool:
        return any(n == goal or (n not in seen and reaches(n, goal, seen | {n})) for n in graph.get(start, ()))

    assert [t for t in graph if reaches(t, t)] == []


def layer_depth() -> int:
    """The longest chain of layers an import path passes through (pages -> ... -> config is 7 at most)."""
    graph: dict[str, set[str]] = {}
    for a, b in edges():
        if layer_of(a) != layer_of(b):
            graph.setdefault(layer_of(a), set()).add(layer_of(b))

    @cache
    def depth(layer: str) -> int:
        return 1 + max((depth(n) for n in graph.get(layer, ())), default=0)

    return max(depth(layer) for layer in LAYERS)


def test_the_import_graph_is_shallow() -> None:
    assert layer_depth() <= MAX_DEPTH


def test_only_app_py_imports_the_api() -> None:
    importers = {str(a.relative_to(ROOT)) for a, b in edges() if layer_of(b) == "api" and layer_of(a) != "api"}
    assert importers == {"app.py"}


@pytest.mark.parametrize("folder", ["store", "core", "figures", "topics", "ui", "bench", "api"])
def test_every_layer_folder_says_what_it_is(folder: str) -> None:
    assert ast.get_docstring(ast.parse((PACKAGE / folder / "__init__.py").read_text()))


def test_only_the_store_knows_duckdb() -> None:
    def imports_duckdb(path: Path) -> bool:
        tree = ast.parse(path.read_text(), str(path))
        return any(
            (isinstance(n, ast.Import) and any(a.name == "duckdb" for a in n.names))
            or (isinstance(n, ast.ImportFrom) and (n.module or "").split(".")[0] == "duckdb")
            for n in ast.walk(tree)
        )

    knowing = {str(f.relative_to(ROOT)) for f in sources() if imports_duckdb(f)}
    assert knowing and all(k.startswith("aseanict/store/") for k in knowing), knowing
