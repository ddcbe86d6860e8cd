import { readFile, writeFile } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { sickDisk } from '../helpers/sick-disk'
import { journalPathOf } from '../../src/main/core/store/snapshot'
import { openCore, valueOf } from '../helpers/core'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'
import { dataAfterRestart } from '../helpers/restart'

const newDir = tempDirs()

type App = Awaited<ReturnType<typeof renderApp>>

const banner = () => screen.queryByRole('alert', { name: 'Changes cannot be saved right now' })
const toast = async (title: string | RegExp) =>
  (await screen.findByText(title)).closest('.mantine-Notification-root') as HTMLElement
const mentorNames = async (core: App['core']) =>
  valueOf(await core.handlers['mentors:list']({}))
    .map((m) => m.name)
    .sort()

/** Saves the profile name through Settings, as a user does. */
async function saveName(user: ReturnType<typeof userEvent.setup>, name: string) {
  const field = await screen.findByRole('textbox', { name: /Your name/ })
  await user.clear(field)
  await user.type(field, name)
  await user.click(screen.getByRole('button', { name: 'Save profile' }))
}

describe('when the data file cannot be written', () => {
  it('shows a red banner with the reason, keeps everything visible, and Try again brings saving back', async () => {
    const user = userEvent.setup()
    const disk = sickDisk()
    const { core, router } = await renderApp(await newDir(), '/settings', { storeIO: disk.io, watchMs: 0 })
    valueOf(await core.handlers['mentors:create']({ name: 'Zoë Ångström-李' }))
    await screen.findByRole('region', { name: 'Your data' })
    expect(banner()).toBeNull()

    disk.fault = 'ENOSPC'
    await saveName(user, 'Sam')
    expect((await toast('Not saved')).textContent).toContain('Your change was not saved because the disk is full.')
    const alert = await screen.findByRole('alert', { name: 'Changes cannot be saved right now' })
    expect(alert.textContent).toContain('The disk is full. Everything saved before is safe and still shown.')

    // Everything stays visible while nothing can be saved.
    await router.navigate('/mentors')
    expect(await screen.findByRole('link', { name: /Zoë Ångström-李/ })).toBeTruthy()
    expect(banner()).toBeTruthy()

    // Trying again while the disk is still full says so, and the banner stays.
    await user.click(within(banner()!).getByRole('button', { name: 'Try again' }))
    expect(await within(banner()!).findByText(/Tried again at .+: it still fails\./)).toBeTruthy()

    disk.fault = null
    await user.click(within(banner()!).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Saving works again. Your changes are saved as you make them.')).toBeTruthy()
    await waitFor(() => expect(banner()).toBeNull())

    await router.navigate('/settings')
    await saveName(user, 'Sam')
    expect(await screen.findByText('Your profile is saved.')).toBeTruthy()
    expect((await dataAfterRestart(core.dataFile)).profile.name).toBe('Sam')
  })

  it('Choose another folder… moves the data off the failing disk, and the banner goes', async () => {
    const user = userEvent.setup()
    const dir = await newDir()
    const target = await newDir()
    const disk = sickDisk()
    const { core } = await renderApp(dir, '/mentors', {
      storeIO: disk.io,
      watchMs: 0,
      ports: { chooseFolder: async () => target, saveDataLocation: async () => {} },
    })
    await screen.findByRole('heading', { name: 'Mentors', level: 1 })
    disk.fault = 'EROFS'
    disk.only = dir
    expect(await core.handlers['mentors:create']({ name: 'Ada' })).toMatchObject({
      ok: false,
      error: { code: 'storage' },
    })
    const alert = await screen.findByRole('alert', { name: 'Changes cannot be saved right now' })
    expect(alert.textContent).toContain('The disk or folder is read-only.')

    await user.click(within(alert).getByRole('button', { name: 'Choose another folder…' }))
    expect((await toast('Your data has moved')).textContent).toContain(join(target, 'mentor-tracker.json'))
    await waitFor(() => expect(banner()).toBeNull())
    valueOf(await core.handlers['mentors:create']({ name: 'Ada' }))
    expect((await dataAfterRestart(join(target, 'mentor-tracker.json'))).mentors).toHaveLength(1)
  })
})

describe('when another program changes the data file', () => {
  it('reloads it and says so in a short toast', async () => {
    const { core } = await renderApp(await newDir(), '/mentors', { watchMs: 0 })
    valueOf(await core.handlers['mentors:create']({ name: 'Ada' }))
    await screen.findByRole('link', { name: /Ada/ })

    const onDisk = await dataAfterRestart(core.dataFile)
    const now = new Date().toISOString()
    onDisk.mentors.push({ ...onDisk.mentors[0]!, id: randomUUID(), name: 'Grace', createdAt: now, updatedAt: now })
    await writeFile(core.dataFile, JSON.stringify(onDisk))
    await core.checkDataFile()

    expect(await screen.findByText('Your data was updated')).toBeTruthy()
    expect(await screen.findByRole('link', { name: /Grace/ })).toBeTruthy()
  })

  it('on a conflict keeps both, explains it, and "Bring my changes back" merges this computer’s version', async () => {
    const user = userEvent.setup()
    const { core } = await renderApp(await newDir(), '/mentors', { watchMs: 0 })
    valueOf(await core.handlers['mentors:create']({ name: 'Ada' }))
    const elsewhere = await dataAfterRestart(core.dataFile)
    valueOf(await core.handlers['mentors:create']({ name: 'Katherine' }))
    await screen.findByRole('link', { name: /Katherine/ })

    // Another computer, which never saw Katherine, adds Grace and its sync tool writes the file.
    const now = new Date(Date.now() + 1000).toISOString()
    elsewhere.mentors.push({
      ...elsewhere.mentors[0]!,
      id: randomUUID(),
      name: 'Grace',
      createdAt: now,
      updatedAt: now,
    })
    await writeFile(core.dataFile, JSON.stringify(elsewhere))
    await core.checkDataFile()

    const notice = await toast('Your data was changed here and somewhere else')
    expect(notice.textContent).toContain("kept this computer's version as a backup")
    expect(await mentorNames(core)).toEqual(['Ada', 'Grace'])
    await waitFor(() => expect(screen.queryByRole('link', { name: /Katherine/ })).toBeNull())

    await user.click(within(notice).getByRole('button', { name: 'Bring my changes back' }))
    const dialog = await screen.findByRole('dialog', { name: 'Import data' })
    expect(dialog.textContent).toMatch(/conflict-.+\.json/)
    expect(within(dialog).getByRole('radio', { name: 'Merge into my data' })).toHaveProperty('checked', true)
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }))
    expect((await toast('Merged')).textContent).toContain('You now have 3 mentors.')
    expect(await mentorNames(core)).toEqual(['Ada', 'Grace', 'Katherine'])
    expect(await screen.findByRole('link', { name: /Katherine/ })).toBeTruthy()
  })
  it('when the file is replaced by one that cannot be used, says so and keeps the data', async () => {
    const { core } = await renderApp(await newDir(), '/mentors', { watchMs: 0 })
    valueOf(await core.handlers['mentors:create']({ name: 'Ada' }))
    await screen.findByRole('link', { name: /Ada/ })

    await writeFile(core.dataFile, '{"schemaVersion": 1, "mentors": [')
    valueOf(await core.handlers['mentors:create']({ name: 'Grace' }))

    const notice = await toast('The data file was replaced by one Mentor Tracker cannot use')
    expect(notice.textContent).toMatch(
      /It was set aside untouched as mentor-tracker\..+\.json, and Mentor Tracker kept your data\./,
    )
    expect(await screen.findByRole('link', { name: /Grace/ })).toBeTruthy()
    expect(await mentorNames(core)).toEqual(['Ada', 'Grace'])
  })
})

describe('the journal of recent changes', () => {
  it('when it belongs to another copy of the data file, says what was kept and brings its changes back', async () => {
    const user = userEvent.setup()
    const dir = await newDir()
    const dataFile = join(dir, 'mentor-tracker.json')
    // A clean quit leaves the data file whole; a copy of it is kept, as a backup tool or a sync tool would.
    const first = await openCore(dir)
    valueOf(await first.handlers['mentors:create']({ name: 'Ada' }))
    await first.close()
    const copyFromEarlier = await readFile(dataFile)
    const second = await openCore(dir)
    valueOf(await second.handlers['mentors:create']({ name: 'Grace' }))
    await second.close()
    // Then a change, and the app stops without quitting; meanwhile the earlier copy is put back.
    const third = await openCore(dir)
    valueOf(await third.handlers['mentors:create']({ name: 'Katherine' }))
    await writeFile(dataFile, copyFromEarlier)

    const { core } = await renderApp(dir, '/mentors', { watchMs: 0 })
    const banner = await screen.findByRole('alert', { name: 'Some recent changes were kept aside' })
    expect(banner.textContent).toMatch(/belongs to another copy of it/)
    expect(banner.textContent).toMatch(/kept as journal-set-aside-.+\.journal in the backups folder/)
    expect(await mentorNames(core)).toEqual(['Ada'])

    await user.click(within(banner).getByRole('button', { name: 'Bring my changes back' }))
    const dialog = await screen.findByRole('dialog', { name: 'Import data' })
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }))
    await toast('Merged')
    // The journal held Katherine; Grace was in the copy the restore replaced (the daily backup has her).
    expect(await mentorNames(core)).toEqual(['Ada', 'Katherine'])
    await user.click(within(banner).getByRole('button', { name: 'Dismiss' }))
    await waitFor(() => expect(screen.queryByRole('alert', { name: 'Some recent changes were kept aside' })).toBeNull())
  })

  it('when a sync tool replaces it while the app runs, keeps this data and offers the other changes', async () => {
    const user = userEvent.setup()
    const { core } = await renderApp(await newDir(), '/mentors', { watchMs: 0 })
    valueOf(await core.handlers['mentors:create']({ name: 'Ada' }))
    // Another computer's journal arrives in its place.
    const other = await openCore(await newDir())
    valueOf(await other.handlers['mentors:create']({ name: 'Grace, from the laptop' }))
    await writeFile(journalPathOf(core.dataFile), await readFile(journalPathOf(other.dataFile)))

    valueOf(await core.handlers['mentors:create']({ name: 'Katherine' }))
    const notice = await toast('Another program changed the journal of recent changes')
    expect(notice.textContent).toContain('Your data is kept as you see it')
    expect(await mentorNames(core)).toEqual(['Ada', 'Katherine'])
    await user.click(within(notice).getByRole('button', { name: 'Merge its changes' }))
    const dialog = await screen.findByRole('dialog', { name: 'Import data' })
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }))
    await toast('Merged')
    expect(await mentorNames(core)).toEqual(['Ada', 'Grace, from the laptop', 'Katherine'])
  })
})
