import type { Lang } from '@/i18n/ui';
import { csvFileStrings } from '@/i18n/csv-files';

/** The fields of an import row, in template order. */
export const importFields = ['name', 'email', 'phone', 'password', 'service', 'profile', 'maxAttend'] as const;
export type ImportField = (typeof importFields)[number];

/** Fields a row cannot leave blank. */
export const mandatoryFields: ImportField[] = ['name', 'email', 'phone', 'password'];

/** Header of each field in each language (the template's spelling). */
export const fieldHeader = (field: ImportField, lang: Lang): string => csvFileStrings.t(lang, `import.${field}`);

/** Lower case, no accents, no spaces, dashes, dots or underscores: `Serviço ID` → `servicoid`. */
export const normalizeHeader = (h: string) =>
  h
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_\-.]/g, '');

/** Accepted spellings (normalized) of each field, pt-BR and English. */
const aliases: Record<ImportField, string[]> = {
  name: ['name', 'nome', 'fullname', 'nomecompleto'],
  email: ['email', 'mail', 'emailaddress', 'enderecodeemail'],
  phone: ['phone', 'telefone', 'fone', 'celular', 'phonenumber', 'tel'],
  password: ['password', 'senha', 'senhainicial', 'initialpassword'],
  service: ['service', 'servico', 'serviceid', 'servicoid', 'idservico', 'idservice'],
  profile: ['profile', 'perfil', 'profileid', 'perfilid', 'idperfil', 'idprofile'],
  maxAttend: ['maxattend', 'maxattendances', 'maxatendimentos', 'maximoatendimentos', 'maxatend'],
};

const byAlias = new Map<string, ImportField>(Object.entries(aliases).flatMap(([f, list]) => list.map((a) => [a, f as ImportField])));

/** The field a header names, or undefined when it is not a column of the import. */
export const fieldOfHeader = (header: string): ImportField | undefined => byAlias.get(normalizeHeader(header));
