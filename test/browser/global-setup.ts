import { ensureBuilt } from '../web-host/build'

/** Builds the app and the web host's bridge once, before any browser test starts a host. */
export default async function setup(): Promise<void> {
  await ensureBuilt()
}
