import type { EventName } from '../../shared/channel-names'
import type { EventPayloads } from '../../shared/ipc'

/** Hears one of core's events. */
export type Listener<E extends EventName> = (payload: EventPayloads[E]) => void

/** Core's events: what main pushes to the renderer (data changed, reminders due, export progress…). */
export interface CoreEvents {
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void
  /** Subscribes to an event; returns the unsubscribe. */
  on<E extends EventName>(event: E, listener: Listener<E>): () => void
}

/** One place that hands each event to its listeners. */
export function createEvents(): CoreEvents {
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  return {
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) (listener as Listener<typeof event>)(payload)
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      set.add(listener as (payload: never) => void)
      return () => set.delete(listener as (payload: never) => void)
    },
  }
}
