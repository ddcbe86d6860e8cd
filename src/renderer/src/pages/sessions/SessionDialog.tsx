import { Button, Modal } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import type { ReactNode } from 'react'
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import type { Session, SessionFormat } from '../../../../shared/model'
import { useFocusReturn } from '../../a11y/use-focus-return'
import { send, subscribe } from '../../data/api'
import type { SessionFormValues } from './session-form'
import { newSessionValues } from './session-form'
import { SessionEditor } from './SessionEditor'

/** The draft the full editor for a new session continues from. */
export const NEW_SESSION_DRAFT = 'session:new'
const QUICK_DRAFT = 'session:quick'

interface Request {
  mentorId?: string | null
  mode: 'log' | 'plan'
  /** How it happens; 'message' logs a quick contact rather than a meeting. */
  format?: SessionFormat
}

const Context = createContext<(request: Request) => void>(() => {})

/** Opens the quick dialog to log or plan a session, from anywhere. */
export const useSessionDialog = () => useContext(Context)

/** Provides the quick log/plan dialog to the whole app; L opens it to log. */
export function SessionDialogProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate()
  const [request, setRequest] = useState<(Request & { opened: number }) | null>(null)
  const open = useCallback((next: Request) => setRequest({ ...next, opened: Date.now() }), [])
  useFocusReturn(request !== null)
  useHotkeys([['l', () => open({ mode: 'log' })]])
  // The tray's "Log a session…" arrives as a command from the host.
  useEffect(
    () =>
      subscribe('app:command', ({ command }) => {
        if (command === 'log-session') open({ mode: 'log' })
      }),
    [open],
  )
  const initial = useMemo(
    () =>
      request
        ? {
            ...newSessionValues({ mentorId: request.mentorId, mode: request.mode, now: new Date() }),
            ...(request.format ? { format: request.format } : {}),
          }
        : null,
    [request],
  )

  const saved = (session: Session) => {
    setRequest(null)
    notifications.show({
      color: 'teal',
      title: session.status === 'planned' ? 'Session planned' : 'Session logged',
      message: (
        <Button size="compact-sm" variant="light" onClick={() => void navigate(`/sessions/${session.id}`)}>
          Open it
        </Button>
      ),
    })
  }
  // The full editor continues from exactly what was typed here.
  const moreDetails = async (values: SessionFormValues) => {
    // A draft that cannot be written (a full disk) does not keep the full editor closed; the status banner says why.
    await send('drafts:save', { key: NEW_SESSION_DRAFT, values: { ...values } }).catch(() => {})
    await send('drafts:discard', { key: QUICK_DRAFT }).catch(() => {})
    setRequest(null)
    void navigate('/sessions/new')
  }

  return (
    <Context.Provider value={open}>
      {children}
      <Modal
        opened={request !== null}
        onClose={() => setRequest(null)}
        title={
          request?.mode === 'plan'
            ? 'Plan a session'
            : request?.format === 'message'
              ? 'Log a contact'
              : 'Log a session'
        }
        size="xl"
      >
        {request && initial && (
          <SessionEditor
            key={request.opened}
            compact
            initial={initial}
            draftKey={QUICK_DRAFT}
            onSaved={saved}
            onCancel={() => setRequest(null)}
            onMoreDetails={(values) => void moreDetails(values)}
          />
        )}
      </Modal>
    </Context.Provider>
  )
}
