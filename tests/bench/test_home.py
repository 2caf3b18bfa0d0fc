"""The home page benchmark's data: real teasers, registrations and a logged-in employee."""

import pytest
from django.conf import settings
from django.test import Client

from academy_pages.models import Registration, RegistrationStatus
from bench.home import END, START, populate, render, write_section
from teasers.models import Teaser

pytestmark = pytest.mark.django_db


def test_populate_makes_what_the_home_page_shows(home_page):
    cookie = populate(teasers=30, registrations=3, articles=2)

    assert Teaser.objects.live_for(None).exists()
    assert Teaser.objects.count() == 30
    statuses = sorted(
        Registration.objects.filter(user__username="bench-medewerker").values_list("status", flat=True)
    )
    assert statuses == sorted([RegistrationStatus.CONFIRMED] * 2 + [RegistrationStatus.WAITING])
    client = Client()
    session_key = cookie.split(";")[0].split("=", 1)[1]
    client.cookies[settings.SESSION_COOKIE_NAME] = session_key
    content = client.get("/").content.decode()
    assert content.count('<article class="teaser-card') == 6
    assert "Presenteren met impact" in content


def test_the_report_section_is_replaced_in_place(tmp_path):
    class Options:
        quick, duration, warmup = True, 3, 1

    result = {"rps": 100.0, "p50_us": 1000, "p95_us": 2000, "errors": 0}
    section = render("SQLite 3", {"ping": {**result, "rps": 1000.0}, "home": result}, Options)
    assert "10% of the one-line view" in section
    assert "NOT met" in section
    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\nIntro.\n", encoding="utf-8")
    write_section(section, doc)
    write_section(section, doc)
    text = doc.read_text(encoding="utf-8")
    assert text.count(START) == 1 and text.count(END) == 1
    assert text.startswith("# Benchmarks\n\nIntro.")
