"""Calendar invites (.ics) for Academy sessions, so Outlook adds, updates and removes them.

Each day of a session is its own VEVENT. Its UID never changes: the session's `calendar_uid`
plus the day's position in the session (day 1, day 2, ...), so moving a day updates the entry
the participant already has instead of adding a second one. SEQUENCE is the session's
`calendar_sequence`, which goes up on every change (`notifications.session_changed`,
`registration.cancel_session`); a mail client replaces its entry when the sequence is higher.
Times carry TZID=Europe/Amsterdam with a matching VTIMEZONE.
"""

import datetime
import zoneinfo

import icalendar
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from intranet import mail

REQUEST = "REQUEST"
CANCEL = "CANCEL"
METHODS = (REQUEST, CANCEL)

PRODID = "-//Gemeente West Betuwe//Samen West Betuws Werken Academie//NL"
# Part of every UID; it must never change, or invites already sent can no longer be updated.
UID_DOMAIN = "academie.westbetuwe.nl"


def day_uid(session, number):
    """The stable UID of the `number`-th day (1-based) of `session`."""
    return f"{session.calendar_uid}-{number}@{UID_DOMAIN}"


def coordination_point():
    """(name, address) of the coordination point, from settings.ACADEMY_COORDINATION_EMAIL."""
    return mail.coordination_point(settings.ACADEMY_COORDINATION_EMAIL)


def session_calendar(registration, method):
    """The invite for one participant: a VCALENDAR with one VEVENT per current session day.

    `method` is REQUEST (add or update the entries) or CANCEL (remove them). Days a session
    lost are cancelled with `cancelled_days_calendar`.
    """
    if method not in METHODS:
        raise ValueError(f"Unknown calendar method {method!r}")
    session = registration.session
    days = session.sorted_days
    calendar = _new_calendar(method)
    for number, day in enumerate(days, start=1):
        calendar.add_component(_event(registration, method, number, len(days), day))
    if days:
        calendar.add_missing_timezones(
            first_date=datetime.date(days[0].date.year, 1, 1),
            last_date=datetime.date(days[-1].date.year + 1, 1, 1),
        )
    return calendar.to_ical()


def cancelled_days_calendar(registration, numbers):
    """A CANCEL for day numbers a session no longer has (it was shortened from 3 days to 2)."""
    session = registration.session
    calendar = _new_calendar(CANCEL)
    for number in numbers:
        event = icalendar.Event()
        event.add("uid", day_uid(session, number))
        event.add("sequence", session.calendar_sequence)
        event.add("dtstamp", timezone.now())
        event.add("summary", session.display_title)
        event.add("status", "CANCELLED")
        event.add("organizer", _organizer())
        event.add("attendee", _attendee(registration))
        calendar.add_component(event)
    return calendar.to_ical()


def add_to_mail(message, ics, method, filename):
    """Put the invite in an EmailMultiAlternatives the way mail clients recognise it.

    Inline as a `text/calendar; method=...` alternative next to the text and HTML (Outlook
    and Gmail then show the accept / update / remove buttons, RFC 6047), and as an .ics file
    for clients that only offer attachments.
    """
    text = ics.decode() if isinstance(ics, bytes) else ics
    message.attach_alternative(text, f"text/calendar; method={method}")
    attach_file(message, text, filename)


def attach_file(message, ics, filename):
    """The invite as a plain .ics attachment only (e.g. a second calendar in the same mail)."""
    message.attach(filename, ics.encode() if isinstance(ics, str) else ics, "application/ics")


def _new_calendar(method):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    return calendar


def _event(registration, method, number, total, day):
    session = registration.session
    tz = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    event = icalendar.Event()
    event.add("uid", day_uid(session, number))
    event.add("sequence", session.calendar_sequence)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", datetime.datetime.combine(day.date, day.start_time, tzinfo=tz))
    event.add("dtend", datetime.datetime.combine(day.date, day.end_time, tzinfo=tz))
    title = session.display_title
    if total > 1:
        title = _("%(title)s (day %(number)s of %(total)s)") % {
            "title": title,
            "number": number,
            "total": total,
        }
    event.add("summary", title)
    location = location_of(session)
    if location:
        event.add("location", location)
    if session.online_url:
        event.add("url", session.online_url)
    description = _description(session)
    if description:
        event.add("description", description)
    event.add("status", "CANCELLED" if method == CANCEL else "CONFIRMED")
    event.add("transp", "OPAQUE")
    event.add("organizer", _organizer())
    event.add("attendee", _attendee(registration))
    return event


def location_of(session):
    """Where the session takes place: its location, else its online link, else the default."""
    if session.location:
        return session.location
    if session.online_url:
        return session.online_url
    offering = session.offering
    return getattr(offering, "default_location", "") or getattr(offering, "location", "") or ""


def _description(session):
    lines = []
    offering = session.offering
    if offering is not None and getattr(offering, "summary", ""):
        lines.append(offering.summary)
    if session.trainer:
        lines.append(_("Trainer: %(trainer)s") % {"trainer": session.trainer})
    if session.online_url:
        lines.append(_("Online link: %(url)s") % {"url": session.online_url})
    return "\n".join(lines)


def _organizer():
    name, address = coordination_point()
    organizer = icalendar.vCalAddress(f"mailto:{address}")
    if name:
        organizer.params["CN"] = name
    return organizer


def _attendee(registration):
    attendee = icalendar.vCalAddress(f"mailto:{registration.email}")
    attendee.params["CN"] = registration.name
    attendee.params["ROLE"] = "REQ-PARTICIPANT"
    attendee.params["PARTSTAT"] = "ACCEPTED"
    attendee.params["RSVP"] = "FALSE"
    return attendee
