// The reminder to look at a mentoring agreement again on its review date. Pure.
import type { Agreement, Database, Mentor } from '../../../shared/model'
import { firstNameOf } from '../../../shared/text'
import type { Candidate } from './candidate'
import { reviewKey } from './keys'

/** A review comes at nine in the morning of its day, like an action item. */
const REVIEW_TIME = '09:00'

/** Candidates made by earlier plans, per agreement (records are replaced on change, never changed in place). */
const memo = new WeakMap<Agreement, { mentor: Mentor; zone: string; made: Candidate }>()

/**
 * A reminder on each agreement's review date, while its mentor is on the roster (not archived, not alumni);
 * it opens the mentor's page. It stays due until done or dismissed: the review date having come is worth
 * saying even when it was set to a day already past.
 */
export function agreementReviewCandidates(
  data: Database,
  mentors: ReadonlyMap<string, Mentor>,
  zone: string,
  at: (date: string, time: string) => number,
): Candidate[] {
  const out: Candidate[] = []
  for (const agreement of data.agreements) {
    const mentor = mentors.get(agreement.mentorId)
    if (!agreement.reviewOn || !mentor || mentor.archivedAt || mentor.stage === 'alumni') continue
    const known = memo.get(agreement)
    if (known && known.mentor === mentor && known.zone === zone) {
      out.push(known.made)
      continue
    }
    const made: Candidate = {
      key: reviewKey(agreement.id, agreement.reviewOn),
      kind: 'agreement-review',
      title: `Review your agreement with ${firstNameOf(mentor.name)}`,
      body: 'See whether what you agreed still fits: what you focus on, how often you meet, how it ends.',
      dueAt: at(agreement.reviewOn, REVIEW_TIME),
      since: 0,
      expiresAt: null,
      urgent: false,
      target: `/mentors/${mentor.id}`,
      actionItemId: null,
    }
    memo.set(agreement, { mentor, zone, made })
    out.push(made)
  }
  return out
}
