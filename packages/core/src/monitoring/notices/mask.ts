/**
 * A name as a public notice shows it: the first and last character, the middle masked (张*国; a
 * two-character name 张*; one character *). Characters, not UTF-16 units, so a name with a
 * character outside the BMP (𠮷) is masked whole. Longer names still show one asterisk: the
 * length is not told either.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return "*";
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}*${chars[chars.length - 1]}`;
}

/**
 * A contact as staff see it: a phone number keeps its first three and last four digits
 * (138****5678); anything else only its first character.
 */
export function maskContact(contact: string): string {
  const digits = contact.replace(/[\s-]/g, "");
  if (/^\+?\d{7,15}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  const chars = [...contact.trim()];
  return chars.length <= 1 ? "*" : `${chars[0]}${"*".repeat(Math.min(chars.length - 1, 6))}`;
}
