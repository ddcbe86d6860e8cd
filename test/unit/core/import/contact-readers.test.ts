// Each contacts format, read from real-shaped exports: what a user would see in the preview.
import { describe, expect, it } from 'vitest'
import { readCsvContacts, readMappedCsv } from '../../../../src/main/core/import/csv-contacts'
import { prepareContact } from '../../../../src/main/core/import/contact-fields'
import type { ReadContacts } from '../../../../src/main/core/import/raw-contact'
import { readVcards } from '../../../../src/main/core/import/vcard'
import { Avatar } from '../../../../src/shared/model'
import { ColumnMapping } from '../../../../src/shared/requests/contacts-import'
import { fixtureText } from '../../../helpers/import-harness'

/** What the preview shows of each contact of a file: checked and with its photo made an avatar. */
async function contactsOf(name: string) {
  const text = await fixtureText(name)
  let read: ReadContacts
  if (name.endsWith('.vcf')) read = readVcards(text)
  else {
    const csv = readCsvContacts(text, name)
    if (csv.kind !== 'known') throw new Error(`${name} was not recognized`)
    read = csv
  }
  return {
    contacts: read.contacts.map((raw) => prepareContact(raw, name)).map((c) => ('skip' in c ? c : { ...c })),
    skipped: read.skipped,
  }
}

describe.each([
  {
    file: 'apple-contacts.vcf',
    what: 'Apple Contacts vCard 3.0: grouped properties, escaped URLs, folded lines, a 900 px photo, Arabic',
    expected: [
      {
        name: 'Grace Hopper',
        organization: 'US Navy',
        role: 'Rear Admiral',
        email: 'grace.hopper@navy.example',
        phone: '+1 (555) 010-0199',
        links: ['https://www.linkedin.com/in/gracehopper'],
        note: 'Invented the first compiler, A-0.\nTold me: "It\'s easier to ask forgiveness than it is to get permission."\nCarries a nanosecond of wire; always.',
        photo: 'jpeg',
      },
      {
        name: 'فاطمة الزهراء',
        organization: 'جامعة القاهرة',
        role: 'أستاذة علوم الحاسوب',
        email: 'fatima@cu.example.eg',
        note: 'التقينا في مؤتمر القاهرة للذكاء الاصطناعي.\nتتحدث العربية والفرنسية.',
        photo: 'jpeg',
      },
    ],
    skipped: ['Card 3', 'Card 4'],
  },
  {
    file: 'android-contacts.vcf',
    what: 'Android vCard 2.1: quoted-printable UTF-8 with soft line breaks, bare types, an indented photo, Chinese',
    expected: [
      {
        name: 'Zoë Ångström',
        organization: 'Kungliga Tekniska högskolan',
        role: 'Professor',
        email: 'zoe@example.se',
        phone: '+46 70 123 45 67',
        note: 'Met at the Stockholm meetup, 2023.\nInterests: distributed systems, åka skridskor.',
        photo: 'jpeg',
      },
      { name: '李小龍', email: 'bruce@jkd.example.hk', links: ['http://www.jkd.example.hk'], photo: null },
    ],
    skipped: [],
  },
  {
    file: 'outlook-contact.vcf',
    what: 'Outlook vCard 2.1 in Windows-1252, with a quoted-printable CHARSET=Windows-1252 note',
    expected: [
      {
        name: 'José Núñez',
        organization: 'Telefónica',
        role: 'Director de Ingeniería',
        email: 'jose.nunez@telefonica.example',
        phone: '+34 91 555 01 00',
        note: 'Mentor en el programa de liderazgo. Habla español, inglés y portugués.\nCafé los viernes.',
        photo: 'jpeg',
      },
    ],
    skipped: [],
  },
  {
    file: 'google-contacts.vcf',
    what: 'Google Contacts vCard 3.0, whose photo is a web link',
    expected: [
      {
        name: 'Katherine Johnson',
        links: ['https://www.nasa.example/people/kjohnson'],
        note: "Computed the trajectory for Freedom 7. Ask her about orbital mechanics, and about checking the machine's numbers by hand.",
        photo: null,
        warnings: ['The photo is a link to the web; it was not downloaded.'],
      },
    ],
    skipped: [],
  },
  {
    file: 'thunderbird.vcf',
    what: 'Thunderbird vCard 4.0: PREF=1, a data: URI photo',
    expected: [{ name: 'Ada Lovelace', email: 'ada@analytical.example', phone: '+44 20 7946 0958', photo: 'png' }],
    skipped: [],
  },
  {
    file: 'google-contacts.csv',
    what: 'Google Contacts CSV: quoted commas, doubled quotes, a line break in a cell, " ::: " lists, Japanese',
    expected: [
      {
        name: 'Zoe Angstrom',
        email: 'zoe@example.se',
        links: ['https://zoe.example.se'],
        note: 'Prefers email.\nSpeaks Swedish, English and German.',
      },
      {
        name: "Siobhán O'Brien",
        organization: 'Acme, Ltd.',
        role: 'VP, Engineering',
        email: 'siobhan@acme.example',
        note: 'She said "ship it" and meant it.',
      },
      { name: '田中太郎', organization: '株式会社ソニック', email: 'tanaka@sonic.example.jp' },
    ],
    skipped: ['Row 5'],
  },
  {
    file: 'outlook-contacts.csv',
    what: 'Outlook CSV: "Title" is Mr. or Dr., the role is "Job Title"; bad email and phone left out with a warning',
    expected: [
      { name: 'José Núñez', role: 'Director de Ingeniería', links: ['https://www.telefonica.example/jnunez'] },
      { name: '张伟', organization: '华为技术', role: '首席架构师' },
      {
        name: 'Bad Phone',
        email: '',
        phone: '',
        warnings: [expect.stringMatching(/not-an-email/), expect.stringMatching(/call me maybe/)],
      },
    ],
    skipped: [],
  },
  {
    file: 'linkedin-connections.csv',
    what: 'LinkedIn Connections.csv with its notes preamble, "Connected On" as the date met',
    expected: [
      {
        name: 'Grace Hopper',
        email: 'GRACE.HOPPER@navy.example',
        metOn: '2021-03-12',
        links: ['https://www.linkedin.com/in/gracehopper'],
      },
      {
        name: 'Margaret Hamilton',
        organization: 'Hamilton Technologies, Inc.',
        role: 'Founder & CEO',
        metOn: '2024-01-05',
      },
      { name: 'Nadia Boulanger', metOn: '2023-02-28' },
      { name: 'Chimamanda Adichie', metOn: null, warnings: [expect.stringMatching(/sometime in 2019/)] },
    ],
    skipped: [],
  },
])('$file: $what', ({ file, expected, skipped }) => {
  it('reads every contact as the address book shows it', async () => {
    const { contacts } = await contactsOf(file)
    expect(contacts).toHaveLength(expected.length)
    expected.forEach((expectedContact: Record<string, unknown>, i) => {
      const { photo, ...fields } = expectedContact
      const contact = contacts[i] as Record<string, unknown>
      expect(contact).toMatchObject(fields)
      if (photo === undefined) return
      const avatar = contact.avatar as string | null
      if (photo === null) expect(avatar).toBeNull()
      else {
        expect(avatar).toMatch(new RegExp(`^data:image/${photo};base64,`))
        expect(Avatar.safeParse(avatar).success).toBe(true)
      }
    })
  })

  it('lists the entries it could not use, with a reason', async () => {
    const read = await contactsOf(file)
    expect(read.skipped.map((s) => s.where)).toEqual(skipped)
    for (const s of read.skipped) expect(s.reason).toMatch(/\.$/)
  })
})

describe('photos', () => {
  it('scales a 900-pixel photo to a 256-pixel JPEG within the avatar limit', async () => {
    const { contacts } = await contactsOf('apple-contacts.vcf')
    const avatar = (contacts[0] as { avatar: string }).avatar
    const bytes = Buffer.from(avatar.split(',')[1] ?? '', 'base64')
    const { imageSize } = await import('image-size')
    expect(imageSize(bytes)).toMatchObject({ width: 256, height: 256, type: 'jpg' })
    expect(avatar.length).toBeLessThan(60_000)
  })
})

describe('a CSV of unknown columns', () => {
  it('waits for its columns, guessing the name column, then reads it as mapped', async () => {
    const text = await fixtureText('mentors-list.csv')
    const csv = readCsvContacts(text, 'mentors-list.csv')
    if (csv.kind !== 'unknown') throw new Error('expected a table to map')
    expect(csv.table.header).toEqual(['Person', 'Reach them at', 'Works at', 'What we talked about'])
    expect(csv.suggested.name).toBe(0)
    const mapping = ColumnMapping.parse({ name: 0, email: 1, organization: 2, notes: 3 })
    const read = readMappedCsv(csv.table, mapping, 'mentors-list.csv')
    expect(read.contacts.map((c) => [c.name, c.emails[0] ?? '', c.organization, c.note])).toEqual([
      ['Barbara Liskov', 'liskov@mit.example', 'MIT', 'Substitution, abstraction; "data first"'],
      ['Frances Allen', 'fran@ibm.example', 'IBM Research', 'Compilers'],
      ['Grace Hopper', '', '', 'Already in my address book'],
    ])
  })

  it('refuses a mapping without a name column, saying what is needed', async () => {
    const text = await fixtureText('no-names.csv')
    const csv = readCsvContacts(text, 'no-names.csv')
    if (csv.kind !== 'unknown') throw new Error('expected a table to map')
    expect(csv.suggested.name).toBeNull()
    expect(() => readMappedCsv(csv.table, ColumnMapping.parse({ email: 0 }), 'no-names.csv')).toThrow(
      /Choose the column of no-names\.csv that holds the names.*Nothing was changed\./,
    )
  })
})
