import { useDocumentTitle } from '@mantine/hooks';

export type PageTitleProps = { title: string };

/** Sets the browser tab title; renders nothing. */
export function PageTitle({ title }: PageTitleProps) {
  useDocumentTitle(`${title} · Panelwise`);

  return null;
}
