/**
 * The errors without `field`'s: an error shown under a field goes as soon as
 * the person changes that field (it is checked again on the next submit).
 * The same object when there was nothing to clear, so React skips a render.
 */
export function withoutFieldError<E extends object>(
  errors: E,
  ...fields: (keyof E)[]
): E {
  if (fields.every((field) => errors[field] === undefined)) {
    return errors;
  }
  const next = { ...errors };
  for (const field of fields) {
    delete next[field];
  }

  return next;
}
