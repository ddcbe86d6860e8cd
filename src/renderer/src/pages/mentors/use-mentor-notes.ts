import { useMemo } from 'react'
import type { Draft } from '../../../../shared/model'
import { useRead } from '../../data/queries'

/** The notes and drafts of one mentor (or, with null, of the deleted ones whose notes were kept). */
export function useMentorNotes(mentorId: string | null) {
  const notes = useRead('notes:list', { mentorId })
  const drafts = useRead('drafts:list', { prefix: `note:${mentorId ?? 'unknown'}:` })
  const draftMap = useMemo(() => new Map<string, Draft>((drafts.data ?? []).map((d) => [d.key, d])), [drafts.data])
  return { notes, drafts, draftMap, ready: notes.isSuccess && drafts.isSuccess }
}
