// The web host: the real renderer and the real core on a real file, over HTTP on 127.0.0.1 only.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { basename, dirname, extname, join, normalize, sep } from 'node:path'
import { WebSocketServer } from 'ws'
import { eventNames } from '../../src/shared/channel-names'
import { contentSecurityPolicy } from '../../src/main/electron/guards'
import type { AdjustableClock } from '../../src/main/core/clock'
import { createAdjustableClock } from '../../src/main/core/clock'
import type { Core } from '../../src/main/core/create-core'
import { createCore } from '../../src/main/core/create-core'
import type { DataFileLocation } from '../../src/main/core/ports'
import { sickDisk } from '../helpers/sick-disk'
import { createPdfPrinter } from './print-pdf'

export interface WebHostOptions {
  dataFile: string
  /** 0 picks a free port. */
  port: number
  rendererDir: string
  bridgeFile: string
  version: string
  /** Links the app asks to open; the web host records them instead. */
  onOpenExternal?: (url: string) => void
  /** Where files the app saves go (there is no save dialog in a browser); default: an `exports` folder beside the data file. */
  exportsDir?: string
}

export interface WebHost {
  /** The full URL with the token, e.g. http://127.0.0.1:5123/?token=… */
  url: string
  token: string
  core: Core
  clock: AdjustableClock
  /** Stops serving and waits until every pending write is on disk. */
  close(): Promise<void>
}

const MAX_BODY_BYTES = 16 * 1024 * 1024
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'text/plain; charset=utf-8',
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...headers,
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': contentSecurityPolicy(false),
  })
  res.end(body)
}

const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8')

/** True when a connection comes from this machine's 127.0.0.1 (as itself, or mapped into IPv6); nothing else. */
export function isLoopbackAddress(remoteAddress: string | undefined): boolean {
  return remoteAddress === '127.0.0.1' || remoteAddress === '::ffff:127.0.0.1'
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Starts the web host; the caller prints `url`. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(24).toString('base64url')
  const clock = createAdjustableClock()
  const notifications: unknown[] = []
  const externalLinks: string[] = []
  const savedFiles: Array<{ path: string; name: string; bytes: number }> = []
  const openedFiles: string[] = []
  const revealed: string[] = []
  /** The answers the next open and folder dialogs give, set by tests; an empty queue is a cancelled dialog. */
  const dialogAnswers: { file: string[]; folder: string[] } = { file: [], folder: [] }
  /** Where the app says its data is, as the Electron host would remember it for the next start. */
  let dataLocation: DataFileLocation | null = null
  /** A storage fault tests switch on (`ENOSPC`, `EACCES`, `EROFS`): every write of the data file and journal then fails with it. */
  const disk = sickDisk()
  const printer = createPdfPrinter()
  const exportsDir = options.exportsDir ?? join(dirname(options.dataFile), 'exports')
  const core = await createCore({
    dataFile: options.dataFile,
    clock,
    app: { name: 'Mentor Tracker', version: options.version },
    storeIO: disk.io,
    ports: {
      // There is no file manager to show a file in: each request is recorded.
      revealPath: async (path) => void revealed.push(path),
      chooseFile: async () => dialogAnswers.file.shift() ?? null,
      chooseFolder: async () => dialogAnswers.folder.shift() ?? null,
      saveDataLocation: async (location) => {
        dataLocation = location
      },
      openExternal: async (url) => {
        externalLinks.push(url)
        options.onOpenExternal?.(url)
      },
      // Stands in for the save dialog: the suggested name in the exports folder, numbered if taken.
      saveFile: async ({ suggestedName, content }) => {
        await mkdir(exportsDir, { recursive: true })
        const ext = extname(suggestedName)
        let path = join(exportsDir, basename(suggestedName))
        for (let n = 2; savedFiles.some((f) => f.path === path); n++) {
          path = join(exportsDir, `${basename(suggestedName, ext)} (${n})${ext}`)
        }
        await writeFile(path, content)
        savedFiles.push({ path, name: basename(path), bytes: Buffer.byteLength(content) })
        return path
      },
      // Real: the same HTML Electron prints, printed by headless Chromium.
      printPdf: (job) => printer.printPdf(job),
      // There is no desktop to open a file on: each request is recorded.
      openFile: async (path) => void openedFiles.push(path),
      // A browser shows no desktop notifications for us: each is recorded, with the clock time it was sent.
      notify: (notification) => void notifications.push({ ...notification, shownAt: clock.now().toISOString() }),
    },
  })

  const tokenMatches = (candidate: string | null | undefined) => {
    if (!candidate) return false
    const a = Buffer.from(candidate)
    const b = Buffer.from(token)
    return a.length === b.length && timingSafeEqual(a, b)
  }
  const cookieToken = (req: IncomingMessage) => /(?:^|;\s*)mt_token=([^;]+)/.exec(req.headers.cookie ?? '')?.[1]
  let port = 0
  /** Only this machine, only with the token, only under our own host name (no DNS rebinding). */
  const authorized = (req: IncomingMessage, url: URL) => {
    if (!isLoopbackAddress(req.socket.remoteAddress)) return false
    if (req.headers.host !== `127.0.0.1:${port}`) return false
    return (
      tokenMatches(url.searchParams.get('token')) ||
      tokenMatches(req.headers['x-mentor-token'] as string | undefined) ||
      tokenMatches(cookieToken(req))
    )
  }

  const indexHtml = async () => {
    const html = await readFile(join(options.rendererDir, 'index.html'), 'utf8')
    // The bridge defines window.api before the renderer's module runs (module scripts run in order).
    return html.replace(
      '<script type="module"',
      '<script type="module" src="/__host/bridge.js"></script>\n    <script type="module"',
    )
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (!authorized(req, url)) return send(res, 403, 'Forbidden: open the URL the web host printed, with its token.')
    try {
      if (req.method === 'POST' && url.pathname === '/__api/invoke') {
        const body = await readBody(req)
        if (body === null)
          return sendJson(res, 413, {
            ok: false,
            error: { code: 'invalid-input', message: 'This request is too large.', issues: [] },
          })
        let request: { channel?: unknown; input?: unknown }
        try {
          request = JSON.parse(body) as typeof request
        } catch {
          return sendJson(res, 400, {
            ok: false,
            error: { code: 'invalid-input', message: 'The request was not JSON.', issues: [] },
          })
        }
        return sendJson(res, 200, await core.invoke(request.channel, request.input))
      }
      if (url.pathname === '/__host/clock') {
        if (req.method === 'POST') {
          const body = JSON.parse((await readBody(req)) ?? '{}') as { now?: string; advanceMs?: number }
          if (typeof body.now === 'string') clock.set(new Date(body.now))
          if (typeof body.advanceMs === 'number') clock.advance(body.advanceMs)
          // A moved clock is like waking from sleep: reminders are planned again at once.
          await core.wake()
        }

        return sendJson(res, 200, { now: clock.now().toISOString() })
      }
      if (url.pathname === '/__host/notifications') return sendJson(res, 200, notifications)
      if (url.pathname === '/__host/external-links') return sendJson(res, 200, externalLinks)
      if (url.pathname === '/__host/saved-files') return sendJson(res, 200, savedFiles)
      if (url.pathname === '/__host/opened-files') return sendJson(res, 200, openedFiles)
      if (url.pathname === '/__host/revealed') return sendJson(res, 200, revealed)
      if (url.pathname === '/__host/data-location') return sendJson(res, 200, dataLocation)
      if (url.pathname === '/__host/dialog' && req.method === 'POST') {
        const body = JSON.parse((await readBody(req)) ?? '{}') as { file?: string; folder?: string }
        if (typeof body.file === 'string') dialogAnswers.file.push(body.file)
        if (typeof body.folder === 'string') dialogAnswers.folder.push(body.folder)
        return sendJson(res, 200, dialogAnswers)
      }
      if (url.pathname === '/__host/storage-fault' && req.method === 'POST') {
        const body = JSON.parse((await readBody(req)) ?? '{}') as { code?: string | null }
        disk.fault = typeof body.code === 'string' ? body.code : null
        return sendJson(res, 200, { code: disk.fault })
      }
      if (url.pathname === '/__host/bridge.js') {
        return send(res, 200, await readFile(options.bridgeFile), contentTypes['.js'])
      }
      if (req.method !== 'GET') return send(res, 405, 'Method not allowed')
      if (url.pathname === '/' || url.pathname === '/index.html') {
        // The page's own requests for scripts and styles carry the token as a cookie.
        const cookie = { 'set-cookie': `mt_token=${token}; HttpOnly; SameSite=Strict; Path=/` }
        return send(res, 200, await indexHtml(), contentTypes['.html'], cookie)
      }
      const file = normalize(join(options.rendererDir, decodeURIComponent(url.pathname)))
      if (!file.startsWith(options.rendererDir + sep)) return send(res, 404, 'Not found')
      const content = await readFile(file).catch(() => null)
      if (!content) return send(res, 404, 'Not found')
      return send(res, 200, content, contentTypes[extname(file)] ?? 'application/octet-stream')
    } catch (error) {
      console.error('[web-host]', error)
      return send(res, 500, 'The web host failed on this request.')
    }
  })

  const sockets = new WebSocketServer({ noServer: true })
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (url.pathname !== '/__events' || !authorized(req, url)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws))
  })
  const unsubscribes = eventNames.map((event) =>
    core.on(event, (payload) => {
      const message = JSON.stringify({ event, payload })
      for (const client of sockets.clients) client.send(message)
    }),
  )

  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    core,
    clock,
    async close() {
      unsubscribes.forEach((unsubscribe) => unsubscribe())
      for (const client of sockets.clients) client.terminate()
      sockets.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await core.close()
      await printer.close()
    },
  }
}
