import type { CSSVariablesResolver, MantineColorsTuple, MantineTheme } from '@mantine/core'
import { createTheme, darken, DEFAULT_THEME, Menu, Modal, Notification } from '@mantine/core'
import { DateInput, DatePicker, DatePickerInput, DateTimePicker } from '@mantine/dates'
import { readableShade, toHex } from './lib/contrast'
import classes from './theme.module.css'

// Mantine's teal with its three darkest shades one step deeper, so white reads on the filled teal (5:1, WCAG AA).
const teal: MantineColorsTuple = [
  '#e6fcf5',
  '#c3fae8',
  '#96f2d7',
  '#63e6be',
  '#38d9a9',
  '#20c997',
  '#12b886',
  '#099268',
  '#087f5b',
  '#066649',
]

const calendarLabels = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousYear: 'Previous year',
  nextYear: 'Next year',
  previousDecade: 'Previous decade',
  nextDecade: 'Next decade',
}
const calendars = { defaultProps: { ariaLabels: calendarLabels }, classNames: { day: classes.day } }

/** The app's look: calm teal, rounded, system fonts that render every script the user types. */
export const theme = createTheme({
  primaryColor: 'teal',
  colors: { teal },
  // Shade 8 in both schemes: filled buttons, badges and the checked checkbox carry white text at 4.5:1 or more.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  respectReducedMotion: true,
  components: {
    // Every dialog's close button is an icon: it needs a name (the dialogs of @mantine/modals included).
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    // A menu holds only its items: no focus placeholder (role="presentation") before them; focus goes to the first item.
    // (A red menu item takes c="red", not color="red": Mantine draws the latter in shade 6, 3.3:1 on white.)
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
    // A toast's close button likewise; its text is dimmed text, not Mantine's fixed grey (3.3:1 on white).
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close' } },
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    }),
    // The calendars' arrow buttons are icons: named, in every date field; their days readable (theme.module.css).
    DateInput: DateInput.extend(calendars),
    DatePicker: DatePicker.extend(calendars),
    DatePickerInput: DatePickerInput.extend(calendars),
    DateTimePicker: DateTimePicker.extend(calendars),
  },
})

/** The page backgrounds text sits on, per scheme: body, panels, and the subtle greys of cards and hovers. */
export const surfaces = {
  light: ['#ffffff', DEFAULT_THEME.colors.gray[0], DEFAULT_THEME.colors.gray[1]],
  dark: [
    DEFAULT_THEME.colors.dark[7],
    DEFAULT_THEME.colors.dark[6],
    DEFAULT_THEME.colors.dark[5],
    DEFAULT_THEME.colors.dark[8],
    // A focused menu item's background.
    DEFAULT_THEME.colors.dark[4],
  ],
}

/** Secondary text (`c="dimmed"`): a shade between Mantine's greys that reads at 4.5:1 on every surface. */
export const dimmed = { light: '#636a71', dark: '#b0b0b0' }

type Scheme = keyof typeof surfaces

/** For each colour: filled (white text on it), text (`c="red"`, links) and light-variant text, each readable. */
function readableColors(t: MantineTheme, scheme: Scheme): Record<string, string> {
  const vars: Record<string, string> = {}
  for (const [name, shades] of Object.entries(t.colors)) {
    if (name === 'dark' || name === 'gray') continue
    const filled = shades[8]!
    const readableFilled = readableShade(filled, ['#ffffff'])
    if (readableFilled !== toHex(filled)) {
      vars[`--mantine-color-${name}-filled`] = readableFilled
      vars[`--mantine-color-${name}-filled-hover`] = toHex(darken(readableFilled, 0.1))
    }
    if (scheme === 'light') {
      vars[`--mantine-color-${name}-text`] = readableShade(shades[8]!, surfaces.light)
      // The light variant: shade 9 on shade 1 (and shade 2 on hover).
      vars[`--mantine-color-${name}-light-color`] = readableShade(shades[9]!, [shades[1]!, shades[2]!])
    } else {
      vars[`--mantine-color-${name}-text`] = readableShade(shades[4]!, surfaces.dark)
    }
  }
  return vars
}

// Placeholders are the only text some fields show (a date range button's "Any date"): they read like dimmed text.
const readable = (scheme: Scheme) => ({
  '--mantine-color-dimmed': dimmed[scheme],
  '--mantine-color-placeholder': dimmed[scheme],
})

/** Mantine's CSS variables with the shades above: dimmed text and every colour's text readable in both schemes. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { ...readable('light'), ...readableColors(t, 'light') },
  dark: { ...readable('dark'), ...readableColors(t, 'dark') },
})
