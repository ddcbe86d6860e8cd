// Check-ins travel with the data: the sample data brings a few (one mentorship slipping), removing it takes them,
// and a JSON export carries them to an import, merged or replacing.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dataAfterRestart } from '../../../helpers/restart'
import { openCore, valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

describe('sample check-ins', () => {
  it('come with the sample data, show Priya’s falling trend, and go with it', async () => {
    const core = await openCore(await newDir())
    valueOf(await core.handlers['sample:load']())
    const data = await dataAfterRestart(core.dataFile)
    expect(data.checkIns.length).toBeGreaterThanOrEqual(3)
    expect(data.sample?.checkInIds.sort()).toEqual(data.checkIns.map((c) => c.id).sort())
    const { worries } = valueOf(await core.handlers['checkIns:due']())
    expect(worries).toMatchObject([{ name: 'Priya Raghunathan', concern: 'falling' }])
    // Loading does not send a burst of check-in notifications: what the sample makes due is marked delivered.
    expect(core.reminderPlan().toFire.filter((r) => r.kind === 'check-in')).toEqual([])

    valueOf(await core.handlers['sample:remove']({}))
    expect((await dataAfterRestart(core.dataFile)).checkIns).toEqual([])
  })
})

describe('check-ins in a JSON export', () => {
  it('are in the exported file and come back with an import that replaces the data', async () => {
    const dir = await newDir()
    const answers: string[] = []
    const core = await openCore(dir, {
      ports: {
        chooseFile: async () => answers.shift() ?? null,
        saveFile: async (file) => {
          await mkdir(join(dir, 'exports'), { recursive: true })
          const path = join(dir, 'exports', file.suggestedName)
          await writeFile(path, file.content)
          return path
        },
      },
    })
    const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë', stage: 'active' }))
    const checkIn = valueOf(
      await core.handlers['checkIns:create']({
        mentorId: zoe.id,
        ratings: { value: 3, frequency: 2, action: 4 },
        note: 'Private: Zoë seems busy',
      }),
    )
    const { path } = valueOf(await core.handlers['data:exportJson']())
    valueOf(await core.handlers['checkIns:delete']({ id: checkIn.id }))
    expect(valueOf(await core.handlers['checkIns:list']({ mentorId: zoe.id })).checkIns).toEqual([])

    answers.push(path!)
    const preview = valueOf(await core.handlers['data:importPreview']({ source: { kind: 'file' } }))!
    valueOf(await core.handlers['data:import']({ previewId: preview.previewId, mode: 'replace' }))
    expect(valueOf(await core.handlers['checkIns:list']({ mentorId: zoe.id })).checkIns).toEqual([checkIn])
    expect((await dataAfterRestart(core.dataFile)).checkIns).toEqual([checkIn])
    await core.close()
  })
})
