// "What came of your advice": in a mentor recap, how the action items agreed with that mentor went.
import type { ActionItem, Database } from '../../../shared/model'
import { todayIn } from '../../../shared/time'
import { esc, html } from './html'
import type { Formats } from './format'

/** A mentor's done action items that say how they went, written in the report's dates, oldest first. */
export function outcomesFor(
  data: Database,
  mentorId: string,
  { from, to, timeZone }: { from: string | null; to: string | null; timeZone: string },
): ActionItem[] {
  return data.actionItems
    .filter((item) => {
      if (item.mentorId !== mentorId || item.doneAt === null || !item.outcome) return false
      const day = todayIn(timeZone, new Date(item.outcome.at))
      return (!from || day >= from) && (!to || day <= to)
    })
    .sort((a, b) => (a.outcome?.at ?? '').localeCompare(b.outcome?.at ?? ''))
}

/** The recap's list of outcomes, told or not; nothing when there are none. */
export function outcomesHtml(items: readonly ActionItem[], formats: Formats): string {
  if (items.length === 0) return ''
  const rows = items.map((item) =>
    html(
      `<li><span class="title" dir="auto">${esc(item.outcome?.text ?? '')}</span>`,
      `<span class="who" dir="auto">${esc(item.title)} · ${esc(formats.shortDate(item.outcome?.at ?? item.updatedAt))}</span></li>`,
    ),
  )
  return html(
    '<section class="session outcomes"><header class="session-head"><h3>What came of your advice</h3></header>',
    `<ul class="actions">${rows.join('')}</ul></section>`,
  )
}
