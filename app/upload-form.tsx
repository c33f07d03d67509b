'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import {
  ApiError, CreateReviewText, PROGRESS_MEDIA_TYPE, ReviewProgressEvent, UPLOAD_LIMITS, type ReviewStage, isAcceptedUpload,
} from '@/lib/api/reviews.ts';
import { format } from '@/lib/i18n/language.ts';
import { formatBytes, type Messages } from '@/lib/i18n/messages.ts';
import type { Role } from '@/lib/report/schema.ts';

const STAGES: ReviewStage[] = ['uploading', 'reading', 'reviewing', 'saving'];

type Progress = { stage: ReviewStage; uploaded: number } | null;

export function UploadForm({ messages, roles, accept, maxFileBytes }: {
  messages: Messages;
  roles: readonly Role[];
  accept: string;
  maxFileBytes: number;
}) {
  const t = messages.upload;
  const router = useRouter();
  const ids = { file: useId(), text: useId(), role: useId(), hint: useId(), error: useId() };
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [role, setRole] = useState('');
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<Progress>(null);
  const [error, setError] = useState<string | null>(null);
  const sizeText = formatBytes(maxFileBytes);
  const busy = progress !== null;

  const choose = (picked: File | null) => {
    setError(null);
    if (picked && !isAcceptedUpload(picked.name, picked.type)) {
      setFile(null);
      setError(messages.errors['unsupported-type']);
    } else if (picked && picked.size > maxFileBytes) {
      setFile(null);
      setError(format(messages.errors['too-large'], { size: sizeText }));
    } else {
      setFile(picked);
    }
    if (fileInput.current && !picked) fileInput.current.value = '';
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) choose(event.dataTransfer.files[0] ?? null);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const body = new FormData();
    if (file) {
      body.set('file', file);
    } else {
      const parsed = CreateReviewText.safeParse({ text, role });
      if (!parsed.success) {
        const tooLong = parsed.error.issues.some((issue) => issue.code === 'too_big');
        // A paste over the limit is about characters, not a file's size.
        setError(tooLong ? format(messages.errors['text-too-long'], { chars: UPLOAD_LIMITS.maxTextChars.toLocaleString() }) : t.needInput);
        return;
      }
      body.set('text', parsed.data.text);
    }
    if (role) body.set('role', role);
    send(body);
  };

  const send = (body: FormData) => {
    setProgress({ stage: 'uploading', uploaded: 0 });
    const xhr = new XMLHttpRequest();
    let seen = 0;
    let outcome: ReviewProgressEvent | null = null;
    const readEvents = () => {
      const lines = xhr.responseText.slice(seen).split('\n');
      const complete = lines.slice(0, -1);
      seen += complete.reduce((sum, line) => sum + line.length + 1, 0);
      for (const line of complete) {
        const event = ReviewProgressEvent.safeParse(safeJson(line));
        if (!event.success) continue;
        if ('stage' in event.data) setProgress({ stage: event.data.stage, uploaded: 1 });
        else outcome = event.data;
      }
    };
    const fail = (message: string, rejected = true) => {
      setProgress(null);
      setError(message);
      // A rejected file is dropped, so the form shows what will be sent next time.
      if (rejected) {
        setFile(null);
        if (fileInput.current) fileInput.current.value = '';
      }
    };
    xhr.open('POST', '/api/reviews');
    xhr.setRequestHeader('Accept', PROGRESS_MEDIA_TYPE);
    xhr.upload.onprogress = (e) => e.lengthComputable && setProgress({ stage: 'uploading', uploaded: e.loaded / e.total });
    xhr.onprogress = () => xhr.status === 200 && readEvents();
    xhr.onerror = () => fail(messages.errors.network, false);
    xhr.onload = () => {
      if (xhr.status !== 200) {
        const envelope = ApiError.safeParse(safeJson(xhr.responseText));
        return fail(envelope.success ? envelope.data.error.message : messages.errors.internal);
      }
      readEvents();
      const last = outcome as ReviewProgressEvent | null;
      if (last && 'result' in last) router.push(last.result.url);
      else fail(last && 'error' in last ? last.error.message : messages.errors.internal);
    };
    xhr.send(body);
  };

  return (
    <form className="upload-form" aria-label={t.formLabel} onSubmit={onSubmit} aria-describedby={error ? ids.error : undefined} noValidate>
      <div
        className={`dropzone${dragging ? ' is-dragging' : ''}${file ? ' has-file' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="dropzone-title">{t.dropTitle}</p>
        <p className="dropzone-hint" id={ids.hint}>{format(t.dropHint, { size: sizeText })}</p>
        <label htmlFor={ids.file} className="button button-secondary">{t.chooseFile}</label>
        <input
          id={ids.file}
          ref={fileInput}
          className="visually-hidden-input"
          type="file"
          name="file"
          accept={accept}
          aria-label={t.fileLabel}
          aria-describedby={ids.hint}
          disabled={busy}
          onChange={(e) => choose(e.target.files?.[0] ?? null)}
        />
        {file && (
          <p className="selected-file">
            <span>{format(t.selected, { name: file.name, size: formatBytes(file.size) })}</span>
            <button type="button" className="link-button" onClick={() => choose(null)} disabled={busy}>{t.clearFile}</button>
          </p>
        )}
      </div>

      <p className="divider"><span>{t.or}</span></p>

      <label htmlFor={ids.text} className="field-label">{t.pasteLabel}</label>
      <textarea
        id={ids.text}
        name="text"
        rows={8}
        placeholder={t.pastePlaceholder}
        value={text}
        disabled={busy}
        onChange={(e) => setText(e.target.value)}
      />
      {file && text.trim() && <p className="field-note">{t.bothGiven}</p>}

      <label htmlFor={ids.role} className="field-label">{t.roleLabel}</label>
      <select id={ids.role} name="role" value={role} disabled={busy} onChange={(e) => setRole(e.target.value)}>
        <option value="">{t.roleInfer}</option>
        {roles.map((option) => <option key={option} value={option}>{messages.role[option]}</option>)}
      </select>
      <p className="field-note">{t.roleHint}</p>

      {error && (
        <div className="error-box" role="alert" id={ids.error}>
          <p className="error-title">{messages.errors.title}</p>
          <p>{error}</p>
        </div>
      )}

      <div className="submit-row">
        <button type="submit" className="button button-primary" disabled={busy}>{busy ? t.working : t.submit}</button>
        <p className="privacy">{t.privacy}</p>
      </div>

      <div role="status" aria-live="polite" className="progress-area">
        {progress && <ProgressSteps progress={progress} labels={messages.stages} />}
      </div>
    </form>
  );
}

function ProgressSteps({ progress, labels }: { progress: NonNullable<Progress>; labels: Messages['stages'] }) {
  const current = STAGES.indexOf(progress.stage);
  return (
    <ol className="progress-steps">
      {STAGES.map((stage, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'pending';
        const percent = stage === 'uploading' && state === 'current' ? ` ${Math.round(progress.uploaded * 100)}%` : '';
        return (
          <li key={stage} className={`step step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="step-dot" aria-hidden="true" />
            {labels[stage]}{percent}
          </li>
        );
      })}
    </ol>
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
