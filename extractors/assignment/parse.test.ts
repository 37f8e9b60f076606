import { describe, expect, it } from 'vitest';
import { bodiesOf, leadersOf, looksLikeBody, splitTopLevel, tidyName } from './lists.js';
import { parseBlock, type ParseOptions } from './parse.js';

const opts: ParseOptions = { firstListedLeads: false, isDeadline: (p) => /^\d+月底/.test(p) };

describe('lists of bodies', () => {
  it('spreads a prefix written once', () => {
    expect(bodiesOf('州扶贫开发领导小组成员单位，武定县党委、政府')).toEqual(['州扶贫开发领导小组成员单位', '武定县党委', '武定县政府']);
    expect(bodiesOf('东川区委、区政府')).toEqual(['东川区委', '东川区政府']);
    expect(bodiesOf('州委、州政府')).toEqual(['州委', '州政府']);
  });

  it('gives a bare party committee the office written once after the government', () => {
    expect(bodiesOf('县委、县人民政府督查室，县乡村振兴局')).toEqual(['县委督查室', '县人民政府督查室', '县乡村振兴局']);
    expect(bodiesOf('市委、市政府办公室')).toEqual(['市委办公室', '市政府办公室']);
    // no office after the government: nothing to share
    expect(bodiesOf('县委、县政府，县直有关部门')).toEqual(['县委', '县政府', '县直有关部门']);
  });

  it('does not split inside brackets or quotes', () => {
    expect(splitTopLevel('各县（市、区）党委、政府')).toEqual(['各县（市、区）党委', '政府']);
    expect(bodiesOf('省推进“三地一区”建设领导小组改革开放新高地执行小组成员单位')).toEqual(['省推进“三地一区”建设领导小组改革开放新高地执行小组成员单位']);
  });

  it('drops 等 and 按职责分工 but keeps 有关部门', () => {
    expect(tidyName('人力资源社会保障部等有关部门和单位')).toBe('人力资源社会保障部');
    expect(tidyName('省外办、省贸促会按职责分工')).toBe('省外办、省贸促会');
    expect(tidyName('高等学校')).toBe('高等学校');
    expect(bodiesOf('有关部门')).toEqual(['有关部门']);
  });

  it('spreads a prefix written once before a generic word (部门、单位), not across kinds', () => {
    expect(bodiesOf('市直有关部门、单位')).toEqual(['市直有关部门', '市直有关单位']);
    expect(bodiesOf('县直各部门、单位，各乡镇')).toEqual(['县直各部门', '县直各单位', '各乡镇']);
    expect(bodiesOf('各县区政府、单位')).toEqual(['各县区政府', '单位']);
  });

  it('splits 及/和 only between two bodies', () => {
    expect(bodiesOf('市级各有关部门及各县市区政府')).toEqual(['市级各有关部门', '各县市区政府']);
    expect(bodiesOf('各有关部门和单位')).toEqual(['各有关部门和单位']);
    expect(bodiesOf('市人力资源和社会保障局、工业和信息化部')).toEqual(['市人力资源和社会保障局', '工业和信息化部']);
  });

  it('tells bodies by how their names end', () => {
    expect(['合肥海关', '银保监会', '人行合肥中心支行', '各县（市、区）', '中国出口信用保险公司安徽分公司'].every(looksLikeBody)).toBe(true);
    expect(['6月底完成', '含中医类别', '2016—2020年'].some(looksLikeBody)).toBe(false);
  });
});

describe('leaders', () => {
  it('keeps names and drops titles written before them', () => {
    expect(leadersOf('李明、李林波')).toEqual(['李明', '李林波']);
    expect(leadersOf('州委副书记、州长李明')).toEqual(['李明']);
    expect(leadersOf('市委副书记、市长王建军')).toEqual(['王建军']);
    expect(leadersOf('张志军')).toEqual(['张志军']);
  });

  it('keeps people out of the body lists and bodies out of the leaders', () => {
    expect(leadersOf('州扶贫办、李林波')).toEqual(['李林波']);
    expect(parseBlock('牵头单位：州扶贫办、李林波；责任单位：州民政局', opts)).toMatchObject({
      leaders: ['李林波'], leadUnits: ['州扶贫办'], responsibleUnits: ['州民政局'],
    });
    expect(parseBlock('责任单位：高新区、石林县', opts)).toMatchObject({ leaders: [], responsibleUnits: ['高新区', '石林县'] });
  });
});

describe('parseBlock', () => {
  it('repairs page-break debris left before a label', () => {
    expect(parseBlock('牵头领导：赵克义；牵头单位：州财政局；责\n责任单位：州扶贫开发领导小组成员单位，各县市党委、政府', opts)).toEqual({
      leaders: ['赵克义'], leadUnits: ['州财政局'],
      responsibleUnits: ['州扶贫开发领导小组成员单位', '各县市党委', '各县市政府'], deadline: null, statesFirstLeads: false,
    });
  });

  it('reads labels in any order, with half-width colons and semicolons', () => {
    expect(parseBlock('责任单位:州人社局、州残联;牵头单位:州民政局;牵头领导:周兴国', opts)).toEqual({
      leaders: ['周兴国'], leadUnits: ['州民政局'], responsibleUnits: ['州人社局', '州残联'], deadline: null, statesFirstLeads: false,
    });
  });

  it('reads the running forms and a deadline piece', () => {
    expect(parseBlock('省商务厅牵头，省市场监管局、省发展改革委、省司法厅按职责分工配合', opts)).toMatchObject({
      leadUnits: ['省商务厅'], responsibleUnits: ['省市场监管局', '省发展改革委', '省司法厅'],
    });
    expect(parseBlock('6月底完成，州扶贫办负责', opts)).toMatchObject({ responsibleUnits: ['州扶贫办'], deadline: '6月底完成' });
    expect(parseBlock('人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同', opts)).toMatchObject({
      leadUnits: ['人力资源社会保障部'], responsibleUnits: ['财政部'], statesFirstLeads: true,
    });
    expect(parseBlock('市教育局负责，市财政局配合', opts)).toMatchObject({ leadUnits: ['市教育局'], responsibleUnits: ['市财政局'] });
  });

  it('reads a deadline before the labels, and the first listed lead of a 责任单位 list', () => {
    expect(parseBlock('2020年6月底前完成；牵头单位：州扶贫办', { ...opts, isDeadline: (p) => p.startsWith('2020年') })).toMatchObject({
      leadUnits: ['州扶贫办'], deadline: '2020年6月底前完成',
    });
    const first = { ...opts, firstListedLeads: true };
    expect(parseBlock('责任单位：省发展改革委、省财政厅', first)).toMatchObject({ leadUnits: ['省发展改革委'], responsibleUnits: ['省财政厅'] });
    expect(parseBlock('配合单位：省发展改革委、省财政厅', first)).toMatchObject({ leadUnits: [], responsibleUnits: ['省发展改革委', '省财政厅'] });
  });

  it('ends a field at a sentence end: the sentence after it names no body', () => {
    expect(parseBlock('牵头单位:区数据局;责任单位:区直有关部门、单位,各镇人民政府、街道办事处。下列任务均需各镇街道落实,不再单独列出', opts)).toEqual({
      leaders: [], leadUnits: ['区数据局'], responsibleUnits: ['区直有关部门', '区直有关单位', '各镇人民政府', '街道办事处'],
      deadline: null, statesFirstLeads: false,
    });
    // a deadline after the sentence end is still read
    expect(parseBlock('责任单位：市住房城乡建设局。6月底前完成', opts)).toMatchObject({
      responsibleUnits: ['市住房城乡建设局'], deadline: '6月底前完成',
    });
  });

  it('ends a field at a piece that opens a sentence about the tasks', () => {
    expect(parseBlock('责任单位：市农业农村局、市水务局，以上任务各区县均需落实，不再一一列出', opts)).toMatchObject({
      leadUnits: [], responsibleUnits: ['市农业农村局', '市水务局'],
    });
  });

  it('reads role verbs inside a labelled field, dropping the verbs and 等有关部门', () => {
    expect(parseBlock('责任单位:县农业农村局牵头,县财政局、县自然资源局、县水利局等有关部门参加,各镇街落实', opts)).toEqual({
      leaders: [], leadUnits: ['县农业农村局'], responsibleUnits: ['县财政局', '县自然资源局', '县水利局', '各镇街'],
      deadline: null, statesFirstLeads: false,
    });
    expect(parseBlock('责任单位：区教育局负责，区财政局、区人社局配合', opts)).toMatchObject({
      leadUnits: ['区教育局'], responsibleUnits: ['区财政局', '区人社局'],
    });
    expect(parseBlock('牵头单位：市商务局牵头，市市场监管局参与', opts)).toMatchObject({
      leadUnits: ['市商务局'], responsibleUnits: ['市市场监管局'],
    });
  });

  it('reads 参加 as assisting in the running form', () => {
    expect(parseBlock('省卫生健康委牵头，省医保局、省药监局参加', opts)).toMatchObject({
      leadUnits: ['省卫生健康委'], responsibleUnits: ['省医保局', '省药监局'],
    });
  });

  it('refuses brackets that are not blocks', () => {
    for (const s of ['含助理全科医生和中医类别全科医生', '2016—2020年', '以下简称市卫健委', '由地方财政负责', '牵头', '6月底完成', '东川区、禄劝县']) {
      expect(parseBlock(s, opts)).toBeNull();
    }
  });
});
