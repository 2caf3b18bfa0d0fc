"""Everything the demo intranet links to is closed to anonymous visitors.

An employee crawls the site from the home page and collects every internal URL (pages,
documents, images, renditions, media files); an anonymous visitor then asks for each of them.
"""

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, urlunsplit

import pytest
from django.conf import settings
from django.http import HttpRequest
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import Resolver404, resolve

from demo.content.organisation import DEMO_PASSWORD
from knowledge_base.models import KnowledgeArticlePage
from tests.admin_access import login_redirect

pytestmark = pytest.mark.django_db

# URL names an anonymous visitor may reach by design: logging in and resetting a password.
PUBLIC_URL_NAMES = {
    "people:login",
    "people:password_reset",
    "people:password_reset_done",
    "people:password_reset_confirm",
    "people:password_reset_complete",
    "health",
}
# Links that count a click and redirect to where they lead; the crawl follows the redirect.
REDIRECTING_URL_NAMES = {"teasers:click"}
FILE_PREFIXES = ("/documents/", "/media/", "/images/")
IMAGE_PREFIXES = ("/media/images/", "/media/original_images/", "/images/")
MAX_URLS = 1000


class LinkCollector(HTMLParser):
    """Collects the URLs of <a href>, <link href>, <img src>, and srcset of <img> and <source>."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("a", "link") and attrs.get("href"):
            self.urls.append(attrs["href"])
        if tag == "img" and attrs.get("src"):
            self.urls.append(attrs["src"])
        if tag in ("img", "source") and attrs.get("srcset"):
            self.urls += [
                candidate.split()[0] for candidate in attrs["srcset"].split(",") if candidate.strip()
            ]


def internal_path(url, base):
    """The path and query of `url` when it points at this site, else None."""
    parts = urlsplit(urljoin(f"http://testserver{base}", url))
    if parts.scheme not in ("http", "https") or parts.hostname != "testserver":
        return None
    return urlunsplit(("", "", parts.path, parts.query, ""))


def is_public(path):
    try:
        return resolve(urlsplit(path).path).view_name in PUBLIC_URL_NAMES
    except Resolver404:
        return False


def crawl(client, start="/"):
    """Follow every internal link from `start`; return {path: content type} of all URLs seen."""
    seen, queue = {}, [start]
    while queue:
        path = queue.pop(0)
        if path in seen or path.startswith(settings.STATIC_URL):
            continue
        assert len(seen) < MAX_URLS, "the crawl does not end"
        response = client.get(path)
        if response.status_code == 302 and resolve(urlsplit(path).path).view_name in REDIRECTING_URL_NAMES:
            seen[path] = "redirect"
            if (link := internal_path(response["Location"], path)) is not None:
                queue.append(link)
            continue
        assert response.status_code == 200, f"{path} gives {response.status_code} to the employee"
        seen[path] = response["Content-Type"]
        if response.streaming:
            b"".join(response.streaming_content)
            continue
        if response["Content-Type"].startswith("text/html"):
            collector = LinkCollector()
            collector.feed(response.content.decode())
            queue += [link for url in collector.urls if (link := internal_path(url, path)) is not None]
    return seen


def test_nothing_the_employee_can_reach_is_served_to_an_anonymous_visitor(demo_output):
    employee = Client()
    # django-axes checks every login against its limits, so authenticate() needs a request.
    assert employee.login(request=HttpRequest(), username="medewerker", password=DEMO_PASSWORD)

    urls = crawl(employee)

    article_urls = {page.url for page in KnowledgeArticlePage.objects.live()}
    assert len(article_urls & set(urls)) >= 25
    assert [url for url in urls if url.startswith("/documents/")]
    assert [url for url in urls if url.startswith(IMAGE_PREFIXES)]

    login_url = resolve_url(settings.LOGIN_URL)
    anonymous = Client()
    for path in urls:
        if is_public(path):
            continue
        response = anonymous.get(path)
        if response.streaming:
            b"".join(response.streaming_content)
        if path.startswith(FILE_PREFIXES):
            # Documents and images are refused outright: no login page in place of a file.
            assert response.status_code == 403, f"{path} is served to an anonymous visitor"
        else:
            assert response.status_code == 302, f"{path} is served to an anonymous visitor"
            assert response["Location"] == login_redirect(path, login_url), path
