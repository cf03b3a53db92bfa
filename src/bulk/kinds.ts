/**
 * Every bulk kind registers itself when its module is imported; list them here so the worker
 * knows them all at start-up.
 */
import './user-import/kind';
import './user-migration/kind';
import './attendance-transfer/kind';
import './queue-closure/kind';
