// The typed shape of window.api, derived from the contract. Types only: the preload imports this file.
import type { ChannelName, EventName } from './channel-names'
import type { ChannelInput, ChannelOutput, EventPayloads } from './ipc'
import type { Result } from './result'

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never
type Domain = DomainOf<ChannelName>

/** A channel taking no input becomes a method with no parameter. */
type Method<C extends ChannelName> = [ChannelInput<C>] extends [undefined]
  ? () => Promise<Result<ChannelOutput<C>>>
  : (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>

/** `window.api`: one method per channel, grouped by domain, plus event subscription. */
export type Api = {
  [D in Domain]: {
    [C in ChannelName as C extends `${D}:${infer V}` ? V : never]: Method<C>
  }
} & {
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void
}

/** How createApi reaches the core: IPC in Electron, HTTP and WebSocket in the web host, a direct call in tests. */
export interface Transport {
  invoke(channel: ChannelName, input: unknown): Promise<unknown>
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void
}
