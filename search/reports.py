"""Admin reports from the query log: the most frequent queries and the ones that found
nothing, per language, so editors see what citizens look for and miss."""

import datetime
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import SearchQueryStat

PERIODS = [(7, _("last 7 days")), (30, _("last 30 days")), (365, _("last 12 months"))]
ROWS = 100


class ReportFilterForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), required=False)
    days = forms.TypedChoiceField(
        label=_("Period"), choices=PERIODS, coerce=int, required=False, initial=30
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("All languages")), *settings.LANGUAGES]


class SearchQueryReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "search/admin/query_report.html"
    header_icon = "search"
    zero_results_only = False

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def rows(self, form):
        days = form.cleaned_data.get("days") or 30
        since = timezone.localdate() - datetime.timedelta(days=days - 1)
        stats = SearchQueryStat.objects.filter(date__gte=since)
        if form.cleaned_data.get("language"):
            stats = stats.filter(locale__language_code=form.cleaned_data["language"])
        stats = stats.values("locale__language_code", "query").annotate(
            searches=Sum("searches"), without_results=Sum("searches_without_results")
        )
        if self.zero_results_only:
            stats = stats.filter(without_results__gt=0).order_by("-without_results", "query")
        else:
            stats = stats.order_by("-searches", "query")
        names = dict(settings.LANGUAGES)
        add_synonym = reverse("wagtailsnippets_site_search_synonym:add")
        return [
            {
                **row,
                "language_name": names.get(row["locale__language_code"], ""),
                # What an editor does about a query without results: teach its word.
                "add_synonym_url": add_synonym
                + "?"
                + urlencode({"term": row["query"], "language": row["locale__language_code"]}),
            }
            for row in stats[:ROWS]
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = ReportFilterForm(self.request.GET or {"days": 30})
        if not form.is_valid():
            form = ReportFilterForm({"days": 30})
            form.is_valid()
        context["form"] = form
        context["rows"] = self.rows(form)
        context["zero_results_only"] = self.zero_results_only
        return context


class FrequentQueriesView(SearchQueryReportView):
    page_title = _("Frequent searches")


class ZeroResultQueriesView(SearchQueryReportView):
    page_title = _("Searches without results")
    zero_results_only = True
