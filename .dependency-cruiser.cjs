// The layer arrows of DESIGN.md, checked by `npm run lint` (dependency-cruiser): renderer -> shared;
// preload -> shared; main/electron -> main/core -> shared; nothing imports the renderer; no import cycles.
// Type-only imports count too (tsPreCompilationDeps), so a cycle of types is a cycle.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'A module may not reach itself through its imports: split the shared part out.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-is-the-bottom',
      severity: 'error',
      comment: 'src/shared is the contract: it imports nothing else of ours.',
      from: { path: '^src/shared/' },
      to: { path: '^src/', pathNot: '^src/shared/' },
    },
    {
      name: 'renderer-only-to-shared',
      severity: 'error',
      comment: 'The renderer talks to core only through window.api; it may import src/shared and itself.',
      from: { path: '^src/renderer/' },
      to: { path: '^src/', pathNot: ['^src/renderer/', '^src/shared/'] },
    },
    {
      name: 'preload-only-to-shared',
      severity: 'error',
      comment: 'The preload builds window.api from the contract; it may import src/shared and itself.',
      from: { path: '^src/preload/' },
      to: { path: '^src/', pathNot: ['^src/preload/', '^src/shared/'] },
    },
    {
      name: 'core-below-the-host',
      severity: 'error',
      comment: 'Core runs without Electron (and in the web host): it imports only src/shared and itself.',
      from: { path: '^src/main/core/' },
      to: { path: '^src/', pathNot: ['^src/main/core/', '^src/shared/'] },
    },
    {
      name: 'core-never-electron',
      severity: 'error',
      comment: 'Only src/main/electron, src/main/index.ts and the preload entry may import electron.',
      from: { path: '^src/', pathNot: ['^src/main/electron/', '^src/main/index\\.ts$', '^src/preload/index\\.ts$'] },
      to: { path: '^node_modules/electron/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'host-not-into-renderer',
      severity: 'error',
      comment: 'The Electron host reaches the renderer only by loading its built files, never by import.',
      from: { path: '^src/main/' },
      to: { path: '^src/(renderer|preload)/' },
    },
    {
      name: 'domain-without-file-system',
      severity: 'error',
      comment: 'Domain slices state rules over data; file-system work lives in store/ and import/.',
      from: { path: '^src/main/core/domain/' },
      to: { path: '^(node:)?fs(/promises)?$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.(css|svg|png)$' },
  },
}
