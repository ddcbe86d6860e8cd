import { Alert, Box, Button, Card, Grid, Group, Loader, Progress, Stack, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDebouncedValue } from '@mantine/hooks'
import { IconFileTypePdf } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { todayIn, userTimeZone } from '../../../../shared/time'
import { Page } from '../../components/Page'
import { PageHeader } from '../../components/PageHeader'
import { useRead, useRoster } from '../../data/queries'
import { nameCollator } from '../../lib/name-collator'
import { ExportOptions } from './ExportOptions'
import { ReportPreview } from './ReportPreview'
import type { ExportFormValues } from './export-form'
import { exportFormValues, toReportOptions, validateExportForm } from './export-form'
import { stageLabels, useReportExport } from './use-report-export'
import { plural } from '../../../../shared/text'

/** The reader: their day, language and zone, fixed while the page is open. */
function useReader() {
  return useMemo(() => {
    const timeZone = userTimeZone()
    return { today: todayIn(timeZone, new Date()), locale: navigator.language || 'en', timeZone }
  }, [])
}

/** The session history as a PDF: options on the left, the report as it will print on the right. */
export function ExportPage() {
  const [params] = useSearchParams()
  const reader = useReader()
  const form = useForm<ExportFormValues>({
    mode: 'controlled',
    initialValues: exportFormValues({ mentorId: params.get('mentor'), locale: reader.locale }),
    validate: (values) => validateExportForm(values, reader),
    validateInputOnChange: true,
  })
  const roster = useRoster(true)
  const mentors = useMemo(() => {
    const collator = nameCollator()
    return (roster.data ?? []).map((e) => e.mentor).sort((a, b) => collator.compare(a.name, b.name))
  }, [roster.data])

  const options = useMemo(() => toReportOptions(form.values, reader), [form.values, reader])
  const errors = useMemo(() => validateExportForm(form.values, reader), [form.values, reader])
  const [previewOptions] = useDebouncedValue(options, 250)
  const preview = useRead('reports:preview', previewOptions, { keepPrevious: true })
  const exporter = useReportExport()
  const exportPdf = form.onSubmit(() => void exporter.start(options))

  return (
    <Page wide>
      <PageHeader title="Export PDF" description="Keep, print or share the record of your mentoring." />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder radius="lg" padding="lg" component="form" onSubmit={exportPdf} noValidate>
            <ExportOptions form={form} mentors={mentors} disabled={exporter.running} />
            <Box mt="xl">
              {exporter.progress ? (
                <Stack gap="xs" role="status" aria-label="Export progress">
                  <Text size="sm">{stageLabels[exporter.progress.stage]}</Text>
                  <Progress
                    value={Math.max(4, exporter.progress.percent)}
                    animated={exporter.progress.stage === 'printing'}
                    aria-label="Export progress"
                  />
                  <Group justify="flex-end">
                    <Button
                      variant="default"
                      size="xs"
                      onClick={exporter.cancel}
                      disabled={exporter.progress.stage === 'saving'}
                    >
                      Cancel
                    </Button>
                  </Group>
                </Stack>
              ) : (
                <Button type="submit" fullWidth leftSection={<IconFileTypePdf size={18} />}>
                  Export PDF…
                </Button>
              )}
            </Box>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {/* The preview stays in view while the options scroll past. */}
          <Box pos="sticky" top="var(--mantine-spacing-md)">
            <Group justify="space-between" mb="xs" align="baseline">
              <Title order={2} size="h4">
                Preview
              </Title>
              {preview.data && (
                <Text size="sm" c="dimmed">
                  {plural(preview.data.sessions, 'session')} · {plural(preview.data.mentors, 'mentor')} · page breaks,
                  header and footer appear in the PDF
                </Text>
              )}
            </Group>
            <Box
              bg="var(--mantine-color-gray-light)"
              p="md"
              style={{ borderRadius: 'var(--mantine-radius-lg)', maxHeight: 'calc(100vh - 90px)', overflow: 'auto' }}
            >
              {preview.isError ? (
                <Alert color="yellow" title="Nothing to preview yet">
                  {Object.values(errors)[0] ?? preview.error.message}
                </Alert>
              ) : preview.data ? (
                <ReportPreview html={preview.data.html} pageSize={previewOptions.pageSize ?? 'A4'} />
              ) : (
                <Loader aria-label="Loading the preview" />
              )}
            </Box>
          </Box>
        </Grid.Col>
      </Grid>
    </Page>
  )
}
