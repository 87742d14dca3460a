/*
 * Word lists for sample data. Pinyin goes with each word so that e-mail addresses look real.
 */

/** City, its pinyin, its region and its landline area code. */
export const CITIES: readonly { name: string; pinyin: string; region: string; area: string }[] = [
  { name: "上海", pinyin: "sh", region: "华东", area: "021" },
  { name: "北京", pinyin: "bj", region: "华北", area: "010" },
  { name: "广州", pinyin: "gz", region: "华南", area: "020" },
  { name: "深圳", pinyin: "sz", region: "华南", area: "0755" },
  { name: "杭州", pinyin: "hz", region: "华东", area: "0571" },
  { name: "南京", pinyin: "nj", region: "华东", area: "025" },
  { name: "苏州", pinyin: "suzhou", region: "华东", area: "0512" },
  { name: "宁波", pinyin: "nb", region: "华东", area: "0574" },
  { name: "天津", pinyin: "tj", region: "华北", area: "022" },
  { name: "青岛", pinyin: "qd", region: "华东", area: "0532" },
  { name: "武汉", pinyin: "wh", region: "华中", area: "027" },
  { name: "长沙", pinyin: "cs", region: "华中", area: "0731" },
  { name: "郑州", pinyin: "zz", region: "华中", area: "0371" },
  { name: "成都", pinyin: "cd", region: "西南", area: "028" },
  { name: "重庆", pinyin: "cq", region: "西南", area: "023" },
  { name: "西安", pinyin: "xa", region: "西北", area: "029" },
  { name: "沈阳", pinyin: "sy", region: "东北", area: "024" },
  { name: "大连", pinyin: "dl", region: "东北", area: "0411" },
  { name: "厦门", pinyin: "xm", region: "华南", area: "0592" },
  { name: "佛山", pinyin: "fs", region: "华南", area: "0757" },
  { name: "合肥", pinyin: "hf", region: "华东", area: "0551" },
  { name: "济南", pinyin: "jn", region: "华东", area: "0531" },
  { name: "昆明", pinyin: "km", region: "西南", area: "0871" },
  { name: "无锡", pinyin: "wx", region: "华东", area: "0510" },
];

/** Trade-name words (字号). */
export const TRADE_WORDS: readonly { name: string; pinyin: string }[] = [
  { name: "华信", pinyin: "huaxin" },
  { name: "恒通", pinyin: "hengtong" },
  { name: "宏达", pinyin: "hongda" },
  { name: "金鼎", pinyin: "jinding" },
  { name: "瑞丰", pinyin: "ruifeng" },
  { name: "天成", pinyin: "tiancheng" },
  { name: "永盛", pinyin: "yongsheng" },
  { name: "东方", pinyin: "dongfang" },
  { name: "新华", pinyin: "xinhua" },
  { name: "中联", pinyin: "zhonglian" },
  { name: "远航", pinyin: "yuanhang" },
  { name: "鸿运", pinyin: "hongyun" },
  { name: "嘉禾", pinyin: "jiahe" },
  { name: "博远", pinyin: "boyuan" },
  { name: "德润", pinyin: "derun" },
  { name: "海纳", pinyin: "haina" },
  { name: "汇丰", pinyin: "huifeng" },
  { name: "锦程", pinyin: "jincheng" },
  { name: "联创", pinyin: "lianchuang" },
  { name: "明辉", pinyin: "minghui" },
  { name: "普华", pinyin: "puhua" },
  { name: "启航", pinyin: "qihang" },
  { name: "荣昌", pinyin: "rongchang" },
  { name: "盛世", pinyin: "shengshi" },
  { name: "泰和", pinyin: "taihe" },
  { name: "万通", pinyin: "wantong" },
  { name: "祥云", pinyin: "xiangyun" },
  { name: "兴业", pinyin: "xingye" },
  { name: "亚泰", pinyin: "yatai" },
  { name: "正大", pinyin: "zhengda" },
  { name: "卓越", pinyin: "zhuoyue" },
  { name: "长城", pinyin: "changcheng" },
  { name: "银河", pinyin: "yinhe" },
  { name: "光明", pinyin: "guangming" },
  { name: "凯旋", pinyin: "kaixuan" },
  { name: "立信", pinyin: "lixin" },
  { name: "同创", pinyin: "tongchuang" },
  { name: "九州", pinyin: "jiuzhou" },
  { name: "百川", pinyin: "baichuan" },
  { name: "云海", pinyin: "yunhai" },
];

/** Business line in the name, the industry it belongs to, and that industry's risk. */
export const BUSINESS_LINES: readonly { name: string; industry: string; risk: "低" | "中" | "高" }[] = [
  { name: "精密机械", industry: "机械制造", risk: "中" },
  { name: "重工机械", industry: "机械制造", risk: "中" },
  { name: "电子科技", industry: "电子信息", risk: "中" },
  { name: "信息技术", industry: "软件服务", risk: "低" },
  { name: "软件", industry: "软件服务", risk: "低" },
  { name: "化工", industry: "化工", risk: "高" },
  { name: "新材料", industry: "化工", risk: "中" },
  { name: "医药", industry: "医药", risk: "低" },
  { name: "医疗器械", industry: "医药", risk: "低" },
  { name: "食品", industry: "食品饮料", risk: "低" },
  { name: "饮料", industry: "食品饮料", risk: "低" },
  { name: "纺织", industry: "纺织服装", risk: "高" },
  { name: "服饰", industry: "纺织服装", risk: "中" },
  { name: "建筑工程", industry: "建筑", risk: "高" },
  { name: "装饰工程", industry: "建筑", risk: "高" },
  { name: "物流", industry: "物流运输", risk: "中" },
  { name: "供应链管理", industry: "物流运输", risk: "中" },
  { name: "商贸", industry: "批发零售", risk: "中" },
  { name: "贸易", industry: "批发零售", risk: "中" },
  { name: "汽车配件", industry: "汽车", risk: "中" },
  { name: "新能源", industry: "能源", risk: "中" },
  { name: "环保科技", industry: "环保", risk: "低" },
  { name: "印刷包装", industry: "造纸印刷", risk: "高" },
  { name: "家具", industry: "家居", risk: "中" },
];

/** Legal form (domain.md §2 enum), the name's ending, and how often it occurs (weights). */
export const LEGAL_FORMS: readonly { form: string; suffix: string; weight: number }[] = [
  { form: "有限责任公司", suffix: "有限公司", weight: 60 },
  { form: "股份有限公司", suffix: "股份有限公司", weight: 12 },
  { form: "个人独资企业", suffix: "商行", weight: 4 },
  { form: "合伙企业", suffix: "企业(有限合伙)", weight: 3 },
  { form: "个体工商户", suffix: "经营部", weight: 5 },
  { form: "国有企业", suffix: "集团有限公司", weight: 6 },
  { form: "外资企业", suffix: "(中国)有限公司", weight: 7 },
  { form: "其他", suffix: "中心", weight: 3 },
];

export const SURNAMES: readonly { name: string; pinyin: string }[] = [
  { name: "王", pinyin: "wang" },
  { name: "李", pinyin: "li" },
  { name: "张", pinyin: "zhang" },
  { name: "刘", pinyin: "liu" },
  { name: "陈", pinyin: "chen" },
  { name: "杨", pinyin: "yang" },
  { name: "赵", pinyin: "zhao" },
  { name: "黄", pinyin: "huang" },
  { name: "周", pinyin: "zhou" },
  { name: "吴", pinyin: "wu" },
  { name: "徐", pinyin: "xu" },
  { name: "孙", pinyin: "sun" },
  { name: "胡", pinyin: "hu" },
  { name: "朱", pinyin: "zhu" },
  { name: "高", pinyin: "gao" },
  { name: "林", pinyin: "lin" },
  { name: "何", pinyin: "he" },
  { name: "郭", pinyin: "guo" },
  { name: "马", pinyin: "ma" },
  { name: "罗", pinyin: "luo" },
  { name: "梁", pinyin: "liang" },
  { name: "宋", pinyin: "song" },
  { name: "郑", pinyin: "zheng" },
  { name: "谢", pinyin: "xie" },
  { name: "韩", pinyin: "han" },
  { name: "唐", pinyin: "tang" },
  { name: "冯", pinyin: "feng" },
  { name: "于", pinyin: "yu" },
  { name: "董", pinyin: "dong" },
  { name: "萧", pinyin: "xiao" },
];

export const GIVEN_CHARS: readonly { name: string; pinyin: string }[] = [
  { name: "伟", pinyin: "wei" },
  { name: "芳", pinyin: "fang" },
  { name: "娜", pinyin: "na" },
  { name: "敏", pinyin: "min" },
  { name: "静", pinyin: "jing" },
  { name: "丽", pinyin: "li" },
  { name: "强", pinyin: "qiang" },
  { name: "磊", pinyin: "lei" },
  { name: "军", pinyin: "jun" },
  { name: "洋", pinyin: "yang" },
  { name: "勇", pinyin: "yong" },
  { name: "艳", pinyin: "yan" },
  { name: "杰", pinyin: "jie" },
  { name: "涛", pinyin: "tao" },
  { name: "明", pinyin: "ming" },
  { name: "超", pinyin: "chao" },
  { name: "秀", pinyin: "xiu" },
  { name: "霞", pinyin: "xia" },
  { name: "平", pinyin: "ping" },
  { name: "刚", pinyin: "gang" },
  { name: "桂", pinyin: "gui" },
  { name: "英", pinyin: "ying" },
  { name: "华", pinyin: "hua" },
  { name: "建", pinyin: "jian" },
  { name: "国", pinyin: "guo" },
  { name: "文", pinyin: "wen" },
  { name: "海", pinyin: "hai" },
  { name: "鹏", pinyin: "peng" },
  { name: "宇", pinyin: "yu" },
  { name: "欣", pinyin: "xin" },
  { name: "婷", pinyin: "ting" },
  { name: "浩", pinyin: "hao" },
];

export const STREETS: readonly string[] = ["人民路", "中山路", "解放路", "建设路", "和平路", "长江路", "科技园路", "工业大道", "滨江大道", "新华路"];

export const SALES_REPS: readonly string[] = ["王磊", "李娜", "张伟", "陈静", "刘洋", "赵敏", "孙涛", "周杰"];

export const OCCUPATIONS: readonly string[] = ["教师", "工程师", "医生", "会计", "销售", "设计师", "公务员", "个体经营", "学生", "律师", "程序员", "护士"];

export const INCOME_BANDS: readonly string[] = ["3千以下", "3千-5千", "5千-1万", "1万-2万", "2万以上"];

export const EDUCATIONS: readonly string[] = ["高中", "大专", "本科", "硕士", "博士"];

export const CHANNELS: readonly string[] = ["门店", "线上商城", "朋友推荐", "展会", "电话营销", "社交媒体"];

export const MAIL_DOMAINS: readonly string[] = ["qq.com", "163.com", "126.com", "sina.com", "outlook.com"];

/** Mobile prefixes that mainland carriers use (1[3-9]x). */
export const MOBILE_PREFIXES: readonly string[] = ["130", "131", "133", "135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "166", "177", "180", "186", "187", "188", "189", "191", "199"];
