/**
 * Site-wide settings. Everything a deployment may want to change lives here,
 * so pages, feeds and the pipeline read one source.
 */
export const site = {
  /** Absolute origin used for canonical links, feeds, sitemap and QR codes. */
  url: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  name: '津城发展观察',
  description: '天津区域发展新闻的整理与分析：按项目、区县与产业追踪报道，时间线与全文检索。',
  /** The newspaper that `本报讯` / `本报记者` refer to in printed pages. */
  homePaper: '天津日报',
  locale: 'zh-CN',
} as const;
