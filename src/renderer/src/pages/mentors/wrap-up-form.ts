// The wrap-up form's values, and how they become the `wrapUps:save` input (and its errors, the form's fields).
import type { Goal, Mentor, WrapUp } from '../../../../shared/model'
import type { WrapUpSave } from '../../../../shared/requests/wrap-ups'
import { defaultStayInTouchWeeks } from '../../../../shared/requests/wrap-ups'

export interface WrapUpFormValues {
  learned: string
  carryOn: string
  differently: string
  /** Every goal linked to the mentor, rated or not ('' while not rated: a radio group's value is a string). */
  goalRatings: Array<{ goalId: string; rating: string }>
  thankYou: string
  /** Weeks between stay-in-touch reminders as a Select value; 'none' for no reminders. */
  stayInTouch: string
}

/** The stay-in-touch choices: slower than while meeting, every 6 months unless chosen. */
export const stayInTouchOptions = [
  { value: '13', label: 'Every 3 months' },
  { value: '26', label: 'Every 6 months' },
  { value: '52', label: 'Once a year' },
  { value: 'none', label: 'No reminders' },
]

/** The choices, with the mentor's own cadence when it is none of them ("Every 8 weeks"). */
export function stayInTouchChoices(current: string) {
  if (stayInTouchOptions.some((o) => o.value === current)) return stayInTouchOptions
  return [...stayInTouchOptions, { value: current, label: `Every ${current} weeks` }]
}

/** What the form starts with: the saved wrap-up, or empty with the drafted thank-you and a 6-monthly cadence. */
export function wrapUpFormValues(
  mentor: Mentor,
  goals: readonly Goal[],
  saved: WrapUp | null,
  draftedThankYou: string,
): WrapUpFormValues {
  const ratings = new Map(saved?.goalRatings.map((r) => [r.goalId, r.rating]))
  // The cadence a wrapped-up mentor has now is the one chosen; a mentor moving to Alumni starts at 6 months.
  const weeks = saved && mentor.stage === 'alumni' ? mentor.cadenceWeeks : defaultStayInTouchWeeks
  return {
    learned: saved?.learned ?? '',
    carryOn: saved?.carryOn ?? '',
    differently: saved?.differently ?? '',
    goalRatings: goals.map((g) => ({ goalId: g.id, rating: String(ratings.get(g.id) ?? '') })),
    thankYou: saved?.thankYou || draftedThankYou,
    stayInTouch: weeks === null ? 'none' : String(weeks),
  }
}

/** The goals a wrap-up rates: those linked to the mentor, and any rated before that are still there. */
export function goalsToRate(mentorId: string, goals: readonly Goal[], saved: WrapUp | null): Goal[] {
  const rated = new Set(saved?.goalRatings.map((r) => r.goalId))
  return goals.filter((g) => g.mentorIds.includes(mentorId) || rated.has(g.id))
}

/**
 * The `wrapUps:save` input: only rated goals go; each rated goal's place in the form is kept for its errors.
 * `moveToAlumni` false leaves a mentor who came back from Alumni where they are.
 */
export function toWrapUpSave(
  mentorId: string,
  values: WrapUpFormValues,
  moveToAlumni = true,
): { input: WrapUpSave; formIndex: number[] } {
  const formIndex: number[] = []
  const goalRatings: WrapUpSave['goalRatings'] = []
  values.goalRatings.forEach(({ goalId, rating }, index) => {
    if (rating === '') return
    formIndex.push(index)
    goalRatings.push({ goalId, rating: Number(rating) })
  })
  const { stayInTouch, goalRatings: _, ...texts } = values
  return {
    input: {
      mentorId,
      ...texts,
      goalRatings,
      stayInTouchWeeks: stayInTouch === 'none' ? null : Number(stayInTouch),
      moveToAlumni,
    },
    formIndex,
  }
}

/** Core's field errors as the form's: `goalRatings.1.goalId` is the second rated goal's radio group. */
export function formErrorsOf(errors: Record<string, string>, formIndex: number[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [path, message] of Object.entries(errors)) {
    const rated = /^goalRatings\.(\d+)\./.exec(path)
    if (rated) out[`goalRatings.${formIndex[Number(rated[1])] ?? 0}.rating`] = message
    else out[path === 'stayInTouchWeeks' ? 'stayInTouch' : path] = message
  }
  return out
}
