"""The admin report of "Was this page useful?": per page and language the answers,
the share of "no" and the comments, filtered by section, language and date; as a
table or a CSV file."""

import csv

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from .models import Feedback

PERMISSION = "feedback.view_feedback"
COMMENTS = 200


class SectionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, page):
        return f"{page.title} ({page.locale.language_code})"


class FeedbackFilterForm(forms.Form):
    section = SectionChoiceField(
        label=_("Section"),
        queryset=Page.objects.none(),
        required=False,
        empty_label=_("All sections"),
        help_text=_("A section with the pages below it, in every language."),
    )
    language = forms.ChoiceField(label=_("Language"), required=False)
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The sections: the pages right under each language's home page.
        self.fields["section"].queryset = (
            Page.objects.filter(depth=3).select_related("locale").order_by("locale", "title")
        )
        self.fields["language"].choices = [("", _("All languages")), *settings.LANGUAGES]

    def answers(self):
        data = self.cleaned_data
        answers = Feedback.objects.all()
        if section := data.get("section"):
            translations = Page.objects.filter(translation_key=section.translation_key)
            answers = answers.in_sections(translations)
        if data.get("language"):
            answers = answers.filter(locale__language_code=data["language"])
        return answers.between(data.get("start"), data.get("end"))


def share(part, whole):
    return round(100 * part / whole) if whole else 0


class FeedbackReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "feedback/admin/report.html"
    page_title = _("Page feedback")
    header_icon = "help"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def filter_form(self):
        form = FeedbackFilterForm(self.request.GET)
        if not form.is_valid():
            form = FeedbackFilterForm({})
            form.is_valid()
        return form

    @staticmethod
    def rows(answers):
        names = dict(settings.LANGUAGES)
        return [
            {
                **row,
                "language": names.get(row["locale__language_code"], ""),
                "share_no": share(row["no"], row["answers"]),
            }
            for row in answers.per_page()
        ]

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "csv":
            return self.csv(self.filter_form().answers())
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = self.filter_form()
        answers = form.answers()
        query = self.request.GET.copy()
        query["format"] = "csv"
        context.update(
            form=form,
            rows=self.rows(answers),
            comments=answers.with_comments().select_related("page", "locale")[:COMMENTS],
            csv_query=query.urlencode(),
        )
        return context

    def csv(self, answers):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="page-feedback.csv"'
        writer = csv.writer(response)
        writer.writerow(
            [
                _("Page"),
                _("Address"),
                _("Language"),
                _("Answers"),
                _("Yes"),
                _("No"),
                _("Share of no (%)"),
                _("Comments"),
            ]
        )
        for row in self.rows(answers):
            writer.writerow(
                [
                    row["page__title"],
                    row["page__url_path"],
                    row["locale__language_code"],
                    row["answers"],
                    row["yes"],
                    row["no"],
                    row["share_no"],
                    row["comments"],
                ]
            )
        return response
