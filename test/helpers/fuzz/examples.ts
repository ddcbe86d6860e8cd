// One valid input per channel, over a small data file whose records they name. The fuzzer mutates them.
import { channelNames } from '../../../src/shared/channel-names'
import type { Core } from '../../../src/main/core/create-core'
import { valueOf } from '../core'

/** The records of the fixture file that examples refer to. */
export interface Fixtures {
  mentor: string
  /** A mentor with no notes, sessions or items: deleting it needs no history choice. */
  loneMentor: string
  note: string
  goal: string
  session: string
  actionItem: string
  planned: string
  series: string
  draft: string
  reminder: string
  checkIn: string
  agreement: string
}

/** Fills a fresh core with the records the examples need. */
export async function createFixtures(core: Core): Promise<Fixtures> {
  const h = core.handlers
  const mentor = valueOf(
    await h['mentors:create']({ name: 'Grace Hopper', stage: 'active', cadenceWeeks: 2, expertise: ['Compilers'] }),
  ).id
  const loneMentor = valueOf(await h['mentors:create']({ name: 'Zoë Ångström-李' })).id
  const note = valueOf(await h['notes:create']({ mentorId: mentor, section: 'background', body: 'Navy, COBOL 🚢' })).id
  const goal = valueOf(await h['goals:create']({ title: 'Become a staff engineer', mentorIds: [mentor] })).id
  const session = valueOf(
    await h['sessions:create']({
      mentorId: mentor,
      date: '2026-10-01',
      time: '10:00',
      timeZone: 'Europe/Berlin',
      status: 'held',
      goalIds: [goal],
      takeaways: 'Write the design doc first',
      actionItems: [{ title: 'Read “The Mythical Man-Month”', owner: 'me', dueOn: '2026-12-01' }],
    }),
  ).id
  const actionItem = valueOf(await h['sessions:get']({ id: session })).actionItems[0]?.id ?? ''
  const plannedInput = { mentorId: mentor, time: '10:00', timeZone: 'Europe/Berlin', status: 'planned' } as const
  const planned = valueOf(await h['sessions:create']({ ...plannedInput, date: '2026-12-03' })).id
  const series =
    valueOf(
      await h['sessions:create']({ ...plannedInput, date: '2026-12-10', repeat: { every: 'weeks', interval: 2 } }),
    ).seriesId ?? ''
  const draft = `note:${mentor}:new-notes`
  valueOf(await h['drafts:save']({ key: draft, values: { title: 'Half-typed', body: 'So far…' } }))
  const reminders = valueOf(await h['reminders:list']())
  const reminder = [...reminders.due, ...reminders.upcoming][0]?.key ?? `session:${planned}`
  const checkIn = valueOf(
    await h['checkIns:create']({
      mentorId: mentor,
      ratings: { value: 4, frequency: 3, action: 5 },
      note: 'Going well',
    }),
  ).id
  const agreement = valueOf(
    await h['agreements:save']({ mentorId: mentor, focus: 'Staff promotion', goalIds: [goal], cadenceWeeks: 2 }),
  ).id
  return { mentor, loneMentor, note, goal, session, actionItem, planned, series, draft, reminder, checkIn, agreement }
}

/** A valid input for each channel. A channel added to the contract without one here fails the suite by name. */
export const examples: Record<string, (f: Fixtures) => unknown> = {
  'app:info': () => undefined,
  'app:openExternal': () => ({ url: 'https://example.com/mentoring?q=1' }),
  'app:openFile': () => ({ path: 'mentoring-history.pdf' }),
  'settings:get': () => undefined,
  'settings:update': () => ({
    theme: 'dark',
    closeToTray: false,
    reminders: { digestTime: '08:30', quietHours: { start: '22:00', end: '07:00' }, sessionLeadMinutes: [60] },
  }),
  'profile:get': () => undefined,
  'profile:update': () => ({ name: 'Ada Lovelace', role: 'Analyst' }),
  'mentors:list': () => ({ includeArchived: true }),
  'mentors:roster': () => ({ includeArchived: false }),
  'mentors:get': (f) => ({ id: f.mentor }),
  'mentors:create': () => ({
    name: 'Katherine Johnson',
    role: 'Mathematician',
    organization: 'NASA',
    email: 'katherine@example.com',
    phone: '+1 (555) 010-0100',
    links: ['https://example.com/kj'],
    location: 'Hampton, VA',
    timeZone: 'America/New_York',
    expertise: ['Orbital mechanics', 'Navigation'],
    howWeMet: 'A conference 🚀',
    metOn: '2024-03-01',
    cadenceWeeks: 4,
    stage: 'reached-out',
    avatar: 'data:image/png;base64,iVBORw0KGgo=',
  }),
  'mentors:update': (f) => ({ id: f.mentor, changes: { role: 'Rear admiral', cadenceWeeks: 3, links: [] } }),
  'mentors:archive': (f) => ({ id: f.mentor }),
  'mentors:restore': (f) => ({ id: f.mentor }),
  'mentors:delete': (f) => ({ id: f.loneMentor, history: 'keep' }),
  'mentors:undelete': (f) => ({ id: f.loneMentor }),
  'notes:list': (f) => ({ mentorId: f.mentor }),
  'notes:create': (f) => ({
    mentorId: f.mentor,
    section: 'achievements',
    title: 'Keynote',
    body: '## A keynote\n\nIt went **well** 🎉',
    happenedOn: '2025-05-01',
    pinned: true,
  }),
  'notes:update': (f) => ({ id: f.note, changes: { body: 'Updated: ☕ and 日本語', pinned: true } }),
  'notes:delete': (f) => ({ id: f.note }),
  'notes:undelete': (f) => ({ id: f.note }),
  'sessions:timeline': (f) => ({
    mentorId: f.mentor,
    statuses: ['held', 'planned'],
    after: '2026-01-01T00:00:00.000Z',
    before: '2027-01-01T00:00:00.000Z',
    text: 'design',
  }),
  'sessions:get': (f) => ({ id: f.session }),
  'briefs:get': (f) => ({ id: f.session }),
  'sessions:create': (f) => ({
    mentorId: f.mentor,
    date: '2026-11-20',
    time: '14:30',
    timeZone: 'Asia/Tokyo',
    durationMinutes: 45,
    format: 'in-person',
    status: 'held',
    agenda: 'Career ladder',
    notes: 'Talked about scope',
    whatWorked: 'Preparing questions',
    whatDidNot: 'Running late',
    takeaways: 'Ask for a stretch project',
    reflection: 'Private thoughts',
    goalIds: [f.goal],
    resources: [{ title: 'Staff Engineer', url: 'https://staffeng.com' }],
    followUpOn: '2026-12-15',
    reminderLeadMinutes: [30],
    actionItems: [{ title: 'Draft the proposal', owner: 'me', dueOn: '2026-12-01', done: false }],
  }),
  'sessions:update': (f) => ({
    id: f.session,
    changes: { takeaways: 'Ship smaller', durationMinutes: 50 },
    actionItems: [{ id: f.actionItem, title: 'Read it twice', owner: 'me', done: true }],
  }),
  'sessions:delete': (f) => ({ id: f.session }),
  'sessions:undelete': (f) => ({ id: f.session }),
  'sessions:skip': (f) => ({ id: f.planned }),
  'sessions:prefill': (f) => ({ mentorId: f.mentor }),
  'sessions:exportIcs': (f) => ({ ids: [f.planned] }),
  'series:stop': (f) => ({ id: f.series }),
  'actions:list': (f) => ({ mentorId: f.mentor, includeDone: false }),
  'actions:create': (f) => ({
    title: 'Send a thank-you note',
    owner: 'me',
    mentorId: f.mentor,
    goalIds: [f.goal],
    dueOn: '2026-12-01',
  }),
  'actions:update': (f) => ({ id: f.actionItem, changes: { title: 'Send notes', owner: 'mentor' } }),
  'actions:setDone': (f) => ({ id: f.actionItem, done: true }),
  'actions:delete': (f) => ({ id: f.actionItem }),
  'actions:undelete': (f) => ({ id: f.actionItem }),
  'outcomes:set': (f) => ({ id: f.actionItem, text: 'The RFC passed review' }),
  'outcomes:list': (f) => ({ mentorId: f.mentor }),
  'agreements:get': (f) => ({ mentorId: f.mentor }),
  'agreements:save': (f) => ({
    mentorId: f.mentor,
    focus: 'Staff promotion, **design docs** 📐',
    goalIds: [f.goal],
    cadenceWeeks: 3,
    format: 'in-person',
    confidentiality: 'Names of colleagues stay between us',
    feedback: 'Straight talk, in the moment',
    startsOn: '2026-11-01',
    reviewOn: '2027-02-01',
    endsWhen: 'When I am promoted, or after a year',
  }),
  'agreements:delete': (f) => ({ id: f.agreement }),
  'agreements:undelete': (f) => ({ id: f.agreement }),
  'goals:list': () => undefined,
  'goals:create': (f) => ({ title: 'Speak at a conference', why: 'Visibility', mentorIds: [f.mentor] }),
  'goals:update': (f) => ({ id: f.goal, changes: { progressOverride: 50, targetOn: '2027-06-30' } }),
  'goals:delete': (f) => ({ id: f.goal }),
  'reports:preview': () => ({ kind: 'full', from: '2026-01-01', to: '2026-12-31', locale: 'en-GB' }),
  'reports:export': (f) => ({
    kind: 'recap',
    mentorIds: [f.mentor],
    pageSize: 'Letter',
    locale: 'de-DE',
    timeZone: 'Europe/Berlin',
    include: { takeaways: false },
  }),
  'reports:cancel': () => undefined,
  'reminders:list': () => undefined,
  'reminders:snooze': (f) => ({ key: f.reminder, for: 'until', until: '2026-11-28T09:00:00.000Z' }),
  'reminders:dismiss': (f) => ({ key: f.reminder }),
  'reminders:done': (f) => ({ key: f.reminder }),
  'search:query': () => ({ text: 'design doc', limit: 10 }),
  'drafts:list': () => ({ prefix: 'note:' }),
  'drafts:get': (f) => ({ key: f.draft }),
  'drafts:save': (f) => ({ key: f.draft, values: { title: 'Still typing', body: 'More…', tags: ['a'], n: 1 } }),
  'drafts:discard': (f) => ({ key: f.draft }),
  'sample:status': () => undefined,
  'sample:load': () => undefined,
  'sample:remove': () => ({ attached: 'keep' }),
  'data:location': () => undefined,
  'data:reveal': () => ({ target: 'dataFile' }),
  'data:backups': () => undefined,
  // Every fuzz core opens a copy of a good file, so its last-good backup is there.
  'data:restoreBackup': () => ({ name: 'last-good.json' }),
  'data:exportJson': () => undefined,
  'data:importPreview': () => ({ source: { kind: 'backup', name: 'last-good.json' } }),
  'data:import': () => ({ previewId: '5b1f4a52-7d4e-4c56-9f0e-0b6a9d3e2c11', mode: 'merge' }),
  'data:move': () => undefined,
  'data:removeOldCopy': () => undefined,
  'data:retry': () => undefined,
  // The open dialog is cancelled: the preview answers null, and imports name a preview that is not there.
  'contacts:importPreview': () => ({ source: { kind: 'file' } }),
  'contacts:import': () => ({
    previewId: '5b1f4a52-7d4e-4c56-9f0e-0b6a9d3e2c11',
    choices: [{ index: 0, action: 'skip' }],
  }),
  'contacts:undoImport': () => ({ importId: '5b1f4a52-7d4e-4c56-9f0e-0b6a9d3e2c11' }),
  'contacts:exportVcard': (f) => ({ mentorIds: [f.mentor, f.loneMentor] }),
  'calendar:importPreview': () => ({ source: { kind: 'file' }, period: { from: '2026-01-01', to: '2026-12-31' } }),
  'calendar:import': (f) => ({
    previewId: '5b1f4a52-7d4e-4c56-9f0e-0b6a9d3e2c11',
    choices: [{ index: 0, action: 'import', mentorId: f.mentor }],
  }),
  'calendar:undoImport': () => ({ importId: '5b1f4a52-7d4e-4c56-9f0e-0b6a9d3e2c11' }),
  'wrapUps:get': (f) => ({ mentorId: f.mentor }),
  'wrapUps:save': (f) => ({
    mentorId: f.mentor,
    learned: 'Ask for the why 🌱',
    goalRatings: [{ goalId: f.goal, rating: 4 }],
    thankYou: 'Thank you, Grace.',
    stayInTouchWeeks: 26,
  }),
  'wrapUps:draftThankYou': (f) => ({ mentorId: f.mentor }),
  'checkIns:list': (f) => ({ mentorId: f.mentor }),
  'checkIns:due': () => undefined,
  'checkIns:create': (f) => ({
    mentorId: f.mentor,
    ratings: { value: 2, frequency: 4, action: 3 },
    note: 'Ünïcode 🌱',
  }),
  'checkIns:delete': (f) => ({ id: f.checkIn }),
  'checkIns:undelete': (f) => ({ id: f.checkIn }),
}

/** The example for `channel`, or an error that names the channel and where to add one. */
export function exampleFor(channel: string, fixtures: Fixtures): unknown {
  const make = examples[channel]
  if (!make) {
    throw new Error(
      `The fuzz suite has no valid example for channel "${channel}": add one to test/helpers/fuzz/examples.ts`,
    )
  }
  return make(fixtures)
}

/** Examples for channels the contract no longer has (renamed or removed): they would silently fuzz nothing. */
export const staleExamples = () =>
  Object.keys(examples).filter((name) => !(channelNames as readonly string[]).includes(name))
