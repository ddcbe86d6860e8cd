// The journal's lines read back exactly, and whatever a crash or a disk fault leaves is told apart.
import { describe, expect, it } from 'vitest'
import type { ChangeSet } from '../../../../src/main/core/store/change-set'
import {
  decodeJournal,
  encodeEntry,
  encodeHeader,
  salvageEntries,
} from '../../../../src/main/core/store/journal-format'

const header = { journal: 1 as const, snapshot: 'snapshot-1', schemaVersion: 1 }
const change = (text: string): ChangeSet => ({ lists: {}, values: { profile: { name: text } } })
const journalOf = (...texts: string[]) =>
  encodeHeader(header) + texts.map((text, i) => encodeEntry({ seq: 11 + i, changes: change(text) })).join('')

describe('journal lines', () => {
  it('read back every change, in order, Unicode and tabs in the text included', () => {
    const bytes = Buffer.from(journalOf('Zoë Ångström-李', 'a\ttab and "quotes"', 'emoji 🌱 and العربية'))
    const decoded = decodeJournal(bytes)
    expect(decoded.header).toEqual(header)
    expect(decoded.entries.map((e) => [e.seq, e.changes])).toEqual([
      [11, change('Zoë Ångström-李')],
      [12, change('a\ttab and "quotes"')],
      [13, change('emoji 🌱 and العربية')],
    ])
    expect(decoded.problem).toBeNull()
    expect(decoded.goodLength).toBe(bytes.length)
  })

  it.each([
    ['an unfinished last line', (good: string) => `${good}14\tabcdef01\t{"lists":`],
    ['zero bytes a power cut left at the end', (good: string) => `${good}${'\0'.repeat(4096)}`],
    [
      'a last line whose checksum fails',
      (good: string) => `${good}${encodeEntry({ seq: 14, changes: change('x') }).replace('x', 'y')}`,
    ],
  ])('%s: a torn tail, never acknowledged; the good part is kept', (_case, tear) => {
    const good = journalOf('one', 'two', 'three')
    const decoded = decodeJournal(Buffer.from(tear(good)))
    expect(decoded.entries).toHaveLength(3)
    expect(decoded.goodLength).toBe(Buffer.byteLength(good))
    if (tear(good).endsWith('\0')) expect(decoded.problem).toBeNull()
    else expect(decoded.problem).toMatchObject({ kind: 'torn', line: 5 })
  })

  it('stops at a damaged line with more after it, and says which; what follows can still be salvaged', () => {
    const lines = journalOf('one', 'two', 'three').split('\n')
    lines[2] = lines[2]!.replace('two', 'tw0')
    const bytes = Buffer.from(lines.join('\n'))
    const decoded = decodeJournal(bytes)
    expect(decoded.entries.map((e) => e.seq)).toEqual([11])
    expect(decoded.problem).toMatchObject({ kind: 'damaged', line: 3, reason: 'a line does not match its checksum' })
    expect(salvageEntries(decoded.problem!.bytes).map((e) => e.changes)).toEqual([change('three')])
  })

  it('refuses a gap in the numbers: a change in between is missing', () => {
    const bytes =
      encodeHeader(header) +
      encodeEntry({ seq: 1, changes: change('a') }) +
      encodeEntry({ seq: 3, changes: change('c') }) +
      encodeEntry({ seq: 4, changes: change('d') })
    const decoded = decodeJournal(Buffer.from(bytes))
    expect(decoded.entries.map((e) => e.seq)).toEqual([1])
    expect(decoded.problem).toMatchObject({ kind: 'damaged', reason: 'change 2 is missing' })
  })

  it('needs its header first', () => {
    const decoded = decodeJournal(
      Buffer.from(encodeEntry({ seq: 1, changes: change('a') }) + encodeEntry({ seq: 2, changes: change('b') })),
    )
    expect(decoded.header).toBeNull()
    expect(decoded.problem).toMatchObject({ kind: 'damaged', line: 1 })
  })
})
