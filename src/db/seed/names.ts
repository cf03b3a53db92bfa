/** Brazilian first names and surnames for demo people, with ASCII slugs for their e-mail addresses. */
export const firstNames = [
  'Ana', 'João', 'Maria', 'José', 'Francisca', 'Antônio', 'Adriana', 'Carlos', 'Juliana', 'Paulo', 'Márcia', 'Lucas',
  'Fernanda', 'Luiz', 'Patrícia', 'Marcos', 'Aline', 'Rafael', 'Camila', 'Gabriel', 'Letícia', 'Thiago', 'Beatriz',
  'Felipe', 'Larissa', 'Bruno', 'Vitória', 'Mateus', 'Luíza', 'Gustavo', 'Sônia', 'Vinícius', 'Cláudia', 'André',
];
export const surnames = [
  'Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Ribeiro',
  'Carvalho', 'Araújo', 'Almeida', 'Lopes', 'Soares', 'Fernandes', 'Vieira', 'Barbosa', 'Rocha', 'Dias', 'Nascimento',
  'Andrade', 'Moreira', 'Nunes', 'Marques', 'Machado', 'Mendes', 'Freitas', 'Cardoso', 'Ramos', 'Gonçalves', 'Conceição',
];

/** "João" → "joao". */
export const slug = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
