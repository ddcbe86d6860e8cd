// Words for the data section: what a backup is, how big, how many records.
import type { BackupKind, RecordCounts } from '../../../../shared/requests/data'
import { formatRelativeDay } from '../../lib/dates'
import { listInWords, plural } from '../../../../shared/text'

/** Why each backup was written, as the list names it. */
export const backupKindLabels: Record<BackupKind, string> = {
  'last-good': 'Last good start',
  daily: 'Daily copy',
  'before-migration': 'Before upgrading the format',
  'before-restore': 'Before restoring a backup',
  'before-import': 'Before importing',
  'before-reload': 'Before reloading a changed file',
  conflict: "This computer's version (conflict)",
}

/** "12.4 KB": a file's size the way file managers show it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte', { grouped: true })
  const units = ['KB', 'MB', 'GB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toLocaleString(undefined, { maximumFractionDigits: value < 10 ? 1 : 0 })} ${units[unit]}`
}

/** The kinds of records a person counts, in the order they are named. */
export const countedKinds: Array<{ key: keyof RecordCounts; one: string; many: string }> = [
  { key: 'mentors', one: 'mentor', many: 'mentors' },
  { key: 'notes', one: 'note', many: 'notes' },
  { key: 'sessions', one: 'session', many: 'sessions' },
  { key: 'actionItems', one: 'action item', many: 'action items' },
  { key: 'goals', one: 'goal', many: 'goals' },
]

/** "3 mentors, 12 notes and 1 goal": the kinds that have any, or "nothing"; counts grouped ("1,200") unless told not. */
export function countsText(counts: RecordCounts, { grouped = true } = {}): string {
  const parts = countedKinds
    .filter(({ key }) => counts[key] > 0)
    .map((k) => plural(counts[k.key], k.one, { many: k.many, grouped }))
  return parts.length === 0 ? 'nothing' : listInWords(parts)
}

/** "1 record", "5 records". */
export const recordsText = (n: number) => plural(n, 'record', { grouped: true })

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })

/** "5 minutes ago", "3 hours ago", "yesterday": how long ago `iso` was, in the largest unit that fits. */
export function formatAgo(iso: string, now: number): string {
  const minutes = Math.round((Date.parse(iso) - now) / 60_000)
  if (Math.abs(minutes) < 1) return 'just now'
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute')
  if (Math.abs(minutes) < 24 * 60) return relative.format(Math.round(minutes / 60), 'hour')
  return formatRelativeDay(iso, new Date(now))
}
