// Where the stage changes, moving a mentor to Alumni offers the wrap-up; the dialog is provided once, app-wide.
import { createContext, useContext } from 'react'
import type { Mentor } from '../../../shared/model'

/** Opens the wrap-up dialog: `offer` as a mentor moves to Alumni (with Skip), `edit` for one written or to write. */
export interface WrapUpDialogControls {
  offer(mentor: Mentor): void
  edit(mentor: Mentor): void
}

/** Null where no dialog is provided: moving to Alumni then just moves. */
export const WrapUpDialogContext = createContext<WrapUpDialogControls | null>(null)

/** The wrap-up dialog's controls, or null without one. */
export const useWrapUpDialog = () => useContext(WrapUpDialogContext)
