// Why a save was refused, shown in the form itself: each problem beside the field it is about (or,
// for a problem in another file that this save causes, beside the field whose change causes it),
// in the content checker's words, and all of them in a panel that stays until the next save. Decap
// CMS's own notice of a failed save vanishes after a few seconds and marks no field.

/** A problem to show: the checker's words, and where it is. */
export interface ShownProblem {
  /** The file it is in, as the editor's paths name files (`content/figures/2024-25.yaml`); absent for this form's own check. */
  readonly file?: string;
  /** Where in that file, as the checker says it (`partners`, with `line`). */
  readonly field?: string;
  /** The line of that file, where the checker names one. */
  readonly line?: number;
  /** Where in that file with list positions (`achievements item 4 → text`): how the field is found in the form. */
  readonly place?: string;
  readonly message: string;
  readonly hint?: string;
  /** For a problem in another file: the field of this file whose change causes it. */
  readonly changed?: { readonly file: string; readonly field: string };
}

const marker = 'data-dasv-problem';
const red = '#d4351c';

/** Takes away what the last refused save showed. */
export function clearProblems(): void {
  for (const element of document.querySelectorAll(`[${marker}]`)) element.remove();
}

/** `achievements item 4 → text` as the form's data path: ['achievements', 3, 'text']; a list file's items are under `items`. */
export function fieldPath(field: string, listFile: boolean): (string | number)[] {
  const path = field.split(/\s+→\s+|\s+(?=item \d)/).flatMap((part): (string | number)[] => {
    const item = /^item (\d+)$/.exec(part);
    return item ? [Number(item[1]) - 1] : [part];
  });
  return listFile && typeof path[0] === 'number' ? ['items', ...path] : path;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 60));

/** The form's control for a data path (opening collapsed list items on the way), or the nearest one found. */
async function controlFor(path: readonly (string | number)[]): Promise<HTMLElement | undefined> {
  let scope: Element = document.body;
  let found: HTMLElement | undefined;
  for (const step of path) {
    if (typeof step === 'string') {
      // Decap CMS labels each control `for` its input, whose id starts with the field's name.
      const label = [...scope.querySelectorAll(`label[for^="${CSS.escape(step)}-field-"]`)][0];
      if (!label) break;
      found = (label.closest('[class*=ControlContainer]') ?? label.parentElement) as HTMLElement;
      scope = found;
    } else {
      // The list's own items, not those of lists inside them.
      const within = scope;
      const items = [...scope.querySelectorAll('[class*=listControlItem]')].filter((item) => {
        const outer = item.parentElement?.closest('[class*=listControlItem]');
        return !outer || outer === within || !within.contains(outer);
      });
      const item = items[step];
      if (!item) break;
      // A collapsed item shows no fields: open it (its first button), and wait for them.
      if (!item.querySelector('label')) {
        item.querySelector('button')?.click();
        for (let tries = 0; tries < 20 && !item.querySelector('label'); tries++) await pause();
      }
      scope = item;
    }
  }
  return found;
}

function paragraph(text: string, strong?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  if (strong) {
    const b = document.createElement('strong');
    b.textContent = strong;
    p.append(b, ' ');
  }
  p.append(text);
  return p;
}

/** What to say of a problem: its words, its hint, and the file it is in when that is another. */
function said(problem: ShownProblem, entryPath: string): { where?: string; text: string } {
  // As `npm run check` says where: the file, its line, the field.
  const elsewhere =
    problem.file && problem.file !== entryPath
      ? `In ${problem.file}${problem.line ? `, line ${problem.line}` : ''}${problem.field ? ` → ${problem.field}` : ''}:`
      : undefined;
  const text = `${problem.message}${problem.hint ? `. ${problem.hint.charAt(0).toUpperCase()}${problem.hint.slice(1)}` : ''}`;
  return { ...(elsewhere ? { where: elsewhere } : {}), text };
}

/**
 * Shows the problems that refused a save of the entry at `entryPath`: beside their fields, and in a
 * panel listing them all (fixed at the bottom of the window, so it is seen wherever the form is scrolled).
 */
export async function showProblems(problems: readonly ShownProblem[], entryPath: string, listFile: boolean): Promise<void> {
  clearProblems();
  const panel = document.createElement('section');
  panel.setAttribute(marker, 'panel');
  panel.setAttribute('role', 'alert');
  panel.setAttribute('aria-label', 'Why this was not saved');
  panel.style.cssText = `position: fixed; z-index: 1000; left: 1rem; right: 1rem; bottom: 1rem; max-height: 40vh; overflow: auto; padding: 0.75rem 1rem; background: #fff; color: #0b0c0c; border: 3px solid ${red}; border-radius: 4px; font: 1rem/1.4 system-ui, sans-serif; box-shadow: 0 2px 8px rgb(0 0 0 / 30%)`;
  const heading = document.createElement('h2');
  heading.textContent = `Not saved: ${problems.length === 1 ? '1 problem' : `${problems.length} problems`} to fix first`;
  heading.style.cssText = 'font-size: 1.125rem; margin: 0 0 0.5rem';
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.style.cssText = 'float: right; font: inherit; padding: 0.25rem 0.75rem';
  close.addEventListener('click', () => panel.remove());
  const list = document.createElement('ul');
  list.style.cssText = 'margin: 0; padding-left: 1.25rem';
  panel.append(close, heading, list);
  for (const problem of problems) {
    const { where, text } = said(problem, entryPath);
    const item = document.createElement('li');
    item.append(paragraph(text, where));
    list.append(item);
    // Beside the field: its own, in this file, or the one whose change causes a problem elsewhere.
    const field = problem.file === undefined || problem.file === entryPath ? (problem.place ?? problem.field) : problem.changed?.field;
    const control = field ? await controlFor(fieldPath(field, listFile)) : undefined;
    if (!control) continue;
    const beside = paragraph(text, where);
    beside.setAttribute(marker, 'field');
    beside.style.cssText = `margin: 0.5rem 0 0.75rem; padding: 0.25rem 0 0.25rem 0.75rem; border-left: 4px solid ${red}; color: ${red}; font-weight: 600; font-size: 0.9375rem; line-height: 1.4`;
    control.append(beside);
    control.scrollIntoView({ block: 'center' });
  }
  document.body.append(panel);
}
