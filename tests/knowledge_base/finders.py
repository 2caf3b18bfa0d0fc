"""Stand-ins for Wagtail's oEmbed finder, so tests never depend on the internet."""

from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders.base import EmbedFinder

VIDEO_PREFIXES = ("https://www.youtube.com/", "https://vimeo.com/")


class UnreachableFinder(EmbedFinder):
    """Knows YouTube and Vimeo URLs but, like an offline machine, can never fetch them."""

    calls = 0

    def __init__(self, **options):
        pass

    def accept(self, url):
        return url.startswith(VIDEO_PREFIXES)

    def find_embed(self, url, max_width=None, max_height=None):
        type(self).calls += 1
        raise EmbedNotFoundException("Request failed: no network")


class WorkingFinder(UnreachableFinder):
    """Answers like a reachable provider."""

    def find_embed(self, url, max_width=None, max_height=None):
        type(self).calls += 1
        return {
            "title": "Instructievideo",
            "type": "video",
            "html": '<iframe title="Instructievideo" src="https://www.youtube.com/embed/abc"></iframe>',
            "width": 640,
            "height": 360,
        }
