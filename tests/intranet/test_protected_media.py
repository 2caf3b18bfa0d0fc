"""Uploaded files are only served to logged-in users: originals, renditions and documents.

Images and renditions come through /media/ (login only; Wagtail has no privacy for images);
documents only through Wagtail's document view, which applies the collection's privacy.
"""

from pathlib import Path

import pytest
import wagtail_factories
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import override_settings
from wagtail.images.views.serve import generate_signature
from wagtail.models import Collection, CollectionViewRestriction

from people.groups import EDITORS


@pytest.fixture
def image(db):
    return wagtail_factories.ImageFactory(title="Leercafé")


@pytest.fixture
def rendition(image):
    return image.get_rendition("fill-80x60")


@pytest.fixture
def document(db):
    return wagtail_factories.DocumentFactory(title="Model voor Lerend Veranderen")


def dynamic_image_url(image):
    return f"/images/{generate_signature(image.pk, 'width-120')}/{image.pk}/width-120/"


def test_anonymous_visitor_gets_403_for_original_rendition_and_document(client, image, rendition, document):
    for url in [image.file.url, rendition.url, document.url, dynamic_image_url(image)]:
        response = client.get(url)
        assert response.status_code == 403, url
        assert not getattr(response, "streaming", False)


def test_employee_gets_the_original_image(employee_client, image):
    response = employee_client.get(image.file.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    image.file.open("rb")
    assert b"".join(response.streaming_content) == image.file.read()
    assert "private" in response["Cache-Control"]


def test_employee_gets_a_rendition(employee_client, rendition):
    response = employee_client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/")


def test_employee_gets_a_dynamically_served_image(employee_client, image):
    assert employee_client.get(dynamic_image_url(image)).status_code == 200


def test_employee_gets_a_document(employee_client, document):
    response = employee_client.get(document.url)
    assert response.status_code == 200
    document.file.open("rb")
    assert b"".join(response.streaming_content) == document.file.read()


@override_settings(MEDIA_ACCEL_REDIRECT_PREFIX="/protected-media/")
def test_web_server_sends_the_file_when_accel_redirect_is_configured(employee_client, image):
    response = employee_client.get(image.file.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/protected-media/" + image.file.name
    assert response.content == b""


@override_settings(MEDIA_ACCEL_REDIRECT_PREFIX="/protected-media/")
def test_anonymous_visitor_gets_no_accel_redirect(client, image):
    response = client.get(image.file.url)
    assert response.status_code == 403
    assert "X-Accel-Redirect" not in response


@pytest.mark.parametrize(
    "path",
    [
        "/media/../intranet/settings/base.py",
        "/media/original_images/../../manage.py",
        "/media/%2e%2e/manage.py",
        "/media//etc/passwd",
        "/media/original_images/bestaat-niet.jpg",
    ],
)
def test_paths_outside_media_or_missing_files_give_404(employee_client, image, path):
    response = employee_client.get(path)
    assert response.status_code == 404


# --- Documents: only through Wagtail's document view, which applies the collection's privacy ---


@pytest.fixture
def coordination_collection(db):
    """A collection only the coordination point may see (Wagtail's collection "privacy")."""
    collection = Collection.get_first_root_node().add_child(name="Coördinatiepunt intern")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=EDITORS))
    return collection


@pytest.fixture
def private_document(coordination_collection):
    return wagtail_factories.DocumentFactory(
        title="Evaluatie leergang (vertrouwelijk)",
        collection=coordination_collection,
        file=ContentFile(b"%PDF-1.4 vertrouwelijke evaluatie", name="evaluatie-leergang.pdf"),
    )


def media_url(document):
    return settings.MEDIA_URL + document.file.name


def file_bytes(document):
    with document.file.open("rb") as handle:
        return handle.read()


def test_private_document_file_is_on_disk_under_media_documents(private_document):
    # The premise of the tests below: the file really is in MEDIA_ROOT/documents/.
    assert private_document.file.name.startswith("documents/")
    on_disk = Path(settings.MEDIA_ROOT) / private_document.file.name
    assert on_disk.read_bytes() == file_bytes(private_document)


@pytest.mark.parametrize("accel_prefix", ["", "/protected-media/"], ids=["streaming", "x-accel"])
def test_media_url_of_a_private_document_is_not_found(employee_client, private_document, accel_prefix):
    with override_settings(MEDIA_ACCEL_REDIRECT_PREFIX=accel_prefix):
        response = employee_client.get(media_url(private_document))
    assert response.status_code == 404
    assert "X-Accel-Redirect" not in response
    assert not getattr(response, "streaming", False)


@pytest.mark.parametrize("accel_prefix", ["", "/protected-media/"], ids=["streaming", "x-accel"])
def test_media_url_never_serves_documents_not_even_to_the_coordination_point(
    editor_client, private_document, document, accel_prefix
):
    with override_settings(MEDIA_ACCEL_REDIRECT_PREFIX=accel_prefix):
        for doc in (private_document, document):
            response = editor_client.get(media_url(doc))
            assert response.status_code == 404, doc.file.name
            assert "X-Accel-Redirect" not in response


@pytest.mark.parametrize("accel_prefix", ["", "/protected-media/"], ids=["streaming", "x-accel"])
def test_document_view_refuses_an_employee_outside_the_collection_groups(
    employee_client, private_document, accel_prefix
):
    with override_settings(MEDIA_ACCEL_REDIRECT_PREFIX=accel_prefix):
        response = employee_client.get(private_document.url)
    assert response.status_code == 403
    assert "X-Accel-Redirect" not in response
    assert not getattr(response, "streaming", False)
    html = response.content.decode()
    assert "Geen toegang tot dit document" in html
    assert b"vertrouwelijke evaluatie" not in response.content


def test_document_view_serves_the_private_document_to_the_coordination_point(editor_client, private_document):
    response = editor_client.get(private_document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == file_bytes(private_document)
    assert response["Content-Security-Policy"] == "default-src 'none'"


@override_settings(MEDIA_ACCEL_REDIRECT_PREFIX="/protected-media/")
def test_document_view_hands_the_allowed_document_to_nginx(editor_client, private_document):
    response = editor_client.get(private_document.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/protected-media/" + private_document.file.name
    assert response.content == b""
    assert response["Content-Type"] == "application/pdf"
    assert f'filename="{private_document.filename}"' in response["Content-Disposition"]


def test_password_protected_collection_asks_the_employee_for_the_password(employee_client, document):
    collection = Collection.get_first_root_node().add_child(name="Met wachtwoord")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="leercafe"
    )
    document.collection = collection
    document.save()
    response = employee_client.get(document.url)
    assert response.status_code == 200
    assert not getattr(response, "streaming", False)
    assert 'name="password"' in response.content.decode()


@pytest.mark.parametrize("accel_prefix", ["", "/protected-media/"], ids=["streaming", "x-accel"])
def test_document_of_an_unrestricted_collection_is_served_to_employees(
    employee_client, document, accel_prefix
):
    with override_settings(MEDIA_ACCEL_REDIRECT_PREFIX=accel_prefix):
        response = employee_client.get(document.url)
    assert response.status_code == 200
    if accel_prefix:
        assert response["X-Accel-Redirect"] == accel_prefix + document.file.name
        assert response.content == b""
    else:
        assert b"".join(response.streaming_content) == file_bytes(document)


@override_settings(MEDIA_ACCEL_REDIRECT_PREFIX="/protected-media/")
def test_web_server_sends_a_rendition_when_accel_redirect_is_configured(employee_client, rendition):
    response = employee_client.get(rendition.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/protected-media/" + rendition.file.name
    assert response["Cache-Control"] == "private, max-age=3600"


@pytest.mark.parametrize("accel_prefix", ["", "/protected-media/"], ids=["streaming", "x-accel"])
@pytest.mark.parametrize(
    "template",
    [
        "/media/images/../{name}",
        "/media/images/%2e%2e/{name}",
        "/media/images/%2E%2E/{name}",
        "/media/original_images/..%2f{name}",
        "/media/./{name}",
    ],
)
def test_a_detour_through_the_image_folders_does_not_reach_documents(
    employee_client, private_document, image, template, accel_prefix
):
    with override_settings(MEDIA_ACCEL_REDIRECT_PREFIX=accel_prefix):
        response = employee_client.get(template.format(name=private_document.file.name))
    assert response.status_code == 404
    assert "X-Accel-Redirect" not in response


def test_files_outside_the_image_folders_are_not_served(employee_client, image):
    stray = Path(settings.MEDIA_ROOT) / "exports" / "deelnemers.csv"
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_text("naam,e-mail\n")
    try:
        assert employee_client.get("/media/exports/deelnemers.csv").status_code == 404
    finally:
        stray.unlink()
