// Who may reach the web host: this machine's 127.0.0.1 only, with the token, under its own host name; over HTTP and WebSocket.
import { connect } from 'node:net'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { WebHost } from '../web-host/server'
import { isLoopbackAddress, startWebHost } from '../web-host/server'
import { tempDirs } from '../helpers/temp'

const newDir = tempDirs()
let host: WebHost | null = null
afterEach(async () => {
  await host?.close()
  host = null
})

async function start(): Promise<WebHost> {
  const dir = await newDir()
  host = await startWebHost({
    dataFile: join(dir, 'mentor-tracker.json'),
    port: 0,
    rendererDir: join(dir, 'renderer'),
    bridgeFile: join(dir, 'bridge.js'),
    version: '1.2.3',
  })
  return host
}

/** Opens the event socket with `headers`; resolves to 'open' or the HTTP status the upgrade was refused with. */
function upgrade(url: string, headers: Record<string, string>): Promise<'open' | number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers })
    socket.on('open', () => {
      socket.close()
      resolve('open')
    })
    socket.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0)
      res.resume()
      socket.terminate()
    })
    socket.on('error', reject)
  })
}

/** True when a TCP connection to `address`:`port` is made (false: refused, unreachable or no answer in 2 s). */
function reachable(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: 2_000 })
    const done = (connected: boolean) => {
      socket.destroy()
      resolve(connected)
    }
    socket.on('connect', () => done(true))
    socket.on('error', () => done(false))
    socket.on('timeout', () => done(false))
  })
}

describe('web host access', () => {
  it.each([
    ['127.0.0.1', true],
    ['::ffff:127.0.0.1', true],
    ['::1', false],
    ['127.0.0.2', false],
    ['0.0.0.0', false],
    ['192.168.1.20', false],
    ['::ffff:192.168.1.20', false],
    ['fd00::2', false],
    [' 127.0.0.1', false],
    ['127.0.0.1.evil.example', false],
    ['', false],
    [undefined, false],
  ])('a connection from %j is let in: %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected)
  })

  it('listens on 127.0.0.1 only: the port cannot be reached at any other address of this machine', async () => {
    const { url } = await start()
    const port = Number(new URL(url).port)
    expect(await reachable('127.0.0.1', port)).toBe(true)
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && !i.address.startsWith('fe80:') && i.address !== '127.0.0.1')
      .map((i) => i!.address)
    // All of 127.0.0.0/8 is this machine on Linux: a server on every address would answer there too.
    if (process.platform === 'linux') others.push('127.0.0.2')
    for (const address of others) expect(await reachable(address, port), address).toBe(false)
  })

  it('opens the event socket only with the token, under its own host name', async () => {
    const { url, token } = await start()
    const events = url.replace(/^http/, 'ws').replace(/\/\?token=.*$/, '/__events')
    expect(await upgrade(events, {})).toBe(403)
    expect(await upgrade(events, { 'x-mentor-token': 'guess' })).toBe(403)
    expect(await upgrade(`${events}?token=${token.slice(1)}x`, {})).toBe(403)
    expect(await upgrade(events, { 'x-mentor-token': token, host: 'evil.example' })).toBe(403)
    expect(await upgrade(events, { 'x-mentor-token': token })).toBe('open')
    expect(await upgrade(`${events}?token=${token}`, {})).toBe('open')
  })

  it('opens no socket but the event one, even with the token', async () => {
    const { url, token } = await start()
    const other = url.replace(/^http/, 'ws').replace(/\/\?token=.*$/, '/__api/invoke')
    expect(await upgrade(other, { 'x-mentor-token': token })).toBe(403)
  })
})
