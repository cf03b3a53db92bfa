/**
 * Articles the part-2 checks point at (`fix.article`): paths under src/content/docs without the
 * language prefix. A unit test holds every one to an existing file in both languages.
 */
export const articles = {
  queueHours: 'chat/queue-ignores-hours',
  maxChats: 'chat/max-simultaneous-chats',
  noChats: 'chat/operator-receives-no-chats',
  attachments: 'chat/chat-attachments',
  emailRule: 'email/email-rule-not-running',
  mailboxAccess: 'email/mailbox-access-denied',
  emailSearch: 'email/email-search-no-results',
  surveyNotSent: 'surveys/survey-not-sent',
  followupNotGenerated: 'occurrences/followup-not-generated',
  followupPermissions: 'occurrences/followup-permissions',
  documentUnavailable: 'documents/document-unavailable',
  managerialAccess: 'users/managerial-features-access',
  reportBuilderAccess: 'reports/report-builder-access',
  noLicenses: 'licenses/no-licenses-available',
  profilesAndPermissions: 'reference/profiles-and-permissions',
} as const;

export type ArticlePath = (typeof articles)[keyof typeof articles];
