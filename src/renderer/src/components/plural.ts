/** “1 skill”, “3 skills”; pass the plural when it is not just an added s. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
