import uuid

from django.db import connection, models
from django.utils.translation import gettext_lazy as _


class Generation(models.Model):
    """One row whose value every change a visitor could see replaces, in the same
    transaction as the change. Cached pages are keyed by it, so a change committed
    by any process makes every process's old entries unreachable at once, and a
    change rolled back leaves the value it found. A random value, not a counter: a
    rolled-back change must not leave a number that a later one reuses."""

    value = models.UUIDField(default=uuid.uuid4)

    class Meta:
        verbose_name = _("page cache generation")

    def __str__(self):
        return str(self.value)

    @classmethod
    def current(cls):
        # Read on every anonymous request, cache hits included: plain SQL, since
        # compiling the ORM's query costs more than the read itself.
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT value FROM {cls._meta.db_table} LIMIT 1")
            row = cursor.fetchone()
        return row[0] if row is not None else cls.objects.create().value

    @classmethod
    def bump(cls):
        # A queryset update sends no signal, so bumping never triggers itself.
        if not cls.objects.update(value=uuid.uuid4()):
            cls.objects.create()
