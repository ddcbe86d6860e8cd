// A contact's photo as a mentor's avatar: the same 256-pixel JPEG the mentor form makes in its canvas,
// made here in pure JavaScript (jpeg-js, pngjs) because core runs in Node, with no DOM to decode images.
import { imageSize } from 'image-size'
import jpeg from 'jpeg-js'
import pngjs from 'pngjs'
import { Avatar } from '../../../shared/model'

/** The longest side of an avatar, as the mentor form scales a chosen picture. */
export const AVATAR_SIZE = 256
/** A picture already this small, and no larger than AVATAR_SIZE, is kept as it is. */
const KEEP_AS_IS_BYTES = 96 * 1024
/** Larger pictures are refused before decoding: 25 megapixels is 100 MB of pixels. */
const MAX_PIXELS = 25_000_000

type Kind = 'png' | 'jpeg' | 'gif' | 'webp'

/** The picture's format from its first bytes (the TYPE a file claims is not always right). */
function sniff(bytes: Uint8Array): Kind | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'png'
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg'
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif'
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP') return 'webp'
  return null
}

interface Pixels {
  width: number
  height: number
  data: Uint8Array
}

/** Shrinks RGBA pixels to fit `size` by averaging each target pixel's source area, on white (a PNG may be see-through). */
function shrink(source: Pixels, size: number): Pixels {
  const scale = Math.min(1, size / Math.max(source.width, source.height))
  const width = Math.max(1, Math.round(source.width * scale))
  const height = Math.max(1, Math.round(source.height * scale))
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor((y * source.height) / height)
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * source.height) / height))
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor((x * source.width) / width)
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * source.width) / width))
      let r = 0, g = 0, b = 0, n = 0 // prettier-ignore
      for (let sy = y0; sy < y1; sy++) {
        for (let sx = x0; sx < x1; sx++) {
          const i = (sy * source.width + sx) * 4
          const alpha = (source.data[i + 3] ?? 255) / 255
          r += (source.data[i] ?? 0) * alpha + 255 * (1 - alpha)
          g += (source.data[i + 1] ?? 0) * alpha + 255 * (1 - alpha)
          b += (source.data[i + 2] ?? 0) * alpha + 255 * (1 - alpha)
          n++
        }
      }
      const o = (y * width + x) * 4
      data[o] = r / n
      data[o + 1] = g / n
      data[o + 2] = b / n
      data[o + 3] = 255
    }
  }
  return { width, height, data }
}

function decode(bytes: Uint8Array, kind: 'png' | 'jpeg'): Pixels {
  if (kind === 'jpeg') {
    const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: 25 })
    return { width: image.width, height: image.height, data: image.data }
  }
  const image = pngjs.PNG.sync.read(Buffer.from(bytes))
  return { width: image.width, height: image.height, data: image.data }
}

/** The photo as an avatar data URL, or a sentence saying why it was left out. */
export function avatarFromPhoto(bytes: Uint8Array): { avatar: string } | { warning: string } {
  const kind = sniff(bytes)
  if (!kind) return { warning: 'The photo is not a PNG, JPEG, GIF or WebP picture, so it was left out.' }
  let size: { width?: number; height?: number }
  try {
    size = imageSize(bytes)
  } catch {
    return { warning: 'The photo could not be read, so it was left out.' }
  }
  const width = size.width ?? 0
  const height = size.height ?? 0
  if (width * height > MAX_PIXELS) return { warning: 'The photo is too large to read, so it was left out.' }
  const asIs = `data:image/${kind};base64,${Buffer.from(bytes).toString('base64')}`
  if (Math.max(width, height) <= AVATAR_SIZE && bytes.length <= KEEP_AS_IS_BYTES && Avatar.safeParse(asIs).success) {
    return { avatar: asIs }
  }
  if (kind === 'gif' || kind === 'webp') {
    return Avatar.safeParse(asIs).success
      ? { avatar: asIs }
      : { warning: 'The photo is a large GIF or WebP picture that cannot be made smaller here, so it was left out.' }
  }
  try {
    const small = shrink(decode(bytes, kind), AVATAR_SIZE)
    const encoded = jpeg.encode({ data: small.data, width: small.width, height: small.height }, 85)
    return { avatar: `data:image/jpeg;base64,${Buffer.from(encoded.data).toString('base64')}` }
  } catch {
    return { warning: 'The photo could not be read, so it was left out.' }
  }
}
