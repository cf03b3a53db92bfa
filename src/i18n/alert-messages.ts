import { defineStrings } from './define-strings';

/**
 * The alert messages (e-mail, JSON, Slack, Teams, Google Chat) in the recipient's language, and the
 * bulk-request notices. Subjects start with a bracketed tag a mail filter can match.
 */
export const alertMessageStrings = defineStrings({
  'tag.fail': { 'pt-BR': 'FALHA', en: 'FAILING' },
  'tag.warn': { 'pt-BR': 'AVISO', en: 'WARNING' },
  'tag.resolved': { 'pt-BR': 'RESOLVIDO', en: 'RESOLVED' },
  'tag.flapping': { 'pt-BR': 'INSTÁVEL', en: 'FLAPPING' },
  'tag.test': { 'pt-BR': 'TESTE', en: 'TEST' },
  'subject.fired': { 'pt-BR': '[{tag}] {what}', en: '[{tag}] {what}' },
  'subject.repeated': { 'pt-BR': '[{tag}] {what} (lembrete {n})', en: '[{tag}] {what} (reminder {n})' },
  'subject.escalated': {
    'pt-BR': '[{tag}] {what}: ninguém confirmou em {minutes} min',
    en: '[{tag}] {what}: nobody acknowledged in {minutes} min',
  },
  'subject.resolved': { 'pt-BR': '[{tag}] {what} após {duration}', en: '[{tag}] {what} after {duration}' },
  'subject.flapping': { 'pt-BR': '[{tag}] {what} alterna entre ok e erro', en: '[{tag}] {what} keeps switching between ok and failing' },
  'subject.test': { 'pt-BR': '[{tag}] Mensagem de teste do Omni Runbook', en: '[{tag}] Test message from Omni Runbook' },
  'head.fired': { 'pt-BR': '{what} está com problema.', en: '{what} has a problem.' },
  'head.repeated': { 'pt-BR': '{what} continua com problema (lembrete {n}).', en: '{what} still has a problem (reminder {n}).' },
  'head.escalated': {
    'pt-BR': '{what} está com problema e ninguém confirmou o alerta em {minutes} min: você é o segundo contato.',
    en: '{what} has a problem and nobody acknowledged the alert in {minutes} min: you are the second contact.',
  },
  'head.resolved': { 'pt-BR': '{what} voltou ao normal. Ficou com problema por {duration}.', en: '{what} is back to normal. It had a problem for {duration}.' },
  'head.flapping': {
    'pt-BR': '{what} alterna entre ok e erro. Este alerta fica em silêncio até o resultado se estabilizar.',
    en: '{what} keeps switching between ok and failing. This alert stays quiet until the result is stable.',
  },
  'head.test': {
    'pt-BR': 'Esta é uma mensagem de teste do contato "{contact}". Nada está com problema: se você a recebeu, os alertas chegam aqui.',
    en: 'This is a test message for the contact "{contact}". Nothing is wrong: if you received it, alerts reach you here.',
  },
  'test.title': { 'pt-BR': 'Teste de contato', en: 'Contact test' },
  'test.summary': { 'pt-BR': 'Mensagem de teste pedida na tela de alertas.', en: 'Test message requested on the alerts screen.' },
  'line.rule': { 'pt-BR': 'Regra: {rule}', en: 'Rule: {rule}' },
  'line.since': { 'pt-BR': 'Com problema desde: {since}', en: 'Failing since: {since}' },
  'line.at': { 'pt-BR': 'Verificado em: {at}', en: 'Checked at: {at}' },
  'line.summary': { 'pt-BR': 'Resultado: {summary}', en: 'Result: {summary}' },
  'findings.title': { 'pt-BR': 'O que está errado', en: 'What is wrong' },
  'findings.more': { 'pt-BR': 'e mais {n} no painel de saúde', en: 'and {n} more on the health dashboard' },
  'finding.article': { 'pt-BR': 'Como corrigir', en: 'How to fix it' },
  'status.fail': { 'pt-BR': 'Falha', en: 'Fail' },
  'status.warn': { 'pt-BR': 'Aviso', en: 'Warning' },
  'status.ok': { 'pt-BR': 'Ok', en: 'Ok' },
  'link.dashboard': { 'pt-BR': 'Abrir o painel de saúde', en: 'Open the health dashboard' },
  'link.alerts': { 'pt-BR': 'Abrir os alertas', en: 'Open the alerts' },
  footer: {
    'pt-BR': 'Mensagem automática do Omni Runbook. Confirme ou silencie o alerta na tela de alertas.',
    en: 'Automatic message from Omni Runbook. Acknowledge or silence the alert on the alerts screen.',
  },
  'duration.minutes': { 'pt-BR': '{m} min', en: '{m} min' },
  'duration.hours': { 'pt-BR': '{h} h {m} min', en: '{h} h {m} min' },
  'duration.days': { 'pt-BR': '{d} d {h} h', en: '{d} d {h} h' },
  'reply.contactDisabled': { 'pt-BR': 'Contato desativado: nada foi enviado.', en: 'Contact disabled: nothing was sent.' },
  'reply.noSmtp': {
    'pt-BR': 'Nenhum servidor SMTP de alertas (ALERT_SMTP_URL) nem caixa de e-mail escolhida: nada foi enviado.',
    en: 'No alert SMTP server (ALERT_SMTP_URL) and no mailbox chosen: nothing was sent.',
  },
  'reply.notSendable': { 'pt-BR': 'Este tipo de evento não é enviado a contatos.', en: 'This kind of event is not sent to contacts.' },
  'reply.missing': { 'pt-BR': 'O evento ou o contato não existe mais.', en: 'The event or the contact no longer exists.' },
  'bulk.subject.done': { 'pt-BR': '[Omni Runbook] Solicitação em massa concluída: {kind}', en: '[Omni Runbook] Bulk request done: {kind}' },
  'bulk.subject.partial': {
    'pt-BR': '[Omni Runbook] Solicitação em massa concluída com falhas: {kind}',
    en: '[Omni Runbook] Bulk request done with failures: {kind}',
  },
  'bulk.subject.failed': { 'pt-BR': '[Omni Runbook] Solicitação em massa falhou: {kind}', en: '[Omni Runbook] Bulk request failed: {kind}' },
  'bulk.head.done': { 'pt-BR': 'Sua solicitação "{kind}" terminou.', en: 'Your request "{kind}" has finished.' },
  'bulk.head.partial': {
    'pt-BR': 'Sua solicitação "{kind}" terminou, mas alguns itens não foram aplicados.',
    en: 'Your request "{kind}" has finished, but some items were not applied.',
  },
  'bulk.head.failed': { 'pt-BR': 'Sua solicitação "{kind}" falhou e nada foi aplicado.', en: 'Your request "{kind}" failed and nothing was applied.' },
  'bulk.counts': {
    'pt-BR': 'Total: {total} · aplicados: {applied} · com falha: {failed} · ignorados: {skipped}',
    en: 'Total: {total} · applied: {applied} · failed: {failed} · skipped: {skipped}',
  },
  'bulk.ended': { 'pt-BR': 'Terminou em: {at}', en: 'Ended at: {at}' },
  'bulk.link': { 'pt-BR': 'Ver a solicitação', en: 'See the request' },
});
