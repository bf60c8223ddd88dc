/**
 * Mints a bearer token for a development set-up (the development secret; see
 * whyNotDevelopment) or any deployment whose AUTH_JWT_SECRET you hold:
 * npm run token -- --role sending --sub c1 --institution ecole.fr [--name ..] [--email ..]
 * npm run token -- --demo admin-margaux (the claims of a demo identity, libs/demo)
 */
import { JwtService } from '@nestjs/jwt';
import { parseArgs } from 'node:util';
import { claimsOf, demoIdentity } from '@app/demo';
import { actorFromClaims, jwtSecretFrom } from '@app/http';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    sub: { type: 'string' },
    institution: { type: 'string' },
    name: { type: 'string' },
    email: { type: 'string' },
    demo: { type: 'string' },
    expires: { type: 'string', default: '12h' },
  },
});
const { expires, demo, ...typed } = values;
const identity = demo === undefined ? undefined : demoIdentity(demo);
if (demo !== undefined && !identity) {
  console.error(`Cannot mint this token: no demo identity ${demo}`);
  process.exit(2);
}
const claims = identity ? claimsOf(identity) : typed;
const actor = actorFromClaims(claims);
if (typeof actor === 'string') {
  console.error(`Cannot mint this token: ${actor}`);
  process.exit(2);
}
const jwt = new JwtService({ secret: jwtSecretFrom({ get: (name: string) => process.env[name] }) });
// A deployment that checks issuer and audience checks them on its own tokens too.
const issuer = process.env.AUTH_JWT_ISSUER || undefined;
const audience = process.env.AUTH_JWT_AUDIENCE || undefined;
console.log(jwt.sign({ ...claims }, { expiresIn: expires as `${number}h`, algorithm: 'HS256', ...(issuer && { issuer }), ...(audience && { audience }) }));
