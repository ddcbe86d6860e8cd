import { notifications } from '@mantine/notifications'
import { ApiError, api, call, messageOf } from '../../lib/api'

const NOTHING_TO_EXPORT = 'There are no upcoming planned sessions to export.'

/** Says there is nothing to put in a calendar file: a fact about the data, not a failure. */
const showNothingToExport = (message = NOTHING_TO_EXPORT) => notifications.show({ title: 'Nothing to export', message })

/** True when there is at least one planned session from now on; asked before offering to save a file. */
async function hasUpcomingPlanned(): Promise<boolean> {
  const planned = await call(api().sessions.timeline({ statuses: ['planned'], after: new Date().toISOString() }))
  return planned.length > 0
}

/**
 * Saves planned sessions (these, or every upcoming one) to a calendar file through the save dialog.
 * With nothing to export it says so, and no save dialog opens.
 */
export async function exportToCalendar(ids?: string[]) {
  try {
    if (ids ? ids.length === 0 : !(await hasUpcomingPlanned())) {
      showNothingToExport()
      return
    }
    const result = await call(api().sessions.exportIcs(ids ? { ids } : {}))
    if (result.count === 0) showNothingToExport()
    else if (result.saved)
      notifications.show({
        color: 'teal',
        title: 'Calendar file saved',
        message: `${result.count} ${result.count === 1 ? 'session' : 'sessions'} in ${result.path}`,
      })
  } catch (error) {
    // Core refuses before asking for a file when nothing is left to export (a session passed since the list was read).
    if (error instanceof ApiError && (error.error.code === 'not-found' || error.error.code === 'invalid-input'))
      showNothingToExport(error.message)
    else notifications.show({ color: 'red', title: 'Not exported', message: messageOf(error) })
  }
}
