import type { Api, Transport } from '../shared/api'
import { channelNames, isEventName } from '../shared/channel-names'
import type { Result } from '../shared/result'
import { isResult } from '../shared/result'

const unavailable: Result<never> = {
  ok: false,
  error: {
    code: 'unavailable',
    message: 'Mentor Tracker could not reach its data. Nothing was saved; try again, or restart the app.',
    issues: [],
  },
}

/**
 * Builds `window.api` from the contract: `mentors:create` becomes `api.mentors.create(input)`.
 * Every method resolves to a Result and never rejects, whatever the transport does.
 */
export function createApi(transport: Transport): Api {
  const api: Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>> = {}
  for (const channel of channelNames) {
    const [domain, verb] = channel.split(':') as [string, string]
    const methods = (api[domain] ??= {})
    methods[verb] = async (input?: unknown) => {
      try {
        const answer = await transport.invoke(channel, input)
        return isResult(answer) ? answer : unavailable
      } catch {
        return unavailable
      }
    }
  }
  const on = (event: string, listener: (payload: unknown) => void): (() => void) => {
    if (!isEventName(event)) throw new Error(`Unknown event "${event}"`)
    return transport.subscribe(event, listener)
  }
  return { ...api, on } as unknown as Api
}
