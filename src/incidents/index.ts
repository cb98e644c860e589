export { normalizeLink } from '../identity.js';
export type { Assignment, CandidateVerdict } from './assign.js';
export { assignIncident, JOIN_THRESHOLD, scoreCandidate } from './assign.js';
export type { GroupedReport } from './group.js';
export { groupReports, IncidentGrouper, isCandidate } from './group.js';
export type { Fingerprint, GroupingConfig, Incident, IncomingReport, SeverityFunction, SeverityInput } from './incident.js';
export { FingerprintSchema, groupingConfig, IncidentSchema } from './incident.js';
export type { MergeResult } from './merge.js';
export { mergeReport } from './merge.js';
