import { Button, Card, Group, List, Loader, Modal, Stack, Text, Title, VisuallyHidden } from '@mantine/core'
import { IconEdit, IconHeartHandshake, IconHistory, IconTrash } from '@tabler/icons-react'
import { useId, useMemo, useState } from 'react'
import type { Agreement, AgreementVersion, Mentor } from '../../../../shared/model'
import { firstNameOf } from '../../../../shared/text'
import { FormModal } from '../../components/FormModal'
import { send } from '../../data/api'
import { useGoals, useRead } from '../../data/queries'
import { useFocusReturn } from '../../a11y/use-focus-return'
import { formatDate } from '../../lib/dates'
import { deleteWithUndo } from '../../lib/undo'
import { AgreementForm } from './AgreementForm'
import { AgreementTermsView } from './AgreementTermsView'
import type { AgreementFormValues } from './agreement-form'
import { everyWeeks, toAgreementSave } from './agreement-form'

/** True when the agreement says nothing yet. */
const saysNothing = (a: Agreement) =>
  !a.focus &&
  !a.confidentiality &&
  !a.feedback &&
  !a.endsWhen &&
  a.goalIds.length === 0 &&
  a.cadenceWeeks === null &&
  a.format === null &&
  !a.startsOn &&
  !a.reviewOn

/** The mentoring agreement with one mentor: written, read, edited, with its earlier versions by date. */
export function AgreementSection({ mentor }: { mentor: Mentor }) {
  const headingId = useId()
  const agreement = useRead('agreements:get', { mentorId: mentor.id })
  const goals = useGoals()
  const [editing, setEditing] = useState(false)
  const [showVersions, setShowVersions] = useState(false)
  const [viewing, setViewing] = useState<AgreementVersion | null>(null)
  useFocusReturn(viewing !== null)
  const goalList = useMemo(() => (goals.data ?? []).map((v) => v.goal), [goals.data])
  const goalTitles = useMemo(() => new Map(goalList.map((g) => [g.id, g.title])), [goalList])
  const first = firstNameOf(mentor.name)
  const current = agreement.data ?? null

  const remove = (a: Agreement) =>
    void deleteWithUndo({
      id: a.id,
      remove: () => send('agreements:delete', { id: a.id }),
      undo: () => send('agreements:undelete', { id: a.id }),
      message: `The agreement with ${first} is deleted, with its earlier versions.`,
    })

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <Group gap="xs">
          <IconHeartHandshake size={20} aria-hidden />
          <Title order={2} size="h4" id={headingId}>
            Agreement
          </Title>
        </Group>
        {current && (
          <Group gap="xs">
            {/* Named for what they change: the mentor's own Edit button is on the same page. */}
            <Button
              size="xs"
              variant="default"
              leftSection={<IconEdit size={14} />}
              aria-label="Edit agreement"
              onClick={() => setEditing(true)}
            >
              Edit
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} />}
              aria-label="Delete agreement"
              onClick={() => remove(current)}
            >
              Delete
            </Button>
          </Group>
        )}
      </Group>
      {agreement.isPending ? (
        <Loader size="sm" aria-label="Loading the agreement" />
      ) : !current ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            Agree with {first} what you focus on, how often you meet and how it ends, so you both know what the
            mentoring is for. It goes in the PDF you share with them.
          </Text>
          <Button size="sm" onClick={() => setEditing(true)}>
            Write an agreement
          </Button>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="xs" c="dimmed">
            Agreed {formatDate(current.createdAt)}
            {current.updatedAt !== current.createdAt && ` · changed ${formatDate(current.updatedAt)}`}
          </Text>
          {saysNothing(current) ? (
            <Text size="sm">Nothing agreed yet. Edit it to write down what you agree.</Text>
          ) : (
            <AgreementTermsView terms={current} goalTitles={goalTitles} />
          )}
          {current.versions.length > 0 && (
            <Stack gap={4} align="flex-start">
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconHistory size={14} />}
                aria-expanded={showVersions}
                onClick={() => setShowVersions((open) => !open)}
              >
                Earlier versions ({current.versions.length})
              </Button>
              {showVersions && (
                <List size="sm" spacing={4} listStyleType="none" aria-label="Earlier versions">
                  {current.versions.map((version) => (
                    <List.Item key={version.replacedAt}>
                      <Group gap="xs">
                        <Text size="sm">
                          {formatDate(version.savedAt)} – {formatDate(version.replacedAt)}
                        </Text>
                        <Button size="compact-xs" variant="light" onClick={() => setViewing(version)}>
                          View
                          <VisuallyHidden component="span">
                            {' '}
                            the version of {formatDate(version.savedAt)}
                          </VisuallyHidden>
                        </Button>
                      </Group>
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          )}
        </Stack>
      )}
      <FormModal
        key={editing ? 'editing' : 'closed'}
        opened={editing}
        size="lg"
        noun="agreement"
        record={current ?? undefined}
        addTitle={`Agreement with ${mentor.name}`}
        editTitle={`Edit the agreement with ${mentor.name}`}
        addedTitle="Agreement saved"
        save={(values: AgreementFormValues) => send('agreements:save', toAgreementSave(values, mentor.id))}
        savedMessage={(saved) =>
          saved.cadenceWeeks !== null
            ? `Keep in touch with ${first} now follows it: ${everyWeeks(saved.cadenceWeeks)}.`
            : `It is on ${first}’s page.`
        }
        onClose={() => setEditing(false)}
      >
        {(form) => (
          <AgreementForm agreement={current} mentorId={mentor.id} firstName={first} goals={goalList} {...form} />
        )}
      </FormModal>
      <Modal
        opened={viewing !== null}
        onClose={() => setViewing(null)}
        size="lg"
        title={viewing ? `The agreement from ${formatDate(viewing.savedAt)} to ${formatDate(viewing.replacedAt)}` : ''}
      >
        {viewing && (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              An earlier version, kept as it read then. It cannot be changed.
            </Text>
            <AgreementTermsView terms={viewing} goalTitles={goalTitles} />
          </Stack>
        )}
      </Modal>
    </Card>
  )
}
