/**
 * The alert engine's public surface, for the operations (rules, silences, ack, simulate), the
 * delivery worker and the job. See machine.ts for the states and what silences and grids do.
 */
export { runSweep, type SweepOptions, type SweepResult } from './sweep';
export { ackState, type AckResult } from './ack';
export { simulateRule, SIMULATION_RUNS, type Simulation, type SimulatedEvent, type SimulationRule } from './simulate';
export { enqueueDeliveries } from './enqueue';
export { alertTargets, selectorAllowed, recordKeyOf, alertSystemUser, type AlertTargets, type AlertRecordKind } from './targets';
export { advance, verdictOf, initialState, type Verdict, type MachineState, type MachineRule, type AdvanceContext, type MachineEvent } from './machine';
