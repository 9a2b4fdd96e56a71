import { Select, Stack } from '@mantine/core';

import type { ScheduleSessionFormState } from '@web/modules/scheduling/hooks/useScheduleSessionForm';
import { SectionPanel } from '@web/modules/shared/components/SectionPanel';

import { CandidatePicker } from './CandidatePicker';
import { PanelEditor } from './PanelEditor';

export type SessionWhoSectionProps = {
  form: ScheduleSessionFormState;
};

/** "Who and what": the candidate, the interview kit and the panel. */
export function SessionWhoSection({ form }: SessionWhoSectionProps) {
  const { kits, errors } = form;

  return (
    <SectionPanel title="Who and what" headingId="what-heading" radius="md">
      <Stack gap="sm">
        <CandidatePicker
          value={form.candidate}
          error={errors.candidate}
          onChange={form.setCandidate}
        />
        <Select
          label="Interview kit"
          required
          searchable
          placeholder={
            form.isLoading
              ? 'Loading kits…'
              : kits.length
                ? 'Choose a kit'
                : 'No kits yet: create one under Interview kits'
          }
          data={kits.map((kit) => ({
            value: kit.id,
            label: `${kit.name} · ${kit.targetRole}`,
          }))}
          value={form.kitId}
          error={errors.kit}
          onChange={form.chooseKit}
        />
        <PanelEditor
          members={form.members}
          panel={form.panel}
          error={errors.panel}
          onChange={form.setPanel}
        />
      </Stack>
    </SectionPanel>
  );
}
