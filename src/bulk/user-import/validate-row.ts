import { passwordProblem } from '../../auth/password';
import type { ImportTextKey } from '../../i18n/user-import';
import type { Localized } from '../types';
import type { ImportField } from './columns';

/** What the rows are checked against: ids that exist, defaults, and the actor's reach. */
export interface ImportContext {
  serviceIds: Set<number>;
  defaultServiceId: number;
  profileIds: Set<number>;
  defaultProfileId: number;
  /** Services the actor may give (grant policy): those it manages, or 'all'. */
  scope: ReadonlySet<number> | 'all';
  /** Profiles the actor may give: every permission of the profile is one of the actor's own. */
  grantableProfiles: ReadonlySet<number>;
  /** "1 (Usuário), 2 (Supervisor)" / "1 (User), 2 (Supervisor)": the profiles the actor may give, for messages, in each language. */
  profileList: Localized;
  /** "2 (Suporte Técnico), 3 (Financeiro)": the actor's services, for messages. */
  scopeList: string;
}

/** One problem of the file: where (line, column) and what to do, both languages. */
export interface ImportProblem {
  line: number;
  /** The column as written in the file's header ('' for the whole row or file). */
  column: string;
  field?: ImportField;
  message: Localized;
}

/** A row that passed every check, ready to become a user. */
export interface ValidRow {
  line: number;
  name: string;
  email: string;
  phone: string;
  password: string;
  serviceId: number;
  profileId: number;
  maxAttend: number;
}

/** Characters an e-mail address of Omni may not hold (RFC 5321's specials and white space). */
const LOCAL = /^[^\s@"(),:;<>[\\\]]{1,64}$/;
/** Labels without dots, so the pattern has one way to match: linear, no backtracking. */
const DOMAIN = /^(?:[^\s@"(),:;<>[\\\].]{1,63}\.)+[^\s@"(),:;<>[\\\].]{2,63}$/;

/** True for `local@domain.tld`; the length is checked before any pattern runs. */
export function isEmail(email: string): boolean {
  if (email.length > 254) return false;
  const at = email.indexOf('@');
  if (at < 1 || at !== email.lastIndexOf('@')) return false;
  return LOCAL.test(email.slice(0, at)) && DOMAIN.test(email.slice(at + 1));
}

/** A value as echoed in a message: at most 60 characters. */
const shown = (v: string) => (v.length > 60 ? `${v.slice(0, 57)}…` : v);
const ID = /^\d{1,9}$/;
const MAX_ATTEND = /^\d{1,6}$/;

/** Digits of a phone once spaces, dots, dashes, parentheses and a leading + are dropped; null when that is not 8–15 digits. */
export function phoneDigits(raw: string): string | null {
  const d = raw.replace(/[\s().\-]/g, '').replace(/^\+/, '');
  return /^\d{8,15}$/.test(d) ? d : null;
}

/** Receives a row's problem: the field, the message key and its values (besides `col`, `list`, `plist`). */
export type RowProblemSink = (field: ImportField, key: ImportTextKey, vars?: Record<string, string | number>) => void;

/**
 * Checks one row on its own (no database): mandatory fields, formats, ids, reach and password
 * strength; each problem goes to `problem` (which builds its message only if it keeps it, so a
 * file with millions of problems costs no string work for those it only counts). Returns the row
 * as it would be created; it is valid only when `problem` was not called. No closure is created
 * per row: a file of millions of rows calls this millions of times. Duplicates and e-mails in use
 * are checked by the caller, which sees the whole file.
 */
export function validateRow(line: number, values: Partial<Record<ImportField, string>>, ctx: ImportContext, add: RowProblemSink): ValidRow {
  // Each cell is read and trimmed once: a file of millions of short rows spends its time here.
  const name = (values.name ?? '').trim();
  const email = (values.email ?? '').trim();
  const phone = (values.phone ?? '').trim();
  const password = values.password ?? '';
  const passwordBlank = password.trim() === '';
  if (!name) add('name', 'required');
  if (!email) add('email', 'required');
  else if (!isEmail(email)) add('email', 'emailInvalid', { value: shown(email) });
  if (!phone) add('phone', 'required');
  else if (!phoneDigits(phone)) add('phone', 'phoneInvalid', { value: shown(phone) });
  if (passwordBlank) add('password', 'required');
  else {
    const weak = passwordProblem(password);
    if (weak) add('password', `password.${weak}`);
  }

  let serviceId = ctx.defaultServiceId;
  const service = (values.service ?? '').trim();
  if (service) {
    if (!ID.test(service) || !ctx.serviceIds.has(Number(service))) add('service', 'serviceUnknown', { value: shown(service) });
    else if (ctx.scope !== 'all' && !ctx.scope.has(Number(service))) add('service', 'serviceOutOfScope', { value: service });
    else serviceId = Number(service);
  } else if (ctx.scope !== 'all' && !ctx.scope.has(ctx.defaultServiceId)) add('service', 'defaultOutOfScope');

  let profileId = ctx.defaultProfileId;
  const profile = (values.profile ?? '').trim();
  if (profile) {
    if (!ID.test(profile) || !ctx.profileIds.has(Number(profile))) add('profile', 'profileUnknown', { value: shown(profile) });
    else if (!ctx.grantableProfiles.has(Number(profile))) add('profile', 'profileAboveYou', { value: profile });
    else profileId = Number(profile);
  } else if (!ctx.grantableProfiles.has(ctx.defaultProfileId)) add('profile', 'defaultProfileAboveYou');

  let maxAttend = 0;
  const ma = (values.maxAttend ?? '').trim();
  if (ma) {
    if (!MAX_ATTEND.test(ma)) add('maxAttend', 'maxAttendInvalid', { value: shown(ma) });
    else maxAttend = Number(ma);
  }

  return { line, name, email, phone, password, serviceId, profileId, maxAttend };
}
