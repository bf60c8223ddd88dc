/** A partition as a metadata response describes it (kafkajs's PartitionMetadata, without the import). */
export interface DescribedPartition {
  partitionErrorCode: number;
  partitionId: number;
  /** -1 while the partition has no leader. */
  leader: number;
  isr: number[];
}

export interface DescribedTopic {
  name: string;
  partitions: DescribedPartition[];
}

/**
 * What keeps the metadata of `wanted` from being usable, one line per problem; empty when
 * each topic is known, its partitions are numbered 0..n-1 without an error, and each has a
 * leader that is in sync. A broker that does not host the topic yet answers with an error
 * instead, which the caller reports as it is.
 */
export function unreadyPartitions(wanted: readonly string[], described: readonly DescribedTopic[]): string[] {
  const byName = new Map(described.map((topic) => [topic.name, topic]));
  return wanted.flatMap((name) => {
    const topic = byName.get(name);
    if (!topic) return [`${name}: not in the metadata`];
    if (topic.partitions.length === 0) return [`${name}: no partitions`];
    const ids = topic.partitions.map(({ partitionId }) => partitionId).sort((a, b) => a - b);
    if (ids.some((id, i) => id !== i)) return [`${name}: partitions ${ids.join(',')} are not numbered from 0 without a gap`];
    return topic.partitions.flatMap(({ partitionId, partitionErrorCode, leader, isr }) => {
      const partition = `${name}/${partitionId}`;
      if (partitionErrorCode !== 0) return [`${partition}: error code ${partitionErrorCode}`];
      if (leader < 0) return [`${partition}: no leader`];
      if (!isr.includes(leader)) return [`${partition}: leader ${leader} not in sync`];
      return [];
    });
  });
}
