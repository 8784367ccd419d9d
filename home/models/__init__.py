from .base import BasePage
from .pages import HomePage, StandardPage
from .settings import OrganisationDetails, SiteSettings

__all__ = ["BasePage", "HomePage", "OrganisationDetails", "SiteSettings", "StandardPage"]
