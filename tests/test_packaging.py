"""What the installed package must hold, and the layer rule: core never touches Qt."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tierslieux_app"
CORE = PACKAGE / "core"
QT_MODULES = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}


def setuptools_config() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["tool"]["setuptools"]


def test_every_package_is_listed_in_pyproject():
    listed = set(setuptools_config()["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in PACKAGE.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"


def test_every_folder_of_modules_is_a_regular_package():
    """A folder without ``__init__.py`` is a namespace package, which freezers and tools may miss."""
    # Alembic scripts, shipped as package data
    data_only = {CORE / "migrations" / "versions", CORE / "observatory" / "migrations" / "versions"}
    folders = {p.parent for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts} - data_only
    assert sorted(str(f.relative_to(ROOT)) for f in folders if not (f / "__init__.py").is_file()) == []


def test_every_listed_package_exists():
    config = setuptools_config()
    mapped = config.get("package-dir", {})
    for name in config["packages"]:
        folder = ROOT / mapped[name] if name in mapped else ROOT.joinpath(*name.split("."))
        assert (folder / "__init__.py").is_file(), name


def test_migrations_are_shipped_as_package_data():
    data = setuptools_config()["package-data"]["tierslieux_app.core.migrations"]
    assert "versions/*.py" in data and "alembic.ini" in data and "script.py.mako" in data
    assert list((CORE / "migrations" / "versions").glob("0001_*.py"))


def _imported_modules(path: Path) -> set[str]:
    """Top-level names of every import in a file, relative ones resolved against the package."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = list(path.relative_to(ROOT).parent.parts)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def test_core_never_imports_qt_or_the_ui():
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        for name in _imported_modules(path):
            top = name.split(".")[0]
            if top in QT_MODULES or name.startswith(("tierslieux_app.ui", "tierslieux_app.commands")):
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_relative_imports_are_resolved():
    """Guard for the scanner above: a relative import of the UI would be caught."""
    names = _imported_modules(CORE / "services" / "projects.py")
    assert "tierslieux_app.core.fields" in names or "tierslieux_app.core" in names
    assert "tierslieux_app.core.services._base" in names or "tierslieux_app.core.services" in names


def test_importing_all_of_core_loads_no_qt(tmp_path):
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if "migrations" not in p.parts and p.name != "__init__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {sorted(QT_MODULES)!r})\n"
        "print(','.join(bad))\n"
    )
    env = {**os.environ, "TIERSLIEUX_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_system_icons_show_the_same_picture_as_the_png():
    """build.spec uses the .ico (Windows) and .icns (macOS): tools/icons.py renders them with the PNG."""
    code = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QImage\n"
        "app = QGuiApplication([])\n"
        "icons = sys.argv[1]\n"
        "png = QImage(icons + '/tierslieux.png').convertToFormat(QImage.Format.Format_ARGB32)\n"
        "assert png.width() == 256, png.width()\n"
        "for ext in ('ico', 'icns'):\n"
        "    other = QImage(icons + '/tierslieux.' + ext).convertToFormat(QImage.Format.Format_ARGB32)\n"
        "    assert other == png, ext\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    icons = str(ROOT / "resources" / "icons")
    done = subprocess.run([sys.executable, "-c", code, icons], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
