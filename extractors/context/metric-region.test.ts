// Metrics and regions in sentences of reports, bulletins and plans (attributions).
import { describe, expect, it } from 'vitest';
import { figures, pick } from './testing.js';


describe('metric', () => {
  it('a short aside in brackets is skipped: 同比（下同）增长', () => {
    const rs = figures('全年地区生产总值同比（下同）增长5.2%，规模以上工业增加值增长7.1%。', { issuedOn: '2024-01-20' });
    expect(pick(rs, '5.2%').metric).toBe('地区生产总值同比增长');
    expect(pick(rs, '7.1%').metric).toBe('规模以上工业增加值增长');
  });

  it('a year between the thing and its verb leaves the thing as the metric', () => {
    const rs = figures('全省工业机器人产量2023年达到3.6万套，增长21%。', { issuedOn: '2024-01-25' });
    expect(pick(rs, '3.6万套').metric).toBe('工业机器人产量');
  });

  it('a number that starts a name stays in the metric (5G基站)', () => {
    const rs = figures('年内新建5G基站800个，全市5G基站数量达到2600个以上。', { issuedOn: '2022-03-01' });
    expect(pick(rs, '2600个以上').metric).toBe('5G基站数量');
  });

  it('城乡…分别 goes through 城镇 and 农村', () => {
    const rs = figures('城乡居民人均可支配收入分别增长5.5%、7%。', { issuedOn: '2024-02-01' });
    expect(pick(rs, '5.5%').metric).toBe('城镇居民人均可支配收入');
    expect(pick(rs, '7%').metric).toBe('农村居民人均可支配收入');
  });

  it('an amount after a rate measures the thing rated, not the comparison', () => {
    const rs = figures('农民人均可支配收入增速高于城镇居民1.5个百分点，力争达到39000元。', { issuedOn: '2023-02-10' });
    expect(pick(rs, '39000元').metric).toBe('农民人均可支配收入');
    expect(pick(rs, '1.5个百分点').metric).toBe('农民人均可支配收入增速高于城镇居民');
  });

  it('the noun phrase after a counter ends before 为 and the verb it closes', () => {
    const rs = figures('同意甲经济开发区、乙工业园区等2个省级开发区升级为国家级经济技术开发区。', { issuedOn: '2024-05-01' });
    expect(pick(rs, '2个').metric).toBe('省级开发区');
    const frame = figures('以全县就业年龄段的3200多名持证残疾人为主要对象，开展职业培训。', { issuedOn: '2023-03-13' });
    expect(frame.find((r) => r.quote.startsWith('3200'))!.metric).toBe('就业年龄段持证残疾人');
  });

  it('a hedge between metric and figure is dropped; a generic head keeps what it is the share of', () => {
    const rs = figures('衔接资金用于产业发展的比例原则上不低于60%，单个村级项目补助一般为50万元至200万元。', { issuedOn: '2023-05-12' });
    expect(pick(rs, '不低于60%').metric).toBe('衔接资金用于产业发展比例');
    expect(pick(rs, '50万元至200万元').metric).toBe('单个村级项目补助');
    const investment = figures('新建项目亩均投入原则上不低于3000元，其中中央财政补助标准为亩均2000元。', { issuedOn: '2024-04-02' });
    expect(pick(investment, '不低于3000元').metric).toBe('新建项目亩均投入');
  });

  it('a per-unit sum measures the grant named in the clause before it', () => {
    const rs = figures('对跨省务工的脱贫劳动力给予一次性交通补助，每人不超过1000元；对新建日光温室每亩补助不超过8000元。', { issuedOn: '2023-05-12' });
    expect(pick(rs, '不超过1000元').metric).toBe('一次性交通补助');
    expect(pick(rs, '不超过8000元').metric).toBe('新建日光温室每亩补助');
  });

  it('a part counted in its whole: N个X中共有Y M个', () => {
    const rs = figures('全县212个行政村中共有贫困村87个。', { issuedOn: '2017-06-01' });
    expect(pick(rs, '212个').metric).toBe('行政村');
  });
});

describe('region', () => {
  it('the subject after a framing clause wins over a place inside it (根据…要求)', () => {
    const text = '根据上海市海绵城市建设要求，嘉定区到2025年底，40平方公里以上建设用地面积达到海绵城市建设目标要求。';
    const rs = figures(text, { issuedOn: '2024-10-10', region: { code: '310114', name: '嘉定区' } });
    expect(pick(rs, '40平方公里以上').region).toEqual({ code: '310114', name: '嘉定区' });
  });

  it('全省 after an opening clause that names a place is what the figures are about', () => {
    const HN = { code: '410000', name: '河南省' };
    const text = '在沿黄地区和丹江口库区发展工厂化循环水养殖，到2030年，全省设施渔业养殖面积达到35万亩，工厂化养殖水体达到200万立方米。';
    const rs = figures(text, { issuedOn: '2024-03-08', region: HN });
    expect(pick(rs, '35万亩').region).toEqual(HN);
    expect(pick(rs, '200万立方米').region).toEqual(HN);
  });

  it('全省 inside an earlier clause is not what a later figure is about; in the figure’s own clause it is', () => {
    const CX = { code: '532300', name: '楚雄彝族自治州' };
    const text = '楚雄州脱贫攻坚成效明显，武定县群众满意度位列全省第一，2019年禄丰县、元谋县也顺利摘帽，2个县均未发生错退，在全省16个州市考核中排名第二。';
    const rs = figures(text, { issuedOn: '2020-04-17', region: CX });
    expect(pick(rs, '2个').region).toEqual(CX);
    expect(pick(rs, '16个').region).toEqual({ code: '530000', name: '云南省' });
  });

  it('a figure in a table row is about the place its row names', () => {
    const GX = { code: '450000', name: '广西壮族自治区' };
    const text = '序号\t地区\t项目个数（个）\t额度（亿元）\n1\t南宁市\t52\t38.6\n2\t柳州市\t38\t27.4\n';
    const rs = figures(text, { issuedOn: '2024-05-01', region: GX });
    expect(pick(rs, '38.6').region).toEqual({ code: '450100', name: '南宁市' });
    expect(pick(rs, '38').region).toEqual({ code: '450200', name: '柳州市' });
  });

  it('a count of a list of places (…等N个) is about the document region, not its first member', () => {
    const national = figures('国务院关于同意开发区升级的批复\n国务院同意广州花都经济开发区、沈阳金融商贸开发区等2个省级开发区升级。', { issuedOn: '2024-05-01' });
    expect(pick(national, '2个').region).toBeNull();
    const CX = { code: '532300', name: '楚雄彝族自治州' };
    const local = figures('楚雄市大过口乡等13个乡镇由州级财政奖励每个乡镇各100万元。', { issuedOn: '2020-04-17', region: CX });
    expect(pick(local, '13个').region).toEqual(CX);
  });

  it('a count of a list of things (…等N项工作) keeps the document region', () => {
    const CS = { code: '430121', name: '长沙县' };
    const rs = figures('粮食安全、乡村建设等9项工作获得省政府督查激励。', { issuedOn: '2023-02-02', region: CS });
    expect(pick(rs, '9项').region).toEqual(CS);
  });
});
