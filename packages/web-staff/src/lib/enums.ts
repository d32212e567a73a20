/** The options of a GraphQL enum, in the order its label map lists them. */
export function optionsOf<T extends string>(labels: Readonly<Record<T, string>>): { value: T; label: string }[] {
  const options: { value: T; label: string }[] = [];
  for (const value in labels) options.push({ value, label: labels[value] });
  return options;
}

/** Narrows a string (from a select or radio) to one of an enum's values. */
export function isOneOf<T extends string>(labels: Readonly<Record<T, string>>, value: string): value is T {
  return Object.hasOwn(labels, value);
}
