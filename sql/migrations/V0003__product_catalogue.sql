-- The product catalogue a Yonyou / Chanjet / Kingdee channel partner sells and services: the
-- real product lines and their modules, from shared/domain-research.md §1.1 (vendor/product
-- map) and §1.2 (standard module names, with the exact Chinese labels partners use).
--
-- No versions here: the real versions' release dates are not sourced, and the lifecycle stage
-- of every installed product is computed from them, so an administrator enters them (the demo
-- data generator adds clearly invented ones for demonstrations).
--
-- Where a module list is not sourced for a product, it uses the standard labels of §1.2 that
-- the product's segment carries; each list below says which.

INSERT INTO product_lines (vendor, code, name, deployment) VALUES
    -- 用友 / 畅捷通 (Chanjet is a Yonyou subsidiary; partners usually sell both)
    ('yonyou',  'u8plus',           '用友U8+',          'on_premise'),
    ('chanjet', 't3',               '畅捷通T3',         'on_premise'),
    ('chanjet', 't6',               '畅捷通T6',         'on_premise'),
    ('chanjet', 'tplus',            '畅捷通T+',         'on_premise'),
    ('chanjet', 'haokuaiji',        '畅捷通好会计',     'saas'),
    -- 金蝶
    ('kingdee', 'kis_mini',         '金蝶KIS迷你版',    'on_premise'),
    ('kingdee', 'kis_standard',     '金蝶KIS标准版',    'on_premise'),
    ('kingdee', 'kis_professional', '金蝶KIS专业版',    'on_premise'),
    ('kingdee', 'kis_flagship',     '金蝶KIS旗舰版',    'on_premise'),
    ('kingdee', 'k3wise',           '金蝶K/3 WISE',     'on_premise'),
    -- Sold as subscription or perpetual (买断); partners install and service both, so it is
    -- catalogued with the on-premise products and the licence type tells them apart.
    ('kingdee', 'xingkong',         '金蝶云·星空',      'on_premise'),
    ('kingdee', 'jingdouyun',       '金蝶精斗云',       'saas'),
    ('kingdee', 'xingchen',         '金蝶云·星辰',      'saas')
ON CONFLICT (code) DO NOTHING;

INSERT INTO product_modules (product_line_id, name, sort_order)
SELECT pl.id, m.name, m.position::integer
FROM (VALUES
    -- U8+: §1.2 finance, supply chain, manufacturing and HR labels [S11][S15].
    ('u8plus', ARRAY['总账', '应收款管理', '应付款管理', 'UFO报表', '固定资产', '薪资管理', '出纳管理',
                     '存货核算', '成本管理', '资金管理', '报账中心', '网上银行', '财务分析',
                     '采购管理', '销售管理', '库存管理',
                     '物料清单', '主生产计划', 'MRP', '生产订单', '车间管理', '委外管理',
                     '人事', '考勤']),
    -- T3 (用友通): 普及版 = 总账、现金银行、往来管理、财务报表、核算管理 (§1.1); 标准版 adds
    -- payroll, fixed assets and purchase/sales/stock (T-series label 工资管理, §1.2).
    ('t3', ARRAY['总账', '现金银行', '往来管理', '财务报表', '核算管理', '工资管理', '固定资产',
                 '采购管理', '销售管理', '库存管理']),
    -- T6: 总账、UFO报表、工资、固定资产、财务分析、采购、销售、库存、核算、简单制造、成本管理 (§1.1),
    -- written with the §1.2 labels.
    ('t6', ARRAY['总账', 'UFO报表', '工资管理', '固定资产', '财务分析', '采购管理', '销售管理',
                 '库存管理', '存货核算', '简单制造', '成本管理']),
    -- T+: not itemised in the sources; the §1.2 finance and supply chain labels of a small/mid product.
    ('tplus', ARRAY['总账', '出纳管理', '应收款管理', '应付款管理', '固定资产', '工资管理', '财务分析',
                    '采购管理', '销售管理', '库存管理', '存货核算']),
    -- 好会计: cloud accounting for micro firms; finance labels only.
    ('haokuaiji', ARRAY['总账', '出纳管理', '财务报表', '固定资产', '工资管理']),
    -- KIS: Kingdee's supply chain labels are 采购, 销售, 仓存, 存货核算 (§1.2). 迷你/标准 are
    -- single-PC accounting, 专业版 adds the supply chain, 旗舰版 adds manufacturing.
    ('kis_mini', ARRAY['总账', '财务报表', '出纳管理']),
    ('kis_standard', ARRAY['总账', '财务报表', '出纳管理', '固定资产', '工资管理']),
    ('kis_professional', ARRAY['总账', '财务报表', '出纳管理', '固定资产', '工资管理',
                               '采购', '销售', '仓存', '存货核算']),
    ('kis_flagship', ARRAY['总账', '财务报表', '出纳管理', '固定资产', '工资管理',
                           '采购', '销售', '仓存', '存货核算', '物料清单', '生产任务']),
    -- K/3 WISE: 供应链、生产管理 (MRP, 生产任务)、财务、网店管理 (§1.1) [S15].
    ('k3wise', ARRAY['总账', '应收款管理', '应付款管理', '财务报表', '固定资产', '工资管理', '出纳管理',
                     '采购', '销售', '仓存', '存货核算',
                     '物料清单', 'MRP', '生产任务', '车间管理', '委外管理', '网店管理']),
    -- 星空: mid-size ERP; the K/3 modules plus HR (§1.2).
    ('xingkong', ARRAY['总账', '应收款管理', '应付款管理', '财务报表', '固定资产', '出纳管理',
                       '采购', '销售', '仓存', '存货核算',
                       '物料清单', 'MRP', '生产任务', '委外管理',
                       '人事', '薪资', '考勤']),
    -- 精斗云: not itemised in the sources; its finance and stock clouds, as 星辰 names them.
    ('jingdouyun', ARRAY['财务云', '进销存云']),
    -- 星辰 = 财务云、税务云、进销存云、零售云、订货商城 (§1.1) [S17].
    ('xingchen', ARRAY['财务云', '税务云', '进销存云', '零售云', '订货商城'])
) AS l(code, modules)
JOIN product_lines pl ON pl.code = l.code
CROSS JOIN LATERAL unnest(l.modules) WITH ORDINALITY AS m(name, position)
ON CONFLICT (product_line_id, name) DO NOTHING;
