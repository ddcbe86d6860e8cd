// What the fuzzer throws at core: anything a transport can carry (Electron's structured clone, the web host's JSON).
import fc from 'fast-check'

/** Text that would show a leak if core echoed it from inside: stack frames, source files, our folders. */
export const leakMarkers = ['    at ', '.ts:', '.js:', '/work', '/tmp', 'node_modules', 'C:\\'] as const

const hasMarker = (text: string) => leakMarkers.some((m) => text.includes(m))

/** True when no string or key inside `value` looks like a leak marker, so a marker in an answer came from core. */
export function free(value: unknown): boolean {
  const stack: unknown[] = [value]
  for (let seen = 0; stack.length > 0 && seen < 100_000; seen++) {
    const v = stack.pop()
    if (typeof v === 'string' && hasMarker(v)) return false
    if (v instanceof Map) stack.push(...v.keys(), ...v.values())
    else if (v instanceof Set) stack.push(...v)
    else if (typeof v === 'object' && v !== null && !ArrayBuffer.isView(v)) {
      for (const key of Reflect.ownKeys(v)) {
        if (typeof key === 'string' && hasMarker(key)) return false
        stack.push((v as Record<PropertyKey, unknown>)[key])
      }
    }
  }
  return true
}

/** One value shared by every draw: 2 MB of text, twice the largest text field. */
export const twoMegabytes = 'x'.repeat(2 * 1024 * 1024)

/** Nested `depth` levels deep, built without recursion; fast-check prints it by its depth (its printer recurses). */
export function nested(kind: 'array' | 'object', depth: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value }
  Object.defineProperty(value, fc.toStringMethod, { value: () => `nested(${JSON.stringify(kind)}, ${depth})` })
  return value
}

/** An own `__proto__` key, as JSON.parse makes it, with a payload that would pollute if assigned. */
export const protoKeyed = (): Record<string, unknown> => JSON.parse('{"__proto__": {"polluted": true}, "a": 1}')

const specialNumbers = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_VALUE,
)

const specialStrings = fc.constantFrom(
  '',
  ' ',
  '   \t\n ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uD83D',
  '\uFEFF',
  '\u202Eevil',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'NaN',
  '[object Object]',
  '../../../etc/passwd',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  "'; DROP TABLE mentors; --",
  '2026-02-30',
  '2026-03-29',
  '02:30',
  '24:00',
  'Europe/Atlantis',
  'europe/berlin',
  'Etc/GMT+14',
  'EST5EDT',
  'x-private',
  'i-klingon',
  'th-TH-u-ca-buddhist-nu-thai',
  'ar-u-nu-arab',
  'en-u-ca-bogus',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '%s%s%s%n',
  '${process.exit()}',
  '👩🏽‍💻'.repeat(300),
  'é'.repeat(70_000),
)

const oddObjects = fc.constantFrom<unknown>(
  [],
  [[]],
  {},
  [{}],
  [null],
  [undefined],
  new Date(Number.NaN),
  new Date(0),
  new Map([['id', 'x']]),
  new Set([1]),
  new Uint8Array([1, 2, 3]),
  10n,
  Object.create(null) as unknown,
  new String('boxed'),
)

/** Values no field expects: wrong types, edge numbers, odd strings, deep nesting, pollution keys, huge text. */
export const nasty: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4, withBigInt: true, withDate: true, withMap: true }) },
  { weight: 3, arbitrary: specialNumbers },
  { weight: 4, arbitrary: specialStrings },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: oddObjects },
  { weight: 1, arbitrary: fc.constant(twoMegabytes) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('array' as const, 'object' as const)
      .chain((kind) => fc.integer({ min: 50, max: 30_000 }).map((depth) => nested(kind, depth))),
  },
  { weight: 1, arbitrary: fc.constant(null).map(protoKeyed) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
)

/** Keys worth trying: the contract's own field names, pollution keys and record fields a caller must not set. */
export function keysFrom(example: unknown): fc.Arbitrary<string> {
  const known = new Set<string>(['__proto__', 'constructor', 'prototype', 'id', 'createdAt', 'updatedAt', 'doneAt'])
  for (const path of pathsOf(example)) for (const key of path) if (typeof key === 'string') known.add(key)
  return fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 12 }))
}

/** Whole inputs that are wrong: anything at all, a nasty value, the example in the wrong shape, every field wrong. */
export function malformed(example: unknown): fc.Arbitrary<unknown> {
  const key = keysFrom(example)
  const anything = fc.anything({
    key,
    maxDepth: 4,
    maxKeys: 6,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
    withBoxedValues: true,
  })
  const fields = Object.keys(typeof example === 'object' && example !== null ? example : { id: 1 })
  return fc
    .oneof(
      { weight: 5, arbitrary: anything },
      { weight: 2, arbitrary: nasty },
      { weight: 1, arbitrary: fc.constantFrom([example], JSON.stringify(example) ?? 'undefined', { input: example }) },
      { weight: 2, arbitrary: fc.record(Object.fromEntries(fields.map((f) => [f, nasty]))) },
    )
    .filter(free)
}

type Path = Array<string | number>

/** Every path to a value inside `example` (objects and arrays, a few levels down). */
export function pathsOf(example: unknown, depth = 4): Path[] {
  const out: Path[] = []
  const walk = (value: unknown, path: Path) => {
    if (path.length > 0) out.push(path)
    if (path.length >= depth || typeof value !== 'object' || value === null) return
    for (const [key, child] of Object.entries(value)) walk(child, [...path, Array.isArray(value) ? Number(key) : key])
  }
  walk(example, [])
  return out
}

/** One change to a valid input: a field replaced, removed, or a key added beside it. */
export type Mutation =
  | { kind: 'replace'; path: Path; value: unknown }
  | { kind: 'remove'; path: Path }
  | { kind: 'add'; path: Path; key: string; value: unknown }

/** The example with one field changed. */
export function mutate(example: unknown, mutation: Mutation): unknown {
  if (mutation.path.length === 0 && mutation.kind === 'replace') return mutation.value
  const root = structuredClone(example)
  const target = mutation.kind === 'add' ? mutation.path : mutation.path.slice(0, -1)
  let parent: unknown = root
  for (const key of target) parent = (parent as Record<string | number, unknown>)[key]
  if (typeof parent !== 'object' || parent === null) return root
  const record = parent as Record<string | number, unknown>
  if (mutation.kind === 'add') {
    // Defined, not assigned: an own `__proto__` key, as JSON.parse and structured clone deliver it.
    Object.defineProperty(record, mutation.key, {
      value: mutation.value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  } else {
    const last = mutation.path.at(-1) as string | number
    if (mutation.kind === 'remove') {
      if (Array.isArray(record)) record.splice(Number(last), 1)
      else delete record[last]
    } else record[last] = mutation.value
  }
  return root
}

/** Valid inputs with one field mutated: the inputs most likely to get past validation into a handler. */
export function almostValid(example: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(example)
  const objects: Path[] = [[], ...paths.filter((p) => isObjectAt(example, p))]
  const path = paths.length > 0 ? fc.constantFrom(...paths) : fc.constant<Path>([])
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), path, value: nasty }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), path }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('add' as const),
        path: fc.constantFrom(...objects),
        key: keysFrom(example),
        value: nasty,
      }),
    },
  )
  return mutation.map((m) => mutate(example, m)).filter(free)
}

function isObjectAt(example: unknown, path: Path): boolean {
  let value = example
  for (const key of path) value = (value as Record<string | number, unknown>)[key]
  return typeof value === 'object' && value !== null
}
