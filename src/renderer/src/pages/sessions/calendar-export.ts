import { notifications } from '@mantine/notifications'
import { api, call, messageOf } from '../../lib/api'

/** Saves planned sessions (these, or every upcoming one) to a calendar file through the save dialog. */
export async function exportToCalendar(ids?: string[]) {
  try {
    const result = await call(api().sessions.exportIcs(ids ? { ids } : {}))
    if (result.count === 0) notifications.show({ message: 'There are no upcoming planned sessions to export.' })
    else if (result.saved)
      notifications.show({
        color: 'teal',
        title: 'Calendar file saved',
        message: `${result.count} ${result.count === 1 ? 'session' : 'sessions'} in ${result.path}`,
      })
  } catch (error) {
    notifications.show({ color: 'red', title: 'Not exported', message: messageOf(error) })
  }
}
