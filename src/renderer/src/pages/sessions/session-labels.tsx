import { IconMessage, IconPhone, IconUsersGroup, IconVideo } from '@tabler/icons-react'
import type { SessionFormat, SessionStatus } from '../../../../shared/model'
import { sessionFormatLabels, sessionFormats, sessionStatusLabels } from '../../../../shared/model'

export const formatIcons: Record<SessionFormat, typeof IconVideo> = {
  'in-person': IconUsersGroup,
  video: IconVideo,
  call: IconPhone,
  message: IconMessage,
}

export const statusColors: Record<SessionStatus, string> = { planned: 'blue', held: 'teal', cancelled: 'gray' }

export const formatOptions = sessionFormats.map((value) => ({ value, label: sessionFormatLabels[value] }))

export { sessionFormatLabels, sessionStatusLabels }
