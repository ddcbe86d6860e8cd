import { ActionIcon, Button, Group, Kbd, Menu } from '@mantine/core'
import { IconAddressBook, IconCalendarPlus, IconChevronDown, IconFileExport, IconPlus } from '@tabler/icons-react'
import { startCalendarImport, startContactsImport, startVcardExport } from '../import/start-contacts-and-calendar'

/** The roster's "Add mentor" button, with a menu beside it: import contacts or meetings, export vCards. */
export function AddMentorButton({ onAdd }: { onAdd: () => void }) {
  return (
    <Group gap={2} wrap="nowrap">
      <Button
        leftSection={<IconPlus size={16} />}
        rightSection={<Kbd size="xs">N</Kbd>}
        onClick={onAdd}
        style={{ borderTopRightRadius: 0, borderBottomRightRadius: 0 }}
      >
        Add mentor
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            size={36}
            aria-label="More ways to add mentors"
            style={{ borderTopLeftRadius: 0, borderBottomLeftRadius: 0 }}
          >
            <IconChevronDown size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconAddressBook size={16} />} onClick={() => void startContactsImport()}>
            Import contacts (vCard, CSV, LinkedIn)…
          </Menu.Item>
          <Menu.Item leftSection={<IconCalendarPlus size={16} />} onClick={() => void startCalendarImport()}>
            Import meetings from a calendar…
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconFileExport size={16} />} onClick={() => void startVcardExport()}>
            Export mentors as vCard…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  )
}
