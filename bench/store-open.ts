// Opening the data file: the store's whole open, and where its time goes (read, parse, validate, backups).
import { readFile } from 'node:fs/promises'
import { silentLogger } from '../src/main/core/log'
import { writeBackup, writeDailyBackup } from '../src/main/core/store/backups'
import { Store } from '../src/main/core/store/store'
import { Database, isTimeZone } from '../src/shared/model'
import { fixedClock } from '../test/helpers/core'
import { benchNow } from './dataset'
import type { Sample } from './stats'
import { summarize, timed } from './stats'

/** The open of `file` and its parts, `runs` times each; the file page cache is warm after the first run. */
export async function measureOpen(file: string, runs: number): Promise<Record<string, Sample>> {
  const clock = fixedClock(benchNow.toISOString())
  // Until the data can be shown; the backups are written just after, in the background, and timed apart.
  const open: number[] = []
  const afterOpen: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const store = await Store.open({ dataFile: file, clock, log: silentLogger, watchMs: 0 })
    const opened = performance.now()
    if (store.status.mode !== 'ok') throw new Error(`The benchmark file opened as ${store.status.mode}`)
    await store.settled()
    afterOpen.push(performance.now() - opened)
    open.push(opened - start)
    await store.close()
  }

  const bytes = await readFile(file)
  const text = bytes.toString('utf8')
  const read = await timed(runs, () => readFile(file))
  const parse = await timed(runs, () => JSON.parse(text))
  const validate: number[] = []
  for (let i = 0; i < runs; i++) {
    const raw: unknown = JSON.parse(text)
    const start = performance.now()
    if (!Database.safeParse(raw).success) throw new Error('The benchmark file does not validate')
    validate.push(performance.now() - start)
  }
  // Each mentor and session zone is checked by constructing an Intl.DateTimeFormat (see isTimeZone).
  const data = JSON.parse(text) as Database
  const zones = [...data.mentors.map((m) => m.timeZone), ...data.sessions.map((s) => s.timeZone)]
  const zoneChecks = await timed(runs, () => zones.forEach((zone) => isTimeZone(zone)))
  const backups = await timed(runs, async () => {
    await writeBackup(file, 'last-good.json', bytes)
    await writeDailyBackup(file, benchNow)
  })
  return {
    'open: Store.open (read, parse, validate)': summarize(open),
    'open, after: backups written in the background': summarize(afterOpen),
    'open, part: read the file': summarize(read),
    'open, part: JSON.parse': summarize(parse),
    'open, part: validate with zod (Database schema)': summarize(validate),
    [`open, part of validate: ${zones.length.toLocaleString('en')} time zone checks`]: summarize(zoneChecks),
    'open, part of after: last-good backup (durable) + daily copy': summarize(backups),
  }
}
