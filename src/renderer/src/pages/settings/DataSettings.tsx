import { Divider, Loader, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { messageOf } from '../../data/api'
import { useRead } from '../../data/queries'
import { BackupList } from './BackupList'
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
  const location = useRead('data:location')
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
