// Minimal typings for frappe-gantt (it ships none): what the timeline uses.
declare module 'frappe-gantt' {
  export interface GanttTask {
    id: string;
    name: string;
    start: string;
    end: string;
    progress?: number;
    custom_class?: string;
    dependencies?: string;
  }
  export interface GanttOptions {
    view_mode?: 'Day' | 'Week' | 'Month' | 'Year';
    readonly?: boolean;
    popup_on?: 'click' | 'hover';
    popup?: false | ((ctx: unknown) => unknown);
    bar_height?: number;
    padding?: number;
    today_button?: boolean;
    scroll_to?: string | null;
    container_height?: number | 'auto';
    language?: string;
  }
  export default class Gantt {
    constructor(wrapper: HTMLElement | SVGElement | string, tasks: GanttTask[], options?: GanttOptions);
    refresh(tasks: GanttTask[]): void;
    change_view_mode(mode?: string): void;
  }
}
declare module 'frappe-gantt.css';
