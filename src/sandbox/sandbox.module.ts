import { Module } from '@nestjs/common';

import { SANDBOX_OPTIONS, SandboxHost } from './sandbox-host.service';

@Module({
  providers: [SandboxHost, { provide: SANDBOX_OPTIONS, useValue: {} }],
  exports: [SandboxHost],
})
export class SandboxModule {}
