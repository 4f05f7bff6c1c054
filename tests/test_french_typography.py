"""The French sources of the interface (resources/i18n/tierslieux_en.ts): real plurals and
French typography — a no-break space before « : » and inside « », a narrow no-break space
before « ; ! ? », the typographic apostrophe; and no « (s) » left in the English either."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "tierslieux_en.ts"


def _messages() -> list[tuple[str, str, list[str]]]:
    out = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else [f.text or "" for f in translation.iter("numerusform")]
            if translation is not None and not forms:
                forms = [translation.text or ""]
            out.append((name, message.findtext("source") or "", forms))
    return out


def test_there_are_sources_to_check():
    assert len(_messages()) > 300


def test_no_parenthesised_plural():
    bad = [(c, s) for c, s, forms in _messages() if "(s)" in s or any("(s)" in f for f in forms)]
    assert bad == []


def test_no_ordinary_space_before_high_punctuation_or_inside_guillemets():
    bad = []
    for context, source, _forms in _messages():
        if re.search(r" [:;!?]|« | »|\u00a0[;!?]", source):
            bad.append((context, source))
    assert bad == []


def test_typographic_apostrophe():
    bad = [(c, s) for c, s, _f in _messages() if "'" in s and "<" not in s]
    assert bad == []
