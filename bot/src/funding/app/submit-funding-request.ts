import { createHash } from 'node:crypto';
import type { Person } from '../../directory';
import { UserFacingError } from '../../platform/errors/user-facing-error';
import { checkedInput, invalid } from '../../platform/validation/checked-input';
import { requireRepresentativeOf } from '../domain/funding-access';
import type { FundingRequest } from '../domain/funding-request';
import { AgendaPlanner } from './agenda-placement';
import { fundingRequestSchema } from './funding-request-schema';
import type { FundingPorts, FundingSettings } from './ports';

/** The stored request; `created` is false when this was a repeat of an earlier submission with the same key. */
export interface SubmittedRequest {
  request: FundingRequest;
  created: boolean;
}

/** Stores a school's funding request and puts it on the agenda of the community's next meeting it can reach. */
export async function submitFundingRequest(
  ports: FundingPorts,
  settings: FundingSettings,
  person: Person,
  raw: unknown,
  idempotencyKey?: string,
): Promise<SubmittedRequest> {
  const input = checkedInput(fundingRequestSchema, raw, 'The funding request');
  const key = idempotencyKey?.trim() || null;
  if (key !== null && !/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw invalid('The Idempotency-Key', {
      'Idempotency-Key': 'Use 1 to 200 visible ASCII characters, e.g. a UUID, the same for every retry.',
    });
  }
  requireRepresentativeOf(person, input.schoolId);
  const school = await ports.requests.school(input.schoolId);
  if (!school) throw new UserFacingError('not-found', 'There is no such school.');
  const known = new Set((await ports.requests.prgServices()).map((s) => s.id));
  const unknown: Record<string, string> = {};
  input.prgServiceIds.forEach((id, i) => {
    if (!known.has(id)) unknown[`prgServiceIds[${i}]`] = `"${id}" is not a PRG service in the directory.`;
  });
  if (Object.keys(unknown).length > 0) throw invalid('The funding request', unknown);

  const submittedAtMs = ports.now();
  const planner = await AgendaPlanner.load(ports, settings, [school.communityId]);
  const placement = planner.place(school.communityId, submittedAtMs);
  const payloadHash = hashOf(input);
  const stored = await ports.requests.insertRequest({
    ...input,
    id: ports.newId(),
    communityId: school.communityId,
    academicYear: placement.academicYear,
    submittedBy: person.id,
    submittedAtMs,
    idempotencyKey: key,
    payloadHash,
    agendaMeetingId: placement.meeting?.id ?? null,
  });
  if (!stored.created && stored.payloadHash !== payloadHash) {
    throw new UserFacingError(
      'conflict',
      'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
    );
  }
  return { request: stored.request, created: stored.created };
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value, sortedKeys)).digest('hex');
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}
