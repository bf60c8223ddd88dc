export * from './recognition.fixtures';
