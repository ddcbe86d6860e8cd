// The renderer's cache of what core answered. A read's key is its channel and input, never spelled by hand, and
// what refreshes it is declared once per channel in shared/read-channels.ts.
import type { InvalidateOptions, QueryClient, QueryKey } from '@tanstack/react-query'
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc'
import type { ReadChannel } from '../../../shared/read-channels'
import { readChannels, staleAfter } from '../../../shared/read-channels'
import { invoke, subscribe } from './api'

/** How a read behaves while its input changes. */
export interface ReadOptions {
  /** Keeps showing the last answer until the next one arrives, instead of a loader in between (filters). */
  keepPrevious?: boolean
  /** False holds the read back (an empty search). */
  enabled?: boolean
}

/** What a read takes: nothing for a channel without input, else its input; then the options. */
export type ReadArgs<C extends ReadChannel> = [ChannelInput<C>] extends [undefined]
  ? [input?: undefined, options?: ReadOptions]
  : [input: ChannelInput<C>, options?: ReadOptions]

/** The cache key of a read: its channel, then its input. */
export const queryKeyOf = <C extends ReadChannel>(channel: C, input?: ChannelInput<C>): QueryKey => [channel, input]

const isReadChannel = (value: unknown): value is ReadChannel => typeof value === 'string' && value in readChannels

/** Reads a channel through the cache; it refreshes when data it is made of changes. */
export function useRead<C extends ReadChannel>(channel: C, ...args: ReadArgs<C>) {
  const [input, options = {}] = args as [ChannelInput<C> | undefined, ReadOptions | undefined]
  return useQuery({
    queryKey: queryKeyOf(channel, input),
    queryFn: () => invoke(channel, input) as Promise<ChannelOutput<C>>,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    enabled: options.enabled,
  })
}

/** Changes data (each change calls `send`); the `data:changed` event that follows refreshes every read showing it. */
export function useChange<Input, Output>(change: (input: Input) => Promise<Output>) {
  return useMutation({ mutationFn: change })
}

/** Refreshes every read made of a kind a `data:changed` event names; returns the unsubscribe. */
export function refreshOnDataChanges(client: QueryClient): () => void {
  return subscribe('data:changed', ({ kinds }) => {
    void client.invalidateQueries({
      predicate: ({ queryKey: [channel] }) => isReadChannel(channel) && staleAfter(channel, kinds),
    })
  })
}

/** Reads these channels afresh, whatever their input: for changes no `data:changed` event reports. */
export function refreshReads(client: QueryClient, channels: readonly ReadChannel[], options?: InvalidateOptions) {
  return client.invalidateQueries(
    { predicate: ({ queryKey: [channel] }) => channels.includes(channel as ReadChannel) },
    options,
  )
}

/** The roster: every mentor with what the roster shows about them; archived ones too when asked. */
export const useRoster = (includeArchived: boolean) => useRead('mentors:roster', { includeArchived })

/** Every goal with its progress and coverage. */
export const useGoals = () => useRead('goals:list')

/** The app's settings. */
export const useSettings = () => useRead('settings:get')

/** The user's own profile. */
export const useProfile = () => useRead('profile:get')
