"""Synonyms editors teach the search, per language: "Auto ⇄ Kfz", "skrald → affald".

No algorithm knows that citizens say "Auto" where the pages say "Kfz", or
"roskis" for "jäteastia"; editors do, from the report of searches without
results. A synonym is a normal model (a snippet in the admin) whose save and
delete signals change the index's version (search/signals.py), so every
cached search and any page cache listening to them is refreshed at once.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

MAX_PHRASES = 10


def phrases(text):
    """The comma-separated phrases of a field, trimmed, without empty ones or repeats."""
    found = []
    for phrase in (text or "").split(","):
        phrase = " ".join(phrase.split())
        if phrase and phrase.lower() not in {p.lower() for p in found}:
            found.append(phrase)
    return found


class Synonym(models.Model):
    locale = models.ForeignKey(
        Locale, verbose_name=_("language"), on_delete=models.CASCADE, related_name="+"
    )
    term = models.CharField(
        _("what citizens type"),
        max_length=100,
        help_text=_('A word or phrase, e.g. "Auto" or "Auto anmelden".'),
    )
    synonyms = models.CharField(
        _("words on the pages"),
        max_length=255,
        help_text=_('One or more, separated by commas, e.g. "Kfz, Kraftfahrzeug".'),
    )
    both_ways = models.BooleanField(
        _("both ways"),
        default=True,
        help_text=_(
            "Also search for the first words when citizens type the second ones "
            "(Auto ⇄ Kfz). Off: only one way (skrald → affald)."
        ),
    )

    class Meta:
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms")
        ordering = ["locale", "term"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "term"], name="site_search_one_synonym_term"),
        ]

    def __str__(self):
        return f"{self.term} {self.arrow} {', '.join(phrases(self.synonyms))}"

    @property
    def arrow(self):
        return "⇄" if self.both_ways else "→"

    def clean(self):
        self.term = " ".join((self.term or "").split())
        words = phrases(self.synonyms)
        if not words:
            raise ValidationError({"synonyms": _("Give at least one word.")})
        if len(words) > MAX_PHRASES:
            raise ValidationError(
                {"synonyms": _("At most %(count)s words or phrases.") % {"count": MAX_PHRASES}}
            )
        if self.term.lower() in {w.lower() for w in words}:
            raise ValidationError({"synonyms": _("A word cannot be its own synonym.")})
        self.synonyms = ", ".join(words)

    def rules(self):
        """(phrase typed, [phrases searched for instead or as well]) pairs."""
        words = phrases(self.synonyms)
        found = [(self.term, words)]
        if self.both_ways:
            for word in words:
                found.append((word, [self.term, *[w for w in words if w != word]]))
        return found


class SynonymUse(models.Model):
    """How often a synonym widened a search, kept apart from the synonym itself:
    counting must not change the synonym (nor send its signals), and an editor
    saving it must not overwrite the count."""

    synonym = models.OneToOneField(
        Synonym, primary_key=True, on_delete=models.CASCADE, related_name="use"
    )
    fired = models.PositiveIntegerField(_("searches"), default=0)
    last_fired = models.DateField(_("last used"), null=True, blank=True)

    class Meta:
        verbose_name = _("synonym use")
        verbose_name_plural = _("synonym uses")

    def __str__(self):
        return f"{self.synonym}: {self.fired}"
