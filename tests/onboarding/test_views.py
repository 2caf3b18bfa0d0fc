"""Mijn inwerkprogramma, the overview of new colleagues, its export, and the home page block."""

import datetime
import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from onboarding import progress
from onboarding.home import home_block
from onboarding.models import StepType
from tests.factories.knowledge_base import KnowledgeArticlePageFactory
from tests.factories.onboarding import EnrolmentFactory, ProgrammeStepFactory
from tests.factories.people import EmployeeProfileFactory, TeamFactory, UserFactory
from tests.onboarding.conftest import MONDAY

pytestmark = pytest.mark.django_db


@pytest.fixture
def today(monkeypatch):
    """Wednesday of the first week: the first-day steps are overdue."""
    day = datetime.date(2026, 12, 9)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: day)
    return day


def test_my_programme_shows_steps_by_phase_with_due_dates_and_overdue(client, enrolment, newcomer, today):
    EmployeeProfileFactory(user=enrolment.team_leader, job_title="Teamleider Burgerzaken")
    client.force_login(newcomer)

    html = client.get("/inwerkprogramma/").content.decode()

    assert html.index("Eerste dag") < html.index("Laptop ophalen") < html.index("Eerste week")
    assert "te laat" in html
    assert "moest klaar zijn op maandag 7 december" in html
    assert "klaar op vrijdag 11 december" in html
    assert 'value="0"' in html  # the progress bar
    # The team leader to meet, with contact details.
    assert "teamleider@westbetuwe.nl" in html
    assert "Teamleider Burgerzaken" in html
    # Only the colleague's own step has a button.
    assert html.count(">Gedaan<") == 1


def test_done_and_undo_from_my_programme(client, enrolment, newcomer, today):
    client.force_login(newcomer)
    step = enrolment.programme.steps.get(title="Laptop ophalen")

    response = client.post(f"/inwerkprogramma/{enrolment.pk}/stappen/{step.pk}/gedaan/", {"next": "/"})
    assert response["Location"] == "/"
    html = client.get("/inwerkprogramma/").content.decode()
    assert "1 van 3 stappen gedaan" in html
    assert ">Ongedaan maken<" in html

    response = client.post(f"/inwerkprogramma/{enrolment.pk}/stappen/{step.pk}/ongedaan/")
    assert response["Location"] == "/inwerkprogramma/"
    assert "0 van 3 stappen gedaan" in client.get("/inwerkprogramma/").content.decode()


def test_a_next_address_elsewhere_is_ignored(client, enrolment, newcomer):
    client.force_login(newcomer)
    step = enrolment.programme.steps.get(title="Laptop ophalen")

    response = client.post(
        f"/inwerkprogramma/{enrolment.pk}/stappen/{step.pk}/gedaan/", {"next": "https://evil.example/"}
    )

    assert response["Location"] == "/inwerkprogramma/"


def test_steps_link_the_article(client, enrolment, newcomer, kb_index):
    article = KnowledgeArticlePageFactory(parent=kb_index, title="Werken bij West Betuwe")
    ProgrammeStepFactory(
        programme=enrolment.programme, step_type=StepType.ARTICLE, article=article, checklist=""
    )
    client.force_login(newcomer)

    html = client.get("/inwerkprogramma/").content.decode()

    assert f'href="{article.url}"' in html
    assert "Lees: Werken bij West Betuwe" in html


def test_without_a_programme(employee_client):
    html = employee_client.get("/inwerkprogramma/").content.decode()

    assert "Je volgt geen inwerkprogramma." in html


def test_overview_shows_progress_overdue_and_last_activity(client, enrolment, leader, newcomer, today):
    progress.mark_done(enrolment, enrolment.programme.steps.get(title="Laptop ophalen"), newcomer)
    client.force_login(leader)

    html = client.get("/inwerkprogramma/nieuwe-collegas/").content.decode()

    row = html[html.index("Nina Nieuw") :]
    cells = [
        re.sub(r"<[^>]+>", "", cell).strip()
        for cell in re.findall(r"<td[^>]*>(.*?)</td>", row[: row.index("</tr>")])
    ]
    assert cells[0:4] == ["Algemeen inwerkprogramma", "Team Burgerzaken", "7-12-2026", "33%"]
    assert cells[4] == "1"  # the buddy's tour of the first day is overdue
    assert cells[5] != "—"  # last activity


def test_overview_filters_by_team_and_programme(client, enrolment, leader, programme):
    other = EnrolmentFactory(
        colleague=UserFactory(first_name="Otto", last_name="Ander"),
        programme=programme,
        team=TeamFactory(name="Team Belastingen"),
        team_leader=leader,
    )
    client.force_login(leader)

    html = client.get("/inwerkprogramma/nieuwe-collegas/", {"team": other.team_id}).content.decode()
    assert "Otto Ander" in html
    assert "Nina Nieuw" not in html

    html = client.get("/inwerkprogramma/nieuwe-collegas/", {"programme": programme.pk}).content.decode()
    assert "Otto Ander" in html and "Nina Nieuw" in html


@pytest.mark.parametrize("value", ["abc", "9" * 30, "-1", "1.5"])
def test_odd_filter_values_give_a_form_error(client, enrolment, leader, value):
    client.force_login(leader)

    response = client.get("/inwerkprogramma/nieuwe-collegas/", {"team": value, "programme": value})

    assert response.status_code == 400
    assert "geen beschikbare keuze" in response.content.decode()
    export = client.get("/inwerkprogramma/nieuwe-collegas/export/xlsx/", {"team": value})
    assert export.status_code == 200


def test_export_as_xlsx(client, enrolment, leader, newcomer, today):
    progress.mark_done(enrolment, enrolment.programme.steps.get(title="Laptop ophalen"), newcomer)
    client.force_login(leader)

    response = client.get("/inwerkprogramma/nieuwe-collegas/export/xlsx/")

    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Nieuwe collega", "E-mail", "Programma")
    assert rows[1][0] == "Nina Nieuw"
    assert rows[1][7:11] == (33, 1, 3, 1)


def test_an_unknown_export_format_is_404(client, leader, enrolment):
    client.force_login(leader)

    assert client.get("/inwerkprogramma/nieuwe-collegas/export/pdf/").status_code == 404


def test_overview_query_count_does_not_grow_with_colleagues(client, leader, programme):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/inwerkprogramma/nieuwe-collegas/").status_code == 200
        return len(captured)

    def add(count):
        for _ in range(count):
            enrolment = EnrolmentFactory(programme=programme, team_leader=leader, team=TeamFactory())
            progress.mark_done(enrolment, programme.steps.first(), enrolment.colleague)

    client.force_login(leader)
    add(1)
    queries()  # the first request of a session reads more (session, site, caches)
    baseline = queries()
    add(10)
    assert queries() == baseline


def test_home_block_gives_plain_data(enrolment, newcomer):
    block = home_block(newcomer, datetime.date(2026, 12, 9))

    assert block["url"] == "/inwerkprogramma/"
    assert block["lead"] is True  # overdue steps
    (item,) = block["programmes"]
    assert (item["title"], item["percent"], item["done"], item["total"]) == (
        "Algemeen inwerkprogramma",
        0,
        0,
        3,
    )
    assert [step["title"] for step in item["overdue"]] == ["Laptop ophalen", "Rondleiding geven"]
    assert [step["title"] for step in item["next"]] == ["Welkomstgesprek voeren"]


def test_home_block_leads_on_the_first_day(enrolment, newcomer):
    assert home_block(newcomer, MONDAY)["lead"] is True
    assert home_block(newcomer, MONDAY - datetime.timedelta(days=3))["lead"] is False


def test_home_block_for_a_buddy_counts_their_steps(enrolment, buddy):
    block = home_block(buddy, MONDAY)

    assert block["programmes"] == []
    assert block["to_do_for_others"] == 1


def test_home_block_is_empty_without_onboarding(employee):
    assert home_block(employee, MONDAY) is None


def test_home_block_template_renders_the_data(enrolment, newcomer, rf):
    from django.template.loader import render_to_string

    html = render_to_string(
        "onboarding/includes/home_block.html",
        {"onboarding": home_block(newcomer, datetime.date(2026, 12, 9))},
    )

    assert "Mijn inwerkprogramma" in html
    assert "Laptop ophalen" in html
    assert 'href="/inwerkprogramma/"' in html
    assert render_to_string("onboarding/includes/home_block.html", {"onboarding": None}).strip() == ""


def test_the_overview_shows_fifty_colleagues_a_page_and_keeps_the_filters(client, leader, programme, team):
    for number in range(52):
        EnrolmentFactory(
            colleague=UserFactory(first_name="Collega", last_name=f"{number:02d}"),
            programme=programme,
            team_leader=leader,
            team=team,
            start_date=MONDAY - datetime.timedelta(days=number),
        )
    client.force_login(leader)

    first = client.get("/inwerkprogramma/nieuwe-collegas/", {"team": team.pk}).content.decode()
    second = client.get(
        "/inwerkprogramma/nieuwe-collegas/", {"team": team.pk, "pagina": "2"}
    ).content.decode()

    assert "52 nieuwe collega&#x27;s" in first or "52 nieuwe collega's" in first
    assert "Collega 00" in first and "Collega 50" not in first
    assert "Collega 50" in second and "Collega 51" in second
    assert f"?team={team.pk}&amp;pagina=2" in first
    assert "Pagina 1 van 2" in first
    # An odd page number shows a page, never an error.
    assert client.get("/inwerkprogramma/nieuwe-collegas/", {"pagina": "x" * 40}).status_code == 200
    # The export has them all.
    export = client.get("/inwerkprogramma/nieuwe-collegas/export/csv/").content.decode("utf-8-sig")
    assert export.count("Collega ") == 52
