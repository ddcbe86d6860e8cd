import type { QueryClient } from '@tanstack/react-query'
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
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

/**
 * Reads through the api, cached under `key`. It refreshes when a `data:changed` event names one of
 * `dependsOn` (by default the key's first element, e.g. `['mentors', …]`).
 */
export function useApiQuery<T>(
  key: readonly [DataKind | 'app', ...unknown[]],
  request: (api: Api) => Promise<Result<T>>,
  dependsOn?: DataKind[],
  options: { keepPrevious?: boolean; enabled?: boolean } = {},
) {
  return useQuery({
    queryKey: key,
    queryFn: () => call(request(api())),
    meta: { dependsOn: dependsOn ?? [key[0]] },
    // A filter's next result replaces the last one when it arrives, instead of a loader in between.
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    enabled: options.enabled,
  })
}

/** Changes data through the api; the `data:changed` event that follows refreshes what shows it. */
export function useApiMutation<Input, T>(request: (api: Api, input: Input) => Promise<Result<T>>) {
  return useMutation({ mutationFn: (input: Input) => call(request(api(), input)) })
}

/** Refreshes every query that depends on a kind named in a `data:changed` event; returns the unsubscribe. */
export function refreshOnDataChanges(client: QueryClient): () => void {
  return api().on('data:changed', ({ kinds }) => {
    void client.invalidateQueries({
      predicate: (query) =>
        ((query.meta?.dependsOn as DataKind[] | undefined) ?? []).some((kind) => kinds.includes(kind)),
    })
  })
}

/** The message to show for a failed call or any other error. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))
