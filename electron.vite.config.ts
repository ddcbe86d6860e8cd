import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { contentSecurityPolicy } from './src/main/electron/guards'

/** Puts the app's Content-Security-Policy into index.html, from the one definition the host also sends. */
function cspMeta(development: boolean): Plugin {
  return {
    name: 'mentor-tracker-csp',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(development) },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig(({ command }) => ({
  main: {
    build: {
      rollupOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // The sandbox allows a CommonJS preload that requires only electron: bundle everything else in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), cspMeta(command === 'serve')],
    build: {
      // electron-vite leaves the renderer unminified; a smaller bundle parses faster at every start.
      minify: true,
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
  },
}))
