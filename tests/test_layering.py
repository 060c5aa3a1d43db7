"""The core never imports Qt; importing ``reader`` loads nothing heavy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = sorted(
    ".".join(p.relative_to(ROOT / "reader" / "core").with_suffix("").parts)
    for p in (ROOT / "reader" / "core").rglob("*.py") if p.stem != "__init__"
)


def _loaded_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
        capture_output=True, text=True, cwd=ROOT, check=True, timeout=120,
    ).stdout
    return set(out.split())


def test_core_modules_do_not_import_qt() -> None:
    imports = "\n".join(f"import reader.core.{name}" for name in CORE)
    loaded = _loaded_after(imports + "\nimport reader.cli")
    assert not any(m.split(".")[0] in {"PySide6", "shiboken6"} for m in loaded)


def test_importing_reader_is_light() -> None:
    loaded = _loaded_after("import reader")
    assert not {"PySide6", "jieba", "opencc"} & {m.split(".")[0] for m in loaded}


def test_core_sources_never_mention_pyside() -> None:
    for path in (ROOT / "reader" / "core").rglob("*.py"):
        assert "PySide6" not in path.read_text(encoding="utf-8"), path


def _sources(below: Path = ROOT / "reader") -> list[Path]:
    return sorted(p for p in below.rglob("*.py") if "__pycache__" not in p.parts)


def test_sql_is_written_only_by_the_library_package() -> None:
    """One façade owns the store: no other module talks to SQLite."""
    library = ROOT / "reader" / "core" / "library"
    needles = ("FROM articles", "JOIN pages", "FROM pages", "INTO reading", "import sqlite3",
               ".connection()", ".execute(")
    found = [f"{path.relative_to(ROOT)}: {needle}"
             for path in _sources() if library not in path.parents
             for needle in needles if needle in path.read_text(encoding="utf-8")]
    assert found == []


def test_one_hit_type() -> None:
    """Open pages, the library and the listings all hand out the same hit."""
    import re

    names = sorted(m for path in _sources()
                   for m in re.findall(r"^class (\w*Hit)\b", path.read_text(encoding="utf-8"),
                                       re.MULTILINE))
    assert names == ["SearchHit"]


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module → the modules of ``reader`` it imports, every import counted (at
    the top, inside functions, under ``TYPE_CHECKING``): a cycle of any kind is
    a knot a reader of the code has to untie."""
    import ast

    modules = {_module_name(p): p for p in _sources()}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base
                           for a in node.names]
            graph[name].update(t for t in targets if t in modules and t != name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_import_graph_of_reader_has_no_cycle() -> None:
    graph = import_graph()
    assert graph.get("reader.ui.commands.runner")
    assert cycles(graph) == []


def test_the_cycle_finder_finds_cycles() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


#: Files another engineer is splitting (the parser): not held to the limit yet.
_LONG_FILES_ALLOWED: set[str] = set()


def test_no_file_in_reader_is_over_400_lines() -> None:
    long = [f"{p.relative_to(ROOT)}: {n}" for p in _sources()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
            and str(p.relative_to(ROOT)) not in _LONG_FILES_ALLOWED]
    assert long == []


def test_no_ui_function_takes_a_string_for_a_typed_thing() -> None:
    """Scripts, kinds, states and contexts have types (enums); a ``str`` parameter
    by one of those names in the window's code is a seam left untyped."""
    import ast

    names = {"script", "kind", "state", "context"}
    found = []
    for path in _sources(ROOT / "reader" / "ui"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                args = node.args
                for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
                    note = ast.unparse(arg.annotation) if arg.annotation is not None else ""
                    if arg.arg.lstrip("_") in names and (not note or "str" in note.split("|")
                                                         or note.strip() == "str"):
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno} {arg.arg}: {note}")
    assert found == []
