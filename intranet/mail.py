"""One way to write a mail of the intranet: plain text and HTML from two templates, with links
that work outside the intranet's pages.

Every app builds its mails here (Academy notifications, participant lists, review reminders,
e-mail address confirmations, and the digests of later apps), so they share the sender, the
subject in the context and the site address for absolute links::

    message = templated_mail(
        "academy_pages/emails/confirmed", context, subject=subject, to=[registration.email]
    )
    message.send()

The templates are ``<name>.txt`` and ``<name>.html``; both get the context plus ``subject``.
"""

from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string


def coordination_point(address=None):
    """``(name, address)`` of the coordination point: the sender of the intranet's mails
    (``DEFAULT_FROM_EMAIL``), or the given "Name <address>"."""
    return parseaddr(address or settings.DEFAULT_FROM_EMAIL)


def absolute_url(url):
    """``url`` as a link for a mail: a path gets the site's address (``WAGTAILADMIN_BASE_URL``),
    a full URL stays as it is."""
    if url.startswith(("http://", "https://")):
        return url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/" + url.lstrip("/")


def templated_mail(template, context, *, subject, to, reply_to=None, from_email=None):
    """An ``EmailMultiAlternatives`` (not sent) rendered from ``template``.txt and .html.

    ``to`` and ``reply_to`` are lists of addresses; the sender is ``DEFAULT_FROM_EMAIL`` unless
    ``from_email`` says otherwise. Attachments can be added to the result before sending.
    """
    subject = str(subject)
    context = {**context, "subject": subject}
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"{template}.txt", context),
        from_email=from_email or settings.DEFAULT_FROM_EMAIL,
        to=list(to),
        reply_to=list(reply_to) if reply_to else None,
    )
    message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    return message
