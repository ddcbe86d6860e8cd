import { isAbsolute, join, resolve } from 'node:path'

/** The data file: `MENTOR_TRACKER_DATA` when set (made absolute), else `mentor-tracker.json` in userData. */
export function resolveDataFile(env: Record<string, string | undefined>, userData: string): string {
  const override = env.MENTOR_TRACKER_DATA?.trim()
  if (override) return isAbsolute(override) ? override : resolve(override)
  return join(userData, 'mentor-tracker.json')
}
