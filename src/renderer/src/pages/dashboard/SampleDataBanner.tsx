import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { IconFlask, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import type { SampleCounts, SampleStatus } from '../../../../shared/requests/sample'
import { send, messageOf } from '../../data/api'
import { formatDate } from '../../lib/dates'
import { countsText } from '../settings/data-labels'
import { plural } from '../../../../shared/text'
import { DialogActions } from '../../components/DialogForm'
import type { KeepOrDelete } from '../../components/KeepOrDeleteChoice'
import { KeepOrDeleteChoice } from '../../components/KeepOrDeleteChoice'

/** "5 mentors, 8 notes, 18 sessions, 11 action items and 3 goals": only the kinds there are. */
const describeCounts = (counts: SampleCounts) => countsText(counts, { grouped: false })

/** Loads the sample data and says what arrived. */
export async function loadSampleData(): Promise<void> {
  try {
    const counts = await send('sample:load')
    notifications.show({
      color: 'teal',
      title: 'Sample data loaded',
      message: `${describeCounts(counts)} to look around in. Remove them from the dashboard when you are done.`,
    })
  } catch (error) {
    notifications.show({ color: 'red', title: 'Sample data not loaded', message: messageOf(error) })
  }
}

async function removeSampleData(attached: 'keep' | 'delete' | undefined): Promise<void> {
  try {
    const result = await send('sample:remove', { attached })
    const yours =
      result.kept > 0
        ? ` What you added to them is kept under "Unknown mentor".`
        : result.deleted > 0
          ? ' What you added to them went too.'
          : ''
    notifications.show({
      color: 'teal',
      title: 'Sample data removed',
      message: `Removed ${describeCounts(result.removed)}.${yours}`,
    })
  } catch (error) {
    notifications.show({ color: 'red', title: 'Sample data not removed', message: messageOf(error) })
  }
}

/** The confirmation: exactly what goes, and a choice for whatever the user hung on the sample records. */
function RemoveConfirmation({
  status,
  onConfirm,
}: {
  status: SampleStatus
  onConfirm: (attached?: 'keep' | 'delete') => void
}) {
  const [choice, setChoice] = useState<KeepOrDelete>('keep')
  const { notes, sessions, actionItems } = status.attached
  const attached = notes + sessions + actionItems
  const yours = describeCounts({ mentors: 0, goals: 0, notes, sessions, actionItems })
  return (
    <Stack>
      <Text size="sm">
        This removes the sample data loaded on {status.loadedAt ? formatDate(status.loadedAt) : 'an earlier day'}:{' '}
        {describeCounts(status.records)}. Mentors, sessions and everything else you made yourself stay as they are.
      </Text>
      {status.edited > 0 && (
        <Text size="sm">
          You changed {plural(status.edited, 'sample record')} since loading; your changes to{' '}
          {status.edited === 1 ? 'it go' : 'them go'} with the sample data.
        </Text>
      )}
      {attached > 0 && (
        <KeepOrDeleteChoice
          value={choice}
          onChange={setChoice}
          label={`You added ${yours} to sample mentors or sessions. What should happen to ${attached === 1 ? 'it' : 'them'}?`}
          keepLabel='Keep, under "Unknown mentor"'
          deleteLabel="Delete along with the sample data"
        />
      )}
      <DialogActions onCancel={() => modals.closeAll()}>
        <Button
          color="red"
          leftSection={<IconTrash size={16} />}
          onClick={() => onConfirm(attached > 0 ? choice : undefined)}
        >
          Remove sample data
        </Button>
      </DialogActions>
    </Stack>
  )
}

/** Asks with the latest numbers, then removes the sample data in one step. */
async function confirmRemoval(): Promise<void> {
  let status: SampleStatus
  try {
    status = await send('sample:status')
  } catch (error) {
    notifications.show({ color: 'red', title: 'Sample data not removed', message: messageOf(error) })
    return
  }
  const modalId = modals.open({
    title: 'Remove the sample data?',
    children: (
      <RemoveConfirmation
        status={status}
        onConfirm={(attached) => {
          modals.close(modalId)
          void removeSampleData(attached)
        }}
      />
    ),
  })
}

/** Says the made-up records are sample data, and offers to remove them in one step. */
export function SampleDataBanner() {
  return (
    <Alert
      color="indigo"
      variant="light"
      radius="lg"
      icon={<IconFlask size={20} />}
      title="You are looking at sample data"
      mb="lg"
      role="region"
    >
      {/* The button goes under the sentence when a narrow window (or 200% zoom) has no room beside it. */}
      <Group justify="space-between" wrap="wrap" gap="md">
        <Text size="sm" style={{ flex: '1 1 16rem' }}>
          The mentors, sessions and goals here are made up, to show what the app does. Remove them when you are ready;
          anything you add yourself stays.
        </Text>
        <Button
          color="indigo"
          variant="light"
          leftSection={<IconTrash size={16} />}
          style={{ flex: 'none' }}
          onClick={() => void confirmRemoval()}
        >
          Remove sample data
        </Button>
      </Group>
    </Alert>
  )
}
