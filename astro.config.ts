import { existsSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import node from '@astrojs/node';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';
import { modules } from './src/articles/modules';
import { translationGuard } from './src/integrations/translation-guard';
import { troubleshootingGuard } from './src/integrations/troubleshooting-guard';
import { sourceGuard } from './src/integrations/source-guard';
import { staticSecurityHeaders } from './src/integrations/static-security-headers';
import { searchVocabulary } from './src/integrations/search-vocabulary';

export default defineConfig({
  // Absolute URLs (hreflang alternates, sitemap) use this; set SITE_URL at build time in production.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // staticHeaders: prerendered pages get the headers written by staticSecurityHeaders().
  adapter: node({ mode: 'standalone', staticHeaders: true }),
  // Our sign-in sessions live in our own database table; Astro's session store is not used.
  session: false,
  // Astro's own origin check compares the Origin header with the URL the request arrived on, which
  // behind a TLS proxy is http: every browser form post would be refused. src/middleware.ts does
  // the same-origin check instead, for every state-changing request, against the origin the
  // browser sees (the scheme a trusted proxy reports: src/server/client.ts).
  security: { checkOrigin: false },
  server: { host: process.env.HOST ?? 'localhost', port: Number(process.env.PORT ?? 4321) },
  vite: {
    build: {
      // Astro inlines a small bundled <script> into each page; the copy buttons' script of the lines for
      // the call (TellCustomer.astro) stays a file of its own, so no inline script is added to the
      // articles (the CSP allows only hashed inline scripts). Every other asset keeps Vite's default.
      assetsInlineLimit: (file: string) => (/TellCustomer\.astro_astro_type_script/.test(file) ? false : undefined),
    },
    plugins: [
      {
        // Astro's content-assets plugin (astro/dist/content/vite-plugin-content-assets.js) marks every
        // MDX article with the module directive "use astro:head-inject", which Astro consumes itself;
        // Rolldown then warns once per article and build environment (MODULE_LEVEL_DIRECTIVE, ~100
        // lines) that the directive is not kept in the bundle. Only that directive's warning is dropped
        // (a plugin's onLog returning false filters the log); every other warning still shows.
        name: 'omni:quiet-head-inject-directive',
        onLog(_level, log) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return false;
        },
      },
    ],
  },
  integrations: [
    translationGuard(),
    troubleshootingGuard(),
    sourceGuard(),
    staticSecurityHeaders(),
    starlight({
      title: { 'pt-BR': 'Omni Runbook', en: 'Omni Runbook' },
      description: 'Base de conhecimento e runbook de diagnóstico do Omni CRM.',
      defaultLocale: 'root',
      locales: {
        root: { label: 'Português', lang: 'pt-BR' },
        en: { label: 'English', lang: 'en' },
      },
      favicon: '/favicon.svg',
      logo: { src: './src/assets/logo.svg', replacesTitle: false },
      lastUpdated: false,
      disable404Route: true,
      customCss: ['./src/styles/theme.css', './src/styles/controls.css'],
      components: {
        Header: './src/components/overrides/Header.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Search: './src/components/search/Search.astro',
        SocialIcons: './src/components/overrides/SocialIcons.astro',
      },
      // One group per module that has articles, labelled in each language.
      sidebar: modules
        .filter((m) => existsSync(new URL(`./src/content/docs/${m.id}/`, import.meta.url)))
        .map((m) => ({
          label: m.label,
          translations: { en: m.en },
          collapsed: false,
          items: [{ autogenerate: { directory: m.id } }],
        })),
      // On-demand pages (sign-in, admin screens) are not Starlight pages; the validator cannot see them.
      plugins: [
        starlightLinksValidator({
          errorOnRelativeLinks: false,
          exclude: [
            '/login/',
            '/en/login/',
            '/health/',
            '/en/health/',
            '/bulk/import/',
            '/en/bulk/import/',
            '/bulk/migrate/',
            '/en/bulk/migrate/',
            '/bulk/transfer/',
            '/en/bulk/transfer/',
            '/bulk/close-queue/',
            '/en/bulk/close-queue/',
            '/bulk/queue-monitor/',
            '/en/bulk/queue-monitor/',
            '/reports/interaction-history/**',
            '/en/reports/interaction-history/**',
            '/admin/**',
            '/en/admin/**',
            '/bulk/history/',
            '/en/bulk/history/',
            '/bulk/request/**',
            '/en/bulk/request/**',
          ],
        }),
      ],
    }),
    preact(),
    searchVocabulary(),
  ],
});
