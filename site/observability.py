"""Request ids and log records that say which request they belong to.

Every request gets an id (a valid incoming `X-Request-ID` from the proxy, or a
new one), returned in the `X-Request-ID` response header and added, with the
path, to every log record written while the request runs. With LOG_FORMAT=json
(settings/base.py) each record is one JSON line and each request ends with one
line on the `municipal_site.request` logger: method, path, status, duration.
"""

import logging
import re
import time
import uuid
from contextvars import ContextVar

from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter

request_logger = logging.getLogger("municipal_site.request")
_current = ContextVar("municipal_request", default=None)
# What a proxy may hand us as a request id: no spaces, quotes or control characters.
VALID_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request.id = incoming if VALID_ID.match(incoming) else uuid.uuid4().hex
        token = _current.set({"request_id": request.id, "path": request.path})
        started = time.monotonic()
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = request.id
            request_logger.info(
                "%s %s %s",
                request.method,
                request.path,
                response.status_code,
                extra={
                    "method": request.method,
                    "status": response.status_code,
                    "duration_ms": round((time.monotonic() - started) * 1000, 1),
                },
            )
            return response
        finally:
            _current.reset(token)


class RequestContextFilter(logging.Filter):
    """Adds request_id and path of the running request; status where Django gives one."""

    def filter(self, record):
        context = _current.get()
        if context:
            for key, value in context.items():
                if not hasattr(record, key):
                    setattr(record, key, value)
        if not hasattr(record, "status") and hasattr(record, "status_code"):
            record.status = record.status_code
        return True


class JsonLogFormatter(JsonFormatter):
    """One JSON object a line: time, level, logger, message, then the record's context."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("fmt", "{levelname}{name}{message}")
        kwargs.setdefault("style", "{")
        kwargs.setdefault("timestamp", "time")
        kwargs.setdefault("rename_fields", {"levelname": "level", "name": "logger"})
        # Django attaches the request object and the socket to some records: not data.
        kwargs.setdefault(
            "reserved_attrs", [*RESERVED_ATTRS, "request", "status_code", "server_time"]
        )
        super().__init__(*args, **kwargs)


def logging_config(log_format="text", level="WARNING", request_log=False):
    """LOGGING for settings: records to stderr, as text or JSON lines."""
    formatter = "json" if log_format == "json" else "text"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request": {"()": RequestContextFilter}},
        "formatters": {
            "text": {"format": "{asctime} {levelname} {name} {message}", "style": "{"},
            "json": {"()": JsonLogFormatter},
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "filters": ["request"],
                "formatter": formatter,
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # One line a request, where the web server's access log is not wanted.
            "municipal_site.request": {"level": "INFO" if request_log else "WARNING"},
        },
    }
