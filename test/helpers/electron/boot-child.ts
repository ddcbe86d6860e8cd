// Loaded with --import before the built out/main/index.js in the boot test's child process: makes
// `import 'electron'` load the stand-in, and carries the test's commands to it and its records back.
import { register } from 'node:module'
import { standIn } from './child-stand-in'
import type { ChildMessage, Command } from './protocol'

register('./resolve-electron.mjs', import.meta.url, {
  // The URL this file imported the stand-in by, so the app gets the very same instance.
  data: { standIn: import.meta.resolve('./electron-module') },
})

const tell = (message: ChildMessage) => void process.send?.(message)
const { drive } = standIn

/** Carries out one command from the test. */
async function obey(command: Command): Promise<void> {
  switch (command.type) {
    case 'ready':
      return drive.ready()
    case 'second-instance':
      return drive.secondInstance(command.argv)
    case 'close-window':
      return drive.closeWindow(command.id)
    case 'quit':
      return drive.quit()
    case 'sync':
      return tell({ type: 'answer', id: command.id, value: null })
    case 'invoke': {
      const value = await drive.invoke(command.channel, command.input, command.senderUrl)
      return tell({ type: 'answer', id: command.id, value })
    }
  }
}

const report = (error: unknown) =>
  tell({ type: 'uncaught', error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
process.on('message', (command: Command) => void obey(command).catch(report))
// Electron reports an uncaught error in the main process and goes on; the test fails on any.
process.on('uncaughtException', report)
process.on('unhandledRejection', report)
// The test is gone (it failed or was stopped): so is the app.
process.on('disconnect', () => process.exit(1))
