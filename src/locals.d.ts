/// <reference types="astro/client" />
/// <reference types="@astrojs/starlight" />

declare namespace App {
  interface Locals {
    /** The signed-in user, filled by the middleware on on-demand routes; null when signed out. */
    user: import('./auth/session').SessionUser | null;
    /**
     * The language of this request, bound once by the middleware (the page's own on prerendered
     * pages; for API and Action calls, `?lang=`, the calling page, then Accept-Language).
     */
    lang: import('./i18n/ui').Lang;
    /** The session token from the cookie, if any. */
    sessionToken: string | undefined;
  }
}
