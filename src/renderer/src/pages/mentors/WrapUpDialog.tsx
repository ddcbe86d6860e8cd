// The wrap-up dialog, provided once for the whole app: offered as a mentor moves to Alumni, or opened to edit.
import { Loader, Modal } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { ReactNode } from 'react'
import { useEffect, useMemo, useState } from 'react'
import type { Mentor } from '../../../../shared/model'
import { fieldErrors } from '../../../../shared/result'
import { announce } from '../../a11y/announce'
import { useFocusReturn } from '../../a11y/use-focus-return'
import type { WrapUpDialogControls } from '../../components/wrap-up-offer'
import { WrapUpDialogContext } from '../../components/wrap-up-offer'
import { ApiError, messageOf, send } from '../../data/api'
import { useChange, useGoals, useRead } from '../../data/queries'
import { confirmDiscard } from '../../lib/use-unsaved-guard'
import type { WrapUpFormValues } from './wrap-up-form'
import { formErrorsOf, goalsToRate, toWrapUpSave, wrapUpFormValues } from './wrap-up-form'
import { WrapUpForm } from './WrapUpForm'

interface Request {
  mentor: Mentor
  /** 'offer': the mentor is moving to Alumni now; 'edit': writing or changing it later. */
  mode: 'offer' | 'edit'
}

/** The dialog's contents once the saved wrap-up, the goals and the drafted thank-you are in. */
function WrapUpBody({
  request,
  onDone,
  onDirtyChange,
}: {
  request: Request
  onDone: () => void
  onDirtyChange: (d: boolean) => void
}) {
  const { mentor, mode } = request
  const saved = useRead('wrapUps:get', { mentorId: mentor.id })
  const goals = useGoals()
  const [draft, setDraft] = useState<string | null>(null)
  const [dirty, setDirty] = useState(false)
  useEffect(() => {
    let live = true
    send('wrapUps:draftThankYou', { mentorId: mentor.id })
      .then(({ text }) => live && setDraft(text))
      .catch(() => live && setDraft(''))
    return () => {
      live = false
    }
  }, [mentor.id])
  // Edited later, a mentor back from Alumni keeps their stage; moving now, or an alumnus, gets the cadence.
  const moveToAlumni = mode === 'offer' || mentor.stage === 'alumni'
  const save = useChange((values: WrapUpFormValues) =>
    send('wrapUps:save', toWrapUpSave(mentor.id, values, moveToAlumni).input),
  )
  const skip = useChange(() => send('mentors:update', { id: mentor.id, changes: { stage: 'alumni' } }))
  const rated = useMemo(
    () =>
      goalsToRate(
        mentor.id,
        (goals.data ?? []).map((v) => v.goal),
        saved.data ?? null,
      ),
    [mentor.id, goals.data, saved.data],
  )
  const changeDirty = (next: boolean) => {
    setDirty(next)
    onDirtyChange(next)
  }

  if (saved.isPending || goals.isPending || draft === null) return <Loader size="sm" aria-label="Loading the wrap-up" />
  const initialValues = wrapUpFormValues(mentor, rated, saved.data ?? null, draft)

  const submit = (values: WrapUpFormValues, setErrors: (errors: Record<string, string>) => void) => {
    save.mutate(values, {
      onSuccess: () => {
        changeDirty(false)
        const moved = mode === 'offer' ? ` ${mentor.name} moved to Alumni.` : ''
        notifications.show({
          color: 'teal',
          title: 'Wrap-up saved',
          message: `Your wrap-up is on ${mentor.name}'s page.${moved}`,
        })
        announce(`Wrap-up saved.${moved}`)
        onDone()
      },
      onError: (error) => {
        if (error instanceof ApiError && error.error.code === 'invalid-input' && error.error.issues.length > 0) {
          setErrors(formErrorsOf(fieldErrors(error.error), toWrapUpSave(mentor.id, values).formIndex))
        } else notifications.show({ color: 'red', title: 'Not saved', message: messageOf(error) })
      },
    })
  }
  const onSkip = async (formDirty: boolean) => {
    if (formDirty && !(await confirmDiscard('this wrap-up'))) return
    skip.mutate(undefined, {
      onSuccess: () => {
        changeDirty(false)
        const message = `${mentor.name} moved to Alumni without a wrap-up. You can write one from their page.`
        notifications.show({ color: 'teal', title: 'Moved to Alumni', message })
        announce(message)
        onDone()
      },
      onError: (error) => notifications.show({ color: 'red', title: 'Stage not changed', message: messageOf(error) }),
    })
  }
  const cancel = async () => {
    if (dirty && !(await confirmDiscard('this wrap-up'))) return
    changeDirty(false)
    onDone()
  }
  return (
    <WrapUpForm
      mentor={mentor}
      goals={rated}
      initialValues={initialValues}
      moving={mode === 'offer'}
      moveToAlumni={moveToAlumni}
      saving={save.isPending || skip.isPending}
      onSubmit={submit}
      onSkip={mode === 'offer' ? (d) => void onSkip(d) : undefined}
      onCancel={() => void cancel()}
      onDirtyChange={changeDirty}
    />
  )
}

/** Provides the wrap-up dialog to the whole app: where the stage changes, moving to Alumni opens it. */
export function WrapUpDialogProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<Request | null>(null)
  const [dirty, setDirty] = useState(false)
  useFocusReturn(request !== null)
  // No route blocker here: the router allows one, and the pages' own forms hold it. The modal covers the page.
  const controls = useMemo<WrapUpDialogControls>(
    () => ({
      offer: (mentor) => setRequest({ mentor, mode: 'offer' }),
      edit: (mentor) => setRequest({ mentor, mode: 'edit' }),
    }),
    [],
  )
  const close = async () => {
    if (dirty && !(await confirmDiscard('this wrap-up'))) return
    setDirty(false)
    setRequest(null)
  }
  const title =
    request?.mode === 'offer' ? `Wrap up with ${request.mentor.name}` : `Wrap-up with ${request?.mentor.name ?? ''}`
  return (
    <WrapUpDialogContext.Provider value={controls}>
      {children}
      <Modal opened={request !== null} onClose={() => void close()} title={title} size="lg">
        {request && (
          <WrapUpBody
            key={`${request.mentor.id}:${request.mode}`}
            request={request}
            onDirtyChange={setDirty}
            onDone={() => {
              setDirty(false)
              setRequest(null)
            }}
          />
        )}
      </Modal>
    </WrapUpDialogContext.Provider>
  )
}
