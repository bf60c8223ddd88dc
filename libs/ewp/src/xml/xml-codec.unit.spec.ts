import { DomainError } from '@app/domain';
import { assertNoDoctype, buildXml, parseXml, xmlSafe } from './xml-codec';

const XXE = '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<r>&x;</r>';

describe('the XML codec', () => {
  it('refuses any DOCTYPE (EWP-XML-DOCTYPE), before parsing', () => {
    expect(() => assertNoDoctype(XXE)).toThrow(DomainError);
    expect(() => parseXml(XXE)).toThrow('EWP-XML-DOCTYPE');
    expect(() => parseXml('<!doctype r><r/>')).toThrow('EWP-XML-DOCTYPE');
    expect(parseXml('<r><t>a</t></r>')).toEqual({ r: { t: 'a' } });
  });

  it('writes what XML 1.0 cannot carry as U+FFFD, keeping tabs and line breaks', () => {
    expect(xmlSafe('Intro\u0000duction\u0007\uffff\ud800')).toBe('Intro\ufffdduction\ufffd\ufffd\ufffd');
    expect(xmlSafe('two\tcolumns\r\nlines, 🚆')).toBe('two\tcolumns\r\nlines, 🚆');
    const xml = buildXml({ r: { name: 'Intro\u0000duction', '@lang': 'e\u0001n' } });
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
    expect(parseXml(xml).r).toEqual({ name: 'Intro\ufffdduction', '@lang': 'e\ufffdn' });
  });
});
