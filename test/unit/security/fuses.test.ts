import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')
// The same parser electron-builder reads its YAML configuration with.
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
  asar?: unknown
  electronFuses?: Record<string, unknown>
}

/** The fuse names the installed electron-builder knows, from its own configuration schema. */
function knownFuses(): string[] {
  const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'))
  const schemaFile = fromBuilder.resolve('app-builder-lib/scheme.json')
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as {
    definitions: { FuseOptionsV1: { properties: Record<string, unknown> } }
  }
  return Object.keys(schema.definitions.FuseOptionsV1.properties)
}

describe('release fuses flipped at packaging', () => {
  it.each([
    ['runAsNode', false, 'ELECTRON_RUN_AS_NODE cannot turn the app into a plain Node.js'],
    ['enableNodeOptionsEnvironmentVariable', false, 'NODE_OPTIONS cannot inject code'],
    ['enableNodeCliInspectArguments', false, '--inspect cannot attach a debugger'],
    ['enableCookieEncryption', true, 'cookies on disk are encrypted with the OS keys'],
    ['onlyLoadAppFromAsar', true, 'the app loads only from app.asar'],
    ['enableEmbeddedAsarIntegrityValidation', true, 'app.asar is checked against its hash'],
  ])('%s is %s: %s', (fuse, value) => {
    expect(config.electronFuses?.[fuse]).toBe(value)
  })

  it('uses only fuse names the installed electron-builder knows, each a boolean', () => {
    const fuses = Object.entries(config.electronFuses ?? {})
    expect(fuses.length).toBeGreaterThan(0)
    expect(fuses.map(([name]) => name).filter((name) => !knownFuses().includes(name))).toEqual([])
    for (const [name, value] of fuses) expect(typeof value, name).toBe('boolean')
  })

  it('packs the app into an asar archive, which the asar fuses need', () => {
    expect(config.asar ?? true).not.toBe(false)
  })
})
