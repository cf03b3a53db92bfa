import { checkHistory } from '../operations/checks/check-history';
import { checkRun } from '../operations/checks/check-run';
import { pickerList } from '../operations/checks/picker-list';
import { operationAction } from '../server/operation-action';

/** Live checks for islands (`actions.checks.*`): run one, read its history, list the records its inputs pick. */
export const checksActions = {
  /** Runs a check (its own permission; see `checkRun`). */
  run: operationAction(checkRun),
  /** A check's latest runs (see `checkHistory`). */
  history: operationAction(checkHistory),
  /** Records a check input can pick (see `pickerList`). */
  picker: operationAction(pickerList),
};
