"""Chooser modals opened from a page offer that page's language only.

Wagtail's chooser modals are asked for the edited page's (or snippet's) locale
(`?locale=de`, from the edit view's ACTIVE_CONTENT_LOCALE) and open filtered on
it, but their language filter still offers "All" and the other languages: a
German page's contact card could then be filled with the Finnish contact, which
the page form refuses on save (home/editing/forms.py). With a locale asked for,
the filter offers that language alone, so the list never shows an entry that
could not be saved. A modal opened without a locale (none in the request) keeps
Wagtail's full filter. Wagtail has no setting or hook for the filter's choices
(wagtail.admin.forms.choosers.LocaleFilterMixin), hence this wrapper of its
__init__, checked by tests/editing/test_block_snippet_locale.py.
"""

from wagtail.admin.forms.choosers import LocaleFilterMixin

wagtail_init = LocaleFilterMixin.__init__


def init_with_the_asked_locale_only(self, *args, **kwargs):
    wagtail_init(self, *args, **kwargs)
    field = self.fields.get("locale")
    asked = self.data.get("locale") if self.data else None
    # Only a language the filter knows: anything else stays Wagtail's to refuse.
    if field is not None and asked in dict(field.choices):
        field.choices = [(code, name) for code, name in field.choices if code == asked]


def offer_the_asked_locale_only():
    LocaleFilterMixin.__init__ = init_with_the_asked_locale_only
