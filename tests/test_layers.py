"""The layers and their words: imports point one way (files → metrics → resonance → dashboard) without
a cycle, the library says no words, and the words are assembled once, with no key defined twice and
none used without a text in Russian and in English."""

from __future__ import annotations

import ast
import functools
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import dashboard  # noqa: F401  (adds the dashboard's words to the one lookup)
from metrics import store
from metrics.ingest.errors import CODES, REFUSED, SKIP_REASONS
from metrics.ingest.formats import FORMATS
from metrics.ingest.result import ASSUMPTIONS
from resonance import i18n

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("metrics", "resonance", "dashboard")
WORDS = [*sorted((ROOT / "resonance" / "words").glob("*.py")), ROOT / "dashboard" / "words.py"]
# Modules of the library that still word their results themselves: each is converted to return codes
# and values in its own change of issue 12, and the mark then fails until it is taken off here.
STILL_WORDED: set[str] = set()


# --- the import graph ---


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _sources() -> dict[str, Path]:
    return {_module(p): p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))}


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node of ``tree`` except the bodies of ``if TYPE_CHECKING:`` (never imported when run)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from (n for child in node.orelse for n in [child, *_runtime_nodes(child)])
            continue
        yield node
        yield from _runtime_nodes(node)


def _imports(path: Path, module: str, known: set[str]) -> set[str]:
    """The modules of the three packages that ``module`` imports, at its top or inside a function."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # from .module import name, relative to the importing package
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([base] if base else [])])
            names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        out |= {name for name in names if name.split(".")[0] in PACKAGES}
    return out


@functools.cache
def import_graph() -> dict[str, set[str]]:
    """Module → the modules of metrics, resonance and dashboard it imports (each by its own name)."""
    sources = _sources()
    return {module: _imports(path, module, set(sources)) for module, path in sources.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as the modules along it, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


def test_the_import_graph_has_no_cycle():
    assert _cycle(import_graph()) is None


def test_the_cycle_finder_finds_one():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


@pytest.mark.parametrize(
    "module",
    [
        pytest.param(m, marks=pytest.mark.xfail(strict=True, reason="still words its results"))
        if m in STILL_WORDED
        else m
        for m in sorted(m for m in import_graph() if m.split(".")[0] == "metrics")
    ],
)
def test_the_library_imports_neither_the_words_nor_the_interfaces(module):
    assert not {m for m in import_graph()[module] if m.split(".")[0] in ("resonance", "dashboard")}


def test_resonance_never_imports_the_dashboard():
    graph = import_graph()
    assert not {(m, t) for m in graph if m.startswith("resonance") for t in graph[m] if t.startswith("dashboard")}


def test_reading_files_loads_neither_the_indicators_nor_any_words():
    code = (
        "import sys, metrics.ingest; print(' '.join(m for m in sys.modules "
        "if m.split('.')[0] in ('resonance', 'dashboard') or m.startswith('metrics.indicators')))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert loaded.stdout.split() == []


# --- the tables of words ---


def _duplicate_literal_keys(path: Path) -> list[tuple[int, str]]:
    """Keys written twice in one dict display of ``path`` (the second silently replaces the first)."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Dict):
            seen: set[object] = set()
            for key in node.keys:
                if isinstance(key, ast.Constant):
                    if key.value in seen:
                        out.append((key.lineno, key.value))
                    seen.add(key.value)
    return out


@pytest.mark.parametrize("path", WORDS, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_table_of_words_writes_a_key_twice(path):
    assert _duplicate_literal_keys(path) == []


def test_a_key_written_twice_in_one_table_is_found(tmp_path):
    table = tmp_path / "words.py"
    table.write_text('TEXTS = {\n    "a.b": {"en": "one"},\n    "a.b": {"en": "two"},\n}\n')
    assert _duplicate_literal_keys(table) == [(3, "a.b")]


def test_a_key_in_two_tables_is_refused_and_the_lookup_is_left_as_it_was():
    before = dict(i18n.TEXTS)
    with pytest.raises(i18n.DuplicateKeyError, match=r"app\.title"):
        i18n.register("another", {"app.title": {"en": "Echo", "ru": "Эхо"}})
    assert before == i18n.TEXTS and "another" not in i18n.TABLES
    with pytest.raises(i18n.DuplicateKeyError):
        i18n.assemble({**i18n.TABLES, "copy": {"voice.questions": {"en": "Questions", "ru": "Вопросы"}}})


def test_every_table_is_in_the_lookup_and_registering_one_again_replaces_it():
    assert set(i18n.TABLES) >= {"app", "cli", "ingest", "formats", "indicators", "insights", "context", "dashboard"}
    assert len(i18n.TEXTS) == sum(len(table) for table in i18n.TABLES.values())
    i18n.register("dashboard", i18n.TABLES["dashboard"])  # the dashboard's modules reloaded
    assert len(i18n.TEXTS) == sum(len(table) for table in i18n.TABLES.values())


def _keys_passed_to_t() -> set[str]:
    """Keys written as a string literal in a call of ``t(...)`` in resonance and the dashboard."""
    keys = set()
    for path in [*(ROOT / "resonance").rglob("*.py"), *(ROOT / "dashboard").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", None)) == "t"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                keys.add(node.args[0].value)
    return keys


def _keys_the_reader_needs() -> set[str]:
    """The words for every code, reason and format the reader can give."""
    return (
        {f"ingest.{code}" for code in CODES}
        | {"ingest.where.row", "ingest.where.column"}
        | {f"ingest.{REFUSED}.{f.id}" for f in FORMATS if f.refuse}
        | {f"format.{f.id}" for f in FORMATS}
        | {"format.mapping", f"format.{store.CODES_FORMAT}", f"format.{store.CODES_ON_PAGE}"}
        | {f"skip.{reason}" for reason in SKIP_REASONS}
        | {f"assume.{code}" for code in ASSUMPTIONS}
    )


def test_every_key_used_has_a_text_in_russian_and_in_english():
    used = _keys_passed_to_t() | _keys_the_reader_needs()
    assert len(used) > 250
    missing = sorted(k for k in used if not all(i18n.TEXTS.get(k, {}).get(lang, "").strip() for lang in ("ru", "en")))
    assert missing == []


def _calls(name: str) -> Iterator[ast.Call]:
    for path in (ROOT / "metrics" / "ingest").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == name and node.args:
                yield node


def test_the_codes_listed_hold_every_code_the_reader_writes():
    written, refusals = set(), []
    for call in [*_calls("IngestError"), *_calls("Problem")]:
        code = call.args[0]
        if isinstance(code, ast.JoinedStr):
            refusals.append(ast.unparse(code))
        else:
            written |= {n.value for n in ast.walk(code) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    assert written and written <= set(CODES), sorted(written - set(CODES))
    assert refusals and all(r.startswith(f"f'{REFUSED}.") for r in refusals), refusals


def test_the_reasons_listed_hold_every_reason_the_reader_writes():
    written = set()
    for path in (ROOT / "metrics" / "ingest").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if (
                isinstance(node, ast.Subscript)
                and isinstance(node.slice, ast.Constant)
                and (getattr(node.value, "id", None) == "skipped" or "['skipped']" in ast.unparse(node.value))
            ):
                written.add(node.slice.value)  # skipped["reason"], meta["skipped"]["reason"]
            if (
                isinstance(node, ast.For)
                and isinstance(node.target, ast.Tuple)
                and isinstance(node.iter, ast.Tuple)
                and getattr(node.target.elts[0], "id", None) == "reason"
            ):  # for reason, mask in (("…", mask), …)
                written |= {e.elts[0].value for e in node.iter.elts if isinstance(e, ast.Tuple)}
            if (
                isinstance(node, ast.Assign)
                and getattr(node.targets[0], "id", None) == "skipped"
                and isinstance(node.value, ast.Dict)
            ):
                written |= {k.value for k in node.value.keys if isinstance(k, ast.Constant)}
    assert len(written) >= 8 and written <= set(SKIP_REASONS), sorted(written - set(SKIP_REASONS))
