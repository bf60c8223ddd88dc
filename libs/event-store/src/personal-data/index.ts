export { DataKey, Envelope, TamperedPersonalDataError, isEnvelope, openValue, sealValue } from './envelope';
export { PersonalDataKeyStore, PERSONAL_DATA_KEYS_TABLE } from './personal-data-key-store';
export { PersonalDataPolicy, PersonalField } from './personal-data-policy';
export { PersonalDataProtection, storedEvent } from './personal-data-protection';
export { personalDataOf, sealedStoreOf, withPersonalData } from './protected-event-store';
export { KeyStoreConfig, createKeyStore, keyStoreConfigFor } from './key-store-config';
export { ProtectedEventStoreConfig, openProtectedEventStore } from './open-event-store';
export { SqliteKeyStore } from './sqlite-key-store';
export { PostgresKeyStore } from './postgres-key-store';
