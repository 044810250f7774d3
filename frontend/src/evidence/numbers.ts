/** A NumberInput's value as the API's optional number: empty is null. */
export function optionalNumber(value: number | string): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}
