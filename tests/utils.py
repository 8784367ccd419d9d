import datetime

from django.db import models
from django.http import Http404
from django.utils import translation
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def block_form_value(block, value):
    """A block value as the admin's form would post it."""
    if isinstance(block, blocks.StreamBlock):
        return streamfield(
            [(child.block_type, block_form_value(child.block, child.value)) for child in value]
        )
    if isinstance(block, blocks.StructBlock):
        return {
            name: block_form_value(child, value.get(name))
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.ListBlock):
        items = list(value or [])
        data = {"count": len(items)}
        for index, item in enumerate(items):
            data[str(index)] = {
                "value": block_form_value(block.child_block, item),
                "deleted": "",
                "order": index,
            }
        return data
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value.source if isinstance(value, RichText) else (value or ""))
    if isinstance(block, blocks.ChooserBlock):
        return value.pk if value is not None else ""
    if isinstance(block, blocks.BooleanBlock):
        return "on" if value else ""
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return "" if value is None else value


def edit_form_data(page, **changes):
    """The edit form's data for any page, as an editor would submit it unchanged.

    StreamFields are rendered by JavaScript in the admin, so the form data
    cannot be scraped from the HTML the way Wagtail's helpers try to.
    """
    form_class = page.get_edit_handler().get_form_class()
    data, many = {}, {}
    for name in form_class.base_fields:
        try:
            field = page._meta.get_field(name)
        except Exception:  # noqa: BLE001 - form-only fields (e.g. comments) are left out
            continue
        value = getattr(page, field.attname)
        if isinstance(field, StreamField):
            data[name] = block_form_value(field.stream_block, getattr(page, name))
        elif isinstance(field, RichTextField):
            data[name] = rich_text(value or "")
        elif isinstance(field, models.ManyToManyField):
            many[name] = [obj.pk for obj in getattr(page, name).all()]
        elif isinstance(field, models.BooleanField):
            if value:
                data[name] = "on"
        elif isinstance(value, datetime.date | datetime.datetime):
            data[name] = value.isoformat()
        elif value is not None:
            data[name] = value
    for name in list(changes):
        if name in many:
            many[name] = [getattr(obj, "pk", obj) for obj in changes.pop(name)]
    # Child rows of an InlinePanel (an event's dates): submitted as new rows, which
    # replace the old ones as the admin does for rows it does not send back.
    for name, formset_class in getattr(form_class, "formsets", {}).items():
        if not hasattr(page, name):  # the admin's comments, not the page's own rows
            continue
        fields = [f for f in formset_class.form.base_fields if f not in ("id", "ORDER", "DELETE")]
        rows = []
        for child in getattr(page, name).all():
            values = {field: getattr(child, field, None) for field in fields}
            rows.append(
                {
                    field: "" if value is None else getattr(value, "isoformat", lambda v=value: v)()
                    for field, value in values.items()
                }
            )
        data[name] = inline_formset(rows)
    data.update(changes)
    form_data = nested_form_data(data)
    # Lists would be flattened into name-0, name-1 …; a multiple choice posts the name repeatedly.
    form_data.update(many)
    return form_data


class LocalizedPageTestCase(WagtailPageTestCase):
    """Wagtail's page assertions, aware of the /<lang>/ prefix of i18n_patterns.

    Wagtail's assertPageIsRoutable routes the URL path as it is, so "/de/…"
    looks for a child page with the slug "de" and fails on every i18n site.
    This routes the path after the prefix from that language's home page,
    which is what Wagtail's serve view does.
    """

    def assertPageIsRoutable(self, page, route_path="/", msg=None):
        language = page.locale.language_code
        with translation.override(language):
            path = page.get_url(self.dummy_request)
            prefix = f"/{language}/"
            self.assertTrue(path.startswith(prefix), f"{path} lacks the prefix {prefix}")
            if route_path != "/":
                path = path.rstrip("/") + "/" + route_path.lstrip("/")
            components = [part for part in path[len(prefix) :].split("/") if part]
            site = page.get_site()
            self.assertIsNotNone(site, f"{page} belongs to no site")
            try:
                routed = site.root_page.localized.specific.route(self.dummy_request, components)
            except Http404 as error:
                raise self.failureException(msg or f"{path} did not route to {page}") from error
        self.assertEqual(routed.page.pk, page.pk)
