import { Anchor, Text } from '@mantine/core'
import type { ActionItem } from '../../../../shared/model'
import { firstNameOf } from '../../../../shared/text'
import { askHowItWent } from './how-did-it-go'

/**
 * How a done item went, with a way to change it; for a done item with a mentor and nothing said yet, a way to
 * say it. Nothing for an open item or one without a mentor.
 */
export function OutcomeNote({ item, mentorName }: { item: ActionItem; mentorName?: string }) {
  if (!item.doneAt || !item.mentorId) return null
  const edit = (event: React.MouseEvent<HTMLButtonElement>) => {
    const button = event.currentTarget
    askHowItWent(item, () => (button.isConnected ? button : null))
  }
  if (!item.outcome) {
    return (
      <Anchor component="button" type="button" size="sm" onClick={edit} aria-label={`How did it go? ${item.title}`}>
        How did it go?
      </Anchor>
    )
  }
  const who = mentorName ? firstNameOf(mentorName) : 'your mentor'
  return (
    <Text size="sm" dir="auto" style={{ overflowWrap: 'anywhere' }}>
      <Text span inherit fw={500}>
        How it went:
      </Text>{' '}
      {item.outcome.text}{' '}
      <Text span inherit c="dimmed">
        ({item.outcome.toldAt ? `told ${who}` : `to tell ${who}`})
      </Text>{' '}
      <Anchor component="button" type="button" size="sm" onClick={edit} aria-label={`Change how “${item.title}” went`}>
        Change
      </Anchor>
    </Text>
  )
}
