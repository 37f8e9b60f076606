import { describe, expect, it } from 'vitest';
import { normalise } from './index.js';

const norm = (raw: string) => normalise({ raw, format: 'txt' }).text;

/** A page's worth of wrapped text (well over 300 characters), ending mid-word. */
const PAGE = [
  '全县上下坚持以高质量发展为主题，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作，',
  '经济运行总体平稳、稳中有进，全年地区生产总值完成一百二十六亿元，规模以上工业增加值稳步增长，',
  '固定资产投资结构持续优化，社会消费品零售总额保持增长，城乡居民收入与经济增长基本同步，',
  '民生保障水平不断提升，教育、医疗、养老等公共服务短板加快补齐，城乡面貌持续改善，生态环境',
  '质量稳中向好，安全生产形势总体稳定，社会大局和谐稳定，各项事业取得新的进展，为全面建设',
  '社会主义现代化县奠定了坚实基础。同时也要清醒看到，经济发展仍面临不少困难和挑战，产业结构',
  '不够优化，创新能力有待增强，县域经济综合实力还不够强，民生领域还有不少短板，我们将采取有',
];

describe('dropPageFurniture', () => {
  it('drops bare page numbers that run through the document and rejoins the word they split', () => {
    const raw = `${PAGE.join('\n')}\n\n2\n\n效措施加以解决。\n${PAGE.join('\n')}\n\n3\n\n效措施加以解决。`;
    const text = norm(raw);
    expect(text).not.toMatch(/[有]\d/);
    expect(text.match(/我们将采取有效措施加以解决。/g)).toHaveLength(2);
  });

  it('drops a number between middle dots wherever it stands', () => {
    expect(norm('确保完成年度目标任务。\n·7·\n二、保障措施')).toBe('确保完成年度目标任务。\n二、保障措施');
  });

  it('drops page 2 of a short document: its first page is the text before it', () => {
    const raw = `${PAGE.join('\n')}\n\n2\n\n效措施加以解决。`;
    expect(norm(raw).endsWith('我们将采取有效措施加以解决。')).toBe(true);
  });

  it('keeps lone numbers that are table cells or list numbers, not a run of pages', () => {
    // (the joiner then reads each number before its cell, as it always has)
    const raw = '序号\n1\n新建村级综合服务站\n2\n改造农村公路危桥\n3\n实施农村饮水提质工程';
    expect(norm(raw).match(/\d/g)).toEqual(['1', '2', '3']);
  });
});
