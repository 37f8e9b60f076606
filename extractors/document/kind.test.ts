import { describe, expect, it } from 'vitest';
import { runOn } from '../../src/core/testing.js';
import { FLAT_HEADER, METADATA_TABLE, REPLY, SEED_000, SEED_001, SEED_004, STATE_COUNCIL_WEB, WORK_REPORT, seed } from './fixtures.js';
import { kindExtractor } from './kind.js';

const kind = (text: string) => runOn([kindExtractor], text).meta.kind;
const titled = (title: string) => kind(`${title}\n各有关单位：\n请认真贯彻执行。`);

describe('document.kind', () => {
  it('knows a work report without a title by the government its speaker reports for', () => {
    expect(kind('各位代表：\n现在，我代表省人民政府向大会作工作报告，请予审议。\n一、2014年工作回顾')).toBe('政府工作报告');
    expect(kind('大众网1月24日讯 24日上午，省十二届人大五次会议开幕，省长张某同志作山东省人民政府工作报告。')).toBe('政府工作报告');
    expect(kind('各位委员：\n现将全县脱贫攻坚工作情况汇报如下，请予审议。')).toBeNull();
  });

  it('reads the kind of a flattened header and of the site table 名称', () => {
    expect(kind(FLAT_HEADER)).toBe('批复');
    expect(kind('国务院关于加强数字政府建设的指导意见 国发〔2022〕14号 各省、自治区、直辖市人民政府,国务院各部委、各直属机构: 加强数字政府建设意义重大。')).toBe('意见');
    expect(kind(METADATA_TABLE)).toBe('通知');
  });

  it('is the last word of the title: 通知 for a notice that issues a plan', () => {
    expect(kind(seed(SEED_001))).toBe('通知');
    expect(titled('关于印发《推进运输结构调整三年行动计划》的通知')).toBe('通知');
  });

  it('reads replies, letters, opinions and reports', () => {
    expect(kind(seed(SEED_004))).toBe('答复');
    expect(kind(REPLY)).toBe('答复');
    expect(kind(STATE_COUNCIL_WEB)).toBe('函');
    expect(titled('国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函')).toBe('复函');
    expect(titled('国务院关于做好当前和今后一个时期促进就业工作的若干意见')).toBe('意见');
    expect(kind(WORK_REPORT)).toBe('政府工作报告');
  });

  it('looks past a trailing note or period after the kind', () => {
    expect(titled('云南省扶贫项目资金管理办法（试行）')).toBe('办法');
    expect(titled('推进运输结构调整三年行动计划（2018—2020年）')).toBe('计划');
  });

  it('calls a headline over 报/送/发 lists a bulletin', () => {
    expect(kind(seed(SEED_000))).toBe('简报');
  });

  it('has no kind when the title names none', () => {
    expect(titled('大理州五场硬战加速推进百日总攻')).toBeNull();
  });
});
