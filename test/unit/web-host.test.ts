import { readFile } from 'node:fs/promises'
import { request } from 'node:http'
import { join } from 'node:path'
import { dataAfterRestart } from '../helpers/restart'
import { afterEach, describe, expect, it } from 'vitest'
import type { WebHost } from '../web-host/server'
import { startWebHost } from '../web-host/server'
import { tempDirs } from '../helpers/temp'

const newDir = tempDirs()
let host: WebHost | null = null
afterEach(async () => {
  await host?.close()
  host = null
})

async function start() {
  const dir = await newDir()
  host = await startWebHost({
    dataFile: join(dir, 'mentor-tracker.json'),
    port: 0,
    rendererDir: join(dir, 'renderer'),
    bridgeFile: join(dir, 'bridge.js'),
    version: '1.2.3',
  })
  const base = host.url.replace(/\?token=.*$/, '')
  const headers = { 'x-mentor-token': host.token, 'content-type': 'application/json' }
  const invoke = (channel: string, input?: unknown) =>
    fetch(`${base}__api/invoke`, { method: 'POST', headers, body: JSON.stringify({ channel, input }) })
  return { host, base, headers, invoke, dataFile: join(dir, 'mentor-tracker.json') }
}

describe('web host', () => {
  it('listens on 127.0.0.1 only and prints a URL with a long random token', async () => {
    const { host } = await start()
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/)
  })

  it('answers channels through the real core', async () => {
    const { invoke, dataFile } = await start()
    const created = await (await invoke('mentors:create', { name: 'Zoë Ångström-李' })).json()
    expect(created).toMatchObject({ ok: true, value: { name: 'Zoë Ångström-李' } })
    expect((await dataAfterRestart(dataFile)).mentors).toHaveLength(1)
    expect(await (await invoke('app:info')).json()).toMatchObject({ ok: true, value: { version: '1.2.3' } })
  })

  it('lets tests set and advance the core clock', async () => {
    const { base, headers, invoke } = await start()
    const set = await fetch(`${base}__host/clock`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ now: '2027-03-28T00:30:00.000Z' }),
    })
    expect(Date.parse((await set.json()).now)).toBeGreaterThanOrEqual(Date.parse('2027-03-28T00:30:00.000Z'))
    await fetch(`${base}__host/clock`, { method: 'POST', headers, body: JSON.stringify({ advanceMs: 6 * 60_000 }) })
    const created = await (await invoke('mentors:create', { name: 'Later' })).json()
    expect(created.value.createdAt.slice(0, 15)).toBe('2027-03-28T00:3')
  })

  it('lists recorded notifications as JSON', async () => {
    const { base, headers } = await start()
    const response = await fetch(`${base}__host/notifications`, { headers })
    expect(response.status).toBe(200)
    expect(Array.isArray(await response.json())).toBe(true)
  })

  it('refuses requests without the token, with a wrong one, or under another host name', async () => {
    const { base, host } = await start()
    expect((await fetch(`${base}__host/clock`)).status).toBe(403)
    expect((await fetch(`${base}__host/notifications`, { headers: { 'x-mentor-token': 'guess' } })).status).toBe(403)
    // fetch will not send a foreign Host header, so speak HTTP directly, as a rebinding page would.
    const status = (hostHeader: string) =>
      new Promise<number | undefined>((resolve, reject) => {
        const req = request(
          `${base}__host/clock`,
          { headers: { 'x-mentor-token': host.token, host: hostHeader } },
          (res) => {
            res.resume()
            resolve(res.statusCode)
          },
        )
        req.on('error', reject)
        req.end()
      })
    expect(await status('evil.example')).toBe(403)
    expect(await status(new URL(base).host)).toBe(200)
  })

  it('refuses a body that is not JSON or too large, and saves nothing', async () => {
    const { base, headers, dataFile } = await start()
    const notJson = await fetch(`${base}__api/invoke`, { method: 'POST', headers, body: '{channel' })
    expect(notJson.status).toBe(400)
    const huge = await fetch(`${base}__api/invoke`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ channel: 'mentors:create', input: { name: 'x', howWeMet: 'y'.repeat(17 * 1024 * 1024) } }),
    })
    expect(huge.status).toBe(413)
    expect((await huge.json()).error.message).toMatch(/too large/)
    expect((await dataAfterRestart(dataFile)).mentors).toEqual([])
  })

  it('finishes every pending write before it stops', async () => {
    const { host: started, dataFile } = await start()
    const pending = Array.from({ length: 20 }, (_, i) => started.core.invoke('mentors:create', { name: `Mentor ${i}` }))
    host = null
    await started.close()
    expect((await Promise.all(pending)).every((r) => r.ok)).toBe(true)
    expect(JSON.parse(await readFile(dataFile, 'utf8')).mentors).toHaveLength(20)
  })
})
