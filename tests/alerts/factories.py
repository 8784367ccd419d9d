import datetime

import factory
from django.utils import timezone

from home.alerts.models import Alert, Severity
from tests.factories import TranslatableSnippetFactory


def _now():
    return timezone.now().replace(microsecond=0)  # as entered in the admin


class AlertFactory(TranslatableSnippetFactory):
    """A running alert: started an hour ago, ending in a day, covering the whole site."""

    severity = Severity.INFORMATION
    title = factory.Sequence(lambda n: f"Hinweis {n}")
    text = "Das Bürgerbüro ist heute geschlossen."
    starts_at = factory.LazyFunction(lambda: _now() - datetime.timedelta(hours=1))
    ends_at = factory.LazyFunction(lambda: _now() + datetime.timedelta(days=1))

    class Meta:
        model = Alert
