import { Badge, Group, Text } from '@mantine/core'
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { Mentor } from '../../../../shared/model'
import type { SessionSummary } from '../../../../shared/requests/sessions'
import { TimelineCard } from './TimelineCard'
import type { TimelineRow } from './timeline-rows'
import { timelineRows } from './timeline-rows'
import classes from './Timeline.module.css'
import { virtualRowStyle } from '../../lib/virtual-rows'
import { mentorOf } from '../../lib/mentor-of'

const HEADING_HEIGHT = 52
/** A first guess at a card's height; each is measured once shown. */

const CARD_HEIGHT = 104

/** Below this many rows everything is rendered; above it only what is on screen. */
const VIRTUALIZE_FROM = 60

function Row({ row, mentors }: { row: TimelineRow; mentors: ReadonlyMap<string, Mentor> }) {
  if (row.kind === 'heading') {
    // A feed holds only articles: each month's heading is one, so the headings stay reachable by heading keys.
    return (
      <div className={classes.heading} role="article" aria-label={`${row.label}: ${row.count} sessions`}>
        <Group gap="xs">
          <Text fw={700} size="sm" tt="uppercase" c="dimmed" role="heading" aria-level={2}>
            {row.label}
          </Text>
          <Badge size="sm" variant="default">
            {row.count}
          </Badge>
        </Group>
      </div>
    )
  }
  return (
    <div className={classes.row}>
      <TimelineCard session={row.session} mentor={mentorOf(mentors, row.session.mentorId)} />
    </div>
  )
}

function VirtualRows({ rows, mentors }: { rows: TimelineRow[]; mentors: ReadonlyMap<string, Mentor> }) {
  const list = useRef<HTMLDivElement>(null)
  const [offset, setOffset] = useState(0)
  useLayoutEffect(() => setOffset(list.current?.offsetTop ?? 0), [])
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => (rows[index]?.kind === 'heading' ? HEADING_HEIGHT : CARD_HEIGHT),
    overscan: 6,
    scrollMargin: offset,
    getItemKey: (index) => rows[index]?.key ?? index,
  })
  return (
    <div ref={list} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index]
        if (!row) return null
        // Rows are measured once rendered: a card is as tall as its text.
        return (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            style={virtualRowStyle(item.start - offset)}
          >
            <Row row={row} mentors={mentors} />
          </div>
        )
      })}
    </div>
  )
}

/** Sessions grouped into Upcoming and months; thousands of them scroll smoothly. */
export function Timeline({ sessions, mentors }: { sessions: SessionSummary[]; mentors: readonly Mentor[] }) {
  const rows = useMemo(() => timelineRows(sessions), [sessions])
  const byId = useMemo(() => new Map(mentors.map((m) => [m.id, m])), [mentors])
  return (
    <div role="feed" aria-label="Sessions" aria-busy={false}>
      {rows.length >= VIRTUALIZE_FROM ? (
        <VirtualRows rows={rows} mentors={byId} />
      ) : (
        rows.map((row) => (
          <div key={row.key} style={{ height: row.kind === 'heading' ? HEADING_HEIGHT : undefined }}>
            <Row row={row} mentors={byId} />
          </div>
        ))
      )}
    </div>
  )
}
