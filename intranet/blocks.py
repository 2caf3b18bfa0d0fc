"""StreamField blocks shared by every page type of the intranet.

Each block renders through a template in `intranet/templates/blocks/`; apps combine these
into their own StreamFields (see `knowledge_base/blocks.py`).
"""

import hashlib

import requests
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds import embeds
from wagtail.embeds.blocks import EmbedBlock, EmbedValue
from wagtail.embeds.exceptions import EmbedException
from wagtail.embeds.finders import get_finders
from wagtail.images.blocks import ImageChooserBlock

# How long a failed embed fetch is remembered before it is tried again: long enough that a
# provider that is down (or a machine without internet) does not slow every page view.
EMBED_FAILURE_SECONDS = 15 * 60
EMBED_SUCCESS_SECONDS = 60 * 60


# The player's proportions as CSS classes (intranet.css): the site's Content-Security-Policy
# allows no inline styles, so Wagtail's responsive wrapper with its padding-bottom style is not used.
FRAME_SHAPES = {"16x9": 9 / 16, "4x3": 3 / 4, "1x1": 1.0, "9x16": 16 / 9}


def frame_shape(embed):
    """The shape closest to the embed's height/width ratio; a widescreen player when unknown."""
    ratio = embed.ratio or FRAME_SHAPES["16x9"]
    return min(FRAME_SHAPES, key=lambda shape: abs(FRAME_SHAPES[shape] - ratio))


def _embed_cache_key(prefix, url):
    return f"{prefix}:{hashlib.sha256(url.encode()).hexdigest()}"


def embed_html(url):
    """The provider's embed HTML for `url`, or "" when it cannot be fetched right now.

    Both outcomes are cached, so a page with a video costs at most one fetch attempt per
    period instead of one per view.
    """
    if not url:
        return ""
    html = cache.get(_embed_cache_key("embed-html", url))
    if html is not None:
        # Provider markup, trusted as Wagtail's own embed template trusts it.
        return mark_safe(html)
    if cache.get(_embed_cache_key("embed-failed", url)):
        return ""
    try:
        embed = embeds.get_embed(url)
    except (EmbedException, requests.RequestException):
        cache.set(_embed_cache_key("embed-failed", url), True, EMBED_FAILURE_SECONDS)
        return ""
    html = (
        render_to_string("blocks/video_embed.html", {"embed": embed, "shape": frame_shape(embed)})
        if embed.html
        else ""
    )
    cache.set(_embed_cache_key("embed-html", url), html, EMBED_SUCCESS_SECONDS)
    return html


def is_embeddable(url):
    """Whether any configured embed finder (YouTube, Vimeo, ...) knows this kind of URL."""
    return any(finder.accept(url) for finder in get_finders())


class VideoEmbedBlock(EmbedBlock):
    """A video URL that may be saved while its embed cannot be fetched (e.g. offline).

    Wagtail's EmbedBlock refuses a URL whose embed it cannot fetch; editors here must be able
    to save a known provider's link anyway, and the page then shows a plain link.
    """

    def clean(self, value):
        if isinstance(value, EmbedValue) and value.url and not is_embeddable(value.url):
            raise ValidationError(_("This is not a video address we can show, such as YouTube or Vimeo."))
        return blocks.URLBlock.clean(self, value)


class HeadingBlock(blocks.StructBlock):
    """A section heading; headings also build the page's table of contents."""

    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        preview_value = {"text": "Zo werkt het Model voor Lerend Veranderen", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Text")
        features = ["bold", "italic", "link", "document-link", "ol", "ul", "h3"]
        preview_value = (
            "<p>Samen West Betuws Werken brengt alle ontwikkel- en verbeterinitiatieven samen.</p>"
        )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who cannot see it. Leave empty "
            "for a purely decorative image."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=150,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document download")


class VideoBlock(blocks.StructBlock):
    """An embedded video; when the embed cannot be fetched the page shows a plain link."""

    video = VideoEmbedBlock(label=_("Video URL"), help_text=_("For example a YouTube or Vimeo link."))
    title = blocks.CharBlock(label=_("Title"), max_length=150)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        video = value.get("video")
        context["video_url"] = video.url if video else ""
        context["embed_html"] = embed_html(context["video_url"])
        return context

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")
        preview_value = {
            "video": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "title": "Instructievideo: zo werkt het Model voor Lerend Veranderen",
        }


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("info", _("Good to know")), ("warning", _("Pay attention"))],
        default="tip",
    )
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"])

    class Meta:
        icon = "help"
        template = "blocks/callout_block.html"
        label = _("Tip or callout")
        preview_value = {"kind": "tip", "text": "<p>Pak het model erbij bij de start van elk project.</p>"}


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=150)
    text = blocks.RichTextBlock(label=_("Explanation"), required=False, features=["bold", "italic", "link"])


class StepsBlock(blocks.StructBlock):
    """Numbered, step-by-step instructions."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "blocks/steps_block.html"
        label = _("Step-by-step instructions")
        preview_value = {
            "title": "Zo meld je je aan voor een training",
            "steps": [
                {"title": "Kies een training in de Academie", "text": "<p>Lees de beschrijving.</p>"},
                {"title": "Overleg met je leidinggevende", "text": ""},
                {"title": "Meld je aan", "text": "<p>Je krijgt een bevestiging per e-mail.</p>"},
            ],
        }


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ul", "ol"])


class FAQBlock(blocks.StructBlock):
    """Frequently asked questions as an accordion (native <details>, no JavaScript needed)."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150, default="Veelgestelde vragen")
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        template = "blocks/faq_block.html"
        label = _("Frequently asked questions")
        preview_value = {
            "title": "Veelgestelde vragen",
            "questions": [
                {
                    "question": "Wat is het Leercafé?",
                    "answer": "<p>Een informele bijeenkomst waar collega's kennis delen.</p>",
                }
            ],
        }
