import { describe, expect, it } from 'vitest'
import { openCore, valueOf } from '../../../helpers/core'
import { tempDirs } from '../../../helpers/temp'

const newDir = tempDirs()

describe('settings and profile', () => {
  it('changes one reminder setting without resetting the others, and keeps it across a restart', async () => {
    const dir = await newDir()
    const core = await openCore(dir)
    const updated = valueOf(
      await core.handlers['settings:update']({ theme: 'dark', reminders: { digestTime: '08:30' } }),
    )
    expect(updated).toMatchObject({ theme: 'dark', reminders: { digestTime: '08:30', sessionLeadMinutes: [1440, 15] } })
    await core.close()
    const again = await openCore(dir)
    expect(valueOf(await again.handlers['settings:get']())).toEqual(updated)
  })

  it('refuses a theme it does not know and a digest time that is not a time', async () => {
    const core = await openCore(await newDir())
    expect(await core.handlers['settings:update']({ theme: 'neon' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'theme' }] },
    })
    expect(await core.handlers['settings:update']({ reminders: { digestTime: '25:00' } })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'reminders.digestTime', message: expect.stringContaining('HH:MM') }] },
    })
  })

  it('saves the mentee name with any script', async () => {
    const core = await openCore(await newDir())
    const profile = valueOf(await core.handlers['profile:update']({ name: 'Amara Okafor 🌱' }))
    expect(profile).toMatchObject({ name: 'Amara Okafor 🌱', role: '', updatedAt: '2026-11-27T09:00:00.000Z' })
    expect(valueOf(await core.handlers['profile:get']())).toEqual(profile)
  })

  it('reports how the data file was opened', async () => {
    const core = await openCore(await newDir())
    const info = valueOf(await core.handlers['app:info']())
    expect(info.status).toEqual({ mode: 'new', dataFile: core.dataFile })
    expect(info.dataFile).toBe(core.dataFile)
  })

  it('opens only web and mail links', async () => {
    const opened: string[] = []
    const core = await openCore(await newDir(), { ports: { openExternal: async (url) => void opened.push(url) } })
    expect((await core.handlers['app:openExternal']({ url: 'mailto:zoe@example.com' })).ok).toBe(true)
    expect((await core.handlers['app:openExternal']({ url: 'https://example.com/a' })).ok).toBe(true)
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://share', 'not a url']) {
      expect((await core.handlers['app:openExternal']({ url })).ok).toBe(false)
    }
    expect(opened).toEqual(['mailto:zoe@example.com', 'https://example.com/a'])
  })
})
