"""Makes the Academy's courses and event days part of the site search (imported by ready())."""

from academy_pages.models import CoursePage, EventPage
from search import registry

registry.register(
    CoursePage,
    text_fields=["summary", "description", "learning_goals", "audience"],
    facets=[registry.Facet("category", "category", "name")],
)
registry.register(EventPage, text_fields=["summary", "description"])
