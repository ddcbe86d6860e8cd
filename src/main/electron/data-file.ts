import { readFile } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import type { DataFileLocation } from '../core/ports'
import { writeFileDurably } from '../core/store/durable-file'

/** Where the host remembers the data file's place after the user moved it: `data-location.json` in userData. */
export const locationFileIn = (userData: string) => join(userData, 'data-location.json')

/** The remembered place of the data file, or null when there is none or it is not usable. */
export async function readDataLocation(locationFile: string): Promise<DataFileLocation | null> {
  const text = await readFile(locationFile, 'utf8').catch(() => null)
  if (text === null) return null
  try {
    const value = JSON.parse(text) as Partial<DataFileLocation>
    if (typeof value.dataFile !== 'string' || !isAbsolute(value.dataFile)) return null
    const previous = typeof value.previousDataFile === 'string' && isAbsolute(value.previousDataFile)
    return { dataFile: value.dataFile, previousDataFile: previous ? value.previousDataFile! : null }
  } catch {
    return null
  }
}

/** Remembers the data file's place for the next start, durably: a crash leaves the old place or the new one. */
export async function writeDataLocation(locationFile: string, location: DataFileLocation): Promise<void> {
  await writeFileDurably(locationFile, `${JSON.stringify(location, null, 2)}\n`)
}

/**
 * The data file: `MENTOR_TRACKER_DATA` when set (made absolute), else where the user moved it,
 * else `mentor-tracker.json` in userData.
 */
export function resolveDataFile(
  env: Record<string, string | undefined>,
  userData: string,
  remembered: DataFileLocation | null = null,
): string {
  const override = env.MENTOR_TRACKER_DATA?.trim()
  if (override) return isAbsolute(override) ? override : resolve(override)
  return remembered?.dataFile ?? join(userData, 'mentor-tracker.json')
}
