"""Form pages: contact and "report a problem" forms that editors build from fields.

Wagtail's form builder (wagtail.contrib.forms, the parts of AbstractEmailForm on
our BasePage): each submission is stored and e-mailed to the responsible unit's
address (`to_address`), from the site's configured sender (DEFAULT_FROM_EMAIL), and
deleted after FORM_SUBMISSION_RETENTION_DAYS by the daily `prune_personal_data`.
Submissions pass the spam checks the feedback form uses (home/spam.py).

Caching: a form page carries Wagtail's CSRF token, which sets a cookie, so the page
cache (home/pagecache) never stores it; that is on purpose: the signed start time
of the fill-time check is then the time this visitor got the form, not the time a
cached copy was made, and the CSRF check stays. Form pages are few and little
visited, so serving them uncached costs little.

Translation (wagtail-localize): the fields are translatable child objects, so a
translator translates each label, help text, choices and default value; the field
names the submissions are stored under (clean_name) and the field types are
synchronised from the source page.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.contrib.forms.models import AbstractFormField, EmailFormMixin, FormMixin
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import TEXT_FEATURES
from home.editing.forms import LocalePageForm
from home.models.base import BasePage
from home.spam import SpamProtectedForm, rate_limited

RATE_SCOPE = "forms"


class FormField(TranslatableMixin, AbstractFormField):
    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
    ]
    synchronized_fields = [
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class FormPageForm(WagtailAdminFormPageForm, LocalePageForm):
    """Wagtail's check of the form fields, and our locale-bound choosers."""


class FormPage(EmailFormMixin, FormMixin, BasePage):
    intro = RichTextField(_("introduction"), blank=True, features=TEXT_FEATURES)
    thank_you_text = RichTextField(
        _("confirmation text"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Shown after sending, e.g. when and how the unit will answer."),
    )

    base_form_class = FormPageForm
    # Answers go to the unit by e-mail; the page itself asks no "Was this page useful?".
    asks_for_feedback = False
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("to_address"), FieldPanel("subject")])],
            heading=_("E-mail to the responsible unit"),
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("thank_you_text"),
        TranslatableField("subject"),
        TranslatableField("form_fields"),
    ]
    synchronized_fields = BasePage.synchronized_fields + [SynchronizedField("to_address")]

    class Meta:
        verbose_name = _("form page")
        verbose_name_plural = _("form pages")

    def get_form_class(self):
        return type("FormPageForm", (SpamProtectedForm, super().get_form_class()), {})

    def send_mail(self, form):
        # From the site's configured sender, never an address an editor typed.
        addresses = [address.strip() for address in self.to_address.split(",")]
        EmailMessage(
            self.subject or self.title,
            self.render_email(form),
            settings.DEFAULT_FROM_EMAIL,
            addresses,
        ).send()

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if rate_limited(request, RATE_SCOPE):
            form.add_error(
                None, gettext("You have sent many forms in a short time. Please try again later.")
            )
            status = 429
        elif form.is_valid():
            submission = self.process_form_submission(form)
            return self.render_landing_page(request, submission, *args, **kwargs)
        else:
            status = 400
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)
