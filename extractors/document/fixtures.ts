// Test texts of the document-field extractors: the seeds as they are, and notices written the
// way other provinces and the State Council print them (PDF text with spaces and broken lines,
// web copies, replies, a work report). Only the tests import this module.
import { readFileSync } from 'node:fs';

export function seed(name: string): string {
  return readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
}

export const SEED_000 = '000_866b6ceaaad5277c.txt';
export const SEED_001 = '001_1d944455b0e5cc05.txt';
export const SEED_003 = '003_07e0f9554186f11e.txt';
export const SEED_004 = '004_dc595c5d65ef9aab.txt';

/** A State Council notice as PDF text: spaced masthead, a number with a stray space, a broken title. */
export const STATE_COUNCIL_PDF = `国 务 院 办 公 厅 文 件

国办发〔2018〕129 号

国务院办公厅关于印发推进运输结构调整
三年行动计划（2018—2020年）的通知

各省、自治区、直辖市人民政府，国务院各部委、
各直属机构：
《推进运输结构调整三年行动计划（2018—2020年）》已经国务院同意，现印发给你们，请认真贯彻执行。

国务院办公厅
2018年10月9日
（此件公开发布）

推进运输结构调整三年行动计划（2018—2020年）

为深入贯彻落实党中央、国务院决策部署，根据《国务院关于印发打赢蓝天保卫战三年行动计划的通知》（国发〔2018〕22号）要求，制定本行动计划。
一、总体要求
以习近平新时代中国特色社会主义思想为指导，各有关部门要按照《中华人民共和国大气污染防治法》的规定，加快推进运输结构调整。（交通运输部、国家发展改革委负责。列第一位者为牵头单位，下同）
— 2 —
抄送：党中央各部门，中央军委办公厅，各战区。
全国人大常委会办公厅，全国政协办公厅。
国务院办公厅秘书局 2018年10月10日印发
`;

/** A State Council letter as a web copy: number after the title, date in Chinese numerals, an attachment. */
export const STATE_COUNCIL_WEB = `国务院办公厅关于同意建立
农村人居环境整治部际联席会议制度的函
国办函［2019］45号
生态环境部：
你部《关于建立农村人居环境整治部际联席会议制度的请示》（环办〔2019〕12号）收悉。经国务院同意，现函复如下：
同意建立由生态环境部牵头的农村人居环境整治部际联席会议制度。
附件：农村人居环境整治部际联席会议制度
国务院办公厅
二〇一九年五月二十日
附件
农村人居环境整治部际联席会议制度
为加强部门协作，建立本制度。
`;

/** A provincial reply to a deputy's suggestion: masthead without 文件, class mark after the number. */
export const REPLY = `云南省农业农村厅
云农建复﹝2020﹞12号（A类）
关于省十三届人大三次会议第123号建议的答复
张三代表：
您提出的《关于加快发展高原特色农业的建议》收悉。现答复如下：
我厅高度重视，按照《云南省人民政府关于加快高原特色农业发展的意见》（云政发〔2019〕8号）推进有关工作。
云南省农业农村厅
2020年7月1日
（联系人：李四，联系电话：0871-1234567）
抄送：省人大常委会人事代表工作委员会，省政府督查室。
`;

/** A provincial government work report: a speech with its date in a dashed subtitle. */
export const WORK_REPORT = `政府工作报告
——2024年1月23日在湖南省第十四届人民代表大会第二次会议上
湖南省省长 毛伟明
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。
一、2023年工作回顾
过去一年，全省经济运行稳中有进。
`;

/** A notice with no date line of its own: only the 版记's printing date. */
export const PRINTED_ONLY = `关于做好2021年春耕生产工作的通知
各县（市、区）农业农村局：
现就做好春耕生产工作通知如下。请按照《省农业农村厅关于做好春耕备耕工作的通知》（滇农发〔2021〕3号）抓好落实。
抄送：市政府办公室。
市农业农村局办公室 2021年2月5日印发
`;

/** A city web copy: breadcrumb and page labels around the title, the number on the title line in ASCII brackets. */
export const CITY_WEB = `当前位置: 首页 > 政务公开 > 政策法规
中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)
来源:岳阳市政府门户网 日期:2017-01-12 字号:【大 中 小】
视力保护色:
各县市区委、人民政府,市直各单位:
《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,现印发给你们,请结合实际认真贯彻执行。
中共岳阳市委办公室
岳阳市人民政府办公室
2017年1月10日
关于全面推进政务公开工作的实施意见
根据《中共湖南省委办公厅湖南省人民政府办公厅印发〈关于全面推进政务公开工作的实施意见〉的通知》(湘办发〔2016〕41号)要求,结合我市实际,提出如下实施意见。
`;

/** A gazette copy: date and number in one bracket under the title. */
export const GAZETTE = `国务院办公厅关于加强农业种质资源保护与利用的意见
（2019年12月30日国办发〔2019〕56号）
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
农业种质资源是保障国家粮食安全与重要农产品供给的战略性资源。经国务院同意，现提出以下意见。
`;

/** An office's own heading line (no 文件) above a title that names its issuer again. */
export const HEADED = `中共楚雄州委办公室
楚雄州人民政府办公室关于做好2020年春节期间有关工作的通知
楚办通〔2020〕3号
各县市党委和人民政府：
为做好春节期间有关工作，现就有关事项通知如下。
`;

/** A web copy that flattened the header onto one line: title, number, addressees, then the body. */
export const FLAT_HEADER = `国务院关于同意建立长江中游城市群协同发展示范区的批复 国函〔2016〕87号 湖北省人民政府、湖南省人民政府: 你们《关于建立长江中游城市群协同发展示范区的请示》(鄂政文〔2016〕21号)收悉。现批复如下: 一、同意建立长江中游城市群协同发展示范区。示范区范围包括武汉市、长沙市部分区域,面积约 560平方公里。
二、示范区建设要坚持高标准规划、高起点建设。
`;

/** A county page: the site's metadata table in `|` cells above a notice whose title the copy lost. */
export const METADATA_TABLE = `索 引 号 | 11522401MB1234567X/2024-00315 | 主题分类 | 综合政务 |
发文机关 | 大方县人民政府办公室 | 组配分类 | 县政府办文件 |
名 称: | 大方县人民政府办公室关于印发《大方县农村人居环境整治提升实施方案》的通知 | |
文 号: | 大府办发〔2024〕15号 | 公开方式 | 主动公开 |
成文日期 | 2024-06-12 | 发布日期 | 2024-06-18 |
各乡（镇）人民政府、街道办事处，县政府各部门：
《大方县农村人居环境整治提升实施方案》已经县人民政府同意，现印发给你们，请认真抓好落实。
大方县农村人居环境整治提升实施方案
为深入推进农村人居环境整治提升，根据《贵州省农村人居环境整治提升五年行动实施方案》（黔府办发〔2022〕9号）要求，制定本方案。
一、工作目标
`;

/** The same table as a page prints it in `label: value` pairs run together, and only a 发布日期. */
export const METADATA_PAIRS = `索引号: 11341600MB0012345Y/202403-00021 组配分类: 部门文件
发布单位: 宿州市农业农村局(宿州市乡村振兴局) 主题分类: 农业、林业、水利
文号: 公开日期: 2024-03-22 发布日期: 2024-03-22
2024年，全市农业农村工作要以推进乡村全面振兴为总抓手，坚持农业农村优先发展，加快建设农业强市。
一、稳定粮食生产
`;

/** A reply copied from a database page: title, number, signature and date run into one row ending with a cell border. */
export const SIGNED_ROW = `国务院关于同意山东省撤销滨州地区设立地级滨州市的批复 国函〔2000〕38号 中华人民共和国国务院 2000年6月22日 |
|
山东省人民政府：
你省《关于撤销滨州地区设立地级滨州市的请示》（鲁政〔1999〕文118号）收悉。现批复如下：
一、同意撤销滨州地区和县级滨州市，设立地级滨州市。
二、滨州市设立滨城区，以原县级滨州市的行政区域为滨城区的行政区域。
中华人民共和国国务院
二○○○年六月二十二日
`;

/** A page that prints the metadata as a bulleted list above a bulletin's headline. */
export const BULLETED_METADATA = `-索引号11532504/2023-00117
-发布机构
-文号
-发布日期2023-03-06
-有效性有效
某县2023年1至2月份生产安全事故情况
2023年1至2月份，全县共发生各类生产安全事故12起，同比下降20%；死亡3人，同比持平；直接经济损失45.6万元。
1、道路交通事故：发生8起，死亡3人，直接经济损失12.3万元。
（县安委办）
`;

/** A ministry's reply as a news page prints it: a headline, then the title behind dashes. */
export const DASHED_TITLE = `住房和城乡建设部答复：加快推进城镇老旧小区改造
———关于十四届全国人大一次会议第2035号建议的答复
2023-08-10 来源：住房和城乡建设部
王某代表：
您提出的关于加快推进城镇老旧小区改造的建议收悉。经认真研究，现答复如下。
`;

/** A decision whose number is only in the page's table after the text, labels in one row and values under them. */
export const TRAILING_TABLE = `关于表彰2015年度全市安全生产先进单位的决定

2015年，全市各级各部门认真落实安全生产责任制，全市安全生产形势持续稳定好转。经综合考评，市政府决定对安全生产工作成绩突出的单位予以表彰。

一、先进单位

平桥区人民政府

浉河区人民政府

希望受表彰的单位珍惜荣誉，再接再厉，为全市安全生产形势持续稳定作出新的贡献。

二○一六年一月二十日

主题词：安全生产 表彰 决定

索  引  号 文       号 发布机构 发布日期 公开范围 公开方式
N003-2016-000112 信政〔2016〕3号
信阳市人民政府办公室 2016-01-28
面向社会 主动公开
`;

/** A plan's cover: the title over three lines, the issuing government alone under it, then the month. */
export const PLAN_COVER = `舒城县国民经济和社会发展
第十四个五年规划和2035年
远景目标纲要
舒城县人民政府
2021年4月
舒城县国民经济和社会发展第十四个五年规划和2035年远景目标纲要，根据《中共舒城县委关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制，主要阐明全县发展战略意图。
`;

/** A decision whose web copy lost title and signature: its date runs on after the last sentence. */
export const DATE_AFTER_LAST_SENTENCE = `发布文号：闽政〔2006〕12号
各市、县（区）人民政府，省直各单位：
2005年，各地认真落实水土保持工作责任，全省水土流失治理取得明显成效，为改善我省生态环境作出了贡献。为表彰先进，省政府决定对成绩突出的市、县给予表彰。
一等奖：南平市 三明市 龙岩市
二等奖：宁德市 莆田市
希望受表彰的市、县再接再厉，其他市、县要学习先进，为建设生态省作出更大贡献。 二○○六年三月十日
`;

/** A whole notice on one line: title, addressees, body, date, and the attachment after them. */
export const ONE_LINE_NOTICE = `天水市人民政府办公厅转发省安全生产委员会办公室关于全省安全生产大检查情况的通报的通知 各县、区人民政府，市政府各有关部门： 2008年5月，省安全生产委员会组织对我市安全生产工作进行了检查。现将省安委会办公室《关于全省安全生产大检查情况的通报》转发给你们，请结合实际认真整改。 二○○八年六月十二日 附： 关于全省安全生产大检查情况的通报 各市州人民政府： 根据省政府安排，省安委会于5月组织开展了安全生产大检查。
`;
