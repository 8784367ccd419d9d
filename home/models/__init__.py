from .base import BasePage
from .pages import HomePage, StandardPage
from .settings import OrganisationDetails, SiteSettings
from .snippets import Contact

__all__ = ["BasePage", "Contact", "HomePage", "OrganisationDetails", "SiteSettings", "StandardPage"]
