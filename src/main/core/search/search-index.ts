// The search index: built from the data once, then kept in step record by record.
import MiniSearch from 'minisearch'
import type { Database } from '../../../shared/model'
import { noteSectionLabels, sessionStatusLabels } from '../../../shared/model'

import type { SearchHit } from '../../../shared/requests/search'
import type { ChangedRecords } from '../store/change-set'
import type { SearchDocument } from './documents'
import {
  actionDocument,
  agreementDocument,
  checkInDocument,
  goalDocument,
  mentorDocument,
  noteDocument,
  sessionDocument,
  wrapUpDocument,
} from './documents'
import { highlightRanges, processTerm, tokenize } from './tokens'

/** The collections whose records a hit is looked up in by id. */
type Looked = 'notes' | 'sessions' | 'actionItems' | 'goals' | 'agreements' | 'wrapUps' | 'checkIns'

/** Each collection and how its records become documents. */
const sources = [
  ['mentors', mentorDocument, 'mentor'],
  ['notes', noteDocument, 'note'],
  ['sessions', sessionDocument, 'session'],
  ['actionItems', actionDocument, 'action'],
  ['goals', goalDocument, 'goal'],
  ['wrapUps', wrapUpDocument, 'wrapUp'],
  ['agreements', agreementDocument, 'agreement'],
  ['checkIns', checkInDocument, 'checkIn'],
] as const

const SNIPPET_LENGTH = 180

/** Markdown as the words a person reads: links as their text, emphasis, headings and list marks gone. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|~~|`)(?=\S)([^]*?\S)\1/g, '$2')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/gm, '')
}

/** A stretch of `text` around its first match, with the match ranges moved into it. */
function snippetOf(text: string, terms: readonly string[]): { snippet: string; highlights: Array<[number, number]> } {
  const flat = plainText(text).replace(/\s+/g, ' ').trim()

  const ranges = highlightRanges(flat, terms)
  const first = ranges[0]?.[0] ?? 0
  let start = Math.max(0, first - 50)
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start
  let end = Math.min(flat.length, start + SNIPPET_LENGTH)
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end
  const prefix = start > 0 ? '…' : ''
  const snippet = `${prefix}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`
  const highlights = ranges
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [s - start + prefix.length, e - start + prefix.length])
  return { snippet, highlights }
}

/** Full-text search over mentors, notes, sessions, action items and goals: exact words first, then word starts, then near misses. */
export class SearchIndex {
  private readonly index = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    tokenize,
    processTerm,
    searchOptions: {
      boost: { title: 2 },
      // Typos are forgiven in longer words only: "mentor" should not find "mentee".
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      // A word start of one or two letters matches too much to be useful; those must match whole.
      prefix: (term) => term.length >= 3,
      weights: { prefix: 0.5, fuzzy: 0.2 },
      combineWith: 'AND',
    },
  })
  /** The record each document was made from, by identity: unchanged records are skipped when syncing. */
  private readonly indexed = new Map<string, object>()
  /** The collections as last synced. */
  private readonly synced = new Map<string, readonly unknown[]>()

  /** Brings the index in step with `data`: new records added, changed ones replaced, deleted ones removed. */
  sync(data: Database): void {
    for (const [collection, toDocument, prefix] of sources) {
      const records = data[collection] as ReadonlyArray<{ id: string }>
      // Changes replace only the collections they touch: an unchanged one is the same array.
      if (this.synced.get(collection) === records) continue
      this.synced.set(collection, records)
      const seen = new Set<string>()
      for (const record of records) {
        seen.add(`${prefix}:${record.id}`)
        this.put(record, prefix, toDocument as (r: typeof record) => SearchDocument)
      }
      for (const id of [...this.indexed.keys()]) {
        if (!id.startsWith(`${prefix}:`) || seen.has(id)) continue
        this.index.discard(id)
        this.indexed.delete(id)
      }
    }
  }

  /** Takes in one change: the records it put and the ones it removed, and nothing else (its cost follows the change). */
  apply(records: ChangedRecords): void {
    for (const [collection, toDocument, prefix] of sources) {
      for (const record of (records.put[collection] ?? []) as ReadonlyArray<{ id: string }>) {
        this.put(record, prefix, toDocument as (r: typeof record) => SearchDocument)
      }
      for (const key of records.removed[collection] ?? []) {
        const id = `${prefix}:${key}`
        if (!this.indexed.delete(id)) continue
        this.index.discard(id)
      }
    }
  }

  /**
   * Builds the index from `data` in slices, yielding to the event loop between them, so requests
   * are answered while a large history is indexed at start-up.
   */
  async build(data: Database, sliceMs = 8): Promise<void> {
    for (const [collection, toDocument, prefix] of sources) {
      const records = data[collection] as ReadonlyArray<{ id: string }>
      let start = performance.now()
      for (const record of records) {
        const id = `${prefix}:${record.id}`
        if (this.indexed.has(id)) continue
        this.index.add((toDocument as (r: typeof record) => SearchDocument)(record))
        this.indexed.set(id, record)
        if (performance.now() - start > sliceMs) {
          await new Promise((resolve) => setImmediate(resolve))
          start = performance.now()
        }
      }
    }
  }

  /** Indexes `record`, replacing what it was indexed as, unless it is the very record indexed already. */
  private put<R extends { id: string }>(record: R, prefix: string, toDocument: (r: R) => SearchDocument): void {
    const id = `${prefix}:${record.id}`
    const before = this.indexed.get(id)
    if (before === record) return
    const doc = toDocument(record)
    if (before) this.index.replace(doc)
    else this.index.add(doc)
    this.indexed.set(id, record)
  }

  /** The best matches for `query`, with snippets and what to highlight, as the palette shows them. */
  search(query: string, data: Database, limit: number): SearchHit[] {
    const results = this.index.search(query).slice(0, limit)
    const mentors = new Map(data.mentors.map((m) => [m.id, m]))
    const byId = (collection: Looked, id: string) =>
      (data[collection] as ReadonlyArray<{ id: string }>).find((r) => r.id === id)
    const hits: SearchHit[] = []
    for (const result of results) {
      const [kind, recordId = ''] = String(result.id).split(':') as [SearchDocument['kind'], string]
      const terms = [...Object.keys(result.match), ...result.queryTerms]
      const hit = this.describe(kind, recordId, mentors, byId)
      if (!hit) continue
      const { snippet, highlights } = snippetOf(hit.body, terms)
      hits.push({
        kind,
        id: recordId,
        title: hit.title,
        titleHighlights: highlightRanges(hit.title, terms),
        subtitle: hit.subtitle,
        snippet,
        highlights,
        target: hit.target,
        score: result.score,
      })
    }
    return hits
  }

  private describe(
    kind: SearchDocument['kind'],
    id: string,
    mentors: ReadonlyMap<string, Database['mentors'][number]>,
    byId: (collection: Looked, id: string) => unknown,
  ): { title: string; subtitle: string; body: string; target: string } | null {
    const mentorName = (mentorId: string | null) =>
      mentorId ? (mentors.get(mentorId)?.name ?? 'Unknown mentor') : 'Unknown mentor'
    switch (kind) {
      case 'mentor': {
        const m = mentors.get(id)
        if (!m) return null
        return {
          title: m.name,
          subtitle: [m.role, m.organization].filter(Boolean).join(' · ') || 'Mentor',
          body: mentorDocument(m).text,
          target: `/mentors/${m.id}`,
        }
      }
      case 'note': {
        const n = byId('notes', id) as Database['notes'][number] | undefined
        if (!n) return null
        return {
          title: n.title || `${noteSectionLabels[n.section]} note`,
          subtitle: `${noteSectionLabels[n.section]} · ${mentorName(n.mentorId)}`,
          body: n.body,
          target: n.mentorId ? `/mentors/${n.mentorId}?tab=${n.section}` : '/mentors/unknown',
        }
      }
      case 'session': {
        const s = byId('sessions', id) as Database['sessions'][number] | undefined
        if (!s) return null
        const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: s.timeZone }).format(
          new Date(s.startsAt),
        )
        return {
          title: `Session with ${mentorName(s.mentorId)}`,
          subtitle: `${day} · ${sessionStatusLabels[s.status]}`,
          body: sessionDocument(s).text,
          target: `/sessions/${s.id}`,
        }
      }
      case 'action': {
        const a = byId('actionItems', id) as Database['actionItems'][number] | undefined
        if (!a) return null
        return {
          title: a.title,
          subtitle: `Action item · ${a.owner === 'me' ? 'mine' : mentorName(a.mentorId)}${a.doneAt ? ' · done' : a.dueOn ? ` · due ${a.dueOn}` : ''}`,
          body: '',
          target: '/actions',
        }
      }
      case 'goal': {
        const g = byId('goals', id) as Database['goals'][number] | undefined
        if (!g) return null
        return {
          title: g.title,
          subtitle: `Goal · ${g.status[0]?.toUpperCase()}${g.status.slice(1)}`,
          body: g.why,
          target: '/goals',
        }
      }
      case 'wrapUp': {
        const w = byId('wrapUps', id) as Database['wrapUps'][number] | undefined
        if (!w) return null
        return {
          title: `Wrap-up with ${mentorName(w.mentorId)}`,
          subtitle: 'Wrap-up · private',
          body: wrapUpDocument(w).text,
          target: `/mentors/${w.mentorId}`,
        }
      }
      case 'checkIn': {
        const c = byId('checkIns', id) as Database['checkIns'][number] | undefined
        if (!c) return null
        return {
          title: `Check-in with ${mentorName(c.mentorId)}`,
          subtitle: `Check-in · private · ${c.createdAt.slice(0, 10)}`,
          body: c.note,
          target: `/mentors/${c.mentorId}?tab=check-ins`,
        }
      }
      case 'agreement': {
        const a = byId('agreements', id) as Database['agreements'][number] | undefined
        if (!a) return null
        return {
          title: `Agreement with ${mentorName(a.mentorId)}`,
          subtitle: 'Mentoring agreement',
          body: agreementDocument(a).text,
          target: `/mentors/${a.mentorId}`,
        }
      }
    }
  }
}
