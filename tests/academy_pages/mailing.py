"""Helpers for the Academy's mail tests: find the parts of a sent mail and parse its invites."""

import icalendar


def html_of(message):
    (html,) = [content for content, mimetype in message.alternatives if mimetype == "text/html"]
    return html


def calendar_parts(message):
    """The inline text/calendar parts of the mail as it goes over the wire."""
    return [part for part in message.message().walk() if part.get_content_type() == "text/calendar"]


def invites(message):
    """The inline invites of the mail, parsed back with icalendar."""
    return [icalendar.Calendar.from_ical(part.get_payload(decode=True)) for part in calendar_parts(message)]


def invite(message):
    (calendar,) = invites(message)
    return calendar


def ics_files(message):
    """The .ics attachments: {filename: parsed calendar}."""
    return {
        part.get_filename(): icalendar.Calendar.from_ical(part.get_payload(decode=True))
        for part in message.message().walk()
        if (part.get_filename() or "").endswith(".ics")
    }
