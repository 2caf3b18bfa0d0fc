from wagtail import blocks

from intranet import blocks as intranet_blocks


class ArticleBodyBlock(blocks.StreamBlock):
    """What an editor can put in the body of a knowledge base article."""

    heading = intranet_blocks.HeadingBlock()
    paragraph = intranet_blocks.ParagraphBlock()
    image = intranet_blocks.ImageBlock()
    document = intranet_blocks.DocumentBlock()
    video = intranet_blocks.VideoBlock()
    callout = intranet_blocks.CalloutBlock()
    steps = intranet_blocks.StepsBlock()
    faq = intranet_blocks.FAQBlock()
