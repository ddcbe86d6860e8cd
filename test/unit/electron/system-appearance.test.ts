import { describe, expect, it } from 'vitest'
import { appearanceQuery, systemAppearance, windowBackground } from '../../../src/main/electron/system-appearance'

const signals = (dark: boolean, highContrast: boolean, inverted: boolean) => ({
  shouldUseDarkColors: dark,
  shouldUseHighContrastColors: highContrast,
  shouldUseInvertedColorScheme: inverted,
})

describe('the system appearance the window follows', () => {
  it.each([
    // dark, high contrast, inverted -> background, query
    [false, false, false, '#ffffff', {}],
    [true, false, false, '#1a1b1e', {}],
    [false, false, true, '#1a1b1e', {}],
    [false, true, false, '#ffffff', { contrast: 'more' }],
    [true, true, false, '#000000', { contrast: 'more' }],
    [false, true, true, '#000000', { contrast: 'more' }],
  ])(
    'dark %s, high contrast %s, inverted %s: the window paints %s and the page is told %o',
    (dark, highContrast, inverted, background, query) => {
      const appearance = systemAppearance(signals(dark, highContrast, inverted))
      expect(windowBackground(appearance)).toBe(background)
      expect(appearanceQuery(appearance)).toEqual(query)
    },
  )
})
