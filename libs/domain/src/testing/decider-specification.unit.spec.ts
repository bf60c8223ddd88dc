import { Decider } from '../decider';
import { invalid } from '../errors';
import { deciderSpecification, historyOf } from './decider-specification';

type Counter = { add: number };
const counter: Decider<Counter, number, { added: number }> = {
  decide: ({ add }) => {
    if (add <= 0) throw invalid('add a positive number', 'TEST-1');
    return [{ added: add }];
  },
  evolve: (total, { added }) => total + added,
  initialState: () => 0,
};
const given = deciderSpecification(counter);

describe('deciderSpecification', () => {
  it('checks the decided events against the given history', () => {
    given([{ added: 1 }]).when({ add: 2 }).then([{ added: 2 }]);
    given().when({ add: 2 }).thenState((total) => expect(total).toBe(2));
    expect(() => given().when({ add: 2 }).then([{ added: 3 }])).toThrow();
  });

  it('checks refusals by kind and rule id, and fails when nothing is refused', () => {
    given().when({ add: 0 }).thenThrows({ kind: 'invalid', ruleId: 'TEST-1', message: /positive/ });
    expect(() => given().when({ add: 0 }).thenThrows({ kind: 'rule', ruleId: 'TEST-1' })).toThrow();
    expect(() => given().when({ add: 1 }).thenThrows({ kind: 'invalid' })).toThrow(/expected a refusal of kind invalid/);
  });

  it('builds a history from commands', () => {
    expect(historyOf(counter, [{ add: 1 }, { add: 2 }])).toEqual([{ added: 1 }, { added: 2 }]);
  });
});
