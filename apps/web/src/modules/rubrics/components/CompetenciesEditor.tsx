import { Button, Stack } from '@mantine/core';

import {
  type CompetencyDraft,
  MAX_COMPETENCIES,
  moveCompetency,
  newCompetency,
  type RubricScaleLevel,
} from '@web/modules/rubrics/utils/rubricDraft';

import { CompetencyEditor } from './CompetencyEditor';

export type CompetenciesEditorProps = {
  competencies: CompetencyDraft[];
  scale: RubricScaleLevel[];
  nameErrors?: Record<string, string>;
  anchorErrors?: Record<string, string>;
  onChange: (competencies: CompetencyDraft[]) => void;
};

/** The rubric's competencies in order: add, remove, reorder, and edit their anchors. */
export function CompetenciesEditor({
  competencies,
  scale,
  nameErrors = {},
  anchorErrors = {},
  onChange,
}: CompetenciesEditorProps) {
  return (
    <Stack gap="md">
      {competencies.map((competency, index) => (
        <CompetencyEditor
          key={competency.key}
          competency={competency}
          index={index}
          count={competencies.length}
          scale={scale}
          nameError={nameErrors[competency.key]}
          anchorsError={anchorErrors[competency.key]}
          onChange={(changed) =>
            onChange(
              competencies.map((current) =>
                current.key === changed.key ? changed : current,
              ),
            )
          }
          onMove={(from, to) =>
            onChange(moveCompetency(competencies, from, to))
          }
          onRemove={() =>
            onChange(
              competencies.filter((current) => current.key !== competency.key),
            )
          }
        />
      ))}
      <Button
        variant="default"
        onClick={() => onChange([...competencies, newCompetency()])}
        disabled={competencies.length >= MAX_COMPETENCIES}
        style={{ alignSelf: 'flex-start' }}
      >
        Add competency
      </Button>
    </Stack>
  );
}
