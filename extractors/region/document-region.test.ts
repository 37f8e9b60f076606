import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docFromText, runOn } from '../../src/core/testing.js';
import { documentRegion, documentRegionExtractor } from './document-region.js';

const region = (issuer: string | null, title: string | null, lines: string[] = []) =>
  documentRegion({ issuer, title }, lines)?.place.code ?? null;

describe('document region from the gold issuers and titles', () => {
  it('reads the seeds', () => {
    expect(region(null, '大理州五场硬战加速推进百日总攻')).toBe('532900');
    expect(region('楚雄州扶贫开发领导小组', '楚雄州决战决胜脱贫攻坚百日总攻行动方案')).toBe('532300');
    expect(region('楚雄彝族自治州扶贫开发领导小组', null)).toBe('532300');
    expect(region('昆明市农村扶贫开发工作领导小组', '关于全面推进东川区、禄劝县脱贫攻坚工作方案')).toBe('530100');
    expect(region('楚雄州扶贫办', '关于对州政协十届三次会议第81号提案的答复')).toBe('532300');
  });
  it('reads the region of a title listing two counties as the city holding them', () => {
    expect(region(null, '关于全面推进东川区、禄劝县脱贫攻坚工作方案')).toBe('530100');
  });
  it('leaves the provincial infographic of seed 002 without a region: it names no place', () => {
    const doc = docFromText(readFileSync('seeds/002_082f253b5ebad11d.txt', 'utf8'));
    expect(region(null, null, doc.paragraphs.slice(0, 6).map((p) => p.text))).toBeNull();
    expect(region(null, '致贫原因', doc.paragraphs.slice(0, 6).map((p) => p.text))).toBeNull();
  });
  it('reads the dev documents of other provinces', () => {
    expect(region('安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室', null)).toBe('340000');
    expect(region(null, '关于印发安徽省关于加快对接区域全面经济伙伴关系协定（RCEP）经贸新规则扎实推进高水平开放实施意见的通知')).toBe('340000');
    expect(region('广州市卫生健康委员会 广州市财政局 广州市人力资源和社会保障局 广州市医疗保障局', null)).toBe('440100');
    expect(region('广州市民政局、广州市财政局', '关于印发我市2025年最低生活保障及相关社会救助标准的通知')).toBe('440100');
    expect(region('南宁市人民政府办公厅', '南宁市科学技术发展“十三五”专项规划')).toBe('450100');
    expect(region('贵州省人民政府', '政府工作报告')).toBe('520000');
  });
  it('reads a government named by its level from the first lines', () => {
    expect(region('省人民政府', '政府工作报告', ['政府工作报告', '（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）'])).toBe('520000');
  });
  it('gives no region to a document numbered by the State Council when no issuer is given', () => {
    const reply = (docNumber: string | null) =>
      documentRegion({ issuer: null, title: '关于同意设立云南滇中新区的批复', docNumber })?.place.code ?? null;
    expect(reply('国函〔2015〕141号')).toBeNull();
    expect(reply('国办函〔2016〕12号')).toBeNull();
    // a provincial number, or none, leaves the title's place
    expect(reply('云政发〔2015〕41号')).toBe('530000');
    expect(reply(null)).toBe('530000');
  });

  it('gives no region to central issuers, whatever places their titles name', () => {
    expect(region('国务院办公厅', '国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报')).toBeNull();
    expect(region('国务院办公厅', '关于湖北省巴东县地质灾害险情有关问题的复函')).toBeNull();
    expect(region('国务院', '关于做好当前和今后一个时期促进就业工作的若干意见')).toBeNull();
    expect(region(null, '国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函')).toBeNull();
    expect(region(null, '关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报')).toBeNull();
    for (const issuer of ['人力资源社会保障部 财政部', '国家发展改革委', '中共中央办公厅 国务院办公厅', '生态环境部办公厅', '海关总署', '中国人民银行']) {
      expect(region(issuer, '关于做好云南省农民工工资支付工作的通知')).toBeNull();
    }
  });
});

describe('document region of unseen notices', () => {
  it.each([
    ['四川省人民政府', '510000'], ['成都市人民政府办公厅', '510100'], ['凉山州扶贫开发局', '513400'],
    ['恩施土家族苗族自治州人民政府', '422800'], ['黔东南州人民政府办公室', '522600'], ['北京市海淀区人民政府', '110108'],
    ['广西壮族自治区人民政府办公厅', '450000'], ['内蒙古自治区人民政府', '150000'], ['新疆维吾尔自治区发展和改革委员会', '650000'],
    ['重庆市人民政府', '500000'], ['上海市浦东新区人民政府', '310115'], ['禄劝县人民政府', '530128'],
    ['中共楚雄州委办公室 楚雄州人民政府办公室', '532300'], ['中共云南省委 云南省人民政府', '530000'], ['湖北省巴东县人民政府', '422823'],
  ])('%s → %s', (issuer, code) => {
    expect(region(issuer, null)).toBe(code);
  });
  it('reads a district name two cities share inside the place the title names', () => {
    expect(region('朝阳区人民政府', '北京市朝阳区人民政府关于印发朝阳区2024年重点工作的通知')).toBe('110105');
    expect(region('朝阳区人民政府', '关于印发2024年重点工作的通知')).toBeNull();
  });
});

describe('region.document in the runner', () => {
  it('sets meta.region from meta.issuer', () => {
    const text = '楚雄彝族自治州文件\n楚贫组发〔2020〕8号\n楚雄州扶贫开发领导小组关于印发行动方案的通知\n';
    const { meta } = runOn([documentRegionExtractor], text, { meta: { issuer: '楚雄州扶贫开发领导小组', title: null } });
    expect(meta.region).toEqual({ code: '532300', name: '楚雄彝族自治州' });
  });
  it('leaves meta.region null for a national issuer', () => {
    const { meta } = runOn([documentRegionExtractor], '国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函\n', {
      meta: { issuer: '国务院办公厅', title: '国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函' },
    });
    expect(meta.region).toBeNull();
  });
});

describe('document region when neither issuer nor title names a place', () => {
  const at = (docNumber: string | null, lines: string[], text = lines.join('\n')) =>
    documentRegion({ issuer: null, title: null, docNumber }, lines, text)?.place.code ?? null;

  it('reads the province of the number code when the text speaks of itself as a province', () => {
    const lines = ['发布文号：琼府〔2006〕15号', '各市、县、自治县人民政府：', '为改善我省生态环境，省政府决定表彰先进。', '一等奖：文昌市 海口市 屯昌县'];
    expect(at('琼府〔2006〕15号', lines)).toBe('460000');
    // 青政发 is 青岛's as well as 青海's: a text that says 全市 is no province's
    expect(at('青政发〔2020〕3号', ['全市各级各部门要抓好落实。', '全市上下形成合力。'])).toBeNull();
  });

  it('takes no place of a list of places, such as award winners', () => {
    expect(at(null, ['一等奖：文昌市 海口市 屯昌县', '二等奖：定安县、东方市'])).toBeNull();
  });

  it('prefers a place at the level the text names itself to a province in a slogan before it', () => {
    const lines = ['助力谱写现代化美好安徽建设新篇章。本纲要根据《中共合肥市蜀山区委关于制定第十四个五年规划的建议》编制。'];
    expect(at(null, lines, `${lines[0]}\n全区上下团结奋斗。我区经济总量稳步增长。全省大局。`)).toBe('340104');
    // a place inside quotation marks is no evidence
    expect(at(null, ['深入推进“美丽云南”建设。'], '深入推进“美丽云南”建设。')).toBeNull();
  });

  it('takes no place of another level when the text clearly speaks of itself at one level', () => {
    expect(at(null, ['平桥区人民政府', '浉河区人民政府'], '全市安全生产形势稳定。全市各级各部门。')).toBeNull();
    expect(at(null, ['平桥区人民政府', '浉河区人民政府'], '')).toBe('411503');
  });
});

