// The one way the renderer calls core: `send(channel, input)`. Nothing else touches window.api.
import type { ChannelName, EventName } from '../../../shared/channel-names'
import type { ChannelInput, ChannelOutput, EventPayloads } from '../../../shared/ipc'
import type { AppError, Result } from '../../../shared/result'

/** A failed call, thrown inside the renderer so queries and forms can catch it. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message)
    this.name = 'ApiError'
  }
}

/** What a channel's call takes: nothing for a channel without input, else its input. */
export type SendArgs<C extends ChannelName> = [ChannelInput<C>] extends [undefined] ? [] : [input: ChannelInput<C>]

type Method = (input?: unknown) => Promise<Result<unknown>>

/** Calls `channel` through window.api with an input already checked against its type by the caller. */
export async function invoke(channel: ChannelName, input: unknown): Promise<unknown> {
  const [domain, verb] = channel.split(':') as [string, string]
  // window.api has one method per channel (createApi builds it from the same list): looked up by name here.
  const methods = window.api[domain as keyof typeof window.api] as unknown as Record<string, Method>
  const result = await (methods[verb] as Method)(input)
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

/** Calls one channel: resolves to its answer, or throws an ApiError saying what went wrong. */
export function send<C extends ChannelName>(channel: C, ...[input]: SendArgs<C>): Promise<ChannelOutput<C>> {
  return invoke(channel, input) as Promise<ChannelOutput<C>>
}

/** Listens to an event core pushes (data changed, navigate, progress…); returns the unsubscribe. */
export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
  return window.api.on(event, listener)
}

/** The message to show for a failed call or any other error. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** Opens a web or mail link in the system's browser or mail app, through core; a link core refuses opens nothing. */
export function openExternal(url: string): void {
  void send('app:openExternal', { url }).catch(() => {})
}
