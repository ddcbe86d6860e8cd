// Merging an imported data file into the one in use: what is added, what is taken, what stays, on plain data.
import { describe, expect, it } from 'vitest'
import { mergeDatabases } from '../../../../src/main/core/store/record-diff'
import type { Database } from '../../../../src/shared/model'
import { SCHEMA_VERSION } from '../../../../src/shared/model'

describe('Your data: merging', () => {
  const at = (minute: number) => `2026-11-27T10:${String(minute).padStart(2, '0')}:00.000Z`
  const base = (mentors: Array<{ id: string; name: string; updatedAt: string }>): Database =>
    ({
      schemaVersion: SCHEMA_VERSION,
      mentors: mentors.map((m) => ({ ...m, createdAt: at(0) })),
      notes: [],
      sessions: [],
      series: [],
      actionItems: [],
      goals: [],
      reminders: [],
      drafts: [],
      agreements: [],
      checkIns: [],
      wrapUps: [],
      sample: null,
      profile: { name: 'Me', updatedAt: at(1) },
      settings: { updatedAt: at(1) },
    }) as unknown as Database

  it('adds what only the file has, takes its later edits, keeps ours when later, and deletes nothing', () => {
    const current = base([
      { id: 'a', name: 'Ours, later', updatedAt: at(30) },
      { id: 'b', name: 'Ours, earlier', updatedAt: at(10) },
      { id: 'c', name: 'Only ours', updatedAt: at(10) },
    ])
    const incoming = base([
      { id: 'a', name: 'Theirs, earlier', updatedAt: at(20) },
      { id: 'b', name: 'Theirs, later', updatedAt: at(20) },
      { id: 'd', name: 'Only theirs', updatedAt: at(5) },
    ])
    const { data, summary } = mergeDatabases(current, incoming)
    expect(data.mentors.map((m) => m.name).sort()).toEqual(['Only ours', 'Only theirs', 'Ours, later', 'Theirs, later'])
    expect(summary).toEqual({ added: 1, updated: 1, unchanged: 1 })
    expect(data.profile).toBe(current.profile)
  })

  it('keeps one agreement per mentor: the later of two written apart, whatever their ids', () => {
    const agreement = (id: string, focus: string, updatedAt: string) => ({
      id,
      mentorId: 'a',
      focus,
      updatedAt,
      createdAt: at(0),
    })
    const mentors = [{ id: 'a', name: 'Ada', updatedAt: at(1) }]
    const current = {
      ...base(mentors),
      agreements: [agreement('ours', 'Ours, earlier', at(10))],
    } as unknown as Database
    const incoming = {
      ...base(mentors),
      agreements: [agreement('theirs', 'Theirs, later', at(20))],
    } as unknown as Database
    expect(mergeDatabases(current, incoming).data.agreements.map((a) => a.focus)).toEqual(['Theirs, later'])
    expect(mergeDatabases(incoming, current).data.agreements.map((a) => a.focus)).toEqual(['Theirs, later'])
  })
})
