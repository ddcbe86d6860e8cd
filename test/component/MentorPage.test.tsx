import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { noteSectionLabels, noteSections } from '../../src/shared/model'
import { valueOf } from '../helpers/core'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'
import { dataAfterRestart } from '../helpers/restart'

const newDir = tempDirs()

async function mentorPage(dir?: string, options: Parameters<typeof renderApp>[2] = {}) {
  const folder = dir ?? (await newDir())
  const first = await renderApp(folder, '/mentors', options)
  const existing = valueOf(await first.core.handlers['mentors:list']({}))[0]
  const mentor =
    existing ??
    valueOf(
      await first.core.handlers['mentors:create']({
        name: 'Zoë Ångström-李',
        email: 'zoe@nordlicht.example',
        expertise: ['Distributed systems'],
        cadenceWeeks: 4,
      }),
    )
  await first.router.navigate(`/mentors/${mentor.id}`)
  await screen.findByRole('heading', { name: 'Zoë Ångström-李', level: 1 })
  return { ...first, mentor, dir: folder }
}

async function addNote(user: ReturnType<typeof userEvent.setup>, section: string, text: string, title = '') {
  await user.click(screen.getByRole('tab', { name: new RegExp(`^${section}`) }))
  await user.click(await screen.findByRole('button', { name: `Add to ${section}` }))
  const editor = await screen.findByRole('form', { name: `New ${section} entry` })
  if (title) await user.type(within(editor).getByRole('textbox', { name: 'Title' }), title)
  await user.click(within(editor).getByRole('textbox', { name: 'Text' }))
  await user.paste(text)
  await user.click(within(editor).getByRole('button', { name: 'Add note' }))
  await waitFor(() => expect(screen.queryByRole('form', { name: `New ${section} entry` })).toBeNull())
}

describe('mentor page', () => {
  it('shows the profile and emails the mentor through the validated external-link path', async () => {
    const opened: string[] = []
    const user = userEvent.setup()
    await mentorPage(undefined, { ports: { openExternal: async (url) => void opened.push(url) } })
    expect(screen.getByText('Every 4 weeks')).toBeTruthy()
    expect(screen.getByText('Distributed systems')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Email' }))
    await waitFor(() => expect(opened).toEqual(['mailto:zoe@nordlicht.example']))
  })

  it('keeps notes in each section, rendering Markdown and showing HTML as text', async () => {
    const user = userEvent.setup()
    const { core, mentor } = await mentorPage()
    for (const section of noteSections) {
      const label = noteSectionLabels[section]
      await addNote(user, label, `**${label} in bold** <script>window.hacked = true</script>`, `${label} title`)
      const card = await screen.findByRole('article', { name: `${label} title` })
      expect(within(card).getByText(`${label} in bold`).tagName).toBe('STRONG')
      expect(card.textContent).toContain('<script>window.hacked = true</script>')
      expect(card.querySelector('script')).toBeNull()
      expect(within(card).getByText(/^Written /)).toBeTruthy()
    }
    expect((window as { hacked?: boolean }).hacked).toBeUndefined()
    const saved = valueOf(await core.handlers['notes:list']({ mentorId: mentor.id }))
    expect(saved.map((n) => n.section).sort()).toEqual([...noteSections].sort())
    expect(screen.getByRole('tab', { name: /^Notes/ }).textContent).toContain('1')
  })

  it('pins a note to the top, edits it, and shows when it was edited', async () => {
    const user = userEvent.setup()
    const { core } = await mentorPage()
    await addNote(user, 'Notes', 'First thought', 'Older')
    core.clock.advance(60_000)
    await addNote(user, 'Notes', 'Second thought', 'Newer')
    const titles = () => screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'))
    await waitFor(() => expect(titles()).toEqual(['Newer', 'Older']))

    await user.click(within(screen.getByRole('article', { name: 'Older' })).getByRole('button', { name: 'Pin note' }))
    await waitFor(() => expect(titles()).toEqual(['Older', 'Newer']))
    const older = screen.getByRole('article', { name: 'Older' })
    expect(within(older).getByText('Pinned')).toBeTruthy()
    expect(older.textContent).not.toMatch(/edited/)

    core.clock.advance(60_000)
    await user.click(within(screen.getByRole('article', { name: 'Newer' })).getByRole('button', { name: 'Edit note' }))
    const editor = await screen.findByRole('form', { name: 'Edit note' })
    const text = within(editor).getByRole('textbox', { name: 'Text' })
    await user.clear(text)
    await user.type(text, 'Second thought, revised')
    await user.click(within(editor).getByRole('button', { name: 'Save note' }))
    const edited = await screen.findByRole('article', { name: 'Newer' })
    await waitFor(() => expect(edited.textContent).toContain('Second thought, revised'))
    expect(edited.textContent).toMatch(/edited/)
  })

  it('deletes a note with undo', async () => {
    const user = userEvent.setup()
    await mentorPage()
    await addNote(user, 'Notes', 'Keep this one', 'Precious')
    await user.click(
      within(await screen.findByRole('article', { name: 'Precious' })).getByRole('button', { name: 'Delete note' }),
    )
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Precious' })).toBeNull())
    await user.click(await screen.findByRole('button', { name: 'Undo' }))
    expect(await screen.findByRole('article', { name: 'Precious' })).toBeTruthy()
  })

  it('keeps a note being typed when the window goes away, and offers it again', async () => {
    const user = userEvent.setup()
    const { dir, core, unmount } = await mentorPage()
    await user.click(screen.getByRole('button', { name: 'Add note' }))
    const editor = await screen.findByRole('form', { name: 'New Notes entry' })
    await user.type(within(editor).getByRole('textbox', { name: 'Text' }), 'Zoë said: write the design doc first')
    await waitFor(async () => expect((await dataAfterRestart(core.dataFile)).drafts).toHaveLength(1), {
      timeout: 3000,
    })
    unmount()
    await core.close()

    await mentorPage(dir)
    const user2 = userEvent.setup()
    await user2.click(screen.getByRole('tab', { name: /^Notes/ }))
    const reopened = await screen.findByRole('form', { name: 'New Notes entry' })
    expect(within(reopened).getByText(/Restored what you were typing/)).toBeTruthy()
    expect((within(reopened).getByRole('textbox', { name: 'Text' }) as HTMLTextAreaElement).value).toBe(
      'Zoë said: write the design doc first',
    )
  })

  const hideDocument = () => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
    document.dispatchEvent(new Event('visibilitychange'))
  }
  it.each([
    ['the window closes (pagehide)', () => window.dispatchEvent(new Event('pagehide'))],
    ['the window is about to unload', () => window.dispatchEvent(new Event('beforeunload'))],
    ['the window is hidden', hideDocument],
  ])('writes the draft at once, without waiting for a pause in typing, when %s', async (_, leave) => {
    const user = userEvent.setup()
    const { core } = await mentorPage()
    await user.click(screen.getByRole('button', { name: 'Add note' }))
    const editor = await screen.findByRole('form', { name: 'New Notes entry' })
    await user.click(within(editor).getByRole('textbox', { name: 'Text' }))
    await user.paste('Zoë: ship the 学习 doc 🌱')
    try {
      leave()
      // Well inside the 600 ms pause after which the draft would be written anyway.
      await waitFor(
        async () =>
          expect(valueOf(await core.handlers['drafts:list']({ prefix: 'note:' })).map((d) => d.values.body)).toEqual([
            'Zoë: ship the 学习 doc 🌱',
          ]),
        { timeout: 300, interval: 20 },
      )
    } finally {
      Reflect.deleteProperty(document, 'visibilityState')
    }
  })

  it('changes the stage from the mentor page header', async () => {
    const user = userEvent.setup()
    const { core, mentor } = await mentorPage()
    const heading = screen.getByRole('heading', { name: 'Zoë Ångström-李', level: 1 })
    const header = heading.closest('.mantine-Card-root') as HTMLElement
    await user.click(within(header).getByRole('button', { name: 'Stage: Prospect. Change stage of Zoë Ångström-李' }))
    const menu = await screen.findByRole('menu')
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Prospect', 'Reached out', 'Active', 'Paused', 'Alumni'])
    await user.click(within(menu).getByRole('menuitem', { name: 'Active' }))
    await waitFor(() =>
      expect(
        within(header).getByRole('button', { name: 'Stage: Active. Change stage of Zoë Ångström-李' }),
      ).toBeTruthy(),
    )
    expect(valueOf(await core.handlers['mentors:get']({ id: mentor.id })).stage).toBe('active')
    expect((await dataAfterRestart(core.dataFile)).mentors[0]?.stage).toBe('active')
  })

  it('opens links in notes outside the app, never inside it', async () => {
    const opened: string[] = []
    const user = userEvent.setup()
    await mentorPage(undefined, { ports: { openExternal: async (url) => void opened.push(url) } })
    await addNote(user, 'Notes', 'Read [the RFC](https://example.com/rfc) and [this](javascript:alert(1))', 'Links')
    const card = await screen.findByRole('article', { name: 'Links' })
    await user.click(within(card).getByText('the RFC'))
    await user.click(within(card).getByText('this'))
    await waitFor(() => expect(opened).toEqual(['https://example.com/rfc']))
  })
})
