import { useInstitutionNames } from './institution-names';

/** An institution by its name and country where the register knows them; its SCHAC code stays a tooltip away. */
export function InstitutionName({ heiId }: { heiId: string }) {
  const { nameOf } = useInstitutionNames();
  const name = nameOf(heiId);
  return name === heiId ? <span>{heiId}</span> : <span title={heiId}>{name}</span>;
}
