/** Copy-link and the Web Share API for the share area; each button appears only where it can work. */
export function initShare(): void {
  const box = document.querySelector<HTMLElement>('[data-share-box]');
  if (!box) return;
  const url = box.dataset.url ?? location.href;
  const title = box.dataset.title ?? document.title;
  const status = box.querySelector<HTMLElement>('.status');
  const input = box.querySelector<HTMLInputElement>('.share-url');
  const say = (text: string): void => {
    if (status) status.textContent = text;
  };

  const copy = box.querySelector<HTMLButtonElement>('[data-copy]');
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(url).then(
        () => say('链接已复制'),
        () => {
          input?.select();
          say('请按 Ctrl+C（或长按）复制');
        },
      );
    });
  }

  const share = box.querySelector<HTMLButtonElement>('[data-share]');
  if (share && typeof navigator.share === 'function') {
    share.hidden = false;
    share.addEventListener('click', () => {
      navigator.share({ title, url }).catch((error: unknown) => {
        if (!(error instanceof DOMException && error.name === 'AbortError')) say('无法调用系统分享，请复制链接');
      });
    });
  }

  input?.addEventListener('focus', () => input.select());
}
