"""Editors manage teams, profiles and the import in the Wagtail admin; employees see none of it."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from people.groups import EDITORS
from people.models import EmployeeProfile, Team
from tests.admin_access import assert_refused_by_admin, assert_sent_to_admin_login
from tests.factories.people import EmployeeProfileFactory, TeamFactory, UserFactory

IMPORT_URL = "/admin/people_import/"


@pytest.fixture
def colleague(db):
    return EmployeeProfileFactory(user=UserFactory(username="collega"), job_title="Vertrouwelijke functie")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/admin/",
        "/admin/teams/",
        "/admin/employee_profiles/",
        IMPORT_URL,
    ],
)
def test_employees_cannot_open_the_admin_screens(employee_client, colleague, url):
    response = employee_client.get(url)
    assert_sent_to_admin_login(response, url)
    assert "Vertrouwelijke functie" not in response.content.decode()


@pytest.mark.django_db
def test_employees_cannot_open_another_employees_profile_in_the_admin(employee_client, colleague):
    url = reverse("employee_profiles:edit", args=[colleague.pk])
    response = employee_client.get(url)
    assert_sent_to_admin_login(response, url)
    assert "Vertrouwelijke functie" not in response.content.decode()


@pytest.mark.django_db
def test_editors_see_the_employees_menu(editor_client):
    html = editor_client.get("/admin/").content.decode()
    assert "Medewerkers" in html
    assert "Medewerkers importeren" in html


@pytest.mark.django_db
def test_editors_list_and_create_teams(editor_client):
    TeamFactory(name="Team Financiën")
    assert "Team Financiën" in editor_client.get("/admin/teams/").content.decode()
    response = editor_client.post("/admin/teams/new/", {"name": "Team Ruimte", "department": "Omgeving"})
    assert response.status_code == 302
    assert Team.objects.filter(name="Team Ruimte", department="Omgeving").exists()


@pytest.mark.django_db
def test_editors_edit_a_profile_but_cannot_add_one_apart_from_a_user(editor_client, colleague):
    team = TeamFactory(name="Team Burgerzaken")
    leader = UserFactory(username="chef")
    response = editor_client.post(
        reverse("employee_profiles:edit", args=[colleague.pk]),
        {
            "team": team.pk,
            "job_title": "Medewerker burgerzaken",
            "team_leader": leader.pk,
            "start_date": "2024-01-15",
        },
    )
    assert response.status_code == 302
    colleague.refresh_from_db()
    assert (colleague.team, colleague.job_title, colleague.team_leader) == (
        team,
        "Medewerker burgerzaken",
        leader,
    )
    assert_refused_by_admin(editor_client.get("/admin/employee_profiles/new/"))


@pytest.mark.django_db
def test_profile_listing_finds_an_employee_by_name(editor_client, colleague):
    colleague.user.first_name = "Wilhelmina"
    colleague.user.save()
    html = editor_client.get("/admin/employee_profiles/", {"q": "wilhelm"}).content.decode()
    assert "Vertrouwelijke functie" in html


def upload(content, name="medewerkers.csv"):
    return SimpleUploadedFile(name, content, content_type="text/csv")


@pytest.mark.django_db
def test_editor_imports_a_csv_file(editor_client):
    data = b"gebruikersnaam;voornaam;achternaam;email;team\nm.bos;Mirjam;Bos;m.bos@westbetuwe.nl;Team Wonen\n"
    response = editor_client.post(IMPORT_URL, {"file": upload(data)}, follow=True)
    assert "1 medewerker toegevoegd" in response.content.decode()
    assert EmployeeProfile.objects.get(user__username="m.bos").team.name == "Team Wonen"


@pytest.mark.django_db
def test_editor_dry_run_saves_nothing_and_reports(editor_client):
    data = b"gebruikersnaam;voornaam;achternaam;email\nm.bos;Mirjam;Bos;m.bos@westbetuwe.nl\n"
    response = editor_client.post(IMPORT_URL, {"file": upload(data), "dry_run": "on"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Alleen gecontroleerd, er is niets opgeslagen" in html
    assert "m.bos" in html
    assert not EmployeeProfile.objects.filter(user__username="m.bos").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "Het verstuurde bestand is leeg."),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "Dit is geen CSV-bestand"),
        (
            b"gebruikersnaam;voornaam;achternaam;email\nx;;y;geen-mail\n",
            "Rij 2: “geen-mail” is geen geldig e-mailadres.",
        ),
        (b";;;\n;;;\n", "De eerste rij moet de kolomnamen bevatten"),
        (b"\xef\xbb\xbf", "Het bestand is leeg."),
    ],
    ids=["empty", "binary", "bad-row", "only-separators", "bom-only"],
)
def test_bad_files_get_a_dutch_message_at_the_field_and_no_500(editor_client, content, message):
    response = editor_client.post(IMPORT_URL, {"file": upload(content)})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not EmployeeProfile.objects.filter(user__username="x").exists()


@pytest.mark.django_db
def test_editor_without_import_permission_cannot_import(client, editor):
    group = Group.objects.get(name=EDITORS)
    group.permissions.remove(Permission.objects.get(codename="import_employees"))
    client.force_login(editor)
    data = b"gebruikersnaam;voornaam;achternaam;email\nm.bos;Mirjam;Bos;m.bos@westbetuwe.nl\n"

    response = client.post(IMPORT_URL, {"file": upload(data)})

    assert_refused_by_admin(response)
    assert not EmployeeProfile.objects.filter(user__username="m.bos").exists()
    assert "Medewerkers importeren" not in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_import_page_explains_the_columns_and_checks_first_by_default(editor_client):
    html = editor_client.get(IMPORT_URL).content.decode()
    assert "gebruikersnaam;voornaam;achternaam;email;team;functie;leidinggevende;startdatum" in html
    assert re.search(r'<input type="checkbox" name="dry_run"[^>]*checked', html)


@pytest.fixture
def root_profile(db):
    root = get_user_model().objects.create_superuser("root", "root@westbetuwe.nl", "geheim-wachtwoord")
    return EmployeeProfileFactory(user=root, job_title="Applicatiebeheer")


@pytest.fixture
def staff_profile(db):
    staff = UserFactory(username="staf", is_staff=True)
    return EmployeeProfileFactory(user=staff, job_title="Functioneel beheer")


@pytest.mark.django_db
@pytest.mark.parametrize("profile_fixture", ["root_profile", "staff_profile"])
def test_editors_cannot_open_or_save_the_profile_of_an_account_with_more_rights(
    editor_client, profile_fixture, request
):
    profile = request.getfixturevalue(profile_fixture)
    url = reverse("employee_profiles:edit", args=[profile.pk])
    team = TeamFactory(name="Team Aanval")

    page = editor_client.get(url)
    response = editor_client.post(
        url, {"team": team.pk, "job_title": "Overgenomen", "team_leader": "", "start_date": ""}
    )

    assert page.status_code == 403
    assert 'name="job_title"' not in page.content.decode()
    assert response.status_code == 403
    profile.refresh_from_db()
    assert (profile.job_title, profile.team) != ("Overgenomen", team)
    assert profile.job_title in ("Applicatiebeheer", "Functioneel beheer")


@pytest.mark.django_db
def test_editors_still_see_such_profiles_in_the_list(editor_client, root_profile):
    assert "Applicatiebeheer" in editor_client.get("/admin/employee_profiles/").content.decode()


@pytest.mark.django_db
def test_a_superuser_edits_the_profile_of_another_superuser(client, root_profile):
    client.force_login(get_user_model().objects.create_superuser("beheer2", "b2@westbetuwe.nl", "x"))
    url = reverse("employee_profiles:edit", args=[root_profile.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"team": "", "job_title": "Beheer", "team_leader": "", "start_date": ""})
    assert response.status_code == 302
    root_profile.refresh_from_db()
    assert root_profile.job_title == "Beheer"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/admin/users/", "/admin/users/new/", "/admin/groups/", "/admin/groups/new/"]
)
def test_editors_cannot_reach_the_user_and_group_screens(editor_client, path):
    assert_refused_by_admin(editor_client.get(path))


@pytest.mark.django_db
def test_editors_cannot_change_a_superuser_through_the_user_edit_screen(editor_client, root_profile):
    root = root_profile.user
    url = reverse("wagtailusers_users:edit", args=[root.pk])
    page = editor_client.get(url)
    response = editor_client.post(
        url,
        {
            "username": "root",
            "email": "aanvaller@evil.example",
            "first_name": "R",
            "last_name": "B",
            "is_active": "on",
            "is_superuser": "on",
        },
    )
    assert_refused_by_admin(page)
    assert 'name="email"' not in page.content.decode()
    assert_refused_by_admin(response)
    root.refresh_from_db()
    assert root.email == "root@westbetuwe.nl"


def test_editors_explore_the_page_tree_from_the_home_page(editor, editor_client, home_page):
    """Not from "Root", where Wagtail warns that pages are not reachable at any URL."""
    from wagtail.permission_policies.pages import PagePermissionPolicy

    assert PagePermissionPolicy().explorable_root_instance(editor).pk == home_page.pk
    response = editor_client.get("/admin/pages/")
    assert response.status_code == 302
    assert response.url == f"/admin/pages/{home_page.pk}/"


def test_the_explorer_counts_its_pages_with_spaces(editor_client, home_page):
    """Wagtail's own Dutch reads "1-1van 1pagina"; our catalogue corrects it."""
    from tests.factories.knowledge_base import KnowledgeBaseIndexPageFactory

    KnowledgeBaseIndexPageFactory(parent=home_page)

    html = editor_client.get(f"/admin/pages/{home_page.pk}/").content.decode()

    assert "1-1 van 1 pagina" in html
    assert "1-1van" not in html
