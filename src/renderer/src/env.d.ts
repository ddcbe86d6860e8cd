/// <reference types="vite/client" />
import type { Api } from '../../shared/api'

declare global {
  interface Window {
    /** The app's only way to its data: built by createApi in the preload (or the web host's bridge). */
    api: Api
  }
}
