import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { notFound } from '@app/domain';
import { Access } from '@app/http';
import { partnerRefusal } from '../receiving/partner-refusal-words';
import { EwpHostIdentity } from '../ewp-host-identity';

/**
 * Key rotation without downtime: the new key pair is published in the manifests at once, the
 * old one stays published (and keeps signing until the Registry catalogue lists the new one)
 * for EWP_KEY_OVERLAP_HOURS.
 */
@ApiTags('Erasmus Without Paper')
@ApiBearerAuth()
@Controller('ewp/host-keys')
export class HostKeysController {
  constructor(private readonly identity: EwpHostIdentity) {}

  @Post('rotation')
  @Access('ewp.rotate-keys')
  @HttpCode(200)
  @ApiOperation({ summary: "Rotate the EWP host's key pair: both keys published during the overlap (EWP_KEY_OVERLAP_HOURS)" })
  rotate(): { keyId: string; published: Array<{ keyId: string; retiresAt: string | null }> } {
    // The operators read the JSON answer: said in their language, as the partner answers' refusal of the same.
    if (!this.identity.enabled) throw notFound(partnerRefusal('noEwpHost'));
    const now = this.identity.now();
    const fresh = this.identity.keys.rotate(now, this.identity.settings.keyOverlapMs);
    return { keyId: fresh.keyId, published: this.identity.keys.published(now).map((key) => ({ keyId: key.keyId, retiresAt: key.retiresAt ?? null })) };
  }
}
