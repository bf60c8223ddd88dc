import { startHttpService } from '@app/http';
import { ReactionsServiceModule } from './reactions-service.module';

void startHttpService(ReactionsServiceModule, 'reactions', 3005);
