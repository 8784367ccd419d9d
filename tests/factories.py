"""Factories: every test builds its own pages on the `setup_site` skeleton.

The skeleton (tests/conftest.py makes it once with `setup_site`) holds, per content
language, a home page, the service index, the news index and the legal pages; nothing
else is there. Tests reach those pages with `skeleton_page(key, language)` and build
everything else with the factories below, e.g.

    topic = TopicPageFactory(language="da", title="Sundhed")
    page = StandardPageFactory(parent=topic, title="Hjemmepleje")
    english = translate(page, "en", title="Home care")
    news = NewsPageFactory(language="fi", topics=[NewsTopicFactory(language="fi")])

Pages are made as an editor makes them: saved with a revision and published (pass
`live=False` for a draft that was never published, `revision=False` for a bare row when
a test makes hundreds of pages). A page's locale is its parent's; without a parent a
page goes under the skeleton's home page in `language` (German by default).
"""

import datetime

import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import Collection, Locale, Page

from home.keys import translation_key
from home.models import CareNetworkPage, HomePage, StandardPage, StrategyPage, TopicPage
from news.models import NewsIndexPage, NewsPage, NewsTopic

# The snippets shared by home and services (their app may move; only these names change).
CONTACT_MODEL = "organisations.Contact"
ORGANISATION_MODEL = "organisations.Organisation"


def skeleton_keys():
    """The keys of the pages `setup_site` makes in every language."""
    from home.skeleton import skeleton_pages

    return [spec.key for spec in skeleton_pages("", "de")]


def skeleton_page(key, language="de"):
    """A page of the `setup_site` skeleton ("home", "services", "news", "legal-notice",
    "privacy", "accessibility") in one language, as its own class. Any other key is an
    error: content pages are the test's own, made with the factories."""
    keys = skeleton_keys()
    if key not in keys:
        raise ValueError(f"{key!r} is not a page of the skeleton ({', '.join(keys)})")
    return Page.objects.get(
        translation_key=translation_key(key), locale__language_code=language
    ).specific


def locale(language):
    return Locale.objects.get(language_code=language)


def stream(*blocks):
    """StreamField content from (block type, value) pairs, in the stored (raw) form:
    stream(("heading", "Kontakt"), ("paragraph", "<p>Text</p>"))."""
    return [{"type": block_type, "value": value} for block_type, value in blocks]


def translate(obj, language, **fields):
    """A translation of a page or snippet into `language`, as the admin's "Translate"
    makes it (same translation key, parents translated as needed), with `fields` set
    and, for a page, published. Translators' own workflow (wagtail-localize's
    translation sources) is exercised through the admin in tests/translation."""
    target = locale(language)
    if isinstance(obj, Page):
        page = obj.specific.copy_for_translation(target, copy_parents=True)
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()
        page.refresh_from_db()
        return page
    copy = obj.copy_for_translation(target)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


class LocaleFactory(factory.django.DjangoModelFactory):
    language_code = "de"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


class PageFactory(wagtail_factories.PageFactory):
    """A page under the skeleton's home page in `language`, or under `parent`."""

    class Params:
        language = "de"

    parent = factory.LazyAttribute(lambda o: skeleton_page("home", o.language))
    locale = factory.LazyAttribute(lambda o: o.parent.locale)
    title = factory.Sequence(lambda n: f"Seite {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def revision(page, create, extracted, **kwargs):
        # Decided here, done in _after_postgeneration: after the other post-generation
        # steps (a news page's topics), so that the revision holds all of the page.
        return create and extracted is not False

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        super()._after_postgeneration(instance, create, results)
        if results and results.get("revision"):
            revision = instance.save_revision()
            if instance.live:
                revision.publish()
            instance.refresh_from_db()


class HomePageFactory(PageFactory):
    """Another home page: in a locale the skeleton lacks, or a second site's root."""

    parent = factory.LazyFunction(Page.get_first_root_node)
    locale = factory.SubFactory(LocaleFactory)
    title = factory.Sequence(lambda n: f"Startseite {n}")

    class Meta:
        model = HomePage


class StandardPageFactory(PageFactory):
    summary = factory.LazyAttribute(lambda o: f"Kurz gesagt: {o.title}.")

    class Meta:
        model = StandardPage


class TopicPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Themenbereich {n}")
    summary = factory.LazyAttribute(lambda o: f"Alles zum Thema {o.title}.")
    show_in_menus = True

    class Meta:
        model = TopicPage


class StrategyPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Strategie {n}")
    summary = "Wohin der Landkreis in den nächsten Jahren will."
    introduction = "<p>Warum es diese Strategie gibt.</p>"
    status = "adopted"
    adopted_by = "Kreistag"
    adopted_on = datetime.date(2024, 3, 14)
    valid_from = datetime.date(2024, 4, 1)
    valid_until = datetime.date(2028, 12, 31)
    goals = factory.LazyFunction(
        lambda: stream(
            (
                "goal",
                {"title": "Erstes Ziel", "description": "", "indicator": "", "status": "planned"},
            )
        )
    )

    class Meta:
        model = StrategyPage


class CareNetworkPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Netzwerk {n}")
    summary = "Wer sich regelmäßig trifft und wo Bürger Rat finden."
    purpose = "<p>Die Pflegeanbieter stimmen ihre Angebote ab.</p>"

    class Meta:
        model = CareNetworkPage


class NewsIndexPageFactory(PageFactory):
    """A news list of the test's own (the skeleton has one per language: "news")."""

    title = factory.Sequence(lambda n: f"Meldungen {n}")

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(PageFactory):
    """A news item, by default in the skeleton's news index in `language`."""

    parent = factory.LazyAttribute(lambda o: skeleton_page("news", o.language))
    title = factory.Sequence(lambda n: f"Meldung {n}")
    summary = factory.LazyAttribute(lambda o: f"Kurz gesagt: {o.title}")
    date = datetime.date(2025, 5, 1)

    class Meta:
        model = NewsPage

    @factory.post_generation
    def topics(page, create, extracted, **kwargs):
        if extracted:
            page.topics.set(extracted)
            if create:
                page.save()


class TranslatableSnippetFactory(factory.django.DjangoModelFactory):
    class Params:
        language = "de"

    locale = factory.LazyAttribute(lambda o: locale(o.language))

    class Meta:
        abstract = True


class NewsTopicFactory(TranslatableSnippetFactory):
    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))

    class Meta:
        model = NewsTopic


class ContactFactory(TranslatableSnippetFactory):
    name = factory.Sequence(lambda n: f"Beratungsstelle {n}")
    role = "Auskunft und Beratung"
    phone = "+49 1234 5678-0"
    email = factory.Sequence(lambda n: f"beratung{n}@example.invalid")

    class Meta:
        model = CONTACT_MODEL


class OrganisationFactory(TranslatableSnippetFactory):
    name = factory.Sequence(lambda n: f"Pflegedienst {n}")
    kind = "outpatient_care"
    phone = "+49 1234 4411"

    class Meta:
        model = ORGANISATION_MODEL


class ImageFactory(wagtail_factories.ImageFactory):
    """A small PNG in the root collection (wagtail-factories would add a root of its own)."""

    title = factory.Sequence(lambda n: f"Bild {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.ImageField(width=64, height=48, color=(11, 79, 138), format="PNG")


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Dokument {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
