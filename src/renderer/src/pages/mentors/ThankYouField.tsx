import { Button, Group, Stack, Text, Textarea } from '@mantine/core'
import type { TextareaProps } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCopy, IconMail } from '@tabler/icons-react'
import { useId } from 'react'
import type { Mentor } from '../../../../shared/model'
import { announce } from '../../a11y/announce'
import { openExternal } from '../../data/api'
import { thankYouMailLink } from '../../lib/thank-you-mail'

/** Puts the thank-you on the clipboard, and says so (or says how to copy it by hand). */
export async function copyThankYou(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text)
    notifications.show({ color: 'teal', title: 'Thank-you copied', message: 'Paste it wherever you write to them.' })
    announce('Thank-you copied.')
  } catch {
    notifications.show({
      color: 'red',
      title: 'Not copied',
      message: 'The clipboard could not be reached. Select the message and copy it with Ctrl+C.',
    })
  }
}

/** Copy and "Open in mail" for a thank-you; mail is disabled, with the reason beside it, when it cannot open. */
export function ThankYouActions({ mentor, text }: { mentor: Mentor; text: string }) {
  const reasonId = useId()
  const link = thankYouMailLink(mentor.name, mentor.email, text)
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconCopy size={14} />}
          disabled={text.trim() === ''}
          onClick={() => void copyThankYou(text)}
        >
          Copy thank-you
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconMail size={14} />}
          disabled={'reason' in link}
          aria-describedby={'reason' in link ? reasonId : undefined}
          onClick={() => 'url' in link && openExternal(link.url)}
        >
          Open in mail
        </Button>
      </Group>
      {'reason' in link && (
        <Text id={reasonId} size="xs" c="dimmed">
          {link.reason}
        </Text>
      )}
    </Stack>
  )
}

/** The editable thank-you, with Copy and "Open in mail" under it. */
export function ThankYouField({ mentor, ...props }: TextareaProps & { mentor: Mentor; value: string }) {
  return (
    <Stack gap="xs">
      <Textarea
        dir="auto"
        autosize
        minRows={6}
        maxRows={14}
        label="Thank-you message"
        description="Drafted from your sessions' takeaways and what came of your action items. Edit it freely: it is the one part you send."
        {...props}
      />
      <ThankYouActions mentor={mentor} text={props.value} />
    </Stack>
  )
}
