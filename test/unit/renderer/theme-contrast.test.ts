// The theme's colours as Mantine resolves them, light and dark, against WCAG 2.2 AA: 4.5:1 for text, 3:1 for the
// edge of a control. Fails if a shade is set back to one that does not read.
import { DEFAULT_THEME, defaultCssVariablesResolver, mergeMantineTheme } from '@mantine/core'
import { describe, expect, it } from 'vitest'
import { contrastRatio } from '../../../src/renderer/src/lib/contrast'
import { cssVariablesResolver, surfaces, theme } from '../../../src/renderer/src/theme'

const merged = mergeMantineTheme(DEFAULT_THEME, theme)
const base = defaultCssVariablesResolver(merged)
const ours = cssVariablesResolver(merged)

/** The value of a Mantine CSS variable in `scheme`, with every var(--x) it refers to followed to a colour. */
function resolve(scheme: 'light' | 'dark', name: string): string {
  const all: Record<string, string> = { ...base.variables, ...base[scheme], ...ours.variables, ...ours[scheme] }
  let value = all[name]
  for (let hops = 0; value?.startsWith('var('); hops += 1) {
    if (hops > 10) throw new Error(`${name} does not resolve`)
    value = all[value.slice(4, -1).trim()]
  }
  if (!value) throw new Error(`${name} is not set in ${scheme}`)
  return value
}

const white = '#ffffff'
const colors = Object.keys(merged.colors).filter((c) => c !== 'dark' && c !== 'gray')

describe('WCAG contrast of two colours', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#767676', '#ffffff', 4.54],
    ['#868e96', '#ffffff', 3.32],
    ['#ffffff', '#ffffff', 1],
  ])('%s on %s is %d:1', (fg, bg, ratio) => {
    expect(contrastRatio(fg, bg)).toBeCloseTo(ratio, 2)
  })
})

describe.each(['light', 'dark'] as const)('the %s theme', (scheme) => {
  const body = resolve(scheme, '--mantine-color-body')

  it('puts white text on the filled teal (buttons, badges, the checked checkbox) at 4.5:1', () => {
    expect(contrastRatio(white, resolve(scheme, '--mantine-primary-color-filled'))).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(white, resolve(scheme, '--mantine-primary-color-filled-hover'))).toBeGreaterThanOrEqual(4.5)
  })

  it('draws the filled teal (a control, a focus ring) at 3:1 against the page', () => {
    expect(contrastRatio(resolve(scheme, '--mantine-primary-color-filled'), body)).toBeGreaterThanOrEqual(3)
  })

  it('writes dimmed text at 4.5:1 on the page and on every panel', () => {
    for (const surface of [body, ...surfaces[scheme]]) {
      expect(contrastRatio(resolve(scheme, '--mantine-color-dimmed'), surface), surface).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('writes light-variant teal (Log session, the active sidebar link) at 4.5:1 on its tint', () => {
    const tint = resolve(scheme, '--mantine-primary-color-light')
    expect(contrastRatio(resolve(scheme, '--mantine-primary-color-light-color'), tint)).toBeGreaterThanOrEqual(4.5)
  })

  it('writes links at 4.5:1 on the page', () => {
    expect(contrastRatio(resolve(scheme, '--mantine-color-anchor'), body)).toBeGreaterThanOrEqual(4.5)
  })

  it.each(colors)('reads every way %s is used: white on filled, coloured text, light-variant text', (color) => {
    expect(contrastRatio(white, resolve(scheme, `--mantine-color-${color}-filled`))).toBeGreaterThanOrEqual(4.5)
    for (const surface of surfaces[scheme]) {
      expect(contrastRatio(resolve(scheme, `--mantine-color-${color}-text`), surface)).toBeGreaterThanOrEqual(4.5)
    }
    expect(
      contrastRatio(
        resolve(scheme, `--mantine-color-${color}-light-color`),
        resolve(scheme, `--mantine-color-${color}-light`),
      ),
    ).toBeGreaterThanOrEqual(4.5)
  })
})
