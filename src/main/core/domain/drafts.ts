// `drafts:*`: what the user is typing, kept durably until it is saved or discarded. Rules first, registration last.
import type { ParsedInput } from '../../../shared/ipc'
import type { Database, Draft } from '../../../shared/model'
import type { CoreContext } from '../context'
import type { HandlerSlice } from '../handlers'
import type { Outcome, RuleEnv } from '../rules'
import { mutation, read } from '../rules'

/** How many drafts to keep at most; the oldest go first. */
const MAX_DRAFTS = 200

/** The drafts without the one named `key` (when given). */
export function withoutDraft(drafts: Draft[], key: string | undefined): Draft[] {
  return key ? drafts.filter((d) => d.key !== key) : drafts
}

/** The drafts that do not mention any of `ids` (drafts of records that are gone). */
export function draftsNotAbout(drafts: Draft[], ids: ReadonlySet<string>): Draft[] {
  return drafts.filter((d) => !d.key.split(':').some((part) => ids.has(part)))
}

/** The drafts whose key starts with `prefix`, e.g. all of one mentor's note drafts. */
export function listDrafts(data: Database, { prefix }: ParsedInput<'drafts:list'>): Draft[] {
  return data.drafts.filter((d) => d.key.startsWith(prefix))
}

/** The draft named `key`, or null. */
export function getDraft(data: Database, { key }: ParsedInput<'drafts:get'>): Draft | null {
  return data.drafts.find((d) => d.key === key) ?? null
}

/** Keeps the values typed so far under `key`, replacing its last draft; past the limit, the oldest drafts go. */
export function saveDraft(
  data: Database,
  { key, values }: ParsedInput<'drafts:save'>,
  { now }: RuleEnv,
): Outcome<Draft> {
  const draft: Draft = { key, values, updatedAt: now.toISOString() }
  const drafts = [...withoutDraft(data.drafts, key), draft].slice(-MAX_DRAFTS)
  return { data: { ...data, drafts }, value: draft, changed: ['drafts'] }
}

/** Drops the draft named `key`; nothing is written when there is none. */
export function discardDraft(data: Database, { key }: ParsedInput<'drafts:discard'>): Outcome<{ discarded: boolean }> {
  const drafts = withoutDraft(data.drafts, key)
  if (drafts.length === data.drafts.length) return { data, value: { discarded: false }, changed: [] }
  return { data: { ...data, drafts }, value: { discarded: true }, changed: ['drafts'] }
}

/** `drafts:*` over the store: what the user is typing, kept durably until it is saved or discarded. */
export function draftHandlers(ctx: CoreContext) {
  return {
    'drafts:list': read(ctx, listDrafts),
    'drafts:get': read(ctx, getDraft),
    'drafts:save': mutation(ctx, saveDraft),
    'drafts:discard': mutation(ctx, discardDraft),
  } satisfies HandlerSlice<'drafts'>
}
