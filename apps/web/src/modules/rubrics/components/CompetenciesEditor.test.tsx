import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import {
  type CompetencyDraft,
  DEFAULT_SCALE,
} from '@web/modules/rubrics/utils/rubricDraft';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { CompetenciesEditor } from './CompetenciesEditor';

const INITIAL: CompetencyDraft[] = [
  {
    key: 'c1',
    id: 'c1',
    name: 'Ownership',
    description: 'Takes responsibility.',
    anchors: { 1: 'Blames others.', 4: 'Raises the bar.' },
  },
  { key: 'c2', id: 'c2', name: 'Collaboration', description: '', anchors: {} },
];

/** The editor is controlled: this host keeps its state, and reports every change. */
function Host({ onChange }: { onChange: (value: CompetencyDraft[]) => void }) {
  const [competencies, setCompetencies] = useState(INITIAL);

  return (
    <CompetenciesEditor
      competencies={competencies}
      scale={DEFAULT_SCALE}
      onChange={(next) => {
        setCompetencies(next);
        onChange(next);
      }}
    />
  );
}

function fieldsets() {
  return screen.getAllByTestId('competency-editor');
}

describe(CompetenciesEditor.name, () => {
  it('should show one anchor column per scale level with the saved anchor texts', () => {
    renderWithProviders(<Host onChange={vi.fn()} />);

    const first = within(fieldsets()[0]);
    const labels = DEFAULT_SCALE.map(
      ({ level, label }) => `${level} · ${label}`,
    );
    expect(labels).toEqual([
      '1 · Strong no',
      '2 · No',
      '3 · Yes',
      '4 · Strong yes',
    ]);
    for (const label of labels) {
      expect(first.getByText(label)).toBeTruthy();
    }
    expect(
      first.getByRole<HTMLTextAreaElement>('textbox', {
        name: 'Ownership: anchor for 1 · Strong no',
      }).value,
    ).toBe('Blames others.');
    expect(
      first.getByRole<HTMLTextAreaElement>('textbox', {
        name: 'Ownership: anchor for 2 · No',
      }).value,
    ).toBe('');
  });

  it('should store the typed anchor under its level when an anchor is edited', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<Host onChange={onChange} />);

    await user.type(
      screen.getByRole('textbox', {
        name: 'Collaboration: anchor for 3 · Yes',
      }),
      'Agrees',
    );

    const last = onChange.mock.lastCall?.[0] as CompetencyDraft[];
    expect(last[1]?.anchors).toEqual({ 3: 'Agrees' });
    expect(last[0]?.anchors).toEqual(INITIAL[0]?.anchors);
  });

  it('should add, reorder and remove competencies with the buttons', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<Host onChange={onChange} />);

    await user.click(screen.getByRole('button', { name: 'Add competency' }));
    expect(fieldsets()).toHaveLength(3);
    await user.type(
      within(fieldsets()[2]).getByRole('textbox', {
        name: /Competency name/,
      }),
      'Judgement',
    );

    await user.click(screen.getByRole('button', { name: 'Move Judgement up' }));
    await user.click(
      screen.getByRole('button', { name: 'Move Ownership down' }),
    );
    let names = (onChange.mock.lastCall?.[0] as CompetencyDraft[]).map(
      (c) => c.name,
    );
    expect(names).toEqual(['Judgement', 'Ownership', 'Collaboration']);

    await user.click(screen.getByRole('button', { name: 'Remove Ownership' }));
    names = (onChange.mock.lastCall?.[0] as CompetencyDraft[]).map(
      (c) => c.name,
    );
    expect(names).toEqual(['Judgement', 'Collaboration']);
    expect(fieldsets()).toHaveLength(2);
  });

  it('should keep the last competency when asked to remove it', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(
      <CompetenciesEditor
        competencies={INITIAL.slice(0, 1)}
        scale={DEFAULT_SCALE}
        onChange={onChange}
      />,
    );

    await user.click(screen.getByRole('button', { name: 'Remove Ownership' }));

    expect(onChange).not.toHaveBeenCalled();
  });
});
