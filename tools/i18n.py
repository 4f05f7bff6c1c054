"""Update and compile the interface translations.

    /work/venv/bin/python tools/i18n.py            # lupdate → fill known English → lrelease
    /work/venv/bin/python tools/i18n.py --check    # also fail if an English string is missing

1. ``pyside6-lupdate`` collects every ``tr()`` / ``QCoreApplication.translate()`` string of
   ``tierslieux_app/ui/**/*.py`` into ``resources/i18n/tierslieux_en.ts`` (existing
   translations are kept, so the .ts can also be edited with ``pyside6-linguist``);
2. the entries still unfinished whose French source is in ``tools/i18n_en.py`` (or in one
   of the ``tools/i18n_en_*.py`` modules beside it, one per area of the interface) get
   that English text;
3. ``pyside6-lrelease`` compiles ``tierslieux_en.qm``, which the application loads.

French is the source language: no French catalogue is needed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "tierslieux_en.ts"
QM = TS.with_suffix(".qm")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import importlib  # noqa: E402

from i18n_en import EN  # noqa: E402

# One module of English per area (tools/i18n_en_<area>.py, each with its own ``EN`` dict), so
# that work on one area of the interface never edits another's table.
for _extra in sorted(Path(__file__).resolve().parent.glob("i18n_en_*.py")):
    EN.update(importlib.import_module(_extra.stem).EN)


def tool(name: str) -> str:
    """The PySide6 tool next to the running Python (a venv's bin/ or Scripts/), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} introuvable : installez PySide6 dans cet environnement.")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tierslieux_app" / "ui").rglob("*.py"))


def lupdate() -> None:
    TS.parent.mkdir(parents=True, exist_ok=True)
    cmd = [tool("pyside6-lupdate"), *sources(), "-source-language", "fr", "-target-language", "en"]
    cmd += ["-no-obsolete", "-locations", "none", "-ts", str(TS.relative_to(ROOT))]
    subprocess.run(cmd, cwd=ROOT, check=True)


def fill() -> list[tuple[str, str]]:
    """Give the known English text to unfinished entries; returns those still missing."""
    tree = ET.parse(TS)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") not in {"unfinished", None} or (
                translation.get("type") is None and translation.text
            ):
                continue
            english = EN.get((name, source)) or EN.get(source)
            if not english:
                missing.append((name, source))
                continue
            if message.get("numerus") == "yes":  # (singular, plural) as <numerusform>s
                forms = (english, english) if isinstance(english, str) else english
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = english if isinstance(english, str) else english[-1]
            translation.attrib.pop("type", None)
    ET.indent(tree)
    with open(TS, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return missing


def lrelease() -> None:
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if a string has no English")
    args = parser.parse_args()
    lupdate()
    missing = fill()
    lrelease()
    for context, source in missing:
        print(f"sans traduction : [{context}] {source!r}")
    n = len(missing)
    print(f"{TS.relative_to(ROOT)} : {n} {'chaîne' if n < 2 else 'chaînes'} sans traduction anglaise")
    return 1 if (args.check and missing) else 0


if __name__ == "__main__":
    sys.exit(main())
