// The data file's bytes: exactly JSON.stringify(data, null, 2) in UTF-8, though each record's bytes are kept and reused.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { serializeBytes } from '../../../../src/main/core/store/serialize'
import { generateDataset } from '../../../helpers/fake-data'

const plain = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`
const serialize = (data: unknown) => serializeBytes(data).toString('utf8')

describe('serializeBytes', () => {
  it('writes a whole dataset exactly as JSON.stringify with two spaces does, Unicode included', () => {
    const data = generateDataset({ mentors: 12, sessions: 60, notes: 80, actionItems: 40, goals: 4 }, 7)
    const expected = plain(data)
    expect(serialize(data)).toBe(expected)
    // The second time comes from the kept texts, and is still the same.
    expect(serialize(data)).toBe(expected)
  })

  it('writes a record replaced by a change with its new text, and the others as before', () => {
    const data = generateDataset({ mentors: 3, sessions: 5, notes: 6, actionItems: 4, goals: 1 }, 3)
    serialize(data)
    const [first, ...rest] = data.notes
    const next = { ...data, notes: [{ ...first!, body: 'Ask about the café — ☕ and 学习' }, ...rest] }
    expect(serialize(next)).toBe(plain(next))
    expect(serialize(next)).toContain('Ask about the café — ☕ and 学习')
    expect(serialize(data)).toBe(plain(data))
  })

  it('refuses to let a record whose text is kept be edited in place, so the file can never miss the edit', () => {
    const data = generateDataset({ mentors: 2, sessions: 2, notes: 2, actionItems: 2, goals: 1 }, 5)
    serialize(data)
    expect(() => {
      data.notes[0]!.body = 'changed in place'
    }).toThrow(TypeError)
    expect(() => data.mentors[0]!.expertise.push('tag')).toThrow(TypeError)
    expect(serialize(data)).toBe(plain(data))
  })

  it('matches JSON.stringify on any JSON-like object of lists, singletons and empty values', () => {
    const record = fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5 })
    const top = fc.dictionary(
      fc.string(),
      fc.oneof(fc.array(fc.oneof(record, fc.jsonValue(), fc.constant(undefined))), fc.jsonValue(), record),
      { maxKeys: 6 },
    )
    fc.assert(
      fc.property(top, (data) => {
        expect(serialize(data)).toBe(plain(data))
      }),
      { numRuns: 300 },
    )
    expect(serialize({})).toBe(plain({}))
    expect(serialize({ a: undefined, b: [] })).toBe(plain({ a: undefined, b: [] }))
  })
})
