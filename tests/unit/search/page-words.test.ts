import { describe, expect, test } from 'vitest';
import { PageWords } from '@/search/page-words';

describe('PageWords', () => {
  const w = new PageWords('O operador confere o próprio Estado no Dashboard; chats e transferências');
  test('finds a word in the forms sameStem accepts: itself, longer, shorter and sibling forms', () => {
    expect(w.has('estado')).toBe(true);
    expect(w.has('chat')).toBe(true);
    expect(w.has('chatss')).toBe(true);
    expect(w.has('transferir')).toBe(true);
    expect(w.has('operadores')).toBe(true);
  });
  test('does not find other words, nor short words by prefix', () => {
    expect(w.has('logado')).toBe(false);
    expect(w.has('est')).toBe(false);
    expect(w.has('dash')).toBe(true);
    expect(w.holdsAll(['estado', 'logado'])).toBe(false);
    expect(w.holdsAll([])).toBe(false);
  });
});
