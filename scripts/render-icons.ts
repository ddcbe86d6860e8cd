// Renders the hand-drawn SVGs in resources/ to the PNGs the app and electron-builder use.
// Run: npx tsx scripts/render-icons.ts   (needs Debian's Chromium at /usr/bin/chromium)
// Deterministic: fixed viewport sizes, scale factor 1, sRGB colour profile, no timestamps in the PNGs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Page } from 'playwright-core'
import { chromiumArgs, chromiumExecutable } from '../test/helpers/chromium'

const RESOURCES = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources')

const BLACK = '#000000' // macOS template images must be pure black + alpha
const WHITE = '#ffffff' // for dark Linux/Windows panels
const INK = '#222222' // near-black for light Linux/Windows panels
const ACCENT = '#f59f00' // warm "something is due" dot in the coloured sets

interface Output {
  readonly file: string // path under resources/
  readonly svg: 'icon.svg' | 'tray.svg' | 'tray-due.svg'
  readonly size: number // exact pixel width and height
  readonly ink?: string // glyph colour (tray SVGs draw in currentColor)
  readonly dot?: string // badge colour (.badge in tray-due.svg)
}

const OUTPUTS: readonly Output[] = [
  // Master app icon: electron-builder derives .icns, .ico and the Linux icon set from it.
  { file: 'icon.png', svg: 'icon.svg', size: 1024 },
  // Window icon passed to BrowserWindow on Linux (taskbar, alt-tab), which has no bundle icon to fall back on.
  { file: 'icon-512.png', svg: 'icon.svg', size: 512 },

  // macOS menu bar, idle; the "Template" suffix makes macOS tint it for light/dark menu bars.
  { file: 'tray/trayTemplate.png', svg: 'tray.svg', size: 16, ink: BLACK },
  // Same for Retina menu bars; Electron picks the @2x file automatically.
  { file: 'tray/trayTemplate@2x.png', svg: 'tray.svg', size: 32, ink: BLACK },
  // macOS menu bar when a reminder is due (badge dot, still a template image).
  { file: 'tray/trayDueTemplate.png', svg: 'tray-due.svg', size: 16, ink: BLACK, dot: BLACK },
  // Same, Retina.
  { file: 'tray/trayDueTemplate@2x.png', svg: 'tray-due.svg', size: 32, ink: BLACK, dot: BLACK },

  // Linux/Windows tray on a dark panel, idle: white glyph.
  { file: 'tray/tray-light.png', svg: 'tray.svg', size: 16, ink: WHITE },
  // Same on HiDPI panels.
  { file: 'tray/tray-light@2x.png', svg: 'tray.svg', size: 32, ink: WHITE },
  // Linux/Windows tray on a dark panel, reminder due: white glyph, warm dot.
  { file: 'tray/tray-due-light.png', svg: 'tray-due.svg', size: 16, ink: WHITE, dot: ACCENT },
  // Same on HiDPI panels.
  { file: 'tray/tray-due-light@2x.png', svg: 'tray-due.svg', size: 32, ink: WHITE, dot: ACCENT },

  // Linux/Windows tray on a light panel, idle: near-black glyph.
  { file: 'tray/tray-dark.png', svg: 'tray.svg', size: 16, ink: INK },
  // Same on HiDPI panels.
  { file: 'tray/tray-dark@2x.png', svg: 'tray.svg', size: 32, ink: INK },
  // Linux/Windows tray on a light panel, reminder due: near-black glyph, warm dot.
  { file: 'tray/tray-due-dark.png', svg: 'tray-due.svg', size: 16, ink: INK, dot: ACCENT },
  // Same on HiDPI panels.
  { file: 'tray/tray-due-dark@2x.png', svg: 'tray-due.svg', size: 32, ink: INK, dot: ACCENT },
]

const CHROMIUM_ARGS = [
  ...chromiumArgs,
  '--force-color-profile=srgb', // exact colours regardless of the machine's display profile
]

function pageFor(output: Output): string {
  const svg = readFileSync(join(RESOURCES, output.svg), 'utf8')
  const colour = output.ink === undefined ? '' : `color:${output.ink};`
  const badge = output.dot === undefined ? '' : `.badge{fill:${output.dot}}`
  const px = `${output.size}px`
  const css = `html,body{margin:0;background:transparent}svg{display:block;width:${px};height:${px};${colour}}${badge}`
  return `<!doctype html><html><head><style>${css}</style></head><body>${svg}</body></html>`
}

async function render(page: Page, output: Output): Promise<void> {
  const target = join(RESOURCES, output.file)
  mkdirSync(dirname(target), { recursive: true })
  await page.setViewportSize({ width: output.size, height: output.size })
  await page.setContent(pageFor(output), { waitUntil: 'load' })
  await page.screenshot({ path: target, omitBackground: true, type: 'png' })
  console.log(`${output.file.padEnd(30)} ${output.size}x${output.size}`)
}

async function main(): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'render-icons-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable,
    headless: true,
    args: CHROMIUM_ARGS,
    deviceScaleFactor: 1,
    viewport: { width: 1024, height: 1024 },
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    for (const output of OUTPUTS) await render(page, output)
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
}

await main()
