import { Module } from '@nestjs/common';

import { NpayModule } from '../npay/npay.module';
import { ReturnController } from './return.controller';
import { ReturnService } from './return.service';

@Module({
  imports: [NpayModule],
  controllers: [ReturnController],
  providers: [ReturnService],
})
export class ReturnModule {}
