/**
 * The extensions a file name can be matched on, lower case, without the dot: the last one and, for
 * a double extension, the last two (`backup.TAR.GZ` → `['gz', 'tar.gz']`). Empty for a name without
 * an extension: no dot, a dot only at the start (`.env`) or at the end (`report.`). Folders in the
 * name (`/` or `\`) are ignored.
 */
export function extensionsOf(fileName: string): string[] {
  const base = fileName.trim().split(/[\\/]/).pop() ?? '';
  let parts = base.toLowerCase().split('.');
  if (parts[0] === '') parts = parts.slice(1); // a dot-file: what follows its first dot is its name
  const last = parts[parts.length - 1];
  if (parts.length < 2 || !last) return [];
  const out = [last];
  const previous = parts[parts.length - 2];
  if (parts.length >= 3 && previous) out.push(`${previous}.${last}`);
  return out;
}

/** A configured extension as matched: lower case, without a leading dot or spaces (`.PDF ` → `pdf`). */
export const normalizeExtension = (e: string) => e.trim().toLowerCase().replace(/^\.+/, '');

/** Characters other than letters, digits, dots, hyphens and underscores (spaces and accents included). */
export const unsafeNameCharacters = (fileName: string) => [
  ...new Set(
    fileName
      .trim()
      .split(/[\\/]/)
      .pop()!
      .replace(/[A-Za-z0-9._-]/g, ''),
  ),
];
