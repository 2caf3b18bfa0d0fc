"""Enrolling in bulk from a CSV file: a preview, every problem per row in Dutch, all or nothing."""

import datetime

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile

from onboarding.importing import EnrolmentImportError, import_enrolments
from onboarding.models import Enrolment
from people.groups import EMPLOYEES
from tests.factories.onboarding import EnrolmentFactory
from tests.factories.people import EmployeeProfileFactory, UserFactory
from tests.onboarding.conftest import MONDAY

pytestmark = pytest.mark.django_db

HEADER = "naam;email;startdatum;team;programma;buddy_email"


def csv_bytes(*rows, header=HEADER):
    return "\n".join([header, *rows]).encode("utf-8")


@pytest.fixture
def second(db, team, leader):
    user = UserFactory(username="tweede", first_name="Tim", last_name="Tweede")
    EmployeeProfileFactory(user=user, team=team, team_leader=leader, start_date=None)
    return user


def test_every_valid_row_is_enrolled(programme, newcomer, second, buddy, leader, team, editor):
    data = csv_bytes(
        "Nina Nieuw;nieuw@westbetuwe.nl;;;Algemeen inwerkprogramma;buddy@westbetuwe.nl",
        "Tim Tweede;TWEEDE@westbetuwe.nl;04-01-2027;Team Burgerzaken;algemeen inwerkprogramma;",
    )

    result = import_enrolments(data, enrolled_by=editor)

    assert result.summary() == "2 inschrijving(en) gemaakt."
    nina = Enrolment.objects.get(colleague=newcomer)
    assert (nina.start_date, nina.team, nina.buddy, nina.team_leader, nina.enrolled_by) == (
        MONDAY,
        team,
        buddy,
        leader,
        editor,
    )
    assert Enrolment.objects.get(colleague=second).start_date == datetime.date(2027, 1, 4)


def test_dry_run_is_a_preview_that_saves_nothing(programme, newcomer, editor):
    result = import_enrolments(
        csv_bytes("Nina Nieuw;nieuw@westbetuwe.nl;;;Algemeen inwerkprogramma;"),
        enrolled_by=editor,
        dry_run=True,
    )

    assert [item.colleague for item in result.enrolments] == [newcomer]
    assert result.enrolments[0].start_date == MONDAY
    assert "niets opgeslagen" in result.summary()
    assert not Enrolment.objects.exists()


def test_one_bad_row_saves_nothing_and_every_problem_is_named(programme, newcomer, second, buddy, editor):
    EnrolmentFactory(colleague=buddy, programme=programme)
    data = csv_bytes(
        "Nina Nieuw;nieuw@westbetuwe.nl;;;Algemeen inwerkprogramma;",  # valid
        "Tim Tweede;tweede@westbetuwe.nl;;;Algemeen inwerkprogramma;",  # no start date anywhere
        ";niemand@westbetuwe.nl;01-02-2027;;Algemeen inwerkprogramma;",  # no account, no name
        "Bob Buddy;buddy@westbetuwe.nl;31-02-2027;Team Onbekend;Teamleiders;geen-adres",
        "Nina Nieuw;nieuw@westbetuwe.nl;;;Algemeen inwerkprogramma;nieuw@westbetuwe.nl",
        "Nina Nijboer;nieuw@westbetuwe.nl;;;;",
        "te weinig;kolommen",
    )

    with pytest.raises(EnrolmentImportError) as raised:
        import_enrolments(data, enrolled_by=editor)

    errors = raised.value.errors
    assert errors == [
        "Rij 3: geen startdatum: de kolom is leeg en het medewerkersprofiel heeft er geen.",
        "Rij 4: er is geen account met e-mailadres “niemand@westbetuwe.nl”; vul “naam” in om er een te "
        "maken, of importeer de medewerker eerst.",
        "Rij 5: er is geen programma “Teamleiders”. Programma's: Algemeen inwerkprogramma.",
        "Rij 5: er is geen team “Team Onbekend”.",
        "Rij 5: er is geen account met e-mailadres “geen-adres” voor de buddy.",
        "Rij 5: startdatum “31-02-2027” is geen datum; gebruik dd-mm-jjjj, bijvoorbeeld 01-09-2025.",
        "Rij 6: een nieuwe collega kan niet zijn of haar eigen buddy zijn.",
        "Rij 6: deze inschrijving staat al in rij 2.",
        "Rij 7: “programma” is leeg.",
        "Rij 7: de naam “Nina Nijboer” hoort niet bij het account van nieuw@westbetuwe.nl (Nina Nieuw).",
        "Rij 8: deze rij heeft 2 kolommen, de kopregel heeft er 6.",
    ]
    assert Enrolment.objects.count() == 1  # only the one from before


def test_a_colleague_without_an_account_gets_one_as_the_employee_import_makes_it(programme, team, editor):
    data = csv_bytes(
        "Sanne de Vries;S.deVries@westbetuwe.nl;01-02-2027;Team Burgerzaken;Algemeen inwerkprogramma;"
    )

    import_enrolments(data, enrolled_by=editor)

    user = User.objects.get(username="s.devries")
    assert (user.first_name, user.last_name, user.email) == ("Sanne", "de Vries", "S.deVries@westbetuwe.nl")
    assert not user.has_usable_password()
    assert user.groups.filter(name=EMPLOYEES).exists()
    assert (user.profile.team, user.profile.start_date) == (team, datetime.date(2027, 2, 1))
    assert Enrolment.objects.get(colleague=user).start_date == datetime.date(2027, 2, 1)


def test_the_preview_makes_no_account(programme, editor):
    data = csv_bytes("Sanne de Vries;sanne@westbetuwe.nl;01-02-2027;;Algemeen inwerkprogramma;")

    result = import_enrolments(data, enrolled_by=editor, dry_run=True)

    assert result.enrolments[0].colleague.get_full_name() == "Sanne de Vries"
    assert not User.objects.filter(username="sanne").exists()


def test_a_new_account_needs_a_start_date_and_a_free_user_name(programme, newcomer, editor):
    data = csv_bytes(
        "Sanne de Vries;sanne@westbetuwe.nl;;;Algemeen inwerkprogramma;",
        "Nina Anders;nieuw@elders.example;01-02-2027;;Algemeen inwerkprogramma;",
    )

    with pytest.raises(EnrolmentImportError) as raised:
        import_enrolments(data, enrolled_by=editor)

    assert raised.value.errors == [
        "Rij 2: geen startdatum: een collega zonder account heeft er een nodig in het bestand.",
        "Rij 3: er is geen account met e-mailadres “nieuw@elders.example”, en de gebruikersnaam “nieuw” "
        "is al bezet; importeer de medewerker eerst.",
    ]
    assert not User.objects.filter(username="sanne").exists()


def test_already_enrolled_is_an_error(enrolment, editor):
    data = csv_bytes("Nina Nieuw;nieuw@westbetuwe.nl;;;Algemeen inwerkprogramma;")

    with pytest.raises(EnrolmentImportError) as raised:
        import_enrolments(data, enrolled_by=editor)

    assert raised.value.errors == ["Rij 2: Nina Nieuw volgt “Algemeen inwerkprogramma” al."]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "Het bestand is leeg."),
        (HEADER.encode(), "alleen de kopregel"),
        (b"email;programma;kleur\nx;y;z", "Onbekende kolom(men)"),
        (b"naam;email\nNina;nieuw@westbetuwe.nl", "Ontbrekende kolom(men): programma."),
        (b"\xff\xfe\x00n", "CSV"),
    ],
)
def test_file_problems_are_reported_like_the_employee_import(programme, editor, data, message):
    with pytest.raises(EnrolmentImportError) as raised:
        import_enrolments(data, enrolled_by=editor)

    assert message in " ".join(raised.value.errors)


def upload(data):
    return SimpleUploadedFile("inschrijvingen.csv", data, content_type="text/csv")


def test_the_admin_screen_previews_then_enrols(editor_client, programme, newcomer):
    data = csv_bytes("Nina Nieuw;nieuw@westbetuwe.nl;;;Algemeen inwerkprogramma;")

    response = editor_client.post("/admin/onboarding_import/", {"file": upload(data), "dry_run": "on"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Voorbeeld" in html and "Nina Nieuw" in html and "07-12-2026" in html
    assert not Enrolment.objects.exists()

    response = editor_client.post("/admin/onboarding_import/", {"file": upload(data)})

    assert response.status_code == 302
    assert Enrolment.objects.get().colleague == newcomer


def test_the_admin_screen_shows_the_errors(editor_client, programme):
    data = csv_bytes("Onbekend;niemand@westbetuwe.nl;;;Algemeen inwerkprogramma;")

    response = editor_client.post("/admin/onboarding_import/", {"file": upload(data)})

    assert response.status_code == 200
    assert "geen startdatum: een collega zonder account heeft er een nodig" in response.content.decode()
    assert not Enrolment.objects.exists()


def test_employees_may_not_import(employee_client):
    response = employee_client.get("/admin/onboarding_import/")

    assert response.status_code in (302, 403)
