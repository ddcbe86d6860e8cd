// The goals' rules called on plain data: progress, coverage, and what a delete leaves behind.
import { describe, expect, it } from 'vitest'
import { createGoal, deleteGoal, goalViews, updateGoal } from '../../../../src/main/core/domain/goals'
import type { Mentor } from '../../../../src/shared/model'
import {
  actionItemRecord,
  databaseWith,
  goalRecord,
  inputOf,
  mentorRecord,
  ruleEnv,
  sessionRecord,
} from '../../../helpers/plain-data'

/** A goal served by a held session (with a done item), an item linked directly, a plan and an unrelated item. */
function talk() {
  const zoe = mentorRecord({ name: 'Zoë', stage: 'active' })
  const goal = goalRecord({ title: 'Give a conference talk', mentorIds: [zoe.id] })
  const early = sessionRecord({ mentorId: zoe.id, startsAt: '2026-10-01T09:00:00.000Z', goalIds: [goal.id] })
  const late = sessionRecord({ mentorId: zoe.id, startsAt: '2026-11-20T09:00:00.000Z', goalIds: [goal.id] })
  const plan = sessionRecord({
    mentorId: zoe.id,
    startsAt: '2026-12-20T09:00:00.000Z',
    goalIds: [goal.id],
    status: 'planned',
  })
  const data = databaseWith({
    mentors: [zoe],
    goals: [goal],
    sessions: [early, plan, late],
    actionItems: [
      actionItemRecord({
        mentorId: zoe.id,
        title: 'Submit the CFP',
        sessionId: late.id,
        doneAt: '2026-11-21T09:00:00.000Z',
      }),
      actionItemRecord({ mentorId: null, title: 'Rehearse', goalIds: [goal.id] }),
      actionItemRecord({ mentorId: null, title: 'Unrelated' }),
    ],
  })
  return { data, zoe, goal, sessions: { early, late, plan } }
}

describe('goalViews', () => {
  it('derives progress from the items through its sessions and directly, and lists the held sessions newest first', () => {
    const { data, sessions } = talk()
    expect(goalViews(data)[0]).toMatchObject({
      progress: 50,
      derivedProgress: 50,
      actions: { open: 1, done: 1 },
      sessionIds: [sessions.late.id, sessions.early.id],
      uncovered: false,
    })
  })

  it.each([
    ['no items', [], null],
    ['one of one done', ['2026-11-21T09:00:00.000Z'], 100],
    ['one of three done', ['2026-11-21T09:00:00.000Z', null, null], 33],
    ['two of three done', ['2026-11-21T09:00:00.000Z', '2026-11-22T09:00:00.000Z', null], 67],
  ])('with %s, progress is %s', (_name, doneAts, progress) => {
    const goal = goalRecord({ title: 'Lead a team' })
    const items = doneAts.map((doneAt, i) =>
      actionItemRecord({ mentorId: null, title: `${i}`, goalIds: [goal.id], doneAt }),
    )
    expect(goalViews(databaseWith({ goals: [goal], actionItems: items }))[0]).toMatchObject({
      progress,
      derivedProgress: progress,
    })
  })

  it('shows the override when the user set one, and still tells the derived progress', () => {
    const { data, goal } = talk()
    const overridden = updateGoal(data, { id: goal.id, changes: { progressOverride: 80 } }, ruleEnv()).data
    expect(goalViews(overridden)[0]).toMatchObject({ progress: 80, derivedProgress: 50 })
  })

  it.each<[string, Partial<Mentor>, 'active' | 'achieved', boolean]>([
    ['an active mentor', { stage: 'active' }, 'active', false],
    ['only a paused mentor', { stage: 'paused' }, 'active', true],
    ['only an archived active mentor', { stage: 'active', archivedAt: '2026-11-01T09:00:00.000Z' }, 'active', true],
    ['no active mentor, but achieved already', { stage: 'paused' }, 'achieved', false],
  ])('a goal with %s is uncovered: %s', (_name, mentor, status, uncovered) => {
    const zoe = mentorRecord({ name: 'Zoë', ...mentor })
    const goal = goalRecord({ title: 'Lead a team', mentorIds: [zoe.id], status })
    expect(goalViews(databaseWith({ mentors: [zoe], goals: [goal] }))[0]?.uncovered).toBe(uncovered)
  })
})

describe('createGoal and updateGoal', () => {
  it('adds a goal stamped now, and refuses a mentor that does not exist, naming the field', () => {
    const { data, zoe } = talk()
    const env = ruleEnv('2026-11-27T10:00:00.000Z')
    const { value } = createGoal(data, inputOf('goals:create', { title: 'Write more', mentorIds: [zoe.id] }), env)
    expect(value).toMatchObject({ title: 'Write more', status: 'active', createdAt: '2026-11-27T10:00:00.000Z' })
    const unknown = inputOf('goals:create', { title: 'X', mentorIds: ['6f1c1e3e-8d7a-4c1e-9a59-3b8b1f2f7a11'] })
    expect(() => createGoal(data, unknown, env)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'mentorIds.0' })] }),
    )
    const changes = { mentorIds: ['6f1c1e3e-8d7a-4c1e-9a59-3b8b1f2f7a11'] }
    expect(() => updateGoal(data, { id: value.id, changes }, env)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'changes.mentorIds.0' })] }),
    )
  })
})

describe('deleteGoal', () => {
  it('keeps the sessions and items that served the goal, no longer pointing at it', () => {
    const { data, goal } = talk()
    const { data: next } = deleteGoal(data, { id: goal.id })
    expect(next.goals).toEqual([])
    expect(next.sessions).toHaveLength(3)
    expect(next.sessions.every((s) => s.goalIds.length === 0)).toBe(true)
    expect(next.actionItems.map((a) => [a.title, a.goalIds])).toEqual([
      ['Submit the CFP', []],
      ['Rehearse', []],
      ['Unrelated', []],
    ])
  })

  it('refuses a goal that no longer exists', () => {
    expect(() => deleteGoal(databaseWith({}), { id: '6f1c1e3e-8d7a-4c1e-9a59-3b8b1f2f7a11' })).toThrow(
      'That goal no longer exists. It may have been deleted; refresh and try again.',
    )
  })
})
