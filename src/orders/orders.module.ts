import { Module } from '@nestjs/common';

import { NpayModule } from '../npay/npay.module';
import { OrdersController } from './orders.controller';
import { OrdersService } from './orders.service';

@Module({
  imports: [NpayModule],
  controllers: [OrdersController],
  providers: [OrdersService],
})
export class OrdersModule {}
