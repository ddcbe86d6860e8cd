import { Menu, Tray, nativeImage, nativeTheme } from 'electron'
import dueDark from '../../../resources/tray/tray-due-dark.png?asset'
import dueLight from '../../../resources/tray/tray-due-light.png?asset'
import dueTemplate from '../../../resources/tray/trayDueTemplate.png?asset'
import plainDark from '../../../resources/tray/tray-dark.png?asset'
import plainLight from '../../../resources/tray/tray-light.png?asset'
import plainTemplate from '../../../resources/tray/trayTemplate.png?asset'
import type { TrayActions, TraySummary } from './tray-menu'
import { trayMenuTemplate, trayTooltip } from './tray-menu'

/** The tray icon: a template image on macOS (the system colours it); on other systems one that reads on the panel. */
function iconFor(due: boolean) {
  if (process.platform === 'darwin') return nativeImage.createFromPath(due ? dueTemplate : plainTemplate)
  const onDarkPanel = nativeTheme.shouldUseDarkColors
  return nativeImage.createFromPath(due ? (onDarkPanel ? dueLight : dueDark) : onDarkPanel ? plainLight : plainDark)
}

/** The app's tray: always there while the app runs; `update` redraws it from the latest reminders. */
export function createTray(actions: TrayActions, zone: () => string) {
  const tray = new Tray(iconFor(false))
  tray.setToolTip('Mentor Tracker')
  // On Windows and Linux a click opens the app; the menu is on the other button.
  tray.on('click', () => actions.open('/'))
  let last: TraySummary = { due: [], upcoming: [] }
  const update = (summary: TraySummary = last) => {
    last = summary
    tray.setImage(iconFor(summary.due.length > 0))
    tray.setToolTip(trayTooltip(summary))
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(summary, new Date(), actions, zone())))
  }
  update()
  // The theme decides which icon reads on the panel.
  nativeTheme.on('updated', () => update())
  return { update, destroy: () => tray.destroy() }
}
