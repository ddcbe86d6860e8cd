import { describe, expect, it } from 'vitest'
import { windowBackground } from '../../../src/main/electron/system-appearance'
import { mainWindowOptions } from '../../../src/main/electron/window-options'

describe('main window options', () => {
  const options = mainWindowOptions({
    preload: '/app/out/preload/index.cjs',
    bounds: { width: 1200, height: 800 },
    backgroundColor: '#ffffff',
  })

  it('isolate the page from Node and Electron', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    })
  })

  it('load the CommonJS preload and show the window only when painted', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs')
    expect(options.show).toBe(false)
  })

  it('paint the background of the theme so a dark window never flashes white', () => {
    const dark = mainWindowOptions({
      preload: 'p',
      bounds: {},
      backgroundColor: windowBackground({ dark: true, highContrast: false }),
    })
    expect(dark.backgroundColor).toBe('#1a1b1e')
    expect(dark.backgroundColor).not.toBe(options.backgroundColor)
  })
})
