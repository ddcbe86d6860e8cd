// How this project starts Debian's Chromium: browser tests, icon rendering and PDF printing share it.

/** Debian's Chromium; `playwright install` is never used. */
export const chromiumExecutable = '/usr/bin/chromium'

/** Flags for a headless run on a machine with a closed network and no GPU, running as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
