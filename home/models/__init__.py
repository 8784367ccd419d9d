from .base import BasePage
from .network import CareNetworkPage, MemberOrganisation
from .pages import AccessibilityStatementPage, HomePage, StandardPage, TopicPage
from .settings import OrganisationDetails, SiteSettings
from .snippets import Contact
from .strategy import StrategyPage
from .translators import TranslatorGroup

__all__ = [
    "AccessibilityStatementPage",
    "BasePage",
    "CareNetworkPage",
    "Contact",
    "HomePage",
    "MemberOrganisation",
    "OrganisationDetails",
    "SiteSettings",
    "StandardPage",
    "StrategyPage",
    "TopicPage",
    "TranslatorGroup",
]
