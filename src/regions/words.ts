// Word tables of the gazetteer (data only): level words, ethnic names, relative words, body
// suffixes and the place-name stems that are also ordinary words.

/** Suffixes of official names, by level, longest first within a level (GENRE.md "Regions"). */
export const LEVEL_SUFFIXES = {
  province: ['特别行政区', '自治区', '省', '市'],
  prefecture: ['自治州', '地区', '盟', '市'],
  county: ['自治县', '自治旗', '林区', '特区', '矿区', '县', '区', '市', '旗'],
  township: ['民族乡', '街道', '苏木', '镇', '乡'],
} as const;

/** The one-character level word a shortened autonomous name keeps (`禄劝县`, `楚雄州`). */
export const SHORT_LEVEL: Record<string, string> = {
  自治州: '州', 自治县: '县', 自治旗: '旗', 民族乡: '乡',
};

/** The 56 nationalities as they appear inside autonomous names, plus `各族` (`龙胜各族自治县`). */
export const ETHNIC_NAMES: readonly string[] = [
  '汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白',
  '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西',
  '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌',
  '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔',
  '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '各',
];

/**
 * Bare stems that are also ordinary words of the genre (`比如`, `会同`, `延长`, `惠民政策`,
 * `乡村振兴`, `长治久安`): never read bare in running text, only with their level word
 * (`会同县`) or inside a list of places. Chosen from jieba's dictionary (stems it knows as
 * common words) by reading; extend when a false positive shows up.
 */
export const COMMON_WORD_STEMS: ReadonlySet<string> = new Set([
  '资源', '合作', '和平', '武功', '平原', '比如', '南部', '长安', '江南', '解放', '东方', '前进',
  '港口', '中原', '公安', '友好', '通道', '共和', '城中', '古城', '河口', '友谊', '平安', '中方',
  '江北', '凤凰', '安定', '商城', '延长', '光明', '新兴', '运河', '太平', '万年', '东风', '红旗',
  '新建', '南岸', '城北', '城西', '城东', '城南', '会同', '工农', '新城', '老城', '富裕', '清水',
  '前锋', '复兴', '长子', '高明', '清新', '宏伟', '平定', '洞口', '阿里', '太和', '路桥', '温泉',
  '向阳', '振兴', '三元', '大同', '大方', '互助', '新华', '威信', '莲花', '安宁', '西山', '平和',
  '牡丹', '名山', '滨海', '白云', '大城', '桃源', '白银', '大观', '建安', '永和', '二七', '南山',
  '台前', '江城', '金山', '东至', '长寿', '石棉', '丰满', '江海', '双桥', '高台', '二道', '上街',
  '兴隆', '民权', '小店', '同心', '宝塔', '元宝', '平房', '万安', '白玉', '大兴', '天涯', '七星',
  '来宾', '博爱', '同仁', '回民', '钟楼', '江岸', '山城', '马尾', '方正', '安居', '东山', '龙凤',
  '鼓楼', '麒麟', '海盐', '安康', '富民', '清流', '湖滨', '兴安', '紫金', '爱民', '惠民', '长治',
  '民和', '新星', '和顺', '云霄', '天台', '开化', '金沙', '青山', '南海', '东海', '城关', '新市',
  '新民', '灯塔', '沙河', '三河', '大安', '安国', '永安', '新安', '东安', '清河', '海港', '白杨',
  '大关', '新乐', '集安', '宁安', '龙井', '黄山', '泰山', '太湖',
]);

/** Official names that are also ordinary words (`城区`, `老城区改造`): read only inside a list of places. */
export const COMMON_WORD_NAMES: ReadonlySet<string> = new Set([
  '和县', '新县', '城区', '郊区', '矿区', '东区', '西区', '新城区', '老城区', '古城区', '城中区', '城关区', '市中区',
  '城北区', '城东区', '城西区', '港口区', '新华区',
]);

/** Last characters of a place's full name: a name written right after one starts a new word. */
export const NAME_ENDINGS: readonly string[] = ['省', '市', '州', '县', '区', '旗', '盟', '乡', '镇', '村'];

/** Relative words pointing at the issuer's region: `全州`, `我省`, `本市`. */
export const RELATIVE_PREFIXES: readonly string[] = ['全', '我', '本'];

/** Level words a relative name or a body may carry, longest first. */
export const RELATIVE_LEVELS: readonly string[] = ['自治区', '自治州', '地区', '省', '市', '州', '县', '区', '旗', '盟', '乡', '镇'];

/** `各县市`, `各县（市、区）`: all the units of the issuer's region, i.e. the region itself. */
export const ALL_UNITS_LEVELS = '省市州县区旗盟乡镇';

/** Level words that prefix a body of the issuer's region (`州扶贫办`, `市农业局`, `省商务厅`). */
export const BODY_LEVELS = '省市州县区旗盟';

/** Body words jieba may glue to the level word (`县委`, `市政府`). */
export const GLUED_BODY_SUFFIXES: readonly string[] = ['人民政府', '政府', '党委', '纪委', '人大', '政协', '委'];

/** `各县级…`, `各县域…`: not a list of units. */
export const UNITS_NOT_FOLLOWED_BY = '级域城长委';

/** Last characters of a body's name (`扶贫办`, `农业局`, `商务厅`, `县委`). */
export const BODY_SUFFIXES: readonly string[] = [
  '人民政府', '政府', '党委', '委员会', '领导小组', '小组', '办公室', '人大', '政协', '纪委',
  '监委', '法院', '检察院', '委', '办', '局', '厅', '部', '院', '会', '中心', '站', '所', '队',
];

/** Words ending like a body that are not one (`社会` in `市人力资源和社会保障局`, `干部`). */
export const NOT_BODY_WORDS: readonly string[] = [
  '社会', '机会', '大会', '干部', '内部', '全部', '局部', '格局', '大局', '布局', '结局', '场所', '团队', '当局',
];

/** Words after a place name that make it part of an enterprise's or school's name (`阳泉煤业`). */
export const ORGANISATION_WORDS: readonly string[] = [
  '煤业', '矿业', '集团', '公司', '银行', '大学', '学院', '职业', '钢铁', '电力', '日报', '晚报',
];

/** Words after a bare name that make it part of a smaller place's or a street's name (`河南村`, `北京路`). */
export const STEM_NOT_FOLLOWED_BY: readonly string[] = ['村', '乡', '镇', '街道', '社区', '路', '街', '大道', '巷'];
