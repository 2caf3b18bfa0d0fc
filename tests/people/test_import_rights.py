"""The import changes no account with more rights than the importing user, and never a superuser.

The attack: an editor of the coordination point imports `root;Root;Beheer;aanvaller@evil.example`
to give the superuser's account the attacker's address, then asks for a password reset.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from wagtail.models import GroupPagePermission, Page

from people.groups import EDITORS, EMPLOYEES
from people.importing import EmployeeImportError, import_employees
from people.models import EmployeeProfile
from people.rights import Rights, accounts_with_more_rights
from tests.factories.people import UserFactory

User = get_user_model()
IMPORT_URL = "/admin/people_import/"
HEADER = "gebruikersnaam;voornaam;achternaam;email"
ATTACK = f"{HEADER}\nm.bos;Mirjam;Bos;m.bos@westbetuwe.nl\nroot;Root;Beheer;aanvaller@evil.example\n".encode()
MORE_RIGHTS = "dit account heeft meer rechten dan jij; het wordt niet via de import gewijzigd"


@pytest.fixture
def root(db):
    return User.objects.create_superuser("root", "root@westbetuwe.nl", "geheim-wachtwoord", first_name="Ria")


def upload(content):
    return SimpleUploadedFile("medewerkers.csv", content, content_type="text/csv")


def assert_untouched(user, email, first_name):
    user.refresh_from_db()
    assert (user.email, user.first_name) == (email, first_name)


@pytest.mark.django_db
def test_the_attack_through_the_admin_is_refused_and_saves_nothing(editor_client, root):
    response = editor_client.post(IMPORT_URL, {"file": upload(ATTACK)})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Rij 3: “root”: dit is een superuser-account; het wordt nooit via de import gewijzigd." in html
    assert_untouched(root, "root@westbetuwe.nl", "Ria")
    assert not User.objects.filter(username="m.bos").exists()


@pytest.mark.django_db
def test_a_user_name_in_other_letters_is_the_same_account(editor_client, root):
    data = f"{HEADER}\nROOT;Root;Beheer;aanvaller@evil.example\n".encode()
    response = editor_client.post(IMPORT_URL, {"file": upload(data)})
    assert "Rij 2: “root”: dit is een superuser-account" in response.content.decode()
    assert_untouched(root, "root@westbetuwe.nl", "Ria")


@pytest.mark.django_db
@pytest.mark.parametrize("as_user", [None, "redacteur", "root"], ids=["no-as", "as-editor", "as-superuser"])
def test_the_attack_through_the_command_is_refused_and_saves_nothing(tmp_path, capsys, editor, root, as_user):
    path = tmp_path / "aanval.csv"
    path.write_bytes(ATTACK)
    options = {"as_user": as_user} if as_user else {}

    with pytest.raises(CommandError):
        call_command("import_employees", str(path), **options)

    assert "Rij 3: “root”: dit is een superuser-account" in capsys.readouterr().err
    assert_untouched(root, "root@westbetuwe.nl", "Ria")
    assert not User.objects.filter(username="m.bos").exists()


@pytest.mark.django_db
def test_the_command_refuses_an_unknown_importer(tmp_path, root):
    path = tmp_path / "medewerkers.csv"
    path.write_bytes(f"{HEADER}\nm.bos;Mirjam;Bos;m.bos@westbetuwe.nl\n".encode())
    with pytest.raises(CommandError, match="niemand"):
        call_command("import_employees", str(path), "--as", "niemand")
    assert not User.objects.filter(username="m.bos").exists()


def stronger_account(kind):
    """An account with more rights than an editor of the coordination point, in four ways."""
    user = UserFactory(username="sterk", email="sterk@westbetuwe.nl", first_name="Sanne")
    if kind == "staff":
        user.is_staff = True
        user.save()
    elif kind == "own-permission":
        user.user_permissions.add(Permission.objects.get(codename="change_user"))
    elif kind == "group-permission":
        group = Group.objects.create(name="Beheer accounts")
        group.permissions.add(Permission.objects.get(codename="delete_user"))
        user.groups.add(group)
    elif kind == "page-group":
        group = Group.objects.create(name="Redactie nieuws")
        publish = Permission.objects.get(codename="publish_page")
        GroupPagePermission.objects.create(group=group, page=Page.objects.get(depth=1), permission=publish)
        user.groups.add(group)
    return user


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["staff", "own-permission", "group-permission", "page-group"])
def test_accounts_with_more_rights_than_the_editor_are_refused(editor_client, kind):
    account = stronger_account(kind)
    data = f"{HEADER}\nsterk;Gewijzigd;Sterk;ander@westbetuwe.nl\n".encode()

    response = editor_client.post(IMPORT_URL, {"file": upload(data)})

    assert f"Rij 2: “sterk”: {MORE_RIGHTS}." in response.content.decode()
    assert_untouched(account, "sterk@westbetuwe.nl", "Sanne")


@pytest.mark.django_db
def test_a_superuser_importer_may_change_a_staff_account(root):
    account = stronger_account("staff")
    import_employees(f"{HEADER}\nsterk;Gewijzigd;Sterk;sterk@westbetuwe.nl\n".encode(), importer=root)
    account.refresh_from_db()
    assert account.first_name == "Gewijzigd"


@pytest.mark.django_db
def test_an_editor_updates_employees_and_fellow_editors(editor):
    colleague = UserFactory(username="collega", first_name="Cor")
    colleague.groups.add(Group.objects.get(name=EMPLOYEES))
    fellow = UserFactory(username="redacteur2", first_name="Rik")
    fellow.groups.add(Group.objects.get(name=EDITORS))

    result = import_employees(
        f"{HEADER}\ncollega;Cornelis;C;collega@westbetuwe.nl\nredacteur2;Rikkert;R;redacteur2@westbetuwe.nl\n".encode(),
        importer=editor,
    )

    assert sorted(result.updated) == ["collega", "redacteur2"]
    colleague.refresh_from_db()
    fellow.refresh_from_db()
    assert (colleague.first_name, fellow.first_name) == ("Cornelis", "Rikkert")


@pytest.mark.django_db
def test_without_an_importer_editors_cannot_be_changed(editor, tmp_path, capsys):
    path = tmp_path / "medewerkers.csv"
    path.write_bytes(f"{HEADER}\nredacteur;Ander;R;redacteur@westbetuwe.nl\n".encode())

    with pytest.raises(CommandError):
        call_command("import_employees", str(path))
    assert f"Rij 2: “redacteur”: {MORE_RIGHTS}." in capsys.readouterr().err

    call_command("import_employees", str(path), "--as", "redacteur")
    editor.refresh_from_db()
    assert editor.first_name == "Ander"


@pytest.mark.django_db
def test_an_import_error_for_rights_keeps_the_whole_file_unsaved(editor, root):
    with pytest.raises(EmployeeImportError) as excinfo:
        import_employees(ATTACK, importer=editor)
    assert len(excinfo.value.errors) == 1
    assert not EmployeeProfile.objects.filter(user__username="m.bos").exists()


@pytest.mark.django_db
def test_rights_of_many_accounts_take_a_fixed_number_of_queries(editor, django_assert_max_num_queries):
    users = [UserFactory() for _ in range(60)]
    employees = Group.objects.get(name=EMPLOYEES)
    for user in users:
        user.groups.add(employees)
    users[7].user_permissions.add(Permission.objects.get(codename="change_user"))
    rights = Rights.of_user(editor)

    with django_assert_max_num_queries(5):
        stronger = accounts_with_more_rights(users, rights)

    assert stronger == {users[7].pk}
