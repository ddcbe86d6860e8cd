// A minimal pre-pass before ical.js reads a vCard file. ical.js reads vCard 3.0 and 4.0, but not what
// vCard 2.1 (Android, Outlook) writes: bare parameters (`TEL;CELL:`), QUOTED-PRINTABLE values with soft
// line breaks and a CHARSET. This turns each card into 3.0 syntax and splits the file into cards, so a
// card ical.js cannot read is skipped alone instead of failing the whole file.
import { decode as decodeQuotedPrintable } from 'libqp'

/** One card of a file: where it is, and its text in a syntax ical.js reads. */
export interface CardText {
  /** 1-based position in the file. */
  number: number
  text: string
}

/** Where a property line's value starts: the first colon outside a quoted parameter value; -1 when none. */
function valueStart(line: string): number {
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const char = line[i]
    if (char === '"') quoted = !quoted
    else if (char === ':' && !quoted) return i
  }
  return -1
}

/** The parameters of `NAME;A=1;B` split on semicolons outside quotes (the name first). */
function splitParams(head: string): string[] {
  const parts: string[] = []
  let quoted = false
  let current = ''
  for (const char of head) {
    if (char === '"') quoted = !quoted
    if (char === ';' && !quoted) {
      parts.push(current)
      current = ''
    } else current += char
  }
  parts.push(current)
  return parts
}

/** The text properties whose commas vCard 2.1 leaves bare and 3.0 escapes (ical.js would split on them). */
const textProperty = /^([\w-]+\.)?(N|FN|ORG|TITLE|ROLE|NOTE|ADR|LABEL)$/i

const isQuotedPrintable = (head: string) => /;(ENCODING=)?QUOTED-PRINTABLE(;|$)/i.test(head)

/** Physical lines to logical ones: RFC folding (a line starting with a space or tab) and quoted-printable soft breaks. */
export function unfoldLines(text: string): string[] {
  const lines: string[] = []
  const physical = text.split(/\r\n|\r|\n/)
  for (let i = 0; i < physical.length; i++) {
    let line = physical[i] ?? ''
    if (/^[ \t]/.test(line) && lines.length > 0) {
      lines[lines.length - 1] += line.slice(1)
      continue
    }
    // A quoted-printable value ending in "=" goes on on the next line, which is not indented.
    const colon = valueStart(line)
    if (colon > 0 && isQuotedPrintable(line.slice(0, colon))) {
      while (line.endsWith('=') && i + 1 < physical.length) line = line.slice(0, -1) + (physical[++i] ?? '')
    }
    if (line.trim() !== '') lines.push(line)
  }
  return lines
}

/** Decodes bytes in a vCard CHARSET, falling back to UTF-8 (then Windows-1252) for a label it does not know. */
function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8', { fatal: true }).decode(bytes)
  } catch {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      return new TextDecoder('windows-1252').decode(bytes)
    }
  }
}

/** A 2.1 value as 3.0 text: commas and newlines escaped; `\;` (an escaped separator) and `;` kept. */
function escape21(value: string): string {
  return value
    .replace(/\\(?!;)/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** One property line in 3.0 syntax: named parameters, base64 as `b`, quoted-printable and charset decoded. */
export function normalizeProperty(line: string, version21: boolean): string {
  const colon = valueStart(line)
  if (colon < 0) return line
  const [name = '', ...params] = splitParams(line.slice(0, colon))
  let value = line.slice(colon + 1)
  let charset: string | undefined
  let quotedPrintable = false
  const kept: string[] = []
  for (const param of params) {
    const eq = param.indexOf('=')
    const key = eq < 0 ? '' : param.slice(0, eq).toUpperCase()
    const paramValue = eq < 0 ? param : param.slice(eq + 1)
    if (eq < 0 && /^(QUOTED-PRINTABLE|BASE64|8BIT|7BIT)$/i.test(param)) {
      if (/^QUOTED-PRINTABLE$/i.test(param)) quotedPrintable = true
      if (/^BASE64$/i.test(param)) kept.push('ENCODING=b')
    } else if (eq < 0) kept.push(`TYPE=${param}`)
    else if (key === 'CHARSET') charset = paramValue.replace(/"/g, '')
    else if (key === 'ENCODING') {
      if (/^QUOTED-PRINTABLE$/i.test(paramValue)) quotedPrintable = true
      else if (/^(BASE64|B)$/i.test(paramValue)) kept.push('ENCODING=b')
    } else kept.push(param)
  }
  if (quotedPrintable) {
    // Raw bytes beside the =XX escapes stay the UTF-8 they were read as.
    const decoded = decodeCharset(decodeQuotedPrintable(Buffer.from(value, 'utf8')), charset)
    value = version21 ? escape21(decoded) : decoded.replace(/\r\n|\r|\n/g, '\\n')
  } else if (version21 && textProperty.test(name)) value = value.replace(/(?<!\\),/g, '\\,')
  if (version21 && /^VERSION$/i.test(name)) value = '3.0'
  return [name, ...kept].join(';') + ':' + value
}

/** Splits a vCard file into cards (BEGIN:VCARD … END:VCARD), each in a syntax ical.js reads. */
export function splitCards(text: string): CardText[] {
  const cards: CardText[] = []
  let current: string[] | null = null
  for (const line of unfoldLines(text)) {
    if (/^BEGIN:VCARD\s*$/i.test(line)) {
      if (current) cards.push({ number: cards.length + 1, text: finishCard(current) })
      current = ['BEGIN:VCARD']
    } else if (/^END:VCARD\s*$/i.test(line) && current) {
      cards.push({ number: cards.length + 1, text: finishCard(current) })
      current = null
    } else if (current) current.push(line)
  }
  // A last card without its END line is read as far as it goes.
  if (current) cards.push({ number: cards.length + 1, text: finishCard(current) })
  return cards
}

function finishCard(lines: string[]): string {
  const version21 = lines.some((l) => /^VERSION:\s*2\.1\s*$/i.test(l))
  const body = lines.slice(1).map((l) => normalizeProperty(l, version21))
  return ['BEGIN:VCARD', ...body, 'END:VCARD'].join('\r\n')
}

/** True when a file's text looks like vCards: its first non-blank line begins one. */
export function looksLikeVcard(text: string): boolean {
  return /^\s*BEGIN:VCARD/i.test(text.replace(/^\uFEFF/, ''))
}
