// Text as a mentee writes it at length: paragraphs in plain English, sometimes a list, a link, other scripts and emoji.
import type { Faker } from '@faker-js/faker'

/** Lines in other scripts and with emoji, as real notes carry them; the benchmark searches for some of these words. */
export const unicodeLines = [
  'Zoë mentioned 学习 and café culture — worth a follow-up 🌱',
  'Met at the Kraków meetup; Łukasz and Søren joined, très sympa 👍🏽',
  '会議のメモ：来週までに資料を準備する 📄',
  'Notes from São Paulo: the “naïve” roadmap, a résumé review, jalapeño tacos 🌮',
  '멘토링 세션 정리 — 다음 목표 확인 🚀',
  'Ängstlich? Nein: Übung macht den Meister. 👩‍💻',
  '客户反馈很好，下一步：写技术博客 ✍️',
  'مراجعة الأهداف الأسبوعية 🎯',
]

const openers = [
  'We talked about',
  'She suggested',
  'He pushed back on',
  'Next time, bring up',
  'The main lesson was about',
  'I still struggle with',
  'Good advice on',
  'We spent most of the hour on',
]

const topics = [
  'giving feedback to my team',
  'asking for a promotion',
  'my growth plan for next year',
  'negotiating the offer',
  'saying no to extra projects',
  'managing up with a new director',
  'hiring my first engineer',
  'the conference talk proposal',
  'writing a design document people read',
  'career growth without becoming a manager',
  'onboarding the new team',
  'handling a difficult stakeholder',
]

/** One sentence: Latin filler, an English phrase, or a remark about a topic, so both common and rare words occur. */
function sentence(faker: Faker): string {
  const kind = faker.number.int({ min: 0, max: 9 })
  if (kind < 4) return faker.lorem.sentence()
  if (kind < 6) return faker.hacker.phrase()
  const topic = kind < 8 ? faker.helpers.arrayElement(topics) : faker.company.buzzPhrase()
  return `${faker.helpers.arrayElement(openers)} ${topic}${faker.helpers.arrayElement(['.', '.', '!', '?'])}`
}

/** A paragraph of two to six sentences. */
export function paragraph(faker: Faker): string {
  return Array.from({ length: faker.number.int({ min: 2, max: 6 }) }, () => sentence(faker)).join(' ')
}

/**
 * A long-form body: usually one to four paragraphs (median about 600 characters), one in twenty
 * long (eight to sixteen paragraphs, 2 to 5 KB), with lists, links and lines in other scripts now and then.
 */
export function longFormBody(faker: Faker): string {
  const long = faker.datatype.boolean(0.05)
  const count = long
    ? faker.number.int({ min: 8, max: 16 })
    : faker.helpers.weightedArrayElement([
        { value: 1, weight: 30 },
        { value: 2, weight: 35 },
        { value: 3, weight: 20 },
        { value: 4, weight: 15 },
      ])
  const parts = Array.from({ length: count }, () => paragraph(faker))
  if (faker.datatype.boolean(0.3))
    parts.push(faker.helpers.multiple(() => `- ${sentence(faker)}`, { count: { min: 2, max: 5 } }).join('\n'))
  if (faker.datatype.boolean(0.15)) parts.push(`See [${faker.lorem.words(2)}](${faker.internet.url()}).`)
  if (faker.datatype.boolean(0.15)) parts.splice(1, 0, faker.helpers.arrayElement(unicodeLines))
  return parts.join('\n\n')
}
