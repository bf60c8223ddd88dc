export * from './recognition-actions.dto';
export * from './transcript.dto';
