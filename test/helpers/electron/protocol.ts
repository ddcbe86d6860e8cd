// The messages between the boot test and the built app's process (boot-app.ts and boot-child.ts).
import type { StandInRecord } from './stand-in-kit'

/** How the test configures the stand-in in the child, through the ELECTRON_STAND_IN environment variable. */
export interface ChildConfig {
  userData: string
  singleInstanceLock: boolean
}

export const CONFIG_VARIABLE = 'ELECTRON_STAND_IN'

/** What the test asks the child to do, as the system or the user. */
export type Command =
  | { type: 'ready' }
  | { type: 'second-instance'; argv: string[] }
  | { type: 'close-window'; id: number }
  | { type: 'quit' }
  | { type: 'invoke'; id: number; channel: string; input: unknown; senderUrl?: string }
  /** Answered once everything sent before was handled: every record made until then has been sent. */
  | { type: 'sync'; id: number }

/** What the child tells the test: each record as it happens, answers, and errors nothing caught. */
export type ChildMessage =
  | { type: 'record'; entry: StandInRecord }
  | { type: 'answer'; id: number; value: unknown }
  | { type: 'uncaught'; error: string }
