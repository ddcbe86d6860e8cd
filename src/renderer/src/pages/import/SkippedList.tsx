import { Accordion, List, Text } from '@mantine/core'
import type { SkippedEntry } from '../../../../shared/requests/contacts-import'
import { plural } from '../../../../shared/text'

/** The entries of a file that could not be used, each with its reason; folded away until asked for. */
export function SkippedList({ skipped, what }: { skipped: SkippedEntry[]; what: 'contact' | 'event' }) {
  if (skipped.length === 0) return null
  const label = `${plural(skipped.length, what, { grouped: true })} could not be used`
  return (
    <Accordion variant="contained" chevronPosition="left">
      <Accordion.Item value="skipped">
        <Accordion.Control>
          <Text size="sm">{label}</Text>
        </Accordion.Control>
        <Accordion.Panel>
          <List size="sm" spacing={4}>
            {skipped.map((entry, i) => (
              <List.Item key={i}>
                <Text span size="sm" fw={600}>
                  {entry.file}, {entry.where}:
                </Text>{' '}
                <Text span size="sm">
                  {entry.reason}
                </Text>
              </List.Item>
            ))}
          </List>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  )
}
