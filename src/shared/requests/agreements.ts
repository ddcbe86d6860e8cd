import { z } from 'zod'
import { Id } from '../model/common'
import { AgreementTerms } from '../model/relationship'

/** `agreements:get`: the agreement with one mentor. */
export const AgreementQuery = z.object({ mentorId: Id })
export type AgreementQuery = z.input<typeof AgreementQuery>

/** `agreements:save`: the whole agreement with one mentor, written anew or replacing the one there is. */
export const AgreementSave = AgreementTerms.extend({ mentorId: Id }).superRefine((terms, ctx) => {
  if (terms.startsOn && terms.reviewOn && terms.reviewOn < terms.startsOn) {
    ctx.addIssue({ code: 'custom', path: ['reviewOn'], message: 'Choose a review date on or after the start date' })
  }
})
export type AgreementSave = z.input<typeof AgreementSave>
