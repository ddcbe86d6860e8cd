import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { CorePorts } from '../../src/main/core/ports'
import { tempDirs } from '../helpers/temp'
import { seededCore } from '../helpers/report-fixture'
import { renderApp } from './render-app'

const newDir = tempDirs()
const fakePdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF')

/** The app on the report fixture's data, at `route`, with the given ports. */
async function appWithHistory(route: string, ports: Partial<CorePorts> = {}) {
  const dir = await newDir()
  const seeded = await seededCore(dir)
  await seeded.core.close()
  const app = await renderApp(dir, route, { ports })
  return { ...app, dir, mentors: seeded.mentors }
}

/** The text of the report preview's shadow root, once it shows `expected`. */
async function previewText(expected: string): Promise<string> {
  const host = await screen.findByRole('document', { name: 'Report preview' })
  await waitFor(() => expect(host.shadowRoot?.textContent ?? '').toContain(expected), { timeout: 5_000 })
  return host.shadowRoot!.textContent ?? ''
}

describe('export to PDF', () => {
  it('opens from the timeline with a live preview of every mentor’s sessions, private reflections included', async () => {
    const user = userEvent.setup()
    const { router } = await appWithHistory('/timeline')
    await user.click(await screen.findByRole('link', { name: 'Export PDF' }))
    // The export page loads on its first visit.
    await waitFor(() => expect(router.state.location.pathname).toBe('/export'))
    expect((await screen.findByRole('radio', { name: /^Full record/ })).getAttribute('aria-checked')).toBe('true')
    const text = await previewText('SESSION-Z1: what to cover')
    expect(text).toContain('SESSION-E1: what to cover')

    expect(text).toContain('PRIVATE-REFLECTION-SESSION-Z1')
    expect(text).not.toContain('SESSION-Z5')

    // Planned and cancelled sessions come in when asked for; unticking a part takes it out.
    await user.click(screen.getByRole('checkbox', { name: 'Also planned and cancelled sessions' }))
    await previewText('SESSION-Z5: what to cover')
    await user.click(screen.getByRole('checkbox', { name: 'Takeaways' }))
    await waitFor(() => expect(screen.getByRole('document').shadowRoot?.textContent).not.toContain('Takeaway of'))
  })

  it('from a mentor’s page makes a recap for them, refuses reversed dates, saves, and opens the file', async () => {
    const user = userEvent.setup()
    const opened: string[] = []
    const saved: string[] = []
    const { mentors, dir, router } = await appWithHistory('/mentors', {
      printPdf: async () => fakePdf,
      saveFile: async (file) => {
        saved.push(file.suggestedName)
        return `${dir}/${file.suggestedName}`
      },
      openFile: async (path) => void opened.push(path),
    })
    await user.click(await screen.findByRole('link', { name: /Zoë Ångström-李/ }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/mentors/${mentors.zoe.id}`))
    // The mentor page loads on its first visit; until it shows, the roster (with its own row menus) is on screen.
    await screen.findByRole('heading', { name: 'Zoë Ångström-李', level: 1 })
    await user.click(await screen.findByRole('button', { name: 'More actions for Zoë Ångström-李' }))

    await user.click(await screen.findByRole('menuitem', { name: 'Export PDF…' }))

    expect((await screen.findByRole('radio', { name: /^Mentor recap/ })).getAttribute('aria-checked')).toBe('true')
    expect(screen.getByRole('combobox', { name: 'Mentor' })).toHaveProperty('value', mentors.zoe.name)
    const text = await previewText('SESSION-Z1: what to cover')
    expect(text).not.toContain('PRIVATE-REFLECTION')
    expect(text).not.toContain('Émile')

    await user.click(screen.getByRole('radio', { name: 'Custom' }))
    await user.type(screen.getByRole('textbox', { name: 'From' }), '1 Jun 2026')
    await user.tab()
    await user.type(screen.getByRole('textbox', { name: 'To' }), '1 Jan 2026')
    await user.tab()
    expect(await screen.findByText('The end date is before the start date')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Export PDF…' }))
    expect(saved).toEqual([])

    await user.click(screen.getByRole('radio', { name: 'All time' }))
    await user.click(screen.getByRole('button', { name: 'Export PDF…' }))
    const notice = (await screen.findByText('PDF saved')).closest('.mantine-Notification-root') as HTMLElement
    expect(notice.textContent).toContain('4 sessions, 1 page')
    expect(saved).toEqual(['mentoring-recap-2026-11-27.pdf'])
    await user.click(within(notice).getByRole('button', { name: 'Open the file' }))
    await waitFor(() => expect(opened).toEqual([`${dir}/mentoring-recap-2026-11-27.pdf`]))
  })

  it('shows progress while printing, and Cancel stops the export with nothing saved', async () => {
    const user = userEvent.setup()
    const saved: string[] = []
    await appWithHistory('/export', {
      printPdf: (job) =>
        new Promise((_resolve, reject) => job.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
      saveFile: async (file) => (saved.push(file.suggestedName), null),
    })
    await previewText('SESSION-Z1')
    await user.click(screen.getByRole('button', { name: 'Export PDF…' }))
    const status = await screen.findByRole('status', { name: 'Export progress' })
    await within(status).findByText('Printing the PDF…')
    await user.click(within(status).getByRole('button', { name: 'Cancel' }))
    expect(await screen.findByText('Export cancelled. No PDF was saved.')).toBeTruthy()
    expect(screen.queryByRole('status', { name: 'Export progress' })).toBeNull()
    expect(saved).toEqual([])
  })
})
