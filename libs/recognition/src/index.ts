export { RecognitionModule } from './recognition.module';
export { loadRecognition } from './read/load-recognition';
