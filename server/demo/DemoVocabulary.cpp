#include "demo/DemoVocabulary.h"

#include <array>

namespace laoke::demo {
namespace {

using namespace std::string_view_literals;

// Districts (or county-level cities) of the larger cities; smaller ones leave the district empty.
constexpr std::array kBeijing{"海淀区"sv, "朝阳区"sv, "丰台区"sv, "东城区"sv, "西城区"sv, "大兴区"sv, "通州区"sv, "昌平区"sv};
constexpr std::array kShanghai{"浦东新区"sv, "闵行区"sv, "徐汇区"sv, "静安区"sv, "嘉定区"sv, "松江区"sv, "宝山区"sv, "青浦区"sv};
constexpr std::array kTianjin{"和平区"sv, "河西区"sv, "南开区"sv, "滨海新区"sv, "西青区"sv};
constexpr std::array kChongqing{"渝中区"sv, "江北区"sv, "南岸区"sv, "九龙坡区"sv, "沙坪坝区"sv, "渝北区"sv};
constexpr std::array kGuangzhou{"天河区"sv, "白云区"sv, "越秀区"sv, "番禺区"sv, "海珠区"sv, "黄埔区"sv, "花都区"sv};
constexpr std::array kShenzhen{"南山区"sv, "福田区"sv, "宝安区"sv, "龙岗区"sv, "龙华区"sv, "罗湖区"sv};
constexpr std::array kDongguan{"长安镇"sv, "虎门镇"sv, "塘厦镇"sv, "常平镇"sv, "松山湖"sv};
constexpr std::array kFoshan{"禅城区"sv, "南海区"sv, "顺德区"sv};
constexpr std::array kSuzhou{"姑苏区"sv, "吴中区"sv, "相城区"sv, "虎丘区"sv, "吴江区"sv, "昆山市"sv, "常熟市"sv, "张家港市"sv};
constexpr std::array kHangzhou{"西湖区"sv, "上城区"sv, "拱墅区"sv, "滨江区"sv, "萧山区"sv, "余杭区"sv};
constexpr std::array kNingbo{"鄞州区"sv, "海曙区"sv, "江北区"sv, "北仑区"sv, "镇海区"sv, "慈溪市"sv, "余姚市"sv};
constexpr std::array kNanjing{"鼓楼区"sv, "玄武区"sv, "秦淮区"sv, "建邺区"sv, "江宁区"sv};
constexpr std::array kWuxi{"梁溪区"sv, "滨湖区"sv, "新吴区"sv, "江阴市"sv, "宜兴市"sv};
constexpr std::array kWenzhou{"鹿城区"sv, "瓯海区"sv, "龙湾区"sv, "乐清市"sv, "瑞安市"sv};
constexpr std::array kJinhua{"婺城区"sv, "义乌市"sv, "永康市"sv, "东阳市"sv};
constexpr std::array kWuhan{"江岸区"sv, "武昌区"sv, "洪山区"sv, "汉阳区"sv, "江汉区"sv};
constexpr std::array kChengdu{"武侯区"sv, "青羊区"sv, "金牛区"sv, "锦江区"sv, "成华区"sv, "双流区"sv};
constexpr std::array kXian{"雁塔区"sv, "碑林区"sv, "未央区"sv, "新城区"sv};
constexpr std::array kChangsha{"岳麓区"sv, "芙蓉区"sv, "天心区"sv, "开福区"sv, "雨花区"sv};
constexpr std::array kZhengzhou{"金水区"sv, "二七区"sv, "中原区"sv, "管城回族区"sv};
constexpr std::array kXiamen{"思明区"sv, "湖里区"sv, "集美区"sv};
constexpr std::array kQingdao{"市南区"sv, "市北区"sv, "黄岛区"sv, "崂山区"sv};
constexpr std::array kJinan{"历下区"sv, "市中区"sv, "槐荫区"sv};
constexpr std::array kHefei{"蜀山区"sv, "包河区"sv, "庐阳区"sv};
constexpr std::array kZhongshan{"小榄镇"sv, "古镇镇"sv, "火炬开发区"sv};

constexpr std::span<const std::string_view> kNone{};

// Weights: the share of customers, heavy in 华东 and 华南 where SME manufacturing is densest
// (§6.3): about east 44, south 24, north 12, central 10, southwest 8, northeast 5, northwest 4.
const std::array kCities{
    // 华北
    City{"北京", "北京", 5.0, "110000", "010", true, kBeijing},
    City{"天津", "天津", 2.5, "120000", "022", true, kTianjin},
    City{"石家庄", "河北", 1.0, "130100", "0311", false, kNone},
    City{"唐山", "河北", 0.6, "130200", "0315", false, kNone},
    City{"保定", "河北", 0.6, "130600", "0312", false, kNone},
    City{"廊坊", "河北", 0.5, "131000", "0316", false, kNone},
    City{"太原", "山西", 0.6, "140100", "0351", false, kNone},
    City{"大同", "山西", 0.2, "140200", "0352", false, kNone},
    City{"呼和浩特", "内蒙古", 0.4, "150100", "0471", false, kNone},
    City{"包头", "内蒙古", 0.3, "150200", "0472", false, kNone},
    // 东北
    City{"沈阳", "辽宁", 1.2, "210100", "024", false, kNone},
    City{"大连", "辽宁", 1.2, "210200", "0411", false, kNone},
    City{"鞍山", "辽宁", 0.3, "210300", "0412", false, kNone},
    City{"长春", "吉林", 0.7, "220100", "0431", false, kNone},
    City{"吉林", "吉林", 0.2, "220200", "0432", false, kNone},
    City{"哈尔滨", "黑龙江", 0.8, "230100", "0451", false, kNone},
    City{"大庆", "黑龙江", 0.2, "230600", "0459", false, kNone},
    // 华东
    City{"上海", "上海", 6.0, "310000", "021", true, kShanghai},
    City{"南京", "江苏", 3.0, "320100", "025", false, kNanjing},
    City{"无锡", "江苏", 2.5, "320200", "0510", false, kWuxi},
    City{"徐州", "江苏", 0.8, "320300", "0516", false, kNone},
    City{"常州", "江苏", 1.5, "320400", "0519", false, kNone},
    City{"苏州", "江苏", 5.0, "320500", "0512", false, kSuzhou},
    City{"南通", "江苏", 1.2, "320600", "0513", false, kNone},
    City{"杭州", "浙江", 4.0, "330100", "0571", false, kHangzhou},
    City{"宁波", "浙江", 3.5, "330200", "0574", false, kNingbo},
    City{"温州", "浙江", 2.5, "330300", "0577", false, kWenzhou},
    City{"嘉兴", "浙江", 1.0, "330400", "0573", false, kNone},
    City{"绍兴", "浙江", 1.0, "330600", "0575", false, kNone},
    City{"金华", "浙江", 1.5, "330700", "0579", false, kJinhua},
    City{"台州", "浙江", 1.2, "331000", "0576", false, kNone},
    City{"合肥", "安徽", 1.2, "340100", "0551", false, kHefei},
    City{"芜湖", "安徽", 0.4, "340200", "0553", false, kNone},
    City{"福州", "福建", 1.0, "350100", "0591", false, kNone},
    City{"厦门", "福建", 1.0, "350200", "0592", false, kXiamen},
    City{"泉州", "福建", 1.2, "350500", "0595", false, kNone},
    City{"南昌", "江西", 0.6, "360100", "0791", false, kNone},
    City{"赣州", "江西", 0.3, "360700", "0797", false, kNone},
    City{"济南", "山东", 1.0, "370100", "0531", false, kJinan},
    City{"青岛", "山东", 1.2, "370200", "0532", false, kQingdao},
    City{"烟台", "山东", 0.5, "370600", "0535", false, kNone},
    City{"潍坊", "山东", 0.5, "370700", "0536", false, kNone},
    City{"临沂", "山东", 0.4, "371300", "0539", false, kNone},
    // 华中
    City{"郑州", "河南", 2.2, "410100", "0371", false, kZhengzhou},
    City{"洛阳", "河南", 0.6, "410300", "0379", false, kNone},
    City{"武汉", "湖北", 3.0, "420100", "027", false, kWuhan},
    City{"宜昌", "湖北", 0.5, "420500", "0717", false, kNone},
    City{"襄阳", "湖北", 0.5, "420600", "0710", false, kNone},
    City{"长沙", "湖南", 2.5, "430100", "0731", false, kChangsha},
    City{"株洲", "湖南", 0.6, "430200", "0731", false, kNone},
    // 华南
    City{"广州", "广东", 5.0, "440100", "020", false, kGuangzhou},
    City{"深圳", "广东", 6.0, "440300", "0755", false, kShenzhen},
    City{"珠海", "广东", 0.8, "440400", "0756", false, kNone},
    City{"佛山", "广东", 3.5, "440600", "0757", false, kFoshan},
    City{"惠州", "广东", 1.0, "441300", "0752", false, kNone},
    City{"东莞", "广东", 4.0, "441900", "0769", false, kDongguan},
    City{"中山", "广东", 1.5, "442000", "0760", false, kZhongshan},
    City{"南宁", "广西", 0.8, "450100", "0771", false, kNone},
    City{"柳州", "广西", 0.4, "450200", "0772", false, kNone},
    City{"桂林", "广西", 0.3, "450300", "0773", false, kNone},
    City{"海口", "海南", 0.3, "460100", "0898", false, kNone},
    City{"三亚", "海南", 0.1, "460200", "0898", false, kNone},
    // 西南
    City{"重庆", "重庆", 2.8, "500000", "023", true, kChongqing},
    City{"成都", "四川", 3.0, "510100", "028", false, kChengdu},
    City{"绵阳", "四川", 0.4, "510700", "0816", false, kNone},
    City{"贵阳", "贵州", 0.6, "520100", "0851", false, kNone},
    City{"遵义", "贵州", 0.3, "520300", "0851", false, kNone},
    City{"昆明", "云南", 0.8, "530100", "0871", false, kNone},
    City{"曲靖", "云南", 0.2, "530300", "0874", false, kNone},
    City{"拉萨", "西藏", 0.1, "540100", "0891", false, kNone},
    // 西北
    City{"西安", "陕西", 2.0, "610100", "029", false, kXian},
    City{"宝鸡", "陕西", 0.3, "610300", "0917", false, kNone},
    City{"兰州", "甘肃", 0.6, "620100", "0931", false, kNone},
    City{"西宁", "青海", 0.2, "630100", "0971", false, kNone},
    City{"银川", "宁夏", 0.3, "640100", "0951", false, kNone},
    City{"乌鲁木齐", "新疆", 0.6, "650100", "0991", false, kNone},
};

// §6.3's auspicious characters and more of the same kind.
constexpr std::array kTradeNameCharacters{
    "华"sv, "鑫"sv, "盛"sv, "达"sv, "通"sv, "瑞"sv, "恒"sv, "泰"sv, "宏"sv, "丰"sv, "源"sv, "信"sv, "德"sv, "嘉"sv,
    "富"sv, "安"sv, "创"sv, "新"sv, "永"sv, "金"sv, "汇"sv, "隆"sv, "昌"sv, "兴"sv, "茂"sv, "祥"sv, "和"sv, "顺"sv,
    "利"sv, "佳"sv, "美"sv, "中"sv, "天"sv, "宇"sv, "星"sv, "辰"sv, "龙"sv, "腾"sv, "飞"sv, "翔"sv, "博"sv, "远"sv,
    "志"sv, "诚"sv, "立"sv, "伟"sv, "海"sv, "润"sv, "晟"sv, "锦"sv, "康"sv, "明"sv, "亿"sv, "凯"sv, "益"sv, "捷"sv,
    "聚"sv, "合"sv, "广"sv, "正"sv, "众"sv, "东"sv, "方"sv, "宝"sv, "联"sv, "启"sv, "航"sv, "赛"sv, "卓"sv, "越"sv,
    "力"sv, "优"sv, "精"sv, "诺"sv, "睿"sv, "泽"sv, "峰"sv, "乐"sv, "万"sv, "邦"sv, "豪"sv, "威"sv, "骏"sv, "旺"sv,
};

// §4 mix: 制造业 45%, 批发零售 28%, 建筑 7%, 服务业 12% (物流, 软件, 咨询 ...), 其他 8%.
constexpr std::array kManufacturing{
    "机械设备"sv, "电子科技"sv, "五金制品"sv, "塑胶制品"sv, "精细化工"sv, "食品"sv,     "服饰"sv,
    "汽车配件"sv, "医疗器械"sv, "纺织"sv,     "家具"sv,     "包装材料"sv, "印刷"sv,     "模具"sv,
    "电线电缆"sv, "照明电器"sv, "陶瓷"sv,     "新材料"sv,   "阀门"sv,     "轴承"sv,     "精密机械"sv,
    "电气设备"sv, "光电科技"sv, "环保设备"sv, "不锈钢制品"sv, "制药"sv,   "针织"sv,     "玩具"sv};
constexpr std::array kTrade{"商贸"sv,     "贸易"sv,     "供应链管理"sv, "进出口"sv,   "五金机电"sv,
                            "电子商务"sv, "建材"sv,     "日用百货"sv,   "医药"sv,     "食品贸易"sv,
                            "汽车销售服务"sv, "办公用品"sv, "化工贸易"sv};
constexpr std::array kConstruction{"建筑工程"sv, "装饰工程"sv, "钢结构工程"sv, "市政工程"sv, "机电安装工程"sv,
                                   "园林绿化工程"sv};
constexpr std::array kTransport{"物流"sv, "货运代理"sv, "仓储服务"sv, "供应链物流"sv};
constexpr std::array kSoftware{"信息技术"sv, "软件"sv, "网络科技"sv, "数据科技"sv};
constexpr std::array kBusinessServices{"企业管理咨询"sv, "人力资源"sv, "广告"sv, "财务咨询"sv, "会计服务"sv};
constexpr std::array kTechnicalServices{"检测技术"sv, "工程设计"sv, "环境科技"sv};
constexpr std::array kHospitality{"餐饮管理"sv, "酒店管理"sv};
constexpr std::array kRealEstate{"物业管理"sv, "房地产开发"sv};
constexpr std::array kAgriculture{"农业科技"sv, "生态农业"sv, "水产养殖"sv};
constexpr std::array kEducation{"教育科技"sv, "职业培训"sv};
constexpr std::array kHealth{"医院管理"sv, "健康管理"sv};
constexpr std::array kCulture{"文化传媒"sv, "影视传媒"sv};
constexpr std::array kEnergy{"新能源"sv, "燃气"sv, "热力"sv};

const std::array kIndustries{
    IndustryTrades{'C', 45.0, kManufacturing},  IndustryTrades{'F', 28.0, kTrade},
    IndustryTrades{'E', 7.0, kConstruction},    IndustryTrades{'G', 3.0, kTransport},
    IndustryTrades{'I', 4.0, kSoftware},        IndustryTrades{'L', 4.0, kBusinessServices},
    IndustryTrades{'M', 1.0, kTechnicalServices}, IndustryTrades{'H', 2.0, kHospitality},
    IndustryTrades{'K', 2.0, kRealEstate},      IndustryTrades{'A', 1.5, kAgriculture},
    IndustryTrades{'P', 1.0, kEducation},       IndustryTrades{'Q', 0.5, kHealth},
    IndustryTrades{'R', 0.5, kCulture},         IndustryTrades{'D', 0.5, kEnergy},
};

// The 2010 census top 20 (§6.3 [S51]) and, with estimated shares, more of the top 100.
constexpr std::array kSurnames{
    Surname{"王", 7.10}, Surname{"李", 6.96}, Surname{"张", 6.42}, Surname{"刘", 5.16}, Surname{"陈", 4.26},
    Surname{"杨", 2.97}, Surname{"黄", 2.16}, Surname{"赵", 2.03}, Surname{"周", 1.88}, Surname{"吴", 1.78},
    Surname{"徐", 1.43}, Surname{"孙", 1.39}, Surname{"马", 1.34}, Surname{"胡", 1.16}, Surname{"朱", 1.14},
    Surname{"郭", 1.09}, Surname{"何", 1.05}, Surname{"罗", 1.00}, Surname{"高", 0.97}, Surname{"林", 0.96},
    Surname{"郑", 0.9},  Surname{"梁", 0.8},  Surname{"谢", 0.8},  Surname{"宋", 0.7},  Surname{"唐", 0.7},
    Surname{"许", 0.6},  Surname{"韩", 0.6},  Surname{"冯", 0.6},  Surname{"邓", 0.6},  Surname{"曹", 0.6},
    Surname{"彭", 0.5},  Surname{"曾", 0.5},  Surname{"肖", 0.5},  Surname{"田", 0.5},  Surname{"董", 0.5},
    Surname{"袁", 0.4},  Surname{"潘", 0.4},  Surname{"于", 0.4},  Surname{"蒋", 0.4},  Surname{"蔡", 0.4},
    Surname{"余", 0.4},  Surname{"杜", 0.4},  Surname{"叶", 0.4},  Surname{"程", 0.4},  Surname{"苏", 0.4},
    Surname{"魏", 0.35}, Surname{"吕", 0.35}, Surname{"丁", 0.35}, Surname{"任", 0.35}, Surname{"沈", 0.35},
    Surname{"姚", 0.3},  Surname{"卢", 0.3},  Surname{"姜", 0.3},  Surname{"崔", 0.3},  Surname{"钟", 0.3},
    Surname{"谭", 0.3},  Surname{"陆", 0.3},  Surname{"汪", 0.3},  Surname{"范", 0.3},  Surname{"金", 0.3},
    Surname{"石", 0.25}, Surname{"廖", 0.25}, Surname{"贾", 0.25}, Surname{"夏", 0.25}, Surname{"韦", 0.25},
    Surname{"方", 0.2},  Surname{"白", 0.2},  Surname{"邹", 0.2},  Surname{"孟", 0.2},  Surname{"熊", 0.2},
    Surname{"秦", 0.2},  Surname{"邱", 0.2},  Surname{"江", 0.2},  Surname{"尹", 0.2},  Surname{"薛", 0.2},
    Surname{"段", 0.15}, Surname{"雷", 0.15}, Surname{"侯", 0.15}, Surname{"龙", 0.15}, Surname{"史", 0.15},
    Surname{"黎", 0.12}, Surname{"贺", 0.12}, Surname{"顾", 0.12}, Surname{"毛", 0.12}, Surname{"郝", 0.12},
    Surname{"龚", 0.1},  Surname{"邵", 0.1},  Surname{"万", 0.1},  Surname{"钱", 0.1},  Surname{"覃", 0.1},
    Surname{"欧阳", 0.05},
};

constexpr std::array kGivenNameCharacters{
    "伟"sv, "芳"sv, "娜"sv, "敏"sv, "静"sv, "丽"sv, "强"sv, "磊"sv, "军"sv, "洋"sv, "勇"sv, "艳"sv, "杰"sv, "娟"sv,
    "涛"sv, "明"sv, "超"sv, "秀"sv, "英"sv, "华"sv, "慧"sv, "建"sv, "国"sv, "平"sv, "红"sv, "霞"sv, "玉"sv, "兰"sv,
    "桂"sv, "珍"sv, "刚"sv, "波"sv, "辉"sv, "鹏"sv, "飞"sv, "斌"sv, "宇"sv, "浩"sv, "凯"sv, "健"sv, "俊"sv, "帆"sv,
    "帅"sv, "旭"sv, "宁"sv, "亮"sv, "成"sv, "林"sv, "婷"sv, "雪"sv, "琳"sv, "晶"sv, "欣"sv, "佳"sv, "倩"sv, "颖"sv,
    "志"sv, "文"sv, "海"sv, "春"sv, "晓"sv, "燕"sv, "峰"sv, "琴"sv, "云"sv, "梅"sv, "新"sv, "荣"sv, "毅"sv, "睿"sv,
};

constexpr std::array kStreets{
    "人民路"sv, "中山路"sv, "解放路"sv, "建设路"sv, "工业大道"sv, "科技路"sv, "长江路"sv, "黄河路"sv, "东风路"sv,
    "新华路"sv, "文化路"sv, "和平路"sv, "胜利路"sv, "滨江路"sv, "环城路"sv, "创业路"sv, "发展大道"sv, "兴业路"sv,
    "迎宾大道"sv, "高新路"sv, "工业园路"sv, "朝阳路"sv, "青年路"sv, "湖滨路"sv,
};

}  // namespace

std::span<const City> cities() { return kCities; }
std::span<const std::string_view> tradeNameCharacters() { return kTradeNameCharacters; }
std::span<const IndustryTrades> industries() { return kIndustries; }
std::span<const Surname> surnames() { return kSurnames; }
std::span<const std::string_view> givenNameCharacters() { return kGivenNameCharacters; }
std::span<const std::string_view> streets() { return kStreets; }

}  // namespace laoke::demo
