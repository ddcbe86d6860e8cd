// The export form's pure rules: presets, what it sends to core, and where errors show.
import { describe, expect, it } from 'vitest'
import type { ExportFormValues } from '../../src/renderer/src/pages/export/export-form'
import {
  exportFormValues,
  rangeOf,
  toReportOptions,
  validateExportForm,
} from '../../src/renderer/src/pages/export/export-form'

const reader = { today: '2026-05-31', locale: 'en-GB', timeZone: 'Europe/London' }
const zoe = '3f1c2b9a-1d2e-4f5a-8b6c-7d8e9f0a1b2c'
const emile = '4a2d3c0b-2e3f-4a6b-9c7d-8e9f0a1b2c3d'
const values = (changes: Partial<ExportFormValues> = {}): ExportFormValues => ({
  ...exportFormValues({ locale: 'en-GB' }),
  ...changes,
})

describe('the export form', () => {
  it.each([
    ['last3Months', { from: '2026-02-28', to: '2026-05-31' }],
    ['thisYear', { from: '2026-01-01', to: '2026-12-31' }],
    ['allTime', { from: null, to: null }],
    ['custom', { from: '2026-03-01', to: '2026-03-31' }],
  ] as const)('reads the %s preset from 31 May 2026', (range, expected) => {
    expect(rangeOf({ range, from: '2026-03-01', to: '2026-03-31' }, reader.today)).toEqual(expected)
  })

  it.each([
    ['a full record of all mentors', values(), null],
    ['a full record of chosen mentors', values({ allMentors: false, mentorIds: [zoe, emile] }), [zoe, emile]],
    ['a recap', values({ kind: 'recap', recapMentorId: zoe, mentorIds: [zoe, emile] }), [zoe]],
    ['a recap with no mentor yet', values({ kind: 'recap' }), []],
  ])('sends %s', (_name, form, mentorIds) => {
    expect(toReportOptions(form, reader)).toMatchObject({ mentorIds, locale: 'en-GB', timeZone: 'Europe/London' })
  })

  it('starts as a recap for the mentor it was opened from, on the reader’s paper', () => {
    expect(exportFormValues({ mentorId: zoe, locale: 'en-US' })).toMatchObject({
      kind: 'recap',
      recapMentorId: zoe,
      pageSize: 'Letter',
    })
    expect(exportFormValues({ locale: 'de-DE' })).toMatchObject({ kind: 'full', allMentors: true, pageSize: 'A4' })
  })

  it.each([
    ['a recap without a mentor', values({ kind: 'recap' }), 'recapMentorId'],
    ['no mentor chosen', values({ allMentors: false }), 'mentorIds'],
    ['an end before the start', values({ range: 'custom', from: '2026-05-01', to: '2026-04-01' }), 'to'],
  ])('shows %s next to its field', (_name, form, field) => {
    expect(Object.keys(validateExportForm(form, reader))).toEqual([field])
  })

  it('accepts the defaults', () => {
    expect(validateExportForm(values(), reader)).toEqual({})
  })
})
