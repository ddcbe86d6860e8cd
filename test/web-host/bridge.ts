// Runs in the browser before the renderer: builds window.api with the same createApi as the preload,
// over HTTP (requests) and a WebSocket (events) instead of IPC.
import { createApi } from '../../src/preload/create-api'
import type { EventName } from '../../src/shared/channel-names'
import { dataKinds } from '../../src/shared/model/database'

const token = new URLSearchParams(window.location.search).get('token') ?? ''
const listeners = new Map<EventName, Set<(payload: unknown) => void>>()

function connectEvents(attempt = 0): void {
  const socket = new WebSocket(`ws://${window.location.host}/__events?token=${encodeURIComponent(token)}`)
  socket.addEventListener('message', (message) => {
    const { event, payload } = JSON.parse(String(message.data)) as { event: EventName; payload: unknown }
    for (const listener of listeners.get(event) ?? []) listener(payload)
  })
  socket.addEventListener('open', () => {
    attempt = 0
    // Events sent before this socket opened (the first queries ran over HTTP before it, or the host
    // restarted) are lost: refresh everything once, as if every kind had changed. IPC never loses one.
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
