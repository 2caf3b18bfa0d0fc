import pytest


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_login_for_pages(client, home_page):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/inloggen/?next=/")


@pytest.mark.django_db
def test_anonymous_visitor_gets_403_for_files(client):
    assert client.get("/media/original_images/x.png").status_code == 403
    assert client.get("/documents/1/x.pdf").status_code == 403


@pytest.mark.django_db
def test_logged_in_employee_sees_the_home_page(employee_client, home_page):
    response = employee_client.get("/")
    assert response.status_code == 200
    assert home_page.title in response.content.decode()


@pytest.mark.django_db
def test_login_page_is_reachable_anonymously(client):
    assert client.get("/account/inloggen/").status_code == 200
