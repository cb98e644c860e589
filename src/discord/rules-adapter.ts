import type { Rule } from '../config/rule-schema.js';
import { prepareDocument } from '../extract/normalize.js';
import { RuleSet, validateRule } from '../rules/compile.js';
import { describeRule } from '../rules/describe.js';
import { explainRules, nearPlace } from '../rules/evaluate.js';
import type { RuleResolver } from '../rules/resolver.js';
import type { RulesProvider } from './context.js';
import { neutralise } from './embeds.js';

/** The bot's view of the rules module: config rules, validation, descriptions, backtests. */
export function rulesProviderFor(opts: {
  configRules: () => readonly Rule[];
  resolver: RuleResolver;
  /** Recompiles the pipeline's rules after a server's rules changed. */
  reloadRules?: () => Promise<void>;
}): RulesProvider {
  const { resolver } = opts;
  return {
    configRules: opts.configRules,
    // A server's rule holds its members' words (keywords, names): shown inert, like all untrusted text.
    describe: (rule) => neutralise(describeRule(rule, resolver), 1500),
    validate: (rule) => validateRule(rule, resolver),
    matcher(rule) {
      const set = RuleSet.compile([{ rule, guildId: null }], resolver);
      return (doc) => {
        const tokens = prepareDocument({ title: doc.title, content: doc.content }).tokens;
        const { verdict } = explainRules(set, { extraction: doc.extraction, tokens }, resolver)[0]!;
        return verdict.matched ? verdict.reasons : null;
      };
    },
    near(placeId, km) {
      const place = resolver.placeById(placeId);
      return (doc) => (place ? nearPlace(place, km, doc.extraction, resolver) : null);
    },
    ...(opts.reloadRules ? { guildRulesChanged: () => opts.reloadRules!() } : {}),
  };
}
