import type { Database, Draft } from '../../../shared/model'
import type { CoreContext } from '../context'
import type { HandlerSlice } from '../handlers'

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

/** `drafts:*`: what the user is typing, kept durably until it is saved or discarded. */
export function draftHandlers({ store }: CoreContext) {
  return {
    'drafts:list': async ({ prefix }) => store.data.drafts.filter((d) => d.key.startsWith(prefix)),

    'drafts:get': async ({ key }) => store.data.drafts.find((d) => d.key === key) ?? null,

    'drafts:save': ({ key, values }) =>
      store.mutate((data: Database, now) => {
        const draft: Draft = { key, values, updatedAt: now.toISOString() }
        const drafts = [...withoutDraft(data.drafts, key), draft].slice(-MAX_DRAFTS)
        return { data: { ...data, drafts }, value: draft, changed: ['drafts'] }
      }),

    'drafts:discard': ({ key }) =>
      store.mutate<{ discarded: boolean }>((data: Database) => {
        const drafts = withoutDraft(data.drafts, key)
        if (drafts.length === data.drafts.length) return { data, value: { discarded: false }, changed: [] }
        return { data: { ...data, drafts }, value: { discarded: true }, changed: ['drafts'] }
      }),
  } satisfies HandlerSlice<'drafts'>
}
