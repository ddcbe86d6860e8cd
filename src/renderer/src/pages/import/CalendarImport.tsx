import { Badge, Button, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import type { Mentor } from '../../../../shared/model'
import type { CalendarPreview, CalendarRow } from '../../../../shared/requests/calendar-import'
import { send } from '../../data/api'
import { offerUndo } from '../../lib/undo'
import { ImportFooter, PreviewTable, openImportDialog, useImportSteps } from './import-dialog'
import { plural } from '../../../../shared/text'
import { useRead } from '../../data/queries'

/** What the user chose for an event: whether to import it, and with whom. */
interface Pick {
  on: boolean
  mentorId: string | null
}

/** When an event is, in its own zone: "5 Mar 2026, 10:00", or the day alone for an all-day event. */
function whenText(row: CalendarRow): string {
  const options: Intl.DateTimeFormatOptions = row.allDay
    ? { dateStyle: 'medium', timeZone: row.timeZone }
    : { dateStyle: 'medium', timeStyle: 'short', timeZone: row.timeZone }
  return new Intl.DateTimeFormat(undefined, options).format(new Date(row.startsAt))
}

function EventRow({
  row,
  pick,
  mentors,
  onChange,
}: {
  row: CalendarRow
  pick: Pick
  mentors: Mentor[]
  onChange: (p: Pick) => void
}) {
  const options = [{ value: '', label: 'No mentor' }, ...mentors.map((m) => ({ value: m.id, label: m.name }))]
  const note = row.alreadyImported
    ? 'Already imported.'
    : row.allDay
      ? 'All day: choose a mentor to log it at 09:00.'
      : row.matchedBy === 'email'
        ? 'Matched by email.'
        : row.matchedBy === 'title'
          ? 'Matched by the name in its title.'
          : 'No mentor found: choose one to import it.'
  return (
    <Table.Tr>
      <Table.Td w={36}>
        <Checkbox
          aria-label={`Import ${row.title}, ${whenText(row)}`}
          checked={pick.on}
          disabled={row.alreadyImported || !pick.mentorId}
          onChange={(event) => onChange({ ...pick, on: event.currentTarget.checked })}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={600} dir="auto">
          {row.title}
        </Text>
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            {whenText(row)} · {row.allDay ? 'all day' : `${row.durationMinutes} min`}
          </Text>
          {row.recurring && (
            <Badge size="xs" variant="light" color="gray">
              Repeats
            </Badge>
          )}
          <Badge size="xs" variant="light" color={row.status === 'held' ? 'teal' : 'blue'}>
            {row.status === 'held' ? 'Held' : 'Planned'}
          </Badge>
        </Group>
      </Table.Td>
      <Table.Td w={240}>
        <NativeSelect
          size="xs"
          aria-label={`Mentor for ${row.title}, ${whenText(row)}`}
          data={options}
          value={pick.mentorId ?? ''}
          disabled={row.alreadyImported}
          onChange={(event) => {
            const mentorId = event.currentTarget.value || null
            onChange({ on: mentorId !== null, mentorId })
          }}
        />
        <Text size="xs" c="dimmed" mt={4}>
          {note}
        </Text>
      </Table.Td>
    </Table.Tr>
  )
}

/** The preview of a calendar import: the period, each event with its mentor, then one import. */
function CalendarImportBody({ initial, onClose }: { initial: CalendarPreview; onClose: () => void }) {
  const [preview, setPreview] = useState(initial)
  const [period, setPeriod] = useState(initial.period)
  const [picks, setPicks] = useState<Record<number, Pick>>({})
  const { busy, errorOf, clearError, run } = useImportSteps<'period' | 'import'>()
  const mentors = useRead('mentors:list', {}).data ?? []
  const pickOf = (row: CalendarRow): Pick =>
    picks[row.index] ?? { on: row.proposed === 'import', mentorId: row.mentorId }
  const chosen = preview.rows.filter((r) => pickOf(r).on && pickOf(r).mentorId).length
  // Said under the field as the user types; what core refuses (more than ten years) is said there too.
  const unfit =
    !period.from || !period.to
      ? 'Choose the first and the last day.'
      : period.from > period.to
        ? 'The period must end on or after its first day.'
        : null
  const reread = () =>
    run('period', async () => {
      const next = await send('calendar:importPreview', {
        source: { kind: 'period', previewId: preview.previewId },
        period,
      })
      if (next) {
        setPreview(next)
        setPicks({})
      }
    })
  const importNow = () =>
    run('import', async () => {
      const choices = preview.rows.flatMap((row) => {
        const pick = pickOf(row)
        const same = pick.on === (row.proposed === 'import') && pick.mentorId === row.mentorId
        if (same) return []
        return [
          pick.on && pick.mentorId
            ? { index: row.index, action: 'import' as const, mentorId: pick.mentorId }
            : { index: row.index, action: 'skip' as const },
        ]
      })
      const done = await send('calendar:import', { previewId: preview.previewId, choices })
      onClose()
      offerUndo({
        id: done.importId,
        title: 'Meetings imported',
        message: `${plural(done.held, 'held session', { grouped: true })} and ${plural(done.planned, 'planned session', { grouped: true })} added.`,
        undo: () => send('calendar:undoImport', { importId: done.importId }),
        restored: 'The import was undone.',
      })
    })
  const matched = preview.rows.filter((r) => r.mentorId && !r.alreadyImported).length
  const here = preview.rows.filter((r) => r.alreadyImported).length
  return (
    <Stack gap="md">
      <Text size="sm">
        {preview.fileName}: {plural(preview.rows.length, 'event', { grouped: true })} in this period, {matched} with a
        mentor
        {here > 0 ? `, ${here} already imported` : ''}. Past events become held sessions, later ones planned.
      </Text>
      <Group align="flex-start" gap="sm">
        {(['from', 'to'] as const).map((end) => (
          <TextInput
            key={end}
            type="date"
            size="xs"
            label={end === 'from' ? 'From' : 'To'}
            value={period[end]}
            error={end === 'to' && (unfit ?? errorOf('period'))}
            onChange={(e) => {
              clearError()
              setPeriod({ ...period, [end]: e.currentTarget.value })
            }}
          />
        ))}
        <Button
          size="xs"
          variant="default"
          loading={busy === 'period'}
          mt={25}
          disabled={unfit !== null}
          onClick={() => void reread()}
        >
          Show this period
        </Button>
      </Group>
      <PreviewTable
        label="Events to import"
        count={preview.rows.length}
        empty="No events in this period."
        reserve={400}
      >
        {preview.rows.map((row) => (
          <EventRow
            key={row.index}
            row={row}
            pick={pickOf(row)}
            mentors={mentors}
            onChange={(p) => setPicks((all) => ({ ...all, [row.index]: p }))}
          />
        ))}
      </PreviewTable>
      <ImportFooter
        skipped={preview.skipped}
        what="event"
        error={errorOf('import')}
        importing={busy === 'import'}
        count={chosen}
        noun="session"
        onCancel={onClose}
        onImport={() => void importNow()}
      />
    </Stack>
  )
}

/** Asks for a calendar file (.ics) and shows which meetings would become sessions; a file that is not a calendar is refused. */
export const openCalendarImport = () =>
  openImportDialog(
    'Import meetings from a calendar',
    () => send('calendar:importPreview', { source: { kind: 'file' } }),
    CalendarImportBody,
  )
