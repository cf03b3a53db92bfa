import { boolean, date, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { timestamps } from './_helpers';

/** A satisfaction survey (pesquisa): sent only while published and between its dates. */
export const surveys = pgTable('surveys', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  published: boolean('published').notNull().default(false),
  ...timestamps,
});

/** A campaign (campanha); one may send a survey, and only between its own dates. */
export const campaigns = pgTable(
  'campaigns',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    surveyId: integer('survey_id').references(() => surveys.id),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    ...timestamps,
  },
  (t) => [index('campaigns_survey_id_idx').on(t.surveyId)],
);
