// The action items' rules called on plain data: no store, no files.
import { describe, expect, it } from 'vitest'
import {
  createAction,
  deleteAction,
  listActions,
  setActionDone,
  undeleteAction,
  updateAction,
} from '../../../../src/main/core/domain/actions'
import {
  actionItemRecord,
  databaseWith,
  goalRecord,
  inputOf,
  mentorRecord,
  ruleEnv,
  sessionRecord,
} from '../../../helpers/plain-data'

/** Zoë with a session serving a goal; four items: one from the session, one for the goal, one done, one undated. */
function promises() {
  const zoe = mentorRecord({ name: 'Zoë' })
  const ben = mentorRecord({ name: 'Ben' })
  const goal = goalRecord({ title: 'Give a talk' })
  const session = sessionRecord({ mentorId: zoe.id, startsAt: '2026-11-01T09:00:00.000Z', goalIds: [goal.id] })
  const data = databaseWith({
    mentors: [zoe, ben],
    goals: [goal],
    sessions: [session],
    actionItems: [
      actionItemRecord({ title: 'Send the CFP', mentorId: zoe.id, sessionId: session.id, dueOn: '2026-12-20' }),
      actionItemRecord({ title: 'Rehearse', mentorId: ben.id, goalIds: [goal.id], dueOn: '2026-11-28' }),
      actionItemRecord({
        title: 'Read the book',
        mentorId: ben.id,
        dueOn: '2026-11-01',
        doneAt: '2026-11-02T09:00:00.000Z',
      }),
      actionItemRecord({ title: 'Someday', mentorId: null }),
    ],
  })
  return { data, zoe, ben, goal, session }
}

const titles = (items: Array<{ title: string }>) => items.map((a) => a.title)

describe('listActions', () => {
  type Promises = ReturnType<typeof promises>
  it.each<[string, (p: Promises) => Parameters<typeof listActions>[1], string[]]>([
    [
      'everything, soonest due first, undated last',
      () => ({ includeDone: true }),
      ['Read the book', 'Rehearse', 'Send the CFP', 'Someday'],
    ],
    ['open ones only', () => ({ includeDone: false }), ['Rehearse', 'Send the CFP', 'Someday']],
    ['of one mentor', (p) => ({ includeDone: true, mentorId: p.ben.id }), ['Read the book', 'Rehearse']],
    ['of one session', (p) => ({ includeDone: true, sessionId: p.session.id }), ['Send the CFP']],
    // An item serves its own goals and those of the session it came from.
    [
      'of one goal, directly or through its session',
      (p) => ({ includeDone: true, goalId: p.goal.id }),
      ['Rehearse', 'Send the CFP'],
    ],
  ])('lists %s', (_name, query, expected) => {
    const p = promises()
    expect(titles(listActions(p.data, query(p)))).toEqual(expected)
  })
})

describe('createAction', () => {
  it("gives an item from a session that session's mentor, stamped now and open", () => {
    const { data, zoe, session } = promises()
    const draft = inputOf('actions:create', { title: 'Follow up', owner: 'me', sessionId: session.id })
    const { data: next, value } = createAction(data, draft, ruleEnv('2026-11-27T10:00:00.000Z'))
    expect(value).toMatchObject({
      title: 'Follow up',
      mentorId: zoe.id,
      doneAt: null,
      createdAt: '2026-11-27T10:00:00.000Z',
    })
    expect(next.actionItems.at(-1)).toEqual(value)
  })

  it('refuses a goal that does not exist, naming the field', () => {
    const { data } = promises()
    const draft = inputOf('actions:create', {
      title: 'X',
      owner: 'me',
      goalIds: ['6f1c1e3e-8d7a-4c1e-9a59-3b8b1f2f7a11'],
    })
    expect(() => createAction(data, draft, ruleEnv())).toThrow(
      expect.objectContaining({
        message: 'Nothing was saved. This goal does not exist; it may have been deleted.',
        issues: [{ path: 'goalIds.0', message: 'This goal does not exist; it may have been deleted' }],
      }),
    )
  })
})

describe('updateAction', () => {
  it('changes the fields given, and refuses a mentor that does not exist, naming changes.mentorId', () => {
    const { data } = promises()
    const someday = data.actionItems[3]!
    const { value } = updateAction(data, { id: someday.id, changes: { dueOn: '2027-01-01' } }, ruleEnv())
    expect(value).toMatchObject({ title: 'Someday', dueOn: '2027-01-01' })
    const unknown = { id: someday.id, changes: { mentorId: '6f1c1e3e-8d7a-4c1e-9a59-3b8b1f2f7a11' } }
    expect(() => updateAction(data, unknown, ruleEnv())).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'changes.mentorId' })] }),
    )
  })
})

describe('setActionDone', () => {
  it.each([
    ['completing an open item records when', 'Rehearse', true, '2026-11-27T11:00:00.000Z'],
    ['completing a done item keeps the first date', 'Read the book', true, '2026-11-02T09:00:00.000Z'],
    ['reopening a done item clears the date', 'Read the book', false, null],
    ['reopening an open item leaves it open', 'Rehearse', false, null],
  ])('%s', (_name, title, done, doneAt) => {
    const { data } = promises()
    const item = data.actionItems.find((a) => a.title === title)!
    const { value } = setActionDone(data, { id: item.id, done }, ruleEnv('2026-11-27T11:00:00.000Z'))
    expect(value.doneAt).toBe(doneAt)
  })
})

describe('deleteAction and undeleteAction', () => {
  it('takes the item away and puts it back as it was', () => {
    const { data } = promises()
    const item = data.actionItems[0]!
    const removed = deleteAction(data, { id: item.id })
    expect(titles(removed.data.actionItems)).not.toContain(item.title)
    const { data: back, value } = undeleteAction(removed.data, removed.kept)
    expect(value).toEqual(item)
    expect(titles(back.actionItems)).toContain(item.title)
  })

  it('brings an item back without its links to a mentor, session or goal deleted meanwhile', () => {
    const { data } = promises()
    const [fromSession, forGoal] = data.actionItems
    const gone = databaseWith({ actionItems: data.actionItems.slice(2) })
    expect(undeleteAction(gone, fromSession!).value).toMatchObject({ mentorId: null, sessionId: null })
    expect(undeleteAction(gone, forGoal!).value).toMatchObject({ mentorId: null, goalIds: [] })
  })

  it('refuses to bring back an item that is already back', () => {
    const { data } = promises()
    expect(() => undeleteAction(data, data.actionItems[0]!)).toThrow('This action item is already back.')
  })
})
