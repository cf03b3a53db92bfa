import type { actions } from 'astro:actions';

type Out<F extends { orThrow: (...a: never[]) => Promise<unknown> }> = Awaited<ReturnType<F['orThrow']>>;

/** What the rules list operation returns (rules, checks, contacts, grids, time zone). */
export type RulesData = Out<typeof actions.alerts.rules.list>;
export type Rule = RulesData['rules'][number];
export type ContactsData = Out<typeof actions.alerts.contacts.list>;
export type Contact = ContactsData['contacts'][number];
export type Simulation = Out<typeof actions.alerts.rules.simulate>;
export type Timeline = Out<typeof actions.alerts.rules.history>;
export type Silence = Out<typeof actions.alerts.silences.list>['silences'][number];
