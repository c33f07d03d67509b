import { describe, expect, it } from 'vitest';
import { PARSE_LIMITS } from '../ingest/index.ts';
import { API_ERROR_STATUS, ApiErrorCode, CreateReviewText, ReviewId, UPLOAD_LIMITS, isAcceptedUpload } from './reviews.ts';

describe('upload rules', () => {
  it('accept files up to the size the parser reads', () => {
    expect(UPLOAD_LIMITS.maxFileBytes).toBe(PARSE_LIMITS.maxBytes);
  });

  it('accept PDF, DOCX, text and photos by name, and by media type when the name has no extension', () => {
    expect(isAcceptedUpload('CV.PDF', '')).toBe(true);
    expect(isAcceptedUpload('resume.docx', 'application/octet-stream')).toBe(true);
    expect(isAcceptedUpload('notes.txt', 'text/plain')).toBe(true);
    expect(isAcceptedUpload('resume', 'application/pdf')).toBe(true);
    expect(isAcceptedUpload('photo.png', 'image/png')).toBe(true);
    expect(isAcceptedUpload('IMG_0001.JPG', 'image/jpeg')).toBe(true);
    expect(isAcceptedUpload('resume.doc', 'application/msword')).toBe(false);
    expect(isAcceptedUpload('trick.gif', 'application/pdf')).toBe(false);
  });

  it('take an empty role as "infer it" and refuse unknown roles', () => {
    expect(CreateReviewText.parse({ text: ' 张三 ', role: '' })).toEqual({ text: '张三', role: undefined });
    expect(CreateReviewText.safeParse({ text: 'x', role: 'astronaut' }).success).toBe(false);
    expect(CreateReviewText.safeParse({ text: '   ' }).success).toBe(false);
  });

  it('give every error code a status', () => {
    for (const code of ApiErrorCode.options) expect(API_ERROR_STATUS[code]).toBeGreaterThanOrEqual(400);
  });

  it('recognise report ids', () => {
    expect(ReviewId.safeParse('ZVZMExRZkS2R7A-yhealdw').success).toBe(true);
    expect(ReviewId.safeParse('short').success).toBe(false);
    expect(ReviewId.safeParse('../../../../etc/passwd00000').success).toBe(false);
  });
});
