import { describe, expect, it } from 'vitest';
import { agentAfter } from '../../../lib/extract/speech-agent';
import { tokenize } from '../../../lib/extract/tokens';

const at = (text: string, verb: string) => {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.norm === verb);
  const k = agentAfter(tokens, i, tokens.length);
  return k < 0 ? null : tokens[k].text;
};

describe('speech-agent: the agent of a passive verb of saying', () => {
  it('finds "par" / "by" right after the verb or past words of time', () => {
    expect(at("Le bilan a été communiqué par l'armée.", 'communique')).toBe('par');
    expect(at("Le bilan a été communiqué mardi soir par l'armée.", 'communique')).toBe('par');
    expect(at('The toll was announced late on Tuesday by the government.', 'announced')).toBe('by');
  });
  it('stops at any other word: the "par" of another clause is no agent', () => {
    expect(at("Le bilan a été communiqué aux familles par l'armée.", 'communique')).toBe(null);
    expect(at('The toll was announced after the attack by the army.', 'announced')).toBe(null);
  });
  it('steps over an adverb ("revendiquée conjointement par", "announced officially by")', () => {
    expect(at("L'attaque a été revendiquée conjointement par le JNIM.", 'revendiquee')).toBe('par');
    expect(at('The toll was announced officially by the government.', 'announced')).toBe('by');
    // Only adverbs: "dans un communiqué diffusé par" is another verb's agent.
    expect(at("L'attaque a été revendiquée dans un communiqué diffusé par le JNIM.", 'revendiquee')).toBe(
      null,
    );
  });
});
