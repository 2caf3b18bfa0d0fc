"""Enrolments in the admin: the coordination point enrols new colleagues."""

import datetime

import pytest

from onboarding.models import Enrolment
from tests.onboarding.conftest import MONDAY

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/onboarding/enrolments/new/"


def test_an_editor_enrols_with_the_profile_defaults(editor_client, programme, newcomer, team, leader, buddy):
    response = editor_client.post(
        ADD_URL, {"colleague": newcomer.pk, "programme": programme.pk, "buddy": buddy.pk}
    )

    assert response.status_code == 302
    enrolment = Enrolment.objects.get()
    assert (enrolment.start_date, enrolment.team, enrolment.team_leader) == (MONDAY, team, leader)
    assert enrolment.buddy == buddy
    assert enrolment.programme_title == programme.title


def test_no_start_date_anywhere_gives_a_dutch_error(editor_client, programme, editor):
    response = editor_client.post(ADD_URL, {"colleague": editor.pk, "programme": programme.pk})

    assert response.status_code == 200
    assert "Vul een startdatum in" in response.content.decode()
    assert not Enrolment.objects.exists()


def test_a_second_enrolment_in_the_same_programme_is_refused(editor_client, enrolment):
    response = editor_client.post(
        ADD_URL,
        {
            "colleague": enrolment.colleague_id,
            "programme": enrolment.programme_id,
            "start_date": "2027-01-04",
        },
    )

    assert response.status_code == 200
    assert "volgt dit programma al" in response.content.decode()
    assert Enrolment.objects.count() == 1


@pytest.mark.parametrize("value", ["abc", "9" * 30, "-1"])
def test_unreadable_ids_give_a_form_error(editor_client, programme, newcomer, value):
    response = editor_client.post(ADD_URL, {"colleague": value, "programme": value})

    assert response.status_code == 200
    assert not Enrolment.objects.exists()


def test_the_list_shows_enrolments(editor_client, enrolment):
    response = editor_client.get("/admin/onboarding/enrolments/")

    assert response.status_code == 200
    assert "Nina Nieuw" in response.content.decode()


def test_an_employee_has_no_access(employee_client, enrolment):
    response = employee_client.get("/admin/onboarding/enrolments/")

    assert response.status_code in (302, 403)


def test_editing_keeps_the_title_of_the_programme(editor_client, enrolment):
    response = editor_client.post(
        f"/admin/onboarding/enrolments/edit/{enrolment.pk}/",
        {
            "colleague": enrolment.colleague_id,
            "programme": enrolment.programme_id,
            "start_date": "2026-12-14",
        },
    )

    assert response.status_code == 302
    enrolment.refresh_from_db()
    assert enrolment.start_date == datetime.date(2026, 12, 14)


def test_moving_an_enrolment_to_another_programme_takes_its_title(editor_client, enrolment, onboarding_index):
    from tests.factories.onboarding import OnboardingProgrammePageFactory

    other = OnboardingProgrammePageFactory(parent=onboarding_index, title="Inwerken als teamleider")

    editor_client.post(
        f"/admin/onboarding/enrolments/edit/{enrolment.pk}/",
        {"colleague": enrolment.colleague_id, "programme": other.pk, "start_date": "2026-12-07"},
    )

    enrolment.refresh_from_db()
    assert (enrolment.programme, enrolment.programme_title) == (other, "Inwerken als teamleider")


def test_an_editor_opens_the_page_editor_of_a_programme(editor_client, programme):
    response = editor_client.get(f"/admin/pages/{programme.pk}/edit/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Laptop ophalen" in html
    assert "Aantal werkdagen na de startdatum" in html  # the Dutch help text


@pytest.mark.parametrize(
    ("fields", "error_field"),
    [
        ({"step_type": "article"}, "article"),
        ({"step_type": "course"}, "course"),
        ({"step_type": "video"}, "video_url"),
        ({"step_type": "task"}, "checklist"),
        ({"step_type": "meet"}, "meet"),
        ({"step_type": "meet", "meet": "person"}, "person"),
    ],
)
def test_a_step_needs_what_its_type_links_to(programme, fields, error_field):
    from django.core.exceptions import ValidationError

    from onboarding.models import ProgrammeStep

    step = ProgrammeStep(programme=programme, title="Stap", **{"checklist": "", **fields})
    with pytest.raises(ValidationError) as raised:
        step.clean()
    assert error_field in raised.value.message_dict
