"""Rebuild layers/talent/talent/jd/human_languages.txt: the names of human languages, which are no skills.

    .venv/bin/python -m talent_local.build_languages

Source: ISO 639 through `pycountry` (Debian's iso-codes), the languages with a two-letter code, their
English names and the names the iso-codes translations give them in German, French and Spanish, lower
case, one per line ("english", "englisch", "anglais", "inglés"). parse_jd reads a list item of such a
name and a CEFR level ("German C1", "Business English B2") as a language level, not a product. Run by
hand when updating; a unit test checks the file is what this writes.
"""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "layers/talent/talent/jd/human_languages.txt"
LOCALES = ("de", "fr", "es")
_PARTS = re.compile(r"[;,]\s*")  # "Spanish; Castilian", "Greek, Modern (1453-)"
_BRACKET = re.compile(r"\s*\([^()]*\)")


def names() -> list[str]:
    """Every name, lower case, sorted; "Spanish; Castilian" gives "spanish" and "castilian"."""
    import gettext

    import pycountry

    english = [language.name for language in pycountry.languages if hasattr(language, "alpha_2")]
    found = set()
    for locale in ("en", *LOCALES):
        translate = gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=[locale], fallback=True)
        for name in english:
            local = name if locale == "en" else translate.gettext(name)
            bare = _BRACKET.sub("", local)  # "Modern Greek (1453-)", "Malay (macrolanguage)"
            found |= {part.strip().lower() for part in _PARTS.split(bare) if part.strip()}
    return sorted(found)


def text() -> str:
    version = importlib.metadata.version("pycountry")
    header = (
        f"# ISO 639-1 languages' names in en/de/fr/es, pycountry {version}; talent_local.build_languages\n"
    )
    return header + "\n".join(names()) + "\n"


def main() -> None:
    written = text()
    OUT.write_text(written, "utf-8")
    print(f"{OUT}: {written.count(chr(10)) - 1} names")  # a name per line, less the header


if __name__ == "__main__":
    main()
