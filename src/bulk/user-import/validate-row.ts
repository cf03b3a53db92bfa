import { passwordProblem } from '@/auth/password';
import type { ImportTextKey } from '@/i18n/user-import';
import type { Localized } from '../types';
import type { ImportField } from './columns';
import { candidatesText, type References, type Resolution } from './references';

/** What the rows are checked against: ids that exist, defaults, and the actor's reach. */
export interface ImportContext {
  /** Services by id or name (each distinct cell looked up once). */
  services: References;
  /** Profiles by id or name (a built-in one by its stored name or its label in either language). */
  profiles: References;
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

/**
 * The template's example row writes its e-mail at `example.invalid` (a domain that can never
 * exist, RFC 2606): a file still holding it is refused, so the example is never imported by accident.
 */
export const EXAMPLE_DOMAIN = 'example.invalid';
const isExampleEmail = (email: string) => email.toLowerCase().endsWith(`@${EXAMPLE_DOMAIN}`);

/** A cell that named a record, as a message echoes it: the id, or "name (id)". */
const named = (cellText: string, r: { id: number }) => (cellText === String(r.id) ? cellText : `${shown(cellText)} (${r.id})`);

/** The record a valid cell names (a row with an unknown or ambiguous one never gets here). */
const idOf = (r: Resolution, fallback: number) => ('id' in r ? r.id : fallback);

/** A value as echoed in a message: at most 60 characters. */
const shown = (v: string) => (v.length > 60 ? `${v.slice(0, 57)}…` : v);
const MAX_ATTEND = /^\d{1,6}$/;

/** Digits of a phone once spaces, dots, dashes, parentheses and a leading + are dropped; null when that is not 8–15 digits. */
export function phoneDigits(raw: string): string | null {
  const d = raw.replace(/[\s().\-]/g, '').replace(/^\+/, '');
  return /^\d{8,15}$/.test(d) ? d : null;
}

/** Receives a row's problem: the field, the message key and its values (besides `col`, `list`, `plist`). */
export type RowProblemSink = (field: ImportField, key: ImportTextKey, vars?: Record<string, string | number>) => void;

/** Where each field sits in a record: its column index, or -1 when the header lacks it. */
export type ColumnIndex = Readonly<Record<ImportField, number>>;

/** A cell of `fields` for `f` ('' when the column is absent or the row is short). */
const cell = (fields: readonly string[], at: number): string => (at >= 0 ? (fields[at] ?? '') : '');

/**
 * Checks one row on its own (no database): mandatory fields, formats, ids, reach and password
 * strength; each problem goes to `add` (which builds its message only if it keeps it, so a file
 * with millions of problems costs no string work for those it only counts). Reads the record's
 * cells in place and allocates nothing for a row with problems: a file of millions of short rows
 * calls this millions of times, and its garbage is what costs. Duplicates and e-mails in use are
 * checked by the caller, which sees the whole file; a row that got no problem becomes a user
 * through `toValidRow`.
 */
export function validateRow(fields: readonly string[], at: ColumnIndex, ctx: ImportContext, add: RowProblemSink): void {
  // Each cell is read and trimmed once.
  const name = cell(fields, at.name).trim();
  const email = cell(fields, at.email).trim();
  const phone = cell(fields, at.phone).trim();
  const password = cell(fields, at.password);
  if (!name) add('name', 'required');
  if (!email) add('email', 'required');
  else if (!isEmail(email)) add('email', 'emailInvalid', { value: shown(email) });
  else if (isExampleEmail(email)) add('email', 'exampleRow');
  if (!phone) add('phone', 'required');
  else if (!phoneDigits(phone)) add('phone', 'phoneInvalid', { value: shown(phone) });
  if (password.trim() === '') add('password', 'required');
  else {
    const weak = passwordProblem(password);
    if (weak) add('password', `password.${weak}`);
  }

  const service = cell(fields, at.service).trim();
  if (service) {
    const s = ctx.services.resolve(service);
    if ('unknown' in s) add('service', 'serviceUnknown', { value: shown(service) });
    else if ('ambiguous' in s) add('service', 'serviceAmbiguous', { value: shown(service), candidates: candidatesText(s.ambiguous) });
    else if (ctx.scope !== 'all' && !ctx.scope.has(s.id)) add('service', 'serviceOutOfScope', { value: named(service, s) });
  } else if (ctx.scope !== 'all' && !ctx.scope.has(ctx.defaultServiceId)) add('service', 'defaultOutOfScope');

  const profile = cell(fields, at.profile).trim();
  if (profile) {
    const p = ctx.profiles.resolve(profile);
    if ('unknown' in p) add('profile', 'profileUnknown', { value: shown(profile) });
    else if ('ambiguous' in p) add('profile', 'profileAmbiguous', { value: shown(profile), candidates: candidatesText(p.ambiguous) });
    else if (!ctx.grantableProfiles.has(p.id)) add('profile', 'profileAboveYou', { value: named(profile, p) });
  } else if (!ctx.grantableProfiles.has(ctx.defaultProfileId)) add('profile', 'defaultProfileAboveYou');

  const ma = cell(fields, at.maxAttend).trim();
  if (ma && !MAX_ATTEND.test(ma)) add('maxAttend', 'maxAttendInvalid', { value: shown(ma) });
}

/** The user a row that `validateRow` found no problem in becomes (defaults filled in). */
export function toValidRow(line: number, fields: readonly string[], at: ColumnIndex, ctx: ImportContext): ValidRow {
  const service = cell(fields, at.service).trim();
  const profile = cell(fields, at.profile).trim();
  const ma = cell(fields, at.maxAttend).trim();
  return {
    line,
    name: cell(fields, at.name).trim(),
    email: cell(fields, at.email).trim(),
    phone: cell(fields, at.phone).trim(),
    password: cell(fields, at.password),
    serviceId: service ? idOf(ctx.services.resolve(service), ctx.defaultServiceId) : ctx.defaultServiceId,
    profileId: profile ? idOf(ctx.profiles.resolve(profile), ctx.defaultProfileId) : ctx.defaultProfileId,
    maxAttend: ma ? Number(ma) : 0,
  };
}
