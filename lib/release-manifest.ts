/**
 * What a release zip must never carry: the e2e build's host permission for
 * the fixture server, or any host permission or declared content script at
 * all (the extension reads a page only when the user clicks, via activeTab).
 * wxt.config.ts runs this on the built manifest before zipping.
 */
export interface ManifestLike {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  /** Firefox (MV2) lists optional host patterns here. */
  optional_permissions?: string[];
  content_scripts?: unknown[];
}

/**
 * The team server's origin is not known when the extension is built: the
 * manifest declares any http(s) origin as optional (no install warning, no
 * access), and the dashboard asks for the one origin the user connects to,
 * when they click Connect (lib/sync/server-url.ts gives the pattern).
 */
export const OPTIONAL_TEAM_HOSTS = ['https://*/*', 'http://*/*'];
export const OPTIONAL_HOST_REASON =
  'the team server for sync: asked for its one origin when the user clicks Connect; nothing is granted at install';

/** The permissions a release may ask for, each with its reason (README.md says the same). */
export const PERMISSION_REASONS = {
  activeTab: 'read the tab the user clicks the toolbar button on, once',
  scripting: 'inject the content script into that tab on the click',
  contextMenus:
    'the "Cross-check this page" and "Add the selected text as a claim" menu items; no page access',
} as const;

export const RELEASE_PERMISSIONS = Object.keys(PERMISSION_REASONS) as Array<keyof typeof PERMISSION_REASONS>;

/** Problems that keep a manifest out of a release zip (empty: fine). */
export function releaseManifestProblems(manifest: ManifestLike): string[] {
  const problems: string[] = [];
  const optional = [...(manifest.optional_host_permissions ?? []), ...(manifest.optional_permissions ?? [])];
  const strayOptional = optional.filter((p) => !OPTIONAL_TEAM_HOSTS.includes(p));
  const hosts = [...(manifest.host_permissions ?? []), ...strayOptional];
  if (hosts.length) problems.push(`host permissions ${hosts.join(', ')} (the e2e build's?)`);
  const hostLike = (manifest.permissions ?? []).filter((p) => p.includes('://') || p === '<all_urls>');
  if (hostLike.length) problems.push(`host permissions in "permissions": ${hostLike.join(', ')}`);
  const extra = (manifest.permissions ?? []).filter(
    (p) => !hostLike.includes(p) && !(RELEASE_PERMISSIONS as readonly string[]).includes(p),
  );
  if (extra.length) problems.push(`permissions not explained in README.md: ${extra.join(', ')}`);
  if (manifest.content_scripts?.length) problems.push('content scripts declared for pages');
  return problems;
}
