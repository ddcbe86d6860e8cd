// Module resolution hooks (node:module register) for the boot test's child process: the specifier
// 'electron' resolves to the stand-in module; everything else resolves as usual. Plain JavaScript,
// because hooks run on a thread of their own, before any TypeScript loader could help.

/** @type {string} */
let standIn

/** @param {{ standIn: string }} data the stand-in module's URL */
export function initialize(data) {
  standIn = data.standIn
}

/** @type {import('node:module').ResolveHook} */
export function resolve(specifier, context, nextResolve) {
  // The next hooks (tsx's) resolve the stand-in's URL as if the app had named it, and load it.
  return nextResolve(specifier === 'electron' ? standIn : specifier, context)
}
