import { judgePlan, procedureName, type PlanNode } from './cypher-guard';

const plan = (op: string, args: Record<string, unknown> = {}, children: PlanNode[] = []): PlanNode =>
  ({ operatorType: `${op}@neo4j`, arguments: args, children });
const results = (...children: PlanNode[]) => plan('ProduceResults', {}, children);

describe('judgePlan', () => {
  it('accepts a plain read', () => {
    expect(judgePlan('r', results(plan('AllNodesScan')), 'neo4j', 'neo4j')).toEqual({ ok: true });
  });
  it.each([['rw'], ['w'], ['s'], [undefined]])('refuses query type %s', (qt) => {
    const v = judgePlan(qt, results(plan('Create')), 'neo4j', 'neo4j');
    expect(v.ok).toBe(false);
    expect(v.reason).toMatch(/Only read queries/);
  });
  it('refuses LOAD CSV even though Neo4j calls it a read', () => {
    expect(judgePlan('r', results(plan('LoadCSV')), 'neo4j', 'neo4j').reason).toMatch(/LOAD CSV/);
  });
  it('refuses procedures outside the allow-list, deep in the plan', () => {
    const p = results(plan('Apply', {}, [plan('Argument'), plan('ProcedureCall', { Details: 'dbms.listConfig() :: (name :: STRING)' })]));
    expect(judgePlan('r', p, 'neo4j', 'neo4j').reason).toMatch(/dbms.listConfig/);
  });
  it('accepts allowed procedures', () => {
    expect(judgePlan('r', results(plan('ProcedureCall', { Details: 'db.labels() :: (label :: STRING)' })), 'neo4j', 'neo4j').ok).toBe(true);
  });
  it('refuses SHOW SETTINGS but accepts SHOW INDEXES', () => {
    expect(judgePlan('r', results(plan('ShowSettings')), 'neo4j', 'neo4j').ok).toBe(false);
    expect(judgePlan('r', results(plan('ShowIndexes')), 'neo4j', 'neo4j').ok).toBe(true);
  });
  it('refuses command operators that plan as reads', () => {
    expect(judgePlan('r', results(plan('TerminateTransactions')), 'neo4j', 'neo4j').reason).toMatch(/TerminateTransactions/);
  });
  it('refuses another database', () => {
    expect(judgePlan('r', results(plan('AllNodesScan')), 'system', 'neo4j').reason).toMatch(/may only read/);
  });
  it('refuses a missing plan', () => {
    expect(judgePlan('r', null, 'neo4j', 'neo4j').ok).toBe(false);
  });
});

describe('procedureName', () => {
  it('reads the name from plan details', () => {
    expect(procedureName('db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)')).toBe('db.index.fulltext.queryNodes');
    expect(procedureName('`db`.`labels`() :: x')).toBe('db.labels');
    expect(procedureName(42)).toBeNull();
  });
});
