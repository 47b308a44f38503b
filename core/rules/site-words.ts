/**
 * Words that end the name of a news site in languages written without spaces ("新华网", "朝日新聞",
 * "NHKニュース", "연합뉴스"): a short last part of a page title that ends in one is the site's name.
 */
export const CJK_SITE_WORDS: readonly string[] = ['网', '網', '新闻', '新聞', '日报', '日報', '晚报', '時報', '时报', 'ニュース', 'デジタル', '뉴스', '신문', '일보', '닷컴'];
