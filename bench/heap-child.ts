// Run by heap.ts as `node --expose-gc --import tsx bench/heap-child.ts <data file>`: prints the heap after loading.
import { silentLogger } from '../src/main/core/log'
import { createCore } from '../src/main/core/create-core'
import { fixedClock } from '../test/helpers/core'
import { benchNow } from './dataset'

const file = process.argv[2]
if (!file) throw new Error('Usage: heap-child.ts <data file>')
const gc = (globalThis as { gc?: () => void }).gc
/** The heap in use after two full collections, in bytes. */
const settledHeap = () => {
  gc?.()
  gc?.()
  return process.memoryUsage().heapUsed
}

const before = settledHeap()
const core = await createCore({
  dataFile: file,
  clock: fixedClock(benchNow.toISOString()),
  ports: { log: silentLogger },
  watchMs: 0,
})
const opened = settledHeap()
await core.handlers['search:query']({ text: 'ready' })
const indexed = settledHeap()
const { rss } = process.memoryUsage()
await core.close()
console.log(JSON.stringify({ gc: Boolean(gc), before, opened, indexed, rss }))
