from .base import BasePage
from .network import CareNetworkPage
from .pages import AccessibilityStatementPage, HomePage, StandardPage, TopicPage
from .settings import OrganisationDetails, SiteSettings
from .strategy import StrategyPage

__all__ = [
    "AccessibilityStatementPage",
    "BasePage",
    "CareNetworkPage",
    "HomePage",
    "OrganisationDetails",
    "SiteSettings",
    "StandardPage",
    "StrategyPage",
    "TopicPage",
]
