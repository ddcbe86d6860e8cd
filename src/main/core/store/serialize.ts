// The data file's bytes: readable JSON, each record's text kept while the record is unchanged.

/** Serializes the data file: indented, so a person can read it, with a final newline. */
export const serialize = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`

/**
 * `serialize(data)` as UTF-8 bytes, fast for the store's every write. A change touches a few records
 * of tens of thousands, so the bytes of each record in a top-level list are kept and reused while the
 * record is the same object. That is safe because records are replaced, never edited in place
 * (changes are pure functions), and each record is frozen when its bytes are kept, so it cannot
 * change under them.
 */
export function serializeBytes(data: unknown): Buffer {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return Buffer.from(serialize(data))
  const parts: Buffer[] = []
  for (const [key, value] of Object.entries(data)) {
    const text = Array.isArray(value) ? '' : JSON.stringify(value, null, 2)?.replaceAll('\n', '\n  ')
    if (text === undefined) continue
    parts.push(Buffer.from(`${parts.length === 0 ? '{\n  ' : ',\n  '}${JSON.stringify(key)}: ${text}`))
    if (Array.isArray(value)) pushList(parts, value)
  }
  if (parts.length === 0) return Buffer.from('{}\n')
  parts.push(Buffer.from('\n}\n'))
  return Buffer.concat(parts)
}

const recordBytes = new WeakMap<object, Buffer>()
const listOpen = Buffer.from('[\n    ')
const listSeparator = Buffer.from(',\n    ')
const listClose = Buffer.from('\n  ]')
const emptyList = Buffer.from('[]')

/** A top-level list, its items at the depth JSON.stringify(data, null, 2) puts them. */
function pushList(parts: Buffer[], items: unknown[]): void {
  if (items.length === 0) {
    parts.push(emptyList)
    return
  }
  parts.push(listOpen)
  items.forEach((item, index) => {
    if (index > 0) parts.push(listSeparator)
    parts.push(itemBytes(item))
  })
  parts.push(listClose)
}

function itemBytes(item: unknown): Buffer {
  if (typeof item !== 'object' || item === null) return Buffer.from(JSON.stringify(item) ?? 'null')
  let bytes = recordBytes.get(item)
  if (bytes === undefined) {
    bytes = Buffer.from((JSON.stringify(item, null, 2) ?? 'null').replaceAll('\n', '\n    '))
    recordBytes.set(deepFreeze(item), bytes)
  }
  return bytes
}

/**
 * Makes the bytes of every record of `data` ready, yielding to the event loop every `sliceMs`, so that
 * the serializeBytes that follows is quick: a compaction never holds up requests for long.
 */
export async function prepareRecordBytes(data: object, sliceMs = 8): Promise<void> {
  let start = performance.now()
  for (const value of Object.values(data)) {
    if (!Array.isArray(value)) continue
    for (const item of value as unknown[]) {
      itemBytes(item)
      if (performance.now() - start > sliceMs) {
        await new Promise((resolve) => setImmediate(resolve))
        start = performance.now()
      }
    }
  }
}

/** Freezes `value` and everything in it, so no code can edit it in place. */
export function deepFreeze<T extends object>(value: T): T {
  if (Object.isFrozen(value)) return value
  Object.freeze(value)
  for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) deepFreeze(inner)
  return value
}
