// Builds what the web host serves, when its sources are newer than the last build.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'vite'

export const root = resolve(import.meta.dirname, '../..')
export const rendererDir = join(root, 'out/renderer')
export const bridgeFile = join(root, 'out/web-host/bridge.js')

/** The newest modification time under each path (files or folders). */
function newestMtime(paths: string[]): number {
  let newest = 0
  const visit = (path: string) => {
    const info = statSync(path, { throwIfNoEntry: false })
    if (!info) return
    if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name))
    else newest = Math.max(newest, info.mtimeMs)
  }
  paths.forEach(visit)
  return newest
}

/** True when `output` is missing or older than any of `inputs`. */
function isStale(output: string, inputs: string[]): boolean {
  if (!existsSync(output)) return true
  return newestMtime(inputs.map((p) => join(root, p))) > statSync(output).mtimeMs
}

/** Builds the app (electron-vite) and the web host's bridge when stale. Build output goes to stderr. */
export async function ensureBuilt(options: { force?: boolean } = {}): Promise<void> {
  const appInputs = ['src', 'resources', 'electron.vite.config.ts', 'package.json']
  if (options.force || isStale(join(rendererDir, 'index.html'), appInputs)) {
    const result = spawnSync(
      process.execPath,
      [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
      {
        cwd: root,
        stdio: ['ignore', process.stderr, process.stderr],
      },
    )
    if (result.status !== 0) throw new Error('electron-vite build failed; see the output above')
  }
  if (options.force || isStale(bridgeFile, ['test/web-host/bridge.ts', 'src/preload', 'src/shared'])) {
    await build({
      configFile: false,
      logLevel: 'warn',
      customLogger: undefined,
      build: {
        outDir: join(root, 'out/web-host'),
        emptyOutDir: true,
        minify: false,
        lib: { entry: join(root, 'test/web-host/bridge.ts'), formats: ['es'], fileName: () => 'bridge.js' },
      },
    })
  }
}
