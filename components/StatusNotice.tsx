import type { ComponentChildren } from 'preact';

export interface StatusNoticeProps {
  tone: 'info' | 'warning' | 'error';
  title: string;
  children?: ComponentChildren;
}

/** A short message in place of the claims: why there is nothing to show or save. */
export function StatusNotice({ tone, title, children }: StatusNoticeProps) {
  return (
    <div class={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-notice={tone}>
      <p class="notice-title">{title}</p>
      {children ? <div class="notice-body">{children}</div> : null}
    </div>
  );
}
