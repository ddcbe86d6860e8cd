// Runs Electronegativity on one folder, offline, with its check for newer Electron releases off.
// Usage: node scan-electronegativity.mjs <folder> <output folder> <electron version>
// Writes <output folder>/report.sarif (Electronegativity's own report) and summary.json: the files it read,
// the files it could not parse, and each finding with its severity, which its SARIF report leaves out.
import dns from 'node:dns'
import { writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

// Electronegativity downloads translations as it starts. Nothing leaves the machine in a test, and a refused
// lookup fails at once where an unanswered one costs seconds of retries.
dns.lookup = (hostname, options, callback) => {
  const done = typeof options === 'function' ? options : callback
  const refused = Object.assign(new Error(`No network in the Electronegativity scan (${hostname})`), {
    code: 'EOFFLINE',
  })
  process.nextTick(() => done(refused))
}

const [input, outputDir, electronVersion] = process.argv.slice(2)
if (!input || !outputDir || !electronVersion) {
  console.error('Usage: node scan-electronegativity.mjs <folder> <output folder> <electron version>')
  process.exit(2)
}

// Imported only now, so that nothing of it runs before the network is cut.
const { default: run } = await import('@doyensec/electronegativity')
const { LoaderDirectory } = await import('@doyensec/electronegativity/dist/loader/index.js')

// The same loader the scan uses: the files it lists are the files it reads.
const loader = new LoaderDirectory()
await loader.load(input)
const files = [...loader.list_files].map((file) => relative(input, file)).sort()

const result = await run(
  {
    input,
    output: join(outputDir, 'report.sarif'),
    isSarif: true,
    customScan: [],
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    isRelative: true,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
)

const summary = {
  checks: { global: result.globalChecks, atomic: result.atomicChecks },
  files,
  errors: result.errors.map((error) => ({ ...error, file: relative(input, error.file) })),
  findings: result.issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file,
    line: issue.location?.line ?? 0,
    column: issue.location?.column ?? 0,
    reviewRequired: Boolean(issue.manualReview),
    description: issue.description,
  })),
}
await writeFile(join(outputDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`)
