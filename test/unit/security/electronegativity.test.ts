// Electronegativity, offline, on the app's TypeScript sources: any high or medium finding that is not a
// documented false positive fails the suite. The SARIF report is kept in test-artifacts/electronegativity/.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')
const scanner = join(import.meta.dirname, 'scan-electronegativity.mjs')
const reportDir = join(root, 'test-artifacts', 'electronegativity')
const failingSeverities = ['HIGH', 'MEDIUM']

interface Finding {
  check: string
  severity: string
  confidence: string
  /** Relative to the scanned folder. */
  file: string
  line: number
  column: number
  reviewRequired: boolean
  description: string
}

interface Scan {
  files: string[]
  errors: Array<{ file: string; message: string; tolerable: boolean }>
  findings: Finding[]
  sarif: { runs: Array<{ results: Array<{ ruleId: string; locations: SarifLocation[] }> }> }
}

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
}

interface FalsePositive {
  check: string
  file: string
  reason: string
  evidence: string[]
}

/** Runs the scanner on `input` (a folder), writing its reports to `outputDir`. */
async function scan(input: string, outputDir: string): Promise<Scan> {
  const { electron } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).devDependencies as {
    electron: string
  }
  await mkdir(outputDir, { recursive: true })
  await promisify(execFile)(process.execPath, [scanner, input, outputDir, electron], { timeout: 60_000 })
  const summary = JSON.parse(await readFile(join(outputDir, 'summary.json'), 'utf8')) as Omit<Scan, 'sarif'>
  const sarif = JSON.parse(await readFile(join(outputDir, 'report.sarif'), 'utf8')) as Scan['sarif']
  return { ...summary, sarif }
}

/** The files under `dir` that Electronegativity reads: scripts and HTML. */
async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile() && ['.js', '.jsx', '.ts', '.tsx', '.html', '.htm'].includes(extname(e.name)))
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort()
}

let app: Scan
let unsafeWindow: Scan
let fixtureDir: string
let falsePositives: FalsePositive[]

beforeAll(async () => {
  fixtureDir = await mkdtemp(join(tmpdir(), 'mentor-tracker-electronegativity-'))
  await mkdir(join(fixtureDir, 'app'))
  await writeFile(
    join(fixtureDir, 'app', 'unsafe-window.ts'),
    "import { BrowserWindow } from 'electron'\n" +
      'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } })\n',
  )
  // Both scans at once: each is a Node process of its own.
  ;[app, unsafeWindow] = await Promise.all([
    scan(join(root, 'src'), reportDir),
    scan(join(fixtureDir, 'app'), join(fixtureDir, 'report')),
  ])
  falsePositives = (
    JSON.parse(await readFile(join(root, 'security', 'electronegativity-false-positives.json'), 'utf8')) as {
      falsePositives: FalsePositive[]
    }
  ).falsePositives
}, 120_000)

afterAll(async () => {
  if (fixtureDir) await rm(fixtureDir, { recursive: true, force: true })
})

const isDocumented = (finding: Finding) =>
  falsePositives.some((fp) => fp.check === finding.check && fp.file === `src/${finding.file}`)

describe('Electronegativity on the sources', () => {
  it('reads and parses every script and page of the app, the Electron host and the preload among them', async () => {
    expect(app.files).toEqual(await sourceFiles(join(root, 'src')))
    expect(app.files).toEqual(
      expect.arrayContaining([
        'main/index.ts',
        'main/electron/main-window.ts',
        'preload/index.ts',
        'renderer/index.html',
      ]),
    )
    expect(app.errors).toEqual([])
    // It looked into the window code: the preload it loads is always up for review.
    expect(app.findings).toContainEqual(
      expect.objectContaining({ check: 'PRELOAD_JS_CHECK', file: 'main/electron/main-window.ts' }),
    )
  })

  it('writes each finding to its SARIF report', () => {
    const inSarif = app.sarif.runs
      .flatMap((run) => run.results)
      .map(
        (r) =>
          `${r.ruleId} ${r.locations[0]?.physicalLocation.artifactLocation.uri}:${r.locations[0]?.physicalLocation.region.startLine}`,
      )
    const found = app.findings.map((f) => `${f.check} ${f.file}:${Math.max(f.line, 1)}`)
    expect(inSarif.sort()).toEqual(found.sort())
  })

  it('finds no high or medium issue that is not a documented false positive', () => {
    const undocumented = app.findings.filter((f) => failingSeverities.includes(f.severity) && !isDocumented(f))
    expect(
      undocumented.map((f) => `${f.severity} ${f.check} at src/${f.file}:${f.line}: ${f.description}`),
      'Fix the code, or, if it is not an issue, add it with its reason to security/electronegativity-false-positives.json',
    ).toEqual([])
  })

  it('documents each false positive with a reason and evidence, and lists only ones it still finds', () => {
    for (const fp of falsePositives) {
      const label = `${fp.check} in ${fp.file}`
      expect(fp.reason.length, label).toBeGreaterThan(20)
      expect(
        fp.evidence.filter((file) => !existsSync(join(root, file))),
        label,
      ).toEqual([])
      expect(
        app.findings.some((f) => f.check === fp.check && `src/${f.file}` === fp.file),
        `${label} is no longer found: remove it from the list`,
      ).toBe(true)
    }
  })
})

describe('Electronegativity as a gate', () => {
  it('fails a window with isolation and the sandbox off, in an app that guards neither navigation nor permissions', () => {
    const failing = unsafeWindow.findings.filter((f) => failingSeverities.includes(f.severity) && !isDocumented(f))
    expect(failing.map((f) => `${f.severity} ${f.check}`)).toEqual(
      expect.arrayContaining([
        'HIGH CONTEXT_ISOLATION_JS_CHECK',
        'MEDIUM SANDBOX_JS_CHECK',
        'HIGH LIMIT_NAVIGATION_GLOBAL_CHECK',
        'MEDIUM PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      ]),
    )
  })
})
