import { Loader, Stack, Text, Title } from '@mantine/core'
import { noteSectionLabels, noteSections } from '../../../../shared/model'
import { Page } from '../../components/Page'
import { PageHeader } from '../../components/PageHeader'
import { NotesSection } from './NotesSection'
import { useMentorNotes } from './use-mentor-notes'
import { BackLink } from '../../components/PageStates'

/** Notes kept when their mentor was deleted: still readable, editable and deletable. */
export function UnknownMentorPage() {
  const { notes, draftMap, ready } = useMentorNotes(null)
  return (
    <Page>
      <BackLink to="/mentors" mb="md">
        All mentors
      </BackLink>
      <PageHeader title="Unknown mentor" description="Notes you kept when you deleted their mentor." />
      {!ready ? (
        <Loader aria-label="Loading notes" />
      ) : (notes.data ?? []).length === 0 ? (
        <Text c="dimmed">No notes are kept from deleted mentors.</Text>
      ) : (
        <Stack gap="xl">
          {noteSections
            .filter((section) => notes.data?.some((n) => n.section === section))
            .map((section) => (
              <Stack key={section} gap="sm">
                <Title order={2} size="h4">
                  {noteSectionLabels[section]}
                </Title>
                <NotesSection
                  mentorId={null}
                  section={section}
                  notes={(notes.data ?? []).filter((n) => n.section === section)}
                  drafts={draftMap}
                  composing={false}
                  onComposingChange={() => {}}
                />
              </Stack>
            ))}
        </Stack>
      )}
    </Page>
  )
}
