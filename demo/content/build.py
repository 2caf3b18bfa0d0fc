"""Small helpers to write article bodies as data.

Each helper returns one block in StreamField's raw form (`{"type": ..., "value": ...}`), so
the content modules read like the article itself. Images, documents and other articles are
named by key (`Ref`); `demo.loading` swaps the keys for database ids when it loads them.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Ref:
    """A demo image, document or article, named by its key in the content modules."""

    kind: str  # "image", "document" or "page"
    key: str


def _html(text):
    """Paragraphs separated by blank lines become <p> elements; HTML inside is kept."""
    if text.lstrip().startswith(("<p>", "<ul>", "<ol>")):
        return text
    return "".join(f"<p>{part.strip()}</p>" for part in text.strip().split("\n\n"))


def bullets(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def numbered(*items):
    return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"


def page_link(key, text):
    """A rich-text link to another demo article."""
    return f'<a linktype="page" id="{{page:{key}}}">{text}</a>'


def document_link(key, text):
    """A rich-text link to a demo document."""
    return f'<a linktype="document" id="{{document:{key}}}">{text}</a>'


def h2(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def h3(text):
    return {"type": "heading", "value": {"text": text, "level": "h3"}}


def p(text):
    return {"type": "paragraph", "value": _html(text)}


def callout(text, kind="tip"):
    return {"type": "callout", "value": {"kind": kind, "text": _html(text)}}


def tip(text):
    return callout(text, "tip")


def info(text):
    return callout(text, "info")


def warning(text):
    return callout(text, "warning")


def steps(title, *items):
    """Numbered instructions; each item is (step, explanation)."""
    return {
        "type": "steps",
        "value": {
            "title": title,
            "steps": [{"title": step, "text": _html(text) if text else ""} for step, text in items],
        },
    }


def faq(*questions, title="Veelgestelde vragen"):
    """Questions and answers; each item is (question, answer)."""
    return {
        "type": "faq",
        "value": {
            "title": title,
            "questions": [{"question": q, "answer": _html(a)} for q, a in questions],
        },
    }


def image(key, alt_text, caption=""):
    return {"type": "image", "value": {"image": Ref("image", key), "alt_text": alt_text, "caption": caption}}


def document(key, title=""):
    return {"type": "document", "value": {"document": Ref("document", key), "title": title}}


def video(url, title):
    return {"type": "video", "value": {"video": url, "title": title}}


@dataclass(frozen=True)
class Article:
    """One knowledge base article of the demo.

    `review_in_days` sets the review date relative to the day of loading (negative: overdue);
    None keeps the knowledge base's default of six months after publishing.
    """

    slug: str
    title: str
    summary: str
    body: list
    topics: tuple = ()
    owner: str = ""  # username
    team: str = ""  # team name
    related: tuple = ()  # slugs of other articles
    review_in_days: int | None = None


@dataclass(frozen=True)
class Account:
    username: str
    first_name: str
    last_name: str
    group: str
    team: str
    job_title: str
    team_leader: str = ""  # username
    started_days_ago: int = 900
