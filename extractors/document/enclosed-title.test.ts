import { describe, expect, it } from 'vitest';
import { runOn } from '../../src/core/testing.js';
import { enclosedTitleExtractor, namedInTitle } from './enclosed-title.js';
import { SEED_001, SEED_003, SEED_004, STATE_COUNCIL_PDF, STATE_COUNCIL_WEB, seed } from './fixtures.js';
import { titleExtractor } from './title.js';

const enclosed = (text: string) => runOn([titleExtractor, enclosedTitleExtractor], text).meta;

describe('document.enclosedTitle', () => {
  it('reads the title line of the enclosed document after the notice date', () => {
    expect(enclosed(seed(SEED_001)).enclosedTitle).toBe('楚雄州决战决胜脱贫攻坚百日总攻行动方案');
    expect(enclosed(seed(SEED_003)).enclosedTitle).toBe('关于全面推进东川区、禄劝县脱贫攻坚工作方案');
    expect(enclosed(STATE_COUNCIL_PDF).enclosedTitle).toBe('推进运输结构调整三年行动计划（2018—2020年）');
  });

  it('keeps the notice title as the title', () => {
    expect(enclosed(STATE_COUNCIL_PDF).title).toBe('国务院办公厅关于印发推进运输结构调整三年行动计划（2018—2020年）的通知');
  });

  it('names the enclosed document from the title when its own title line is missing', () => {
    expect(namedInTitle('关于印发《楚雄州教育精准扶贫实施方案》的通知')).toBe('楚雄州教育精准扶贫实施方案');
    expect(namedInTitle('广州市民政局关于印发我市2025年社会救助标准的通知')).toBe('我市2025年社会救助标准');
    expect(enclosed('关于印发《农村公路养护管理办法》的通知\n各县交通运输局：\n现印发给你们。').enclosedTitle).toBe('农村公路养护管理办法');
  });

  it('gives a document that issues nothing no enclosed title, attachments included', () => {
    expect(enclosed(seed(SEED_004)).enclosedTitle).toBeNull();
    expect(enclosed(STATE_COUNCIL_WEB).enclosedTitle).toBeNull();
  });
});
