/**
 * Phone numbers for display in the Czech habit of groups of three: "571629084" → "571 629 084",
 * "+420571629084" → "+420 571 629 084". Numbers of another shape keep their own spacing.
 */
export function formatPhone(phone: string): string {
  const compact = phone.replace(/\s+/g, '');
  const czech = /^(\+420)?(\d{3})(\d{3})(\d{3})$/.exec(compact);
  if (!czech) return phone.trim().replace(/\s+/g, ' ');
  const [, prefix, a, b, c] = czech;
  return `${prefix ? `${prefix} ` : ''}${a} ${b} ${c}`;
}
