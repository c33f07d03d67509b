'use client';

import { useState } from 'react';

/** Copies a link (this page's, without its query, when none is given) and says so for a moment. */
export function CopyLink({ label, done, url }: { label: string; done: string; url?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(url ?? window.location.href.replace(/\?.*$/, ''));
    setCopied(true);
    setTimeout(() => setCopied(false), 2500);
  };
  return (
    <button type="button" className="button button-secondary copy-link" onClick={() => void copy().catch(() => setCopied(false))}>
      <span aria-live="polite">{copied ? done : label}</span>
    </button>
  );
}
