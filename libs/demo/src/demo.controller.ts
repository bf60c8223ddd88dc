import { Body, Controller, Get, HttpCode, NotFoundException, Post } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { EMBEDDED_DEFAULT_SECRET, Public } from '@app/http';
import { DemoIdentity, DEMO_IDENTITIES, claimsOf, demoIdentity } from './demo-identities';
import { demoRefusal } from './demo-mode';

export class DemoTokenDto {
  @ApiProperty({ example: 'staff-anders', description: 'The `sub` of a demo identity' })
  @IsString()
  @Matches(/^[a-z0-9-]{1,64}$/)
  sub: string;
}

/** The sign-in page's demo identities; public, and off outside a development set-up on the embedded default (see PUBLIC_ROUTES). */
@ApiTags('demo')
@Public()
@Controller('demo')
export class DemoController {
  private readonly jwt = new JwtService({ secret: EMBEDDED_DEFAULT_SECRET });

  constructor(private readonly settings: ConfigService) {}

  @Get('identities')
  @ApiOkResponse({ description: 'The people of `npm run demo:seed`, on the embedded default only' })
  @ApiNotFoundResponse({ description: 'Not the embedded default: no demo identities' })
  identities(): { identities: readonly DemoIdentity[] } {
    this.refuseOutsideDemo();
    return { identities: DEMO_IDENTITIES };
  }

  @Post('tokens')
  @HttpCode(200)
  @ApiOkResponse({ description: 'A bearer token for the demo identity, valid 12 hours' })
  @ApiNotFoundResponse({ description: 'Not the embedded default, or no such demo identity' })
  token(@Body() { sub }: DemoTokenDto): { token: string; identity: DemoIdentity } {
    this.refuseOutsideDemo();
    const identity = demoIdentity(sub);
    if (!identity) throw new NotFoundException(`no demo identity ${sub}`);
    return { token: this.jwt.sign(claimsOf(identity), { expiresIn: '12h', algorithm: 'HS256' }), identity };
  }

  private refuseOutsideDemo(): void {
    const refusal = demoRefusal(this.settings);
    if (refusal) throw new NotFoundException(refusal);
  }
}
