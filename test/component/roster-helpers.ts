// Shared by the roster's component tests: the list's rows, a roster with mentors, and the form's field errors.
import { screen, waitFor, within } from '@testing-library/react'
import type userEvent from '@testing-library/user-event'
import { expect } from 'vitest'
import { valueOf } from '../helpers/core'
import { renderApp } from './render-app'

/** The roster list's rows, and their accessible names. */
export const rows = () => within(screen.getByRole('list', { name: 'Mentors' })).getAllByRole('listitem')
export const rowNames = () => rows().map((row) => row.getAttribute('aria-label'))

/** The app on the roster in `dir`, with a mentor for each name, once their rows are there. */
export async function rosterWith(dir: string, names: string[]) {
  const app = await renderApp(dir, '/mentors')
  for (const name of names) valueOf(await app.core.handlers['mentors:create']({ name }))
  await waitFor(() => expect(rows()).toHaveLength(names.length))
  return app
}

/** Waits until `input` is marked invalid and its description carries `message`. */
export async function expectError(input: HTMLElement, message: string) {
  await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'))
  const described = input.getAttribute('aria-describedby') ?? ''
  const errorText = described
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
  expect(errorText).toContain(message)
}

/** Picks `option` in the Mantine Select or MultiSelect labelled `label`. */
export async function choose(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }))
  await user.click(await screen.findByRole('option', { name: option }))
}

/** Opens the "More actions" menu of `name`'s row. */
export async function openRowMenu(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name: `More actions for ${name}` }))
  return screen.findByRole('menu')
}
