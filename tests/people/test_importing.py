"""The CSV import of employees: all rows valid or nothing saved, and every problem explained."""

import datetime
import random

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from people.groups import EDITORS, EMPLOYEES
from people.importing import EmployeeImportError, import_employees, parse_date
from people.models import EmployeeProfile, Team
from tests.factories.people import EmployeeProfileFactory, TeamFactory, UserFactory

User = get_user_model()
HEADER = "gebruikersnaam;voornaam;achternaam;email;team;functie;leidinggevende;startdatum"


def csv_bytes(*lines, header=HEADER, encoding="utf-8"):
    return "\n".join([header, *lines]).encode(encoding)


def editor_account():
    user = UserFactory(username="redacteur")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def run_import(data, **options):
    """The import as an editor of the coordination point runs it in the admin."""
    return import_employees(data, importer=editor_account(), **options)


def import_errors(data):
    with pytest.raises(EmployeeImportError) as excinfo:
        run_import(data)
    return excinfo.value.errors


@pytest.mark.django_db
def test_import_creates_users_profiles_teams_and_leaders_from_the_same_file():
    result = run_import(
        csv_bytes(
            "a.bakker;Anne;Bakker;a.bakker@westbetuwe.nl;Leren en Ontwikkelen;Teamleider;;01-03-2019",
            "k.smit;Kees;Smit;k.smit@westbetuwe.nl;Leren en Ontwikkelen;Adviseur;a.bakker;2024-09-01",
        )
    )

    assert result.created == ["a.bakker", "k.smit"]
    assert result.new_teams == ["Leren en Ontwikkelen"]
    kees = User.objects.get(username="k.smit")
    assert (kees.first_name, kees.last_name, kees.email) == ("Kees", "Smit", "k.smit@westbetuwe.nl")
    assert not kees.has_usable_password()
    assert kees.groups.filter(name=EMPLOYEES).exists()
    profile = EmployeeProfile.objects.get(user=kees)
    assert profile.team.name == "Leren en Ontwikkelen"
    assert profile.job_title == "Adviseur"
    assert profile.team_leader.username == "a.bakker"
    assert profile.start_date == datetime.date(2024, 9, 1)
    assert EmployeeProfile.objects.get(user__username="a.bakker").start_date == datetime.date(2019, 3, 1)


@pytest.mark.django_db
def test_import_updates_existing_users_and_matches_teams_ignoring_case():
    team = TeamFactory(name="Team HR")
    user = UserFactory(username="p.jansen", first_name="Piet")
    # Imported before and never logged in: the address may be corrected directly.
    user.set_unusable_password()
    user.save()
    leader = UserFactory(username="leider")

    result = run_import(
        csv_bytes("P.Jansen;Pieter;Jansen;pieter.jansen@westbetuwe.nl;team hr;HR-adviseur;LEIDER;")
    )

    assert result.updated == ["p.jansen"] and result.created == [] and result.new_teams == []
    user.refresh_from_db()
    assert user.first_name == "Pieter" and user.email == "pieter.jansen@westbetuwe.nl"
    assert user.profile.team == team
    assert user.profile.team_leader == leader
    assert user.profile.start_date is None
    assert Team.objects.count() == 1


@pytest.mark.django_db
def test_empty_cells_clear_values_and_absent_columns_leave_them_alone():
    profile = EmployeeProfileFactory(user=UserFactory(username="e.visser"), job_title="Jurist")
    profile.start_date = datetime.date(2020, 1, 1)
    profile.save()

    run_import(
        csv_bytes(
            "e.visser;Eva;Visser;e.visser@westbetuwe.nl;",
            header="gebruikersnaam;voornaam;achternaam;email;team",
        )
    )

    profile.refresh_from_db()
    assert profile.team is None
    assert profile.job_title == "Jurist"
    assert profile.start_date == datetime.date(2020, 1, 1)


@pytest.mark.django_db
def test_comma_delimiter_and_byte_order_mark_are_accepted():
    data = "\ufeffgebruikersnaam,voornaam,achternaam,email\nj.dijk,Joke,van Dijk,j.dijk@westbetuwe.nl\n"
    run_import(data.encode("utf-8"))
    assert User.objects.get(username="j.dijk").last_name == "van Dijk"


@pytest.mark.django_db
def test_dry_run_checks_everything_and_saves_nothing():
    result = run_import(csv_bytes("n.nieuw;Nina;Nieuw;n.nieuw@westbetuwe.nl;Nieuw team;;;"), dry_run=True)

    assert result.created == ["n.nieuw"] and result.new_teams == ["Nieuw team"]
    assert "nothing was saved" in result.summary() or "niets opgeslagen" in result.summary()
    assert not User.objects.filter(username="n.nieuw").exists()
    assert not Team.objects.filter(name="Nieuw team").exists()


@pytest.mark.django_db
def test_one_bad_row_saves_nothing_and_every_error_names_its_row():
    errors = import_errors(
        csv_bytes(
            "goed;Gerda;Goed;gerda@westbetuwe.nl;Team A;;;",
            "fout;;Fout;geen-adres;Team A;;onbekend;31-02-2024",
            "goed;Gerda;Dubbel;gerda@westbetuwe.nl;;;;",
        )
    )

    assert not User.objects.filter(username__in=["goed", "fout"]).exists()
    assert not Team.objects.filter(name="Team A").exists()
    assert any(e.startswith("Rij 3:") and "voornaam" in e for e in errors)
    assert any(e.startswith("Rij 3:") and "geen-adres" in e for e in errors)
    assert any(e.startswith("Rij 3:") and "31-02-2024" in e for e in errors)
    assert any(e.startswith("Rij 4:") and "rij 2" in e for e in errors)


@pytest.mark.django_db
def test_unknown_team_leader_is_reported_after_the_file_itself_is_valid():
    errors = import_errors(csv_bytes("a.b;A;B;a.b@westbetuwe.nl;;;niemand;"))
    assert errors == [
        "Rij 2: leidinggevende “niemand” is geen bekende gebruikersnaam en staat ook niet in dit bestand."
    ]
    assert not User.objects.filter(username="a.b").exists()


@pytest.mark.django_db
def test_an_e_mail_address_of_another_user_is_refused():
    UserFactory(username="bestaand", email="dubbel@westbetuwe.nl")
    errors = import_errors(csv_bytes("nieuw;N;N;Dubbel@westbetuwe.nl;;;;"))
    assert len(errors) == 1 and "bestaand" in errors[0] and errors[0].startswith("Rij 2:")


@pytest.mark.django_db
def test_own_team_leader_and_wrong_column_count_are_refused():
    errors = import_errors(csv_bytes("zelf;Z;Z;z@westbetuwe.nl;;;zelf;", "kort;K;K"))
    assert any(e.startswith("Rij 2:") and "eigen leidinggevende" in e for e in errors)
    assert any(e.startswith("Rij 3:") and "3 kolommen" in e for e in errors)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "Het bestand is leeg."),
        (b"   \n\n", "Het bestand is leeg."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "geen CSV-bestand"),
        (b"PK\x03\x04\x14\x00\x06\x00", "geen CSV-bestand"),
        ("gebruikersnaam;voornaam;achternaam;email\né;é;é;é@x.nl".encode("latin-1"), "UTF-8"),
        (HEADER.encode(), "alleen de kopregel"),
        (b"alleen een regel tekst", "kopregel"),
        (b"naam;voornaam;achternaam;email\nx;y;z;x@y.nl", "Onbekende kolom"),
        (b"gebruikersnaam;voornaam;email\nx;y;x@y.nl", "Ontbrekende kolom"),
        (b'gebruikersnaam;voornaam;achternaam;email\n"x;y;z;x@y.nl', "CSV"),
        (b";;;\n;;;\n", "De eerste rij moet de kolomnamen bevatten"),
        (b"\n;;;\n\n ; ;\n", "De eerste rij moet de kolomnamen bevatten"),
        (b"\xef\xbb\xbf", "Het bestand is leeg."),
        (b"\xef\xbb\xbf\r\n \r\n", "Het bestand is leeg."),
        (b"\n\n\n", "Het bestand is leeg."),
        (("\ufeff" + HEADER + "\n;;;;;;;\n").encode(), "alleen de kopregel"),
        (HEADER.encode() + b"\n" + b"x" * 200_000, "Rij 2: deze rij is langer dan 5000 tekens"),
        (b"gebruikersnaam;voornaam;achternaam;email;\nx;y;z;x@y.nl;", "Kolom 5 heeft geen naam"),
    ],
    ids=[
        "empty",
        "blank",
        "png",
        "xlsx",
        "latin-1",
        "header-only",
        "no-columns",
        "unknown",
        "missing",
        "quote",
        "only-separators",
        "only-separators-and-blank-lines",
        "bom-only",
        "bom-and-blank-lines",
        "only-blank-lines",
        "header-and-separator-rows",
        "very-long-line",
        "unnamed-column",
    ],
)
@pytest.mark.django_db
def test_files_that_are_no_employee_csv_get_a_clear_dutch_message(data, expected):
    errors = import_errors(data)
    assert len(errors) >= 1
    assert any(expected in error for error in errors), errors


@pytest.mark.django_db
def test_random_bytes_never_crash_the_import():
    rng = random.Random(20261129)
    samples = [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300))) for _ in range(200)]
    samples += [
        csv_bytes(*(";".join(rng.choice(["", "x", "é", '"', ";", "01-01-2020"]) for _ in range(8)),))
        for _ in range(200)
    ]
    for data in samples:
        try:
            run_import(data, dry_run=True)
        except EmployeeImportError as error:
            assert error.errors and all(isinstance(message, str) and message for message in error.errors)
    assert not Team.objects.exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01-09-2025", datetime.date(2025, 9, 1)),
        ("1-9-2025", datetime.date(2025, 9, 1)),
        ("01/09/2025", datetime.date(2025, 9, 1)),
        ("2025-09-01", datetime.date(2025, 9, 1)),
    ],
)
def test_dutch_and_iso_dates_are_read(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["09-01", "2025/09/01", "32-01-2025", "morgen"])
def test_other_dates_are_refused(text):
    with pytest.raises(ValueError):
        parse_date(text)


@pytest.mark.django_db
def test_command_imports_and_reports(tmp_path, capsys):
    path = tmp_path / "medewerkers.csv"
    path.write_bytes(csv_bytes("c.mol;Coby;Mol;c.mol@westbetuwe.nl;;;;"))

    call_command("import_employees", str(path), "--dry-run")
    assert not User.objects.filter(username="c.mol").exists()

    call_command("import_employees", str(path))
    assert User.objects.filter(username="c.mol", groups=Group.objects.get(name=EMPLOYEES)).exists()


@pytest.mark.django_db
def test_command_with_errors_fails_and_lists_them(tmp_path, capsys):
    path = tmp_path / "fout.csv"
    path.write_bytes(csv_bytes("x;;;;;;;"))
    with pytest.raises(CommandError):
        call_command("import_employees", str(path))
    assert "Rij 2" in capsys.readouterr().err
