import { Module } from '@nestjs/common';

import { NpayModule } from '../npay/npay.module';
import { ReviewsController } from './reviews.controller';

/** One read, passed straight through: a service would only repeat the controller. */
@Module({
  imports: [NpayModule],
  controllers: [ReviewsController],
})
export class ReviewsModule {}
