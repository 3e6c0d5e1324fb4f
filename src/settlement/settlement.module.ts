import { Module } from '@nestjs/common';

import { NpayModule } from '../npay/npay.module';
import { SettlementController } from './settlement.controller';

@Module({
  imports: [NpayModule],
  controllers: [SettlementController],
})
export class SettlementModule {}
