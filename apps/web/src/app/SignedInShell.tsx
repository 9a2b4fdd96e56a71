import { RequireAuth } from '@web/modules/auth/components/RequireAuth';
import { useViewer } from '@web/modules/auth/hooks/useViewer';
import {
  AppLayout,
  preloadAppLayout,
} from '@web/modules/layout/components/AppLayout';

/** Every signed-in route: the guard, then the app shell around the page. */
export function SignedInShell() {
  return (
    <RequireAuth>
      <ShellWithViewer />
    </RequireAuth>
  );
}

/** Lets the router fetch the shell's lazy parts with the page it opens on. */
SignedInShell.preload = preloadAppLayout;

function ShellWithViewer() {
  const { viewer } = useViewer();

  return viewer ? <AppLayout viewer={viewer} /> : null;
}
