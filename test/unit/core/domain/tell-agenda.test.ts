// The "How it went" lines in an agenda the user may already have written in: added, reworded and removed without
// touching anything else.
import { describe, expect, it } from 'vitest'
import { tellLine, tellSection, withTellLine } from '../../../../src/main/core/domain/tell-agenda'

const A = tellLine('Zoë Ångström', 'The RFC passed review')
const B = tellLine('Zoë Ångström', 'The talk went well')

describe('withTellLine', () => {
  it('addresses the mentor by first name', () => {
    expect(A).toBe('Tell Zoë: The RFC passed review')
  })

  it('starts the section in an empty agenda, and after what is already written', () => {
    expect(withTellLine('', null, A)).toBe(tellSection([A]))
    expect(withTellLine('Ask about the team\n\n', null, A)).toBe(`Ask about the team\n\n**How it went**\n\n- ${A}`)
  })

  it('adds under the existing heading, before what follows it', () => {
    const agenda = `**How it went**\n\n- ${A}\n\n**Questions**\n\n- Budget?`
    expect(withTellLine(agenda, null, B)).toBe(`**How it went**\n\n- ${A}\n- ${B}\n\n**Questions**\n\n- Budget?`)
  })

  it('rewords the line in place, or adds it when the user had removed it', () => {
    const agenda = `Intro\n\n**How it went**\n\n- ${A}\n\nWrap up`
    expect(withTellLine(agenda, A, B)).toBe(`Intro\n\n**How it went**\n\n- ${B}\n\nWrap up`)
    expect(withTellLine('Intro', A, B)).toBe(`Intro\n\n**How it went**\n\n- ${B}`)
  })

  it('removes the line, and the heading once nothing is under it', () => {
    const two = `Intro\n\n**How it went**\n\n- ${A}\n- ${B}\n\nWrap up`
    expect(withTellLine(two, A, null)).toBe(`Intro\n\n**How it went**\n\n- ${B}\n\nWrap up`)
    expect(withTellLine(withTellLine(two, A, null), B, null)).toBe('Intro\n\nWrap up')
    expect(withTellLine(`**How it went**\n\n- ${A}`, A, null)).toBe('')
  })

  it('changes nothing when the line is already there or there is nothing to remove', () => {
    const agenda = `**How it went**\n\n- ${A}`
    expect(withTellLine(agenda, null, A)).toBe(agenda)
    expect(withTellLine('Intro', A, null)).toBe('Intro')
    expect(withTellLine(agenda, A, A)).toBe(agenda)
  })
})
