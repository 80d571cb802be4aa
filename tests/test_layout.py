"""The package layout: stage packages in pipeline order, none importing a later one, no import cycle.

Imports are read from the source (``ast``), including those inside functions and under
``TYPE_CHECKING``, so a lazy import cannot hide a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

BRIEF = Path(__file__).resolve().parent.parent / "brief"
# Earlier first. Top-level modules are the shared ground; the pipeline package orchestrates the stages
# before it; the day, the evaluation and the command line use everything.
# ``deliver`` (atomic, contained file writes) is the one stage used early: recordings are written with it.
ORDER = [
    "_version", "errors", "config", "schema", "tokens", "chunker", "prompts", "deliver",
    "read", "extract", "backends", "verify", "render", "pipeline",
    "mail", "daily", "batch", "evaluate", "cli",
]  # fmt: skip
TOP_LEVEL = {"__init__", "_version", "errors", "config", "schema", "tokens", "chunker", "prompts", "render"}


def _module(path: Path) -> str:
    parts = path.relative_to(BRIEF.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return {m for m in found if m == "brief" or m.startswith("brief.")}


def _graph() -> dict[str, set[str]]:
    modules = {_module(p): p for p in BRIEF.rglob("*.py")}
    return {name: {m for m in _imports(path) if m in modules and m != name} for name, path in modules.items()}


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_only_the_shared_modules_sit_at_the_top() -> None:
    loose = {p.stem for p in BRIEF.glob("*.py")}
    packages = {p.parent.name for p in BRIEF.glob("*/__init__.py")}
    assert loose <= TOP_LEVEL, loose - TOP_LEVEL
    assert packages <= set(ORDER), packages - set(ORDER)


def test_no_stage_imports_a_later_stage() -> None:
    late = []
    for module, imported in _graph().items():
        here = _stage(module)
        if here == "__init__":
            continue  # brief/__init__ re-exports the library on first use
        for target in imported:
            there = _stage(target)
            if there != "__init__" and ORDER.index(there) > ORDER.index(here):
                late.append(f"{module} -> {target}")
    assert late == []


def test_no_import_cycle() -> None:
    graph = _graph()
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(node: str, path: list[str]) -> bool:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle.extend([*path[path.index(nxt) :], nxt] if nxt in path else [node, nxt])
                return True
            if state.get(nxt) is None and visit(nxt, [*path, nxt]):
                return True
        state[node] = 2
        return False

    for node in sorted(graph):
        if state.get(node) is None and visit(node, [node]):
            break
    assert cycle == [], " -> ".join(cycle)
