import { alertContactCreate } from '../operations/alerts/contact-create';
import { alertContactDelete } from '../operations/alerts/contact-delete';
import { alertContactList } from '../operations/alerts/contact-list';
import { alertContactTest } from '../operations/alerts/contact-test';
import { alertContactUpdate } from '../operations/alerts/contact-update';
import { alertRuleCreate } from '../operations/alerts/rule-create';
import { alertRuleDelete } from '../operations/alerts/rule-delete';
import { alertRuleHistory } from '../operations/alerts/rule-history';
import { alertRuleList } from '../operations/alerts/rule-list';
import { alertRuleSimulate } from '../operations/alerts/rule-simulate';
import { alertRuleSimulateDraft } from '../operations/alerts/rule-simulate-draft';
import { alertRuleUpdate } from '../operations/alerts/rule-update';
import { alertSilenceCreate } from '../operations/alerts/silence-create';
import { alertSilenceEnd } from '../operations/alerts/silence-end';
import { alertSilenceList } from '../operations/alerts/silence-list';
import { alertStateAck } from '../operations/alerts/state-ack';
import { operationAction } from '../server/operation-action';

/** The alerts screen's operations for islands (`actions.alerts.*`, admin:alerts), each defined once on the shared core. */
export const alertsActions = {
  contacts: {
    list: operationAction(alertContactList),
    create: operationAction(alertContactCreate),
    update: operationAction(alertContactUpdate),
    delete: operationAction(alertContactDelete),
    test: operationAction(alertContactTest),
  },
  rules: {
    list: operationAction(alertRuleList),
    create: operationAction(alertRuleCreate),
    update: operationAction(alertRuleUpdate),
    delete: operationAction(alertRuleDelete),
    simulate: operationAction(alertRuleSimulate),
    simulateDraft: operationAction(alertRuleSimulateDraft),
    history: operationAction(alertRuleHistory),
  },
  silences: {
    list: operationAction(alertSilenceList),
    create: operationAction(alertSilenceCreate),
    end: operationAction(alertSilenceEnd),
  },
  states: {
    ack: operationAction(alertStateAck),
  },
};
