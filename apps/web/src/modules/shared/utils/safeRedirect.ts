/** Only same-app paths are followed after sign-in, never another origin. */
export function safeRedirect(next: string | null | undefined): string {
  if (
    !next ||
    !next.startsWith('/') ||
    next.startsWith('//') ||
    next.startsWith('/\\')
  ) {
    return '/';
  }
  if (next.startsWith('/login') || next.startsWith('/invite/')) {
    return '/';
  }

  return next;
}
