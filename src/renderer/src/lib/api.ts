import type { QueryClient } from '@tanstack/react-query'
import { useMutation, useQuery } from '@tanstack/react-query'
import type { Api } from '../../../shared/api'
import type { DataKind } from '../../../shared/model'
import type { AppError, Result } from '../../../shared/result'

/** A failed call, thrown inside the renderer so queries and forms can catch it. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message)
    this.name = 'ApiError'
  }
}

/** The api the preload (or the web host) exposed. */
export const api = (): Api => window.api

/** Resolves a call's Result to its value, or throws an ApiError. */
export async function call<T>(request: Promise<Result<T>>): Promise<T> {
  const result = await request
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

/** Query keys start with the data kind they show, so a `data:changed` event refreshes exactly them. */
export type QueryKey = readonly [DataKind | 'app', ...unknown[]]

/** Reads through the api, cached under `key` and refreshed when its data kind changes. */
export function useApiQuery<T>(key: QueryKey, request: (api: Api) => Promise<Result<T>>) {
  return useQuery({ queryKey: key, queryFn: () => call(request(api())) })
}

/** Changes data through the api; the `data:changed` event that follows refreshes what shows it. */
export function useApiMutation<Input, T>(request: (api: Api, input: Input) => Promise<Result<T>>) {
  return useMutation({ mutationFn: (input: Input) => call(request(api(), input)) })
}

/** Refreshes the queries of every kind in a `data:changed` event; returns the unsubscribe. */
export function refreshOnDataChanges(client: QueryClient): () => void {
  return api().on('data:changed', ({ kinds }) => {
    for (const kind of kinds) void client.invalidateQueries({ queryKey: [kind] })
    // The app info carries the store status, which a change can affect.
    void client.invalidateQueries({ queryKey: ['app'] })
  })
}
