// Writes a generated data file to look around with: npx tsx scripts/seed.ts <file> [mentors] [seed]
import { writeFileSync } from 'node:fs'
import { generateDataset } from '../test/helpers/fake-data'

const [file, mentors = '40', seed = '7'] = process.argv.slice(2)
if (!file) {
  console.error('Usage: npx tsx scripts/seed.ts <file> [mentors] [seed]')
  process.exit(2)
}
const count = Number(mentors)
const data = generateDataset(
  { mentors: count, sessions: count * 12, notes: count * 20, actionItems: count * 10, goals: Math.ceil(count / 5) },
  Number(seed),
)
writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`)
console.log(
  `Wrote ${data.mentors.length} mentors, ${data.sessions.length} sessions, ${data.notes.length} notes to ${file}`,
)
