import { Anchor, Typography } from '@mantine/core'
import type { MouseEvent } from 'react'
import ReactMarkdown from 'react-markdown'
import remarkGfm from 'remark-gfm'
import { isExternalLink } from '../../../shared/model/common'
import { openExternal } from '../data/api'

interface MdNode {
  type: string
  children?: MdNode[]
}

/** A remark step that turns raw HTML into plain text: `<script>` in a note is shown, never run or dropped. */
function htmlAsText() {
  const walk = (node: MdNode) => {
    if (node.type === 'html') node.type = 'text'
    node.children?.forEach(walk)
  }
  return walk
}

/** Opens a link in the system browser or mail client, through core's validated path. */
function openLink(event: MouseEvent<HTMLAnchorElement>, href: string | undefined) {
  event.preventDefault()
  if (href && isExternalLink(href)) openExternal(href)
}

/** Renders a note's Markdown as formatted text: no raw HTML, no images loaded, links open outside the app. */
export function Markdown({ children }: { children: string }) {
  return (
    <Typography fz="sm" style={{ overflowWrap: 'anywhere' }}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm, htmlAsText]}
        disallowedElements={['img']}
        unwrapDisallowed
        components={{
          a: ({ href, children: text }) => (
            <Anchor href={href} onClick={(event) => openLink(event, href)} title={href}>
              {text}
            </Anchor>
          ),
        }}
      >
        {children}
      </ReactMarkdown>
    </Typography>
  )
}
