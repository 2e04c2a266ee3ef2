-- Service tickets (issue 4): the category tree, the tickets, and their event log (state
-- changes, assignments and work notes). The states and actions are engine/TicketWorkflow's;
-- the SLA clocks are computed from the event log (engine/SlaClock), never stored as flags.

-- ---------------------------------------------------------------------------------------
-- Categories: a two-level tree (group, sub-type), admin-editable. Names in Chinese and in
-- English, since they are data the client cannot translate.
-- ---------------------------------------------------------------------------------------
CREATE TABLE ticket_categories (
    id          bigserial PRIMARY KEY,
    parent_id   bigint REFERENCES ticket_categories(id),
    code        text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_.]{1,47}$'),
    name_zh     text NOT NULL CHECK (length(btrim(name_zh)) BETWEEN 1 AND 32),
    name_en     text NOT NULL CHECK (length(btrim(name_en)) BETWEEN 1 AND 64),
    sort_order  integer NOT NULL DEFAULT 0,
    archived_at timestamptz,
    version     bigint NOT NULL DEFAULT 1,
    CHECK (parent_id IS NULL OR parent_id <> id)
);

-- The tree of domain-research.md §3.1.
INSERT INTO ticket_categories (code, name_zh, name_en, sort_order) VALUES
    ('month_end', '月末结账', 'Month-end close', 10),
    ('year_end', '年度结转', 'Year-end carry-forward', 20),
    ('vouchers', '凭证', 'Vouchers', 30),
    ('reports', '报表', 'Reports', 40),
    ('receivables', '往来/应收应付', 'Receivables and payables', 50),
    ('inventory', '存货/供应链', 'Inventory and supply chain', 60),
    ('invoices', '发票/金税/数电票', 'Invoices and tax interface', 70),
    ('database', '数据库/备份恢复', 'Database and backup', 80),
    ('installation', '安装/环境/迁移', 'Installation and migration', 90),
    ('licence', '加密/许可', 'Licence and dongle', 100),
    ('upgrade', '升级', 'Upgrade', 110),
    ('printing', '打印/模板', 'Print templates', 120),
    ('permissions', '权限/账号', 'Permissions and accounts', 130),
    ('training', '培训/咨询', 'Training and questions', 140),
    ('customisation', '二次开发/接口', 'Customisation and interfaces', 150);

INSERT INTO ticket_categories (parent_id, code, name_zh, name_en, sort_order)
SELECT p.id, v.code, v.name_zh, v.name_en, v.sort_order
FROM (VALUES
    ('month_end', 'month_end.cannot_close', '不能结账', 'Cannot close the period', 1),
    ('month_end', 'month_end.unposted', '凭证未审核/未记账', 'Vouchers not approved or posted', 2),
    ('month_end', 'month_end.profit_loss', '期间损益未结转', 'Profit and loss not carried forward', 3),
    ('month_end', 'month_end.modules_open', '模块未月结', 'Modules not closed first', 4),
    ('month_end', 'month_end.reopen', '反结账', 'Reopen a closed period', 5),
    ('year_end', 'year_end.new_year', '建立年度账', 'Create the new year''s books', 1),
    ('year_end', 'year_end.carry_forward_failed', '结转上年数据失败', 'Carry-forward failed', 2),
    ('year_end', 'year_end.stuck_task', '异常任务', 'Stuck task blocks carry-forward', 3),
    ('vouchers', 'vouchers.numbering', '凭证断号/整理凭证', 'Voucher numbering gaps', 1),
    ('vouchers', 'vouchers.unpost', '反审核/反记账', 'Un-approve or un-post', 2),
    ('vouchers', 'vouchers.printing', '凭证打印', 'Voucher printing', 3),
    ('reports', 'reports.formula', 'UFO报表公式/取数', 'Report formulas', 1),
    ('reports', 'reports.balance', '资产负债表不平', 'Balance sheet does not balance', 2),
    ('reports', 'reports.cash_flow', '现金流量表', 'Cash flow statement', 3),
    ('receivables', 'receivables.write_off', '核销', 'Write-off', 1),
    ('receivables', 'receivables.reconcile', '对账', 'Reconciliation', 2),
    ('inventory', 'inventory.documents', '出入库单据', 'Stock documents', 1),
    ('inventory', 'inventory.costing', '存货核算成本异常', 'Inventory costing errors', 2),
    ('inventory', 'inventory.negative', '负库存', 'Negative stock', 3),
    ('invoices', 'invoices.import', '发票导入/传递', 'Invoice import', 1),
    ('invoices', 'invoices.digital', '数电票对接', 'Digital invoices', 2),
    ('invoices', 'invoices.tax_rate', '税率调整', 'Tax rate changes', 3),
    ('database', 'database.backup', '账套备份/引入', 'Account set backup and restore', 1),
    ('database', 'database.suspect', '数据库置疑', 'Database marked suspect', 2),
    ('database', 'database.disk', '磁盘空间', 'Disk space', 3),
    ('installation', 'installation.install', '安装/补丁', 'Installation and patches', 1),
    ('installation', 'installation.migration', '换服务器/换电脑迁移', 'Moving to a new server or PC', 2),
    ('installation', 'installation.compatibility', '系统/数据库兼容', 'OS or SQL compatibility', 3),
    ('licence', 'licence.dongle', '加密狗不识别', 'Dongle not recognised', 1),
    ('licence', 'licence.certificate', '许可证书失效', 'Licence certificate invalid', 2),
    ('licence', 'licence.seats', '站点数不足', 'Not enough seats', 3),
    ('upgrade', 'upgrade.version', '版本升级', 'Version upgrade', 1),
    ('upgrade', 'upgrade.data', '数据升级', 'Data upgrade', 2),
    ('printing', 'printing.templates', '单据/发票打印模板', 'Document and invoice templates', 1),
    ('permissions', 'permissions.roles', '操作员/角色权限', 'Operator and role permissions', 1),
    ('permissions', 'permissions.password', '密码遗忘', 'Forgotten password', 2),
    ('permissions', 'permissions.handover', '会计离职交接', 'Accountant handover', 3),
    ('training', 'training.new_accountant', '新会计操作培训', 'Training a new accountant', 1),
    ('training', 'training.policy', '政策咨询', 'Policy questions', 2),
    ('customisation', 'customisation.reports', '报表开发', 'Report development', 1),
    ('customisation', 'customisation.interfaces', '接口开发', 'Interface development', 2)
) AS v(parent_code, code, name_zh, name_en, sort_order)
JOIN ticket_categories p ON p.code = v.parent_code;

-- ---------------------------------------------------------------------------------------
-- Tickets
-- ---------------------------------------------------------------------------------------
CREATE SEQUENCE ticket_number_seq;

CREATE TABLE tickets (
    id                    bigserial PRIMARY KEY,
    -- Shown to users and customers: GD (工单) + year + running number, e.g. GD2026-000123.
    number                text NOT NULL UNIQUE CHECK (number ~ '^GD[0-9]{4}-[0-9]{6,}$'),
    customer_id           bigint NOT NULL REFERENCES customers(id),
    -- The customer's branch when the ticket was opened: who serves it, and who may see it.
    branch_id             bigint NOT NULL REFERENCES branches(id),
    contact_id            bigint REFERENCES contacts(id),
    channel               text NOT NULL CHECK (channel IN ('hotline', 'remote', 'onsite', 'wechat', 'walk_in')),
    category_id           bigint REFERENCES ticket_categories(id),
    installed_product_id  bigint REFERENCES installed_products(id),
    module_id             bigint REFERENCES product_modules(id),
    -- As asked for, and as the SLA applies it (one level higher in close periods).
    priority              text NOT NULL CHECK (priority IN ('urgent', 'high', 'normal', 'consult')),
    effective_priority    text NOT NULL CHECK (effective_priority IN ('urgent', 'high', 'normal', 'consult')),
    state                 text NOT NULL DEFAULT 'new'
                          CHECK (state IN ('new', 'assigned', 'in_progress', 'waiting_customer', 'resolved', 'closed',
                                           'reopened', 'cancelled')),
    -- 首问负责制: whoever took the request owns it until it is closed.
    owner_id              bigint NOT NULL REFERENCES users(id),
    assignee_id           bigint REFERENCES users(id),
    subject               text NOT NULL CHECK (length(btrim(subject)) BETWEEN 1 AND 100),
    description           text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
    solution              text NOT NULL DEFAULT '' CHECK (length(solution) <= 4000),
    -- The customer's service had ended when the ticket was opened: the work is billable.
    billable              boolean NOT NULL DEFAULT false,
    opened_at             timestamptz NOT NULL DEFAULT now(),
    first_response_at     timestamptz,
    onsite_appointment_at timestamptz,
    onsite_arrived_at     timestamptz,
    resolved_at           timestamptz,
    closed_at             timestamptz,
    updated_at            timestamptz NOT NULL DEFAULT now(),
    updated_by            bigint REFERENCES users(id),
    version               bigint NOT NULL DEFAULT 1,
    -- Someone works on every ticket past "new"; only resolved and closed tickets have a
    -- solution time, and a resolved one has its solution written down.
    CHECK (state IN ('new', 'cancelled') OR assignee_id IS NOT NULL),
    CHECK ((state IN ('resolved', 'closed')) = (resolved_at IS NOT NULL)),
    CHECK (state NOT IN ('resolved', 'closed') OR length(btrim(solution)) > 0),
    CHECK ((state = 'closed') = (closed_at IS NOT NULL))
);
-- Lists are newest first by id (ids follow the order tickets were opened in).
CREATE INDEX tickets_by_customer ON tickets (customer_id, id DESC);
CREATE INDEX tickets_by_branch_state ON tickets (branch_id, state, id DESC);
CREATE INDEX tickets_by_assignee ON tickets (assignee_id, state) WHERE assignee_id IS NOT NULL;
CREATE INDEX tickets_by_owner ON tickets (owner_id, state);

-- Every change of a ticket, in order: state changes (with the action that made them),
-- assignments, and work log notes. The SLA clocks are read from it (waiting_customer
-- pauses them; a reopen continues the resolution clock).
CREATE TABLE ticket_events (
    id           bigserial PRIMARY KEY,
    ticket_id    bigint NOT NULL REFERENCES tickets(id),
    at           timestamptz NOT NULL DEFAULT now(),
    actor_id     bigint REFERENCES users(id),
    kind         text NOT NULL CHECK (kind IN ('opened', 'action', 'note')),
    action       text CHECK (action IN ('assign', 'reassign', 'start', 'wait', 'resume', 'resolve', 'close', 'reopen', 'cancel')),
    from_state   text,
    to_state     text,
    assignee_id  bigint REFERENCES users(id),
    note         text NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
    CHECK ((kind = 'action') = (action IS NOT NULL))
);
CREATE INDEX ticket_events_by_ticket ON ticket_events (ticket_id, at, id);

-- Branch isolation as for customers: a ticket is seen by its branch (and admins); its events
-- follow it. Categories are read by everyone and edited by admins.
ALTER TABLE tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY tickets_branch ON tickets
    USING (laoke_actor_is_admin() OR branch_id = laoke_actor_branch())
    WITH CHECK (laoke_actor_is_admin() OR branch_id = laoke_actor_branch());
ALTER TABLE ticket_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY ticket_events_branch ON ticket_events
    USING (EXISTS (SELECT 1 FROM tickets t WHERE t.id = ticket_id))
    WITH CHECK (EXISTS (SELECT 1 FROM tickets t WHERE t.id = ticket_id));
ALTER TABLE ticket_categories ENABLE ROW LEVEL SECURITY;
CREATE POLICY ticket_categories_read ON ticket_categories FOR SELECT USING (true);
CREATE POLICY ticket_categories_admin ON ticket_categories FOR ALL USING (laoke_actor_is_admin()) WITH CHECK (laoke_actor_is_admin());
-- The event log is append-only for the application.
REVOKE UPDATE, DELETE ON ticket_events FROM laoke_app;
REVOKE DELETE ON tickets FROM laoke_app;
