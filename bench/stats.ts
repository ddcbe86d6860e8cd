/** A measured figure: how many samples, their median, 95th percentile and maximum, in milliseconds. */
export interface Sample {
  count: number
  median: number
  p95: number
  max: number
}

/** Summarizes millisecond samples; `count` overrides the sample count (e.g. how many long tasks). */
export function summarize(values: number[], count = values.length): Sample {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return { count, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 }
}

/** Milliseconds `run` takes, `runs` times in a row; `run` gets the run's index. */
export async function timed(runs: number, run: (index: number) => Promise<unknown> | unknown): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await run(i)
    times.push(performance.now() - start)
  }
  return times
}

/** Waits `ms` milliseconds: the pause a person leaves between two changes. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
