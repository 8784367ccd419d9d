"""An event's dates are the same in every language: the default language's page
(the source translators translate from) holds them.

wagtail-localize copies child rows when it creates a translation but leaves them
out of later synchronisations, and a translation's own revision would bring back
the dates it was made with. So whenever an event page is published, the dates
are made the source's again: the source hands its dates to its translations, a
translation takes its source's."""

from django.conf import settings
from django.db import transaction
from wagtail.signals import page_published


def copy_dates(source, target):
    rows = [(d.date, d.start_time, d.end_date, d.end_time) for d in source.sorted_dates()]
    if [(d.date, d.start_time, d.end_date, d.end_time) for d in target.sorted_dates()] == rows:
        return
    model = type(source).dates.rel.related_model
    with transaction.atomic():
        model.objects.filter(page=target).delete()
        for order, (date, start_time, end_date, end_time) in enumerate(rows):
            model(
                page=target,
                sort_order=order,
                date=date,
                start_time=start_time,
                end_date=end_date,
                end_time=end_time,
            ).save()


def dates_from_source(sender, instance, **kwargs):
    from .models import EventPage

    if not isinstance(instance, EventPage):
        return
    pages = EventPage.objects.filter(translation_key=instance.translation_key)
    source = pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if source is None:
        return
    if source.pk == instance.pk:
        for translation in pages.exclude(pk=source.pk):
            copy_dates(source, translation)
    else:
        copy_dates(source, EventPage.objects.get(pk=instance.pk))


def connect():
    page_published.connect(dates_from_source, dispatch_uid="events-dates-from-source")
