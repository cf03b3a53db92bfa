import type { Localized } from '../i18n/localized';

/**
 * A refusal a handler throws to answer `status` with `message` in the caller's language (and any
 * `extra` JSON fields). The endpoint definition turns it into the response; nothing else is sent.
 */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503,
    readonly localized: Localized,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(localized.en);
    this.name = 'HttpError';
  }
}
