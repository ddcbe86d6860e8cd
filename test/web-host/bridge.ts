// Runs in the browser before the renderer: builds window.api with the same createApi as the preload,
// over HTTP (requests) and a WebSocket (events) instead of IPC.
import { createApi } from '../../src/preload/create-api'
import type { EventName } from '../../src/shared/channel-names'
import { dataKinds } from '../../src/shared/model/database'

const token = new URLSearchParams(window.location.search).get('token') ?? ''
const listeners = new Map<EventName, Set<(payload: unknown) => void>>()

// Requests wait for the first connection (at most 2 s), so no event that follows an answer is missed.
let opened = false
let markOpened = (): void => undefined
const eventsReady = Promise.race([
  new Promise<void>((resolve) => (markOpened = resolve)),
  new Promise<void>((resolve) => setTimeout(resolve, 2_000)),
])

function connectEvents(attempt = 0): void {
  const socket = new WebSocket(`ws://${window.location.host}/__events?token=${encodeURIComponent(token)}`)
  socket.addEventListener('message', (message) => {
    const { event, payload } = JSON.parse(String(message.data)) as { event: EventName; payload: unknown }
    for (const listener of listeners.get(event) ?? []) listener(payload)
  })
  socket.addEventListener('open', () => {
    attempt = 0
    if (!opened) {
      opened = true
      markOpened()
      return
    }
    // Reconnected (the host restarted under a test): what was sent meanwhile is lost, so refresh
    // everything once, as if every kind had changed. IPC never loses an event.
    for (const listener of listeners.get('data:changed') ?? []) listener({ kinds: [...dataKinds] })
  })
  // The host may restart under a test; reconnect with a growing pause.
  socket.addEventListener('close', () =>
    setTimeout(() => connectEvents(attempt + 1), Math.min(5_000, 200 * 2 ** attempt)),
  )
}
connectEvents()

window.api = createApi({
  async invoke(channel, input) {
    await eventsReady
    const response = await fetch('/__api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-mentor-token': token },
      body: JSON.stringify({ channel, input }),
    })
    return response.json()
  },
  subscribe(event, listener) {
    const set = listeners.get(event) ?? new Set()
    listeners.set(event, set)
    set.add(listener)
    return () => set.delete(listener)
  },
})
