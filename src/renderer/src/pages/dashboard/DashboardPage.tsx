import { SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useMemo, useState } from 'react'
import type { Mentor } from '../../../../shared/model'
import { useDocumentTitle } from '../../a11y/document-title'
import { Page } from '../../components/Page'
import { useGoals, useProfile, useRead, useRoster } from '../../data/queries'
import { useNow } from '../../lib/use-now'
import { localDateOf } from '../actions/action-groups'
import { ActionItemsSection } from './ActionItemsSection'
import { CheckInsDashboardSection } from './CheckInsDashboardSection'
import { AgreementReviewSection, useAgreementReviews } from './AgreementReviewSection'
import {
  actionItemsDue,
  activeGoals,
  firstRunSteps,
  greetingFor,
  isFirstRun,
  reachOutList,
  recentSessions,
  sessionsPerMonth,
  upcomingSessions,
} from './dashboard-view'
import { FirstRunGuide } from './FirstRunGuide'
import { GoalsSection } from './GoalsSection'
import { ReachOutSection } from './ReachOutSection'
import { RecentSessionsSection } from './RecentSessionsSection'
import { SampleDataBanner, loadSampleData } from './SampleDataBanner'
import { SessionsChart } from './SessionsChart'
import { UpcomingSection } from './UpcomingSection'
import { PageLoader } from '../../components/PageStates'

const today = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' })

/** Everything the dashboard reads, each refreshed when what it depends on changes. */
function useDashboardData() {
  return {
    profile: useProfile(),
    // Archived mentors too: their past sessions still show under their names.
    roster: useRoster(true),
    planned: useRead('sessions:timeline', { statuses: ['planned'] }),
    held: useRead('sessions:timeline', { statuses: ['held'] }),
    actions: useRead('actions:list', { includeDone: false }),
    goals: useGoals(),
    sample: useRead('sample:status'),
  }
}

/** Home: what is coming up, who to reach out to, what is due, how the goals stand, and a year of sessions. */
export function DashboardPage() {
  useDocumentTitle('Dashboard')
  const nowMs = useNow(60_000)
  const now = useMemo(() => new Date(nowMs), [nowMs])
  const todayDate = localDateOf(now)
  const data = useDashboardData()
  const [loadingSample, setLoadingSample] = useState(false)

  const roster = useMemo(() => data.roster.data ?? [], [data.roster.data])
  const mentors = useMemo(() => new Map<string, Mentor>(roster.map((e) => [e.mentor.id, e.mentor])), [roster])
  const planned = useMemo(() => data.planned.data ?? [], [data.planned.data])
  const held = useMemo(() => data.held.data ?? [], [data.held.data])
  const upcoming = useMemo(() => upcomingSessions(planned, now), [planned, now])
  const reachOut = useMemo(() => reachOutList(roster, planned, now), [roster, planned, now])
  const due = useMemo(() => actionItemsDue(data.actions.data ?? [], todayDate), [data.actions.data, todayDate])
  const recent = useMemo(() => recentSessions(held, now), [held, now])
  const goals = useMemo(() => activeGoals(data.goals.data ?? []), [data.goals.data])
  const reviews = useAgreementReviews()
  const chart = useMemo(() => {
    const names = new Map(roster.map((e) => [e.mentor.id, e.mentor.name]))
    return sessionsPerMonth(held, names, now)
  }, [held, roster, now])

  const name = data.profile.data?.name.trim() ?? ''
  const ready = [data.profile, data.roster, data.planned, data.held, data.actions, data.goals, data.sample].every(
    (q) => q.isSuccess,
  )
  const counts = { name, mentors: roster.length, heldSessions: held.length }
  const firstRun = ready && isFirstRun(counts)

  // While the guide shows, only sections with something in them: a wall of empty states would bury it.
  const shows = (hasContent: boolean) => roster.length > 0 && (!firstRun || hasContent)
  const left = [
    shows(upcoming.length > 0) && <UpcomingSection key="upcoming" sessions={upcoming} mentors={mentors} now={now} />,
    shows(due.overdue.length + due.soon.length > 0) && (
      <ActionItemsSection key="actions" overdue={due.overdue} soon={due.soon} mentors={mentors} today={todayDate} />
    ),
    shows(goals.length > 0) && <GoalsSection key="goals" goals={goals} />,
  ].filter(Boolean)
  const right = [
    roster.length > 0 && <CheckInsDashboardSection key="check-ins" />,
    shows(reviews.length > 0) && <AgreementReviewSection key="agreement-review" due={reviews} />,
    shows(reachOut.length > 0) && (
      <ReachOutSection
        key="reach-out"
        list={reachOut}
        now={now}
        anyCadence={roster.some((e) => e.nextCheckInAt !== null)}
      />
    ),
    shows(recent.length > 0) && (
      <RecentSessionsSection key="recent" sessions={recent} heldCount={held.length} mentors={mentors} now={now} />
    ),
  ].filter(Boolean)
  const showChart = shows(chart.total > 0)

  const loadSample = async () => {
    setLoadingSample(true)
    await loadSampleData()
    setLoadingSample(false)
  }

  return (
    <Page wide>
      <Stack gap={2} mb="lg">
        <Title order={1} size="h2" dir="auto">
          {greetingFor(now.getHours())}
          {name ? `, ${name}` : ''}
        </Title>
        <Text c="dimmed">{today.format(now)} · Here is where your mentoring stands.</Text>
      </Stack>
      {!ready ? (
        <PageLoader label="Loading the dashboard" />
      ) : (
        <>
          {data.sample.data?.loaded && <SampleDataBanner />}
          {firstRun && (
            <FirstRunGuide
              steps={firstRunSteps(counts)}
              canLoadSample={!data.sample.data?.loaded}
              loadingSample={loadingSample}
              onLoadSample={() => void loadSample()}
            />
          )}
          {(left.length > 0 || right.length > 0 || showChart) && (
            <Stack gap="lg" mt={firstRun ? 'lg' : 0}>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="lg">
                <Stack gap="lg">{left}</Stack>
                <Stack gap="lg">{right}</Stack>
              </SimpleGrid>
              {showChart && <SessionsChart chart={chart} />}
            </Stack>
          )}
        </>
      )}
    </Page>
  )
}
