import { Group, Kbd, Modal, Stack, Table, Text } from '@mantine/core';

import { ROOM_SHORTCUTS } from '@web/modules/interview-room/utils/roomShortcuts';

export type ShortcutHelpModalProps = { isOpen: boolean; onClose: () => void };

export function ShortcutHelpModal({ isOpen, onClose }: ShortcutHelpModalProps) {
  return (
    <Modal opened={isOpen} onClose={onClose} title="Keyboard shortcuts">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Shortcuts work when you are not typing in a field.
        </Text>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Keys</Table.Th>
              <Table.Th>Action</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ROOM_SHORTCUTS.map((shortcut) => (
              <Table.Tr key={shortcut.action}>
                <Table.Td>
                  <Group gap={4}>
                    {shortcut.keys.map((key) => (
                      <Kbd key={key}>{key}</Kbd>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{shortcut.action}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Modal>
  );
}
