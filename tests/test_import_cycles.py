"""No import cycles between the project's modules, lazy imports (inside functions)
included, and counting `from . import x` as an import of the package itself.

import-linter's contracts (`lint-imports`) look at siblings within a package; a cycle
through a package's __init__ (a module importing its own package, whose __init__
imports that module's importers) escaped them once."""

import ast
from pathlib import Path

from django.conf import settings

ROOTS = {
    "home": "home",
    "services": "services",
    "news": "news",
    "search": "search",
}
ROOTS["site"] = "municipal_site"


def project_modules():
    modules = {}
    base = Path(settings.BASE_DIR)
    for folder, package in ROOTS.items():
        for path in (base / folder).rglob("*.py"):
            parts = path.relative_to(base / folder).with_suffix("").parts
            if "migrations" in parts:
                continue
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join((package, *parts))] = path
    return modules


def imports_of(name, path, modules):
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        yield from (t for t in targets if t in modules and t != name)


def cycles(graph):
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(graph[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(graph[child])))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return found


def test_no_module_imports_itself_back_through_others():
    modules = project_modules()
    graph = {name: set(imports_of(name, path, modules)) for name, path in modules.items()}
    assert cycles(graph) == []


def test_the_check_sees_a_cycle_through_a_package():
    graph = {"pkg": {"pkg.a"}, "pkg.a": {"pkg.b"}, "pkg.b": {"pkg"}, "other": set()}
    assert cycles(graph) == [["pkg", "pkg.a", "pkg.b"]]
