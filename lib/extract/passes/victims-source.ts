/**
 * An unnamed source and nothing more ("une source", "des sources", "sources said") is read as a
 * security source; one that counts civilian victims ("Selon une source, 12 villageois ont été
 * tués") speaks for the place, as residents and local officials do (SCHEMA.md's `local`). Runs
 * after the side passes, when each figure's side is known.
 */
import { bareSource } from '../claimant-members';
import { tokenize } from '../tokens';
import type { ClaimPass } from './context';

export const victimsSource: ClaimPass = {
  name: 'victims-source',
  run(ctx) {
    for (const p of ctx.placed) {
      if (p.cue?.by !== 'security_source' || p.fig.subject !== 'civilians') continue;
      if (bareSource(tokenize(p.cue.source))) p.cue = { ...p.cue, by: 'local' };
    }
  },
};
