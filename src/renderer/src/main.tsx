import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { HashRouter } from 'react-router'
import { App } from './App'
import { ErrorBoundary } from './components/ErrorBoundary'
import { Providers } from './Providers'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// Hash routes work the same from the dev server, a packaged file:// page and the web host.
createRoot(root).render(
  <StrictMode>
    <Providers>
      <ErrorBoundary scope="Mentor Tracker">
        <HashRouter>
          <App />
        </HashRouter>
      </ErrorBoundary>
    </Providers>
  </StrictMode>,
)
