import { BarChart } from '@mantine/charts'
import { Table, VisuallyHidden } from '@mantine/core'
import { IconChartBar } from '@tabler/icons-react'
import { useId } from 'react'
import { DashboardSection } from './DashboardSection'
import { CHART_MONTHS } from './dashboard-view'
import type { MonthlySessions } from './dashboard-view'
import classes from './Dashboard.module.css'
import { plural } from '../../../../shared/text'

/** The chart's numbers as a table, for screen readers: one row per month, one column per mentor. */
function ChartTable({ chart, captionId }: { chart: MonthlySessions; captionId: string }) {
  return (
    <VisuallyHidden>
      <Table aria-labelledby={captionId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Month</Table.Th>
            {chart.series.map((s) => (
              <Table.Th scope="col" key={s.key}>
                {s.label}
              </Table.Th>
            ))}
            <Table.Th scope="col">Total</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {chart.rows.map((row) => (
            <Table.Tr key={row.monthKey}>
              <Table.Th scope="row">{row.month}</Table.Th>
              {chart.series.map((s) => (
                <Table.Td key={s.key}>{row[s.key]}</Table.Td>
              ))}
              <Table.Td>{row.total}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </VisuallyHidden>
  )
}

/** Held sessions per month over the last year, stacked by mentor, with the same numbers as a hidden table. */
export function SessionsChart({ chart }: { chart: MonthlySessions }) {
  const captionId = useId()
  const summary = `${plural(chart.total, 'session')} held in the last ${CHART_MONTHS} months`
  return (
    <DashboardSection
      title="Sessions per month"
      icon={IconChartBar}
      summary={<span id={captionId}>{summary}</span>}
      link={{ to: '/timeline', label: 'Timeline' }}
      empty={
        chart.total === 0 && {
          title: 'No sessions in the last year',
          description: 'Sessions you log show up here, month by month, stacked by mentor.',
        }
      }
    >
      <>
        <div
          role="img"
          aria-label={`Bar chart: ${summary}, stacked by mentor. The table that follows lists the numbers.`}
          className={classes.chart}
        >
          <BarChart
            h={260}
            data={chart.rows}
            dataKey="month"
            type="stacked"
            series={chart.series.map((s) => ({ name: s.key, label: s.label, color: s.color }))}
            withLegend
            // No fixed height: a legend that wraps to two lines (a narrow window, 200% zoom) gets the room it needs.
            legendProps={{ verticalAlign: 'bottom' }}
            gridAxis="y"
            tickLine="none"
            maxBarWidth={36}
            yAxisProps={{ allowDecimals: false, width: 28 }}
            tooltipAnimationDuration={150}
          />
        </div>
        <ChartTable chart={chart} captionId={captionId} />
      </>
    </DashboardSection>
  )
}
