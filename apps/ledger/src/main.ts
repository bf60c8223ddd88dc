import { startHttpService } from '@app/http';
import { LedgerModule } from './ledger.module';

void startHttpService(LedgerModule, 'ledger', 3000);
