from .event import EventDate, EventPage
from .index import EventIndexPage

__all__ = ["EventDate", "EventIndexPage", "EventPage"]
