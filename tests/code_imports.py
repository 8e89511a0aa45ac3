"""Which modules a piece of Python names in its import statements, read from the code (nothing is run)."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT


def parse(source: str) -> ast.Module:
    """The code's syntax tree; a notebook cell's IPython lines (``%magic``, ``!shell``) are dropped."""
    try:
        return ast.parse(source)
    except SyntaxError:
        return ast.parse("\n".join(line for line in source.splitlines() if not line.lstrip().startswith(("%", "!"))))


def imports(source: str) -> set[str]:
    """Every module named in an import statement of this code (``from a import b`` gives a and a.b)."""
    names = set()
    for node in ast.walk(parse(source)):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def module_file(name: str, root: Path = ROOT) -> Path | None:
    """The file of module ``name`` in this repository (a package's ``__init__.py``), or None."""
    path = root / Path(*name.split("."))
    for candidate in (path.with_suffix(".py"), path / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, root: Path = ROOT) -> set[str]:
    """The modules of this repository that the file imports, wherever the import stands (in a function too).

    ``from a import b`` counts as importing a.b when b is a module, else as importing a; a relative
    import is read from the file's own package."""
    package = module_name(path, root) if path.name == "__init__.py" else module_name(path, root).rpartition(".")[0]
    found = set()
    for node in ast.walk(parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if module_file(f"{base}.{alias.name}", root) else base)
    return {name for name in found if module_file(name, root)}
