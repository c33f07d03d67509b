'use client';

import { useState } from 'react';

/** The report link is the only way back to a report: offer to copy it. */
export function CopyLink({ label, done }: { label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(window.location.href);
    setCopied(true);
    setTimeout(() => setCopied(false), 2500);
  };
  return (
    <button type="button" className="button button-secondary" onClick={() => void copy().catch(() => setCopied(false))}>
      <span aria-live="polite">{copied ? done : label}</span>
    </button>
  );
}
