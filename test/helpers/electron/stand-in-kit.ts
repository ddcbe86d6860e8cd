// How the Electron stand-in is checked against Electron's own API, and how it reports what the app did.
//
// Typing the stand-in as the whole `typeof import('electron')` would take a cast that checks nothing
// (Electron has hundreds of members; the app uses a few dozen). Instead every member the stand-in
// implements is checked against Electron's declaration of that member, with Electron's own types:
//   - module objects (app, ipcMain, dialog...) `satisfies Members<Electron.X>`, or a class
//     `implements Checked<Self, Electron.X>`, which also refuses a member Electron does not have;
//   - classes (BrowserWindow, Tray...) are constructible with Electron's constructor arguments;
//   - the module as a whole `satisfies StandInFor<K>` for each export name K, which must be Electron's.
// So a renamed or re-typed Electron API breaks `npm run typecheck`. What the stand-in leaves out throws
// a clear error when the app touches it (see `strict`), so the boot test also catches a new Electron call.
import type { EventEmitter } from 'node:events'
import type * as Electron from 'electron'

/** Electron's module as the app imports it: `typeof import('electron')`. */
export type ElectronModule = typeof Electron

/**
 * The members of an Electron object that a stand-in implements: any of them, each with Electron's type.
 * The EventEmitter members are not compared: the stand-ins extend Node's EventEmitter as Electron's objects
 * do, while Electron retypes `on` per event, returning its full object type, which no partial object is.
 */
export type Members<T> = Partial<Omit<T, keyof EventEmitter>> & { [K in keyof T & keyof EventEmitter]?: unknown }

/** Members<T> for a stand-in class `Self`, which may have no public member that T lacks. */
export type Checked<Self, T> = Members<T> & { [K in Exclude<keyof Self, keyof T>]: never }

type AnyClass = abstract new (...args: never) => unknown

/** A stand-in for an Electron class: built with the class's own constructor arguments; statics checked too. */
type ClassStandIn<C extends AnyClass> = (new (...args: ConstructorParameters<C>) => Members<InstanceType<C>>) &
  Members<Omit<C, 'prototype'>>

/**
 * What stands in for Electron's export K. Electron names its classes in PascalCase (BrowserWindow, Tray) and
 * its modules in camelCase (app, ipcMain): a class is replaced by a class, a module by an object.
 */
export type StandInFor<K extends keyof ElectronModule> =
  K extends Uncapitalize<K>
    ? Members<ElectronModule[K]>
    : ElectronModule[K] extends AnyClass
      ? ClassStandIn<ElectronModule[K]>
      : never

/**
 * A stand-in passed where Electron's full type is expected (a window's webContents, an event). The one
 * cast: each member present was checked by Members<T>, and the others throw when touched (`strict`).
 */
export function asElectron<T>(standIn: Members<T>): T {
  return standIn as T
}

/** An Electron object made of `members` only (checked against T), strict about the rest. */
export function electronObject<T>(name: string, members: Members<T>): T {
  return strict(name, members as object) as T
}

/** Names JavaScript itself probes on any object (await, JSON.stringify): for them, absent is a normal answer. */
const probes = new Set(['then', 'toJSON'])

/** `target`, but reading a member it does not have throws an error naming it, instead of yielding undefined. */
export function strict<T extends object>(name: string, target: T): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === 'string' && !(key in object) && !probes.has(key)) {
        throw new TypeError(
          `The Electron stand-in has no ${name}.${key}. The app uses Electron API the boot test does not know: ` +
            'implement it in test/helpers/electron/, with the type Electron declares.',
        )
      }
      return Reflect.get(object, key, receiver)
    },
  })
}

/** What the stand-in saw: calls the app made, events it was sent, and the end of the process. */
export type StandInRecord =
  | { type: 'call'; object: string; member: string; args: unknown[] }
  | { type: 'event'; object: string; event: string; prevented: boolean }
  | { type: 'exit'; code: number }

/** How a stand-in records: a call the app made (its arguments as plain data), an event it was sent. */
export interface Recorder {
  call(object: string, member: string, ...args: unknown[]): void
  emitted(object: string, event: string, payload: Electron.Event): void
}

/** A Recorder that hands each record to `record`. */
export function recorder(record: (entry: StandInRecord) => void): Recorder {
  return {
    call: (object, member, ...args) => record({ type: 'call', object, member, args: args.map(plainData) }),
    emitted: (object, event, payload) => record({ type: 'event', object, event, prevented: payload.defaultPrevented }),
  }
}

const shownAs = new WeakMap<object, unknown>()

/** Says how `value` is shown in records (a stand-in window by its name, a menu by its template). */
export function showAs(value: object, description: unknown): void {
  shownAs.set(value, description)
}

/**
 * `value` as plain data a record can carry across processes: functions become '[function]', stand-in
 * objects their description, other objects their own enumerable members.
 */
export function plainData(value: unknown): unknown {
  if (typeof value === 'function') return '[function]'
  if (value === null || typeof value !== 'object') return value
  if (shownAs.has(value)) return shownAs.get(value)
  if (Array.isArray(value)) return value.map(plainData)
  return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, plainData(member)]))
}

/** An Electron event object: what listeners get as their first argument, `preventDefault` included. */
export function electronEvent<P extends object>(params: P = {} as P): Electron.Event<P> {
  let prevented = false
  return Object.assign(
    {
      preventDefault: () => {
        prevented = true
      },
      get defaultPrevented() {
        return prevented
      },
    },
    params,
  )
}
