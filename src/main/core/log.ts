/** Where core reports what the user does not see: recoveries, failed writes, unexpected errors. */
export interface Logger {
  info(message: string, detail?: unknown): void
  warn(message: string, detail?: unknown): void
  error(message: string, detail?: unknown): void
}

/** Logs to the console with a prefix; the default when the host gives no logger. */
export const consoleLogger: Logger = {
  info: (message, detail) => console.info(`[core] ${message}`, detail ?? ''),
  warn: (message, detail) => console.warn(`[core] ${message}`, detail ?? ''),
  error: (message, detail) => console.error(`[core] ${message}`, detail ?? ''),
}

/** Discards everything; for tests that provoke failures on purpose. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} }
