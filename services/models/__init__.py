"""The service directory: taxonomies, locations with opening hours, service
pages described as data, and a directory page per language."""

from .index import ServiceIndexPage
from .locations import (
    ACCESSIBILITY_FEATURES,
    ExceptionKind,
    OpeningHours,
    OpeningHoursException,
    ServiceLocation,
    Weekday,
)
from .service import LANGUAGE_CHOICES, Cost, ServicePage, Status
from .settings import ServiceSettings
from .taxonomies import (
    AreaKind,
    LifeEvent,
    ServiceArea,
    ServiceCategory,
    TargetGroup,
    TermOption,
)

__all__ = [
    "ACCESSIBILITY_FEATURES",
    "LANGUAGE_CHOICES",
    "AreaKind",
    "Cost",
    "ExceptionKind",
    "LifeEvent",
    "OpeningHours",
    "OpeningHoursException",
    "ServiceArea",
    "ServiceCategory",
    "ServiceIndexPage",
    "ServiceLocation",
    "ServicePage",
    "ServiceSettings",
    "Status",
    "TargetGroup",
    "TermOption",
    "Weekday",
]
