// What the call forms offer: the group's members as participants, and as the steps a
// decision may concern the steps of the members' plans in the group's thematic area.
import type { GroupCallsPanelQuery } from '../gql/graphql';

export type PanelGroup = NonNullable<GroupCallsPanelQuery['workingGroup']>;
export type Call = PanelGroup['coordinationCalls']['nodes'][number];

export interface Option {
  value: string;
  label: string;
}

export interface StepOptionGroup {
  group: string;
  items: Option[];
}

/** The members of the group, by name. */
export function participantOptions(group: PanelGroup): Option[] {
  return group.memberships.map((m) => ({ value: m.organisation.id, label: m.organisation.name })).sort((a, b) => a.label.localeCompare(b.label));
}

/** The steps of the members' plans in the group's area, grouped by organisation; `label`
 * words one step (translated by the caller). */
export function stepOptions(group: PanelGroup, label: (organisation: string, number: string, title: string) => string): StepOptionGroup[] {
  return group.memberships
    .map((m) => {
      const organisation = m.organisation.shortName ?? m.organisation.name;
      const items = (m.organisation.actionPlan?.actions ?? [])
        .filter((a) => a.thematicArea?.id === group.thematicArea.id)
        .flatMap((a) => a.steps.map((s) => ({ value: s.id, label: label(organisation, s.number, s.title) })));
      return { group: m.organisation.name, items };
    })
    .filter((g) => g.items.length > 0);
}

/** Calls to come, soonest first, and calls held, latest first. */
export function splitCalls(calls: readonly Call[]): { upcoming: Call[]; past: Call[] } {
  const upcoming = calls.filter((c) => c.scheduled).sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const past = calls.filter((c) => !c.scheduled).sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  return { upcoming, past };
}
