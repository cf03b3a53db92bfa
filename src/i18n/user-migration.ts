import { defineStrings } from './define-strings';

/** Per-user problems and labels of the user migration, both languages. */
export const migrationStrings = defineStrings({
  alreadyThere: { 'pt-BR': 'Já está no serviço de destino; nada a fazer.', en: 'Already in the destination service; nothing to do.' },
  inactive: { 'pt-BR': 'Usuário inativo: ative-o antes de migrar.', en: 'Inactive user: activate them before migrating.' },
  notInOrigin: {
    'pt-BR': 'Não está mais no serviço de origem (alguém o moveu). Atualize a lista.',
    en: 'No longer in the origin service (someone moved them). Refresh the list.',
  },
  originOutOfReach: { 'pt-BR': 'O serviço de origem não é gerenciado por você.', en: 'The origin service is not one you manage.' },
  destinationOutOfReach: {
    'pt-BR': 'O serviço de destino não é gerenciado por você; escolha um dos seus serviços.',
    en: 'The destination service is not one you manage; choose one of your services.',
  },
  holdsMore: {
    'pt-BR': 'Este usuário tem permissões que você não tem (por exemplo, um administrador); só quem as tem pode migrá-lo.',
    en: 'This user holds permissions you do not (an administrator, say); only someone who holds them can migrate this user.',
  },
  managesMore: {
    'pt-BR': 'Este usuário gerencia serviços que você não gerencia; só quem os gerencia (ou um administrador) pode migrá-lo.',
    en: 'This user manages services you do not manage; only someone who manages them (or an administrator) can migrate this user.',
  },
  unknownUser: { 'pt-BR': 'Usuário não encontrado.', en: 'User not found.' },
  sameService: {
    'pt-BR': 'Origem e destino são o mesmo serviço: escolha outro destino.',
    en: 'Origin and destination are the same service: choose another destination.',
  },
  nothingSelected: { 'pt-BR': 'Selecione pelo menos um usuário.', en: 'Select at least one user.' },
  nothingToDo: {
    'pt-BR': 'Nenhum dos usuários selecionados pode ser migrado; veja os motivos.',
    en: 'None of the selected users can be migrated; see the reasons.',
  },
  title: { 'pt-BR': 'Migrar usuários entre serviços', en: 'Migrate users between services' },
  signedOut: {
    'pt-BR':
      'Aqui fica o formulário de migração: ele lista os usuários associados a um serviço, mostra uma prévia e move os escolhidos de forma permanente ou temporária. Entre com uma conta que tenha a permissão de migrar usuários para usá-lo.',
    en: 'This is where the migration form appears: it lists a service’s associated users, shows a preview and moves the chosen ones permanently or temporarily. Sign in with an account allowed to migrate users to use it.',
  },
  noPermission: {
    'pt-BR': 'Sua conta não tem a permissão de migrar usuários. Peça acesso a um administrador.',
    en: 'Your account is not allowed to migrate users. Ask an administrator for access.',
  },
  signIn: { 'pt-BR': 'Entrar', en: 'Sign in' },
  origin: { 'pt-BR': 'Serviço de origem', en: 'Origin service' },
  destination: { 'pt-BR': 'Serviço de destino', en: 'Destination service' },
  choose: { 'pt-BR': 'Escolha…', en: 'Choose…' },
  filter: { 'pt-BR': 'Filtrar por nome ou e-mail', en: 'Filter by name or e-mail' },
  name: { 'pt-BR': 'Nome', en: 'Name' },
  email: { 'pt-BR': 'E-mail', en: 'E-mail' },
  status: { 'pt-BR': 'Situação', en: 'Status' },
  active: { 'pt-BR': 'ativo', en: 'active' },
  inactiveLabel: { 'pt-BR': 'inativo', en: 'inactive' },
  temporaryUntil: { 'pt-BR': 'temporário, volta em {date}', en: 'temporary, returns on {date}' },
  selectPage: { 'pt-BR': 'Selecionar a página', en: 'Select the page' },
  selectAll: {
    'pt-BR': 'Selecionar todos do filtro ({n} {n#usuário|usuários})',
    en: 'Select all matching the filter ({n} {n#user|users})',
  },
  clear: { 'pt-BR': 'Limpar a seleção', en: 'Clear the selection' },
  selected: { 'pt-BR': '{n} selecionados', en: '{n} selected' },
  selectedOne: { 'pt-BR': '1 selecionado', en: '1 selected' },
  allSelected: {
    'pt-BR': 'Todos do filtro estão selecionados ({n} {n#usuário|usuários})',
    en: 'All matching the filter are selected ({n} {n#user|users})',
  },
  page: { 'pt-BR': 'Página {p} de {n}', en: 'Page {p} of {n}' },
  prev: { 'pt-BR': 'Anterior', en: 'Previous' },
  next: { 'pt-BR': 'Próxima', en: 'Next' },
  permanent: { 'pt-BR': 'Permanente', en: 'Permanent' },
  temporary: { 'pt-BR': 'Temporária (volta no início do dia seguinte)', en: 'Temporary (returns at the start of the next day)' },
  preview: { 'pt-BR': 'Pré-visualizar', en: 'Preview' },
  willMove: {
    'pt-BR': '{n} {n#usuário será migrado|usuários serão migrados}; {p} com problema {p#fica|ficam} de fora.',
    en: '{n} {n#user|users} will be migrated; {p} with a problem {p#is|are} left out.',
  },
  confirm: { 'pt-BR': 'Confirmar a migração', en: 'Confirm the migration' },
  started: { 'pt-BR': 'Migração enviada. Acompanhe o progresso:', en: 'Migration sent. Follow its progress:' },
  history: { 'pt-BR': 'Histórico recente do serviço', en: 'Recent history of the service' },
  when: { 'pt-BR': 'Quando', en: 'When' },
  event: { 'pt-BR': 'Evento', en: 'Event' },
  from: { 'pt-BR': 'De', en: 'From' },
  to: { 'pt-BR': 'Para', en: 'To' },
  'event.migration-permanent': { 'pt-BR': 'migração permanente', en: 'permanent migration' },
  'event.migration-temporary': { 'pt-BR': 'migração temporária', en: 'temporary migration' },
  'event.return': { 'pt-BR': 'retorno automático', en: 'automatic return' },
  back: { 'pt-BR': 'Voltar', en: 'Back' },
  refresh: { 'pt-BR': 'Atualizar a lista e o histórico', en: 'Refresh the list and the history' },
  summaryCounts: {
    'pt-BR': '{moved} {moved#usuário migrado|usuários migrados}, {failed} {failed#não migrado|não migrados}.',
    en: '{moved} {moved#user|users} migrated, {failed} not migrated.',
  },
  newMigration: { 'pt-BR': 'Nova migração', en: 'New migration' },
  seeDestination: { 'pt-BR': 'Ver o serviço de destino ({service})', en: 'Open the destination service ({service})' },
  mode: { 'pt-BR': 'Modo', en: 'Mode' },
  tz: { 'pt-BR': 'Horários no fuso da organização ({tz}).', en: 'Times in the organization’s time zone ({tz}).' },
  noHistory: { 'pt-BR': 'Nenhuma migração registrada para este serviço.', en: 'No migration recorded for this service.' },
  select: { 'pt-BR': 'Selecionar', en: 'Select' },
  noUsers: { 'pt-BR': 'Nenhum usuário associado corresponde ao filtro.', en: 'No associated user matches the filter.' },
} as const);

/** The table itself (both languages of every key). */
export const migrationText = migrationStrings.table;

export type MigrationTextKey = keyof typeof migrationText;
