import { startHttpService } from '@app/http';
import { RecognitionServiceModule } from './recognition-service.module';

void startHttpService(RecognitionServiceModule, 'recognition', 3002);
