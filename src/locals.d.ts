/// <reference types="astro/client" />
/// <reference types="@astrojs/starlight" />

declare namespace App {
  interface Locals {
    /** The signed-in user, filled by the middleware on on-demand routes; null when signed out. */
    user: import('./auth/session').SessionUser | null;
    /** The session token from the cookie, if any. */
    sessionToken: string | undefined;
  }
}
