import { describe, expect, it } from 'vitest'
import type { Transport } from '../../src/shared/api'
import { channelNames, eventNames } from '../../src/shared/channel-names'
import { channels } from '../../src/shared/ipc'
import { createApi } from '../../src/preload/create-api'
import { registerIpc } from '../../src/main/electron/ipc'
import { openCore, valueOf } from '../helpers/core'
import { tempDirs } from '../helpers/temp'

const newDir = tempDirs()

/** A transport that calls core directly, as the component tests use. */
const directTransport = (core: Awaited<ReturnType<typeof openCore>>): Transport => ({
  invoke: (channel, input) => core.invoke(channel, input),
  subscribe: (event, listener) => core.on(event, listener as never),
})

describe('the contract, core, the Electron host and window.api agree', () => {
  it('declares each channel once, in the map and in the zod-free name list', () => {
    expect(Object.keys(channels).sort()).toEqual([...channelNames].sort())
    expect(new Set(channelNames).size).toBe(channelNames.length)
  })

  it('core handles every channel', async () => {
    const core = await openCore(await newDir())
    expect(Object.keys(core.handlers).sort()).toEqual([...channelNames].sort())
  })

  it('the Electron host registers every channel with ipcMain', async () => {
    const registered: string[] = []
    const ipcMain = { handle: (channel: string) => void registered.push(channel), removeHandler: () => {} }
    registerIpc(ipcMain, { invoke: async () => ({ ok: true, value: null }) }, () => true)
    expect(registered.sort()).toEqual([...channelNames].sort())
  })

  it('window.api reaches every channel as api.<domain>.<verb>', async () => {
    const seen: string[] = []
    const api = createApi({
      invoke: async (channel) => {
        seen.push(channel)
        return { ok: true, value: channel }
      },
      subscribe: () => () => {},
    }) as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>
    for (const channel of channelNames) {
      const [domain, verb] = channel.split(':') as [string, string]
      expect(await api[domain]?.[verb]?.({})).toEqual({ ok: true, value: channel })
    }
    expect(seen).toEqual([...channelNames])
  })

  it('a call through window.api creates a mentor in core', async () => {
    const core = await openCore(await newDir())
    const api = createApi(directTransport(core))
    const created = valueOf(await api.mentors.create({ name: 'Zoë Ångström-李' }))
    expect(valueOf(await api.mentors.get({ id: created.id })).name).toBe('Zoë Ångström-李')
  })

  it('events reach window.api subscribers, and unsubscribing stops them', async () => {
    const core = await openCore(await newDir())
    const api = createApi(directTransport(core))
    const kinds: string[][] = []
    const off = api.on('data:changed', (payload) => kinds.push(payload.kinds))
    await api.mentors.create({ name: 'A' })
    off()
    await api.mentors.create({ name: 'B' })
    expect(kinds).toEqual([['mentors']])
    expect(() => api.on('nope' as never, () => {})).toThrow(/Unknown event/)
    expect(eventNames).toContain('data:changed')
  })

  it('a broken transport gives a Result the renderer can show, never a rejection', async () => {
    const throwing = createApi({ invoke: () => Promise.reject(new Error('pipe closed')), subscribe: () => () => {} })
    expect(await throwing.app.info()).toMatchObject({ ok: false, error: { code: 'unavailable' } })
    const junk = createApi({ invoke: async () => 'junk', subscribe: () => () => {} })
    expect(await junk.mentors.list({})).toMatchObject({ ok: false, error: { code: 'unavailable' } })
  })

  it('the Electron host refuses IPC from a page that is not the app', async () => {
    const handlers = new Map<string, (event: unknown, input: unknown) => unknown>()
    const calls: string[] = []
    registerIpc(
      { handle: (channel: string, fn: never) => void handlers.set(channel, fn), removeHandler: () => {} },
      { invoke: async (channel) => (calls.push(String(channel)), { ok: true, value: null }) },
      (url) => url === 'file:///app/index.html',
    )
    const create = handlers.get('mentors:create')
    expect(await create?.({ senderFrame: { url: 'https://evil.example/' } }, { name: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(await create?.({ senderFrame: null }, { name: 'x' })).toMatchObject({ ok: false })
    expect(calls).toEqual([])
    expect(await create?.({ senderFrame: { url: 'file:///app/index.html' } }, { name: 'x' })).toMatchObject({
      ok: true,
    })
    expect(calls).toEqual(['mentors:create'])
  })
})
