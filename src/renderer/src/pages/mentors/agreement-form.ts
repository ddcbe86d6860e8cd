import type { Agreement, SessionFormat } from '../../../../shared/model'
import type { AgreementSave } from '../../../../shared/requests/agreements'

/** The agreement form's values: the terms, with the weeks as typed. */
export interface AgreementFormValues {
  focus: string
  goalIds: string[]
  cadenceWeeks: number | string
  format: SessionFormat | null
  confidentiality: string
  feedback: string
  startsOn: string | null
  reviewOn: string | null
  endsWhen: string
}

/** The form's starting values: empty, or the agreement as it reads now. */
export function agreementFormValues(agreement: Agreement | null): AgreementFormValues {
  return {
    focus: agreement?.focus ?? '',
    goalIds: agreement?.goalIds ?? [],
    cadenceWeeks: agreement?.cadenceWeeks ?? '',
    format: agreement?.format ?? null,
    confidentiality: agreement?.confidentiality ?? '',
    feedback: agreement?.feedback ?? '',
    startsOn: agreement?.startsOn ?? null,
    reviewOn: agreement?.reviewOn ?? null,
    endsWhen: agreement?.endsWhen ?? '',
  }
}

/** What the form sends to core: no weeks typed means no agreed cadence. */
export function toAgreementSave(values: AgreementFormValues, mentorId: string): AgreementSave {
  const weeks = values.cadenceWeeks
  return { ...values, mentorId, cadenceWeeks: weeks === '' ? null : Number(weeks) }
}

/** "every week", "every 3 weeks". */
export const everyWeeks = (weeks: number) => (weeks === 1 ? 'every week' : `every ${weeks} weeks`)
