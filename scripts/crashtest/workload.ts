// The writer's inputs: seeded random text (with the Unicode people type, and some that is hard to store) and records.
import type { Content } from './records'

/** A small seeded generator (mulberry32): the same seed gives the same workload. */
export function randomSource(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  return { next, int, pick, chance: (p: number) => next() < p }
}
export type Random = ReturnType<typeof randomSource>

// Accents, CJK, right-to-left, emoji with skin tones and joiners, combining marks, astral letters,
// and what is hard to round-trip: NUL, lone surrogates, a byte-order mark inside the text.
const fragments = [
  'Zoë Ångström-Øre',
  '李小龙 与 王芳',
  '日本語のメモ',
  'مرحبا بالعالم',
  'שלום עולם',
  '👩🏽‍💻 🚀 👨‍👩‍👧',
  'e\u0301 n\u0303',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛',
  'NUL\u0000inside',
  'lone \uD800 high',
  'lone \uDFFF low',
  'BOM\uFEFFin the middle',
  '"quotes" \\ back\\slash',
  '</script><b>not html</b>',
  'Tab\there and\nnew line',
  'ﬁnancial ﬂow',
]
const words = ['mentor', 'career', 'feedback', 'design', 'review', 'growth', 'plan', 'launch', 'lead', 'team', 'ship']

/** A short piece of text with some Unicode in it, at most `max` UTF-16 units, trimmed as the schemas trim. */
export function shortText(random: Random, max: number): string {
  const parts: string[] = []
  const count = random.int(1, 6)
  for (let i = 0; i < count; i++) parts.push(random.chance(0.5) ? random.pick(fragments) : random.pick(words))
  return parts.join(' ').slice(0, max).trim() || 'x'
}

/** A long text of about `length` UTF-16 units (up to the 1,000,000 limit), Markdown paragraphs with Unicode throughout. */
export function longText(random: Random, length: number): string {
  const paragraph = Array.from({ length: 12 }, () => shortText(random, 200)).join(' ')
  const header = `# ${shortText(random, 80)}\n\n`
  const repeats = Math.ceil(length / (paragraph.length + 2))
  return `${header}${`${paragraph}\n\n`.repeat(repeats)}`.slice(0, length).trim()
}

const zones = ['Europe/Berlin', 'Asia/Tokyo', 'America/New_York', 'UTC', 'Asia/Kolkata']

/** The fields of a new or changed mentor. */
export function mentorFields(random: Random) {
  const fields = {
    name: shortText(random, 200),
    role: shortText(random, 500),
    howWeMet: random.chance(0.2) ? longText(random, random.int(1_000, 20_000)) : shortText(random, 2_000),
    expertise: Array.from({ length: random.int(0, 3) }, () => random.pick(words)),
  }
  return { fields, content: { kind: 'mentors', fields } satisfies Content }
}

/** The fields of a new or changed note; now and then a large one, rarely one at the 1,000,000 limit. */
export function noteFields(random: Random) {
  const size = random.next()
  const body =
    size < 0.03
      ? longText(random, 1_000_000)
      : size < 0.25
        ? longText(random, random.int(20_000, 300_000))
        : shortText(random, 5_000)
  const fields = {
    section: random.pick(['background', 'interests', 'achievements', 'notes'] as const),
    title: random.chance(0.7) ? shortText(random, 200) : '',
    body,
    pinned: random.chance(0.2),
  }
  return { fields, content: { kind: 'notes', fields } satisfies Content }
}

/** A held session in the past (a held session cannot be in the future) with its action items. */
export function sessionFields(random: Random) {
  const fields = {
    status: random.pick(['held', 'cancelled'] as const),
    durationMinutes: random.int(15, 120),
    agenda: shortText(random, 2_000),
    notes: random.chance(0.2) ? longText(random, random.int(5_000, 60_000)) : shortText(random, 3_000),
    takeaways: shortText(random, 1_000),
  }
  const date = `202${random.int(3, 5)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`
  const input = {
    ...fields,
    date,
    time: `${String(random.int(7, 19)).padStart(2, '0')}:30`,
    timeZone: random.pick(zones),
  }
  const actionItems = Array.from({ length: random.int(0, 4) }, () => ({
    title: shortText(random, 500),
    owner: random.pick(['me', 'mentor'] as const),
    dueOn: random.chance(0.5) ? '2026-01-15' : null,
    done: random.chance(0.2),
  }))
  return { input, actionItems, content: { kind: 'sessions', fields } satisfies Content }
}

/** Changed text of a session. */
export function sessionChanges(random: Random, current: Extract<Content, { kind: 'sessions' }>['fields']) {
  const changes = { notes: shortText(random, 3_000), takeaways: shortText(random, 1_000) }
  return { changes, content: { kind: 'sessions', fields: { ...current, ...changes } } satisfies Content }
}
