import type { Lang } from './ui';

/**
 * The language to answer a request in: `?lang=en`, then a path or referring page under /en/,
 * then Accept-Language; pt-BR otherwise.
 */
export function requestLang(request: Request): Lang {
  const url = new URL(request.url);
  const q = url.searchParams.get('lang');
  if (q === 'en' || q === 'pt-BR') return q;
  if (/^\/en(\/|$)/.test(url.pathname)) return 'en';
  const referer = request.headers.get('referer');
  if (referer) {
    try {
      if (/^\/en(\/|$)/.test(new URL(referer).pathname)) return 'en';
      return 'pt-BR';
    } catch {
      /* ignore a malformed referer */
    }
  }
  return /^en\b/i.test(request.headers.get('accept-language') ?? '') ? 'en' : 'pt-BR';
}

/** The language of a page by its path alone (`/en/…` is English): what a prerendered page knows. */
export const pathLang = (pathname: string): Lang => (/^\/en(\/|$)/.test(pathname) ? 'en' : 'pt-BR');
