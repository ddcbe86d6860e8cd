import { Box, Tabs, Text, Textarea } from '@mantine/core'
import type { ChangeEvent } from 'react'
import { useState } from 'react'
import { Markdown } from './Markdown'

interface Props {
  label: string
  value: string
  onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void
  error?: React.ReactNode
  placeholder?: string
  autoFocus?: boolean
}

/** A Markdown text area with a preview, as the note will read. */
export function MarkdownEditor({ label, value, onChange, error, placeholder, autoFocus }: Props) {
  const [tab, setTab] = useState<string | null>('write')
  return (
    <Tabs value={tab} onChange={setTab} variant="outline" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="write">Write</Tabs.Tab>
        <Tabs.Tab value="preview">Preview</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="xs">
        <Textarea
          aria-label={label}
          dir="auto"
          value={value}
          onChange={onChange}
          error={error}
          placeholder={placeholder}
          autosize
          minRows={4}
          maxRows={16}
          data-autofocus={autoFocus || undefined}
          // The hint is the field's description, so a screen reader reads it with the field (and the error after it).
          description="Markdown works: **bold**, _italic_, - lists, [links](https://example.com)."
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="xs">
        <Box
          mih={96}
          p="sm"
          style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}
        >
          {value.trim() ? (
            <Markdown>{value}</Markdown>
          ) : (
            <Text c="dimmed" size="sm">
              Nothing to preview yet.
            </Text>
          )}
        </Box>
      </Tabs.Panel>
    </Tabs>
  )
}
