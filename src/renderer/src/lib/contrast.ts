import { darken, lighten, luminance, toRgba } from '@mantine/core'

/** WCAG 2.2 contrast ratio of two opaque colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** `#rrggbb` of any colour Mantine can parse (its darken and lighten answer in rgba()). */
export function toHex(color: string): string {
  const { r, g, b } = toRgba(color)
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`
}

/**
 * `color`, or the nearest shade of it that reads at `min`:1 on every one of `backgrounds`: darker on light
 * backgrounds, lighter on dark ones. Keeps the hue, so a colour that already passes is returned unchanged.
 */
export function readableShade(color: string, backgrounds: string[], min = 4.5): string {
  const towardsWhite = luminance(backgrounds[0] ?? '#ffffff') < 0.18
  let shade = toHex(color)
  for (let step = 0; step < 40 && backgrounds.some((bg) => contrastRatio(shade, bg) < min); step += 1) {
    shade = toHex(towardsWhite ? lighten(shade, 0.04) : darken(shade, 0.04))
  }
  return shade
}
