"""The admin report "Stand van zaken Academie": who sees it, the form, the exports, the chart."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from academy_pages.models import AcademySettings
from tests.academy_pages.report_scenarios import Timeline, seed_scenario
from tests.factories.academy import CoursePageFactory
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db

URL = "/admin/academie/stand-van-zaken/"


@pytest.fixture
def seed(academy, home_page):
    report_date, launch_date = seed_scenario(academy)
    settings = AcademySettings.for_site(home_page.get_site())
    settings.launch_date = launch_date
    settings.save()
    return report_date


def test_the_url_is_registered_under_the_admin():
    assert reverse("academy_status_report") == URL


def test_an_employee_cannot_open_the_report(employee_client):
    response = employee_client.get(URL)
    # Employees have no admin access at all: Wagtail sends them to the login page.
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert employee_client.get(URL + "?export=csv").status_code == 302


def test_an_admin_user_outside_the_coordination_point_is_turned_away(client):
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    # Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard.
    for query in ("", "?export=xlsx"):
        response = client.get(URL + query)
        assert response.status_code == 302
        assert response["Location"] == "/admin/"
        assert "Content-Disposition" not in response


def test_the_report_shows_the_seeds_table_with_dutch_labels(seed, editor_client):
    response = editor_client.get(URL, {"date": "2022-06-23"})

    assert response.status_code == 200
    rows = [(str(label), display) for label, _value, display in response.context["report"].rows]
    assert rows == [
        ("Soorten trainingen", "9"),
        ("Totaal aantal aanmeldingen", "61"),
        ("Totaal gestarte uitvoeringen na lancering", "6"),
        ("Totaal aantal deelnemers in gestarte uitvoeringen", "25"),
        ("Gemiddeld aantal deelnemers per gestarte training", "4,17"),
        ("Aantal geplande uitvoeringen in het jaar", "47"),
        ("Totaal geannuleerde deelnemers", "21"),
        ("Daarvan zelf geannuleerd", "9"),
        ("Geannuleerde uitvoeringen na lancering", "10"),
    ]
    html = response.content.decode()
    assert '<th scope="row">Gemiddeld aantal deelnemers per gestarte training</th><td>4,17</td>' in html
    assert "23 juni 2022" in html
    assert "12 april 2022" in html


def test_the_menu_item_is_shown_to_the_coordination_point_only(editor_client, client):
    assert URL in editor_client.get("/admin/").content.decode()

    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert URL not in client.get("/admin/").content.decode()


@pytest.mark.parametrize("value", ["30-02-2022", "gisteren", "1899-01-01"])
def test_a_bad_date_gets_a_dutch_message_at_the_field(editor_client, home_page, value):
    response = editor_client.get(URL, {"date": value})

    assert response.status_code == 200
    errors = response.context["form"].errors["date"]
    assert errors in (
        ["Vul een geldige datum in, bijvoorbeeld 23-06-2022."],
        ["Kies een datum tussen 1 januari 2000 en 31 december 2100."],
    )
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    # No figures for a date that was not asked for, and nothing to download.
    assert response.context["report"] is None
    assert "Soorten trainingen" not in html
    assert "export=csv" not in html
    export = editor_client.get(URL, {"date": value, "export": "csv"})
    assert "Content-Disposition" not in export


def test_a_dutch_written_date_is_understood(seed, editor_client):
    response = editor_client.get(URL, {"date": "23-06-2022"})
    assert response.context["report"].status["registrations"] == 61


def test_csv_export_uses_semicolons_and_a_decimal_comma(seed, editor_client):
    response = editor_client.get(URL, {"date": "2022-06-23", "export": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="stand-van-zaken-academie-2022-06-23.csv"' in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert ["Soorten trainingen", "9"] in rows
    assert ["Gemiddeld aantal deelnemers per gestarte training", "4,17"] in rows
    assert ["juni 2022", "15"] in rows  # 7 + 8 registrations made in June (3 more came later)


def test_xlsx_export_has_numbers_not_text(seed, editor_client):
    response = editor_client.get(URL, {"date": "2022-06-23", "export": "xlsx"})

    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook.worksheets[0]
    figures = {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row and row[0]}
    assert figures["Totaal aantal aanmeldingen"] == 61
    assert figures["Gemiddeld aantal deelnemers per gestarte training"] == pytest.approx(4.17)
    months = {row[0]: row[1] for row in workbook.worksheets[1].iter_rows(min_row=2, values_only=True)}
    assert sum(months.values()) == 61


def test_the_chart_is_inline_svg_with_a_text_alternative_and_no_script(seed, editor_client):
    html = editor_client.get(URL, {"date": "2022-06-23"}).content.decode()

    start = html.index('<svg role="img" aria-labelledby="chart-title chart-desc"')
    chart = html[start : html.index("</svg>", start)]
    assert '<title id="chart-title">Aanmeldingen per maand</title>' in chart
    assert "<title>juni 2022: 15</title>" in chart
    assert "<script" not in chart
    assert "<summary>Aanmeldingen per maand als tabel</summary>" in html
    assert '<th scope="row">april 2022</th><td>46</td>' in html


def test_the_page_makes_the_same_number_of_queries_for_few_and_many_sessions(academy, editor_client):
    def page_queries():
        with CaptureQueriesContext(connection) as queries:
            assert editor_client.get(URL, {"date": "2024-06-20"}).status_code == 200
        return len(queries)

    timeline = Timeline(users=3)
    course = CoursePageFactory(parent=academy)
    timeline.register(timeline.session(course, datetime.date(2024, 5, 1)), datetime.date(2024, 4, 2), 2)
    timeline.finish()
    page_queries()  # warm the caches (site, settings) the first request fills
    few = page_queries()

    for n in range(10):
        session = timeline.session(course, datetime.date(2024, 5, 2 + n))
        timeline.register(session, datetime.date(2024, 4, 3 + n), 3)
    timeline.finish()
    assert page_queries() == few


def test_the_launch_date_and_the_scope_are_two_sentences(editor_client, home_page):
    """Not "Lancering: 12 april 2022 Alleen uitvoeringen ...", run together in one paragraph."""
    settings = AcademySettings.for_site(home_page.get_site())
    settings.launch_date = datetime.date(2022, 4, 12)
    settings.save()

    html = editor_client.get(URL, {"date": "2022-06-23"}).content.decode()

    assert "<p>Lancering: 12 april 2022</p>" in html
    assert "<p>Alleen uitvoeringen van trainingen;" in html
