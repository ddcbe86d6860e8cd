// The import parsers fuzzed with fast-check: damaged and random exports are read or refused in a sentence,
// never crash core, and an import writes all of itself or nothing.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AppFailure } from '../../../../src/main/core/errors'
import { readCsvContacts } from '../../../../src/main/core/import/csv-contacts'
import { readCalendar } from '../../../../src/main/core/import/ics-events'
import { readVcards } from '../../../../src/main/core/import/vcard'
import { parseDataFile } from '../../../../src/main/core/store/parse-data-file'
import { valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'
import { messageProblems } from '../../../helpers/fuzz/harness'
import { fixtureText, importCore } from '../../../helpers/import-harness'

const newDir = tempDirs()
const seed = Number(process.env.FUZZ_SEED ?? 20_261_127)
const runs = Math.round(60 * Number(process.env.FUZZ_SCALE ?? 1))

const contactFiles = [
  'android-contacts.vcf',
  'outlook-contact.vcf',
  'google-contacts.vcf',
  'thunderbird.vcf',
  'google-contacts.csv',
  'outlook-contacts.csv',
  'linkedin-connections.csv',
]
const calendarFiles = ['google-calendar.ics', 'outlook-calendar.ics', 'apple-calendar.ics']

/** Pieces that matter to these formats, spliced in at random places. */
const tokens = fc.constantFrom(
  '\r\n',
  '\n ',
  '=',
  '=\r\n',
  ';',
  ':',
  ',',
  '"',
  '""',
  '\\',
  '\\n',
  'BEGIN:VCARD\r\n',
  'END:VCARD\r\n',
  'BEGIN:VEVENT\r\n',
  'END:VEVENT\r\n',
  'RRULE:FREQ=SECONDLY\r\n',
  'RRULE:FREQ=DAILY;INTERVAL=0\r\n',
  'EXDATE:garbage\r\n',
  'DTSTART;TZID=Nowhere/Else:20260101T100000\r\n',
  ';ENCODING=QUOTED-PRINTABLE;CHARSET=x-unknown',
  '=E9=C3',
  'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRg==\r\n',
  'PHOTO:data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB\r\n',
  '\u0000',
  '\uFEFF',
  'Zoë 李 فاطمة',
)

/** A fixture with random edits: pieces spliced in, text cut out, or the file cut short. */
const damaged = (files: string[]) =>
  fc.record({
    file: fc.constantFrom(...files),
    edits: fc.array(
      fc.record({ at: fc.nat(), cut: fc.nat({ max: 40 }), insert: fc.oneof(tokens, fc.string({ maxLength: 20 })) }),
      { maxLength: 8 },
    ),
    truncateAt: fc.option(fc.nat(), { nil: undefined }),
  })

async function applyEdits(input: {
  file: string
  edits: Array<{ at: number; cut: number; insert: string }>
  truncateAt?: number
}) {
  let text = await fixtureText(input.file)
  for (const { at, cut, insert } of input.edits) {
    const i = at % (text.length + 1)
    text = text.slice(0, i) + insert + text.slice(i + cut)
  }
  return input.truncateAt === undefined ? text : text.slice(0, input.truncateAt % (text.length + 1))
}

/** Runs a parser: it reads the text or refuses it with a sentence, and never throws anything else. */
function readsOrRefuses(read: () => unknown) {
  try {
    read()
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error
    expect(messageProblems(error.toAppError())).toEqual([])
  }
}

describe('the import parsers, fuzzed', () => {
  it('read any damaged contacts export, or refuse it in a sentence', async () => {
    await fc.assert(
      fc.asyncProperty(damaged(contactFiles), async (input) => {
        const text = await applyEdits(input)
        readsOrRefuses(() => (input.file.endsWith('.vcf') ? readVcards(text) : readCsvContacts(text, input.file)))
      }),
      { numRuns: runs * 3, seed },
    )
  })

  it('read any damaged calendar export, or refuse it in a sentence', async () => {
    await fc.assert(
      fc.asyncProperty(damaged(calendarFiles), async (input) => {
        const text = await applyEdits(input)
        readsOrRefuses(() => readCalendar(text, { from: '2025-01-01', to: '2026-12-31' }, 'Europe/Berlin'))
      }),
      { numRuns: runs * 3, seed: seed + 1 },
    )
  })

  it('never crash on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        readsOrRefuses(() => readVcards(`BEGIN:VCARD\r\n${text}`))
        readsOrRefuses(() => readCsvContacts(text, 'random.csv'))
        readsOrRefuses(() =>
          readCalendar(`BEGIN:VCALENDAR\r\n${text}`, { from: '2025-01-01', to: '2026-12-31' }, 'UTC'),
        )
      }),
      { numRuns: runs * 5, seed: seed + 2 },
    )
  })
})

describe('importing damaged files through core, fuzzed', () => {
  it('imports what it previewed, all of it or nothing, and the data file always opens', async () => {
    const dir = await newDir()
    const t = await importCore(dir, { now: '2026-06-15T09:00:00.000Z' })
    valueOf(await t.h['mentors:create']({ name: 'Grace Hopper', email: 'grace.hopper@navy.example' }))
    const file = join(dir, 'input')
    let imported = 0
    await fc.assert(
      fc.asyncProperty(damaged([...contactFiles, ...calendarFiles]), async (input) => {
        const path = `${file}-${input.file}`
        await writeFile(path, await applyEdits(input))
        t.choose(path)
        const calendar = input.file.endsWith('.ics')
        const before = {
          mentors: (await t.mentors()).length,
          sessions: valueOf(await t.h['sessions:timeline']({})).length,
        }
        const preview = calendar
          ? await t.h['calendar:importPreview']({ source: { kind: 'file' } })
          : await t.h['contacts:importPreview']({ source: { kind: 'file' } })
        if (!preview.ok) {
          expect(preview.error.code).not.toBe('internal')
          expect(messageProblems(preview.error)).toEqual([])
          return
        }
        if (!preview.value || ('mapping' in preview.value && preview.value.mapping)) return
        const done = calendar
          ? valueOf(await t.h['calendar:import']({ previewId: preview.value.previewId }))
          : valueOf(await t.h['contacts:import']({ previewId: preview.value.previewId }))
        imported++
        const after = {
          mentors: (await t.mentors()).length,
          sessions: valueOf(await t.h['sessions:timeline']({})).length,
        }
        if ('added' in done) expect(after.mentors).toBe(before.mentors + done.added)
        else expect(after.sessions).toBe(before.sessions + done.held + done.planned)
        expect(parseDataFile(await readFile(t.core.dataFile), new Date()).kind).toBe('good')
      }),
      { numRuns: runs, seed: seed + 3 },
    )
    expect(imported).toBeGreaterThan(0)
  }, 120_000)
})
