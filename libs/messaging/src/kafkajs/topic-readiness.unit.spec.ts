import { DescribedPartition, unreadyPartitions } from './topic-readiness';

const led = (partitionId: number, leader = 1): DescribedPartition => ({ partitionId, partitionErrorCode: 0, leader, isr: [1] });

describe('unreadyPartitions: the metadata of topics about to be used', () => {
  it('is empty when every partition, numbered from 0, has a leader in sync', () => {
    expect(unreadyPartitions(['t.agreement'], [{ name: 't.agreement', partitions: [led(2), led(0), led(1)] }])).toEqual([]);
  });

  it('names a topic the metadata leaves out, or gives no partitions', () => {
    expect(unreadyPartitions(['t.agreement', 't.school'], [{ name: 't.school', partitions: [] }])).toEqual([
      't.agreement: not in the metadata',
      't.school: no partitions',
    ]);
  });

  it('names the partitions without a leader, with an error, or led from outside the in-sync replicas', () => {
    const partitions = [led(0, -1), { ...led(1), partitionErrorCode: 5 }, led(2, 2)];
    expect(unreadyPartitions(['t.agreement'], [{ name: 't.agreement', partitions }])).toEqual([
      't.agreement/0: no leader',
      't.agreement/1: error code 5',
      't.agreement/2: leader 2 not in sync',
    ]);
  });

  it('refuses partitions that are not numbered 0..n-1 (a metadata answer cut short)', () => {
    expect(unreadyPartitions(['t.agreement'], [{ name: 't.agreement', partitions: [led(0), led(2)] }])).toEqual([
      't.agreement: partitions 0,2 are not numbered from 0 without a gap',
    ]);
  });
});
