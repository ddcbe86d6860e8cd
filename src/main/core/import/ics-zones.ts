// Where an event's start lies in time: its TZID as an IANA zone (Google, Apple), a Windows zone name
// (Outlook), the file's own VTIMEZONE, UTC, or floating (the user's own zone).
import ICAL from 'ical.js'
import { findIana } from 'windows-iana'
import { isTimeZone } from '../../../shared/model'
import { instantOfShifted } from '../../../shared/time'

type Time = InstanceType<typeof ICAL.Time>
type Timezone = InstanceType<typeof ICAL.Timezone>

/** How a TZID resolves. */
export type EventZone =
  { kind: 'utc' } | { kind: 'iana'; name: string } | { kind: 'vtimezone'; zone: Timezone } | { kind: 'floating' }

const utcNames = /^(utc|gmt|z|etc\/utc|etc\/gmt|coordinated universal time|greenwich standard time)$/i

/** The zone a TZID names; `vtimezones` are the file's own definitions, by TZID. */
export function resolveZone(tzid: string | undefined, vtimezones: ReadonlyMap<string, Timezone>): EventZone {
  if (!tzid) return { kind: 'floating' }
  const name = tzid.trim().replace(/^"|"$/g, '')
  if (utcNames.test(name)) return { kind: 'utc' }
  if (isTimeZone(name) && name.includes('/')) return { kind: 'iana', name }
  // Some exporters prefix the IANA name: "/mozilla.org/20050126_1/Europe/Berlin", "/Europe/Berlin".
  const parts = name.split('/').filter(Boolean)
  for (let take = 3; take >= 2; take--) {
    const tail = parts.slice(-take).join('/')
    if (parts.length >= take && isTimeZone(tail)) return { kind: 'iana', name: tail }
  }
  const windows = findIana(name)?.[0]
  if (windows && isTimeZone(windows)) return { kind: 'iana', name: windows }
  const own = vtimezones.get(name)
  return own ? { kind: 'vtimezone', zone: own } : { kind: 'floating' }
}

/** The zone a time is written in: its TZID parameter, or UTC for a time ending in Z. */
export function zoneOfTime(time: Time, vtimezones: ReadonlyMap<string, Timezone>): EventZone {
  if (time.zone?.tzid === 'UTC') return { kind: 'utc' }
  // ical.js keeps a TZID it has no definition registered for as this undeclared field.
  return resolveZone((time as unknown as { timezone?: string }).timezone, vtimezones)
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A time's wall-clock date and time, as the calendar wrote it. */
export function wallOf(time: Time): { date: string; time: string } {
  return { date: `${time.year}-${pad(time.month)}-${pad(time.day)}`, time: `${pad(time.hour)}:${pad(time.minute)}` }
}

/**
 * The UTC instant of a wall-clock time in its zone, and the zone the session keeps: the event's own
 * when it names one, else the user's. Local time stays put across daylight-saving changes.
 */
export function instantIn(time: Time, zone: EventZone, userZone: string): { startsAt: string; timeZone: string } {
  const wall = wallOf(time)
  switch (zone.kind) {
    case 'utc': {
      const ms = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute)
      return { startsAt: new Date(ms).toISOString(), timeZone: userZone }
    }
    case 'iana':
      return { startsAt: new Date(instantOfShifted(wall, zone.name)).toISOString(), timeZone: zone.name }
    case 'vtimezone': {
      const zoned = ICAL.Time.fromData(
        { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: 0 },
        zone.zone,
      )
      return { startsAt: new Date(zoned.toUnixTime() * 1000).toISOString(), timeZone: userZone }
    }
    case 'floating':
      return { startsAt: new Date(instantOfShifted(wall, userZone)).toISOString(), timeZone: userZone }
  }
}
