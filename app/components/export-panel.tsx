'use client';

import { useId, useRef, useState } from 'react';
import type { SourceType } from '@/lib/document/schema.ts';
import type { ExportFormat } from '@/lib/export/schema.ts';
import type { UiLanguage } from '@/lib/report/schema.ts';
import './export-panel.css';

const text = {
  zh: {
    heading: '导出报告',
    format: '格式',
    formats: {
      pdf: ['PDF 报告', '排版好的完整报告，适合打印和发送'],
      docx: ['Word 文档', '简历原文，问题和评论作为 Word 批注'],
      'annotated-pdf': ['带批注的原 PDF', '在你上传的 PDF 上高亮并批注'],
      md: ['Markdown', '纯文本，适合贴到聊天或工单'],
      json: ['JSON', '完整数据，含导师意见'],
    },
    notPdf: '只有上传 PDF 时可用',
    personal: '包含个人信息（姓名、电话、邮箱、地址）',
    personalNote: '默认隐去个人信息，便于匿名分享。',
    download: '下载',
    preparing: '正在生成…',
    downloading: '正在下载…',
    done: '已下载',
    failed: '导出失败，请重试。',
  },
  en: {
    heading: 'Export',
    format: 'Format',
    formats: {
      pdf: ['PDF report', 'The full report laid out for print and sharing'],
      docx: ['Word document', 'Your resume with findings and comments as Word comments'],
      'annotated-pdf': ['Annotated original PDF', 'Highlights and notes on the PDF you uploaded'],
      md: ['Markdown', 'Plain text for a chat message or a ticket'],
      json: ['JSON', 'All the data, mentor feedback included'],
    },
    notPdf: 'Only for uploaded PDFs',
    personal: 'Include personal details (name, phone, email, address)',
    personalNote: 'They are masked by default, so the export can be shared anonymously.',
    download: 'Download',
    preparing: 'Preparing…',
    downloading: 'Downloading…',
    done: 'Downloaded',
    failed: 'The export failed. Please try again.',
  },
} satisfies Record<UiLanguage, { formats: Record<ExportFormat, [string, string]> } & Record<string, unknown>>;

const order: ExportFormat[] = ['pdf', 'docx', 'annotated-pdf', 'md', 'json'];

type Status =
  | { kind: 'idle' }
  | { kind: 'preparing' }
  | { kind: 'downloading'; received: number; total: number | null }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed'; message: string };

/** The file name from `Content-Disposition`, preferring the UTF-8 form that keeps Chinese names. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (utf8) return decodeURIComponent(utf8);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/** Reads the body while counting bytes, so a large download shows how far it has come. */
async function readWithProgress(response: Response, onProgress: (received: number) => void): Promise<Blob> {
  const reader = response.body?.getReader();
  if (!reader) return response.blob();
  const chunks: BlobPart[] = [];
  let received = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks.push(next.value);
    received += next.value.byteLength;
    onProgress(received);
  }
  return new Blob(chunks, { type: response.headers.get('content-type') ?? 'application/octet-stream' });
}

/** Who asks for the export: the owner by the review id, a mentor by their link's token only. */
type ExportAccess = { reviewId: string; mentorToken?: never } | { mentorToken: string; reviewId?: never };

/** The export route and headers for an access: a mentor never learns the review id, so the token stands in the path too. */
function exportRequest(access: ExportAccess): { path: string; headers: Record<string, string> } {
  return access.mentorToken === undefined
    ? { path: `/api/reviews/${encodeURIComponent(access.reviewId)}/export`, headers: {} }
    : { path: `/api/reviews/${encodeURIComponent(access.mentorToken)}/export`, headers: { 'X-Mentor-Token': access.mentorToken } };
}

/**
 * Format picker, the personal-details opt-in and a download button with progress. The export is
 * made on the server and saved by the browser.
 */
export function ExportPanel({ language, sourceType, version, ...access }: { language: UiLanguage; sourceType: SourceType; version?: number } & ExportAccess) {
  const t = text[language];
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [personal, setPersonal] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'preparing' || status.kind === 'downloading';
  const aborter = useRef<AbortController | null>(null);

  const download = async () => {
    aborter.current?.abort();
    const controller = new AbortController();
    aborter.current = controller;
    setStatus({ kind: 'preparing' });
    try {
      // The export's times are printed in the reader's own time zone; a reopened version exports as shown.
      const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const query = new URLSearchParams({ format, lang: language, tz, ...(personal ? { personal: '1' } : {}), ...(version ? { v: String(version) } : {}) });
      const { path, headers } = exportRequest(access);
      const response = await fetch(`${path}?${query}`, { headers, signal: controller.signal });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setStatus({ kind: 'failed', message: body?.error?.message ?? t.failed });
        return;
      }
      const total = Number(response.headers.get('content-length')) || null;
      setStatus({ kind: 'downloading', received: 0, total });
      const blob = await readWithProgress(response, (received) => setStatus({ kind: 'downloading', received, total }));
      const fileName = fileNameOf(response, `liangdian-review.${format}`);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus({ kind: 'done', fileName });
    } catch {
      // A newer download replaced this one: it reports for itself.
      if (!controller.signal.aborted) setStatus({ kind: 'failed', message: t.failed });
    }
  };

  return (
    <section className="export-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.heading}</h2>
      <fieldset className="export-formats" disabled={busy}>
        <legend>{t.format}</legend>
        {order.map((value) => {
          const unavailable = value === 'annotated-pdf' && sourceType !== 'pdf';
          const [label, note] = t.formats[value];
          return (
            <label key={value} className={`export-format${format === value ? ' is-selected' : ''}${unavailable ? ' is-unavailable' : ''}`}>
              <input type="radio" name={`${id}-format`} value={value} checked={format === value} disabled={unavailable} onChange={() => setFormat(value)} />
              <span className="export-format-label">{label}</span>
              <span className="export-format-note">{unavailable ? t.notPdf : note}</span>
            </label>
          );
        })}
      </fieldset>
      <label className="export-personal">
        <input type="checkbox" checked={personal} disabled={busy} onChange={(event) => setPersonal(event.target.checked)} />
        <span>{t.personal}</span>
      </label>
      <p className="field-note">{t.personalNote}</p>
      <div className="export-actions">
        <button type="button" className="button button-primary" onClick={download} disabled={busy}>{t.download}</button>
        <div className="export-status" role="status" aria-live="polite">
          {status.kind === 'preparing' && <><progress aria-label={t.preparing} />{t.preparing}</>}
          {status.kind === 'downloading' && (
            <>
              <progress aria-label={t.downloading} max={status.total ?? undefined} value={status.total ? status.received : undefined} />
              {t.downloading}
            </>
          )}
          {status.kind === 'done' && <span>{t.done}: {status.fileName}</span>}
        </div>
      </div>
      {status.kind === 'failed' && <p className="export-error" role="alert">{status.message}</p>}
    </section>
  );
}
