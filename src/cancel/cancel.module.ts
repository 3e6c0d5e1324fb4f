import { Module } from '@nestjs/common';

import { NpayModule } from '../npay/npay.module';
import { CancelController } from './cancel.controller';
import { CancelService } from './cancel.service';

@Module({
  imports: [NpayModule],
  controllers: [CancelController],
  providers: [CancelService],
})
export class CancelModule {}
