// The accessibility checks of the browser tests: Deque's axe-core on the screen as it is, in one theme.
import { AxeBuilder } from '@axe-core/playwright'
import type { NodeResult } from 'axe-core'
import type { Page } from 'playwright-core'

export type ColorScheme = 'light' | 'dark'

/** One rule broken on one screen: what a reader of the failure needs to find and fix it. */
export interface Finding {
  screen: string
  theme: ColorScheme
  rule: string
  impact: string
  help: string
  targets: string[]
}

/** What axe found on every screen a test looked at, split by how much it hurts. */
export class AxeReport {
  readonly blocking: Finding[] = []
  readonly moderate: Finding[] = []
  readonly screens: string[] = []

  constructor(readonly theme: ColorScheme) {}

  /** Runs axe on the page as it is now (after transitions settle) and files what it finds under `screen`. */
  async scan(page: Page, screen: string): Promise<void> {
    // Mantine's modal, popover and toast transitions last up to 300 ms; half-faded text is not what a user reads.
    await page.waitForTimeout(350)
    // Every rule axe runs by default, plus its experimental check that a control's name contains its visible label.
    const results = await new AxeBuilder({ page })
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
      .analyze()
    this.screens.push(screen)
    for (const violation of results.violations) {
      const finding: Finding = {
        screen,
        theme: this.theme,
        rule: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.map(String).join(' ') + contrastOf(node)),
      }
      if (violation.impact === 'serious' || violation.impact === 'critical') this.blocking.push(finding)
      else this.moderate.push(finding)
    }
  }

  /** Prints the moderate findings (they do not fail the test) and returns the blocking ones as one message. */
  summary(): string {
    if (this.moderate.length > 0) console.log(`axe, ${this.theme}: not failing\n${describe(this.moderate)}`)
    return this.blocking.length === 0
      ? ''
      : `axe found ${this.blocking.length} serious or critical violations (${this.theme}):\n${describe(this.blocking)}`
  }
}

/** What axe measured: for contrast, the colours and ratio (" (#868e96 on #ffffff, 3.32)"); else what to fix. */
function contrastOf(node: NodeResult): string {
  const data = node.any[0]?.data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined
  if (data?.contrastRatio) return ` (${data.fgColor} on ${data.bgColor}, ${data.contrastRatio})`
  const why = [...node.any, ...node.all, ...node.none].map((check) => check.message).join('; ')
  return why ? ` (${why})` : ''
}

/** One line per finding: screen, theme, rule, impact, and up to twelve of the elements it names. */
function describe(findings: Finding[]): string {
  return findings
    .map((f) => {
      const shown = f.targets.slice(0, 12).join('\n    ')
      const more = f.targets.length > 12 ? ` (+${f.targets.length - 12} more)` : ''
      return `- [${f.screen}, ${f.theme}] ${f.rule} (${f.impact}): ${f.help}\n    ${shown}${more}`
    })
    .join('\n')
}
