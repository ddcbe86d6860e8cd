// Markdown from notes to HTML for the report: formatted text, raw HTML shown as text, only web and mail links.
import MarkdownIt from 'markdown-it'
import { isExternalLink } from '../../../shared/model/common'

const md = new MarkdownIt({ html: false, linkify: true, typographer: false })
// Images would load from anywhere when printing; their Markdown stays visible as a link instead.
md.disable('image')
// Only http, https and mailto become links; anything else (javascript:, file:, relative) stays plain text.
md.validateLink = (url) => isExternalLink(url)

// Every block guesses its own direction, so an Arabic paragraph reads right to left among English ones.
md.core.ruler.push('direction', (state) => {
  for (const token of state.tokens) if (token.block && token.nesting === 1) token.attrSet('dir', 'auto')
})

// A note's headings sit below the report's own (mentor h2, session h3) so the outline stays in order.
md.core.ruler.push('heading-levels', (state) => {
  for (const token of state.tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 3)}`
    }
  }
})

// Task list items ("- [ ] Draft the outline", as the agenda carry-over writes them) become boxes.
const taskItem = /<li dir="auto">(<p dir="auto">)?\[([ xX])\] /g

/** Markdown text as an HTML fragment, every character of the source escaped or turned into markup. */
export function renderMarkdown(source: string): string {
  return md
    .render(source)
    .replace(
      taskItem,
      (_all, p: string | undefined, mark: string) =>
        `<li dir="auto" class="task">${p ?? ''}<span class="box">${mark === ' ' ? '☐' : '☑'}</span> `,
    )
}
