"""The care network: member organisations, a contact point for citizens, meetings."""

import datetime

from django.conf import settings
from django.db import models
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail_localize.fields import TranslatableField

from home.blocks import TEXT_FEATURES, GalleryImageBlock
from home.calendar import meetings_calendar
from home.organisations.models import Organisation

from .base import BasePage


class MeetingBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    start_time = blocks.TimeBlock(label=_("Starts at"), required=False)
    end_time = blocks.TimeBlock(label=_("Ends at"), required=False)
    place = blocks.CharBlock(label=_("Place"), max_length=200)
    topic = blocks.CharBlock(label=_("Topic"), max_length=200)
    participants = blocks.IntegerBlock(
        label=_("Number of participants"),
        required=False,
        min_value=0,
        help_text=_("Fill in afterwards."),
    )
    outcomes = blocks.RichTextBlock(
        label=_("Outcomes agreed"),
        features=TEXT_FEATURES,
        required=False,
        help_text=_("Fill in afterwards."),
    )
    photos = blocks.ListBlock(GalleryImageBlock(), label=_("Photos"), default=[])

    class Meta:
        icon = "date"
        label = _("Meeting")


class CareNetworkPage(RoutablePageMixin, BasePage):
    purpose = RichTextField(
        _("purpose"),
        features=TEXT_FEATURES,
        help_text=_("Why the network exists and what it works on."),
    )
    members = StreamField(
        [("member", SnippetChooserBlock(Organisation, label=_("Member organisation")))],
        blank=True,
        verbose_name=_("member organisations"),
    )
    contact_point = models.ForeignKey(
        "organisations.Contact",
        verbose_name=_("contact point for citizens"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where citizens turn with questions about care."),
    )
    contact_point_note = models.TextField(
        _("about the contact point"),
        blank=True,
        help_text=_("E.g. what it helps with, or 'opens in spring 2025'."),
    )
    meetings = StreamField([("meeting", MeetingBlock())], blank=True, verbose_name=_("meetings"))
    how_to_join = RichTextField(
        _("how to join"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Who may join and whom to ask."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("purpose"),
        FieldPanel("members"),
        MultiFieldPanel(
            [FieldPanel("contact_point"), FieldPanel("contact_point_note")],
            heading=_("Contact point"),
        ),
        FieldPanel("meetings"),
        FieldPanel("how_to_join"),
        FieldPanel("related_pages"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("purpose"),
        index.SearchField("meetings"),
        index.SearchField("how_to_join"),
    ]
    api_fields = BasePage.api_fields + [
        APIField(name)
        for name in ["purpose", "members", "contact_point_note", "meetings", "how_to_join"]
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("purpose"),
        TranslatableField("members"),
        TranslatableField("contact_point"),
        TranslatableField("contact_point_note"),
        TranslatableField("meetings"),
        TranslatableField("how_to_join"),
    ]

    class Meta:
        verbose_name = _("care network page")
        verbose_name_plural = _("care network pages")

    def sorted_meetings(self):
        """Meetings newest first, each with its block id and whether it is still ahead."""
        today = timezone.localdate()
        meetings = [
            {**block.value, "id": block.id, "upcoming": block.value["date"] >= today}
            for block in self.meetings
        ]
        return sorted(
            meetings, key=lambda m: (m["date"], m["start_time"] or datetime.time()), reverse=True
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["meeting_list"] = meetings = self.sorted_meetings()
        context["has_upcoming"] = any(m["upcoming"] for m in meetings)
        return context

    @path("meetings/calendar/", name="calendar")
    def calendar(self, request):
        upcoming = [m for m in self.sorted_meetings() if m["upcoming"]]
        return self._ics_response(request, upcoming, f"{self.slug}.ics")

    @path("meetings/<str:meeting_id>/calendar/", name="meeting_calendar")
    def meeting_calendar(self, request, meeting_id):
        meeting = next((m for m in self.sorted_meetings() if m["id"] == meeting_id), None)
        if meeting is None:
            raise Http404
        return self._ics_response(request, [meeting], f"{self.slug}-{meeting['date']:%Y-%m-%d}.ics")

    def _ics_response(self, request, meetings, filename):
        body = meetings_calendar(
            meetings,
            page_title=self.title,
            page_url=self.get_full_url(request),
            host=request.get_host().split(":")[0],
            time_zone=settings.TIME_ZONE,
        )
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
