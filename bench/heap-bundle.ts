// The main process's heap with the data loaded, and the size of the renderer the app ships.
import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { rendererDir, root } from '../test/web-host/build'

export interface HeapFigures {
  /** Whether --expose-gc worked: the figures are after full collections. */
  gc: boolean
  /** Heap in use with the code loaded and no data, MB. */
  beforeMB: number
  /** After createCore on the data file, MB. */
  openedMB: number
  /** After the search index is built too, MB. */
  indexedMB: number
  rssMB: number
}

const mb = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1))

/** Loads `file` with createCore in a fresh Node process (node --expose-gc --import tsx) and reads its heap. */
export async function measureHeap(file: string): Promise<HeapFigures> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'bench/heap-child.ts'), file], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`The heap measurement exited with ${code}`)
  const line = output.trim().split('\n').at(-1) ?? '{}'
  const figures = JSON.parse(line) as { gc: boolean; before: number; opened: number; indexed: number; rss: number }
  return {
    gc: figures.gc,
    beforeMB: mb(figures.before),
    openedMB: mb(figures.opened),
    indexedMB: mb(figures.indexed),
    rssMB: mb(figures.rss),
  }
}

export interface BundleFigures {
  files: number
  rawKB: number
  gzipKB: number
  largest: { file: string; rawKB: number; gzipKB: number }
}

/** Every file under `dir`, recursively. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))),
  )
  return nested.flat()
}

/** The built renderer's JavaScript and CSS (out/renderer, after the build): raw and gzip (level 9) sizes. */
export async function measureBundle(): Promise<BundleFigures> {
  const files = (await filesUnder(rendererDir)).filter((f) => ['.js', '.css'].includes(extname(f)))
  const sizes = await Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file)
      return { file: file.slice(rendererDir.length + 1), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
    }),
  )
  const kb = (bytes: number) => Number((bytes / 1024).toFixed(1))
  const largest = sizes.reduce((a, b) => (b.raw > a.raw ? b : a), { file: '', raw: 0, gzip: 0 })
  return {
    files: sizes.length,
    rawKB: kb(sizes.reduce((sum, s) => sum + s.raw, 0)),
    gzipKB: kb(sizes.reduce((sum, s) => sum + s.gzip, 0)),
    largest: { file: largest.file, rawKB: kb(largest.raw), gzipKB: kb(largest.gzip) },
  }
}
