import { startHttpService } from '@app/http';
import { ProjectionsServiceModule } from './projections-service.module';

void startHttpService(ProjectionsServiceModule, 'projections', 3003);
