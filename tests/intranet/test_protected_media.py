"""Uploaded files are only served to logged-in users: originals, renditions and documents."""

import pytest
import wagtail_factories
from django.test import override_settings
from wagtail.images.views.serve import generate_signature


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
