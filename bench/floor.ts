// The floor for any whole-file store: writing the same bytes durably with nothing but node:fs.
import { open, rename } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Sample } from './stats'
import { pause, summarize } from './stats'

/** Temp file, write, fsync, close, rename over `file`, fsync the folder: the least a durable whole-file write costs. */
export async function writeWholeFile(file: string, bytes: Buffer): Promise<void> {
  const temp = `${file}.floor-tmp`
  const handle = await open(temp, 'w')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temp, file)
  const folder = await open(dirname(file), 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}

/** Times `runs` durable writes of `content` (already serialized) to `file`, with the mutations' pause between them. */
export async function measureFloor(file: string, content: string, runs: number, pauseMs = 250): Promise<Sample> {
  const bytes = Buffer.from(content)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    await pause(pauseMs)
    const start = performance.now()
    await writeWholeFile(file, bytes)
    times.push(performance.now() - start)
  }
  return summarize(times)
}
