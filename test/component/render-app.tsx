import { render } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { createApi } from '../../src/preload/create-api'
import { App } from '../../src/renderer/src/App'
import { Providers } from '../../src/renderer/src/Providers'
import { openCore } from '../helpers/core'

/** Renders the whole app at `route`, with window.api built by createApi over the real core in-process. */
export async function renderApp(dir: string, route = '/') {
  const core = await openCore(dir)
  window.api = createApi({
    invoke: (channel, input) => core.invoke(channel, input),
    subscribe: (event, listener) => core.on(event, listener as never),
  })
  const view = render(
    <Providers>
      <MemoryRouter initialEntries={[route]}>
        <App />
      </MemoryRouter>
    </Providers>,
  )
  return { ...view, core }
}
