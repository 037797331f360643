"""Layers go one way (house style §1): checked from the source, so a wrong import fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules():
    return sorted(ROOT.rglob("*.py"))


def _package(path: Path) -> str:
    return path.relative_to(ROOT).parts[0] if len(path.relative_to(ROOT).parts) > 1 else ""


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_layer_rules(path):
    imports = _imports(path)
    package = _package(path)
    roots = {name.split(".")[0] for name in imports}
    if package != "store":
        assert "sqlite3" not in roots, "only desktop/store imports sqlite3"
    if package != "pdf":
        assert "reportlab" not in roots, "only desktop/pdf imports reportlab"
    if package in ("domain", "files", "store"):
        assert "PySide6" not in roots, f"desktop/{package} must not import Qt"
    if package == "domain":
        own = {n for n in imports if n.startswith("desktop.") and not n.startswith("desktop.domain")}
        assert not own, f"desktop/domain imports nothing else of the app: {own}"
    if package != "ui" and path.name != "app.py":  # app.py is the composition root: it makes the QApplication
        assert not any(n.startswith("PySide6.QtWidgets") for n in imports), "only desktop/ui imports QtWidgets"
    assert not any(n.startswith("PySide6.QtNetwork") for n in imports), "no network code in the app"
    assert not (roots & {"socket", "urllib", "http", "requests", "ssl"}), "no network code in the app"
