"""Every Dutch catalogue is complete and compiled: no English leaks into the Dutch interface."""

import gettext
import re
from pathlib import Path

import pytest
from django.conf import settings

DUTCH_CATALOGUES = sorted(Path(settings.BASE_DIR).glob("*/locale/nl/LC_MESSAGES/django.po")) + sorted(
    Path(settings.BASE_DIR).glob("locale/nl/LC_MESSAGES/django.po")
)
ENTRY = re.compile(r'^msgid "(.*)"\n((?:".*"\n)*)msgstr "(.*)"\n((?:".*"\n)*)', re.MULTILINE)


def entries(po_file):
    text = po_file.read_text(encoding="utf-8")
    for match in ENTRY.finditer(text):
        msgid = match[1] + "".join(line[1:-1] for line in match[2].splitlines())
        msgstr = match[3] + "".join(line[1:-1] for line in match[4].splitlines())
        if msgid:  # skip the header
            yield msgid, msgstr, text[: match.start()].rstrip().endswith("fuzzy")


def test_there_are_dutch_catalogues_for_the_project_and_the_apps():
    names = {po.parts[-5] if po.parts[-4] == "locale" else "" for po in DUTCH_CATALOGUES}
    assert {"knowledge_base", "people", "search"} <= names
    assert Path(settings.BASE_DIR, "locale/nl/LC_MESSAGES/django.po") in DUTCH_CATALOGUES


@pytest.mark.parametrize("po_file", DUTCH_CATALOGUES, ids=lambda p: str(p.relative_to(settings.BASE_DIR)))
def test_every_message_has_a_dutch_translation(po_file):
    missing = [msgid for msgid, msgstr, fuzzy in entries(po_file) if not msgstr or fuzzy]
    assert missing == []


@pytest.mark.parametrize("po_file", DUTCH_CATALOGUES, ids=lambda p: str(p.relative_to(settings.BASE_DIR)))
def test_the_compiled_catalogue_matches_the_source(po_file):
    with po_file.with_suffix(".mo").open("rb") as mo_file:
        compiled = gettext.GNUTranslations(mo_file)
    for msgid, msgstr, _fuzzy in entries(po_file):
        if "\\" in msgid or "\\" in msgstr:
            continue  # escapes differ in notation between .po and .mo
        assert compiled.gettext(msgid) == msgstr, msgid
