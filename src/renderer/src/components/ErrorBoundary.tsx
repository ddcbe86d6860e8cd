import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { ErrorInfo, ReactNode } from 'react'
import { Component } from 'react'

interface Props {
  children: ReactNode
  /** Shown in the heading: "This page" or "Mentor Tracker". */
  scope?: string
}

interface State {
  error: Error | null
}

/** Catches a rendering error so one broken screen never blanks the app; the data is untouched. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Render error', error, info.componentStack)
  }

  override render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <Alert
        role="alert"
        color="red"
        variant="light"
        icon={<IconAlertTriangle />}
        title={`${this.props.scope ?? 'This page'} ran into a problem`}
        m="md"
      >
        <Stack gap="sm">
          <Text size="sm">
            Something went wrong while showing this screen. Your data is safe: nothing was changed. Try again, or reload
            the window.
          </Text>
          <Code block>{error.message || String(error)}</Code>
          <Group>
            <Button size="xs" variant="light" onClick={() => this.setState({ error: null })}>
              Try again
            </Button>
            <Button size="xs" variant="subtle" onClick={() => window.location.reload()}>
              Reload window
            </Button>
          </Group>
        </Stack>
      </Alert>
    )
  }
}
