"""{% csp_nonce %}: the script nonce of the response being rendered, for the
inline scripts our copies of Wagtail's and wagtail-localize's admin templates
write (<script nonce="{% csp_nonce %}">). It needs no request in the context,
so widget templates (rendered by the form renderer) can use it too."""

from django import template

from municipal_site.security import script_nonce

register = template.Library()


@register.simple_tag(name="csp_nonce")
def csp_nonce():
    return script_nonce()
