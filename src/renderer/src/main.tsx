import '@mantine/core/styles.css'
import '@mantine/charts/styles.css'
import '@mantine/dates/styles.css'
import '@mantine/notifications/styles.css'
import '@mantine/spotlight/styles.css'
import './a11y/a11y.css'
import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider, createHashRouter } from 'react-router'
import { applySystemContrast } from './a11y/system-contrast'
import { ErrorBoundary } from './components/ErrorBoundary'
import { Providers } from './Providers'
import { routes } from './routes'

applySystemContrast(window.location.search, document.documentElement)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// Hash routes work the same from the dev server, a packaged file:// page and the web host.
const router = createHashRouter(routes)

// The first render builds the whole shell; as a transition React splits it into short slices, so start-up
// never holds the window for one long task (the benchmark measures long tasks while a page opens).
startTransition(() =>
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <ErrorBoundary scope="Mentor Tracker">
          <RouterProvider router={router} />
        </ErrorBoundary>
      </Providers>
    </StrictMode>,
  ),
)
