// One mentor's part of the report: a short profile, then each session in date order.
import type { ActionItem, Mentor } from '../../../shared/model'
import { mentorStageLabels, sessionFormatLabels, sessionStatusLabels } from '../../../shared/model'
import type { Formats } from './format'
import { bdi, esc, html, link } from './html'
import { renderMarkdown } from './markdown'
import { agreementHtml } from './agreement-html'
import type { ReportMentor, ReportModel, ReportSession } from './select-report'
import { outcomesHtml } from './outcomes-html'

/** What rendering needs besides the data: the formatters and the model's settings. */
export interface RenderContext {
  model: ReportModel
  formats: Formats
}

/** Up to two initials of a name, for a mentor without a picture. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const letters = words.length > 1 ? [words[0], words.at(-1)] : [words[0]]
  return letters
    .map((w) => Array.from(w ?? '')[0] ?? '')
    .join('')
    .toLocaleUpperCase()
}

/** A labelled block of Markdown, or nothing when the text is empty. */
function field(label: string, text: string, kind = ''): string {
  if (!text.trim()) return ''
  return `<div class="field ${kind}"><div class="label">${esc(label)}</div><div class="md">${renderMarkdown(text)}</div></div>`
}

/** Who owns an action item, as the reader knows them. */
function ownerName(item: ActionItem, mentor: Mentor | null, ctx: RenderContext): string {
  if (item.owner === 'mentor') return mentor?.name ?? 'Mentor'
  return ctx.model.menteeName.trim().split(/\s+/)[0] || 'Me'
}

/** Action items with their status: done (and when), or open (and when due; overdue marked). */
export function actionList(items: readonly ActionItem[], mentor: Mentor | null, ctx: RenderContext): string {
  const { formats, model } = ctx
  const rows = items.map((item) => {
    const done = item.doneAt !== null
    const when = done
      ? `done ${formats.shortDate(item.doneAt!)}`
      : item.dueOn
        ? `${item.dueOn < model.today ? 'overdue since' : 'due'} ${formats.localDate(item.dueOn)}`
        : ''
    return html(
      `<li><span class="state ${done ? 'done' : 'open'}">${done ? 'Done' : 'Open'}</span>`,
      `<span class="title${done ? ' done-title' : ''}" dir="auto">${esc(item.title)}</span>`,
      `<span class="who">${bdi(ownerName(item, mentor, ctx))}${when ? ` · ${esc(when)}` : ''}</span></li>`,
    )
  })
  return `<ul class="actions">${rows.join('')}</ul>`
}

/** One session: its date in its own zone, format and duration, then what was said and promised. */
export function sessionHtml(entry: ReportSession, mentor: Mentor | null, ctx: RenderContext): string {
  const { session, actionItems, goals } = entry
  const { include, kind } = ctx.model.options
  const { formats } = ctx
  const meta = [
    esc(formats.time(session.startsAt, session.timeZone)),
    esc(sessionFormatLabels[session.format]),
    esc(formats.duration(session.durationMinutes)),
    goals.length > 0 ? `Goals: ${goals.map((g) => bdi(g.title)).join(', ')}` : '',
  ].filter(Boolean)
  const status =
    session.status === 'held' ? '' : ` <span class="status">${esc(sessionStatusLabels[session.status])}</span>`
  const resources = session.resources.length
    ? `<div class="field"><div class="label">Resources</div><ul>${session.resources
        .map((r) => `<li dir="auto">${link(r.url, r.title || r.url)}</li>`)
        .join('')}</ul></div>`
    : ''
  const body = html(
    include.agendaNotes && field('Agenda', session.agenda),
    include.agendaNotes && field('Notes', session.notes),
    include.agendaNotes && resources,
    include.takeaways && field('Takeaways', session.takeaways),
    include.workedDidNot && field('What worked', session.whatWorked, 'worked'),
    include.workedDidNot && field('What did not', session.whatDidNot, 'did-not'),
    kind === 'full' && field('Private reflection', session.reflection, 'private'),
    include.actionItems &&
      actionItems.length > 0 &&
      `<div class="field"><div class="label">Action items</div>${actionList(actionItems, mentor, ctx)}</div>`,
  )
  return html(
    `<section class="session" data-session="${esc(session.id)}">`,
    `<header class="session-head"><h3>${esc(formats.longDate(session.startsAt, session.timeZone))}${status}</h3>`,
    `<p class="meta">${meta.join(' · ')}</p></header>`,
    body || '<p class="empty">Nothing was written down for this session.</p>',
    '</section>',
  )
}

/** The profile lines of a mentor; stage and cadence are the mentee's own bookkeeping, so a recap leaves them out. */
function profileHtml(mentor: Mentor, ctx: RenderContext): string {
  const { formats } = ctx
  const full = ctx.model.options.kind === 'full'
  const item = (label: string, value: string, wide = false) =>
    value ? `<div${wide ? ' class="wide"' : ''}><dt>${esc(label)}</dt><dd dir="auto">${value}</dd></div>` : ''
  const met = [mentor.metOn ? esc(formats.localDate(mentor.metOn)) : '', mentor.howWeMet ? esc(mentor.howWeMet) : '']
  return html(
    '<dl class="profile">',
    item('Expertise', mentor.expertise.map((t) => `<span class="tag">${esc(t)}</span>`).join(''), true),
    item('Email', mentor.email ? link(`mailto:${mentor.email}`, mentor.email) : ''),
    item('Phone', esc(mentor.phone)),
    item('Location', esc([mentor.location, mentor.timeZone].filter(Boolean).join(' · '))),
    full && item('Stage', esc(mentorStageLabels[mentor.stage])),
    full &&
      mentor.cadenceWeeks !== null &&
      item('Keep in touch', esc(`Every ${mentor.cadenceWeeks === 1 ? 'week' : `${mentor.cadenceWeeks} weeks`}`)),
    item('How we met', met.filter(Boolean).join(' — '), true),
    item('Links', mentor.links.map((url) => link(url)).join('<br>'), true),
    '</dl>',
  )
}

/** The mentor's section: name and picture, profile (when chosen), a tally, then the sessions. */
export function mentorHtml(part: ReportMentor, ctx: RenderContext): string {
  const { mentor, sessions, otherActionItems } = part
  const { formats, model } = ctx
  const name = mentor?.name ?? 'A mentor no longer on your roster'
  const subtitle = mentor ? [mentor.role, mentor.organization].filter(Boolean).join(' · ') : ''
  const picture = mentor?.avatar
    ? `<img src="${esc(mentor.avatar)}" alt="">`
    : `<span class="initials" aria-hidden="true">${esc(mentor ? initialsOf(mentor.name) : '?')}</span>`
  const minutes = sessions.reduce((sum, s) => sum + s.session.durationMinutes, 0)
  const first = sessions[0]?.session
  const last = sessions.at(-1)?.session
  // One session's date is its heading just below; only a span of several is worth saying here.
  const span =
    first && last && first !== last
      ? ` · ${formats.longDate(first.startsAt, first.timeZone)} to ${formats.longDate(last.startsAt, last.timeZone)}`
      : ''
  const tally = sessions.length
    ? `${formats.number(sessions.length)} ${sessions.length === 1 ? 'session' : 'sessions'} · ${formats.duration(minutes)} together${span}`
    : 'No sessions in this period.'
  const others =
    model.options.include.actionItems && otherActionItems.length > 0
      ? `<section class="session"><header class="session-head"><h3>Other action items</h3></header>${actionList(otherActionItems, mentor, ctx)}</section>`
      : ''
  return html(
    `<section class="mentor"${mentor ? ` data-mentor="${esc(mentor.id)}"` : ''}>`,
    `<header class="mentor-head">${picture}<div><h2 dir="auto">${esc(name)}</h2>`,
    subtitle && `<p dir="auto">${esc(subtitle)}</p>`,
    '</div></header>',
    mentor && model.options.include.profiles && profileHtml(mentor, ctx),
    part.agreement && agreementHtml(part.agreement, formats),
    `<p class="tally">${esc(tally)}</p>`,
    sessions.map((s) => sessionHtml(s, mentor, ctx)).join(''),
    others,
    outcomesHtml(part.outcomes, formats),
    '</section>',
  )
}
