// What a failed disk operation means, in words a person understands; never a path or a stack.

/** The system's error code, e.g. ENOSPC. */
export const errorCode = (error: unknown): string =>
  (error as NodeJS.ErrnoException | undefined)?.code ?? 'an unknown error'

/** Why a write failed, in words a person understands. */
export function storageCause(error: unknown): string {
  const code = errorCode(error)
  return code === 'ENOSPC' || code === 'EDQUOT'
    ? 'the disk is full'
    : code === 'EACCES' || code === 'EPERM'
      ? 'permission to write in the data folder was denied'
      : code === 'EROFS'
        ? 'the disk or folder is read-only'
        : code === 'ENOENT' || code === 'ENOTDIR'
          ? 'the data folder is no longer there'
          : `the system reported ${code}`
}

/** The reason shown while nothing can be written; never a path or a stack. */
export const unwritableReason = (error: unknown) =>
  `Changes cannot be saved right now because ${storageCause(error)}. Everything saved before is safe and still shown. Mentor Tracker tries again every half minute; once you have fixed the cause, choose Try again, or move the data to another folder.`
