// Every count a message or report prints goes through here: "1 change", "3 changes", "12,000 resources". Kept in
// policy/ so the adapters' notes, the rules' templates (`{days:day}`, engine/render.ts) and src/report share it.

/** "1 change", "3 changes", "1,000 resources"; `many` for the irregular ("1 file that is", "2 files that are"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
