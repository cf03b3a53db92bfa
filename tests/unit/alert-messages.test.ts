import { describe, expect, test } from 'vitest';
import { emailHtml, emailText } from '@/alerts/messages/email';
import { durationText } from '@/alerts/messages/duration';
import { renderAlert, type MessageKind } from '@/alerts/messages/render';
import type { AlertEventPayload } from '@/alerts/types';
import { signWebhook } from '@/alerts/delivery/send-webhook';
import { smtpEndpointOf } from '@/alerts/delivery/settings';
import { deliveryReplyText } from '@/alerts/delivery/reply-text';
import { Webhook } from 'standardwebhooks';

/** Issue 20, messages: every kind in both languages, in the organization's zone, with absolute fix links. */
const p: AlertEventPayload = {
  ruleId: 1,
  ruleName: 'Tarefas',
  checkId: 'scheduler-status',
  checkTitle: { 'pt-BR': 'Agendador de tarefas', en: 'Task scheduler' },
  recordKey: 'task:4',
  recordLabel: 'Envio de e-mails',
  status: 'fail',
  summary: { 'pt-BR': '1 tarefa parada.', en: '1 task stopped.' },
  findings: [
    {
      status: 'fail',
      message: { 'pt-BR': 'Sem sinal há 3 h', en: 'No heartbeat for 3 h' },
      record: { kind: 'scheduled-task', id: 4, label: 'email-sender' },
      fix: { article: 'reference/task-heartbeats' },
    },
    { status: 'ok', message: { 'pt-BR': 'ok', en: 'ok' } },
  ],
  moreFindings: 0,
  redSince: '2026-03-08T06:30:00Z',
  at: '2026-03-08T09:15:00Z',
  repeat: 2,
  escalatedAfterMinutes: 30,
};
const ctx = (lang: 'pt-BR' | 'en', timeZone = 'America/Sao_Paulo') => ({ lang, timeZone, publicUrl: 'https://rb.example' });

describe('renderAlert', () => {
  test.each<[MessageKind, string, string]>([
    ['fired', '[FALHA] Agendador de tarefas: Envio de e-mails', '[FAILING] Task scheduler: Envio de e-mails'],
    ['repeated', '[FALHA] Agendador de tarefas: Envio de e-mails (lembrete 2)', '[FAILING] Task scheduler: Envio de e-mails (reminder 2)'],
    [
      'escalated',
      '[FALHA] Agendador de tarefas: Envio de e-mails: ninguém confirmou em 30 min',
      '[FAILING] Task scheduler: Envio de e-mails: nobody acknowledged in 30 min',
    ],
    ['resolved', '[RESOLVIDO] Agendador de tarefas: Envio de e-mails após 2 h 45 min', '[RESOLVED] Task scheduler: Envio de e-mails after 2 h 45 min'],
    [
      'flapping',
      '[INSTÁVEL] Agendador de tarefas: Envio de e-mails alterna entre ok e erro',
      '[FLAPPING] Task scheduler: Envio de e-mails keeps switching between ok and failing',
    ],
    ['test', '[TESTE] Mensagem de teste do Omni Runbook', '[TEST] Test message from Omni Runbook'],
  ])('%s: the subject in each language', (kind, pt, en) => {
    expect(renderAlert(kind, p, ctx('pt-BR')).subject).toBe(pt);
    expect(renderAlert(kind, p, ctx('en')).subject).toBe(en);
  });

  test('flapping says it stays quiet until stable; resolved says how long; test says it is a test', () => {
    expect(renderAlert('flapping', p, ctx('en')).headline).toContain('stays quiet until the result is stable');
    expect(renderAlert('flapping', p, ctx('pt-BR')).headline).toContain('fica em silêncio até o resultado se estabilizar');
    expect(renderAlert('resolved', p, ctx('pt-BR')).headline).toBe(
      'Agendador de tarefas: Envio de e-mails voltou ao normal. Ficou com problema por 2 h 45 min.',
    );
    expect(renderAlert('resolved', p, ctx('pt-BR')).findings).toEqual([]);
    expect(renderAlert('test', p, ctx('en')).headline).toMatch(/^This is a test message/);
  });

  test('a red finding links its article section and the screen that fixes it, absolute; ok findings are left out', () => {
    const m = renderAlert('fired', p, ctx('en'));
    expect(m.findings).toHaveLength(1);
    expect(m.findings[0]).toMatchObject({
      status: 'fail',
      record: 'email-sender',
      article: { url: 'https://rb.example/en/reference/task-heartbeats/' },
      screen: { url: 'https://rb.example/en/admin/scheduler/#task-4', label: 'Open it in the task scheduler' },
    });
  });

  test('since when, in the organization zone with its offset (a zone with daylight saving too)', () => {
    expect(renderAlert('fired', p, ctx('pt-BR')).lines).toContain('Com problema desde: 08/03/2026, 03:30 (UTC−3)');
    // 2026-03-08 is the day New York moves to daylight saving at 02:00 local: 06:30Z is 01:30 EST, 09:15Z is 05:15 EDT.
    const ny = renderAlert('fired', p, ctx('en', 'America/New_York')).lines;
    expect(ny.find((l) => l.startsWith('Failing since'))).toMatch(/1:30\sAM \(UTC−5\)$/);
    expect(ny.find((l) => l.startsWith('Checked at'))).toMatch(/5:15\sAM \(UTC−4\)$/);
  });

  test('the e-mail bodies carry the links; the HTML escapes every value', () => {
    const evil = { ...p, recordLabel: '<img src=x onerror=alert(1)>' };
    const m = renderAlert('fired', evil, ctx('en'));
    expect(emailText(m, 'What is wrong')).toContain('https://rb.example/en/reference/task-heartbeats/');
    const html = emailHtml(m, 'What is wrong');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('small parts', () => {
  test('durations', () => {
    expect(durationText('2026-01-01T00:00:00Z', '2026-01-01T00:42:10Z', 'pt-BR')).toBe('42 min');
    expect(durationText('2026-01-01T00:00:00Z', '2026-01-01T00:00:05Z', 'en')).toBe('1 min');
    expect(durationText('2026-01-01T00:00:00Z', '2026-01-03T05:00:00Z', 'en')).toBe('2 d 5 h');
  });

  test('the signature is the one standardwebhooks verifies', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const ts = Math.floor(Date.now() / 1000);
    const body = '{"type":"alert.test"}';
    const sig = signWebhook(secret, 'msg_1', ts, body);
    expect(sig).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, { 'webhook-id': 'msg_1', 'webhook-timestamp': String(ts), 'webhook-signature': sig })).toEqual({
      type: 'alert.test',
    });
  });

  test('ALERT_SMTP_URL forms', () => {
    expect(smtpEndpointOf('smtp://a%40b.c:p%3Ass@mail.example:2525')).toEqual({
      host: 'mail.example',
      port: 2525,
      security: 'starttls',
      user: 'a@b.c',
      password: 'p:ss',
    });
    expect(smtpEndpointOf('smtps://u:p@mail.example')).toMatchObject({ port: 465, security: 'tls' });
    expect(smtpEndpointOf('smtp://u:p@127.0.0.1:25?tls=off')).toMatchObject({ security: 'none' });
  });

  test('our reasons are shown in the reader language, server replies as they came', () => {
    expect(deliveryReplyText('omni:contactDisabled', 'pt-BR')).toBe('Contato desativado: nada foi enviado.');
    expect(deliveryReplyText('omni:contactDisabled', 'en')).toBe('Contact disabled: nothing was sent.');
    expect(deliveryReplyText('HTTP 500', 'pt-BR')).toBe('HTTP 500');
  });
});
