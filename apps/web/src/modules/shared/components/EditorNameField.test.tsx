import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@web/testing/renderWithProviders';

import { EditorNameField } from './EditorNameField';

describe(EditorNameField.name, () => {
  it('should hand on the typed name and show its error', () => {
    const onChange = vi.fn();
    renderWithProviders(
      <EditorNameField value="" error="Enter a name" onChange={onChange} />,
    );

    const input = screen.getByRole<HTMLInputElement>('textbox', {
      name: /^Name/,
    });
    fireEvent.change(input, { target: { value: 'Loop' } });

    expect(onChange).toHaveBeenCalledWith('Loop');
    expect(input.required).toBe(true);
    expect(input.maxLength).toBe(200);
    expect(screen.getByText('Enter a name')).toBeTruthy();
  });
});
