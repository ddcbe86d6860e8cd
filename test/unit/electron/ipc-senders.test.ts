import { describe, expect, it } from 'vitest'
import { channelNames } from '../../../src/shared/channel-names'
import { isAppUrl } from '../../../src/main/electron/guards'
import { registerIpc } from '../../../src/main/electron/ipc'

const packaged = { rendererFile: '/opt/Mentor Tracker/resources/app.asar/out/renderer/index.html' }
const appPage = 'file:///opt/Mentor%20Tracker/resources/app.asar/out/renderer/index.html#/sessions'

type Handler = (event: unknown, input: unknown) => unknown

/** Registers the host's handlers as src/main/index.ts does (the sender must be an app page) on a recording ipcMain. */
function register() {
  const handlers = new Map<string, Handler>()
  const invoked: string[] = []
  registerIpc(
    { handle: (channel: string, handler: never) => void handlers.set(channel, handler), removeHandler: () => {} },
    { invoke: async (channel) => (invoked.push(String(channel)), { ok: true, value: null }) },
    (url) => isAppUrl(url, packaged),
  )
  return { handlers, invoked }
}

describe('IPC senders', () => {
  it.each([
    ['a web page', { senderFrame: { url: 'https://evil.example/' } }],
    ['another file on disk', { senderFrame: { url: 'file:///home/amara/Downloads/evil.html' } }],
    ['another file of the app', { senderFrame: { url: appPage.replace('index.html', 'report.html') } }],
    ['a data: URL frame', { senderFrame: { url: 'data:text/html,<script>x</script>' } }],
    ['about:blank', { senderFrame: { url: 'about:blank' } }],
    ['a frame with no URL', { senderFrame: { url: '' } }],
    ['a destroyed frame', { senderFrame: null }],
    ['an event without a frame', {}],
  ])('every channel refuses %s and never reaches core', async (_label, event) => {
    const { handlers, invoked } = register()
    expect([...handlers.keys()].sort()).toEqual([...channelNames].sort())
    for (const [channel, handler] of handlers) {
      const answer = await handler(event, {})
      expect(answer, channel).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(invoked).toEqual([])
  })

  it('every channel answers the app’s own page', async () => {
    const { handlers, invoked } = register()
    for (const handler of handlers.values()) await handler({ senderFrame: { url: appPage } }, {})
    expect(invoked.sort()).toEqual([...channelNames].sort())
  })
})
