// The drafts' rules called on plain data: one draft per key, a bounded number, discarding.
import { describe, expect, it } from 'vitest'
import {
  discardDraft,
  draftsNotAbout,
  getDraft,
  listDrafts,
  saveDraft,
  withoutDraft,
} from '../../../../src/main/core/domain/drafts'
import { databaseWith, draftRecord, ruleEnv } from '../../../helpers/plain-data'

describe('saveDraft', () => {
  it('keeps one draft per key, the last one typed, stamped now', () => {
    const first = saveDraft(databaseWith({}), { key: 'note:a:new-notes', values: { body: 'Half' } }, ruleEnv())
    const env = ruleEnv('2026-11-27T10:00:00.000Z')
    const { data, value } = saveDraft(first.data, { key: 'note:a:new-notes', values: { body: 'Half a thought' } }, env)
    expect(data.drafts).toEqual([value])
    expect(value).toEqual({
      key: 'note:a:new-notes',
      values: { body: 'Half a thought' },
      updatedAt: '2026-11-27T10:00:00.000Z',
    })
  })

  it('keeps at most 200 drafts: the oldest go first', () => {
    const drafts = Array.from({ length: 200 }, (_, i) => draftRecord(`note:m:${i}`))
    const { data } = saveDraft(databaseWith({ drafts }), { key: 'note:m:new', values: {} }, ruleEnv())
    expect(data.drafts).toHaveLength(200)
    expect(data.drafts[0]?.key).toBe('note:m:1')
    expect(data.drafts.at(-1)?.key).toBe('note:m:new')
  })
})

describe('reading and discarding drafts', () => {
  const data = databaseWith({
    drafts: [draftRecord('note:a:new-notes'), draftRecord('note:b:n1'), draftRecord('session:new')],
  })

  it('lists the drafts by prefix, and gets one by key or null', () => {
    expect(listDrafts(data, { prefix: 'note:' }).map((d) => d.key)).toEqual(['note:a:new-notes', 'note:b:n1'])
    expect(getDraft(data, { key: 'session:new' })?.key).toBe('session:new')
    expect(getDraft(data, { key: 'session:other' })).toBeNull()
  })

  it('discards a draft, and says so; discarding one that is not there changes nothing', () => {
    const discarded = discardDraft(data, { key: 'note:b:n1' })
    expect(discarded.value).toEqual({ discarded: true })
    expect(discarded.data.drafts.map((d) => d.key)).toEqual(['note:a:new-notes', 'session:new'])
    expect(discardDraft(data, { key: 'note:b:n2' })).toEqual({ data, value: { discarded: false }, changed: [] })
  })

  it('leaves out the drafts of a record that is gone, and the one saved with a record', () => {
    expect(draftsNotAbout(data.drafts, new Set(['b'])).map((d) => d.key)).toEqual(['note:a:new-notes', 'session:new'])
    expect(withoutDraft(data.drafts, 'session:new')).toHaveLength(2)
    expect(withoutDraft(data.drafts, undefined)).toBe(data.drafts)
  })
})
