// The sandboxed preload: the one place the renderer's api meets Electron. CommonJS, no libraries.
import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import { createApi } from './create-api'

const api = createApi({
  invoke: (channel, input) => ipcRenderer.invoke(channel, input),
  subscribe: (event, listener) => {
    // The renderer never sees the IpcRendererEvent (it carries the sender).
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(event, wrapped)
    return () => {
      ipcRenderer.removeListener(event, wrapped)
    }
  },
})

contextBridge.exposeInMainWorld('api', api)
