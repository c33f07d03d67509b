import { NextResponse } from 'next/server';
import { API_ERROR_STATUS, type ApiError, type ApiErrorCode, UPLOAD_LIMITS } from '@/lib/api/reviews.ts';
import { LANGUAGE_COOKIE, format, pickLanguage } from '@/lib/i18n/language.ts';
import { formatBytes, messagesFor } from '@/lib/i18n/messages.ts';
import type { UiLanguage } from '@/lib/report/schema.ts';

export function requestLanguage(request: Request & { cookies?: { get(name: string): { value: string } | undefined } }): UiLanguage {
  return pickLanguage({ cookie: request.cookies?.get(LANGUAGE_COOKIE)?.value, acceptLanguage: request.headers.get('accept-language') });
}

/** The error envelope with our own message for `code`, unless the caller has a more precise one. */
export function apiErrorBody(code: ApiErrorCode, language: UiLanguage, message?: string): ApiError {
  return { error: { code, message: message ?? format(messagesFor(language).errors[code], { size: formatBytes(UPLOAD_LIMITS.maxFileBytes) }) } };
}

export function apiError(code: ApiErrorCode, language: UiLanguage, message?: string): NextResponse<ApiError> {
  return NextResponse.json(apiErrorBody(code, language, message), { status: API_ERROR_STATUS[code], headers: { 'Content-Language': language } });
}
