"""What citizens search for, counted per language and day, without personal data.

No IP address, user, session, cookie or time of day is stored: only the
normalised query, its language, the day, how often it was asked and how often
it found nothing. Editors see the most frequent queries and the ones without
results (Reports in the admin).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

MAX_LOGGED_QUERY_LENGTH = 100


class SearchQueryStat(models.Model):
    locale = models.ForeignKey(
        Locale, verbose_name=_("language"), on_delete=models.CASCADE, related_name="+"
    )
    query = models.CharField(_("query"), max_length=MAX_LOGGED_QUERY_LENGTH)
    date = models.DateField(_("date"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    searches_without_results = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("search query statistic")
        verbose_name_plural = _("search query statistics")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "query", "date"], name="site_search_one_stat_per_day"
            ),
        ]
        indexes = [models.Index(fields=["date", "locale"], name="site_search_stat_date")]

    def __str__(self):
        return self.query
