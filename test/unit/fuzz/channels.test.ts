// Fuzzed IPC: random, malformed, almost-valid and oversized input on every channel of the contract.
// Reproduce a failure with the seed fast-check prints, or run another sequence with FUZZ_SEED=<n>.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { channelNames } from '../../../src/shared/channel-names'
import { channels } from '../../../src/shared/ipc'
import { limits } from '../../../src/shared/model'
import { almostValid, malformed, pathsOf, mutate, twoMegabytes } from '../../helpers/fuzz/arbitraries'
import { exampleFor, staleExamples } from '../../helpers/fuzz/examples'
import type { FuzzCore } from '../../helpers/fuzz/harness'
import { answers, inputCount, openFuzzCore, removeFixtures } from '../../helpers/fuzz/harness'
import { storedBytes } from '../../helpers/restart'

const seed = Number(process.env.FUZZ_SEED ?? 20_261_127)
/** Inputs per channel and property; FUZZ_SCALE=10 for a long run. */
const scale = Number(process.env.FUZZ_SCALE ?? 1)
const runs = {
  malformed: Math.round(110 * scale),
  almostValid: Math.round(70 * scale),
  channelNames: 300,
  sequences: Math.round(80 * scale),
}
const minimumInputs = 10_000
/** Per test: generous, since the machine may be busy and FUZZ_SCALE multiplies the work. */
const timeout = 60_000 * scale

/** A seed per channel and property, so adding a channel does not change what the others are sent. */
const seedFor = (name: string, property: number) =>
  [...name].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) | 0, seed + property)

/** Lists this long are refused wherever a list is stored; a query may read one, as long as nothing changes. */
const HUGE_LIST = 100_000
/** Lists whose size another limit already bounds: a draft's values are capped by their total size. */
const boundedElsewhere = (channel: string, path: string) => channel === 'drafts:save' && path.startsWith('values')

afterAll(async () => {
  await removeFixtures()
  const tally = [...answers].map(([answer, n]) => `${answer} ${n}`).join(', ')
  console.log(`Fuzzed IPC: ${inputCount} inputs across ${channelNames.length} channels (seed ${seed}): ${tally}`)
})

describe('fuzzed IPC: the examples', () => {
  let fuzz: FuzzCore
  beforeAll(async () => void (fuzz = await openFuzzCore()))
  afterAll(() => fuzz?.close())

  it.each([...channelNames])('%s has a valid example', (channel) => {
    const parsed = channels[channel].input.safeParse(exampleFor(channel, fuzz.fixtures))
    expect(parsed.error?.issues ?? [], `the example for ${channel} does not pass its schema`).toEqual([])
  })

  it('has no examples for channels the contract no longer has', () => {
    expect(staleExamples()).toEqual([])
  })
})

describe.each([...channelNames])('fuzzed IPC: %s', (channel) => {
  let fuzz: FuzzCore
  let example: unknown
  beforeAll(async () => {
    fuzz = await openFuzzCore()
    example = exampleFor(channel, fuzz.fixtures)
  })
  afterAll(() => fuzz?.close())

  it(
    'answers malformed input with a clean refusal that changes nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(malformed(example), async (input) => void (await fuzz.probe(channel, input))),
        { numRuns: runs.malformed, seed: seedFor(channel, 1) },
      )
    },
    timeout,
  )

  it(
    'answers valid input with one field mutated without an internal error',
    async () => {
      await fc.assert(
        fc.asyncProperty(almostValid(example), async (input) => void (await fuzz.probe(channel, input))),
        { numRuns: runs.almostValid, seed: seedFor(channel, 2) },
      )
    },
    timeout,
  )

  it(
    'refuses 2 MB of text in any field, and never stores a 100,000-item list',
    async () => {
      const texts: Array<[string, unknown]> = [['the whole input', twoMegabytes]]
      const lists: Array<[string, unknown]> = []
      for (const path of pathsOf(example)) {
        let value: unknown = example
        for (const key of path) value = (value as Record<string | number, unknown>)[key]
        const where = path.join('.')
        if (typeof value === 'string')
          texts.push([where, mutate(example, { kind: 'replace', path, value: twoMegabytes })])
        if (Array.isArray(value) && value.length > 0 && !boundedElsewhere(channel, where)) {
          const huge = Array.from({ length: HUGE_LIST }, () => value[0])
          lists.push([where, mutate(example, { kind: 'replace', path, value: huge })])
        }
      }
      for (const [where, input] of texts) {
        const result = await fuzz.probe(channel, input)
        expect(result.ok ? 'accepted' : result.error.code, `${channel} with 2 MB in ${where}`).toBe('invalid-input')
      }
      for (const [where, input] of lists) {
        const before = await storedBytes(fuzz.dataFile)
        const result = await fuzz.probe(channel, input)
        const stored = result.ok && !(await storedBytes(fuzz.dataFile)).equals(before)
        expect(stored, `${channel} stored a ${HUGE_LIST.toLocaleString('en')}-item ${where}`).toBe(false)
      }
    },
    timeout,
  )
})

describe('fuzzed IPC: sequences across channels', () => {
  it(
    'answers any sequence of valid and almost-valid calls: what one call stores, the others can read',
    async () => {
      const fuzz = await openFuzzCore()
      const call = fc.constantFrom(...channelNames).chain((channel) => {
        const example = exampleFor(channel, fuzz.fixtures)
        return fc.tuple(fc.constant(channel), fc.oneof(fc.constant(example), almostValid(example)))
      })
      try {
        await fc.assert(
          fc.asyncProperty(fc.array(call, { minLength: 1, maxLength: 15 }), async (calls) => {
            for (const [channel, input] of calls) await fuzz.probe(channel, input)
          }),
          { numRuns: runs.sequences, seed: seedFor('sequences', 4) },
        )
      } finally {
        await fuzz.close()
      }
    },
    timeout,
  )
})

describe('fuzzed IPC: requests core does not know', () => {
  it(
    'refuses any other channel name',
    async () => {
      const fuzz = await openFuzzCore()
      const names = fc.oneof(
        fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'mentors:create ', 'MENTORS:CREATE'),
        fc.string(),
        fc.anything(),
      )
      try {
        await fc.assert(
          fc.asyncProperty(
            names.filter((n) => !(channelNames as readonly unknown[]).includes(n)),
            fc.anything(),
            async (name, input) => {
              const result = await fuzz.probe(name, input)
              expect(result.ok ? 'accepted' : result.error.code).toBe('invalid-input')
            },
          ),
          { numRuns: runs.channelNames, seed: seedFor('unknown channels', 3) },
        )
      } finally {
        await fuzz.close()
      }
    },
    timeout,
  )
})

describe('fuzzed IPC: long text at its limit', () => {
  it(
    `keeps a note of ${limits.longText.toLocaleString('en')} characters and refuses one more`,
    async () => {
      const fuzz = await openFuzzCore()
      try {
        const note = { mentorId: fuzz.fixtures.mentor, section: 'notes' }
        const atLimit = await fuzz.probe('notes:create', { ...note, body: '€'.repeat(limits.longText) })
        expect(atLimit.ok).toBe(true)
        const over = await fuzz.probe('notes:create', { ...note, body: '€'.repeat(limits.longText + 1) })
        expect(over.ok ? 'accepted' : over.error.code).toBe('invalid-input')
      } finally {
        await fuzz.close()
      }
    },
    timeout,
  )
})

describe('fuzzed IPC: in all', () => {
  // Declared last, so it runs after every property above (and is skipped when a filter picks a few).
  it(`threw at least ${minimumInputs.toLocaleString('en')} inputs at core`, () => {
    expect(inputCount).toBeGreaterThanOrEqual(minimumInputs)
  })
})
