"""The newsletter's e-mail version: HTML with tables and inline styles only (mail clients ignore
style sheets and scripts), every link and image with an absolute address."""

import re

from django.template.loader import render_to_string
from django.utils.dateformat import format as date_format
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.rich_text import expand_db_html

from intranet.mail import absolute_url, templated_mail

PARAGRAPH = re.compile(r"<p(\s[^>]*)?>")
LINK = re.compile(r'<a\s[^>]*?href="([^"]*)"[^>]*>')

PHOTO_SPEC = "fill-160x160"
TEASER_IMAGE_SPEC = "fill-560x315"


def inline_rich_text(html):
    """Rich text for a mail: paragraphs and links with inline styles, links absolute."""
    html = PARAGRAPH.sub('<p style="margin:0 0 8px 0;">', expand_db_html(html))
    return LINK.sub(lambda match: f'<a href="{absolute_url(match[1])}" style="color:#0b5a8c;">', html)


def email_context(page):
    """What the e-mail templates show, with every address made absolute."""
    photo = None
    if page.foreword_photo is not None:
        rendition = page.foreword_photo.get_rendition(PHOTO_SPEC)
        photo = {"url": absolute_url(rendition.url), "width": rendition.width, "height": rendition.height}
    teasers = []
    for teaser in page.chosen_teasers():
        image = None
        if teaser.image is not None:
            rendition = teaser.image.get_rendition(TEASER_IMAGE_SPEC)
            image = {"url": absolute_url(rendition.url), "alt": teaser.image_alt}
        teasers.append(
            {
                "title": teaser.title,
                "text": teaser.text,
                "label": str(teaser.button_label),
                "url": absolute_url(teaser.click_url),
                "campaign": teaser.campaign.name,
                "image": image,
            }
        )
    articles = [
        {"title": article.title, "summary": getattr(article, "summary", ""), "url": absolute_url(article.url)}
        for article in page.chosen_articles()
    ]
    return {
        "page": page,
        "web_url": absolute_url(page.url),
        "photo": photo,
        "teasers": teasers,
        "articles": articles,
        "foreword_html": inline_rich_text(page.foreword),
        "foreword_text": strip_tags(expand_db_html(page.foreword)),
    }


def subject(page):
    return _("Newsletter Samen West Betuws Werken, %(month)s") % {"month": month_label(page)}


def month_label(page):
    return date_format(page.issue_date, "F Y")


def email_html(page):
    return render_to_string(
        "teasers/emails/newsletter.html", {**email_context(page), "subject": subject(page)}
    )


def send_test(page, user):
    """Send the e-mail version to `user` alone, as the mailing tool would show it."""
    message = templated_mail(
        "teasers/emails/newsletter", email_context(page), subject=subject(page), to=[user.email]
    )
    message.send()
    return message
