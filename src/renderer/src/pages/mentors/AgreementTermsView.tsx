import { Stack, Text } from '@mantine/core'
import { sessionFormatLabels } from '../../../../shared/model'
import type { AgreementTerms } from '../../../../shared/model'
import { formatLocalDate } from '../../lib/dates'
import { everyWeeks } from './agreement-form'

interface Props {
  terms: AgreementTerms
  /** Goal titles by id; a goal deleted since is left out. */
  goalTitles: ReadonlyMap<string, string>
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** One agreed term: what it is about, then what was agreed, in the user's words. */
function Term({ label, children }: { label: string; children: string }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  )
}

/** The terms of an agreement, readably; terms left open are not shown. */
export function AgreementTermsView({ terms, goalTitles }: Props) {
  const goals = terms.goalIds.flatMap((id) => goalTitles.get(id) ?? [])
  const when = [
    terms.cadenceWeeks !== null && capitalized(everyWeeks(terms.cadenceWeeks)),
    terms.format !== null && sessionFormatLabels[terms.format],
  ].filter(Boolean)
  const dates = [
    terms.startsOn && `From ${formatLocalDate(terms.startsOn)}`,
    terms.reviewOn && `Review on ${formatLocalDate(terms.reviewOn)}`,
  ].filter(Boolean)
  return (
    <Stack component="dl" gap="sm" m={0}>
      {terms.focus && <Term label="What we focus on">{terms.focus}</Term>}
      {goals.length > 0 && <Term label="Goals it serves">{goals.join(' · ')}</Term>}
      {when.length > 0 && <Term label="How often and how we meet">{when.join(' · ')}</Term>}
      {terms.confidentiality && <Term label="What stays between us">{terms.confidentiality}</Term>}
      {terms.feedback && <Term label="How we give each other feedback">{terms.feedback}</Term>}
      {dates.length > 0 && <Term label="Dates">{dates.join(' · ')}</Term>}
      {terms.endsWhen && <Term label="When or how it ends">{terms.endsWhen}</Term>}
    </Stack>
  )
}
