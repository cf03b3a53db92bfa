import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { getCheck } from '../checks/registry';
import { runCheck } from '../checks/runner';
import { attendances, escalationEvents, escalationRuns, escalations, users } from '../db/schema';
import { hashFromFiles } from './article-hash';
import { newEscalationId } from './id';

/**
 * The demo's two example escalations, both opened by the demo agent: one still open (a period too
 * long for one e-mail search, with the agent's check run attached), one the administrator resolved
 * as a gap in the article (e-mails not arriving).
 */
export async function seedDemoEscalations(db: Db, now: Date): Promise<void> {
  const people = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, ['agent@demo.local', 'admin@demo.local']));
  const agent = people.find((p) => p.email === 'agent@demo.local')?.id;
  const admin = people.find((p) => p.email === 'admin@demo.local')?.id;
  if (!agent || !admin) return;
  const [attendance] = await db.select({ id: attendances.id, serviceId: attendances.serviceId }).from(attendances).limit(1);
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);
  // The agent's run is a real run of the check (stored and audited as any run).
  const def = getCheck('email-search-window');
  const run = def
    ? await runCheck(def, {
        db,
        user: {
          id: agent,
          name: 'Agente Demo',
          email: 'agent@demo.local',
          profile: 'User',
          permissions: ['op:attendance'],
          sessionId: 'demo-seed',
          sessionCreatedAt: now,
        },
        input: { from: '2026-09-01', to: '2026-10-15' },
        now: at(40),
      })
    : undefined;
  const open = newEscalationId();
  const gap = newEscalationId();
  await db.insert(escalations).values([
    {
      id: open,
      createdBy: agent,
      createdAt: at(35),
      updatedAt: at(35),
      lang: 'pt-BR',
      article: 'email/email-search-no-results',
      section: 'quando-escalar',
      articleHash: hashFromFiles('email/email-search-no-results') ?? 'unknown',
      query: 'busca de email não acha mensagem antiga',
      symptom: 'Cliente diz que mandou e-mail em setembro e a busca não encontra.',
      toldCustomer: 'Vou procurar a sua mensagem em outro período e retorno ainda hoje.',
      attendanceId: attendance?.id ?? null,
      serviceId: attendance?.serviceId ?? null,
      target: 'operation-admin',
    },
    {
      id: gap,
      createdBy: agent,
      createdAt: at(60 * 26),
      updatedAt: at(60 * 24),
      lang: 'pt-BR',
      article: 'email/emails-not-arriving',
      section: 'quando-escalar',
      articleHash: hashFromFiles('email/emails-not-arriving') ?? 'unknown',
      query: 'email do cliente volta com erro',
      symptom: 'As respostas ao cliente voltam com "caixa cheia" do nosso lado.',
      toldCustomer: 'Estamos com um problema para enviar e-mails por este endereço; já passei o caso à equipe responsável.',
      target: 'operation-admin',
      status: 'resolved',
      assigneeId: admin,
      kbOutcome: 'gap',
      resolvedAt: at(60 * 24),
    },
  ]);
  if (run) await db.insert(escalationRuns).values({ escalationId: open, checkRunId: run.runId, origin: 'agent', byId: agent, at: at(35) });
  await db.insert(escalationEvents).values([
    { escalationId: open, kind: 'created', authorId: agent, at: at(35) },
    { escalationId: gap, kind: 'created', authorId: agent, at: at(60 * 26) },
    { escalationId: gap, kind: 'assigned', authorId: admin, at: at(60 * 25), details: { assigneeId: admin } },
    { escalationId: gap, kind: 'status', authorId: admin, at: at(60 * 25), details: { status: 'taken', kbOutcome: null } },
    {
      escalationId: gap,
      kind: 'note',
      authorId: admin,
      at: at(60 * 24 + 5),
      text: 'A caixa de envio estava cheia no provedor; o artigo não fala de caixa cheia. Liberado espaço e reenviado.',
    },
    { escalationId: gap, kind: 'status', authorId: admin, at: at(60 * 24), details: { status: 'resolved', kbOutcome: 'gap' } },
  ]);
}
