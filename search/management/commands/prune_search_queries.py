"""Retention of the search query log: days older than --days are deleted.

Run daily by the scheduler (SCHEDULED_JOBS, SEARCH_QUERY_LOG_DAYS).
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from search.models import SearchQueryStat


class Command(BaseCommand):
    help = "Delete the counts of search queries older than the given number of days."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, required=True, help="Days of counts to keep.")

    def handle(self, days, **options):
        cutoff = timezone.localdate() - timedelta(days=days)
        deleted, _ = SearchQueryStat.objects.filter(date__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} search query counts from before {cutoff}.")
