// The one stand-in of the boot test's child process: the app gets it as 'electron', boot-child.ts drives it.
import { readFileSync } from 'node:fs'
import type { ChildConfig, ChildMessage } from './protocol'
import { CONFIG_VARIABLE } from './protocol'
import { createElectronStandIn } from './stand-in'

const config = JSON.parse(process.env[CONFIG_VARIABLE] ?? 'null') as ChildConfig | null
if (!config) throw new Error(`${CONFIG_VARIABLE} is not set: this module runs in the boot test's child process`)

const tell = (message: ChildMessage, then?: () => void) => void process.send?.(message, undefined, {}, then)

// Electron takes the app's name and version from its package.json.
const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  productName: string
  version: string
}

export const standIn = createElectronStandIn({
  ...config,
  name: pkg.productName,
  version: pkg.version,
  record: (entry) => tell({ type: 'record', entry }),
  // Electron ends the process; the records sent before go first.
  terminate: (code) => tell({ type: 'record', entry: { type: 'exit', code } }, () => process.exit(code)),
})
