import { startHttpService } from '@app/http';
import { AgreementsServiceModule } from './agreements-service.module';

void startHttpService(AgreementsServiceModule, 'agreements', 3001);
