// Building HTML from strings safely: every user string passes through `esc` or `attr`.

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for an HTML element's content or a quoted attribute value. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => entities[c] ?? c)
}

/** `<bdi>` around a user's words inside a sentence, so a right-to-left name does not reorder the sentence. */
export const bdi = (value: string): string => `<bdi>${esc(value)}</bdi>`

/** Joins the parts that are not empty. */
export const html = (...parts: Array<string | false | null | undefined>): string => parts.filter(Boolean).join('')

/**
 * A CSS string literal of `value`: every ASCII character but letters, digits and spaces hex-escaped, so nothing a
 * user typed can end the string or the <style> element it sits in. Other Unicode stays as it is.
 */
export function cssString(value: string): string {
  const escaped = Array.from(value.replace(/[\r\n]+/g, ' '), (c) =>
    /^[A-Za-z0-9 ]$/.test(c) || c.codePointAt(0)! > 0x7f ? c : `\\${c.codePointAt(0)!.toString(16)} `,
  ).join('')
  return `"${escaped}"`
}

/** A link the PDF keeps clickable; only for web and mail addresses that were already validated. */
export const link = (href: string, text = href): string => `<a href="${esc(href)}">${esc(text)}</a>`
