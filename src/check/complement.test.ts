// Two complementary parts (已/未) in a sentence add up to a whole stated just before, in each unit.
import { describe, expect, it } from 'vitest';
import { change, findingsOf, valuesOf } from './testing.js';

const rows = (text: string) => findingsOf(text).map((f) => [f.status, f.rule, ...valuesOf(f)]);
const TEXT = '全镇纳入防返贫动态监测的对象共412户1637人。截至9月底，已消除风险287户1152人，未消除风险125户485人。';

describe('complementary halves of a whole stated before', () => {
  it('each unit adds up: 287 + 125 = 412 户, 1152 + 485 = 1637 人', () => {
    expect(rows(TEXT)).toEqual([['consistent', 'sum', 412, 287, 125], ['consistent', 'sum', 1637, 1152, 485]]);
  });

  it('parts that do not add up are not reported (the whole may be another figure)', () => {
    expect(rows(change(TEXT, '125户', '135户'))).toEqual([['consistent', 'sum', 1637, 1152, 485]]);
  });

  it('without complementary labels nothing is read', () => {
    expect(rows(change(TEXT, '未消除风险', '新识别对象'))).toEqual([]);
  });
});

describe('complementary halves after 其中', () => {
  it('are read once, as the breakdown they are', () => {
    const text = '年末全镇户籍人口为23410人。其中，城镇人口9820人，乡村人口13590人。';
    expect(rows(text)).toEqual([['consistent', 'sum', 23410, 9820, 13590]]);
  });
});
