"""The intranet speaks to employees with "je", as the programme itself does (seed: "Samen West
Betuws Werken"), never with the formal "u", in every Dutch catalogue."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

FORMAL = re.compile(r"\b(u|uw|U|Uw|uzelf)\b")
CATALOGUES = sorted(Path(settings.BASE_DIR).glob("*/nl/LC_MESSAGES/django.po")) + sorted(
    Path(settings.BASE_DIR).glob("*/locale/nl/LC_MESSAGES/django.po")
)


def translations(path):
    """Every msgstr of a catalogue, continuation lines joined."""
    text, current, inside = [], [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("msgstr"):
            inside, current = True, [line.split(" ", 1)[1].strip('"')]
        elif inside and line.startswith('"'):
            current.append(line.strip('"'))
        elif inside:
            text.append("".join(current))
            inside = False
    if inside:
        text.append("".join(current))
    return text


def test_every_dutch_catalogue_is_checked():
    apps = {path.relative_to(settings.BASE_DIR).parts[0] for path in CATALOGUES}
    assert {"locale", "academy_pages", "knowledge_base", "people", "search"} <= apps


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: str(path.relative_to(settings.BASE_DIR)))
def test_no_formal_u_in_the_dutch_catalogue(catalogue):
    formal = [text for text in translations(catalogue) if FORMAL.search(text)]
    assert formal == []


def test_the_search_suggestion_says_je():
    with translation.override("nl"):
        assert translation.gettext("Did you mean:") == "Bedoelde je:"
