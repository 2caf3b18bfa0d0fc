"""intranet.mail: the one way the apps build a mail (text and HTML, absolute links)."""

import pytest

from intranet.mail import absolute_url, templated_mail


@pytest.fixture
def mail_templates(tmp_path, settings):
    folder = tmp_path / "test_mail"
    folder.mkdir()
    (folder / "greeting.txt").write_text("{{ subject }}: hallo {{ name }}, zie {{ url }}")
    (folder / "greeting.html").write_text(
        '<h1>{{ subject }}</h1><p>Hallo {{ name }}, <a href="{{ url }}">kijk</a></p>'
    )
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    return "test_mail/greeting"


def test_a_mail_has_text_and_html_from_the_two_templates(mail_templates, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://intranet.westbetuwe.nl/"
    message = templated_mail(
        mail_templates,
        {"name": "Fenna <script>", "url": absolute_url("/academie/")},
        subject="Welkom",
        to=["fenna@westbetuwe.nl"],
        reply_to=["leren@westbetuwe.nl"],
    )
    assert message.subject == "Welkom"
    assert message.to == ["fenna@westbetuwe.nl"] and message.reply_to == ["leren@westbetuwe.nl"]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert message.body == "Welkom: hallo Fenna &lt;script&gt;, zie https://intranet.westbetuwe.nl/academie/"
    html, content_type = message.alternatives[0]
    assert content_type == "text/html"
    assert '<a href="https://intranet.westbetuwe.nl/academie/">' in html and "&lt;script&gt;" in html


def test_absolute_links(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://intranet.westbetuwe.nl"
    assert absolute_url("/kennisbank/") == "https://intranet.westbetuwe.nl/kennisbank/"
    assert absolute_url("kennisbank/") == "https://intranet.westbetuwe.nl/kennisbank/"
    assert absolute_url("https://teams.microsoft.com/l/x") == "https://teams.microsoft.com/l/x"


def test_the_footer_names_the_address_the_mails_come_from(client, home_page, employee, settings):
    settings.DEFAULT_FROM_EMAIL = "Coördinatiepunt Lerende Organisatie <leren@westbetuwe.example>"
    client.force_login(employee)
    html = client.get(home_page.url).content.decode()
    assert '<a href="mailto:leren@westbetuwe.example">leren@westbetuwe.example</a>' in html
    assert "leren@westbetuwe.nl" not in html
