import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const electronBoundary = {
  name: 'electron',
  message:
    'Only src/main/electron, src/main/index.ts and src/preload/index.ts may import electron (DESIGN.md); type imports are fine.',
  allowTypeImports: true,
}

/** What the renderer may not import: Node, core and the host, plus `more`. */
const rendererImports = (more) => ({
  paths: [electronBoundary, ...more],
  patterns: [
    {
      group: ['node:*', 'fs', 'path', 'child_process'],
      message: 'The renderer has no Node access; go through window.api.',
    },
    {
      group: ['**/main/**', '**/preload/**'],
      message: 'The renderer reaches core only through window.api.',
      allowTypeImports: true,
    },
  ],
})

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-artifacts/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [electronBoundary] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The Electron host and the preload entry are the only places allowed to reach Electron.
    files: ['src/main/electron/**', 'src/main/index.ts', 'src/preload/index.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['src/preload/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='exposeInMainWorld'] Identifier[name='ipcRenderer']",
          message: 'Never expose ipcRenderer to the page; expose the typed api built by createApi.',
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'test/component/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The renderer talks only to window.api: never to Node, core or the host.
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', rendererImports([])],
    },
  },
  {
    // One way to call core (data/api.ts's `send`) and one cache of its answers (data/queries.ts's hooks).
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/data/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        rendererImports([
          {
            name: '@tanstack/react-query',
            importNames: ['useQuery', 'useMutation'],
            message: 'Read with the hooks of data/queries.ts (useRead, useRoster…) and change with useChange.',
          },
        ]),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='window'][property.name='api']",
          message: 'Call core with send() from data/api.ts, and listen with subscribe().',
        },
      ],
    },
  },
)
