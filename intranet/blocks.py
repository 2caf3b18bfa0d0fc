"""StreamField blocks shared by every page type of the intranet.

Each block renders through a template in `intranet/templates/blocks/`; apps combine these
into their own StreamFields (see `knowledge_base/blocks.py`).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


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

    video = EmbedBlock(label=_("Video URL"), help_text=_("For example a YouTube or Vimeo link."))
    title = blocks.CharBlock(label=_("Title"), max_length=150)

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")


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
