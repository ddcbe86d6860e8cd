// Reading a file the user chose to import: its size, its bytes, and its text in whatever encoding it was saved.
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { AppFailure } from '../errors'

/** The largest contacts or calendar file an import reads: years of exports, far short of exhausting memory. */
export const IMPORT_FILE_MAX_BYTES = 20 * 1024 * 1024

/** A file read for import: its name and its text. */
export interface ImportFile {
  name: string
  text: string
}

/** Refuses an import in a sentence that says what was expected; nothing has changed by then. */
export function refuse(message: string): AppFailure {
  return new AppFailure('invalid-input', `${message} Nothing was changed.`)
}

/**
 * The text of bytes in the encoding they carry: UTF-8 or UTF-16 by their byte-order mark, UTF-8 when
 * they are valid UTF-8, and otherwise Windows-1252, which older Outlook and Excel exports use.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** True for bytes that are no text at all (a picture, an archive): text files hold no NUL outside UTF-16. */
function looksBinary(text: string): boolean {
  return text.slice(0, 8_192).includes('\u0000')
}

/** Reads the file at `path` for import; refuses a missing, empty, oversized or binary file with `expected` said. */
export async function readImportFile(path: string, expected: string): Promise<ImportFile> {
  const name = basename(path)
  const size = await stat(path).then(
    (info) => (info.isFile() ? info.size : null),
    () => null,
  )
  if (size === null) throw new AppFailure('not-found', `${name} could not be opened. Nothing was changed.`)
  if (size > IMPORT_FILE_MAX_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(0)
    throw refuse(`${name} is ${mb} MB, more than the 20 MB an import reads. Expected ${expected}.`)
  }
  const text = decodeText(await readFile(path))
  if (text.trim() === '') throw refuse(`${name} is empty. Expected ${expected}.`)
  if (looksBinary(text)) throw refuse(`${name} is not a text file. Expected ${expected}.`)
  return { name, text }
}
