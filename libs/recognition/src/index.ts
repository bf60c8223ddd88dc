export { RecognitionModule } from './recognition.module';
export { loadRecognition } from './read/load-recognition';
export { DecideRecognition } from './application/decide-recognition.command';
export { loadRecognitionContext } from './application/recognition-context';
export { transcriptCommand } from './http/recognition-commands';
