// Reminder keys: what a reminder is about and when it counts from, the same in every plan. Made and read only here.

/** The two stages of an action item's or a keep-in-touch reminder. */
export type Stage = 'due' | 'overdue'

export const sessionKey = (sessionId: string, startsAt: string, leadMinutes: number) =>
  `session:${sessionId}:${startsAt}:${leadMinutes}`
export const touchKey = (mentorId: string, countsFrom: string, stage: Stage) =>
  `touch:${mentorId}:${countsFrom}:${stage}`
export const actionKey = (itemId: string, dueOn: string, stage: Stage) => `action:${itemId}:${dueOn}:${stage}`
export const digestKey = (day: string) => `digest:${day}`
export const checkInKey = (mentorId: string, countsFrom: string) => `checkin:${mentorId}:${countsFrom}:due`
export const reviewKey = (agreementId: string, reviewOn: string) => `review:${agreementId}:${reviewOn}:due`

/** A key's parts: its kind, the record's id (a digest's day), the time it counts from and its last part. */
export function keyParts(key: string): { kind: string; id: string; countsFrom: string; last: string } {
  const [kind = '', id = '', ...rest] = key.split(':')
  // An instant holds colons of its own: everything between the id and the last part.
  return { kind, id, countsFrom: rest.slice(0, -1).join(':'), last: rest.at(-1) ?? '' }
}

/** The key of a "due" reminder's "overdue" stage; null for a key with no stages. */
export function overdueKeyOf(key: string): string | null {
  const { kind, last } = keyParts(key)
  return (kind === 'action' || kind === 'touch') && last === 'due' ? `${key.slice(0, -'due'.length)}overdue` : null
}
