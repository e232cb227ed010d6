"""Print the project's import graph problems and exit 1 if there are any.

Reads the source (nothing is imported or run), so an import inside a function counts the same
as one at the top of a module: a lazy import hides a cycle from Python, not from the reader.
Two rules are checked:

- no cycle between the project's modules;
- no module imports a `wagtail_hooks` module (it only registers, so it is a leaf).

    python scripts/import_graph.py          # problems, or "no import cycles ..." and exit 0
    python scripts/import_graph.py --edges  # the whole graph, one "a -> b" a line
"""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("config", "home", "newsroom", "taskforce", "policy", "search", "editors")


def module_name(path, root):
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules(root=ROOT, packages=PACKAGES):
    modules = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            if "migrations" not in path.parts:
                modules[module_name(path, root)] = path
    return modules


def imported_names(path, name, is_package):
    """Every module name an import statement in `path` refers to (as written, resolved)."""
    package = name if is_package else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            yield base
            for alias in node.names:
                yield f"{base}.{alias.name}"


def build_graph(modules):
    graph = {}
    for name, path in modules.items():
        targets = set()
        for imported in imported_names(path, name, path.name == "__init__.py"):
            # `from pkg import module` names the module; `from module import thing` the module.
            while imported and imported not in modules:
                imported = imported.rpartition(".")[0]
            if imported and imported != name:
                targets.add(imported)
        graph[name] = targets
    # A package's own __init__ is reached on the way to every submodule; it is not a dependency.
    for name, targets in graph.items():
        graph[name] = {t for t in targets if not name.startswith(t + ".")}
    return graph


def cycles(graph):
    """Strongly connected components of more than one module (Tarjan), each sorted."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
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

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def main(argv, root=ROOT, packages=PACKAGES):
    graph = build_graph(project_modules(root, packages))
    if "--edges" in argv:
        for name in sorted(graph):
            for target in sorted(graph[name]):
                print(f"{name} -> {target}")
        return 0
    problems = 0
    for component in cycles(graph):
        problems += 1
        print("import cycle:", " ".join(component))
        for name in component:
            for target in sorted(graph[name] & set(component)):
                print(f"    {name} -> {target}")
    for name in sorted(graph):
        for target in sorted(graph[name]):
            if target.rpartition(".")[2] == "wagtail_hooks":
                problems += 1
                print(f"imports a wagtail_hooks module: {name} -> {target}")
    edges = sum(len(targets) for targets in graph.values())
    if problems:
        print(f"{problems} problem(s) in the import graph ({len(graph)} modules, {edges} imports)")
        return 1
    print(f"no import cycles, no imports of wagtail_hooks ({len(graph)} modules, {edges} imports)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
