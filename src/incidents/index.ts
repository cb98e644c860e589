export { IncidentSchema, FingerprintSchema, groupingConfig } from './incident.js';
export type { Incident, Fingerprint, IncomingReport, GroupingConfig, SeverityFunction, SeverityInput } from './incident.js';
export { assignIncident, scoreCandidate, JOIN_THRESHOLD } from './assign.js';
export type { Assignment, CandidateVerdict } from './assign.js';
export { mergeReport } from './merge.js';
export type { MergeResult } from './merge.js';
export { normalizeLink } from './fingerprint.js';
export { groupReports, isCandidate, IncidentGrouper } from './group.js';
export type { GroupedReport } from './group.js';
