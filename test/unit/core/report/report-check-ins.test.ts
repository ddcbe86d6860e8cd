// Check-ins are private: no report, recap or full record, holds a word of them, in the preview or in what is printed.
import { describe, expect, it } from 'vitest'
import type { PrintJob } from '../../../../src/main/core/ports'
import { checkInQuestionLabels } from '../../../../src/shared/model'
import { valueOf } from '../../../helpers/core'
import { seededCore } from '../../../helpers/report-fixture'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()
const fakePdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF')
const SECRET = 'CHECKIN-SECRET: I am not sure Zoë has time for me'

describe('reports and check-ins', () => {
  it('leave every check-in out of a mentor recap and a full record, previewed or printed', async () => {
    const dir = await newDir()
    const jobs: PrintJob[] = []
    const { core, mentors } = await seededCore(dir, {
      ports: { printPdf: async (job) => (jobs.push(job), fakePdf), saveFile: async (f) => `${dir}/${f.suggestedName}` },
    })
    valueOf(
      await core.handlers['checkIns:create']({
        mentorId: mentors.zoe.id,
        ratings: { value: 2, frequency: 1, action: 2 },
        note: SECRET,
      }),
    )
    const recap = { kind: 'recap' as const, mentorIds: [mentors.zoe.id] }
    const htmls = [
      valueOf(await core.handlers['reports:preview'](recap)).html,
      valueOf(await core.handlers['reports:preview']({})).html,
    ]
    valueOf(await core.handlers['reports:export'](recap))
    valueOf(await core.handlers['reports:export']({}))
    htmls.push(...jobs.map((j) => j.html))
    expect(htmls).toHaveLength(4)
    for (const html of htmls) {
      // The report is there, with Zoë's sessions in it…
      expect(html).toContain(mentors.zoe.name)
      // …and nothing of the check-in: not its note, not its questions.
      expect(html).not.toContain('CHECKIN-SECRET')
      for (const label of Object.values(checkInQuestionLabels)) expect(html).not.toContain(label)
      expect(html).not.toMatch(/check-in/i)
    }
  })
})
