import { Avatar } from '@mantine/core'
import type { MantineSize } from '@mantine/core'

/** The colours a mentor can get; charts use them too, so a mentor looks the same everywhere. */
export const palette = ['teal', 'indigo', 'grape', 'orange', 'cyan', 'pink', 'lime', 'violet', 'blue', 'red'] as const

/** The first grapheme of a string: a whole emoji or accented letter, never half of one. */
function firstGrapheme(word: string): string {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  for (const { segment } of segmenter.segment(word)) return segment
  return ''
}

/** Up to two initials: first and last word (`Zoë Ångström-李` gives `ZÅ`); a single CJK name gives one character. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const first = words[0]
  if (!first) return '?'
  const last = words.length > 1 ? words[words.length - 1] : undefined
  return (firstGrapheme(first) + (last ? firstGrapheme(last) : '')).toLocaleUpperCase()
}

/** A colour that stays with a mentor for good: derived from their id, not their name. */
export function colorFor(id: string): (typeof palette)[number] {
  let hash = 0
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return palette[hash % palette.length] ?? 'teal'
}

/** A mentor's picture, or their initials on their colour. */
export function MentorAvatar({
  id,
  name,
  src,
  size = 'md',
}: {
  id: string
  name: string
  src?: string | null
  size?: MantineSize | number
}) {
  return (
    <Avatar src={src ?? null} alt={name} color={colorFor(id)} variant="light" radius="xl" size={size}>
      {initialsOf(name)}
    </Avatar>
  )
}
