import { z } from 'zod'
import type { ChannelName, EventName } from './channel-names'
import type { DataKind } from './model'
import {
  ActionItem,
  Agreement,
  Draft,
  Goal,
  Mentor,
  MentorDraft,
  MentorUpdate,
  Note,
  Profile,
  ProfileUpdate,
  Session,
  SessionFormat,
  Settings,
  SettingsUpdate,
} from './model'
import { Id } from './model/common'
import { AgreementQuery, AgreementSave } from './requests/agreements'
import { ActionDraft, ActionQuery, ActionSetDone, ActionUpdate } from './requests/actions'
import { MentorOutcomes, OutcomeQuery, OutcomeSet } from './requests/outcomes'
import { AppInfo, ExternalUrl, NoInput, SavedFilePath } from './requests/app'
import { DraftQuery, DraftRef, DraftSave } from './requests/drafts'
import { GoalDraft, GoalUpdate, GoalView } from './requests/goals'
import { SessionBrief } from './requests/briefs'
import { ById } from './requests/common'
import { MentorDelete, MentorDeleted, MentorQuery, RosterEntry } from './requests/mentors'
import { NoteDraft, NoteQuery, NoteUpdate } from './requests/notes'
import type { ReportProgress } from './requests/reports'
import { ReportExported, ReportOptions, ReportPreview } from './requests/reports'
import { ReminderList, ReminderRef, ReminderSnooze } from './requests/reminders'
import { SampleCounts, SampleRemove, SampleRemoved, SampleStatus } from './requests/sample'
import { SearchHit, SearchQuery } from './requests/search'
import {
  BackupEntry,
  DataLocation,
  ImportDone,
  ImportPreview,
  ImportRequest,
  ImportSource,
  JsonExported,
  MoveDone,
  RestoreDone,
  RevealTarget,
  BackupName,
} from './requests/data'
import {
  IcsExport,
  IcsExported,
  SessionDetail,
  SessionDraft,
  SessionSummary,
  SessionUpdate,
  TimelineQuery,
} from './requests/sessions'
import type { StoreNotice, StoreStatus } from './store-status'
import {
  ContactsImportRequest,
  ContactsPreview,
  ContactsPreviewRequest,
  ImportDoneCounts,
  ImportUndone,
  UndoImportRequest,
  VcardExport,
  VcardExported,
} from './requests/contacts-import'
import {
  CalendarImported,
  CalendarImportRequest,
  CalendarPreview,
  CalendarPreviewRequest,
} from './requests/calendar-import'
import { ThankYouDraft, WrapUpRef, WrapUpSave } from './requests/wrap-ups'
import { CheckInDraft, CheckInHistory, CheckInQuery, CheckInsDue } from './requests/check-ins'
import { CheckIn, WrapUp } from './model/relationship'

/** One declaration per channel: the schema its input must pass and the shape of its answer. */
export const channels = {
  'app:info': { input: NoInput, output: AppInfo },
  'app:openExternal': { input: z.object({ url: ExternalUrl }), output: z.object({ opened: z.boolean() }) },
  'app:openFile': { input: z.object({ path: SavedFilePath }), output: z.object({ opened: z.boolean() }) },
  'settings:get': { input: NoInput, output: Settings },
  'settings:update': { input: SettingsUpdate, output: Settings },
  'profile:get': { input: NoInput, output: Profile },
  'profile:update': { input: ProfileUpdate, output: Profile },
  'mentors:list': { input: MentorQuery, output: z.array(Mentor) },
  'mentors:roster': { input: MentorQuery, output: z.array(RosterEntry) },
  'mentors:get': { input: ById, output: Mentor },
  'mentors:create': { input: MentorDraft, output: Mentor },
  'mentors:update': { input: MentorUpdate, output: Mentor },
  'mentors:archive': { input: ById, output: Mentor },
  'mentors:restore': { input: ById, output: Mentor },
  'mentors:delete': { input: MentorDelete, output: MentorDeleted },
  'mentors:undelete': { input: ById, output: Mentor },
  'notes:list': { input: NoteQuery, output: z.array(Note) },
  'notes:create': { input: NoteDraft, output: Note },
  'notes:update': { input: NoteUpdate, output: Note },
  'notes:delete': { input: ById, output: z.object({ id: z.string() }) },
  'notes:undelete': { input: ById, output: Note },
  'sessions:timeline': { input: TimelineQuery, output: z.array(SessionSummary) },
  'sessions:get': { input: ById, output: SessionDetail },
  'sessions:create': { input: SessionDraft, output: Session },
  'sessions:update': { input: SessionUpdate, output: Session },
  'sessions:delete': { input: ById, output: z.object({ id: z.string() }) },
  'sessions:undelete': { input: ById, output: Session },
  'sessions:skip': { input: ById, output: Session },
  'sessions:prefill': {
    input: z.object({ mentorId: Id }),
    output: z.object({ agenda: z.string(), format: SessionFormat.nullable() }),
  },
  'sessions:exportIcs': { input: IcsExport, output: IcsExported },
  'series:stop': { input: ById, output: z.object({ removed: z.number().int() }) },
  'briefs:get': { input: ById, output: SessionBrief },
  'agreements:get': { input: AgreementQuery, output: Agreement.nullable() },
  'agreements:save': { input: AgreementSave, output: Agreement },
  'agreements:delete': { input: ById, output: z.object({ id: z.string() }) },
  'agreements:undelete': { input: ById, output: Agreement },
  'actions:list': { input: ActionQuery, output: z.array(ActionItem) },
  'actions:create': { input: ActionDraft, output: ActionItem },
  'actions:update': { input: ActionUpdate, output: ActionItem },
  'actions:setDone': { input: ActionSetDone, output: ActionItem },
  'actions:delete': { input: ById, output: z.object({ id: z.string() }) },
  'actions:undelete': { input: ById, output: ActionItem },
  'outcomes:set': { input: OutcomeSet, output: ActionItem },
  'outcomes:list': { input: OutcomeQuery, output: MentorOutcomes },
  'goals:list': { input: NoInput, output: z.array(GoalView) },
  'goals:create': { input: GoalDraft, output: Goal },
  'goals:update': { input: GoalUpdate, output: Goal },
  'goals:delete': { input: ById, output: z.object({ id: z.string() }) },
  'reports:preview': { input: ReportOptions, output: ReportPreview },
  'reports:export': { input: ReportOptions, output: ReportExported },
  'reports:cancel': { input: NoInput, output: z.object({ cancelled: z.boolean() }) },
  'reminders:list': { input: NoInput, output: ReminderList },
  'reminders:snooze': { input: ReminderSnooze, output: z.object({ snoozed: z.number().int(), until: z.string() }) },
  'reminders:dismiss': { input: ReminderRef, output: z.object({ key: z.string() }) },
  'reminders:done': { input: ReminderRef, output: z.object({ key: z.string() }) },
  'search:query': { input: SearchQuery, output: z.array(SearchHit) },
  'drafts:list': { input: DraftQuery, output: z.array(Draft) },
  'drafts:get': { input: DraftRef, output: Draft.nullable() },
  'drafts:save': { input: DraftSave, output: Draft },
  'drafts:discard': { input: DraftRef, output: z.object({ discarded: z.boolean() }) },
  'sample:status': { input: NoInput, output: SampleStatus },
  'sample:load': { input: NoInput, output: SampleCounts },
  'sample:remove': { input: SampleRemove, output: SampleRemoved },
  'data:location': { input: NoInput, output: DataLocation },
  'data:reveal': { input: RevealTarget, output: z.object({ shown: z.boolean() }) },
  'data:backups': { input: NoInput, output: z.array(BackupEntry) },
  'data:restoreBackup': { input: z.object({ name: BackupName }), output: RestoreDone },
  'data:exportJson': { input: NoInput, output: JsonExported },
  'data:importPreview': { input: z.object({ source: ImportSource }), output: ImportPreview.nullable() },
  'data:import': { input: ImportRequest, output: ImportDone },
  'data:move': { input: NoInput, output: MoveDone },
  'data:removeOldCopy': { input: NoInput, output: z.object({ removed: z.boolean() }) },
  'data:retry': { input: NoInput, output: z.custom<StoreStatus>() },
  'contacts:importPreview': { input: ContactsPreviewRequest, output: ContactsPreview.nullable() },
  'contacts:import': { input: ContactsImportRequest, output: ImportDoneCounts },
  'contacts:undoImport': { input: UndoImportRequest, output: ImportUndone },
  'contacts:exportVcard': { input: VcardExport, output: VcardExported },
  'calendar:importPreview': { input: CalendarPreviewRequest, output: CalendarPreview.nullable() },
  'calendar:import': { input: CalendarImportRequest, output: CalendarImported },
  'calendar:undoImport': { input: UndoImportRequest, output: ImportUndone },
  'wrapUps:get': { input: WrapUpRef, output: WrapUp.nullable() },
  'wrapUps:save': { input: WrapUpSave, output: WrapUp },
  'wrapUps:draftThankYou': { input: WrapUpRef, output: ThankYouDraft },
  'checkIns:list': { input: CheckInQuery, output: CheckInHistory },
  'checkIns:due': { input: NoInput, output: CheckInsDue },
  'checkIns:create': { input: CheckInDraft, output: CheckIn },
  'checkIns:delete': { input: ById, output: z.object({ id: z.string() }) },
  'checkIns:undelete': { input: ById, output: CheckIn },
} satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType }>

// The compiler holds the map and the zod-free name list equal, both ways.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
export const channelMapMatchesNames: Exactly<keyof typeof channels, ChannelName> = true

type Channels = typeof channels
/** What a caller passes to a channel (defaults not yet applied). */
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>
/** What a handler receives after validation. */
export type ParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>
/** What a channel answers with. */
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>

/** The payload of each event main pushes to the renderer. */
export interface EventPayloads {
  'data:changed': { kinds: DataKind[] }
  'store:status': StoreStatus
  /** Another program changed the data file: reloaded, or both kept. */
  'store:notice': StoreNotice
  navigate: { path: string }
  /** How many reminders are due now; the bell and the tray follow it. */
  'reminders:due': { count: number }
  /** Something the host asks the window to do: the tray's "Log a session…". */
  'app:command': { command: 'log-session' }
  /** How far the running PDF export is. */
  'reports:progress': ReportProgress
}
export const eventMapMatchesNames: Exactly<keyof EventPayloads, EventName> = true
