// The mentoring agreement in a report: it is shared with the mentor, so both kinds show it (never its earlier versions).
import type { Agreement, Database } from '../../../shared/model'
import { sessionFormatLabels } from '../../../shared/model'
import type { Formats } from './format'
import { esc, html } from './html'
import { renderMarkdown } from './markdown'

/** A mentor's agreement as a report shows it: the terms, with the titles of the goals it serves. */
export interface ReportAgreement {
  agreement: Agreement
  goalTitles: string[]
}

/** The agreement with a mentor, ready for a report, or null when there is none. */
export function reportAgreement(data: Database, mentorId: string): ReportAgreement | null {
  const agreement = data.agreements.find((a) => a.mentorId === mentorId)
  if (!agreement) return null
  const titles = new Map(data.goals.map((g) => [g.id, g.title]))
  return { agreement, goalTitles: agreement.goalIds.flatMap((id) => titles.get(id) ?? []) }
}

/** One agreed term: a label and the user's Markdown, or nothing when it was left open. */
function term(label: string, text: string): string {
  if (!text.trim()) return ''
  return `<div class="field"><div class="label">${esc(label)}</div><div class="md">${renderMarkdown(text)}</div></div>`
}

/** The agreement's section of a mentor's part; nothing when no term was agreed. */
export function agreementHtml({ agreement: a, goalTitles }: ReportAgreement, formats: Formats): string {
  const meet = [
    a.cadenceWeeks !== null && (a.cadenceWeeks === 1 ? 'Every week' : `Every ${a.cadenceWeeks} weeks`),
    a.format !== null && sessionFormatLabels[a.format],
  ].filter(Boolean)
  const dates = [
    a.startsOn && `From ${formats.localDate(a.startsOn)}`,
    a.reviewOn && `review on ${formats.localDate(a.reviewOn)}`,
  ].filter(Boolean)
  const terms = html(
    term('What we focus on', a.focus),
    goalTitles.length > 0 &&
      `<div class="field"><div class="label">Goals it serves</div><ul>${goalTitles.map((t) => `<li dir="auto">${esc(t)}</li>`).join('')}</ul></div>`,
    meet.length > 0 && term('How often and how we meet', meet.join(' · ')),
    term('What stays between us', a.confidentiality),
    term('How we give each other feedback', a.feedback),
    dates.length > 0 && term('Dates', dates.join(', ')),
    term('When or how it ends', a.endsWhen),
  )
  if (!terms) return ''
  return html(
    '<section class="session agreement"><header class="session-head"><h3>Our agreement</h3></header>',
    terms,
    '</section>',
  )
}
