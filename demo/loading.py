"""Load the demo content: teams, accounts, topics, illustrations, a PDF and the knowledge base.

Loading is idempotent: objects are matched by their natural key (team and group name,
username, topic slug, image and document title, page slug) and only what is missing is
created. Existing objects are left exactly as they are, so a second run changes nothing and
an editor's changes to the demo survive a reload.
"""

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Site
from wagtail.utils.file import hash_filelike

from academy_pages import notifications
from demo import illustrations
from demo.academy import ensure_academy
from demo.content import ARTICLES, HOME_INTRO, KNOWLEDGE_BASE_INTRO, KNOWLEDGE_BASE_TITLE
from demo.content.build import Ref
from demo.content.media import DOCUMENTS, IMAGES
from demo.content.organisation import ACCOUNTS, DEMO_PASSWORD, TEAMS
from demo.content.search import PROMOTIONS, SYNONYMS
from demo.content.topics import TOPICS
from demo.onboarding import ensure_onboarding
from demo.teasers import ensure_teasers
from knowledge_base.models import (
    REVIEW_INTERVAL,
    KnowledgeArticlePage,
    KnowledgeBaseIndexPage,
    RelatedArticle,
    Topic,
)
from people.models import EmployeeProfile, Team
from search.models import Synonym

COLLECTION_NAME = "Kennisbank"
KNOWLEDGE_BASE_SLUG = "kennisbank"
RICH_TEXT_REF = re.compile(r"\{(page|document|image):([\w-]+)\}")


@dataclass
class LoadResult:
    """What a run created, by kind ("teams", "articles", ...); empty when all was there."""

    created: Counter = field(default_factory=Counter)
    accounts: list = field(default_factory=list)  # (username, password, group, job title)

    @property
    def changed(self):
        return sum(self.created.values()) > 0


def load_demo_content(*, dry_run=False):
    """Create whatever part of the demo content is missing and publish the new pages.

    With `dry_run` everything happens inside a transaction that is rolled back, and the files
    written for new images and documents are removed again; the result says what a real run
    would create.
    """
    result = LoadResult()
    written_files = []
    # The demo's registrations are not real: nobody gets a mail about them.
    with notifications.paused(), transaction.atomic():
        teams = _ensure_teams(result)
        users = _ensure_accounts(teams, result)
        topics = _ensure_topics(result)
        collection = _ensure_collection()
        refs = {
            "image": _ensure_images(collection, result, written_files),
            "document": _ensure_documents(collection, result, written_files),
        }
        home_page = Site.objects.get(is_default_site=True).root_page.specific
        _ensure_home_intro(home_page, result)
        index, index_created = _ensure_knowledge_base(home_page, result)
        refs["page"] = _ensure_articles(index, refs, topics, users, teams, result)
        if index_created:
            # The introduction links to articles, so it is written once they exist.
            index.intro = _resolve(KNOWLEDGE_BASE_INTRO, refs)
            index.save_revision().publish()
        ensure_academy(home_page, users, result)
        ensure_onboarding(home_page, users, result)
        ensure_teasers(home_page, result)
        _ensure_search_aids(refs["page"], result)
        if dry_run:
            transaction.set_rollback(True)
    if dry_run:
        for file in written_files:
            file.delete(save=False)
    return result


def load_more_articles(articles, *, topics=(), synonyms=()):
    """Add further articles, with their topics and synonyms, under the demo's knowledge base.

    For content that is not part of the demo itself, such as the search evaluation's corpus
    (bench/search_eval). The demo content must be loaded first: the articles are owned by demo
    accounts and teams and may link to demo articles. Idempotent like `load_demo_content`.
    """
    result = LoadResult()
    with transaction.atomic():
        for slug, name, description in topics:
            _topic, created = Topic.objects.get_or_create(
                slug=slug, defaults={"name": name, "description": description}
            )
            result.created["topics"] += created
        for terms in synonyms:
            _synonym, created = Synonym.objects.get_or_create(terms=terms)
            result.created["synonyms"] += created
        home_page = Site.objects.get(is_default_site=True).root_page.specific
        index = KnowledgeBaseIndexPage.objects.child_of(home_page).get(slug=KNOWLEDGE_BASE_SLUG)
        users = {user.username: user for user in get_user_model().objects.all()}
        teams = {team.name: team for team in Team.objects.all()}
        all_topics = {topic.slug: topic for topic in Topic.objects.all()}
        refs = {"image": {}, "document": {}}
        _ensure_articles(index, refs, all_topics, users, teams, result, articles=articles)
    return result


def _ensure_search_aids(articles, result):
    for terms in SYNONYMS:
        _synonym, created = Synonym.objects.get_or_create(terms=terms)
        result.created["synonyms"] += created
    for sort_order, (query_string, slug, description) in enumerate(PROMOTIONS):
        _promotion, created = SearchPromotion.objects.get_or_create(
            query=Query.get(query_string),
            page_id=articles[slug],
            defaults={"sort_order": sort_order, "description": description},
        )
        result.created["promoted results"] += created


def _ensure_teams(result):
    teams = {}
    for name, department in TEAMS:
        teams[name], created = Team.objects.get_or_create(name=name, defaults={"department": department})
        result.created["teams"] += created
    return teams


def _ensure_accounts(teams, result):
    User = get_user_model()
    users = {}
    # Team leaders first, so every profile can point at its leader.
    ordered = sorted(ACCOUNTS, key=lambda account: bool(account.team_leader))
    today = timezone.localdate()
    password_hash = make_password(DEMO_PASSWORD)
    for account in ordered:
        user = User.objects.filter(username=account.username).first()
        if user is None:
            user = User(
                username=account.username,
                first_name=account.first_name,
                last_name=account.last_name,
                # A reserved domain: reminder mails of a dev machine never reach a real person.
                email=f"{account.username}@westbetuwe.example",
            )
            # One hash for all accounts: hashing is slow on purpose, and these are dev-only.
            user.password = password_hash
            user.save()
            user.groups.add(Group.objects.get(name=account.group))
            result.created["accounts"] += 1
            # The people app may already have given the new user an empty profile.
            profile, _ = EmployeeProfile.objects.get_or_create(user=user)
            profile.team = teams[account.team]
            profile.job_title = account.job_title
            profile.team_leader = users.get(account.team_leader)
            profile.start_date = today - datetime.timedelta(days=account.started_days_ago)
            profile.save()
        users[account.username] = user
    result.accounts = [(a.username, DEMO_PASSWORD, a.group, a.job_title) for a in ACCOUNTS]
    return users


def _ensure_topics(result):
    topics = {}
    for slug, name, description in TOPICS:
        topics[slug], created = Topic.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description}
        )
        result.created["topics"] += created
    return topics


def _ensure_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(name=COLLECTION_NAME)


def _content_file(data, name):
    return ContentFile(data, name=name), len(data), hash_filelike(ContentFile(data))


def _ensure_images(collection, result, written_files):
    Image = get_image_model()
    ids = {}
    for key, (title, spec) in IMAGES.items():
        image = Image.objects.filter(title=title).first()
        if image is None:
            data = _draw(key, title, spec)
            file, size, file_hash = _content_file(data, f"{key}.png")
            image = Image(title=title, collection=collection, file=file, file_size=size, file_hash=file_hash)
            image.save()
            written_files.append(image.file)
            result.created["images"] += 1
        ids[key] = image.pk
    return ids


def _draw(key, title, spec):
    if spec["style"] == "diagram":
        return illustrations.diagram(title, spec["labels"], spec["palette"], spec.get("layout", "grid"))
    return illustrations.banner(key, spec["text"], spec["palette"])


def _ensure_documents(collection, result, written_files):
    Document = get_document_model()
    ids = {}
    for key, (title, filename, spec) in DOCUMENTS.items():
        document = Document.objects.filter(title=title).first()
        if document is None:
            file, size, file_hash = _content_file(illustrations.pdf_document(**spec), filename)
            document = Document(
                title=title, collection=collection, file=file, file_size=size, file_hash=file_hash
            )
            document.save()
            written_files.append(document.file)
            result.created["documents"] += 1
        ids[key] = document.pk
    return ids


def _ensure_home_intro(home_page, result):
    if home_page.intro:
        return
    home_page.intro = HOME_INTRO
    home_page.save_revision().publish()
    result.created["home page intro"] += 1


def _ensure_knowledge_base(home_page, result):
    index = KnowledgeBaseIndexPage.objects.child_of(home_page).filter(slug=KNOWLEDGE_BASE_SLUG).first()
    if index is not None:
        return index, False
    index = KnowledgeBaseIndexPage(title=KNOWLEDGE_BASE_TITLE, slug=KNOWLEDGE_BASE_SLUG, live=False)
    home_page.add_child(instance=index)
    result.created["knowledge base"] += 1
    return index, True


def _ensure_articles(index, refs, topics, users, teams, result, articles=ARTICLES):
    """Create and publish the missing articles; return the ids of all articles by slug."""
    existing = dict(KnowledgeArticlePage.objects.child_of(index).values_list("slug", "pk"))
    new_pages = {}
    # First give every new article an id, so bodies and related links can point at each other.
    for article in articles:
        if article.slug in existing:
            continue
        page = KnowledgeArticlePage(
            title=article.title, slug=article.slug, summary=article.summary, live=False
        )
        index.add_child(instance=page)
        new_pages[article.slug] = (article, page)
    refs = {**refs, "page": {**existing, **{slug: page.pk for slug, (_, page) in new_pages.items()}}}

    today = timezone.localdate()
    for article, page in new_pages.values():
        page.body = _resolve(article.body, refs)
        page.topics = [topics[slug] for slug in article.topics]
        page.owner_person = users.get(article.owner)
        page.owner_team = teams.get(article.team)
        page.related_links = [
            RelatedArticle(article_id=refs["page"][slug], sort_order=order)
            for order, slug in enumerate(article.related)
        ]
        if article.review_in_days is None:
            page.review_date = page.default_review_date()
        else:
            page.review_date = today + datetime.timedelta(days=article.review_in_days)
            # An article due for review was published about six months before that date.
            published = page.review_date - REVIEW_INTERVAL
            page.first_published_at = min(
                timezone.make_aware(datetime.datetime.combine(published, datetime.time(9))),
                timezone.now(),
            )
        page.save_revision().publish()
        result.created["articles"] += 1
    return refs["page"]


def _resolve(value, refs):
    """Replace the content modules' keys for images, documents and pages by database ids."""
    if isinstance(value, Ref):
        return refs[value.kind][value.key]
    if isinstance(value, dict):
        return {name: _resolve(item, refs) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [_resolve(item, refs) for item in value]
    if isinstance(value, str):
        return RICH_TEXT_REF.sub(lambda match: str(refs[match[1]][match[2]]), value)
    return value
