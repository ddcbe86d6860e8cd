// The app as electron-vite builds it (out/): what Electron loads must work in its sandbox and from file://.
import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../../src/main/electron/guards'
import { buildAppIfStale } from '../helpers/built-app'
import { root } from '../web-host/build'

const out = join(root, 'out')

beforeAll(buildAppIfStale, 300_000)

const decodeHtml = (text: string) =>
  text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

describe('the built preload', () => {
  // Run in a vm against the Electron stand-in, it exposes window.api: test/unit/electron/boot.test.ts.
  it('is CommonJS that requires only electron, by name', async () => {
    const code = await readFile(join(out, 'preload/index.cjs'), 'utf8')
    const requireCalls = code.match(/\brequire\s*\(/g) ?? []
    const required = [...code.matchAll(/\brequire\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((m) => m[2])
    expect(required).toEqual(['electron'])
    expect(requireCalls).toHaveLength(required.length) // no require of a computed name
  })

  it('carries no zod (the schemas stay in the main process)', async () => {
    const code = await readFile(join(out, 'preload/index.cjs'), 'utf8')
    expect(code).not.toMatch(/zod/i)
    expect(code.length).toBeLessThan(50_000)
  })

  it('is where the main process looks for it', async () => {
    const main = await readFile(join(out, 'main/index.js'), 'utf8')
    expect(main).toContain('"../preload/index.cjs"')
    expect(main).toContain('"../renderer/index.html"')
  })
})

describe('the built renderer', () => {
  it('sets the Content-Security-Policy the host defines, before any script or style loads', async () => {
    const html = await readFile(join(out, 'renderer/index.html'), 'utf8')
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi)]
    expect(metas).toHaveLength(1)
    expect(decodeHtml(metas[0]![1]!)).toBe(contentSecurityPolicy(false))
    const metaAt = metas[0]!.index
    expect(metaAt).toBeLessThan(html.search(/<script\b/i))
    expect(metaAt).toBeLessThan(html.search(/<link\b/i))
  })

  it('refers to its files by relative paths that exist, so it loads from file://', async () => {
    const html = await readFile(join(out, 'renderer/index.html'), 'utf8')
    const refs = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!)
    expect(refs.length).toBeGreaterThan(1)
    for (const ref of refs) {
      expect(ref, ref).toMatch(/^\.\//)
      expect(existsSync(join(out, 'renderer', ref)), `${ref} exists`).toBe(true)
    }
    const assets = join(out, 'renderer/assets')
    for (const name of await readdir(assets)) {
      const text = await readFile(join(assets, name), 'utf8')
      if (name.endsWith('.css')) expect(text, name).not.toMatch(/url\(\s*["']?\//)
      if (name.endsWith('.js')) expect(text, name).not.toMatch(/["'`]\/assets\//)
    }
  })
})
