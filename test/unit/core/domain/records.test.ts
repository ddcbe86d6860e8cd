// Finding and replacing records by id: the index behind them must never give a stale answer.
import { describe, expect, it } from 'vitest'
import { findById, replaceById } from '../../../../src/main/core/domain/records'

const list = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `id-${i}`, title: `Item ${i}` }))

describe('records by id', () => {
  it('finds each record, and says what was not found', () => {
    const items = list(500)
    for (const i of [0, 17, 499]) expect(findById(items, `id-${i}`, 'item')).toBe(items[i])
    expect(() => findById(items, 'nope', 'That action item')).toThrow(/action item/i)
  })

  it('replaces one record in a new list, leaving the old list as it was', () => {
    const items = list(300)
    const changed = { id: 'id-42', title: 'Changed' }
    const next = replaceById(items, changed)
    expect(next).not.toBe(items)
    expect(next[42]).toBe(changed)
    expect(items[42]!.title).toBe('Item 42')
    expect(next.filter((r, i) => r !== items[i])).toEqual([changed])
    // A chain of replacements, each found again in the newest list.
    let current = next
    for (const i of [1, 42, 299]) {
      const record = { id: `id-${i}`, title: `Again ${i}` }
      current = replaceById(current, record)
      expect(findById(current, `id-${i}`, 'item')).toBe(record)
    }
    expect(findById(items, 'id-299', 'item').title).toBe('Item 299')
  })

  it('keeps the list as it was when no record has the id', () => {
    const items = list(10)
    const next = replaceById(items, { id: 'missing', title: 'x' })
    expect(next).toEqual(items)
  })

  it('stays right for a list changed in place after it was searched', () => {
    const items = list(20)
    expect(findById(items, 'id-5', 'item').title).toBe('Item 5')
    items.push({ id: 'id-new', title: 'Pushed' })
    items.reverse()
    expect(findById(items, 'id-new', 'item').title).toBe('Pushed')
    expect(findById(items, 'id-5', 'item').title).toBe('Item 5')
    items[3] = { id: 'id-swapped', title: 'Swapped in' }
    expect(findById(items, 'id-swapped', 'item').title).toBe('Swapped in')
    expect(replaceById(items, { id: 'id-swapped', title: 'Replaced' })[3]!.title).toBe('Replaced')
  })
})
