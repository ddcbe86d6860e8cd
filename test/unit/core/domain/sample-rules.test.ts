// The sample data's rules called on plain data: loading beside the user's own records, and removing exactly that.
import { describe, expect, it } from 'vitest'
import { loadSample, removeSample, sampleStatusOf } from '../../../../src/main/core/domain/sample'
import { planReminders } from '../../../../src/main/core/reminders/plan'
import {
  actionItemRecord,
  databaseWith,
  draftRecord,
  goalRecord,
  mentorRecord,
  noteRecord,
  ruleEnv,
  sessionRecord,
} from '../../../helpers/plain-data'

const ZONE = 'Europe/Berlin'
const env = ruleEnv('2026-11-27T09:00:00.000Z')

/** Ada, the user's own mentor with a note, then the sample loaded beside her. */
function loaded() {
  const ada = mentorRecord({ name: 'Ada Lovelace', stage: 'active' })
  const mine = databaseWith({ mentors: [ada], notes: [noteRecord({ mentorId: ada.id, body: 'Before the sample' })] })
  const { data, value } = loadSample(mine, { zone: ZONE }, env)
  const sampleMentor = (name: string) => data.mentors.find((m) => m.name === name)!
  return { mine, data, counts: value, ada, sampleMentor }
}

describe('loadSample', () => {
  it('adds the sample beside what is there, and marks what it makes due as fired rather than notifying it', () => {
    const { mine, data, counts } = loaded()
    expect(counts).toEqual({ mentors: 5, notes: 8, sessions: 18, actionItems: 12, goals: 3 })
    expect(data.mentors).toHaveLength(6)
    expect(data.notes[0]).toEqual(mine.notes[0])
    expect(sampleStatusOf(data)).toMatchObject({
      loaded: true,
      loadedAt: env.now.toISOString(),
      records: counts,
      edited: 0,
    })
    const plan = planReminders(data, env.now, ZONE)
    expect(plan.due.length).toBeGreaterThan(0)
    expect(plan.toFire).toEqual([])
  })

  it('refuses to load the sample twice', () => {
    expect(() => loadSample(loaded().data, { zone: ZONE }, env)).toThrow(
      'The sample data is already loaded. Remove it first if you want to load it afresh.',
    )
  })
})

describe('removeSample', () => {
  it('removes exactly what it loaded; the user’s records linked to it stay, no longer pointing at it', () => {
    const { mine, data, ada, sampleMentor } = loaded()
    const sampleGoal = data.goals.find((g) => g.title === 'Speak at a conference')!
    const goal = goalRecord({ title: 'Learn Rust', mentorIds: [ada.id, sampleMentor('Mateus Conceição').id] })
    const session = sessionRecord({
      mentorId: ada.id,
      startsAt: '2026-11-20T10:00:00.000Z',
      goalIds: [sampleGoal.id, goal.id],
    })
    const withMine = {
      ...data,
      goals: [...data.goals, goal],
      sessions: [...data.sessions, session],
      drafts: [draftRecord(`note:${sampleMentor('Zoë Ångström-李').id}:new-notes`)],
    }
    const { data: after, value } = removeSample(withMine, {})
    expect(value).toEqual({
      removed: { mentors: 5, notes: 8, sessions: 18, actionItems: 12, goals: 3 },
      kept: 0,
      deleted: 0,
    })
    expect(after.mentors).toEqual(mine.mentors)
    expect(after.notes).toEqual(mine.notes)
    expect(after.goals).toEqual([{ ...goal, mentorIds: [ada.id] }])
    expect(after.sessions).toEqual([{ ...session, goalIds: [goal.id] }])
    expect(after).toMatchObject({ actionItems: [], reminders: [], drafts: [], sample: null })
    expect(sampleStatusOf(after)).toMatchObject({ loaded: false })
  })

  it('asks before touching what the user added to sample records, naming it', () => {
    const { data, sampleMentor } = loaded()
    const zoe = sampleMentor('Zoë Ångström-李')
    const added = {
      ...data,
      notes: [...data.notes, noteRecord({ mentorId: zoe.id, body: 'My own thought' })],
      actionItems: [
        ...data.actionItems,
        actionItemRecord({ mentorId: zoe.id, title: 'Mine' }),
        actionItemRecord({ mentorId: zoe.id, title: 'Mine too' }),
      ],
    }
    expect(sampleStatusOf(added).attached).toEqual({ notes: 1, sessions: 0, actionItems: 2 })
    expect(() => removeSample(added, {})).toThrow(
      'You added 1 note, 2 action items to the sample records. Nothing was removed; choose whether to keep them or delete them too.',
    )
  })

  it.each([
    ['keep', { kept: 1, deleted: 0 }, [null]],
    ['delete', { kept: 0, deleted: 1 }, []],
  ] as const)(
    'with attached "%s", the user’s note stays without its mentor or goes, as told',
    (attached, counts, mentorIds) => {
      const { data, sampleMentor } = loaded()
      const note = noteRecord({ mentorId: sampleMentor('Zoë Ångström-李').id, body: 'My own thought on Zoë' })
      const { data: after, value } = removeSample({ ...data, notes: [...data.notes, note] }, { attached })
      expect(value).toMatchObject(counts)
      expect(after.notes.filter((n) => n.id === note.id).map((n) => n.mentorId)).toEqual(mentorIds)
    },
  )

  it('says when there is nothing to remove', () => {
    expect(() => removeSample(databaseWith({}), {})).toThrow('There is no sample data to remove.')
  })
})
