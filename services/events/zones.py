"""The time zone events are entered and shown in: the site's (settings.TIME_ZONE)."""

import datetime
import zoneinfo

from django.conf import settings


def local_zone():
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def local_midnight(day):
    return datetime.datetime.combine(day, datetime.time(), local_zone())
