"""Synonyms in the admin (Settings → Synonyms): a snippet listing each synonym with
how often it widened a search, and an "add" form the zero-result report links to
with the query filled in."""

from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.models import Locale
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from .models import Synonym


class SynonymCreateView(CreateView):
    """Filled in from ?term=…&language=… (the zero-result report's link)."""

    def get_initial_form_instance(self):
        instance = Synonym(term=(self.request.GET.get("term") or "")[:100])
        locale = Locale.objects.filter(language_code=self.request.GET.get("language")).first()
        if locale is not None:
            instance.locale = locale
        return instance


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Synonyms")
    menu_order = 900
    add_to_settings_menu = True
    add_view_class = SynonymCreateView
    list_filter = ["locale"]
    search_fields = ["term", "synonyms"]
    list_display = [
        "term",
        Column("arrow", label="", accessor="arrow"),
        "synonyms",
        "locale",
        Column("fired", label=_("Searches"), accessor="fired", sort_key="fired"),
        Column("last_fired", label=_("Last used"), accessor="last_fired", sort_key="last_fired"),
    ]

    def get_queryset(self, request):
        # The counts in the same query as the synonyms: no query per row.
        return Synonym.objects.select_related("locale").annotate(
            fired=Coalesce(F("use__fired"), 0), last_fired=F("use__last_fired")
        )
