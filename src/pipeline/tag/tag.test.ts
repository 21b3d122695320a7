/**
 * Tagging on sentences taken from the sample papers: what a Tianjin reader
 * would tag, and the look-alikes they would not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../io/read-taxonomy.ts';
import { createTagger, sortTags, tagArticle, type TaggableArticle, type Tagger } from './index.ts';

let tagger: Tagger;
beforeAll(() => {
  tagger = createTagger(loadTaxonomy());
});

function article(paragraphs: string[], over: Partial<TaggableArticle> = {}): TaggableArticle {
  return {
    title: null,
    kicker: null,
    subtitle: null,
    credit: null,
    script: 'hans',
    published: '2026-04-13',
    paragraphs: paragraphs.map((text, i) => ({ kind: 'text' as const, text, line: i + 1 })),
    ...over,
  };
}

const names = (refs: { name: string }[]) => refs.map((r) => r.name);
const tag = (paragraphs: string[], over: Partial<TaggableArticle> = {}) => tagArticle(article(paragraphs, over), tagger);

describe('places', () => {
  it('does not read 南开大学 or 南开中学 as 南开区', () => {
    const r = tag(['天津大学和南开大学拥有大量的新能源产业人才和技术。', '南开中学科技城学校的建设,为在科技城就业的各类人才提供了高品质的生活环境。']);
    expect(names(r.tags.districts)).toEqual([]);
    expect(names(r.tags.organizations)).toEqual(expect.arrayContaining(['南开大学', '天津大学', '天津市南开中学']));
  });

  it('does not read the province (河北唐山), Beijing districts or 和平发展 as Tianjin districts', () => {
    const r = tag([
      '北京大兴、天津滨海新区、河北唐山等12个城市(区)联手获批首批国家燃料电池汽车示范城市群。',
      '在北京市海淀区中关村论坛中心举行。河北省与天津共谋和平发展。',
    ]);
    expect(r.tags.districts).toEqual([{ name: '滨海新区', mentions: 1 }]);
  });

  it('reads 河北区 itself, but not 河北区域', () => {
    expect(names(tag(['河北区召开会议。']).tags.districts)).toEqual(['河北区']);
    expect(names(tag(['京津冀与河北区域协同。']).tags.districts)).toEqual([]);
  });

  it('does not read 天津南站 as 津南区, but reads 天津南开区', () => {
    expect(names(tag(['乘高铁抵达天津南站。']).tags.districts)).toEqual([]);
    expect(names(tag(['位于天津南开区的园区。']).tags.districts)).toEqual(['南开区']);
  });

  it('tags a zone with its parent district, the parent carrying no mentions of its own', () => {
    const r = tag(['日前,生态城生命健康谷与蓝色光钥(上海)智能科技有限公司正式签约。此次在生态城建设的中试平台和产业基地项目总面积达7000平方米。']);
    expect(r.tags.districts).toEqual([
      { name: '中新天津生态城', mentions: 2 },
      { name: '滨海新区', mentions: 0 },
    ]);
  });

  it('does not take a place from a company name (天津泰达投资控股) but does from a public body (河西区委宣传部)', () => {
    expect(names(tag(['天津泰达投资控股(集团)有限公司、天津大地机器人有限公司等单位分享了案例。']).tags.districts)).toEqual([]);
    expect(names(tag(['活动由河西区委宣传部主办。']).tags.districts)).toEqual(['河西区']);
  });

  it('does not read the photo credit', () => {
    const r = tag(['推动万象城提质升级,引入更多首店、首秀。'], { credit: '图片由河西区委宣传部提供' });
    expect(r.tags.districts).toEqual([]);
  });

  it('tags the district of a project that has exactly one', () => {
    const r = tag(['陈敏尔、张工前往“117项目”及周边区域调研。']);
    expect(r.tags.projects).toEqual([{ name: '117项目', mentions: 1 }]);
    expect(r.tags.districts).toEqual([{ name: '西青区', mentions: 0 }]);
  });
});

describe('places inside names and in passing', () => {
  it('does not read the short place name a park is named after as the district, but does read one that says where', () => {
    expect(names(tag(['河西公园今年完成提升改造。']).tags.districts)).toEqual([]);
    // 静海 says where 团泊健康城 is: the name is 团泊's.
    expect(names(tag(['静海团泊健康城今年新开三所医院。']).tags.districts)).toEqual(['静海区']);
    expect(names(tag(['南港绿色石化基地加快建设。']).tags.districts)).toEqual(['天津南港工业区', '滨海新区']);
    const full = tag(['天津市宝坻区林亭口镇林亭口工业园扩建。']);
    expect(names(full.tags.districts)).toEqual(['宝坻区']);
    expect(names(full.tags.projects)).toEqual(['林亭口工业园']);
  });

  it('reads a place named only to say what another place leads to as a passing mention', () => {
    expect(names(tag(['静海区团泊新城建设提速，规划的快轨将使其与滨海新区衔接更加紧密。']).tags.districts)).toEqual(['静海区']);
    // Without a place of its own, the article keeps it.
    expect(names(tag(['快轨将使这里与滨海新区衔接更加紧密。']).tags.districts)).toEqual(['滨海新区']);
  });

  it('reads a place named only as whom something serves as a passing mention, but not one that says where the story’s project is', () => {
    expect(names(tag(['宝坻经开区云杉产业园开工，将承载科研成果转化和滨海新区的产业配套功能。']).tags.districts).sort()).toEqual(['宝坻区', '宝坻经济开发区'].sort());
    // 静海 says where the 健康城 the story is about lies; 北辰区 is only where the commute starts.
    expect(names(tag(['当年她每天往返穿梭于北辰区与静海团泊健康城之间。', '团泊健康城今年又添两所医院。']).tags.districts)).toEqual(['静海区']);
  });

  it('reads 高新区 alone among Tianjin’s zones as 滨海高新区, but not as the end of another name or on its own', () => {
    expect(names(tag(['生态城与甲集团共建装备园、保税区与乙公司共建物流园、高新区与丙集团共建航天园。']).tags.districts)).toEqual(
      expect.arrayContaining(['滨海高新区', '中新天津生态城', '天津港保税区']),
    );
    expect(names(tag(['保税区企业代表与华明高新区管委会座谈。']).tags.districts)).not.toContain('滨海高新区');
    expect(names(tag(['高新区管委会召开会议。']).tags.districts)).toEqual([]);
  });

  it('reads the functional zones of 滨海新区', () => {
    expect(names(tag(['空港经济区和滨海旅游区今年新增项目十个。']).tags.districts)).toEqual(expect.arrayContaining(['空港经济区', '滨海旅游区', '天津港保税区', '滨海新区']));
  });
});

describe('projects', () => {
  it('reads aliases under the canonical name', () => {
    const r = tag(['天开园企业现场推介产品。加强与天开高教科技园资源对接。天开高教科创园将持续完善平台功能。']);
    expect(r.tags.projects).toEqual([{ name: '天开高教科创园', mentions: 3 }]);
  });

  it('does not read a park inside its administrative body’s name', () => {
    const r = tag(['市科学技术局(市外国专家局、市天开高教科创园管理委员会)、天津医学健康研究院开展常规巡视。']);
    expect(r.tags.projects).toEqual([]);
    expect(names(r.tags.organizations)).toContain('天津市天开高教科创园管理委员会');
  });

  it('keeps a project with a number whole, but not inside a longer number', () => {
    expect(names(tag(['构建“1247”生产生活生态空间格局。']).tags.projects)).toEqual(['河西区“1247”空间格局']);
    expect(names(tag(['全年共接待12470人次。']).tags.projects)).toEqual([]);
  });
});

describe('industries', () => {
  it('prefers the specific signal over the generic word it contains', () => {
    const r = tag(['这个项目是新能源智能网联汽车产业集群的核心引擎。']);
    // The sub-industry brings the chain it belongs to.
    expect(names(r.tags.industries)).toEqual(['智能网联汽车', '车联网']);
  });

  it('needs three generic words, or one specific one', () => {
    expect(names(tag(['持续提高政务服务、科创服务、金融服务、商务服务水平。']).tags.industries)).toEqual([]);
    expect(names(tag(['做大做强银行、保险等传统金融,积极发展创投基金。']).tags.industries)).toEqual(['金融']);
  });

  it('does not read an industry from a company name', () => {
    expect(names(tag(['天津大地机器人有限公司分享了案例。']).tags.industries)).toEqual([]);
  });

  it('brings a project’s industries with it', () => {
    expect(names(tag(['玉湖冷链(天津)交易中心项目一直备受关注。']).tags.industries)).toEqual(['冷链物流']);
  });
});

describe('people and organisations', () => {
  it('finds officials by title and counts every mention, not the reporters', () => {
    const r = tag([
      '本报讯(记者 于春津 刘国栋)5月9日,市委书记陈敏尔,市委副书记、市长张工前往“117项目”调研。陈敏尔强调,要加快工程建设进度。',
      '市委副书记刘桂平、有关市领导参加。陈敏尔、张工来到“117项目”南片区。',
    ]);
    expect(r.tags.people).toEqual([
      { name: '陈敏尔', mentions: 3 },
      { name: '张工', mentions: 2 },
      { name: '刘桂平', mentions: 1 },
    ]);
  });

  it('reads two- and three-character names from what follows them', () => {
    const r = tag([
      '我市青年、中船(天津)船舶制造有限公司(以下简称中船天津)党委书记、董事长朱平荣获“中国青年五四奖章”。在中船天津任职期间,朱平积极推进三大中心建设。',
      '副市长朱鹏和市政府秘书长胡学明参加。王常松指出,沪苏两地积累了好经验。',
    ]);
    expect(names(r.tags.people).sort()).toEqual(['朱平', '朱鹏', '王常松', '胡学明'].sort());
    expect(r.tags.organizations).toEqual([{ name: '中船（天津）船舶制造有限公司', mentions: 2 }]);
  });

  it('reads lists and honours rolls', () => {
    const r = tag(['何国模、杜志荣、孔祥瑞、王希萍、王辅成等“五老”代表作了交流发言。团市委决定授予卞文利等60名同志“天津青年五四奖章”称号。']);
    expect(names(r.tags.people).sort()).toEqual(['何国模', '卞文利', '孔祥瑞', '杜志荣', '王希萍', '王辅成'].sort());
  });

  it('reads companies without a legal suffix from the lists that call them companies', () => {
    const r = tag(['园区已引进星澜医药、云帆软件和海川芯等龙头企业,入驻企业包括:北辰光电、蓝湾机器人。', '一批企业和上下游等企业也在洽谈。']);
    expect(names(r.tags.organizations)).toEqual(expect.arrayContaining(['星澜医药', '云帆软件', '海川芯', '北辰光电', '蓝湾机器人']));
    expect(names(r.tags.organizations)).not.toContain('一批企业');
    expect(names(r.tags.organizations)).not.toContain('上下游');
    // A company's name is not a story about its industry (蓝湾机器人 is a name).
    expect(names(r.tags.industries)).not.toContain('具身智能与机器人');
  });

  it('starts a name after the verbs of the clause that takes it, or a noun for its role, and ends one at a place before 与', () => {
    const r = tag([
      '园区将加快建设中国医学科学院,汇聚北京理工大学的团队。',
      '住宅由开发商新加坡松岭集团承建,项目由云杉镇与宁波海澄建设发展有限公司共同开发。',
      '我们这里有好多名牌大学毕业的青年,高校实验室的成果在此转化。',
    ]);
    const found = names(r.tags.organizations);
    expect(found).toEqual(expect.arrayContaining(['中国医学科学院', '北京理工大学', '新加坡松岭集团', '宁波海澄建设发展有限公司']));
    for (const wrong of ['加快建设中国医学科学院', '汇聚北京理工大学', '开发商新加坡松岭集团', '云杉镇与宁波海澄建设发展有限公司', '里有好多名牌大学', '高校实验室']) {
      expect(found).not.toContain(wrong);
    }
    // A name that opens with a verb of its own keeps it.
    expect(names(tag(['招商局集团在津设立区域总部。']).tags.organizations)).toEqual(['招商局集团']);
  });

  it('reads the companies of a list closed by what kind of companies they are (等整车企业), and 以及 as a joiner', () => {
    const r = tag(['我市拥有星河汽车、云帆动力、松岭重卡等整车企业,还有海澄物流公司以及蓝湾智造、北辰光电等一批企业。', '新能源、新材料等领域企业加速集聚。']);
    const found = names(r.tags.organizations);
    expect(found).toEqual(expect.arrayContaining(['星河汽车', '云帆动力', '松岭重卡', '蓝湾智造', '北辰光电']));
    expect(found).not.toContain('市拥有星河汽车');
    expect(found).not.toContain('新能源');
  });

  it('counts the short name an article defines for an organisation', () => {
    const r = tag(['日前,生态城生命健康谷与蓝色光钥(上海)智能科技有限公司(以下简称蓝色光钥)正式签约。蓝色光钥将投资1.5亿元。']);
    expect(r.tags.organizations).toEqual([{ name: '蓝色光钥(上海)智能科技有限公司', mentions: 2 }]);
  });
});

describe('Traditional script', () => {
  it('matches names after converting to Simplified and keeps the printed text in phrases', () => {
    const r = tag(['總投資50億元的玉湖冷鏈（天津）交易中心項目一直備受關注。東麗區透露。'], { script: 'hant' });
    expect(names(r.tags.projects)).toEqual(['玉湖冷链（天津）交易中心']);
    expect(names(r.tags.districts)).toEqual(['东丽区']);
    expect(r.money[0]).toMatchObject({ text: '50億元', yuan: 5_000_000_000, label: '总投资', project: '玉湖冷链（天津）交易中心' });
    expect(r.money[0]!.phrase).toContain('總投資');
  });
});

describe('keywords and segmentation', () => {
  it('keeps taxonomy and found names as single tokens', () => {
    tag(['市委书记陈敏尔前往“117项目”调研。']);
    const words = tagger.segmenter.cut('陈敏尔来到117项目与天开园');
    expect(words).toEqual(expect.arrayContaining(['陈敏尔', '117项目', '天开园']));
  });

  it('is deterministic and ordered by mentions, then name', () => {
    const text = ['天开园企业现场推介。天开园、生态城、东丽区企业参加,东丽区为主。'];
    expect(tag(text)).toEqual(tag(text));
    expect(sortTags([{ name: 'b', mentions: 1 }, { name: 'a', mentions: 1 }, { name: 'c', mentions: 2 }])).toEqual([
      { name: 'c', mentions: 2 },
      { name: 'a', mentions: 1 },
      { name: 'b', mentions: 1 },
    ]);
  });
});
