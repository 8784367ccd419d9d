import factory

from home.easyread.models import EasyReadPage
from tests.factories import PageFactory, skeleton_page


class EasyReadPageFactory(PageFactory):
    """An easy-read page under the skeleton's easy-read index of the original's
    language, explaining `original`."""

    original = None
    parent = factory.LazyAttribute(
        lambda o: skeleton_page("easy-read", o.original.locale.language_code)
    )
    title = factory.Sequence(lambda n: f"Leichte Sprache {n}")
    summary = factory.LazyAttribute(lambda o: f"Das ist ein Text in Leichter Sprache: {o.title}.")
    body = factory.LazyAttribute(
        lambda o: [{"type": "paragraph", "value": f"<p>{o.title} in kurzen Sätzen.</p>"}]
    )

    class Meta:
        model = EasyReadPage
