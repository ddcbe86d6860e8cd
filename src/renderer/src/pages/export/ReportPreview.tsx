import { Box } from '@mantine/core'
import { useEffect, useRef } from 'react'
import { isExternalLink } from '../../../../shared/model/common'
import type { PageSize } from '../../../../shared/requests/reports'
import { openExternal } from '../../data/api'

/** The paper's width in CSS pixels (96 per inch). */
const pageWidthPx: Record<PageSize, number> = { A4: (210 / 25.4) * 96, Letter: 8.5 * 96 }

// The sheet of paper the report sits on, scaled to the column; the report's own styles come with its HTML.
const sheetCss = (pageSize: PageSize) => `
:host { display: block; }
.sheet { width: ${pageWidthPx[pageSize]}px; zoom: var(--preview-zoom, 1); margin: 0 auto; background: #fff;
  box-shadow: 0 1px 3px rgba(0,0,0,.12), 0 6px 24px rgba(0,0,0,.08); border-radius: 2px; }
.sheet .report { max-width: none; }
`

/**
 * The report core built, shown as it will print. A shadow root instead of an iframe (the app's CSP allows no
 * frames) keeps its styles to itself; core escaped every user string, so its HTML is safe to insert.
 */
export function ReportPreview({ html, pageSize }: { html: string; pageSize: PageSize }) {
  const host = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const element = host.current
    if (!element) return
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' })
    root.innerHTML = `<style>${sheetCss(pageSize)}</style><div class="sheet">${html}</div>`
  }, [html, pageSize])

  useEffect(() => {
    const element = host.current
    if (!element) return
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' })
    // Links open in the system browser, as everywhere in the app; the window itself never navigates.
    const onClick = (event: Event) => {
      const anchor = (event.target as Element | null)?.closest?.('a')
      if (!anchor) return
      event.preventDefault()
      const href = anchor.getAttribute('href')
      if (href && isExternalLink(href)) openExternal(href)
    }
    root.addEventListener('click', onClick)
    // The page shrinks to fit the column, never grows past its real size.
    const fit = () => {
      const zoom = Math.min(1, (element.clientWidth - 2) / pageWidthPx[pageSize])
      if (zoom > 0) element.style.setProperty('--preview-zoom', zoom.toFixed(3))
    }
    fit()
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(fit)
    observer?.observe(element)
    return () => {
      root.removeEventListener('click', onClick)
      observer?.disconnect()
    }
  }, [pageSize])

  return <Box ref={host} role="document" aria-label="Report preview" />
}
