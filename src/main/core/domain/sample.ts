// `sample:*`: sample data to look around in, and its removal in one step. Rules first, registration last.
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc'
import { recordCollections } from '../../../shared/model'
import type { Database, ReminderState, SampleRecords } from '../../../shared/model'
import type { SampleCounts, SampleStatus } from '../../../shared/requests/sample'
import type { CoreContext } from '../context'
import { AppFailure } from '../errors'
import type { HandlerSlice } from '../handlers'
import type { Outcome, RuleEnv } from '../rules'
import { mutation, read } from '../rules'
import { planReminders } from '../reminders/plan'
import { keyParts } from '../reminders/keys'
import { sampleData } from '../sample/sample-data'
import { sampleCheckIns } from '../sample/sample-check-ins'
import { sampleWrapUps } from '../sample/sample-wrap-up'
import { sampleAgreements } from '../sample/sample-agreements'
import { draftsNotAbout } from './drafts'

import { plural } from '../../../shared/text'

/** The sample ids as sets, for quick membership tests. */
function idSets(sample: SampleRecords) {
  return {
    mentors: new Set(sample.mentorIds),
    notes: new Set(sample.noteIds),
    sessions: new Set(sample.sessionIds),
    actionItems: new Set(sample.actionItemIds),
    goals: new Set(sample.goalIds),
    agreements: new Set(sample.agreementIds),
  }
}
type IdSets = ReturnType<typeof idSets>

/** The user's own records that point at a sample mentor or session: what removing the sample would orphan. */
function attachedTo(data: Database, ids: IdSets) {
  const onSampleMentor = (r: { mentorId: string | null }) => r.mentorId !== null && ids.mentors.has(r.mentorId)
  return {
    notes: data.notes.filter((n) => !ids.notes.has(n.id) && onSampleMentor(n)),
    sessions: data.sessions.filter((s) => !ids.sessions.has(s.id) && onSampleMentor(s)),
    actionItems: data.actionItems.filter(
      (a) =>
        !ids.actionItems.has(a.id) && (onSampleMentor(a) || (a.sessionId !== null && ids.sessions.has(a.sessionId))),
    ),
  }
}

/** The sample records still in the file. */
function sampleRecordsIn(data: Database, ids: IdSets) {
  return {
    mentors: data.mentors.filter((r) => ids.mentors.has(r.id)),
    notes: data.notes.filter((r) => ids.notes.has(r.id)),
    sessions: data.sessions.filter((r) => ids.sessions.has(r.id)),
    actionItems: data.actionItems.filter((r) => ids.actionItems.has(r.id)),
    goals: data.goals.filter((r) => ids.goals.has(r.id)),
  }
}

const countsOf = (records: Record<keyof SampleCounts, unknown[]>): SampleCounts => ({
  mentors: records.mentors.length,
  notes: records.notes.length,
  sessions: records.sessions.length,
  actionItems: records.actionItems.length,
  goals: records.goals.length,
})

const noCounts: SampleCounts = { mentors: 0, notes: 0, sessions: 0, actionItems: 0, goals: 0 }

/** What `sample:status` answers for `data`. */
export function sampleStatusOf(data: Database): SampleStatus {
  const sample = data.sample
  if (!sample) {
    return {
      loaded: false,
      loadedAt: null,
      records: noCounts,
      attached: { notes: 0, sessions: 0, actionItems: 0 },
      edited: 0,
    }
  }
  const ids = idSets(sample)
  const records = sampleRecordsIn(data, ids)
  const attached = attachedTo(data, ids)
  const edited = Object.values(records)
    .flat()
    .filter((r) => r.updatedAt > sample.loadedAt).length
  return {
    loaded: true,
    loadedAt: sample.loadedAt,
    records: countsOf(records),
    attached: {
      notes: attached.notes.length,
      sessions: attached.sessions.length,
      actionItems: attached.actionItems.length,
    },
    edited,
  }
}

/** True when a reminder state's key names one of `ids` (`touch:<mentor id>:…`, `action:<item id>:…`). */
const isAbout = (state: ReminderState, ids: ReadonlySet<string>) => ids.has(keyParts(state.key).id)

/** Loads the sample data, refused when loaded already; what its dates make due is marked fired, not notified. */
export function loadSample(data: Database, { zone }: { zone: string }, { now, newId }: RuleEnv): Outcome<SampleCounts> {
  if (data.sample) {
    throw new AppFailure(
      'conflict',
      'The sample data is already loaded. Remove it first if you want to load it afresh.',
    )
  }
  const set = sampleData({ now, zone, newId })
  const wrapUps = sampleWrapUps(set, { now, newId })
  const checkIns = sampleCheckIns(set.mentors, now, newId)
  const agreements = sampleAgreements(set, { now, zone, newId })
  const stamp = now.toISOString()
  const loaded: Database = {
    ...data,
    mentors: [...data.mentors, ...set.mentors],
    notes: [...data.notes, ...set.notes],
    sessions: [...data.sessions, ...set.sessions],
    actionItems: [...data.actionItems, ...set.actionItems],
    goals: [...data.goals, ...set.goals],
    wrapUps: [...data.wrapUps, ...wrapUps],
    checkIns: [...data.checkIns, ...checkIns],
    agreements: [...data.agreements, ...agreements],
    sample: {
      loadedAt: stamp,
      mentorIds: set.mentors.map((r) => r.id),
      noteIds: set.notes.map((r) => r.id),
      sessionIds: set.sessions.map((r) => r.id),
      actionItemIds: set.actionItems.map((r) => r.id),
      goalIds: set.goals.map((r) => r.id),
      agreementIds: agreements.map((r) => r.id),
      checkInIds: checkIns.map((r) => r.id),
      wrapUpIds: wrapUps.map((r) => r.id),
    },
  }
  // What the sample's dates make due shows in the reminder centre, without a burst of desktop notifications.
  const ids = new Set(Object.values(idSets(loaded.sample!)).flatMap((s) => [...s]))
  const quiet: ReminderState[] = planReminders(loaded, now, zone)
    .toFire.filter((r) => r.key.split(':').some((part) => ids.has(part)))
    .map((r) => ({
      id: newId(),
      key: r.key,
      firedAt: stamp,
      snoozedUntil: null,
      dismissedAt: null,
      createdAt: stamp,
      updatedAt: stamp,
    }))
  return {
    data: { ...loaded, reminders: [...data.reminders, ...quiet] },
    value: countsOf(set),
    changed: [
      'mentors',
      'notes',
      'sessions',
      'actionItems',
      'goals',
      'agreements',
      'wrapUps',
      'checkIns',
      'reminders',
      'sample',
    ],
  }
}

/**
 * Removes the sample data in one step. The user's own records attached to it are kept (unlinked) or deleted
 * as `attached` says; with any of them, the caller must say which.
 */
export function removeSample(
  data: Database,
  { attached: choice }: ParsedInput<'sample:remove'>,
): Outcome<ChannelOutput<'sample:remove'>> {
  const sample = data.sample
  if (!sample) throw new AppFailure('conflict', 'There is no sample data to remove.')
  const ids = idSets(sample)
  const attached = attachedTo(data, ids)
  const attachedCount = attached.notes.length + attached.sessions.length + attached.actionItems.length
  if (attachedCount > 0 && !choice) {
    const what = [
      attached.notes.length > 0 && plural(attached.notes.length, 'note'),
      attached.sessions.length > 0 && plural(attached.sessions.length, 'session'),
      attached.actionItems.length > 0 && plural(attached.actionItems.length, 'action item'),
    ].filter(Boolean)
    throw new AppFailure(
      'conflict',
      `You added ${what.join(', ')} to the sample records. Nothing was removed; choose whether to keep them or delete them too.`,
    )
  }
  const removeAttached = choice === 'delete'
  const gone = new Set([
    ...sample.mentorIds,
    ...sample.noteIds,
    ...sample.sessionIds,
    ...sample.actionItemIds,
    ...sample.goalIds,
    // The agreements of sample mentors go with them (below), and so do their review reminders.
    ...data.agreements.filter((r) => ids.mentors.has(r.mentorId)).map((r) => r.id),
    ...(removeAttached ? [...attached.notes, ...attached.sessions, ...attached.actionItems].map((r) => r.id) : []),
  ])
  const removed = countsOf(sampleRecordsIn(data, ids))
  // The user's records stay, no longer pointing at what is gone.
  const unlinkMentor = <T extends { mentorId: string | null }>(r: T): T =>
    r.mentorId !== null && ids.mentors.has(r.mentorId) ? { ...r, mentorId: null } : r
  const withoutGoals = (goalIds: string[]) => goalIds.filter((g) => !ids.goals.has(g))
  const next: Database = {
    ...data,
    mentors: data.mentors.filter((m) => !gone.has(m.id)),
    notes: data.notes.filter((n) => !gone.has(n.id)).map(unlinkMentor),
    sessions: data.sessions
      .filter((s) => !gone.has(s.id))
      .map((s) => {
        const goalIds = withoutGoals(s.goalIds)
        return unlinkMentor(goalIds.length === s.goalIds.length ? s : { ...s, goalIds })
      }),
    actionItems: data.actionItems
      .filter((a) => !gone.has(a.id))
      .map((a) => {
        const goalIds = withoutGoals(a.goalIds)
        const sessionId = a.sessionId !== null && gone.has(a.sessionId) ? null : a.sessionId
        const changed = goalIds.length !== a.goalIds.length || sessionId !== a.sessionId
        return unlinkMentor(changed ? { ...a, goalIds, sessionId } : a)
      }),
    goals: data.goals
      .filter((g) => !gone.has(g.id))
      .map((g) => {
        const mentorIds = g.mentorIds.filter((m) => !ids.mentors.has(m))
        return mentorIds.length === g.mentorIds.length ? g : { ...g, mentorIds }
      }),
    // A recurring series the user set up with a sample mentor goes with its sessions, or stays unlinked.
    series: removeAttached
      ? data.series.filter((s) => s.mentorId === null || !ids.mentors.has(s.mentorId))
      : data.series.map(unlinkMentor),
    reminders: data.reminders.filter((r) => !isAbout(r, gone)),
    drafts: draftsNotAbout(data.drafts, gone),
    // A sample mentor's agreement, check-ins and wrap-up exist only for that relationship: they go with it.
    agreements: data.agreements.filter((r) => !ids.mentors.has(r.mentorId)),
    checkIns: data.checkIns.filter((r) => !ids.mentors.has(r.mentorId)),
    wrapUps: data.wrapUps.filter((r) => !ids.mentors.has(r.mentorId)),
    sample: null,
  }
  return {
    data: next,
    value: { removed, kept: removeAttached ? 0 : attachedCount, deleted: removeAttached ? attachedCount : 0 },
    // Every list can hold a sample record or one pointing at it.
    changed: [...recordCollections, 'sample'],
  }
}

/** `sample:*` over the store: sample data to look around in, and its removal in one step. */
export function sampleHandlers(ctx: CoreContext) {
  return {
    'sample:status': read(ctx, sampleStatusOf),
    'sample:load': mutation(ctx, (data, _none, env) => loadSample(data, { zone: ctx.zone() }, env)),
    'sample:remove': mutation(ctx, removeSample),
  } satisfies HandlerSlice<'sample'>
}
