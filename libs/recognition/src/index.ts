export { RecognitionModule } from './recognition.module';
export { effectiveConversionRules } from './application/recognition-context';
export { loadRecognition } from './read/load-recognition';
