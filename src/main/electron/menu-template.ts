import type { MenuItemConstructorOptions } from 'electron'

/** What the menu's items do; the host supplies them. */
export interface MenuActions {
  navigate(path: string): void
  revealDataFile(): void
}

/** The application menu. Pure: built from the platform and the actions, unit-tested. */
export function applicationMenuTemplate(
  platform: NodeJS.Platform,
  development: boolean,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const go = (label: string, path: string, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.navigate(path),
  })
  const settings = go(mac ? 'Settings…' : 'Settings', '/settings', 'CmdOrCtrl+,')
  return [
    ...(mac
      ? [
          {
            label: 'Mentor Tracker',
            submenu: [
              { role: 'about' },
              { type: 'separator' },
              settings,
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: 'File',
      submenu: [
        go('New Mentor…', '/mentors?new=1', 'CmdOrCtrl+N'),
        { type: 'separator' },
        { label: 'Show Data File', click: () => actions.revealDataFile() },
        ...(mac
          ? []
          : [{ type: 'separator' } as const, settings, { type: 'separator' } as const, { role: 'quit' } as const]),
      ],
    },
    { role: 'editMenu' },
    {
      label: 'Go',
      submenu: [
        go('Dashboard', '/', 'CmdOrCtrl+1'),
        go('Mentors', '/mentors', 'CmdOrCtrl+2'),
        go('Timeline', '/timeline', 'CmdOrCtrl+3'),
        go('Action Items', '/actions', 'CmdOrCtrl+4'),
        go('Goals', '/goals', 'CmdOrCtrl+5'),
      ],
    },
    {
      label: 'View',
      submenu: [
        // Reloading and DevTools are for development; a user's build keeps them out of reach.
        ...(development
          ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Show Data File', click: () => actions.revealDataFile() },
        ...(mac ? [] : [{ role: 'about' } as const]),
      ],
    },
  ]
}
