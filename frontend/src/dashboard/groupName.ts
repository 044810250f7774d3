/** A working group as the links name it: "1. City leadership". */
export function groupName(group: { title: string; thematicArea: { number: number } }): string {
  return `${group.thematicArea.number}. ${group.title}`;
}
