import { Divider, Loader, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { messageOf, useApiQuery } from '../../lib/api'
import { BackupList } from './BackupList'
import { dataQueryKey } from './data-actions'
import { DataLocationPanel } from './DataLocationPanel'
import { ExportImportPanel } from './ExportImportPanel'

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  )
}

/** Settings → Your data: where the file is and moving it, the backups, export and import. */
export function DataSettings() {
  // Changes only when the data moves or the old copy goes; both refresh it explicitly.
  const location = useApiQuery([...dataQueryKey, 'location'], (a) => a.data.location(), [])
  return (
    <Stack gap="lg">
      <Part title="Where it is">
        {location.data ? (
          <DataLocationPanel location={location.data} />
        ) : location.error ? (
          <Text size="sm" c="red">
            {messageOf(location.error)}
          </Text>
        ) : (
          <Loader size="sm" />
        )}
      </Part>
      <Divider />
      <Part title="Backups">
        <BackupList />
      </Part>
      <Divider />
      <Part title="Export and import">
        <ExportImportPanel />
      </Part>
    </Stack>
  )
}
