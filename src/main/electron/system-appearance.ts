// The system's display preferences as Electron reports them, turned into what the window and the page need.
import type { NativeTheme } from 'electron'

/** The part of nativeTheme this module reads; a plain object in tests. */
export type ThemeSignals = Pick<
  NativeTheme,
  'shouldUseDarkColors' | 'shouldUseHighContrastColors' | 'shouldUseInvertedColorScheme'
>

export interface SystemAppearance {
  /** Dark when the system is dark or inverts its colours (Windows' inverted scheme). */
  dark: boolean
  /** High contrast (Windows contrast themes, macOS "Increase contrast"). */
  highContrast: boolean
}

/** Reads the system's signals once. */
export function systemAppearance(theme: ThemeSignals): SystemAppearance {
  return {
    dark: theme.shouldUseDarkColors || theme.shouldUseInvertedColorScheme,
    highContrast: theme.shouldUseHighContrastColors,
  }
}

/** The window's colour before the page paints: the app's own background, pure black or white in high contrast. */
export function windowBackground(appearance: SystemAppearance): string {
  if (appearance.highContrast) return appearance.dark ? '#000000' : '#ffffff'
  return appearance.dark ? '#1a1b1e' : '#ffffff'
}

/**
 * The query the page is loaded with. Chromium already turns the system's contrast themes into
 * `forced-colors: active` (Windows) and `prefers-contrast: more` (macOS), live; this carries Electron's own
 * reading too, so the page raises contrast wherever the system asked for it even when the media query is silent.
 */
export function appearanceQuery(appearance: SystemAppearance): Record<string, string> {
  return appearance.highContrast ? { contrast: 'more' } : {}
}
