import type { Claim } from '@parallax/core';

/**
 * Claims as text, one block per claim: id and modality, the statement, then its numbers, quote and
 * attribution where it has them.
 */
export function formatClaims(claims: readonly Claim[]): string {
  if (claims.length === 0) return '(no claims)\n';
  return `${claims.map(formatClaim).join('\n')}\n`;
}

export function formatClaim(claim: Claim): string {
  const lines = [`${claim.id}  [${claim.modality}]`, `  ${claim.text}`];
  if (claim.quantities.length > 0) lines.push(`  numbers: ${claim.quantities.map((quantity) => quantity.text).join('; ')}`);
  if (claim.quote) lines.push(`  quote: “${claim.quote.text}” — ${claim.quote.speaker ?? 'unattributed'}`);
  if (claim.attribution) lines.push(`  according to: ${claim.attribution.source}`);
  return lines.join('\n');
}
