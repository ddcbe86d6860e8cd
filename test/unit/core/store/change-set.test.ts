// A change as the journal keeps it: found by identity, small, and applied back it gives exactly the data after the change.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Database } from '../../../../src/shared/model'
import { emptyDatabase } from '../../../../src/shared/model'
import { applyChangeSets, diffDatabases, diffList } from '../../../../src/main/core/store/change-set'
import { generateDataset } from '../../../helpers/fake-data'

type Item = { id: string; text: string }
const item = (id: string, text = id): Item => ({ id, text })
/** Round-trips through JSON, as the journal's line does. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

const replayed = (before: readonly object[], after: readonly object[]) => {
  const diff = diffList(before, after)
  const raw = { notes: asJson(before) }
  if (!diff) return raw.notes
  return applyChangeSets(raw, [asJson({ lists: { notes: diff.splice }, values: {} })]).notes
}

describe('diffList', () => {
  const a = item('a')
  const b = item('b')
  const c = item('c')
  const d = item('d')

  it.each([
    ['one record replaced in place', [a, b, c], [a, item('b', 'new'), c], { put: ['b'], removed: [] }],
    ['one record added at the end', [a, b], [a, b, c], { put: ['c'], removed: [] }],
    ['one record removed from the middle', [a, b, c], [a, c], { put: [], removed: ['b'] }],
    [
      'a record moved to the end (a draft saved again)',
      [a, b, c, d],
      [a, c, d, item('b', 'again')],
      { put: ['b'], removed: [] },
    ],
    ['the first record removed', [a, b, c], [b, c], { put: [], removed: ['a'] }],
    ['everything replaced', [a, b], [c, d], { put: ['c', 'd'], removed: ['a', 'b'] }],
  ])('%s: names only what changed, and replays to the same list', (_case, before, after, expected) => {
    const diff = diffList(before, after)!
    expect(diff.put.map((r) => (r as Item).id)).toEqual(expected.put)
    expect(diff.removed).toEqual(expected.removed)
    expect(replayed(before, after)).toEqual(asJson(after))
  })

  it('describes a record that only moved by its position, not its content', () => {
    const many = Array.from({ length: 200 }, (_, i) => item(`d${i}`, 'x'.repeat(2_000)))
    const [first, ...rest] = many
    const diff = diffList(many, [...rest, { ...first!, text: 'saved again' }])!
    // 199 drafts of 2 KB stayed as they were: the change holds one stretch of positions and one record.
    expect(JSON.stringify(diff.splice).length).toBeLessThan(200)
  })

  it('is null when nothing changed', () => {
    const list = [a, b]
    expect(diffList(list, list)).toBeNull()
    expect(diffList(list, [a, b])).toBeNull()
  })

  it('replays any sequence of edits exactly (property)', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), at: fc.nat(), text: fc.string() }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.string() }),
      fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
    )
    let next = 0
    fc.assert(
      fc.property(fc.nat({ max: 30 }), fc.array(edit, { maxLength: 8 }), (size, edits) => {
        const before = Array.from({ length: size }, () => item(`r${next++}`))
        const after = [...before]
        for (const e of edits) {
          const at = after.length === 0 ? 0 : e.at % after.length
          if (e.kind === 'add') after.splice(e.at % (after.length + 1), 0, item(`r${next++}`, e.text))
          else if (after.length === 0) continue
          else if (e.kind === 'remove') after.splice(at, 1)
          else if (e.kind === 'replace') after[at] = { ...after[at]!, text: e.text }
          else after.splice(e.to % after.length, 0, ...after.splice(at, 1))
        }
        expect(replayed(before, after)).toEqual(asJson(after))
      }),
      { numRuns: 500 },
    )
  })
})

describe('diffDatabases', () => {
  it('finds one changed note among thousands by identity, and the settings replaced whole', () => {
    const data = generateDataset({ mentors: 20, sessions: 300, notes: 2_000, actionItems: 400, goals: 5 }, 11)
    const notes = data.notes.map((n, i) => (i === 1_234 ? { ...n, body: 'Edited: café ☕ 学习' } : n))
    const next: Database = { ...data, notes, settings: { ...data.settings, theme: 'dark' } }
    const diff = diffDatabases(data, next)!
    expect(Object.keys(diff.changes.lists)).toEqual(['notes'])
    expect(diff.records.put.notes).toEqual([notes[1_234]])
    expect(diff.changes.values).toEqual({ settings: next.settings })
    expect(JSON.stringify(diff.changes).length).toBeLessThan(JSON.stringify(notes[1_234]).length + 500)
    expect(applyChangeSets(asJson(data), [asJson(diff.changes)])).toEqual(asJson(next))
  })

  it('is null for the same data', () => {
    const data = emptyDatabase()
    expect(diffDatabases(data, data)).toBeNull()
    expect(diffDatabases(data, { ...data })).toBeNull()
  })

  it('refuses to apply a change to a list of another length, which would put records in the wrong place', () => {
    const before = [item('a'), item('b')]
    const diff = diffList(before, [item('a'), item('c')])!
    expect(() => applyChangeSets({ notes: [item('a')] }, [{ lists: { notes: diff.splice }, values: {} }])).toThrow(
      /expected 2 records, there are 1/,
    )
  })
})
