import { render, screen } from '@testing-library/react'
import { RouterProvider, createMemoryRouter } from 'react-router'
import { createApi } from '../../src/preload/create-api'
import { Providers } from '../../src/renderer/src/Providers'
import { routes } from '../../src/renderer/src/routes'
import type { CoreOptions } from '../../src/main/core/create-core'
import { openCore } from '../helpers/core'

/**
 * Renders the whole app at `route`, with window.api built by createApi over the real core in-process;
 * resolves once the app's frame shows (most pages load on first visit, as in the app).
 */
export async function renderApp(dir: string, route = '/', options: Partial<CoreOptions> = {}) {
  const core = await openCore(dir, options)
  window.api = createApi({
    invoke: (channel, input) => core.invoke(channel, input),
    subscribe: (event, listener) => core.on(event, listener as never),
  })
  const router = createMemoryRouter(routes, { initialEntries: [route] })
  const view = render(
    <Providers env="test">
      <RouterProvider router={router} />
    </Providers>,
  )
  await screen.findByRole('button', { name: /^Search (Ctrl|⌘) K$/ }, { timeout: 5_000 })
  return { ...view, core, router }
}
