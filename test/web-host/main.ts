// `npm run web`: builds if needed, serves the app on 127.0.0.1 and prints its URL (with the token) first.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { bridgeFile, ensureBuilt, rendererDir, root } from './build'
import { startWebHost } from './server'

const dataFile = process.env.MENTOR_TRACKER_DATA
  ? resolve(process.env.MENTOR_TRACKER_DATA)
  : join(mkdtempSync(join(tmpdir(), 'mentor-tracker-web-')), 'mentor-tracker.json')
const port = Number(process.env.PORT ?? 0)
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}"`)
  process.exit(2)
}

await ensureBuilt()
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
const host = await startWebHost({ dataFile, port, rendererDir, bridgeFile, version })
console.log(host.url)
console.log(`Data file: ${dataFile}`)

let stopping = false
const stop = (signal: string) => {
  if (stopping) return
  stopping = true
  console.log(`${signal}: finishing pending writes…`)
  host.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
