from django.http import Http404
from django.utils import translation
from wagtail.rich_text import RichText
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


def edit_form_data(page, **changes):
    """The edit form's data for a content page, as an editor would submit it.

    StreamFields are rendered by JavaScript in the admin, so the form data
    cannot be scraped from the HTML the way Wagtail's helper tries to.
    """

    def stream_value(block):
        value = block.value
        if isinstance(value, RichText):
            return rich_text(value.source)
        return dict(value)

    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "body": streamfield([(b.block_type, stream_value(b)) for b in page.body]),
    }
    data.update(changes)
    return nested_form_data(data)


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
