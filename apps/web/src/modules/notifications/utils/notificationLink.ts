/** The notification's link when it is a path in this app; anything else is not followed. */
export function notificationPath(link: string | null): string | null {
  if (!link || !link.startsWith('/') || /^\/[/\\]/.test(link)) {
    return null;
  }

  return link;
}
