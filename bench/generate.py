"""Synthetic Dutch knowledge base articles for the benchmark, created in bulk.

Creating 10,000 pages with `add_child()` and `save_revision().publish()` takes many minutes,
because every page locks the tree, saves a revision, logs an action and indexes itself. The
benchmark only needs pages that are valid, live and searchable, so this module:

- computes the tree paths of the new children itself (treebeard's materialised path: the parent's
  path plus a fixed-width base-36 step), sets `depth`, `url_path` and the parent's `numchild`;
- inserts the `wagtailcore_page` rows with one `bulk_create`, then the article rows (multi-table
  inheritance, so one raw insert per article, as `loaddata` does), then the topic links in bulk;
- feeds the new articles to the configured search backend's bulk indexer (`add_bulk`), in chunks.

The pages have no revisions (Wagtail renders and edits a page without one; the first edit in the
admin creates it). `Page.find_problems()` finds nothing wrong with the tree afterwards.

Usage (the benchmark calls it this way; the settings name the database):

    DJANGO_SETTINGS_MODULE=bench.settings python -m bench.generate --articles 1000 --json out.json
"""

import argparse
import datetime
import json
import random
import sys
import uuid

from bench import vocabulary as words

INDEX_SLUG = "kennisbank"
BENCH_USERNAME = "bench-medewerker"
INDEX_CHUNK = 500
INSERT_BATCH = 500


def capitalise(text):
    return text[:1].upper() + text[1:]


class ArticleWriter:
    """Writes one article's title, summary and StreamField body from a seeded random source.

    Like a real article, each one is about something: most words come from a few nouns and
    concepts chosen for it, so a search term matches a share of the articles, not nearly all.
    """

    ON_SUBJECT = 0.85

    def __init__(self, rng):
        self.rng = rng
        self.nouns = rng.sample(words.NOUNS, 2)
        self.concepts = rng.sample(words.CONCEPTS, 2)
        self.subject = self.nouns[0]

    def pick(self, own, everything):
        return self.rng.choice(own if self.rng.random() < self.ON_SUBJECT else everything)

    def fill(self, template, noun=None):
        rng = self.rng
        article, singular, plural = noun or self.pick(self.nouns, words.NOUNS)
        values = {
            "n": f"{article} {singular}",
            "s": singular,
            "p": plural,
            "g": rng.choice(words.GROUPS),
            "t": rng.choice(words.TEAMS),
            "c": self.pick(self.concepts, words.CONCEPTS),
            "v": rng.choice(words.VERBS),
            "y": rng.choice(["2021", "2022", "2023", "2024", "2025"]),
            "k": str(rng.randint(3, 9)),
            "k2": str(rng.randint(0, 9)),
        }
        for key in ("s", "p", "c"):
            values[key.upper()] = capitalise(values[key])
        return capitalise(template.format(**values))

    def sentences(self, count):
        return " ".join(self.fill(self.rng.choice(words.SENTENCES)) for _ in range(count))

    def paragraph(self):
        return f"<p>{self.sentences(self.rng.randint(3, 5))}</p>"

    def block(self, block_type, value):
        return {"type": block_type, "value": value, "id": str(uuid.UUID(int=self.rng.getrandbits(128)))}

    def list_item(self, value):
        return self.block("item", value)

    def title(self):
        return self.fill(self.rng.choice(words.TITLES), noun=self.subject)

    def summary(self):
        return self.sentences(2)[:400]

    def body(self):
        """A few sections of paragraphs, sometimes with a tip, steps or questions (raw stream data)."""
        rng = self.rng
        blocks = []
        for _section in range(rng.randint(2, 3)):
            blocks.append(
                self.block("heading", {"text": self.fill(rng.choice(words.HEADINGS)), "level": "h2"})
            )
            blocks.extend(self.block("paragraph", self.paragraph()) for _ in range(rng.randint(1, 2)))
        if rng.random() < 0.5:
            blocks.append(self.block("callout", {"kind": "tip", "text": self.paragraph()}))
        if rng.random() < 0.3:
            steps = [
                self.list_item({"title": self.fill("{S} {v}"), "text": f"<p>{self.sentences(1)}</p>"})
                for _ in range(rng.randint(3, 5))
            ]
            blocks.append(self.block("steps", {"title": "Stap voor stap", "steps": steps}))
        if rng.random() < 0.25:
            questions = [
                self.list_item({"question": self.fill(question), "answer": f"<p>{self.sentences(2)}</p>"})
                for question in rng.sample(words.FAQ_QUESTIONS, 3)
            ]
            blocks.append(self.block("faq", {"title": "Veelgestelde vragen", "questions": questions}))
        return blocks


def tree_step(number, steplen, alphabet):
    """Treebeard's path segment for the `number`-th child: fixed-width, in the tree's alphabet."""
    base = len(alphabet)
    digits = ""
    while number:
        number, remainder = divmod(number, base)
        digits = alphabet[remainder] + digits
    if len(digits) > steplen:
        raise ValueError(f"Too many children for a path step of {steplen} characters.")
    return digits.rjust(steplen, alphabet[0])


def tree_number(step, alphabet):
    """The inverse of `tree_step`."""
    number = 0
    for digit in step:
        number = number * len(alphabet) + alphabet.index(digit)
    return number


def ensure_structure():
    """The knowledge base index under the home page, the topics, teams and the bench users."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from django.utils.text import slugify
    from wagtail.models import Site
    from wagtail.search.backends import get_search_backend

    from knowledge_base.models import KnowledgeBaseIndexPage, Topic
    from people.groups import EDITORS, EMPLOYEES
    from people.models import Team

    home = Site.objects.get(is_default_site=True).root_page
    index = KnowledgeBaseIndexPage.objects.child_of(home).filter(slug=INDEX_SLUG).first()
    if index is None:
        index = home.add_child(
            instance=KnowledgeBaseIndexPage(
                title="Kennisbank",
                slug=INDEX_SLUG,
                intro="<p>Alles over leren en ontwikkelen bij de gemeente West Betuwe.</p>",
            )
        )
        get_search_backend().add(index)
    topics = [
        Topic.objects.get_or_create(name=name, defaults={"slug": slugify(name)})[0] for name in words.TOPICS
    ]
    teams = [
        Team.objects.get_or_create(name=capitalise(name))[0]
        for name in words.TEAMS
        if name.startswith("team")
    ]

    User = get_user_model()
    owner, _ = User.objects.get_or_create(
        username="bench-redacteur",
        defaults={"first_name": "Bench", "last_name": "Redacteur", "password": make_password(None)},
    )
    owner.groups.add(Group.objects.get(name=EDITORS))
    employee, _ = User.objects.get_or_create(
        username=BENCH_USERNAME,
        defaults={"first_name": "Bench", "last_name": "Medewerker", "password": make_password(None)},
    )
    employee.groups.add(Group.objects.get(name=EMPLOYEES))
    return index, topics, teams, owner, employee


def add_articles(count, *, seed=2022):
    """Add `count` live, indexed KnowledgeArticlePages under the bench knowledge base index.

    Articles are numbered on from the ones already there, and article i is always written from
    the same seed, so topping up 1,000 articles to 10,000 gives the same set as making 10,000.
    Returns the new pages' ids.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.db.models import F
    from django.utils import timezone
    from django.utils.text import slugify
    from wagtail.models import Locale, Page
    from wagtail.search.backends import get_search_backend

    from knowledge_base.models import REVIEW_INTERVAL, KnowledgeArticlePage

    with transaction.atomic():
        index, topics, teams, owner, _employee = ensure_structure()
        index = Page.objects.select_for_update().get(pk=index.pk)
        last_child = index.get_last_child()
        first_number = tree_number(last_child.path[-Page.steplen :], Page.alphabet) + 1 if last_child else 1
        content_type = ContentType.objects.get_for_model(KnowledgeArticlePage)
        locale = Locale.get_default()
        now = timezone.now()

        pages, articles, topic_links = [], [], []
        for number in range(first_number, first_number + count):
            rng = random.Random(f"{seed}-{number}")
            writer = ArticleWriter(rng)
            title = writer.title()
            slug = f"{slugify(title)[:200]}-{number}"
            published = now - datetime.timedelta(days=rng.randint(1, 700), minutes=rng.randint(0, 1440))
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    path=index.path + tree_step(number, Page.steplen, Page.alphabet),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    latest_revision_created_at=published,
                    owner=owner,
                    locale=locale,
                    translation_key=uuid.UUID(int=rng.getrandbits(128)),
                )
            )
            articles.append(
                {
                    "summary": writer.summary(),
                    "body": writer.body(),
                    "owner_person": owner if rng.random() < 0.5 else None,
                    "owner_team": rng.choice(teams),
                    "review_date": timezone.localdate(published) + REVIEW_INTERVAL,
                }
            )
            topic_links.append(rng.sample(topics, rng.randint(1, 3)))

        Page.objects.bulk_create(pages, batch_size=INSERT_BATCH)
        created = []
        for page, fields in zip(pages, articles, strict=True):
            article = KnowledgeArticlePage(page_ptr=page, **fields)
            article.__dict__.update({k: v for k, v in page.__dict__.items() if k != "_state"})
            created.append(article)
        # bulk_create() refuses models with a parent table, so the article rows are inserted
        # the way a raw save_base() (loaddata) inserts one, a batch per statement: only the
        # article table (the page rows exist already), and no signal handler indexes or logs
        # the pages one by one. One statement per article took about a third of the time of
        # 100,000 articles.
        article_fields = KnowledgeArticlePage._meta.local_concrete_fields
        for start in range(0, len(created), INSERT_BATCH):
            KnowledgeArticlePage._base_manager._insert(
                created[start : start + INSERT_BATCH], fields=article_fields, raw=True
            )
        for article in created:
            article._state.adding = False
        Through = KnowledgeArticlePage.topics.through
        Through.objects.bulk_create(
            [
                Through(knowledgearticlepage_id=article.pk, topic_id=topic.pk)
                for article, chosen in zip(created, topic_links, strict=True)
                for topic in chosen
            ],
            batch_size=1000,
        )
        Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)

        ids = [article.pk for article in created]
        backend = get_search_backend()
        # modelsearch prefetches no ParentalManyToManyField: without this, one query per article
        # for its topics.
        indexed = KnowledgeArticlePage.get_indexed_objects().prefetch_related("topics").order_by("pk")
        for start in range(0, len(ids), INDEX_CHUNK):
            backend.add_bulk(
                KnowledgeArticlePage, list(indexed.filter(pk__in=ids[start : start + INDEX_CHUNK]))
            )
    return ids


def top_up(total, *, seed=2022):
    """Make the bench knowledge base hold `total` articles; returns how many were added."""
    from knowledge_base.models import KnowledgeArticlePage

    index, *_ = ensure_structure()
    existing = KnowledgeArticlePage.objects.child_of(index).count()
    if existing < total:
        add_articles(total - existing, seed=seed)
    return max(total - existing, 0)


def refresh_statistics():
    """Bring PostgreSQL's tables where autovacuum would have them a little after the bulk load.

    Right after the bulk insert the statistics still describe nearly empty tables, and the planner
    picks nested loops that make a two-word search take seconds. Indexing also rewrote every
    search index entry once, leaving as many dead rows, and the GIN indexes hold the new entries
    in their unsorted pending lists; VACUUM clears both, as autovacuum does in production
    (a test server may run with autovacuum off, and even where it is on it may not have run yet). SQLite
    is left alone: nothing runs ANALYZE or VACUUM on an SQLite database in normal use either.
    """
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def employee_session(username=BENCH_USERNAME):
    """The cookies of a logged-in employee's browser: the session, as the login view would
    create it, and the CSRF cookie the first page view would have set."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.db import SessionStore
    from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
    from django.utils.crypto import get_random_string

    from people import backends

    user = get_user_model().objects.get(username=username)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = backends.PATH
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.set_expiry(24 * 3600)
    session.create()
    csrf_secret = get_random_string(CSRF_SECRET_LENGTH, allowed_chars=CSRF_ALLOWED_CHARS)
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}; {settings.CSRF_COOKIE_NAME}={csrf_secret}"


def sample_article_paths(limit=50):
    """Site-relative URLs of articles spread over the whole set, for the article benchmark."""
    from knowledge_base.models import KnowledgeArticlePage

    articles = KnowledgeArticlePage.objects.live().order_by("path")
    total = articles.count()
    step = max(total // limit, 1)
    return [page.get_url() for page in articles[::step][:limit]] if total else []


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, required=True, help="total number of articles wanted")
    parser.add_argument("--seed", type=int, default=2022)
    parser.add_argument("--sample", type=int, default=50, help="how many article URLs to write to --json")
    parser.add_argument("--json", help="write the session cookie and sample article URLs to this file")
    options = parser.parse_args(argv)

    import django

    django.setup()
    added = top_up(options.articles, seed=options.seed)
    refresh_statistics()
    print(f"bench.generate: added {added} articles ({options.articles} in total)", file=sys.stderr)
    if options.json:
        from knowledge_base.models import KnowledgeArticlePage

        info = {
            "cookie": employee_session(),
            "article_paths": sample_article_paths(options.sample),
            "articles": KnowledgeArticlePage.objects.count(),
        }
        with open(options.json, "w", encoding="utf-8") as handle:
            json.dump(info, handle, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
