"""Page forms that offer snippets of the page's own language only.

A German service page must be filed under German terms and German locations:
a Finnish term saved on it would never match the German directory's filters.
Every relation to a translatable model (ForeignKey or ParentalManyToManyField)
lists the page's locale (many-to-many ones as a searchable tree of checkboxes,
home/editing/term_tree.py), and a value of another locale is refused on save with
a message. Snippets chosen inside StreamFields (a contact card, a network's
members) are held to the same rule on save; their chooser modal already opens
on the page's language (Wagtail passes the edited page's locale). Values a page
already has are kept, so a translation whose relations were synchronised from
its source still saves.
"""

from django.db.models import Q
from django.forms import ModelChoiceField, ModelMultipleChoiceField, Textarea
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import StreamBlockValidationError
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.widgets import AdminSnippetChooser

from home.editing.term_tree import TermTreeWidget

OTHER_LOCALE = _(
    "Only entries in the page's language (%(language)s) can be chosen here; "
    "this one belongs to another language."
)
OTHER_LOCALE_IN_BLOCKS = _(
    "Only entries in the page's language (%(language)s) can be chosen here; "
    "%(entries)s belong to another language."
)


class LocaleSnippetChooser(AdminSnippetChooser):
    """The snippet chooser, opened on the page's language."""

    def __init__(self, model, locale, **kwargs):
        super().__init__(model, **kwargs)
        self.locale = locale

    def get_chooser_modal_url(self):
        return (
            f"{super().get_chooser_modal_url()}?{urlencode({'locale': self.locale.language_code})}"
        )


class LocalePageForm(WagtailAdminPageForm):
    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        locale = self.page_locale = self._page_locale(parent_page)
        if locale is None:
            return
        for name, field in self.fields.items():
            if not isinstance(field, ModelChoiceField):
                continue
            model = field.queryset.model
            if not issubclass(model, TranslatableMixin):
                continue
            field.queryset = field.queryset.filter(
                Q(locale=locale) | Q(pk__in=self._current_pks(name))
            )
            field.error_messages["invalid_choice"] = OTHER_LOCALE % {
                "language": locale.get_display_name()
            }
            if isinstance(field.widget, AdminSnippetChooser):
                field.widget = LocaleSnippetChooser(model, locale, attrs=field.widget.attrs)
            elif isinstance(field, ModelMultipleChoiceField):
                field.widget = TermTreeWidget(
                    locale,
                    attrs={"aria-label": str(field.label)},
                    add_chooser=self._creating_chooser(model, locale),
                )
                field.widget.choices = field.choices

    def clean(self):
        cleaned_data = super().clean()
        if self.page_locale is None:
            return cleaned_data
        for name in self._stream_field_names():
            if name not in cleaned_data or name in self.errors:
                continue
            foreign = self._snippets_of_other_locales(name, cleaned_data[name])
            if foreign:
                message = OTHER_LOCALE_IN_BLOCKS % {
                    "language": self.page_locale.get_display_name(),
                    "entries": ", ".join(f"'{obj}'" for obj in foreign),
                }
                # The StreamField widget shows errors of this type only (above its blocks).
                self.add_error(name, StreamBlockValidationError(non_block_errors=[message]))
        return cleaned_data

    def _stream_field_names(self):
        return [
            field.name
            for field in self.instance._meta.get_fields()
            if isinstance(field, StreamField) and field.name in self.fields
        ]

    def _snippets_of_other_locales(self, name, value):
        """Translatable snippets chosen in this StreamField that belong to another
        locale than the page's, leaving out those the saved page already has."""
        field = self.instance._meta.get_field(name)
        chosen = self._translatable_references(field.stream_block, value)
        if not chosen:
            return []
        kept = self._translatable_references(
            field.stream_block, field.value_from_object(self.instance)
        )
        foreign = []
        for model, pks in chosen.items():
            pks = pks - kept.get(model, set())
            foreign += model.objects.filter(pk__in=pks).exclude(locale=self.page_locale)
        return foreign

    @staticmethod
    def _translatable_references(stream_block, value):
        """{snippet model: {pk, …}} of the translatable snippets `value` refers to
        (Wagtail's own reference extraction walks every nested block)."""
        found = {}
        if not value:
            return found
        for model, pk, _path, _content_path in stream_block.extract_references(value):
            if issubclass(model, TranslatableMixin) and not issubclass(model, Page):
                found.setdefault(model, set()).add(model._meta.pk.to_python(pk))
        return found

    @staticmethod
    def _creating_chooser(model, locale):
        """A chooser of the page's language for a snippet whose chooser can create
        one (e.g. services' locations), else None."""
        viewset = getattr(model, "snippet_viewset", None)
        chooser_class = getattr(viewset, "chooser_viewset_class", None)
        if getattr(chooser_class, "creation_form_class", None) is None:
            return None
        chooser = LocaleSnippetChooser(model, locale)
        chooser.choose_one_text = _("Choose or create %(object)s") % {
            "object": model._meta.verbose_name
        }
        return chooser

    def _page_locale(self, parent_page):
        if self.instance.locale_id:
            return self.instance.locale
        if parent_page is not None and parent_page.depth > 1:
            return parent_page.locale
        return Locale.get_default() if Locale.objects.exists() else None

    def _current_pks(self, name):
        if not self.instance.pk:
            return []
        value = getattr(self.instance, name, None)
        if value is None:
            return []
        if hasattr(value, "all"):
            return [obj.pk for obj in value.all()]
        return [value.pk]


class CountedTextarea(Textarea):
    """A text box that takes at most `limit` characters and counts them as the
    editor types (home/static/home/admin/character-count.js)."""

    def __init__(self, limit, attrs=None):
        self.limit = limit
        super().__init__(
            attrs={
                "rows": 3,
                "data-character-count": _("%(count)s of %(limit)s characters"),
                **(attrs or {}),
            }
        )

    def get_context(self, name, value, attrs):
        # The model field may allow more (the form field then sets its own
        # maxlength); this box takes no more than its limit.
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["maxlength"] = self.limit
        return context
