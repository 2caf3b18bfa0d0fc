"""Wagtail's ``update_index``, followed by a rebuild of the suggestion vocabulary.

Found before Wagtail's own command because ``search`` comes first in INSTALLED_APPS.
"""

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndexCommand

from search import vocabulary


class Command(WagtailUpdateIndexCommand):
    help = "Rebuild the search index and the word list behind the 'Did you mean' suggestions."

    def handle(self, **options):
        super().handle(**options)
        pages, words = vocabulary.rebuild()
        if options["verbosity"] > 0:
            self.stdout.write(self.style.SUCCESS(f"Vocabulary rebuilt: {words} words from {pages} pages."))
