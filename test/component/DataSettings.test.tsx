import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { CorePorts } from '../../src/main/core/ports'
import { openCore, valueOf } from '../helpers/core'
import { tempDirs } from '../helpers/temp'
import { renderApp } from './render-app'

const newDir = tempDirs()

type App = Awaited<ReturnType<typeof renderApp>>

const part = (name: string) => within(screen.getByRole('region', { name: 'Your data' })).getByRole('region', { name })
const mentorNames = async (core: App['core']) =>
  valueOf(await core.handlers['mentors:list']({}))
    .map((m) => m.name)
    .sort()
/** The notification whose title is `title`, once it shows. */
const toast = async (title: string) =>
  (await screen.findByText(title)).closest('.mantine-Notification-root') as HTMLElement

/** A data file holding `names` from an earlier run (so there are start-up backups), opened in the app at Settings. */
async function settingsWith(names: string[], ports: Partial<CorePorts> = {}) {
  const dir = await newDir()
  const earlier = await openCore(dir)
  for (const name of names) valueOf(await earlier.handlers['mentors:create']({ name }))
  await earlier.close()
  const app = await renderApp(dir, '/settings', { ports, watchMs: 0 })
  await screen.findByRole('region', { name: 'Your data' })
  return { ...app, dir }
}

describe('Settings → Your data', () => {
  it('shows where the file is, reveals it, and says when there are no backups and no old copy', async () => {
    const user = userEvent.setup()
    const revealed: string[] = []
    const dir = await newDir()
    const { core, router } = await renderApp(dir, '/', { ports: { revealPath: async (p) => void revealed.push(p) } })
    await screen.findByRole('heading', { name: 'Get started in three steps' })
    // A fresh file has its first daily copy; without any, the list says how backups come about.
    await rm(join(dir, 'mentor-tracker-backups'), { recursive: true, force: true })
    await router.navigate('/settings')

    const where = await waitFor(() => part('Where it is'))
    expect(await within(where).findByText(core.dataFile)).toBeTruthy()
    expect(within(where).queryByRole('region', { name: 'The old copy is still there' })).toBeNull()
    expect(within(where).queryByRole('button', { name: 'Remove old copy' })).toBeNull()
    expect(await within(part('Backups')).findByText(/No backups yet/)).toBeTruthy()
    expect(within(part('Backups')).queryByRole('table', { name: 'Backups' })).toBeNull()

    await user.click(within(where).getByRole('button', { name: 'Show in folder' }))
    await waitFor(() => expect(revealed).toEqual([core.dataFile]))
  })

  it('lists the backups and restores one after a confirmation, keeping the current data first', async () => {
    const user = userEvent.setup()
    const { core, dir } = await settingsWith(['Ada Lovelace', 'Grace Hopper'])
    valueOf(await core.handlers['mentors:create']({ name: 'Katherine Johnson' }))

    const table = await within(part('Backups')).findByRole('table', { name: 'Backups' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => row.getAttribute('aria-label')?.split(',')[0]).sort()).toEqual([
      'Daily copy',
      'Last good start',
    ])
    const lastGood = rows.find((row) => row.getAttribute('aria-label')?.startsWith('Last good start'))!
    expect(within(lastGood).getByText(/KB|bytes/)).toBeTruthy()
    expect(within(lastGood).getByText(/now|minute|second/)).toBeTruthy()

    // Cancel changes nothing.
    await user.click(within(lastGood).getByRole('button', { name: /^Restore Last good start/ }))
    let dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    expect(dialog.textContent).toContain('Your current data is backed up first')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(await mentorNames(core)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson'])

    await user.click(within(lastGood).getByRole('button', { name: /^Restore Last good start/ }))
    dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }))
    const done = await toast('Backup restored')
    expect(done.textContent).toContain('You now have 2 mentors.')
    expect(await mentorNames(core)).toEqual(['Ada Lovelace', 'Grace Hopper'])

    // The data as it was is now a backup of its own, listed and holding the mentor the restore took away.
    const safety = await within(part('Backups')).findByRole('row', { name: /^Before restoring a backup,/ })
    expect(safety).toBeTruthy()
    const [name] = (await readdir(join(dir, 'mentor-tracker-backups'))).filter((n) => n.startsWith('before-restore'))
    const kept = JSON.parse(await readFile(join(dir, 'mentor-tracker-backups', name!), 'utf8'))
    expect(kept.mentors.map((m: { name: string }) => m.name)).toContain('Katherine Johnson')
  })

  it('exports, then previews an import with merge by default or replace, and does what was chosen', async () => {
    const user = userEvent.setup()
    const exportsDir = await newDir()
    const chosen: Array<string | null> = []
    const opened: string[] = []
    const { core } = await settingsWith(['Ada Lovelace', 'Grace Hopper'], {
      saveFile: async (file) => {
        const path = join(exportsDir, file.suggestedName)
        await writeFile(path, file.content)
        return path
      },
      chooseFile: async () => chosen.shift() ?? null,
      openFile: async (path) => void opened.push(path),
    })
    const io = part('Export and import')

    await user.click(within(io).getByRole('button', { name: 'Export everything as JSON…' }))
    const exported = await toast('Exported')
    const [file] = await readdir(exportsDir)
    const exportPath = join(exportsDir, file!)
    expect(exported.textContent).toContain(exportPath)
    await user.click(within(exported).getByRole('button', { name: 'Open the file' }))
    await waitFor(() => expect(opened).toEqual([exportPath]))

    // Since the export: one mentor added, one deleted.
    valueOf(await core.handlers['mentors:create']({ name: 'Katherine Johnson' }))
    const ada = valueOf(await core.handlers['mentors:list']({})).find((m) => m.name === 'Ada Lovelace')!
    valueOf(await core.handlers['mentors:delete']({ id: ada.id }))

    // Cancelling the open dialog does nothing at all.
    await user.click(within(io).getByRole('button', { name: 'Import from JSON…' }))
    await waitFor(() =>
      expect(within(io).getByRole('button', { name: 'Import from JSON…' })).toHaveProperty('disabled', false),
    )
    expect(screen.queryByRole('dialog')).toBeNull()

    chosen.push(exportPath)
    await user.click(within(io).getByRole('button', { name: 'Import from JSON…' }))
    let dialog = await screen.findByRole('dialog', { name: 'Import data' })
    expect(dialog.textContent).toContain(file)
    const counts = within(dialog).getByRole('table', { name: 'What the file holds and what you have now' })
    expect(within(counts).getByRole('rowheader', { name: 'Mentors' }).closest('tr')?.textContent).toBe('Mentors22')
    const merge = within(dialog).getByRole('radio', { name: 'Merge into my data' })
    expect(merge).toHaveProperty('checked', true)
    expect(dialog.textContent).toContain('1 record new, 0 records updated, 1 record already the same')
    expect(within(dialog).queryByText('What you have now goes')).toBeNull()

    await user.click(within(dialog).getByRole('radio', { name: 'Replace my data with the file' }))
    expect(within(dialog).getByRole('alert', { name: 'What you have now goes' }).textContent).toContain(
      "Your 2 mentors will be replaced by the file's 2 mentors.",
    )
    // Cancel in the preview changes nothing either.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(await mentorNames(core)).toEqual(['Grace Hopper', 'Katherine Johnson'])

    chosen.push(exportPath)
    await user.click(within(io).getByRole('button', { name: 'Import from JSON…' }))
    dialog = await screen.findByRole('dialog', { name: 'Import data' })
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }))
    expect((await toast('Merged')).textContent).toContain('You now have 3 mentors.')
    expect(await mentorNames(core)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson'])

    chosen.push(exportPath)
    await user.click(within(io).getByRole('button', { name: 'Import from JSON…' }))
    dialog = await screen.findByRole('dialog', { name: 'Import data' })
    // After the merge there is nothing left to merge: the button says so by being off.
    expect(dialog.textContent).toContain('merging would change nothing')
    expect(within(dialog).getByRole('button', { name: 'Merge' })).toHaveProperty('disabled', true)
    await user.click(within(dialog).getByRole('radio', { name: 'Replace my data with the file' }))
    await user.click(within(dialog).getByRole('button', { name: 'Replace my data' }))
    expect((await toast('Your data was replaced')).textContent).toContain('You now have 2 mentors.')
    expect(await mentorNames(core)).toEqual(['Ada Lovelace', 'Grace Hopper'])
  })

  it('refuses a file that is not Mentor Tracker data in plain words, and changes nothing', async () => {
    const user = userEvent.setup()
    const dir = await newDir()
    const bad = join(dir, 'not-data.json')
    await writeFile(bad, '{"schemaVersion": 1, "mentors": "oops"')
    const { core } = await settingsWith(['Ada Lovelace'], { chooseFile: async () => bad })
    const before = await readFile(core.dataFile)

    await user.click(within(part('Export and import')).getByRole('button', { name: 'Import from JSON…' }))
    const refused = await toast('Nothing was imported')
    expect(refused.textContent).toMatch(/That file cannot be used: .+ Nothing was changed\./)
    expect(refused.textContent).not.toContain(dir)
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(await readFile(core.dataFile)).toEqual(before)
  })

  it('moves the data to another folder and removes the old copy after asking', async () => {
    const user = userEvent.setup()
    const target = await newDir()
    const { core, dir } = await settingsWith(['Ada Lovelace'], {
      chooseFolder: async () => target,
      saveDataLocation: async () => {},
    })
    const where = part('Where it is')
    await user.click(await within(where).findByRole('button', { name: 'Move to another folder…' }))
    expect((await toast('Your data has moved')).textContent).toContain(join(target, 'mentor-tracker.json'))
    expect(await within(where).findByText(join(target, 'mentor-tracker.json'))).toBeTruthy()
    const old = await within(where).findByRole('region', { name: 'The old copy is still there' })
    expect(within(old).getByText(join(dir, 'mentor-tracker.json'))).toBeTruthy()

    await user.click(within(old).getByRole('button', { name: 'Remove old copy' }))
    const dialog = await screen.findByRole('dialog', { name: 'Remove the old copy?' })
    await user.click(within(dialog).getByRole('button', { name: 'Remove old copy' }))
    expect(await screen.findByText('The old copy was removed.')).toBeTruthy()
    await waitFor(() => expect(within(where).queryByRole('region', { name: 'The old copy is still there' })).toBeNull())
    await expect(readFile(join(dir, 'mentor-tracker.json'))).rejects.toThrow()
    expect(await mentorNames(core)).toEqual(['Ada Lovelace'])
  })
})
