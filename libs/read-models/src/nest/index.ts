export { ReadModelsModule } from './read-models.module';
export { InjectProjectionStore, PROJECTION_STORE } from './read-models.tokens';
