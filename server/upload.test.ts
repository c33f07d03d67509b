import { describe, expect, it } from 'vitest';
import { UPLOAD_LIMITS } from '../lib/api/reviews.ts';
import { readLimited, readUpload } from './upload.ts';

const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request('http://x/api', { method: 'POST', headers, body });
const json = (body: unknown) => post(JSON.stringify(body), { 'content-type': 'application/json' });
const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return post(data);
};

describe('readUpload', () => {
  it('takes pasted text as JSON or as a form field, with an optional role', async () => {
    await expect(readUpload(json({ text: '负责社群运营', role: 'group-ops' }))).resolves.toEqual({ upload: { kind: 'text', text: '负责社群运营' }, role: 'group-ops' });
    await expect(readUpload(form({ file: new File([], ''), text: 'pasted revision' }))).resolves.toEqual({ upload: { kind: 'text', text: 'pasted revision' }, role: undefined });
  });

  it('takes a file with its name and media type', async () => {
    const { upload, role } = await readUpload(form({ file: new File(['revised resume'], 'v2.txt', { type: 'text/plain' }), role: 'user-ops' }));
    expect(upload).toMatchObject({ kind: 'file', fileName: 'v2.txt', mediaType: 'text/plain' });
    expect(role).toBe('user-ops');
  });

  it('refuses what it cannot take, with the code the API answers', async () => {
    await expect(readUpload(form({ file: new File(['MZ'], 'virus.exe', { type: 'application/octet-stream' }) }))).rejects.toMatchObject({ code: 'unsupported-type' });
    await expect(readUpload(form({ file: new File([], 'empty.pdf', { type: 'application/pdf' }) }))).rejects.toMatchObject({ code: 'empty' });
    await expect(readUpload(json({ text: '  ' }))).rejects.toMatchObject({ code: 'bad-request' });
    await expect(readUpload(json({ text: 'x', role: 'astronaut' }))).rejects.toMatchObject({ code: 'bad-request' });
    await expect(readUpload(json({ text: 'x'.repeat(UPLOAD_LIMITS.maxTextChars + 1) }))).rejects.toMatchObject({ code: 'too-large' });
    await expect(readUpload(post('{', { 'content-type': 'application/json' }))).rejects.toMatchObject({ code: 'bad-request' });
    await expect(readUpload(post('hello', { 'content-type': 'text/plain' }))).rejects.toMatchObject({ code: 'unsupported-type' });
    await expect(readUpload(post('{}', { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) }))).rejects.toMatchObject({ code: 'too-large' });
  });
});

describe('readLimited', () => {
  it('cuts a chunked body off as it passes the limit instead of reading it whole', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({ pull(controller) { pulled++; controller.enqueue(new Uint8Array(16 * 1024)); } });
    const chunked = new Request('http://x/api', { method: 'POST', body: endless, duplex: 'half' } as RequestInit);
    await expect(readLimited(chunked, 64 * 1024)).rejects.toMatchObject({ code: 'too-large' });
    expect(pulled).toBeLessThan(10);
  });

  it('refuses a body shorter than it declared (cut on the way)', async () => {
    await expect(readLimited(post('abc', { 'content-length': '10' }), 1024)).rejects.toMatchObject({ code: 'too-large' });
    await expect(readLimited(post('abc'), 1024)).resolves.toEqual(Buffer.from('abc'));
  });
});
