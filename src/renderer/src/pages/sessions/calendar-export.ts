import { notifications } from '@mantine/notifications'
import { ApiError, send, messageOf } from '../../data/api'
import { plural } from '../../../../shared/text'

const NOTHING_TO_EXPORT = 'There are no upcoming planned sessions to export.'

/** Says there is nothing to put in a calendar file: a fact about the data, not a failure. */
const showNothingToExport = (message = NOTHING_TO_EXPORT) => notifications.show({ title: 'Nothing to export', message })

/**
 * Saves planned sessions (these, or every upcoming one) to a calendar file through the save dialog.
 * With nothing to export it says so: core refuses before the save dialog would open.
 */
export async function exportToCalendar(ids?: string[]) {
  if (ids?.length === 0) {
    showNothingToExport()
    return
  }
  try {
    const result = await send('sessions:exportIcs', ids ? { ids } : {})
    if (result.saved)
      notifications.show({
        color: 'teal',
        title: 'Calendar file saved',
        message: `${plural(result.count, 'session')} in ${result.path}`,
      })
  } catch (error) {
    // Named sessions get core's own reason; "every upcoming one" the short sentence.
    if (error instanceof ApiError && error.error.code === 'not-found')
      showNothingToExport(ids ? error.message : undefined)
    else notifications.show({ color: 'red', title: 'Not exported', message: messageOf(error) })
  }
}
