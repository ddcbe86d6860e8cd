// Reading a printed report back as a reader would: its text, its links, its bold words, pictures of its pages.
import { execFileSync } from 'node:child_process'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { PdfPrinter } from '../web-host/print-pdf'
import type { SeededSession } from './report-fixture'
import { seededCore } from './report-fixture'

const artifacts = resolve(import.meta.dirname, '../../test-artifacts')

/** The PDF's text in reading order (or as laid out), of one page or all; pdftotext's bidi marks removed. */
export const pdfText = (file: string, page?: number, layout = false) =>
  execFileSync(
    'pdftotext',
    [...(page ? ['-f', `${page}`, '-l', `${page}`] : []), ...(layout ? ['-layout'] : []), file, '-'],
    { encoding: 'utf8' },
  ).replace(/[\u202a-\u202e\u2066-\u2069]/g, '')

/** Text with every space and line break taken out: pdftotext splits lines where the font changes (Latin to CJK). */
export const squeezed = (text: string) => text.replace(/\s+/g, '')

/** How many pages the PDF has. */
export const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])

/** The first page whose text holds `needle`, or 0. */
export function pageWith(file: string, needle: string): number {
  const pages = pageCount(file)
  for (let page = 1; page <= pages; page++) if (pdfText(file, page).includes(needle)) return page
  return 0
}

/** Every clickable link in the PDF (its link annotations), with the page it sits on. */
export function pdfLinks(file: string): Array<{ page: number; url: string }> {
  return execFileSync('pdfinfo', ['-url', file], { encoding: 'utf8' })
    .split('\n')
    .slice(1)
    .map((line) => /^\s*(\d+)\s+Annotation\s+(\S+)\s*$/.exec(line))
    .flatMap((m) => (m ? [{ page: Number(m[1]), url: m[2]! }] : []))
}

/** A piece of text as placed on the page: where it starts, and whether its font is bold or italic. */
export interface TextRun {
  top: number
  left: number
  text: string
  bold: boolean
  italic: boolean
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }

/** The text runs of one page, read with pdftohtml (which marks bold and italic fonts). */
export function textRuns(file: string, page: number): TextRun[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', '-f', `${page}`, '-l', `${page}`, file], {
    encoding: 'utf8',
  })
  return [...xml.matchAll(/<text top="(\d+)" left="(\d+)"[^>]*>(.*?)<\/text>/g)].map(([, top, left, inner]) => ({
    top: Number(top),
    left: Number(left),
    text: inner!.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e),
    bold: inner!.includes('<b>'),
    italic: inner!.includes('<i>'),
  }))
}

/** Saves a picture of `page` as test-artifacts/<name>.png. */
export async function picture(file: string, page: number, name: string): Promise<void> {
  await mkdir(artifacts, { recursive: true })
  const prefix = join(artifacts, `${name}-tmp`)
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', '-f', `${page}`, '-l', `${page}`, file, prefix])
  await rename(`${prefix}.png`, join(artifacts, `${name}.png`))
}

/** A core with the report fixture in `dir`, printing for real and saving into `dir`. */
export function printingCore(dir: string, printer: PdfPrinter) {
  return seededCore(dir, {
    ports: {
      printPdf: (job) => printer.printPdf(job),
      saveFile: async (file) => {
        const path = join(dir, file.suggestedName)
        await writeFile(path, file.content)
        return path
      },
    },
  })
}

/** Where each marker first appears in `text`, in that order; a missing one shows as missing. */
export function orderIn(text: string, sessions: SeededSession[]): string[] {
  return sessions
    .map((s) => ({ marker: s.marker, at: text.indexOf(`${s.marker}: what to cover`) }))
    .sort((a, b) => a.at - b.at)
    .map((s) => (s.at < 0 ? `missing ${s.marker}` : s.marker))
}

/** Orders fixture sessions by their own calendar date. */
export const byDate = (a: SeededSession, b: SeededSession) => a.date.localeCompare(b.date)
