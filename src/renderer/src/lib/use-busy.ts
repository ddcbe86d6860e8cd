import { useState } from 'react'

/** Which of a few steps is running, one at a time (null when none), and `run(step, task)` to run one. */
export function useBusy<Step extends string>() {
  const [busy, setBusy] = useState<Step | null>(null)
  const run = async (step: Step, task: () => Promise<void>) => {
    setBusy(step)
    try {
      await task()
    } finally {
      setBusy(null)
    }
  }
  return { busy, run }
}
