"""The site search index: one row per page (or document per language) and a vocabulary.

Wagtail's database backend keeps a single IndexEntry table for every backend
and one text search configuration for all rows (wagtail#9253). Here each row
carries the configuration of its own language, so a German page is stemmed as
German and a Finnish one as Finnish, and a query is analysed with the
configuration of the language it is asked in.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string
from wagtail.models import Locale, Page


class IndexedDocument(models.Model):
    """What the site search knows about one live page, or one document in one language.

    Rows go with their page or document (on_delete=CASCADE), so a deletion can
    never leave a result pointing nowhere, whatever path the deletion took.
    """

    page = models.ForeignKey(Page, null=True, on_delete=models.CASCADE, related_name="+")
    document = models.ForeignKey(
        get_document_model_string(),
        null=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    # The most specific model: the "type" shown with each result and its filter.
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    # The regconfig the vector was built with (see search/languages.py).
    config = models.CharField(max_length=63)
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    date = models.DateField(null=True, blank=True)
    # "name:value" pairs for facets beyond the type (e.g. a service's category).
    facets = ArrayField(models.CharField(max_length=200), default=list, blank=True)
    vector = SearchVectorField(null=True)
    # The title alone: for very broad queries, the pages whose title matches are
    # always among those ranked (search/query.py, RANK_ALL_LIMIT).
    title_vector = SearchVectorField(null=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search index entry")
        verbose_name_plural = _("search index entries")
        indexes = [
            # btree_gin lets one GIN index answer "this language and these words".
            GinIndex(fields=["locale", "vector"], name="site_search_doc_locale_vector"),
            GinIndex(fields=["locale", "title_vector"], name="site_search_doc_locale_title"),
            GinIndex(fields=["facets"], name="site_search_doc_facets"),
            models.Index(fields=["locale", "content_type"], name="site_search_doc_locale_type"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["page"], condition=Q(page__isnull=False), name="site_search_one_per_page"
            ),
            models.UniqueConstraint(
                fields=["document", "locale"],
                condition=Q(document__isnull=False),
                name="site_search_one_per_document_and_locale",
            ),
            models.CheckConstraint(
                condition=Q(page__isnull=True) ^ Q(document__isnull=True),
                name="site_search_page_xor_document",
            ),
        ]

    def __str__(self):
        return self.title


class IndexedTerm(models.Model):
    """Every word of the index once per language, with its lexeme and a trigram index.

    A query word is looked up here by trigram word similarity (pg_trgm) to find
    the compounds that contain it ("stammtisch" → "pflegestammtisch") and the
    words it is a typo of ("velfaerdsteknolgi" → "velfaerdsteknologi"); the
    query is then widened by those words' lexemes and answered by the
    full-text index. Words are kept as written (lower case, unaccented), not
    stemmed: a stemmer cuts a compound differently from its parts ("Stammtisch"
    → "stammtisch", "Pflegestammtisch" → "pflegestammt"), which would hide the
    part inside the compound. Scanning this table is far cheaper than comparing
    trigrams with every document's text.
    """

    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    word = models.CharField(max_length=100)
    lexeme = models.CharField(max_length=100)

    class Meta:
        verbose_name = _("indexed word")
        verbose_name_plural = _("indexed words")
        indexes = [
            GinIndex(
                fields=["locale", "word"],
                opclasses=["", "gin_trgm_ops"],
                name="site_search_locale_word_trgm",
            ),
            # Decompounding looks up the stems of a query word's parts here.
            models.Index(fields=["locale", "lexeme"], name="site_search_locale_lexeme"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["locale", "word"], name="site_search_unique_word"),
        ]

    def __str__(self):
        return self.word


class IndexVersion(models.Model):
    """One row whose value changes with every write to the index, in the same
    transaction. Cached query analyses and results are keyed by it, so a page
    published or withdrawn in any process is found or gone in every process's
    next search, and nothing is cached from a half-written index. A new random
    value each time, not a counter: a rolled-back write must not leave a number
    that a later write reuses for other content."""

    version = models.UUIDField(default=uuid.uuid4)

    class Meta:
        verbose_name = _("search index version")

    def __str__(self):
        return str(self.version)

    @classmethod
    def current(cls):
        return cls.objects.values_list("version", flat=True).first()

    @classmethod
    def bump(cls):
        if not cls.objects.update(version=uuid.uuid4()):
            cls.objects.create()


class LexemeStatistics(models.Model):
    """In how many documents of a language each lexeme occurs: the index's own
    statistics for ranking by rarity (search/query.py, IDF). Kept by the index
    backend in the same transaction as the rows it counts, so a page published
    or withdrawn changes the weights of its words at once."""

    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    lexeme = models.TextField()
    documents = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("lexeme statistics")
        verbose_name_plural = _("lexeme statistics")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "lexeme"], name="site_search_unique_lexeme_stat"
            ),
        ]

    def __str__(self):
        return self.lexeme


class LocaleStatistics(models.Model):
    """How many documents the index holds per language (N of the IDF)."""

    locale = models.OneToOneField(Locale, on_delete=models.CASCADE, related_name="+")
    documents = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("language statistics")
        verbose_name_plural = _("language statistics")

    def __str__(self):
        return f"{self.locale}: {self.documents}"
