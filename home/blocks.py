"""StreamField blocks shared by the content pages.

Every block renders to semantic HTML that works without JavaScript; the video
block loads nothing from a third party until the visitor asks for it.
"""

import hashlib
import re

from django.forms.utils import ErrorList
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        label=_("Level"),
        help_text=_("Use level 2 for main sections and level 3 or 4 inside them."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "home/blocks/heading.html"


def caption_block():
    return blocks.CharBlock(label=_("Caption"), required=False, max_length=250)


def credit_block():
    # Every published photo carries its copyright line.
    return blocks.CharBlock(
        label=_("Credit"),
        max_length=150,
        help_text=_("Photographer or copyright holder, e.g. '© 2024 Landkreis Lindenau'."),
    )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who cannot see it. "
            "Required unless the image is decorative."
        ),
    )
    decorative = blocks.BooleanBlock(
        label=_("Decorative only"),
        required=False,
        help_text=_("Tick only if the image adds no information; screen readers then skip it."),
    )
    caption = caption_block()
    credit = credit_block()

    class Meta:
        icon = "image"
        label = _("Image")
        template = "home/blocks/image.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not value.get("alt_text", "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ErrorList([_("Describe the image, or mark it as decorative.")])
                }
            )
        return value


class GalleryImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = caption_block()
    credit = credit_block()

    class Meta:
        icon = "image"
        label = _("Photo")


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    images = blocks.ListBlock(GalleryImageBlock(), label=_("Photos"), min_num=1)

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "home/blocks/gallery.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Who said it"),
        required=False,
        help_text=_("Name and role, e.g. 'Anna Berg, Head of Social Planning'."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "home/blocks/quote.html"


class LinkTargetMixin:
    """A link to a page of this site or to an external address, not both."""

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page of this site or an external address.")
            raise StructBlockValidationError(
                block_errors={"page": ErrorList([message]), "url": ErrorList([message])}
            )
        return value


class CallToActionBlock(LinkTargetMixin, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=300)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)
    link_text = blocks.CharBlock(
        label=_("Button text"), max_length=60, help_text=_("Say what happens, e.g. 'Apply online'.")
    )

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "home/blocks/call_to_action.html"


class ContactCardBlock(blocks.StructBlock):
    contact = SnippetChooserBlock("organisations.Contact", label=_("Contact"))

    class Meta:
        icon = "user"
        label = _("Contact card")
        template = "home/blocks/contact_card.html"


class DocumentListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Document")), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        label = _("Document list")
        template = "home/blocks/document_list.html"


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question or title"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Questions and answers")
        template = "home/blocks/accordion.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=150)
    text = blocks.RichTextBlock(label=_("Details"), features=TEXT_FEATURES, required=False)


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Step-by-step list")
        template = "home/blocks/steps.html"


VIDEO_PATTERNS = [
    (
        re.compile(r"(?:youtube\.com/watch\?v=|youtu\.be/|youtube\.com/embed/)([\w-]{6,})"),
        "YouTube",
        "https://www.youtube-nocookie.com/embed/{id}",
    ),
    (
        re.compile(r"vimeo\.com/(?:video/)?(\d+)"),
        "Vimeo",
        "https://player.vimeo.com/video/{id}?dnt=1",
    ),
]


def video_embed(url):
    """(provider name, embed URL) for a YouTube or Vimeo address, else None."""
    for pattern, provider, embed in VIDEO_PATTERNS:
        match = pattern.search(url or "")
        if match:
            return provider, embed.format(id=match.group(1))
    return None


class VideoBlock(blocks.StructBlock):
    """A video that loads nothing from its provider until the visitor asks.

    The page first shows a link; following it reloads the page with the player
    (?video=<block id>), so it also works without JavaScript."""

    url = blocks.URLBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo address."))
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    transcript = blocks.RichTextBlock(
        label=_("Transcript or description"),
        features=TEXT_FEATURES,
        required=False,
        help_text=_("For people who cannot watch or hear the video."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "home/blocks/video.html"

    def clean(self, value):
        value = super().clean(value)
        if video_embed(value.get("url")) is None:
            raise StructBlockValidationError(
                block_errors={"url": ErrorList([_("Enter a YouTube or Vimeo address.")])}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["provider"], context["embed_url"] = video_embed(value["url"]) or ("", "")
        # Blocks do not know their stream id here; the address identifies the video on the page.
        context["video_key"] = hashlib.sha256(value["url"].encode()).hexdigest()[:12]
        request = (parent_context or {}).get("request")
        context["play"] = request is not None and request.GET.get("video") == context["video_key"]
        return context


# BCP 47 (ISO 639-3) codes of the sign languages of the countries the site serves.
SIGN_LANGUAGES = [
    ("gsg", _("German Sign Language (DGS)")),
    ("dsl", _("Danish Sign Language")),
    ("fse", _("Finnish Sign Language")),
    ("fss", _("Finland-Swedish Sign Language")),
    ("swl", _("Swedish Sign Language")),
    ("bfi", _("British Sign Language (BSL)")),
    ("ils", _("International Sign")),
]


class SignLanguageVideoBlock(VideoBlock):
    """A video in a sign language, such as the home page's explanation of the site that
    BITV 2.0 asks of German authorities: the video block's click-to-load (nothing is
    requested from the provider before the visitor asks), with its text version required."""

    sign_language = blocks.ChoiceBlock(choices=SIGN_LANGUAGES, label=_("Sign language"))
    transcript = blocks.RichTextBlock(
        label=_("Text version"),
        features=TEXT_FEATURES,
        help_text=_("The same content as text, for people who do not use this sign language."),
    )

    class Meta:  # the icon is the video block's
        label = _("Sign-language video")
        template = "home/blocks/sign_language_video.html"

    def clean(self, value):
        value = super().clean(value)
        # The editor's empty box is an empty paragraph, which "required" lets through.
        if not strip_tags(str(value.get("transcript") or "")).strip():
            raise StructBlockValidationError(
                block_errors={"transcript": ErrorList([_("Write the video's text version.")])}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["sign_language_name"] = dict(SIGN_LANGUAGES).get(value.get("sign_language"), "")
        return context


class AccessibleTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Caption"),
        max_length=200,
        help_text=_("Says what the table shows; read first by screen readers."),
    )
    table = TableBlock(label=_("Table"))

    class Meta:
        icon = "table"
        label = _("Table")
        template = "home/blocks/table.html"

    def get_context(self, value, parent_context=None):
        # The table's own template reads its caption from the table's value; the
        # caption field above is the one editors fill in.
        context = super().get_context(value, parent_context)
        table = dict(value.get("table") or {}, table_caption=value.get("caption"))
        context["table"] = self.child_blocks["table"].render(table, context)
        return context


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=TEXT_FEATURES, template="home/blocks/paragraph.html"
    )
    image = ImageBlock()
    gallery = GalleryBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    contact = ContactCardBlock()
    documents = DocumentListBlock()
    table = AccessibleTableBlock()
    accordion = AccordionBlock()
    steps = StepsBlock()
    video = VideoBlock()
