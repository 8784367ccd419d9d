"""The one inline script of Wagtail's admin written in Python, not a template:
every chooser widget (pages, images, documents, snippets, tasks) of a form
panel writes `<script>new PageChooser(id, options)</script>` after its HTML
(wagtail.admin.widgets.chooser.BaseChooser.render). Without 'unsafe-inline' in
the admin's script-src that script needs this response's nonce; the rest of
the widget is Wagtail's, unchanged. (StreamField's chooser blocks are made by
Wagtail's own script files and need nothing.)"""

from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.admin.widgets.chooser import BaseChooser

from municipal_site.security import script_nonce


def render_with_nonce(self, name, value, attrs=None, renderer=None):
    """BaseChooser.render of Wagtail 8.0, with the nonce on its <script>."""
    try:
        id_ = attrs["id"]
    except (KeyError, TypeError) as e:
        raise TypeError("BaseChooser cannot be rendered without an 'id' attribute") from e
    value_data = self.get_value_data(value)
    widget_html = self.render_html(name, value_data, attrs)
    # The script is Wagtail's: the constructor call with JSON-encoded arguments.
    js = mark_safe(self.render_js_init(id_, name, value_data))  # noqa: S308
    return format_html('{}<script nonce="{}">{}</script>', widget_html, script_nonce(), js)


def give_chooser_scripts_the_nonce():
    BaseChooser.render = render_with_nonce
