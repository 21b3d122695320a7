/**
 * Filters and sorts the projects index in place. The form is hidden until this
 * runs (without scripts the facet links do the job); the choice lives in the URL
 * (?stage=&district=&industry=&sort=) and each change is a history entry.
 */
const FACETS = ['stage', 'district', 'industry'] as const;

export function initProjectTracker(): void {
  const form = document.querySelector<HTMLFormElement>('[data-tracker-form]');
  const list = document.querySelector<HTMLElement>('[data-tracker]');
  const status = document.querySelector<HTMLElement>('[data-tracker-status]');
  if (!form || !list) return;
  const rows = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
  const original = new Map(rows.map((r, i) => [r, i]));
  form.hidden = false;
  // The facet links are the no-script way to filter; with the form they only take room.
  document.querySelector<HTMLDetailsElement>('.facet-links')?.removeAttribute('open');

  const fromUrl = (): void => {
    const params = new URL(location.href).searchParams;
    for (const name of [...FACETS, 'sort']) {
      const select = form.elements.namedItem(name) as HTMLSelectElement | null;
      const value = params.get(name);
      if (select && value !== null && [...select.options].some((o) => o.value === value)) select.value = value;
    }
  };

  const apply = (): void => {
    const chosen = FACETS.map((f) => [f, (form.elements.namedItem(f) as HTMLSelectElement).value] as const);
    let shown = 0;
    for (const row of rows) {
      const match = chosen.every(([f, v]) => v === '' || (row.dataset[f] ?? '').split(' ').includes(v));
      row.hidden = !match;
      if (match) shown += 1;
    }
    const byCount = (form.elements.namedItem('sort') as HTMLSelectElement).value === 'count';
    const sorted = [...rows].sort((a, b) => (byCount ? Number(b.dataset.count) - Number(a.dataset.count) : 0) || original.get(a)! - original.get(b)!);
    list.append(...sorted);
    if (status) status.textContent = `显示 ${shown} 个项目，共 ${rows.length} 个`;
  };

  form.addEventListener('change', () => {
    const url = new URL(location.href);
    for (const name of [...FACETS, 'sort']) {
      const value = (form.elements.namedItem(name) as HTMLSelectElement).value;
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.pushState(null, '', url);
    apply();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  window.addEventListener('popstate', () => {
    form.reset();
    fromUrl();
    apply();
  });
  fromUrl();
  apply();
}
