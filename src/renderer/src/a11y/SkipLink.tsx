/** The first tab stop: jumps past the navigation to the page. Focus moves by script, since the hash is the router's. */
export function SkipLink() {
  return (
    <a
      href="#main-content"
      className="app-skip-link"
      onClick={(event) => {
        event.preventDefault()
        document.getElementById('main-content')?.focus()
      }}
    >
      Skip to main content
    </a>
  )
}
