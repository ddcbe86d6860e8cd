import { memo } from 'react'
import { Link } from 'react-router'
import type { Mentor } from '../../../../shared/model'
import type { SessionSummary } from '../../../../shared/requests/sessions'
import { colorFor, initialsOf } from '../../components/MentorAvatar'
import { formatIcons, sessionFormatLabels, sessionStatusLabels, statusColors } from './session-labels'
import classes from './Timeline.module.css'

const when = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

/**
 * One session on the timeline; the whole card opens it. Plain elements and CSS rather than layout
 * components: thousands of these scroll past, and each must mount in well under a millisecond.
 */
export const TimelineCard = memo(function TimelineCard({
  session,
  mentor,
}: {
  session: SessionSummary
  mentor?: Mentor
}) {
  const FormatIcon = formatIcons[session.format]
  const name = mentor?.name ?? 'Unknown mentor'
  const start = when.format(new Date(session.startsAt))
  const overdue = session.status === 'planned' && Date.parse(session.startsAt) < Date.now()
  const color = colorFor(mentor?.id ?? session.id)
  return (
    // An article of the timeline's feed, holding the link that opens the session (a link keeps its link role).
    <article aria-label={`Session with ${name}, ${start}`}>
      <Link to={`/sessions/${session.id}`} className={classes.card}>
        {mentor?.avatar ? (
          <img className={classes.avatar} src={mentor.avatar} alt="" />
        ) : (
          <span
            className={classes.avatar}
            style={{
              background: `var(--mantine-color-${color}-light)`,
              color: `var(--mantine-color-${color}-light-color)`,
            }}
            aria-hidden
          >
            {initialsOf(name)}
          </span>
        )}
        <span className={classes.body}>
          <span className={classes.title}>
            <span className={classes.name} dir="auto">
              {name}
            </span>
            <span className={classes.when}>{start}</span>
            <FormatIcon size={14} aria-label={sessionFormatLabels[session.format]} className={classes.icon} />
            {session.seriesId && <span className={classes.tag}>Recurring</span>}
            {session.status !== 'held' && (
              <span
                className={classes.badge}
                style={{
                  ['--badge-color' as string]: `var(--mantine-color-${overdue ? 'orange' : statusColors[session.status]}-light-color)`,
                }}
              >
                {overdue ? 'Did it happen?' : sessionStatusLabels[session.status]}
              </span>
            )}
          </span>
          <span className={classes.excerpt} dir="auto" data-empty={session.excerpt ? undefined : true}>
            {session.excerpt || (session.status === 'planned' ? 'No agenda yet' : 'No takeaways written')}
          </span>
          {session.openActions + session.doneActions > 0 && (
            <span className={classes.meta}>
              {session.openActions} open · {session.doneActions} done
            </span>
          )}
        </span>
      </Link>
    </article>
  )
})
