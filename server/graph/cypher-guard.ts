// Decides from Neo4j's own plan (EXPLAIN) whether a console query is a safe read. Parsing Cypher
// text ourselves would be fooled by comments, unicode escapes and backticks; the planner is not.
export interface PlanNode { operatorType: string; arguments: Record<string, unknown>; children?: PlanNode[] }

/** Read procedures a console user may call; everything else (dbms.*, db.create*, …) is refused. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels', 'db.relationshipTypes', 'db.propertyKeys',
  'db.schema.visualization', 'db.schema.nodeTypeProperties', 'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes', 'db.index.fulltext.queryRelationships',
  'dbms.components',
]);
const ALLOWED_SHOW = new Set(['ShowIndexes', 'ShowConstraints', 'ShowFunctions', 'ShowProcedures']);
const REFUSED_OPERATORS: Record<string, string> = {
  LoadCSV: 'LOAD CSV is not allowed in the console',
  TransactionForeach: 'CALL { … } IN TRANSACTIONS is not allowed in the console',
  TransactionApply: 'CALL { … } IN TRANSACTIONS is not allowed in the console',
};

/** Command operators (TERMINATE TRANSACTIONS plans as a "read"); none belongs in a console. */
const COMMAND_OPERATOR = /^(Terminate|Create|Drop|Alter|Grant|Deny|Revoke|Start|Stop|Rename|Enable|Deallocate|Reallocate|Wait|Assert)/;

export interface GuardVerdict { ok: boolean; reason?: string }

const baseName = (op: string) => op.split('@')[0] ?? op;

export function procedureName(details: unknown): string | null {
  if (typeof details !== 'string') return null;
  const m = /^\s*([\p{L}\p{N}_.`]+)\s*\(/u.exec(details);
  return m ? m[1]!.replace(/`/g, '') : null;
}

function walk(p: PlanNode, visit: (p: PlanNode) => string | null): string | null {
  const r = visit(p);
  if (r) return r;
  for (const c of p.children ?? []) {
    const rc = walk(c, visit);
    if (rc) return rc;
  }
  return null;
}

export function judgePlan(queryType: string | undefined, plan: PlanNode | null | undefined, database: string | undefined, expectedDatabase: string): GuardVerdict {
  if (queryType !== 'r') {
    const what = queryType === 's' ? 'a schema or administration command' : queryType === 'w' || queryType === 'rw' ? 'a write' : 'not a read query';
    return { ok: false, reason: `Only read queries are allowed: this query is ${what}` };
  }
  if (database && database !== expectedDatabase) return { ok: false, reason: `Queries may only read the database "${expectedDatabase}"` };
  if (!plan) return { ok: false, reason: 'The query has no plan to check' };
  const reason = walk(plan, (p) => {
    const op = baseName(p.operatorType);
    if (REFUSED_OPERATORS[op]) return REFUSED_OPERATORS[op]!;
    if (COMMAND_OPERATOR.test(op)) return `${op} is not allowed in the console`;
    if (op.startsWith('Show') && !ALLOWED_SHOW.has(op)) return `${op.replace(/^Show/, 'SHOW ').toUpperCase()} is not allowed in the console`;
    if (p.arguments['planner-impl'] === 'ADMINISTRATION') return 'Administration commands are not allowed in the console';
    if (op === 'ProcedureCall') {
      const name = procedureName(p.arguments.Details);
      if (!name || !ALLOWED_PROCEDURES.has(name)) return `Procedure ${name ?? '(unknown)'} is not allowed in the console; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}`;
    }
    return null;
  });
  return reason ? { ok: false, reason } : { ok: true };
}
