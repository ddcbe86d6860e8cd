import type { ChannelName } from '../../shared/channel-names'
import { isChannelName } from '../../shared/channel-names'
import type { ChannelOutput, ParsedInput } from '../../shared/ipc'
import { channels } from '../../shared/ipc'
import type { AppError, Result } from '../../shared/result'
import { AppFailure, invalidInput } from './errors'
import type { Logger } from './log'

/** What a domain module implements for a channel: input already validated. */
export type Handlers = { [C in ChannelName]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> }

/** The channels of one domain (`mentors`), for a module's slice of the map. */
export type HandlerSlice<D extends string> = Pick<Handlers, Extract<ChannelName, `${D}:${string}`>>

type Intersection<U> = (U extends unknown ? (slice: U) => void : never) extends (slice: infer I) => void ? I : never

/** Joins the slices into one handler map; refuses a channel that two slices both answer. */
export function combineSlices<S extends object[]>(...slices: S): Intersection<S[number]> {
  const combined: Record<string, unknown> = {}
  for (const slice of slices) {
    for (const [name, handler] of Object.entries(slice)) {
      if (name in combined) throw new Error(`Two slices answer the channel ${name}`)
      combined[name] = handler
    }
  }
  return combined as Intersection<S[number]>
}

/** What core exposes: each channel validates its raw input and answers with a Result. */
export type ValidatedHandlers = {
  [C in ChannelName]: (input?: unknown) => Promise<Result<ChannelOutput<C>>>
}

const internal: AppError = {
  code: 'internal',
  message:
    'Something went wrong inside Mentor Tracker, and nothing was changed. Try again; if it keeps happening, restart the app.',
  issues: [],
}

const unreadable: AppError = {
  code: 'invalid-input',
  message: 'Nothing was saved. This request is too deeply nested or too large to check.',
  issues: [],
}

/** Wraps each handler: validate with the channel's schema, run, turn every failure into a Result. */
export function validateHandlers(handlers: Handlers, log: Logger): ValidatedHandlers {
  const wrapped: Partial<Record<ChannelName, (input?: unknown) => Promise<Result<unknown>>>> = {}
  for (const name of Object.keys(channels) as ChannelName[]) {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>
    const schema = channels[name].input
    wrapped[name] = async (input?: unknown) => {
      let parsed: ReturnType<typeof schema.safeParse>
      try {
        parsed = schema.safeParse(input)
      } catch (error) {
        // A schema can throw on input it was never meant to see (nesting deep enough to overflow the stack).
        log.warn(`Input to ${name} could not be checked`, error)
        return { ok: false, error: unreadable }
      }
      if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) }
      try {
        return { ok: true, value: await handler(parsed.data) }
      } catch (error) {
        if (error instanceof AppFailure) return { ok: false, error: error.toAppError() }
        log.error(`Handler ${name} failed`, error)
        return { ok: false, error: internal }
      }
    }
  }
  return wrapped as ValidatedHandlers
}

/** Dispatches by channel name, for transports that receive the name as data. */
export function createInvoke(handlers: ValidatedHandlers) {
  return (channel: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isChannelName(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'invalid-input', message: 'Mentor Tracker does not know this request.', issues: [] },
      })
    }
    return handlers[channel](input)
  }
}
