"""The news topics in the admin, under Snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from news.models import NewsTopic


class NewsTopicViewSet(SnippetViewSet):
    model = NewsTopic
    icon = "tag"
    menu_label = _("News topics")
    list_display = ["name", "slug"]
    ordering = ["name"]


register_snippet(NewsTopicViewSet)
