"""The translation dashboard: per locale, what is up to date, outdated or missing."""

from django import forms
from django.conf import settings
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from home.querysets import public_pages
from home.translation import scope
from home.translation.status import IN_PROGRESS, MISSING, OUTDATED, translation_reports

SNIPPETS = "snippets"


class DashboardFilter(forms.Form):
    locale = forms.ChoiceField(label=_("Language"), required=False)
    section = forms.ChoiceField(label=_("Section"), required=False)

    def __init__(self, *args, locales, sections, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locale"].choices = [(loc.language_code, str(loc)) for loc in locales]
        self.fields["section"].choices = (
            [("", _("All pages and snippets"))]
            + [(str(section.pk), section.title) for section in sections]
            + [(SNIPPETS, _("Snippets only"))]
        )


class TranslationDashboardView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Translations")
    header_icon = "wagtail-localize-language"
    template_name = "translation/dashboard.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        locales = [
            locale
            for locale in scope.own_locales(user).order_by("language_code")
            if locale.language_code != settings.LANGUAGE_CODE
        ]
        # Sections: the top-level pages of the default language's tree. A translator
        # sees public pages only: restricted ones are not theirs to translate.
        confined = scope.translator_locale_ids(user) is not None
        sections = Page.objects.filter(depth=3, locale__language_code=settings.LANGUAGE_CODE).live()
        if confined:
            sections = public_pages(sections)
        sections = list(sections.order_by("path").only("pk", "title", "path"))
        form = DashboardFilter(self.request.GET or None, locales=locales, sections=sections)
        chosen = form.cleaned_data if form.is_valid() else {}
        section_key = chosen.get("section") or ""
        section = next((s for s in sections if str(s.pk) == section_key), None)

        # A section holds pages only; "Snippets only" reads no pages at all.
        kinds = {"pages": section_key != SNIPPETS, "snippets": section is None}
        reports = translation_reports(
            locales,
            section=section,
            include_pages=kinds["pages"],
            include_snippets=kinds["snippets"],
            public_only=confined,
        )
        selected_code = chosen.get("locale") or (locales[0].language_code if locales else None)
        selected = next((r for r in reports if r.locale.language_code == selected_code), None)
        back = reverse("translation_dashboard") + "?" + self.request.GET.urlencode()
        lists = []
        if selected is not None:
            for status, heading in (
                (OUTDATED, _("Outdated: the original changed since")),
                (IN_PROGRESS, _("In progress: not published yet")),
                (MISSING, _("Missing")),
            ):
                lists.append(
                    {
                        "status": status,
                        "heading": heading,
                        "rows": [
                            self.link(row, selected.locale, back)
                            for row in selected.by_status(status)
                        ],
                    }
                )
        context.update(
            form=form,
            summary=[
                {
                    "locale": r.locale,
                    **{kind: r.counts(kind[:-1]) for kind, shown in kinds.items() if shown},
                }
                for r in reports
            ],
            selected=selected,
            lists=lists,
        )
        return context

    def link(self, row, locale, back):
        """The row with the URL that lets the user act on it; `back` returns here."""
        if row.kind == "page":
            if row.translation_id:
                url = reverse("wagtailadmin_pages:edit", args=[row.translation_id])
            else:
                url = reverse("wagtail_localize:submit_page_translation", args=[row.source_id])
                url += "?" + urlencode({"select_locale": locale.language_code, "next": back})
            kind = _("Page")
        else:
            meta = row.model._meta
            if row.translation_id:
                url = reverse(
                    f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit",
                    args=[quote(row.translation_id)],
                )
            else:
                url = reverse(
                    "wagtail_localize:submit_snippet_translation",
                    args=[meta.app_label, meta.model_name, quote(row.source_id)],
                )
                url += "?" + urlencode({"select_locale": locale.language_code, "next": back})
            kind = meta.verbose_name
        return {"row": row, "url": url, "kind": kind}
