import { aComponent, aContent } from '../testing';
import { assertComponentsListed } from './components-listed';

describe('assertComponentsListed (CTI-LA-2)', () => {
  it('accepts components at the host and their recognition at home', () => {
    expect(() => assertComponentsListed(aContent())).not.toThrow();
  });

  it('CTI-LA-2: counts virtual, blended and doctoral components as followed at the host', () => {
    const doctoral = aContent({ mobilityType: 'short-term-doctoral', studiedAbroad: [], doctoral: [aComponent('PHD-1', '5')] });
    expect(() => assertComponentsListed(doctoral)).not.toThrow();
  });

  it('CTI-LA-2: refuses an agreement with nothing to follow at the host', () => {
    expect(() => assertComponentsListed(aContent({ studiedAbroad: [] }))).toThrow(
      expect.objectContaining({ kind: 'rule', ruleId: 'CTI-LA-2', message: expect.stringMatching(/no component followed/) }),
    );
  });

  it('CTI-LA-2: refuses an agreement that does not say how credits are recognised at home', () => {
    expect(() => assertComponentsListed(aContent({ recognisedAtHome: [] }))).toThrow(/^CTI-LA-2: .*table B is empty/);
  });

  it('leaves traineeships to their internship agreement (CTI-MOB-6)', () => {
    const traineeship = aContent({ mobilityType: 'traineeship', activity: 'internship', studiedAbroad: [], recognisedAtHome: [] });
    expect(() => assertComponentsListed(traineeship)).not.toThrow();
  });
});
