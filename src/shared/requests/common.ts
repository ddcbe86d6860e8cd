// Request and answer shapes many channels share.
import { z } from 'zod'
import { Id } from '../model/common'

/** The input of every channel that acts on one record: get, archive, delete, undelete… */
export const ById = z.object({ id: Id })

/** How many of something: a whole number, never negative. */
export const Count = z.number().int().min(0)
