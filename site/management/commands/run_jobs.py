"""The scheduled jobs, in one place: SCHEDULED_JOBS in settings/base.py.

    manage.py run_jobs frequent     # every 5 minutes (systemd timer, cron)
    manage.py run_jobs daily        # once a night
    manage.py run_jobs --loop       # both, forever (the compose scheduler service)

A job that fails is logged and reported (ADMINS, Sentry) and the others still
run; the command exits non-zero if any failed, so a timer shows it.
"""

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections
from django.utils import timezone

logger = logging.getLogger(__name__)


def next_daily_run(now, at):
    hour, minute = (int(part) for part in at.split(":"))
    run = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return run if run > now else run + timedelta(days=1)


class Command(BaseCommand):
    help = "Run the scheduled jobs of one cadence (frequent, daily), or all of them forever."

    def add_arguments(self, parser):
        parser.add_argument("cadence", nargs="?", choices=sorted(settings.SCHEDULED_JOBS))
        parser.add_argument(
            "--loop",
            action="store_true",
            help="Run every cadence at its time until stopped: frequent every "
            "SCHEDULED_JOBS_INTERVAL seconds, daily at SCHEDULED_JOBS_DAILY_AT.",
        )

    def handle(self, cadence=None, loop=False, **options):
        if loop:
            return self.loop()
        if not cadence:
            raise CommandError("Name a cadence (frequent, daily) or use --loop.")
        failed = self.run(cadence)
        if failed:
            raise CommandError(f"{len(failed)} job(s) failed: {', '.join(failed)}")

    def run(self, cadence):
        failed = []
        for job in settings.SCHEDULED_JOBS[cadence]:
            name = " ".join(job)
            started = time.monotonic()
            try:
                call_command(*job, stdout=self.stdout, stderr=self.stderr)
            except Exception:
                logger.exception("Scheduled job failed: %s", name)
                failed.append(name)
            else:
                seconds = time.monotonic() - started
                logger.info("Scheduled job done: %s (%.1f s)", name, seconds)
                self.stdout.write(f"{name}: done in {seconds:.1f} s")
        return failed

    def loop(self):
        interval = settings.SCHEDULED_JOBS_INTERVAL
        next_frequent = time.monotonic()
        next_daily = next_daily_run(timezone.localtime(), settings.SCHEDULED_JOBS_DAILY_AT)
        self.stdout.write(f"Scheduler started; daily jobs next at {next_daily:%Y-%m-%d %H:%M}")
        while True:
            # Between runs, as between requests: drop a connection the database
            # closed (restart, failover) or that is past CONN_MAX_AGE.
            close_old_connections()
            if time.monotonic() >= next_frequent:
                self.run("frequent")
                next_frequent = time.monotonic() + interval
            now = timezone.localtime()
            if now >= next_daily:
                self.run("daily")
                next_daily = next_daily_run(now, settings.SCHEDULED_JOBS_DAILY_AT)
            time.sleep(max(1, min(next_frequent - time.monotonic(), 60)))
