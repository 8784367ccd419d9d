from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import get_language

from home import navigation
from home.pagecache.middleware import expire_at

from . import cap
from .models import Alert


def cap_message(request, pk):
    """One alert's CAP message, in the language of the URL, once it has started."""
    alert = (
        Alert.objects.filter(pk=pk, locale__language_code=get_language())
        .select_related("locale", "link_page")
        .first()
    )
    if alert is None:
        raise Http404("No such alert in this language.")
    now = timezone.now()
    if alert.starts_at > now:
        expire_at(request, alert.starts_at)
        raise Http404("This alert has not started yet.")
    org = navigation.organisation(request)
    name = org.name if org else ""
    body = cap.message(
        alert,
        host=request.get_host().split(":")[0],
        sender_name=name,
        area=name or request.get_host(),
        web=alert.link(request),
    )
    return HttpResponse(body, content_type=cap.CONTENT_TYPE)
