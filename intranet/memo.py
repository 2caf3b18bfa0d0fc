"""A per-process memory for facts about published content, kept until the content version changes.

The site search needs some facts about the published pages on every request that are the same
for every reader until an editor publishes again: which page ids are searchable, which topics
each page has, what a result shows of a page, which object each index entry stands for.
Reading them costs more than the rest of a search; keeping them in the process costs a
dictionary lookup. A ``VersionedMemo`` holds the entries of one content version
(``intranet.models.ContentVersion``) only: the first request that sees a new version starts an
empty memo, so nothing outlives the content it was computed from.

It never holds who the user is or what one reader may see and another may not.
``docs/architecture.md`` lists every memo; ``VersionedMemo.clear_all()`` forgets them all.
"""

import weakref


class VersionedMemo:
    _instances = weakref.WeakSet()

    def __init__(self, max_entries=10_000):
        self.max_entries = max_entries
        self._instances.add(self)
        # Replaced as a whole (never mutated across versions), so a request that still works
        # with an older version cannot write into the memo of a newer one.
        self._state = (None, {})

    def get(self, version, key, default=None):
        current, entries = self._state
        if current != version:
            return default
        return entries.get(key, default)

    def get_or_set(self, version, key, compute):
        """The remembered value, or ``compute()`` remembered now (it must not return None)."""
        value = self.get(version, key)
        if value is None:
            value = compute()
            self.set(version, key, value)
        return value

    def set(self, version, key, value):
        current, entries = self._state
        if current != version or len(entries) >= self.max_entries:
            entries = {}
            self._state = (version, entries)
        entries[key] = value

    def clear(self):
        self._state = (None, {})

    @classmethod
    def clear_all(cls):
        """Forget everything in every memo (tests: a rolled-back database may repeat a version)."""
        for memo in list(cls._instances):
            memo.clear()


def clear_all_caches():
    """Forget every cached value of content: the per-process memos and Django's default cache
    (rendered fragments, the main menu). Sessions are not touched. For tests, where a rolled-back
    database may hand out a content version or page id that an earlier test saw."""
    from django.core.cache import cache

    cache.clear()
    VersionedMemo.clear_all()
