// The agreement's rules called on plain data: one per mentor, earlier versions by date, the cadence it sets, undo.
import { describe, expect, it } from 'vitest'
import {
  agreedFormat,
  deleteAgreement,
  getAgreement,
  saveAgreement,
  undeleteAgreement,
} from '../../../../src/main/core/domain/agreements'
import { prefillAgenda } from '../../../../src/main/core/domain/sessions'
import type { Database } from '../../../../src/shared/model'
import { agreementVersionsKept } from '../../../../src/shared/model'
import type { AgreementSave } from '../../../../src/shared/requests/agreements'
import { databaseWith, goalRecord, inputOf, mentorRecord, ruleEnv } from '../../../helpers/plain-data'

/** Zoë (keep in touch every 6 weeks) and Ben, and a goal. */
function relationship() {
  const zoe = mentorRecord({ name: 'Zoë', cadenceWeeks: 6 })
  const ben = mentorRecord({ name: 'Ben' })
  const goal = goalRecord({ title: 'Become a staff engineer' })
  return { data: databaseWith({ mentors: [zoe, ben], goals: [goal] }), zoe, ben, goal }
}

const save = (data: Database, raw: AgreementSave, at = '2026-11-27T09:00:00.000Z') =>
  saveAgreement(data, inputOf('agreements:save', raw), ruleEnv(at))

describe('saveAgreement', () => {
  it('writes a first agreement with its terms and no earlier versions; get finds it, and none for Ben', () => {
    const { data, zoe, ben, goal } = relationship()
    const { data: next, value } = save(data, {
      mentorId: zoe.id,
      focus: 'Design docs',
      goalIds: [goal.id],
      format: 'call',
      reviewOn: '2027-02-01',
    })
    expect(value).toMatchObject({ mentorId: zoe.id, focus: 'Design docs', goalIds: [goal.id], versions: [] })
    expect(getAgreement(next, { mentorId: zoe.id })).toEqual(value)
    expect(getAgreement(next, { mentorId: ben.id })).toBeNull()
    expect(agreedFormat(next, zoe.id)).toBe('call')
    expect(prefillAgenda(next, { mentorId: zoe.id })).toEqual({ agenda: '', format: 'call' })
    expect(prefillAgenda(next, { mentorId: ben.id }).format).toBeNull()
  })

  it('keeps the terms it replaces as the newest earlier version, saved then and replaced now', () => {
    const { data, zoe } = relationship()
    const first = save(data, { mentorId: zoe.id, focus: 'First' }, '2026-11-01T09:00:00.000Z')
    const second = save(first.data, { mentorId: zoe.id, focus: 'Second' }, '2026-11-10T09:00:00.000Z')
    const third = save(second.data, { mentorId: zoe.id, focus: 'Third' }, '2026-11-20T09:00:00.000Z')
    expect(third.data.agreements).toHaveLength(1)
    expect(third.value).toMatchObject({ id: first.value.id, focus: 'Third', createdAt: '2026-11-01T09:00:00.000Z' })
    expect(third.value.versions.map((v) => [v.focus, v.savedAt, v.replacedAt])).toEqual([
      ['Second', '2026-11-10T09:00:00.000Z', '2026-11-20T09:00:00.000Z'],
      ['First', '2026-11-01T09:00:00.000Z', '2026-11-10T09:00:00.000Z'],
    ])
  })

  it(`keeps only the newest ${agreementVersionsKept} earlier versions`, () => {
    const { data, zoe } = relationship()
    let current = data
    for (let i = 0; i <= agreementVersionsKept + 1; i++)
      current = save(current, { mentorId: zoe.id, focus: `v${i}` }).data
    const [agreement] = current.agreements
    expect(agreement!.versions).toHaveLength(agreementVersionsKept)
    expect(agreement!.versions[0]!.focus).toBe(`v${agreementVersionsKept}`)
    expect(agreement!.versions.at(-1)!.focus).toBe('v1')
  })

  it('writes nothing when the terms are the same, the goals in another order included', () => {
    const { data, zoe, goal } = relationship()
    const other = goalRecord({ title: 'Speak at a conference' })
    const withGoals = { ...data, goals: [...data.goals, other] }
    const first = save(withGoals, { mentorId: zoe.id, focus: 'Same', goalIds: [goal.id, other.id] })
    const again = save(first.data, { mentorId: zoe.id, focus: 'Same', goalIds: [other.id, goal.id] })
    expect(again.data).toBe(first.data)
    expect(again.changed).toEqual([])
    expect(again.value.versions).toEqual([])
  })

  it("makes an agreed cadence the mentor's keep-in-touch cadence, and leaves it when none is agreed", () => {
    const { data, zoe } = relationship()
    const paced = save(data, { mentorId: zoe.id, cadenceWeeks: 2 })
    expect(paced.data.mentors.find((m) => m.id === zoe.id)!.cadenceWeeks).toBe(2)
    expect(paced.changed).toEqual(['agreements', 'mentors'])
    const unpaced = save(data, { mentorId: zoe.id, focus: 'No cadence' })
    expect(unpaced.data.mentors).toBe(data.mentors)
    expect(unpaced.data.mentors.find((m) => m.id === zoe.id)!.cadenceWeeks).toBe(6)
    expect(unpaced.changed).toEqual(['agreements'])
  })

  it('refuses a mentor or a goal that does not exist, naming the field, and changes nothing', () => {
    const { data, zoe, goal } = relationship()
    expect(() => save(data, { mentorId: crypto.randomUUID() })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'mentorId' })] }),
    )
    expect(() => save(data, { mentorId: zoe.id, goalIds: [goal.id, crypto.randomUUID()] })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'goalIds.1' })] }),
    )
    expect(data.agreements).toEqual([])
  })
})

describe('deleteAgreement and undeleteAgreement', () => {
  it('deletes the agreement and its versions, keeping it to bring back with its versions', () => {
    const { data, zoe } = relationship()
    const first = save(data, { mentorId: zoe.id, focus: 'First' })
    const second = save(first.data, { mentorId: zoe.id, focus: 'Second' }, '2026-11-28T09:00:00.000Z')
    const deleted = deleteAgreement(second.data, { id: second.value.id })
    expect(deleted.data.agreements).toEqual([])
    expect(deleted.data.mentors.find((m) => m.id === zoe.id)).toBeDefined()
    const back = undeleteAgreement(deleted.data, deleted.kept)
    expect(back.value).toMatchObject({ focus: 'Second', versions: [{ focus: 'First' }] })
  })

  it('does not bring it back over a newer agreement or without its mentor; goals deleted meanwhile drop out', () => {
    const { data, zoe, goal } = relationship()
    const saved = save(data, { mentorId: zoe.id, focus: 'Old', goalIds: [goal.id] })
    const deleted = deleteAgreement(saved.data, { id: saved.value.id })
    const rewritten = save(deleted.data, { mentorId: zoe.id, focus: 'New' })
    expect(() => undeleteAgreement(rewritten.data, deleted.kept)).toThrow(/new agreement/)
    const mentorGone = { ...deleted.data, mentors: deleted.data.mentors.filter((m) => m.id !== zoe.id) }
    expect(() => undeleteAgreement(mentorGone, deleted.kept)).toThrow(/mentor was deleted/)
    const goalGone = { ...deleted.data, goals: [] }
    expect(undeleteAgreement(goalGone, deleted.kept).value.goalIds).toEqual([])
  })
})
