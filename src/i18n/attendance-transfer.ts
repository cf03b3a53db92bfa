import { defineStrings } from './define-strings';

/** Strings of the attendance transfer (form, picker, preview, item reasons), both languages. */
export const transferStrings = defineStrings({
  title: { 'pt-BR': 'Transferir atendimentos', en: 'Transfer attendances' },
  signedOut: {
    'pt-BR': 'Este formulário transfere atendimentos em massa para outro operador. Para usá-lo,',
    en: 'This form transfers attendances in bulk to another operator. To use it,',
  },
  signIn: { 'pt-BR': 'entre com sua conta', en: 'sign in' },
  noPermission: {
    'pt-BR': 'Sua conta não tem a permissão de transferir atendimentos. Peça acesso a um administrador.',
    en: 'Your account is not allowed to transfer attendances. Ask an administrator for access.',
  },
  noServices: { 'pt-BR': 'Você não gerencia nenhum serviço.', en: 'You do not manage any service.' },
  service: { 'pt-BR': 'Buscar serviço', en: 'Search service' },
  chooseService: { 'pt-BR': 'Escolha o serviço', en: 'Choose the service' },
  agent: { 'pt-BR': 'Operador atual', en: 'Current operator' },
  anyAgent: { 'pt-BR': 'Todos', en: 'All' },
  channel: { 'pt-BR': 'Canal', en: 'Channel' },
  anyChannel: { 'pt-BR': 'Todos', en: 'All' },
  age: { 'pt-BR': 'Aberto há mais de (min)', en: 'Open for more than (min)' },
  filter: { 'pt-BR': 'Filtrar', en: 'Filter' },
  protocol: { 'pt-BR': 'Protocolo', en: 'Protocol' },
  customer: { 'pt-BR': 'Cliente', en: 'Customer' },
  openFor: { 'pt-BR': 'Aberto há', en: 'Open for' },
  expires: { 'pt-BR': 'Expira', en: 'Expires' },
  expiredTag: { 'pt-BR': 'expirado', en: 'expired' },
  selectPage: { 'pt-BR': 'Selecionar a página', en: 'Select this page' },
  selectAll: { 'pt-BR': 'Selecionar todos os {n} do filtro', en: 'Select all {n} matching the filter' },
  allSelected: {
    'pt-BR': 'Todos do filtro estão selecionados ({n} {n#atendimento|atendimentos}).',
    en: 'All matching the filter are selected ({n} {n#attendance|attendances}).',
  },
  clear: { 'pt-BR': 'Limpar a seleção', en: 'Clear the selection' },
  selected: { 'pt-BR': '{n} selecionados', en: '{n} selected' },
  selectedOne: { 'pt-BR': '1 selecionado', en: '1 selected' },
  next: { 'pt-BR': 'Próxima página', en: 'Next page' },
  first: { 'pt-BR': 'Primeira página', en: 'First page' },
  none: { 'pt-BR': 'Nenhum atendimento em andamento com esses filtros.', en: 'No attendance in progress matches these filters.' },
  target: { 'pt-BR': 'Operador de destino', en: 'Target operator' },
  chooseTarget: { 'pt-BR': 'Escolha o operador', en: 'Choose the operator' },
  load: {
    'pt-BR': '{current} em atendimento · capacidade: {maxAttend} {maxAttend#atendimento|atendimentos}, {maxChats} {maxChats#chat|chats}',
    en: '{current} in attendance · capacity: {maxAttend} {maxAttend#attendance|attendances}, {maxChats} {maxChats#chat|chats}',
  },
  preview: { 'pt-BR': 'Transferir (prévia)', en: 'Transfer (preview)' },
  previewTitle: { 'pt-BR': 'Prévia: nada foi gravado ainda', en: 'Preview: nothing has been written yet' },
  willMove: {
    'pt-BR': '{n} {n#atendimento será transferido|atendimentos serão transferidos} para {agent}.',
    en: '{n} {n#attendance|attendances} will be transferred to {agent}.',
  },
  overCapacity: {
    'pt-BR':
      'Atenção: {agent} ficará com {after} {after#atendimento|atendimentos}, acima da capacidade ({maxAttend}). A transferência não é bloqueada; a decisão é sua.',
    en: 'Warning: {agent} will have {after} {after#attendance|attendances}, above the capacity ({maxAttend}). The transfer is not blocked; the decision is yours.',
  },
  problems: {
    'pt-BR': 'Estes não devem ser transferidos (o motivo aparecerá no resultado):',
    en: 'These are not expected to transfer (the reason will show in the result):',
  },
  confirm: { 'pt-BR': 'Confirmar a transferência', en: 'Confirm the transfer' },
  back: { 'pt-BR': 'Voltar', en: 'Back' },
  nothingSelected: { 'pt-BR': 'Selecione ao menos um atendimento.', en: 'Select at least one attendance.' },
  noTarget: { 'pt-BR': 'Escolha o operador de destino.', en: 'Choose the target operator.' },
  badService: { 'pt-BR': 'Escolha um serviço que você gerencia.', en: 'Choose a service you manage.' },
  notInService: {
    'pt-BR': 'Algum atendimento enviado não pertence ao serviço escolhido. Atualize a lista e tente de novo.',
    en: 'Some attendance sent does not belong to the chosen service. Refresh the list and try again.',
  },
  tooMany: { 'pt-BR': 'Selecione no máximo {max} atendimentos por transferência.', en: 'Select at most {max} attendances per transfer.' },
  'reason.expired': { 'pt-BR': 'Atendimento expirado: não pode mais ser transferido.', en: 'Expired attendance: it can no longer be transferred.' },
  'reason.finished': { 'pt-BR': 'Atendimento já finalizado.', en: 'Attendance already finished.' },
  'reason.moved': {
    'pt-BR': 'Já foi transferido ou assumido por outra pessoa enquanto você selecionava. Atualize a lista.',
    en: 'It was transferred or picked up by someone else while you were selecting. Refresh the list.',
  },
  'reason.targetInactive': {
    'pt-BR': 'O operador de destino está inativo. Escolha um operador ativo.',
    en: 'The target operator is inactive. Choose an active operator.',
  },
  'reason.targetNotInService': {
    'pt-BR': 'O operador de destino não está associado a este serviço. Associe-o ou escolha outro.',
    en: 'The target operator is not associated to this service. Associate them or choose another.',
  },
  'reason.sameAgent': { 'pt-BR': 'O atendimento já está com o operador de destino.', en: 'The attendance is already with the target operator.' },
  blockedExpired: { 'pt-BR': 'Expirado: não pode ser transferido', en: 'Expired: cannot be transferred' },
  blockedFinished: { 'pt-BR': 'Finalizado: não pode ser transferido', en: 'Finished: cannot be transferred' },
  tick: { 'pt-BR': 'Selecionar', en: 'Select' },
  prevPage: { 'pt-BR': 'Página anterior', en: 'Previous page' },
  pageOf: { 'pt-BR': 'Página {p}', en: 'Page {p}' },
  capacityEstimate: {
    'pt-BR':
      'Atenção: com os {n} selecionados, {agent} pode ficar com até {after} atendimentos, acima da capacidade ({maxAttend}). A prévia dá o número exato; a transferência não é bloqueada.',
    en: 'Warning: with the {n} selected, {agent} may end up with up to {after} attendances, above the capacity ({maxAttend}). The preview gives the exact figure; the transfer is not blocked.',
  },
  nothingToMove: {
    'pt-BR': 'Nenhum dos atendimentos escolhidos pode ser transferido para {agent}: veja os motivos abaixo. Mude a seleção ou o operador de destino.',
    en: 'None of the chosen attendances can be transferred to {agent}: see the reasons below. Change the selection or the target operator.',
  },
  changeChoice: { 'pt-BR': 'Mudar a escolha', en: 'Change the choice' },
  summaryCounts: {
    'pt-BR': '{moved} {moved#atendimento transferido|atendimentos transferidos}, {failed} {failed#não transferido|não transferidos}.',
    en: '{moved} {moved#attendance|attendances} transferred, {failed} not transferred.',
  },
  newTransfer: { 'pt-BR': 'Nova transferência', en: 'New transfer' },
  'reason.gone': { 'pt-BR': 'Atendimento não encontrado.', en: 'Attendance not found.' },
} as const);

/** The table itself (both languages of every key). */
export const transferText = transferStrings.table;

export type TransferTextKey = keyof typeof transferText;
