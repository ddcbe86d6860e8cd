import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { RosterEntry } from '../../../../shared/requests/mentors'
import { RosterRow } from './RosterRow'
import classes from './Roster.module.css'
import { virtualRowStyle } from '../../lib/virtual-rows'

const ROW_HEIGHT = 68
/** Below this many rows everything is rendered; above it only what is on screen. */
const VIRTUALIZE_FROM = 80

interface Props {
  entries: RosterEntry[]
  /** What the list is filtered by, exposed as data-filter so tests and benchmarks can tell when it shows a result. */
  filterKey: string
}

function VirtualRows({ entries }: { entries: RosterEntry[] }) {
  const scroller = useRef<HTMLDivElement>(null)
  // The virtualizer's functions change as it scrolls; this component re-renders with them by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => entries[index]?.mentor.id ?? index,
  })
  return (
    <div ref={scroller} className={classes.scroller}>
      <div
        role="list"
        aria-label="Mentors"
        aria-rowcount={entries.length}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index]
          if (!entry) return null
          return (
            <div key={item.key} style={virtualRowStyle(item.start)}>
              <RosterRow entry={entry} />
            </div>
          )
        })}
      </div>
    </div>
  )
}

/** The roster as a list with column headings; long rosters render only the rows on screen. */
export function RosterList(props: Props) {
  return (
    <div className={classes.list} data-filter={props.filterKey}>
      {/* Seen, not read: each cell of a row carries its column's name for a screen reader. */}
      <div className={classes.header} aria-hidden>
        <span>Mentor</span>
        <span>Stage</span>
        <span>Expertise</span>
        <span>Last session</span>
        <span>Next check-in</span>
        <span style={{ textAlign: 'center' }}>Open actions</span>
        <span />
      </div>
      {props.entries.length >= VIRTUALIZE_FROM ? (
        <VirtualRows entries={props.entries} />
      ) : (
        <div role="list" aria-label="Mentors" className={classes.scroller}>
          {props.entries.map((entry) => (
            <RosterRow key={entry.mentor.id} entry={entry} />
          ))}
        </div>
      )}
    </div>
  )
}
