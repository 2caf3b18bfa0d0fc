from django.core.management.base import BaseCommand

from search import vocabulary


class Command(BaseCommand):
    help = "Rebuild the word list behind the search suggestions ('Did you mean') from live, public pages."

    def handle(self, *args, **options):
        pages, words = vocabulary.rebuild()
        self.stdout.write(self.style.SUCCESS(f"Vocabulary rebuilt: {words} words from {pages} pages."))
