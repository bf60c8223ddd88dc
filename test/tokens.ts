import { JwtService } from '@nestjs/jwt';
import { EMBEDDED_DEFAULT_SECRET } from '@app/http';

const jwt = new JwtService({ secret: EMBEDDED_DEFAULT_SECRET });

export const bearer = (claims: Record<string, string>): string => `Bearer ${jwt.sign(claims, { expiresIn: '1h' })}`;

/** The parties of the fixture agreement (libs/domain/src/testing), and people outside it. */
export const as = {
  student: bearer({ sub: 'acc-ivan', role: 'student', name: 'Ivan Sidorov', email: 'ivan@example.com' }),
  sending: bearer({ sub: 'staff-anders', role: 'sending', institution: 'insa-lyon.fr', name: 'Anders Bardal' }),
  receiving: bearer({ sub: 'staff-pawel', role: 'receiving', institution: 'uw.edu.pl', name: 'Paweł Kowalski' }),
  otherStudent: bearer({ sub: 'acc-olga', role: 'student' }),
  otherSchool: bearer({ sub: 'staff-x', role: 'sending', institution: 'other.fr' }),
  auditor: bearer({ sub: 'cti-expert', role: 'auditor' }),
};
