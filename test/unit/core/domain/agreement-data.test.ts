// The agreement beyond its page: found by search (leading to the mentor), carried by JSON export and import.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCore, valueOf } from '../../../helpers/core'
import { dataAfterRestart } from '../../../helpers/restart'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

async function setUp() {
  const dir = await newDir()
  const files: string[] = []
  const core = await openCore(dir, {
    ports: {
      chooseFile: async () => files.shift() ?? null,
      saveFile: async (file) => {
        await mkdir(join(dir, 'exports'), { recursive: true })
        const path = join(dir, 'exports', file.suggestedName)
        await writeFile(path, file.content)
        return path
      },
    },
  })
  const zoe = valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström-李' }))
  return { core, files, zoe }
}

describe('agreement in search', () => {
  it('finds the agreement by its words, leading to the mentor page; edits and deletes follow at once', async () => {
    const { core, zoe } = await setUp()
    const find = async (text: string) => valueOf(await core.handlers['search:query']({ text }))
    const saved = valueOf(
      await core.handlers['agreements:save']({ mentorId: zoe.id, confidentiality: 'Salary figures stay private' }),
    )
    expect(await find('salary')).toEqual([
      expect.objectContaining({
        kind: 'agreement',
        title: 'Agreement with Zoë Ångström-李',
        target: `/mentors/${zoe.id}`,
        snippet: expect.stringContaining('Salary figures'),
      }),
    ])
    valueOf(await core.handlers['agreements:save']({ mentorId: zoe.id, confidentiality: 'Team gossip stays here' }))
    expect(await find('salary')).toEqual([])
    expect((await find('gossip')).map((h) => h.kind)).toEqual(['agreement'])
    valueOf(await core.handlers['agreements:delete']({ id: saved.id }))
    expect(await find('gossip')).toEqual([])
  })
})

describe('agreement in JSON export and import', () => {
  it('exports the agreement with its versions, and a replace or merge import brings it back', async () => {
    const { core, files, zoe } = await setUp()
    valueOf(await core.handlers['agreements:save']({ mentorId: zoe.id, focus: 'First' }))
    core.clock.advance(60_000)
    const agreement = valueOf(await core.handlers['agreements:save']({ mentorId: zoe.id, focus: 'Second' }))
    const exported = valueOf(await core.handlers['data:exportJson']()).path!

    valueOf(await core.handlers['agreements:delete']({ id: agreement.id }))
    files.push(exported)
    const preview = valueOf(await core.handlers['data:importPreview']({ source: { kind: 'file' } }))!
    valueOf(await core.handlers['data:import']({ previewId: preview.previewId, mode: 'merge' }))
    expect(valueOf(await core.handlers['agreements:get']({ mentorId: zoe.id }))).toMatchObject({
      focus: 'Second',
      versions: [{ focus: 'First' }],
    })

    core.clock.advance(60_000)
    valueOf(await core.handlers['agreements:save']({ mentorId: zoe.id, focus: 'Third, after the export' }))
    files.push(exported)
    const again = valueOf(await core.handlers['data:importPreview']({ source: { kind: 'file' } }))!
    valueOf(await core.handlers['data:import']({ previewId: again.previewId, mode: 'replace' }))
    expect((await dataAfterRestart(core.dataFile)).agreements).toEqual([
      expect.objectContaining({ focus: 'Second', versions: [expect.objectContaining({ focus: 'First' })] }),
    ])
    await core.close()
  })
})
