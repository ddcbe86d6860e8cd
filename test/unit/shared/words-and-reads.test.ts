import { describe, expect, it } from 'vitest'
import { channelNames } from '../../../src/shared/channel-names'
import type { DataKind } from '../../../src/shared/model'
import type { ReadChannel } from '../../../src/shared/read-channels'
import { readChannels, staleAfter } from '../../../src/shared/read-channels'
import { listInWords, plural } from '../../../src/shared/text'
import { userTimeZone } from '../../../src/shared/time'

describe('plural', () => {
  it.each([
    [0, 'session', {}, '0 sessions'],
    [1, 'session', {}, '1 session'],
    [2, 'action item', {}, '2 action items'],
    [1, 'match', { many: 'matches' }, '1 match'],
    [3, 'match', { many: 'matches' }, '3 matches'],
    [2000, 'contact', {}, '2000 contacts'],
    [2000, 'contact', { grouped: true }, `${(2000).toLocaleString()} contacts`],
  ])('%i %s %o reads "%s"', (count, noun, options, expected) => {
    expect(plural(count, noun, options)).toBe(expected)
  })
})

describe('listInWords', () => {
  it.each([
    [[], ''],
    [['a note'], 'a note'],
    [['1 mentor', '2 notes'], '1 mentor and 2 notes'],
    [['1 mentor', '2 notes', '3 goals'], '1 mentor, 2 notes and 3 goals'],
  ])('%j reads "%s"', (words, expected) => {
    expect(listInWords(words)).toBe(expected)
  })
})

describe('userTimeZone', () => {
  it('names a zone the runtime knows', () => {
    expect(() => new Intl.DateTimeFormat('en', { timeZone: userTimeZone() })).not.toThrow()
  })
})

describe('what refreshes each read', () => {
  it('names only channels of the contract', () => {
    for (const channel of Object.keys(readChannels)) expect(channelNames).toContain(channel)
  })

  it.each<[ReadChannel, DataKind[], boolean]>([
    ['goals:list', ['actionItems'], true],
    ['goals:list', ['notes'], false],
    ['mentors:roster', ['notes'], true],
    ['sessions:timeline', ['mentors'], true],
    ['app:info', ['mentors', 'settings'], false],
    ['data:location', ['mentors'], false],
    ['data:backups', ['settings'], true],
    ['data:backups', [], false],
  ])('%s is stale after a change to %j: %s', (channel, kinds, stale) => {
    expect(staleAfter(channel, kinds)).toBe(stale)
  })
})
