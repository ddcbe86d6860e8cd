// The report as HTML: a cover, each mentor's sessions, a summary. Pure: the same model gives the same document.
import type { Goal } from '../../../shared/model'
import type { Formats } from './format'
import { createFormats } from './format'
import { bdi, esc, html } from './html'
import type { RenderContext } from './mentor-html'
import { mentorHtml } from './mentor-html'
import { pageCss, reportCss } from './report-css'
import type { ReportModel } from './select-report'

const goalStatusLabels: Record<Goal['status'], string> = {
  active: 'Active',
  achieved: 'Achieved',
  dropped: 'Dropped',
}

/** "1 Sep 2026 – 27 Nov 2026", or "All time" when nothing bounds it. */
export function periodText(model: ReportModel, formats: Formats): string {
  const { from, to } = model.period
  if (!from && !to) return 'No sessions yet'
  if (from && to) return from === to ? formats.localDate(from) : `${formats.localDate(from)} – ${formats.localDate(to)}`
  return from ? `From ${formats.localDate(from)}` : `Until ${formats.localDate(to!)}`
}

const MAX_COVER_MENTORS = 12

/** The first page: what this is, whose it is, whom and when it covers. */
function coverHtml({ model, formats }: RenderContext): string {
  const named = model.mentors.filter((m) => m.mentor).map((m) => m.mentor!.name)
  const shown = named.slice(0, MAX_COVER_MENTORS).map(bdi).join(', ')
  const more = named.length > MAX_COVER_MENTORS ? `, and ${formats.number(named.length - MAX_COVER_MENTORS)} more` : ''
  const minutes = model.mentors.reduce(
    (sum, m) => sum + m.sessions.reduce((s, e) => s + e.session.durationMinutes, 0),
    0,
  )
  const full = model.options.kind === 'full'
  const recapMentor = full ? null : model.mentors[0]?.mentor
  const notice = full
    ? '<p class="notice private">Full record: this document includes your private reflections. Keep it to yourself unless you mean to share them.</p>'
    : `<p class="notice">A recap of the sessions with ${bdi(recapMentor?.name ?? 'this mentor')}. Private reflections and other mentors are left out.</p>`
  return html(
    '<section class="cover">',
    `<div class="eyebrow">Mentor Tracker · ${full ? 'Full record' : 'Mentor recap'}</div>`,
    `<h1 dir="auto">${esc(model.title)}</h1>`,
    model.menteeName.trim() && `<p class="mentee" dir="auto">${esc(model.menteeName)}</p>`,
    '<dl>',
    named.length > 0 && `<dt>${named.length === 1 ? 'Mentor' : 'Mentors'}</dt><dd>${shown}${esc(more)}</dd>`,
    `<dt>Period</dt><dd>${esc(periodText(model, formats))}</dd>`,
    `<dt>Sessions</dt><dd>${esc(`${formats.number(model.sessionCount)} ${model.sessionCount === 1 ? 'session' : 'sessions'} · ${formats.duration(minutes)} together`)}</dd>`,
    `<dt>Generated</dt><dd>${esc(formats.shortDate(model.generatedAt.toISOString()))}</dd>`,
    '</dl>',
    notice,
    '</section>',
  )
}

/** The last part: totals per mentor, action items open and done, goals and their progress. */
function summaryHtml({ model, formats }: RenderContext): string {
  const { include } = model.options
  const rows = model.mentors.map((part) => {
    const items = [...part.sessions.flatMap((s) => s.actionItems), ...part.otherActionItems]
    const done = items.filter((i) => i.doneAt !== null).length
    return {
      name: part.mentor?.name ?? 'Former mentor',
      sessions: part.sessions.length,
      minutes: part.sessions.reduce((sum, s) => sum + s.session.durationMinutes, 0),
      first: part.sessions[0]?.session,
      last: part.sessions.at(-1)?.session,
      open: items.length - done,
      done,
    }
  })
  const sum = (key: 'sessions' | 'minutes' | 'open' | 'done') => rows.reduce((total, r) => total + r[key], 0)
  const day = (s: (typeof rows)[number]['first']) => (s ? esc(formats.shortDateIn(s.startsAt, s.timeZone)) : '—')
  const actionCells = (open: number, done: number) =>
    include.actionItems
      ? `<td class="num">${formats.number(open)}</td><td class="num">${formats.number(done)}</td>`
      : ''
  const table = html(
    '<table class="totals"><thead><tr><th>Mentor</th><th class="num">Sessions</th><th class="num">Time</th>',
    '<th>First</th><th>Last</th>',
    include.actionItems && '<th class="num">Open items</th><th class="num">Done items</th>',
    '</tr></thead><tbody>',
    rows
      .map(
        (r) =>
          `<tr><td dir="auto">${esc(r.name)}</td><td class="num">${formats.number(r.sessions)}</td><td class="num">${esc(formats.duration(r.minutes))}</td><td class="day">${day(r.first)}</td><td class="day">${day(r.last)}</td>${actionCells(r.open, r.done)}</tr>`,
      )
      .join(''),
    '</tbody>',
    rows.length > 1 &&
      `<tfoot><tr><td>Total</td><td class="num">${formats.number(sum('sessions'))}</td><td class="num">${esc(formats.duration(sum('minutes')))}</td><td></td><td></td>${actionCells(sum('open'), sum('done'))}</tr></tfoot>`,
    '</table>',
  )
  const stat = (value: string, label: string) =>
    `<div class="stat"><b>${esc(value)}</b><span>${esc(label)}</span></div>`
  const stats = html(
    '<div class="stats">',
    stat(formats.number(sum('sessions')), sum('sessions') === 1 ? 'session' : 'sessions'),
    stat(formats.duration(sum('minutes')), 'together'),
    include.actionItems && stat(formats.number(sum('open')), 'action items open'),
    include.actionItems && stat(formats.number(sum('done')), 'action items done'),
    !include.actionItems && stat(formats.number(rows.length), rows.length === 1 ? 'mentor' : 'mentors'),
    '</div>',
  )
  return html(
    '<section class="summary"><h2>Summary</h2>',
    stats,
    '<h3>Sessions per mentor</h3>',
    table,
    include.goals && goalsHtml({ model, formats }),
    '</section>',
  )
}

/** Each goal with its status and progress; the full record also counts its action items. */
function goalsHtml({ model, formats }: RenderContext): string {
  if (model.goals.length === 0) return '<h3>Goals</h3><p class="muted">No goals to show.</p>'
  const full = model.options.kind === 'full'
  const goals = model.goals.map(({ goal, progress, actions }) => {
    const facts = [
      goalStatusLabels[goal.status],
      goal.targetOn ? `target ${formats.localDate(goal.targetOn)}` : '',
      full && actions.open + actions.done > 0
        ? `${actions.done} of ${actions.open + actions.done} action items done`
        : '',
    ].filter(Boolean)
    return html(
      '<div class="goal"><div class="goal-head">',
      `<b dir="auto">${esc(goal.title)}</b><span>${progress === null ? '' : `${progress}%`}</span></div>`,
      goal.why.trim() && `<p class="why" dir="auto">${esc(goal.why)}</p>`,
      progress !== null && `<div class="bar"><i style="width:${progress}%"></i></div>`,
      `<div class="facts">${esc(facts.join(' · '))}</div></div>`,
    )
  })
  return `<h3>Goals</h3>${goals.join('')}`
}

/** The report's body and styles as one fragment: what the in-app preview puts in a shadow root. */
export function reportFragment(model: ReportModel, mentorParts?: readonly string[]): string {
  const ctx: RenderContext = { model, formats: createFormats(model.options.locale, model.options.timeZone) }
  const parts = mentorParts ?? model.mentors.map((m) => mentorHtml(m, ctx))
  return html(
    `<style>${reportCss(model.options.pageSize)}</style>`,
    '<article class="report">',
    coverHtml(ctx),
    parts.join(''),
    summaryHtml(ctx),
    '</article>',
  )
}

/** The printable document: the fragment in a page that loads nothing from anywhere. */
export function reportDocument(model: ReportModel, fragment = reportFragment(model)): string {
  const mentee = model.menteeName.trim()
  const title = mentee ? `${model.title} — ${mentee}` : model.title
  const formats = createFormats(model.options.locale, model.options.timeZone)
  const generated = formats.shortDate(model.generatedAt.toISOString())
  return html(
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(title)}</title>`,
    `<style>${pageCss(model.options.pageSize, { title: model.title, mentee, generated })}</style>`,
    // Hidden on screen: the host only prints it, and skipping the screen layout saves a second on big reports.
    '<style>html, body { margin: 0; padding: 0; background: #fff; } @media screen { body { display: none; } }</style>',
    `</head><body>${fragment}</body></html>`,
  )
}

/** Renders one mentor's section; the export builds them one at a time so it can report progress and stop. */
export function mentorPart(model: ReportModel, index: number, formats?: Formats): string {
  const part = model.mentors[index]
  if (!part) return ''
  return mentorHtml(part, { model, formats: formats ?? createFormats(model.options.locale, model.options.timeZone) })
}
