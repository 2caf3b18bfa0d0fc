import pytest


@pytest.fixture(autouse=True)
def fresh_embed_state(embed_finders):
    """Embeds never reach the internet in tests, and no test sees another's cached embeds."""
    embed_finders([{"class": "tests.knowledge_base.finders.UnreachableFinder"}])


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(html):
    return {"type": "paragraph", "value": html}
