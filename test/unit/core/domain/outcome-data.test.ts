// How an action item went travels with the data: found by search, and kept through a JSON export and import.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SaveFile } from '../../../../src/main/core/ports'
import { openCore, valueOf } from '../../../helpers/core'
import { dataAfterRestart } from '../../../helpers/restart'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

/** A core with Zoë and a done item of hers that says how it went; its file dialogs save into and open from `dir`. */
async function withOutcome() {
  const dir = await newDir()
  const chosen: string[] = []
  const core = await openCore(dir, {
    ports: {
      chooseFile: async () => chosen.shift() ?? null,
      saveFile: async (file: SaveFile) => {
        await mkdir(join(dir, 'exports'), { recursive: true })
        const path = join(dir, 'exports', file.suggestedName)
        await writeFile(path, file.content)
        return path
      },
    },
  })
  const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström' }))
  const item = valueOf(await core.handlers['actions:create']({ title: 'Write the RFC', owner: 'me', mentorId: zoe.id }))
  valueOf(await core.handlers['actions:setDone']({ id: item.id, done: true }))
  valueOf(await core.handlers['outcomes:set']({ id: item.id, text: 'Passed review with flying colours' }))
  return { core, item, chosen }
}

describe('outcomes in the data', () => {
  it('are found by search, and no longer once taken back', async () => {
    const { core, item } = await withOutcome()
    const find = async (text: string) => valueOf(await core.handlers['search:query']({ text })).map((h) => h.title)
    expect(await find('flying colours')).toEqual(['Write the RFC'])
    valueOf(await core.handlers['outcomes:set']({ id: item.id, text: null }))
    expect(await find('flying colours')).toEqual([])
    await core.close()
  })

  it('go out in a JSON export and come back with a replacing import, told or not as they were', async () => {
    const { core, item, chosen } = await withOutcome()
    const exported = valueOf(await core.handlers['data:exportJson']()).path!
    valueOf(await core.handlers['outcomes:set']({ id: item.id, text: null }))
    chosen.push(exported)
    const preview = valueOf(await core.handlers['data:importPreview']({ source: { kind: 'file' } }))!
    valueOf(await core.handlers['data:import']({ previewId: preview.previewId, mode: 'replace' }))
    expect((await dataAfterRestart(core.dataFile)).actionItems[0]?.outcome).toMatchObject({
      text: 'Passed review with flying colours',
      toldAt: null,
      toldInSessionId: null,
    })
    await core.close()
  })
})
