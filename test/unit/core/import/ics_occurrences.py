# A second reader of .ics files for the calendar import tests: Python icalendar parses the file and its
# time zones, dateutil expands each RRULE on the event's local wall clock (EXDATE dropped, RECURRENCE-ID
# moved), and every timed occurrence is printed as JSON: its UTC start and its length in minutes.
# Usage: python3 ics_occurrences.py FILE FROM TO   (FROM and TO as YYYY-MM-DD, UTC, TO excluded)
import datetime
import json
import sys

from dateutil.rrule import rrulestr
from icalendar import Calendar

UTC = datetime.timezone.utc


def localize(naive, tz):
    """The wall-clock time `naive` in `tz` (pytz zones need localize; others take tzinfo)."""
    return tz.localize(naive) if hasattr(tz, 'localize') else naive.replace(tzinfo=tz)


def utc_text(moment):
    return moment.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z')


def length_of(event):
    """An event's length in minutes, from DTEND or DURATION; every occurrence of a series has its master's."""
    start = event.decoded('DTSTART')
    if 'DTEND' in event:
        return (event.decoded('DTEND') - start).total_seconds() / 60
    if 'DURATION' in event:
        return event.decoded('DURATION').total_seconds() / 60
    return 0


def main():
    calendar = Calendar.from_ical(open(sys.argv[1], 'rb').read())
    begin = datetime.datetime.fromisoformat(sys.argv[2]).replace(tzinfo=UTC)
    end = datetime.datetime.fromisoformat(sys.argv[3]).replace(tzinfo=UTC)
    events = [e for e in calendar.walk('VEVENT') if not e.errors]
    moved = {}
    for e in events:
        if 'RECURRENCE-ID' in e:
            moved[(str(e['UID']), e.decoded('RECURRENCE-ID').astimezone(UTC))] = e
    found = []

    def add(event, start):
        if str(event.get('STATUS', '')).upper() == 'CANCELLED':
            return
        if begin <= start < end:
            found.append({'start': utc_text(start), 'minutes': length_of(event)})

    for e in events:
        start = e.decoded('DTSTART')
        if 'RECURRENCE-ID' in e or not isinstance(start, datetime.datetime):
            continue
        if str(e.get('STATUS', '')).upper() == 'CANCELLED':
            continue
        if 'RRULE' not in e:
            add(e, start)
            continue
        tz = start.tzinfo
        rule = rrulestr(e['RRULE'].to_ical().decode(), dtstart=start.replace(tzinfo=None))
        excluded = set()
        exdates = e.get('EXDATE', [])
        for exdate in exdates if isinstance(exdates, list) else [exdates]:
            excluded.update(d.dt.astimezone(UTC) for d in exdate.dts)
        for naive in rule:
            occurrence = localize(naive, tz)
            if occurrence >= end:
                break
            key = (str(e['UID']), occurrence.astimezone(UTC))
            if key[1] in excluded:
                continue
            if key in moved:
                exception = moved[key]
                add(exception, exception.decoded('DTSTART'))
            else:
                add(e, occurrence)
    found.sort(key=lambda o: o['start'])
    print(json.dumps(found))


main()
