<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BlockingClient</name>
    <message>
        <source>Run &apos;laokectl passwd&apos; to change it.</source>
        <translation>请运行 &apos;laokectl passwd&apos; 修改密码。</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted by the CA file %2: %3</source>
        <translation>%1 的证书不受 CA 文件 %2 信任：%3</translation>
    </message>
    <message>
        <source>refusing to connect: %1 presented the certificate %2, not the one given with --trust-fingerprint (%3); the connection may be intercepted, check the server log</source>
        <translation>拒绝连接：%1 出示的证书为 %2，与 --trust-fingerprint 指定的证书（%3）不符；连接可能被拦截，请检查服务器日志</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted yet; its SHA-256 fingerprint is %2; check it against the fingerprint in the server log, then pass --trust-fingerprint %2</source>
        <translation>%1 的证书尚未受信任，其 SHA-256 指纹为 %2；请与服务器日志中的指纹核对，然后使用 --trust-fingerprint %2</translation>
    </message>
    <message>
        <source>the connection to the server was lost: %1</source>
        <translation>与服务器的连接已断开：%1</translation>
    </message>
</context>
<context>
    <name>BranchCommands</name>
    <message>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>the branch name must not be empty</source>
        <translation>分公司名称不能为空</translation>
    </message>
    <message>
        <source>Created branch %1 (%2).</source>
        <translation>已创建分公司 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>CallbackCommands</name>
    <message>
        <source>TICKET</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>RESOLVED</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>ENGINEER</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>已拨次数</translation>
    </message>
    <message>
        <source>No callbacks are waiting.</source>
        <translation>没有待回访的工单。</translation>
    </message>
    <message>
        <source>--satisfaction is a score from 1 to 5</source>
        <translation>--satisfaction 须为 1 到 5 分</translation>
    </message>
    <message>
        <source>a reached customer gives a score: add --satisfaction 1..5</source>
        <translation>已联系上客户时须打分：请加 --satisfaction 1..5</translation>
    </message>
    <message>
        <source>ticket &quot;%1&quot; has no callback waiting</source>
        <translation>工单“%1”没有待回访任务</translation>
    </message>
    <message>
        <source>Recorded: %1 for %2 (%3), call %4.</source>
        <translation>已记录：%2（%3）回访结果为“%1”，第 %4 次拨打。</translation>
    </message>
    <message>
        <source>The callback stays in the queue for another call.</source>
        <translation>该回访仍留在队列中，稍后再拨。</translation>
    </message>
    <message>
        <source>Ticket %1 is closed.</source>
        <translation>工单 %1 已关闭。</translation>
    </message>
    <message>
        <source>Complaint case %1 is opened for the branch managers.</source>
        <translation>已为分公司经理创建投诉单 %1。</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝回访</translation>
    </message>
    <message>
        <source>there is no branch with the code &quot;%1&quot;</source>
        <translation>没有编码为“%1”的分公司</translation>
    </message>
    <message>
        <source>No more calls are made; ticket %1 closes by itself three days after its resolution, unless it is reopened.</source>
        <translation>不再回访；工单 %1 将在解决三天后自动关闭，除非被重新打开。</translation>
    </message>
</context>
<context>
    <name>CatalogueMatcher</name>
    <message>
        <source>&quot;%1&quot; is not a product line of the catalogue; it has %2</source>
        <translation>产品目录中没有产品线“%1”；目录中有：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>the catalogue has no versions of %1 yet; an administrator adds them under Products</source>
        <translation>产品目录中还没有%1的版本；请管理员在“产品”中添加</translation>
    </message>
    <message>
        <source>%1 has no version &quot;%2&quot; in the catalogue; it has %3</source>
        <translation>产品目录中%1没有版本“%2”；已有版本：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a module of %2 in the catalogue</source>
        <translation>产品目录中“%1”不是%2的模块</translation>
    </message>
</context>
<context>
    <name>CategoryCombo</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
</context>
<context>
    <name>CategoryCommands</name>
    <message>
        <source>say what to change: --zh, --en or --position</source>
        <translation>请说明要修改什么：--zh、--en 或 --position</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already retired</source>
        <translation>“%1”已经停用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in use</source>
        <translation>“%1”正在使用中</translation>
    </message>
    <message>
        <source>--position is a number from 0 to 100000</source>
        <translation>--position 是 0 到 100000 之间的数字</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>CHINESE</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>ENGLISH</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
</context>
<context>
    <name>ClientError</name>
    <message>
        <source>The user name is not valid. Use 3 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>用户名无效。请使用 3 到 32 个小写字母、数字、“.”、“_”或“-”，并以字母开头。</translation>
    </message>
    <message>
        <source>The display name must be 1 to 64 characters long.</source>
        <translation>姓名长度须为 1 到 64 个字符。</translation>
    </message>
    <message>
        <source>The password must be %1 to %2 characters long.</source>
        <translation>密码长度须为 %1 到 %2 个字符。</translation>
    </message>
    <message>
        <source>The branch code must be 2 to 16 upper-case letters, digits or &apos;-&apos;.</source>
        <translation>分公司编码须为 2 到 16 个大写字母、数字或“-”。</translation>
    </message>
    <message>
        <source>A value is not valid.</source>
        <translation>有一项输入无效。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not valid.</source>
        <translation>“%1”的值无效。</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>该用户名已被使用。</translation>
    </message>
    <message>
        <source>This branch code is already taken.</source>
        <translation>该分公司编码已被使用。</translation>
    </message>
    <message>
        <source>This name or code is already taken.</source>
        <translation>该名称或编码已被使用。</translation>
    </message>
    <message>
        <source>The server did not understand the request. This program may be out of date.</source>
        <translation>服务器无法识别该请求，本程序可能版本过旧。</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in and try again.</source>
        <translation>您尚未登录，请登录后重试。</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>The record does not exist (any more).</source>
        <translation>该记录不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>Someone else changed this record; reload and try again.</source>
        <translation>该记录已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>服务器繁忙，请稍后重试。</translation>
    </message>
    <message>
        <source>This program and the server speak different protocol versions. Install the matching version.</source>
        <translation>本程序与服务器的协议版本不一致，请安装匹配的版本。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. The account is locked; try again later.</source>
        <translation>登录失败次数过多，账户已锁定，请稍后重试。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator.</source>
        <translation>该账户已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>您的会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>The server refused the request at this point. This program may be out of date.</source>
        <translation>服务器此时拒绝了该请求，本程序可能版本过旧。</translation>
    </message>
    <message>
        <source>You must change your password before you continue.</source>
        <translation>请先修改密码，然后才能继续。</translation>
    </message>
    <message>
        <source>The server could not complete the request. If this keeps happening, ask your administrator to check the server log.</source>
        <translation>服务器未能完成该请求。如果问题反复出现，请联系管理员检查服务器日志。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the network and try again.</source>
        <translation>服务器未及时响应，请检查网络后重试。</translation>
    </message>
    <message>
        <source>The connection to the server was lost before it answered. Check whether the change was saved before you repeat it.</source>
        <translation>服务器响应前连接已断开。重新操作前，请先确认修改是否已保存。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Compare its fingerprint with the one your administrator gave you.</source>
        <translation>服务器证书不受信任。请将其指纹与管理员提供的指纹进行核对。</translation>
    </message>
    <message>
        <source>Cannot connect to the server. Check the address and the network.</source>
        <translation>无法连接到服务器，请检查地址和网络。</translation>
    </message>
    <message>
        <source>Choose a branch: every role except administrator belongs to one.</source>
        <translation>请选择分公司：除管理员外，每个角色都须隶属于一个分公司。</translation>
    </message>
    <message>
        <source>The server is busy. Try again in %1 s.</source>
        <translation>服务器繁忙，请在 %1 秒后重试。</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. The account is locked; try again in %1 min.</source>
        <translation>登录失败次数过多，账户已锁定，请在 %1 分钟后重试。</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>%1 在 %2 的密码：</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to %1</source>
        <translation>--limit 必须是 1 到 %1 之间的数字</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>the laoke-server to talk to (default port 7443)</source>
        <translation>要连接的 laoke-server（默认端口 7443）</translation>
    </message>
    <message>
        <source>the user name to sign in with</source>
        <translation>用于登录的用户名</translation>
    </message>
    <message>
        <source>read the password from the first line of FILE (else LAOKE_PASSWORD, else a prompt)</source>
        <translation>从 FILE 的第一行读取密码（否则读取 LAOKE_PASSWORD，再否则提示输入）</translation>
    </message>
    <message>
        <source>trust server certificates issued by the CA in FILE (PEM)</source>
        <translation>信任由 FILE（PEM 格式）中的 CA 签发的服务器证书</translation>
    </message>
    <message>
        <source>trust exactly the server certificate with this SHA-256 fingerprint (else LAOKE_TRUST_FINGERPRINT)</source>
        <translation>仅信任具有此 SHA-256 指纹的服务器证书（否则读取 LAOKE_TRUST_FINGERPRINT）</translation>
    </message>
    <message>
        <source>print one JSON document instead of tables</source>
        <translation>输出一个 JSON 文档而不是表格</translation>
    </message>
    <message>
        <source>display name of a new user, or name of a new branch</source>
        <translation>新用户的姓名，或新分公司的名称</translation>
    </message>
    <message>
        <source>admin, branch_manager, account_manager or engineer</source>
        <translation>admin、branch_manager、account_manager 或 engineer</translation>
    </message>
    <message>
        <source>city of a new branch</source>
        <translation>新分公司所在城市</translation>
    </message>
    <message>
        <source>read the new password from the first line of FILE (else a prompt)</source>
        <translation>从 FILE 的第一行读取新密码（否则提示输入）</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>显示此帮助</translation>
    </message>
    <message>
        <source>give either --ca or --trust-fingerprint, not both</source>
        <translation>--ca 与 --trust-fingerprint 只能指定其一</translation>
    </message>
    <message>
        <source>cannot read the CA file %1</source>
        <translation>无法读取 CA 文件 %1</translation>
    </message>
    <message>
        <source>LAOKE_TRUST_FINGERPRINT is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>LAOKE_TRUST_FINGERPRINT 不是 SHA-256 指纹（64 位十六进制数）</translation>
    </message>
    <message>
        <source>--trust-fingerprint is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>--trust-fingerprint 不是 SHA-256 指纹（64 位十六进制数）</translation>
    </message>
    <message>
        <source>no command given; see laokectl --help</source>
        <translation>未指定命令；请参阅 laokectl --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see laokectl --help</source>
        <translation>未知命令“%1”；请参阅 laokectl --help</translation>
    </message>
    <message>
        <source>usage: laokectl [options] %1</source>
        <translation>用法：laokectl [选项] %1</translation>
    </message>
    <message>
        <source>the option --%1 does not apply to &quot;%2&quot;</source>
        <translation>选项 --%1 不适用于“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --%2</source>
        <translation>“%1”需要 --%2</translation>
    </message>
    <message>
        <source>--server HOST:PORT is required</source>
        <translation>必须指定 --server HOST:PORT</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; is not a HOST:PORT address</source>
        <translation>--server：“%1”不是 HOST:PORT 格式的地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --user</source>
        <translation>“%1”需要 --user</translation>
    </message>
    <message>
        <source>Usage: laokectl --server HOST:PORT [--user USER] [options] COMMAND [ARGUMENTS]</source>
        <translation>用法：laokectl --server HOST:PORT [--user USER] [选项] 命令 [参数]</translation>
    </message>
    <message>
        <source>Administers a Laoke server from the command line.</source>
        <translation>通过命令行管理老客服务器。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the server refused or failed the request, 2 usage error, 3 connection or certificate problem.</source>
        <translation>退出码：0 成功，1 服务器拒绝或未能完成请求，2 用法错误，3 连接或证书问题。</translation>
    </message>
    <message>
        <source>only customers with this status: active, dormant or lost (comma separated)</source>
        <translation>只列出该状态的客户：active（活跃）、dormant（休眠）或 lost（流失），可用逗号分隔多个</translation>
    </message>
    <message>
        <source>export only the customers this search finds</source>
        <translation>只导出该搜索找到的客户</translation>
    </message>
    <message>
        <source>import the good rows and report the bad ones (default: all or nothing)</source>
        <translation>导入正确的行并报告有问题的行（默认：全部成功才导入）</translation>
    </message>
    <message>
        <source>update customers that exist already (same name or credit code) instead of skipping them</source>
        <translation>更新已存在的客户（名称或信用代码相同），而不是跳过</translation>
    </message>
    <message>
        <source>check the import and report what it would do, changing nothing</source>
        <translation>只检查导入并报告结果，不做任何修改</translation>
    </message>
    <message>
        <source>show at most N rows (default 50)</source>
        <translation>最多显示 N 行（默认 50）</translation>
    </message>
    <message>
        <source>only tickets someone still has to work on</source>
        <translation>只列出仍需处理的工单</translation>
    </message>
    <message>
        <source>only tickets you own or work on</source>
        <translation>只列出我负责或我处理的工单</translation>
    </message>
    <message>
        <source>only this customer&apos;s tickets</source>
        <translation>只列出该客户的工单</translation>
    </message>
    <message>
        <source>what the problem is, in a line</source>
        <translation>一句话说明问题</translation>
    </message>
    <message>
        <source>hotline (default), remote, onsite, wechat or walk_in</source>
        <translation>hotline（默认，热线）、remote（远程）、onsite（现场）、wechat（微信）或 walk_in（上门）</translation>
    </message>
    <message>
        <source>urgent, high, normal (default) or consult</source>
        <translation>urgent（紧急）、high（高）、normal（普通，默认）或 consult（咨询）</translation>
    </message>
    <message>
        <source>the problem in the customer&apos;s words</source>
        <translation>客户描述的问题</translation>
    </message>
    <message>
        <source>the user name of the engineer to give the ticket to</source>
        <translation>接手工单的工程师用户名</translation>
    </message>
    <message>
        <source>how the problem was solved</source>
        <translation>问题的解决方法</translation>
    </message>
    <message>
        <source>the title of a knowledge article</source>
        <translation>知识库文章的标题</translation>
    </message>
    <message>
        <source>what the user sees (error message, screen)</source>
        <translation>用户看到的现象（报错信息、界面）</translation>
    </message>
    <message>
        <source>why it happens</source>
        <translation>问题原因</translation>
    </message>
    <message>
        <source>the versions an article holds for, free text (U8+ 13.0–16.1)</source>
        <translation>文章适用的版本，自由填写（U8+ 13.0–16.1）</translation>
    </message>
    <message>
        <source>further words an article should be found by</source>
        <translation>用于检索文章的其他关键词</translation>
    </message>
    <message>
        <source>read the article from FILE: JSON with the fields above, or lines &quot;field: text&quot; (following lines continue the field); options override it</source>
        <translation>从 FILE 读取文章：包含上述字段的 JSON，或“字段: 内容”格式的文本行（后续行接续该字段）；命令行选项优先</translation>
    </message>
    <message>
        <source>code of a branch: a new user&apos;s, or the one whose callbacks to list</source>
        <translation>分公司编码：新用户所属的分公司，或要列出其回访的分公司</translation>
    </message>
    <message>
        <source>how the callback went: reached, no_answer, wrong_number or refused</source>
        <translation>回访结果：reached（已联系上）、no_answer（无人接听）、wrong_number（号码错误）或 refused（拒绝回访）</translation>
    </message>
    <message>
        <source>the customer&apos;s satisfaction, 5 the best (reached only)</source>
        <translation>客户满意度，5 分最高（仅限已联系上）</translation>
    </message>
    <message>
        <source>what the customer said</source>
        <translation>客户的反馈</translation>
    </message>
    <message>
        <source>the customer complains: opens a complaint case</source>
        <translation>客户投诉：创建投诉单</translation>
    </message>
    <message>
        <source>the roster week holding DATE (YYYY-MM-DD; default this week)</source>
        <translation>包含 DATE 的值班周（YYYY-MM-DD，默认本周）</translation>
    </message>
    <message>
        <source>a short note on a roster day (at most 60 characters)</source>
        <translation>值班当天的简短备注（最多 60 个字）</translation>
    </message>
    <message>
        <source>move a ticket someone is already assigned to (branch managers)</source>
        <translation>改派已派给他人的工单（分公司经理）</translation>
    </message>
    <message>
        <source>a ticket category by code or name (month_end, year_end.stuck_task, 年度结转); a group includes its sub-types; tickets edit: none clears it</source>
        <translation>工单分类的代码或名称（month_end、year_end.stuck_task、年度结转）；分组包括其子类；tickets edit：none 表示清空</translation>
    </message>
    <message>
        <source>the customer&apos;s contact by name or phone number, or none</source>
        <translation>客户联系人的姓名或电话，或 none</translation>
    </message>
    <message>
        <source>a module of the installed product (总账), or none</source>
        <translation>已装产品的模块（总账），或 none</translation>
    </message>
    <message>
        <source>a category&apos;s Chinese name</source>
        <translation>分类的中文名称</translation>
    </message>
    <message>
        <source>a category&apos;s English name</source>
        <translation>分类的英文名称</translation>
    </message>
    <message>
        <source>the group a new category belongs to (code or name)</source>
        <translation>新分类所属的分组（代码或名称）</translation>
    </message>
    <message>
        <source>where a category stands among its siblings; smaller first</source>
        <translation>分类在同级中的排序；数字小的在前</translation>
    </message>
    <message>
        <source>retired categories too</source>
        <translation>包括已停用的分类</translation>
    </message>
    <message>
        <source>why a ticket is opened again</source>
        <translation>重新打开工单的原因</translation>
    </message>
    <message>
        <source>a product line by code or name (u8plus, 用友U8+); searches also find articles for every line; tickets create and edit: the customer&apos;s installed product (用友U8+ 16.0), or none to clear it</source>
        <translation>产品线代码或名称（u8plus、用友U8+）；搜索时也会找到适用于所有产品线的文章；tickets create 和 edit：客户已装的产品（用友U8+ 16.0），或用 none 清空</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>list all branches</source>
        <translation>列出所有分公司</translation>
    </message>
    <message>
        <source>create a branch</source>
        <translation>创建分公司</translation>
    </message>
    <message>
        <source>check that the server answers (no sign-in); shows round trip and version</source>
        <translation>检查服务器是否响应（无需登录）；显示往返时间和版本</translation>
    </message>
    <message>
        <source>sign in and show who you are</source>
        <translation>登录并显示当前用户</translation>
    </message>
    <message>
        <source>change your own password</source>
        <translation>修改自己的密码</translation>
    </message>
    <message>
        <source>list all users</source>
        <translation>列出所有用户</translation>
    </message>
    <message>
        <source>create a user; the initial password must be changed at first sign-in</source>
        <translation>创建用户；首次登录时须修改初始密码</translation>
    </message>
    <message>
        <source>stop a user from signing in</source>
        <translation>停用用户，使其无法登录</translation>
    </message>
    <message>
        <source>let a disabled user sign in again</source>
        <translation>重新启用已停用的用户</translation>
    </message>
    <message>
        <source>set a new password for a user, to be changed at next sign-in</source>
        <translation>为用户设置新密码，下次登录时须修改</translation>
    </message>
    <message>
        <source>find customers by name, code, contact, phone or pinyin</source>
        <translation>按名称、编码、联系人、电话或拼音查找客户</translation>
    </message>
    <message>
        <source>show a customer&apos;s profile, contacts, installed base, contracts and activities</source>
        <translation>显示客户的资料、联系人、已购产品、合同和跟进记录</translation>
    </message>
    <message>
        <source>import customers with contacts and products from .xlsx or .csv (UTF-8 or GBK)</source>
        <translation>从 .xlsx 或 .csv（UTF-8 或 GBK）导入客户及其联系人和产品</translation>
    </message>
    <message>
        <source>export the customers that match to .xlsx or .csv</source>
        <translation>将符合条件的客户导出为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>list tickets, newest first</source>
        <translation>列出工单，最新的在前</translation>
    </message>
    <message>
        <source>show a ticket with its SLA clocks and history</source>
        <translation>显示工单及其 SLA 计时和处理记录</translation>
    </message>
    <message>
        <source>open a ticket for a customer; you become its owner</source>
        <translation>为客户新建工单，您是首问负责人</translation>
    </message>
    <message>
        <source>record the solution of a ticket you work on</source>
        <translation>记录您处理的工单的解决方案</translation>
    </message>
    <message>
        <source>close a resolved ticket after the callback</source>
        <translation>回访后关闭已解决的工单</translation>
    </message>
    <message>
        <source>print live updates (JSON lines) until interrupted</source>
        <translation>持续输出实时更新（每行一个 JSON），直到中断</translation>
    </message>
    <message>
        <source>find knowledge articles having every word of TEXT, title matches and the most used first</source>
        <translation>查找包含 TEXT 中每个词的知识库文章，标题匹配的和使用次数多的排在前面</translation>
    </message>
    <message>
        <source>show a knowledge article: symptom, cause and solution</source>
        <translation>显示知识库文章：现象、原因和解决方法</translation>
    </message>
    <message>
        <source>write a knowledge article (engineers, branch managers and admins)</source>
        <translation>编写知识库文章（工程师、分公司经理和管理员）</translation>
    </message>
    <message>
        <source>record that a knowledge article was used on a ticket (links them once)</source>
        <translation>记录知识库文章用于某张工单（每张工单只关联一次）</translation>
    </message>
    <message>
        <source>archive a knowledge article: searches and suggestions no longer show it</source>
        <translation>归档知识库文章：搜索和推荐中不再显示</translation>
    </message>
    <message>
        <source>list the callbacks waiting after resolution, oldest resolution first</source>
        <translation>列出工单解决后待回访的任务，最早解决的在前</translation>
    </message>
    <message>
        <source>record a callback call; reached closes the ticket, a score of 2 or less or --complaint opens a complaint case</source>
        <translation>记录一次回访；联系上客户即关闭工单，满意度 2 分及以下或 --complaint 会创建投诉单</translation>
    </message>
    <message>
        <source>show a week&apos;s duty roster with the hotline staffing suggestion per day (admins name the branch)</source>
        <translation>显示一周值班表及每天的热线排班建议（管理员须指定分公司）</translation>
    </message>
    <message>
        <source>put a person on a duty for a day (branch managers and admins)</source>
        <translation>为某人安排某一天的值班（分公司经理和管理员）</translation>
    </message>
    <message>
        <source>restore an archived knowledge article: searches and suggestions show it again</source>
        <translation>恢复已归档的知识库文章：搜索和推荐会重新显示它</translation>
    </message>
    <message>
        <source>give a ticket to an engineer (yourself unless --to); --reassign moves it from the engineer who has it</source>
        <translation>把工单派给工程师（不加 --to 则派给自己）；--reassign 从当前工程师手中改派</translation>
    </message>
    <message>
        <source>list the ticket categories (--all: retired ones too)</source>
        <translation>列出工单分类（--all：包括已停用的）</translation>
    </message>
    <message>
        <source>add a ticket category, or a sub-type of --group (administrators)</source>
        <translation>新增工单分类，或 --group 分组下的子类（管理员）</translation>
    </message>
    <message>
        <source>rename or move a ticket category (administrators)</source>
        <translation>重命名工单分类或调整排序（管理员）</translation>
    </message>
    <message>
        <source>stop offering a ticket category; tickets keep it (administrators)</source>
        <translation>停用工单分类，已有工单保持不变（管理员）</translation>
    </message>
    <message>
        <source>offer a retired ticket category again (administrators)</source>
        <translation>恢复使用已停用的工单分类（管理员）</translation>
    </message>
    <message>
        <source>correct an open ticket (priority: branch managers); the log records what changed</source>
        <translation>更正未结工单（优先级仅分公司经理可改）；工单日志记录改了什么</translation>
    </message>
    <message>
        <source>open a resolved or closed ticket again (the problem came back)</source>
        <translation>重新打开已解决或已关闭的工单（问题又出现了）</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CustomerCommands</name>
    <message>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>SERVICE END</source>
        <translation>服务到期</translation>
    </message>
    <message>
        <source>MATCHED CONTACT</source>
        <translation>匹配的联系人</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>没有符合条件的客户。</translation>
    </message>
    <message>
        <source>More customers match; narrow the search or raise --limit (now %1).</source>
        <translation>还有更多客户符合条件；请缩小搜索范围或调大 --limit（当前为 %1）。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个客户导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>%1 has no rows to import</source>
        <translation>%1 中没有可导入的行</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of %2 customer(s) have problems; nothing was imported (fix the rows, or use --skip-bad-rows)</source>
        <translation>
            <numerusform>%1：%2 个客户中有 %n 个有问题；未导入任何数据（请修正这些行，或使用 --skip-bad-rows）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the server rejected %n customer(s); nothing was imported (fix the rows, or use --skip-bad-rows)</source>
        <translation>
            <numerusform>%1：服务器拒绝了 %n 个客户；未导入任何数据（请修正这些行，或使用 --skip-bad-rows）</numerusform>
        </translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 duplicate(s) skipped, %4 rejected</source>
        <translation>新建 %1 个，更新 %2 个，跳过重复 %3 个，拒绝 %4 个</translation>
    </message>
    <message>
        <source>Checked %1 (dry run, nothing was changed): %2.</source>
        <translation>已检查 %1（试运行，未做任何修改）：%2。</translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>已导入 %1：%2。</translation>
    </message>
    <message>
        <source>%1 The server may still be importing %2: check with &apos;laokectl customers search&apos; before importing it again.</source>
        <translation>%1 服务器可能仍在导入 %2：再次导入前，请先用“laokectl customers search”查看。</translation>
    </message>
</context>
<context>
    <name>CustomerQuery</name>
    <message>
        <source>unknown status &quot;%1&quot;; use active, dormant or lost</source>
        <translation>未知状态“%1”；请使用 active、dormant 或 lost</translation>
    </message>
    <message>
        <source>no customer has the code &quot;%1&quot;</source>
        <translation>没有编码为“%1”的客户</translation>
    </message>
</context>
<context>
    <name>CustomerSheet</name>
    <message>
        <source>Service status</source>
        <translation>服务状态</translation>
    </message>
    <message>
        <source>Latest service end</source>
        <translation>最近服务到期</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>CustomerText</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>IT maturity</source>
        <translation>信息化程度</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新于</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>MOBILE</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WECHAT</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source> (key)</source>
        <translation>（关键人）</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 离职</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>LIFECYCLE</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>MODULES</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>SEATS</source>
        <translation>站点数</translation>
    </message>
    <message>
        <source>LICENCE</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <source>GO-LIVE</source>
        <translation>上线日期</translation>
    </message>
    <message>
        <source>SERVICE END</source>
        <translation>服务到期</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>服务</translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s) ago)</source>
        <translation>
            <numerusform>（已过 %n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s) left)</source>
        <translation>
            <numerusform>（剩 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>合同号</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>START</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>END</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>PAYMENT</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>NEXT STEP</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Installed products (%1)</source>
        <translation>已购产品（%1）</translation>
    </message>
    <message>
        <source>Contracts (%1)</source>
        <translation>合同（%1）</translation>
    </message>
    <message>
        <source>Recent activities (%1 of %2)</source>
        <translation>最近跟进（%2 条中的 %1 条）</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Owner (account manager)</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>IT maturity (1-6)</source>
        <translation>信息化程度（1-6）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>联系人角色</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Product version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>站点数</translation>
    </message>
    <message>
        <source>Licence type</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation>上线日期</translation>
    </message>
    <message>
        <source>Service end date</source>
        <translation>服务到期日</translation>
    </message>
    <message>
        <source>Coordinates (latitude, longitude)</source>
        <translation>坐标（纬度、经度）</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <source>write the company&apos;s full name, 2 to 100 characters</source>
        <translation>请填写公司全称，2 到 100 个字</translation>
    </message>
    <message>
        <source>at most 32 characters</source>
        <translation>最多 32 个字</translation>
    </message>
    <message>
        <source>letters, digits and &apos;-&apos;, at most 20 characters; leave it empty to get the next code</source>
        <translation>只能用字母、数字和“-”，最多 20 个字符；留空则自动分配下一个编码</translation>
    </message>
    <message>
        <source>18 characters of digits and capital letters (I, O, S, V and Z are never used)</source>
        <translation>18 位数字和大写字母（不使用 I、O、S、V、Z）</translation>
    </message>
    <message>
        <source>a province such as 广东 or 广东省</source>
        <translation>省份，如“广东”或“广东省”</translation>
    </message>
    <message>
        <source>at most 200 characters</source>
        <translation>最多 200 个字</translation>
    </message>
    <message>
        <source>the name or code of a branch; empty means your own branch</source>
        <translation>分公司的名称或编码；留空表示您所在的分公司</translation>
    </message>
    <message>
        <source>the name or user name of an active user of the customer&apos;s branch</source>
        <translation>客户所属分公司中一位在用用户的姓名或用户名</translation>
    </message>
    <message>
        <source>at most 4000 characters</source>
        <translation>最多 4000 个字</translation>
    </message>
    <message>
        <source>the contact&apos;s name, at most 32 characters</source>
        <translation>联系人姓名，最多 32 个字</translation>
    </message>
    <message>
        <source>a mainland mobile number: 11 digits starting with 13 to 19</source>
        <translation>大陆手机号：以 13 至 19 开头的 11 位数字</translation>
    </message>
    <message>
        <source>a phone number of 6 to 20 digits and &apos;-&apos;, such as 010-62345678</source>
        <translation>6 到 20 位数字和“-”组成的电话号码，如 010-62345678</translation>
    </message>
    <message>
        <source>at most 64 characters</source>
        <translation>最多 64 个字符</translation>
    </message>
    <message>
        <source>an e-mail address such as name@example.com</source>
        <translation>邮箱地址，如 name@example.com</translation>
    </message>
    <message>
        <source>a product line of the catalogue, such as U8+ or KIS专业版</source>
        <translation>产品目录中的产品线，如 U8+ 或 KIS专业版</translation>
    </message>
    <message>
        <source>a version of that product line in the catalogue</source>
        <translation>产品目录中该产品线的版本</translation>
    </message>
    <message>
        <source>modules of that product line in the catalogue, separated by 、</source>
        <translation>产品目录中该产品线的模块，用“、”分隔</translation>
    </message>
    <message>
        <source>a whole number from 0 to 100000</source>
        <translation>0 到 100000 之间的整数</translation>
    </message>
    <message>
        <source>a date such as 2024-03-31</source>
        <translation>日期，如 2024-03-31</translation>
    </message>
    <message>
        <source>%1%2 (%3)</source>
        <translation>%1%2（%3）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a GB/T 4754 industry section; write e.g. %3, %4 or the section letter</source>
        <translation>%1：“%2”不是国民经济行业分类（GB/T 4754）的门类；请填写如“%3”“%4”或门类字母</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not known; use one of %3</source>
        <translation>%1：无法识别“%2”；请使用以下之一：%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write it as 2024-03-31</source>
        <translation>%1：“%2”不是日期；请写成 2024-03-31 的格式</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from 0 to 100000</source>
        <translation>%1：“%2”不是 0 到 100000 之间的整数</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a level from 1 to 6</source>
        <translation>%1：“%2”不是 1 到 6 之间的级别</translation>
    </message>
    <message>
        <source>%1 is empty: every customer needs a name</source>
        <translation>%1为空：每个客户都必须有名称</translation>
    </message>
    <message>
        <source>the row has contact details but no %1</source>
        <translation>该行有联系人信息，但缺少%1</translation>
    </message>
    <message>
        <source>the row has product details but no %1</source>
        <translation>该行有产品信息，但缺少%1</translation>
    </message>
    <message>
        <source>%1 is empty: an installed product needs its version</source>
        <translation>%1为空：已购产品必须注明版本</translation>
    </message>
    <message>
        <source>%1 is empty: use one of %2</source>
        <translation>%1为空：请使用以下之一：%2</translation>
    </message>
    <message>
        <source>a customer with this name or credit code exists already: skipped</source>
        <translation>已有同名或同信用代码的客户：已跳过</translation>
    </message>
    <message>
        <source>two numbers from a map&apos;s coordinate picker, such as 116.310316,39.992861, inside China</source>
        <translation>地图坐标拾取器给出的两个数，如 116.310316,39.992861，须在中国境内</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a latitude and longitude in China (copy them from a map, e.g. 116.310316,39.992861)</source>
        <translation>%1：“%2”不是中国境内的经纬度（请从地图复制，如 116.310316,39.992861）</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>No column is mapped to &quot;%1&quot;: every customer needs a name.</source>
        <translation>没有列对应“%1”：每个客户都必须有名称。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>belongs to the customer in row %1, which has problems</source>
        <translation>属于第 %1 行的客户，该客户有问题</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已新建</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>duplicate, skipped</source>
        <translation>重复，已跳过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>被拒绝</translation>
    </message>
</context>
<context>
    <name>KbArticleInput</name>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;; the fields are %3</source>
        <translation>%1：未知字段“%2”；可用字段为 %3</translation>
    </message>
    <message>
        <source>%1, line %2: start with a field, such as &quot;title: ...&quot;; the fields are %3</source>
        <translation>%1 第 %2 行：请以字段开头，例如“title: ...”；可用字段为 %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>KbCommands</name>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>VERSIONS</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>USES</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>没有匹配的文章。</translation>
    </message>
    <message>
        <source>More articles match; narrow the search or raise --limit (now %1).</source>
        <translation>还有更多匹配的文章；请缩小搜索范围或调大 --limit（当前为 %1）。</translation>
    </message>
    <message>
        <source>name an article by its id (kb search shows it)</source>
        <translation>请用编号指定文章（kb search 会显示编号）</translation>
    </message>
    <message>
        <source>an article needs --%1 (or &quot;%1:&quot; in --file)</source>
        <translation>文章需要 --%1（或在 --file 中写“%1:”）</translation>
    </message>
    <message>
        <source>Added article %1.</source>
        <translation>已添加文章 %1。</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>#%1  %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Product: %1   Category: %2</source>
        <translation>产品：%1   分类：%2</translation>
    </message>
    <message>
        <source>Keywords: %1</source>
        <translation>关键词：%1</translation>
    </message>
    <message numerus="yes">
        <source>Used on %n ticket(s). Written by %1, last changed %2 by %3.</source>
        <translation>
            <numerusform>已用于 %n 个工单。作者 %1，最后由 %3 于 %2 修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived: searches and suggestions no longer show it.</source>
        <translation>已归档：搜索和推荐中不再显示。</translation>
    </message>
    <message>
        <source>Symptom:</source>
        <translation>现象：</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Solution:</source>
        <translation>解决方法：</translation>
    </message>
    <message>
        <source>every product</source>
        <translation>所有产品</translation>
    </message>
    <message numerus="yes">
        <source>Linked article %1 to ticket %2; it has been used on %n ticket(s).</source>
        <translation>
            <numerusform>已将文章 %1 关联到工单 %2；该文章已用于 %n 张工单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %2 already had article %1; nothing changed.</source>
        <translation>工单 %2 已关联文章 %1，未作更改。</translation>
    </message>
    <message>
        <source>article %1 is archived already</source>
        <translation>文章 %1 已归档</translation>
    </message>
    <message>
        <source>Archived article %1.</source>
        <translation>已归档文章 %1。</translation>
    </message>
    <message>
        <source>name a ticket by its number (GD2026-000123) or id</source>
        <translation>请用工单号（如 GD2026-000123）或编号指定工单</translation>
    </message>
    <message>
        <source>no ticket has the number &quot;%1&quot;</source>
        <translation>没有工单号为“%1”的工单</translation>
    </message>
    <message>
        <source>article %1 is not archived</source>
        <translation>文章 %1 未归档</translation>
    </message>
    <message>
        <source>Restored article %1.</source>
        <translation>已恢复文章 %1。</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>KbReference</name>
    <message>
        <source>no product line is called &quot;%1&quot;; use one of %2</source>
        <translation>没有名为“%1”的产品线；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>no ticket category is called &quot;%1&quot;; use a code such as %2 (or a sub-type such as month_end.cannot_close)</source>
        <translation>没有名为“%1”的工单分类；请使用 %2 等代码（或 month_end.cannot_close 等子类）</translation>
    </message>
    <message>
        <source>several ticket categories are called &quot;%1&quot;; name one by its code: %2</source>
        <translation>有多个工单分类叫“%1”；请用代码指定：%2</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>the first line of the password file %1 is empty</source>
        <translation>密码文件 %1 的第一行为空</translation>
    </message>
    <message>
        <source>no password given and no terminal to ask on; use --password-file or LAOKE_PASSWORD</source>
        <translation>未提供密码，且没有可供输入的终端；请使用 --password-file 或 LAOKE_PASSWORD</translation>
    </message>
    <message>
        <source>no password entered</source>
        <translation>未输入密码</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>the two passwords do not match</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
</context>
<context>
    <name>RosterCommands</name>
    <message>
        <source>&quot;%1&quot; is not an active engineer or branch manager of %2</source>
        <translation>“%1”不是%2在职的工程师或分公司经理</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>a date is written YYYY-MM-DD, e.g. 2026-12-07</source>
        <translation>日期格式为 YYYY-MM-DD，例如 2026-12-07</translation>
    </message>
    <message>
        <source>the duty is hotline, onsite, office or leave</source>
        <translation>值班类型为 hotline（热线）、onsite（外勤）、office（坐班）或 leave（休假）</translation>
    </message>
    <message>
        <source>there is no branch with the code &quot;%1&quot;</source>
        <translation>没有编码为“%1”的分公司</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>%1 · %2 · version %3</source>
        <translation>%1 · %2 · 第 %3 版</translation>
    </message>
    <message>
        <source>Hotline suggestion (%1 tickets per person a day):</source>
        <translation>热线排班建议（每人每天处理 %1 张）：</translation>
    </message>
    <message>
        <source>SHORT</source>
        <translation>缺人</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation>【%1】</translation>
    </message>
</context>
<context>
    <name>ServerMessages</name>
    <message>
        <source>write what the problem is</source>
        <translation>请写明客户遇到的问题。</translation>
    </message>
    <message>
        <source>write down the solution</source>
        <translation>请写下解决方案。</translation>
    </message>
    <message>
        <source>give the reason</source>
        <translation>请写明原因。</translation>
    </message>
    <message>
        <source>choose the customer</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>choose who works on the ticket</source>
        <translation>请选择处理工单的工程师。</translation>
    </message>
    <message>
        <source>choose who goes</source>
        <translation>请选择上门的工程师。</translation>
    </message>
    <message>
        <source>choose the installed product the module belongs to</source>
        <translation>请选择该模块所属的已装产品。</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>记录内容为空。</translation>
    </message>
    <message>
        <source>the note is at most 4000 characters</source>
        <translation>内容最多 4000 个字。</translation>
    </message>
    <message>
        <source>the note is at most 2000 characters</source>
        <translation>内容最多 2000 个字。</translation>
    </message>
    <message>
        <source>the note is at most 500 characters</source>
        <translation>内容最多 500 个字。</translation>
    </message>
    <message>
        <source>the reason is at most 500 characters</source>
        <translation>原因最多 500 个字。</translation>
    </message>
    <message>
        <source>the subject is at most 100 characters</source>
        <translation>问题概述最多 100 个字。</translation>
    </message>
    <message>
        <source>the description is at most 4000 characters</source>
        <translation>问题描述最多 4000 个字。</translation>
    </message>
    <message>
        <source>the comment is at most 1000 characters</source>
        <translation>客户意见最多 1000 个字。</translation>
    </message>
    <message>
        <source>the complaint is at most 2000 characters</source>
        <translation>投诉内容最多 2000 个字。</translation>
    </message>
    <message>
        <source>the address is at most 200 characters</source>
        <translation>地址最多 200 个字。</translation>
    </message>
    <message>
        <source>the assignee is not an active user</source>
        <translation>所选工程师的账号已停用。</translation>
    </message>
    <message>
        <source>the assignee must work for the ticket&apos;s branch</source>
        <translation>只能派给本工单所属分公司的人员。</translation>
    </message>
    <message>
        <source>tickets are worked by engineers or branch managers</source>
        <translation>工单只能派给服务工程师或分公司经理。</translation>
    </message>
    <message>
        <source>the engineer is not an active user</source>
        <translation>所选工程师的账号已停用。</translation>
    </message>
    <message>
        <source>the engineer must work for the ticket&apos;s branch</source>
        <translation>上门工程师必须是本工单所属分公司的人员。</translation>
    </message>
    <message>
        <source>visits are made by engineers or branch managers</source>
        <translation>上门服务只能由服务工程师或分公司经理承担。</translation>
    </message>
    <message>
        <source>the contact is not one of this customer&apos;s</source>
        <translation>该联系人不属于这个客户。</translation>
    </message>
    <message>
        <source>the customer is archived; restore it to open a ticket</source>
        <translation>该客户已归档，恢复后才能建单。</translation>
    </message>
    <message>
        <source>the product is not installed at this customer</source>
        <translation>该客户没有安装这个产品。</translation>
    </message>
    <message>
        <source>the module is not part of this installed product</source>
        <translation>该模块不在这套已装产品中。</translation>
    </message>
    <message>
        <source>the module is not one of the product line&apos;s</source>
        <translation>该模块不属于这条产品线。</translation>
    </message>
    <message>
        <source>unknown category</source>
        <translation>没有这个分类。</translation>
    </message>
    <message>
        <source>the ticket was cancelled; open a new ticket for the customer</source>
        <translation>该工单已取消，请为客户新建工单。</translation>
    </message>
    <message>
        <source>a visit lasts 15 minutes to 12 hours</source>
        <translation>一次上门时长为 15 分钟到 12 小时。</translation>
    </message>
    <message>
        <source>the visit would start more than a day ago</source>
        <translation>上门开始时间不能早于一天前。</translation>
    </message>
    <message>
        <source>visits are booked at most three months ahead</source>
        <translation>上门最多提前三个月预约。</translation>
    </message>
    <message>
        <source>only a planned visit can be moved</source>
        <translation>只有已预约的上门可以改约。</translation>
    </message>
    <message>
        <source>give the customer&apos;s satisfaction from 1 to 5</source>
        <translation>请填写客户满意度（1–5 分）。</translation>
    </message>
    <message>
        <source>satisfaction is only given when the customer was reached</source>
        <translation>只有联系上客户时才填写满意度。</translation>
    </message>
    <message>
        <source>a complaint is recorded only when someone was spoken to</source>
        <translation>只有联系上客户（或客户拒绝回访）时才能登记投诉。</translation>
    </message>
    <message>
        <source>this ticket already has a complaint being handled</source>
        <translation>该工单已有一个正在处理的投诉。</translation>
    </message>
    <message>
        <source>write what the customer complains about</source>
        <translation>请写明客户投诉的内容。</translation>
    </message>
    <message>
        <source>write down how the complaint was resolved</source>
        <translation>请写明投诉的处理结果。</translation>
    </message>
    <message>
        <source>the callback of this ticket is still waiting: recording it closes the ticket</source>
        <translation>该工单的回访尚未完成：登记回访后工单会自动关闭。</translation>
    </message>
    <message>
        <source>only a branch manager assigns tickets to others</source>
        <translation>只有分公司经理可以把工单派给他人。</translation>
    </message>
    <message>
        <source>only a branch manager moves a ticket someone is already assigned to</source>
        <translation>工单已派给他人，只有分公司经理可以改派。</translation>
    </message>
    <message>
        <source>only the assigned engineer or a branch manager may do this</source>
        <translation>只有负责该工单的工程师或分公司经理可以这样操作。</translation>
    </message>
    <message>
        <source>only the first responder or a branch manager may close the ticket</source>
        <translation>只有首问负责人或分公司经理可以关闭工单。</translation>
    </message>
    <message>
        <source>only the first responder or a branch manager may cancel the ticket</source>
        <translation>只有首问负责人或分公司经理可以取消工单。</translation>
    </message>
    <message>
        <source>only a branch manager may do this</source>
        <translation>只有分公司经理可以这样操作。</translation>
    </message>
    <message>
        <source>only a branch manager books visits for others</source>
        <translation>只有分公司经理可以替他人预约上门。</translation>
    </message>
    <message>
        <source>only a branch manager moves another engineer&apos;s visit</source>
        <translation>只有分公司经理可以改约其他工程师的上门。</translation>
    </message>
    <message>
        <source>only the visiting engineer or a branch manager may do this</source>
        <translation>只有上门工程师或分公司经理可以这样操作。</translation>
    </message>
    <message>
        <source>book visits for tickets you own or work on</source>
        <translation>只能为自己负责或处理的工单预约上门。</translation>
    </message>
    <message>
        <source>the visit was changed by someone else since you opened it</source>
        <translation>这次上门在您打开后已被他人修改，请刷新后再试。</translation>
    </message>
    <message>
        <source>the complaint was changed by someone else since you opened it</source>
        <translation>这条投诉在您打开后已被他人修改，请刷新后再试。</translation>
    </message>
    <message>
        <source>The ticket&apos;s state does not allow this now; look at the ticket again.</source>
        <translation>工单当前的状态不允许这样操作，请重新查看工单。</translation>
    </message>
    <message>
        <source>Someone else changed the ticket after you opened it.</source>
        <translation>在您打开后，已有他人修改了这张工单。</translation>
    </message>
    <message>
        <source>%1 changed the ticket after you opened it.</source>
        <translation>%1在您打开后修改了这张工单。</translation>
    </message>
    <message>
        <source>you solved this ticket: a colleague or the branch manager calls the customer back</source>
        <translation>这张工单是您处理的：请由同事或分公司经理回访客户。</translation>
    </message>
    <message>
        <source>only a branch manager changes the priority of a ticket</source>
        <translation>只有分公司经理可以调整工单的优先级。</translation>
    </message>
    <message>
        <source>only the first responder, the assigned engineer or a branch manager may correct the ticket</source>
        <translation>只有首问负责人、处理工程师或分公司经理可以更正工单。</translation>
    </message>
    <message>
        <source>this category is retired; choose another</source>
        <translation>这个分类已停用，请选择其他分类。</translation>
    </message>
    <message>
        <source>give the category a Chinese name</source>
        <translation>请填写分类的中文名称。</translation>
    </message>
    <message>
        <source>the Chinese name is at most 32 characters</source>
        <translation>中文名称最多 32 个字。</translation>
    </message>
    <message>
        <source>give the category an English name</source>
        <translation>请填写分类的英文名称。</translation>
    </message>
    <message>
        <source>the English name is at most 64 characters</source>
        <translation>英文名称最多 64 个字符。</translation>
    </message>
    <message>
        <source>the position is 0 to 100000</source>
        <translation>排序号应在 0 到 100000 之间。</translation>
    </message>
    <message>
        <source>another category beside it already has this name</source>
        <translation>同一级已有同名的分类。</translation>
    </message>
    <message>
        <source>a new category is in use from the start</source>
        <translation>新分类创建后即可使用。</translation>
    </message>
    <message>
        <source>the group is retired</source>
        <translation>该分组已停用。</translation>
    </message>
    <message>
        <source>a category stays in its group (the reports count by group)</source>
        <translation>分类不能移到其他分组（报表按分组统计）。</translation>
    </message>
    <message>
        <source>its group is retired; restore the group first</source>
        <translation>所属分组已停用，请先恢复分组。</translation>
    </message>
    <message>
        <source>the category was changed by someone else since you opened it</source>
        <translation>您打开后，这个分类已被他人修改。</translation>
    </message>
    <message>
        <source>no such category</source>
        <translation>没有这个分类。</translation>
    </message>
    <message>
        <source>A settled ticket is not corrected any more; reopen it first.</source>
        <translation>已解决或已关闭的工单不能再更正，请先重新打开。</translation>
    </message>
    <message>
        <source>categories have two levels: a sub-type belongs to a group and has no sub-types of its own</source>
        <translation>分类只有两级：子类属于一个分组，子类下不能再分子类。</translation>
    </message>
    <message>
        <source>your role may not do this</source>
        <translation>您的角色不能执行此操作。</translation>
    </message>
    <message>
        <source>There is no priority “%1”: use urgent, high, normal or consult.</source>
        <translation>没有“%1”这个优先级：可用 urgent、high、normal 或 consult。</translation>
    </message>
    <message>
        <source>There is no channel “%1”: use hotline, remote, onsite, wechat or walk_in.</source>
        <translation>没有“%1”这个渠道：可用 hotline、remote、onsite、wechat 或 walk_in。</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>%1 answered in %2 ms (server version %3)</source>
        <translation>%1 在 %2 毫秒内响应（服务器版本 %3）</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>分公司：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Session expires:</source>
        <translation>会话到期：</translation>
    </message>
    <message>
        <source>Password changed for %1.</source>
        <translation>已修改 %1 的密码。</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>%1 is an old Excel 97-2003 workbook; save it as .xlsx or .csv first</source>
        <translation>%1 是旧版 Excel 97-2003 工作簿；请先另存为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>%1 is not a .xlsx or .csv file</source>
        <translation>%1 不是 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>表格文件 (*.xlsx *.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>SpreadsheetWriter</name>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>%1: the file name must end in .xlsx or .csv</source>
        <translation>%1：文件名必须以 .xlsx 或 .csv 结尾</translation>
    </message>
</context>
<context>
    <name>TicketCommands</name>
    <message>
        <source>NUMBER</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>OPENED</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ASSIGNEE</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>没有工单。</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>State: %1   Priority: %2   Channel: %3</source>
        <translation>状态：%1   优先级：%2   渠道：%3</translation>
    </message>
    <message>
        <source>Owner: %1   Assignee: %2</source>
        <translation>首问负责人：%1   工程师：%2</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚未派工</translation>
    </message>
    <message>
        <source>Billable: the customer&apos;s service had ended when the ticket was opened.</source>
        <translation>需收费：受理时客户的服务已到期。</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>问题描述：%1</translation>
    </message>
    <message>
        <source>Solution: %1</source>
        <translation>解决方案：%1</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>%1: %2, %3 of %4 working hours used</source>
        <translation>%1：%2，已用 %3 / %4 个工作小时</translation>
    </message>
    <message>
        <source>, paused (waiting for the customer)</source>
        <translation>，已暂停（等待客户）</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>，截止 %1</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>waiting for customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>consult</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <source>onsite</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>到访</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>started</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>继续处理</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>超时完成</translation>
    </message>
    <message>
        <source>no ticket has the number &quot;%1&quot;</source>
        <translation>没有工单号为“%1”的工单</translation>
    </message>
    <message>
        <source>name a ticket by its number (GD2026-000123) or id</source>
        <translation>请用工单号（如 GD2026-000123）或编号指定工单</translation>
    </message>
    <message>
        <source>%1 is already assigned to %2; add --reassign to move it</source>
        <translation>%1 已派给 %2；如需改派，请加 --reassign</translation>
    </message>
    <message>
        <source>%1 is not assigned to anyone yet; assign it without --reassign</source>
        <translation>%1 尚未派工；请不加 --reassign 直接派工</translation>
    </message>
    <message>
        <source>--solution says how the problem was solved</source>
        <translation>--solution 写明问题是如何解决的</translation>
    </message>
    <message>
        <source>--solution is at most 4000 characters</source>
        <translation>--solution 最多 4000 个字</translation>
    </message>
    <message>
        <source>%1 (raised from %2: close period)</source>
        <translation>%1（结账期由%2上调）</translation>
    </message>
    <message>
        <source>Onsite arrival</source>
        <translation>上门到达</translation>
    </message>
    <message>
        <source>visit booked</source>
        <translation>预约上门</translation>
    </message>
    <message>
        <source>visit moved</source>
        <translation>改约上门</translation>
    </message>
    <message>
        <source>arrived on site</source>
        <translation>到达现场</translation>
    </message>
    <message>
        <source>visit done</source>
        <translation>上门完成</translation>
    </message>
    <message>
        <source>visit cancelled</source>
        <translation>取消上门</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>say what to correct: --subject, --description, --contact, --product, --module, --category or --priority</source>
        <translation>请说明要更正什么：--subject、--description、--contact、--product、--module、--category 或 --priority</translation>
    </message>
    <message>
        <source>a module needs the product it belongs to (--product)</source>
        <translation>模块需要指明所属产品（--product）</translation>
    </message>
    <message>
        <source>not categorised</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>产品：%1</translation>
    </message>
    <message>
        <source>Product: %1 · %2</source>
        <translation>产品：%1 · %2</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>subject &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>主题“%1”→“%2”</translation>
    </message>
    <message>
        <source>description rewritten</source>
        <translation>改写了描述</translation>
    </message>
    <message>
        <source>contact %1 → %2</source>
        <translation>联系人 %1 → %2</translation>
    </message>
    <message>
        <source>product %1 → %2</source>
        <translation>产品 %1 → %2</translation>
    </message>
    <message>
        <source>module %1 → %2</source>
        <translation>模块 %1 → %2</translation>
    </message>
    <message>
        <source>category %1 → %2</source>
        <translation>分类 %1 → %2</translation>
    </message>
    <message>
        <source>priority %1 → %2</source>
        <translation>优先级 %1 → %2</translation>
    </message>
    <message>
        <source>the customer has no contact &quot;%1&quot;; its contacts: %2</source>
        <translation>客户没有联系人“%1”；现有联系人：%2</translation>
    </message>
    <message>
        <source>the customer has no installed product &quot;%1&quot;; its products: %2</source>
        <translation>客户没有安装产品“%1”；已装产品：%2</translation>
    </message>
    <message>
        <source>the product has no module &quot;%1&quot;; its modules: %2</source>
        <translation>该产品没有模块“%1”；已购模块：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>--reason says why the ticket is opened again</source>
        <translation>--reason 写明重新打开工单的原因</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>分类：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The waiting callback of %1 is called off.</source>
        <translation>工单 %1 待做的回访已取消。</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>USER NAME</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>LAST SIGN-IN</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use admin, branch_manager, account_manager or engineer</source>
        <translation>未知角色“%1”；请使用 admin、branch_manager、account_manager 或 engineer</translation>
    </message>
    <message>
        <source>Created user %1 (%2); the password must be changed at the first sign-in.</source>
        <translation>已创建用户 %1（%2）；首次登录时须修改密码。</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>已重置 %1 的密码。</translation>
    </message>
    <message>
        <source>User %1 is enabled.</source>
        <translation>用户 %1 已启用。</translation>
    </message>
    <message>
        <source>User %1 is disabled.</source>
        <translation>用户 %1 已停用。</translation>
    </message>
    <message>
        <source>there is no branch with the code &quot;%1&quot;</source>
        <translation>不存在编码为“%1”的分公司</translation>
    </message>
    <message>
        <source>there is no user named &quot;%1&quot;</source>
        <translation>不存在名为“%1”的用户</translation>
    </message>
</context>
<context>
    <name>ValueCodes</name>
    <message>
        <source>Agriculture, forestry, husbandry and fishery</source>
        <translation>农、林、牧、渔业</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>采矿业</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>制造业</translation>
    </message>
    <message>
        <source>Power, heat, gas and water supply</source>
        <translation>电力、热力、燃气及水生产和供应业</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>建筑业</translation>
    </message>
    <message>
        <source>Wholesale and retail</source>
        <translation>批发和零售业</translation>
    </message>
    <message>
        <source>Transport, storage and post</source>
        <translation>交通运输、仓储和邮政业</translation>
    </message>
    <message>
        <source>Accommodation and catering</source>
        <translation>住宿和餐饮业</translation>
    </message>
    <message>
        <source>Information technology and software</source>
        <translation>信息传输、软件和信息技术服务业</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>金融业</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>房地产业</translation>
    </message>
    <message>
        <source>Leasing and business services</source>
        <translation>租赁和商务服务业</translation>
    </message>
    <message>
        <source>Research and technical services</source>
        <translation>科学研究和技术服务业</translation>
    </message>
    <message>
        <source>Water, environment and public facilities</source>
        <translation>水利、环境和公共设施管理业</translation>
    </message>
    <message>
        <source>Household, repair and other services</source>
        <translation>居民服务、修理和其他服务业</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Health and social work</source>
        <translation>卫生和社会工作</translation>
    </message>
    <message>
        <source>Culture, sports and entertainment</source>
        <translation>文化、体育和娱乐业</translation>
    </message>
    <message>
        <source>Public administration and social organisations</source>
        <translation>公共管理、社会保障和社会组织</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>国际组织</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大型</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中型</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小型</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>微型</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Assigned by the vendor</source>
        <translation>厂商分配</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Own prospecting</source>
        <translation>自主开发</translation>
    </message>
    <message>
        <source>Marketing campaign</source>
        <translation>市场活动</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>接手</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Boss</source>
        <translation>老板</translation>
    </message>
    <message>
        <source>Finance director</source>
        <translation>财务总监</translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation>账套主管</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>会计</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>出纳</translation>
    </message>
    <message>
        <source>IT staff</source>
        <translation>IT专员</translation>
    </message>
    <message>
        <source>Business user</source>
        <translation>业务用户</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Dongle</source>
        <translation>加密狗</translation>
    </message>
    <message>
        <source>Online licence</source>
        <translation>在线加密</translation>
    </message>
    <message>
        <source>Offline licence</source>
        <translation>离线加密</translation>
    </message>
    <message>
        <source>SaaS</source>
        <translation>云订阅</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>No service contract</source>
        <translation>无服务</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not an .xlsx workbook (it cannot be opened as a zip archive)</source>
        <translation>%1 不是 .xlsx 工作簿（无法作为 zip 压缩包打开）</translation>
    </message>
    <message>
        <source>%1 has no worksheet</source>
        <translation>%1 中没有工作表</translation>
    </message>
    <message>
        <source>%1: the worksheet %2 is missing</source>
        <translation>%1：缺少工作表 %2</translation>
    </message>
    <message>
        <source>%1: the worksheet is damaged (%2)</source>
        <translation>%1：工作表已损坏（%2）</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>an .xlsx sheet holds at most %L1 rows; export to .csv instead</source>
        <translation>.xlsx 工作表最多容纳 %L1 行；请改为导出 .csv</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>laoke::client::AppointmentListModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>The visit before ends too late: with the road, the engineer arrives about %1 late.</source>
        <translation>上一处上门结束太晚：算上路程，工程师约迟到 %1。</translation>
    </message>
    <message>
        <source>%1 (late %2)</source>
        <translation>%1（迟到 %2）</translation>
    </message>
    <message>
        <source>Road there</source>
        <translation>路程</translation>
    </message>
</context>
<context>
    <name>laoke::client::AssigneeListModel</name>
    <message numerus="yes">
        <source>%1 · %n open</source>
        <translation>
            <numerusform>%1 · %n 张未结</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts from %1</source>
        <translation>从 %1 出发</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n open</source>
        <translation>
            <numerusform>%1 · %2 · %n 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) today: %1</source>
        <translation>
            <numerusform>今日上门 %n 次：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>laoke::client::BranchListModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
</context>
<context>
    <name>laoke::client::CallbackNames</name>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝回访</translation>
    </message>
    <message>
        <source>A/B customer</source>
        <translation>A/B 类客户</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>超时完成</translation>
    </message>
    <message>
        <source>Breached (was due %1)</source>
        <translation>已超时（应于 %1）</translation>
    </message>
    <message>
        <source>At risk · due %1</source>
        <translation>即将超时 · %1 到期</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
</context>
<context>
    <name>laoke::client::CallbackQueueModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>无联系人</translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation>尚未拨打</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), last: %1</source>
        <translation>
            <numerusform>已拨 %n 次，最近：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>拨打情况</translation>
    </message>
</context>
<context>
    <name>laoke::client::ComplaintListModel</name>
    <message>
        <source>Satisfaction %1/5</source>
        <translation>满意度 %1/5</translation>
    </message>
    <message>
        <source>Opened by hand</source>
        <translation>手工登记</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>投诉时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Taking (2 working hours)</source>
        <translation>受理（2 个工作小时内）</translation>
    </message>
    <message>
        <source>Resolving (2 working days)</source>
        <translation>办结（2 个工作日内）</translation>
    </message>
</context>
<context>
    <name>laoke::client::ContactTableModel</name>
    <message>
        <source>Key contact</source>
        <translation>关键联系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>%1 · left on %2</source>
        <translation>%1 · %2 离职</translation>
    </message>
</context>
<context>
    <name>laoke::client::ContractTableModel</name>
    <message>
        <source>Covers:
%1</source>
        <translation>覆盖产品：
%1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>服务期</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>服务状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>laoke::client::CustomerFormats</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>已过期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laoke::client::CustomerListModel</name>
    <message>
        <source>%1 · until %2</source>
        <translation>%1 · 至 %2</translation>
    </message>
    <message>
        <source>Found through the contact %1</source>
        <translation>通过联系人 %1 找到</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>此列不能排序。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>laoke::client::CustomerValueNames</name>
    <message>
        <source>Agriculture, forestry, animal husbandry and fishery</source>
        <translation>农、林、牧、渔业</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>采矿业</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>制造业</translation>
    </message>
    <message>
        <source>Electricity, heat, gas and water supply</source>
        <translation>电力、热力、燃气及水生产和供应业</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>建筑业</translation>
    </message>
    <message>
        <source>Wholesale and retail trade</source>
        <translation>批发和零售业</translation>
    </message>
    <message>
        <source>Transport, storage and postal services</source>
        <translation>交通运输、仓储和邮政业</translation>
    </message>
    <message>
        <source>Accommodation and catering</source>
        <translation>住宿和餐饮业</translation>
    </message>
    <message>
        <source>Information transmission, software and IT services</source>
        <translation>信息传输、软件和信息技术服务业</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>金融业</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>房地产业</translation>
    </message>
    <message>
        <source>Leasing and business services</source>
        <translation>租赁和商务服务业</translation>
    </message>
    <message>
        <source>Scientific research and technical services</source>
        <translation>科学研究和技术服务业</translation>
    </message>
    <message>
        <source>Water conservancy, environment and public facilities</source>
        <translation>水利、环境和公共设施管理业</translation>
    </message>
    <message>
        <source>Resident services, repair and other services</source>
        <translation>居民服务、修理和其他服务业</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Health and social work</source>
        <translation>卫生和社会工作</translation>
    </message>
    <message>
        <source>Culture, sports and entertainment</source>
        <translation>文化、体育和娱乐业</translation>
    </message>
    <message>
        <source>Public administration, social security and social organisations</source>
        <translation>公共管理、社会保障和社会组织</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>国际组织</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大型</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中型</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小型</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>微型</translation>
    </message>
    <message>
        <source>North China</source>
        <translation>华北</translation>
    </message>
    <message>
        <source>Northeast China</source>
        <translation>东北</translation>
    </message>
    <message>
        <source>East China</source>
        <translation>华东</translation>
    </message>
    <message>
        <source>Central China</source>
        <translation>华中</translation>
    </message>
    <message>
        <source>South China</source>
        <translation>华南</translation>
    </message>
    <message>
        <source>Southwest China</source>
        <translation>西南</translation>
    </message>
    <message>
        <source>Northwest China</source>
        <translation>西北</translation>
    </message>
    <message>
        <source>Assigned by the vendor</source>
        <translation>厂商分配</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Found ourselves</source>
        <translation>自主开发</translation>
    </message>
    <message>
        <source>Marketing campaign</source>
        <translation>市场活动</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Taken over from another partner</source>
        <translation>从其他服务商接手</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Owner / general manager</source>
        <translation>老板/总经理</translation>
    </message>
    <message>
        <source>Finance director</source>
        <translation>财务总监</translation>
    </message>
    <message>
        <source>Chief accountant (account set supervisor)</source>
        <translation>会计主管（账套主管）</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>会计</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>出纳</translation>
    </message>
    <message>
        <source>IT staff</source>
        <translation>IT专员</translation>
    </message>
    <message>
        <source>Business user</source>
        <translation>业务用户</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>决策人</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <source>User</source>
        <comment>decision role</comment>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Dongle</source>
        <translation>加密狗</translation>
    </message>
    <message>
        <source>Online licence</source>
        <translation>在线加密</translation>
    </message>
    <message>
        <source>Offline licence</source>
        <translation>离线加密</translation>
    </message>
    <message>
        <source>SaaS</source>
        <translation>SaaS 云订阅</translation>
    </message>
    <message>
        <source>Licence sale</source>
        <translation>软件销售</translation>
    </message>
    <message>
        <source>Annual service</source>
        <translation>年度服务费</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>实施</translation>
    </message>
    <message>
        <source>Customisation</source>
        <translation>二次开发</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <comment>contract kind</comment>
        <translation>升级</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>contract kind</comment>
        <translation>培训</translation>
    </message>
    <message>
        <source>SaaS subscription</source>
        <translation>SaaS 订阅</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未回款</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>部分回款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>activity kind</comment>
        <translation>培训</translation>
    </message>
    <message>
        <source>Free inspection</source>
        <translation>免费巡检</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <source>Upgrade notice</source>
        <translation>升级通知</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>No service</source>
        <translation>无服务</translation>
    </message>
    <message>
        <source>Full support</source>
        <translation>全面支持</translation>
    </message>
    <message>
        <source>Limited support</source>
        <translation>服务支持阶段</translation>
    </message>
    <message>
        <source>Support stopped</source>
        <translation>停止服务</translation>
    </message>
    <message>
        <source>End of life</source>
        <translation>生命周期终止</translation>
    </message>
    <message>
        <source>Yonyou</source>
        <translation>用友</translation>
    </message>
    <message>
        <source>Chanjet</source>
        <translation>畅捷通</translation>
    </message>
    <message>
        <source>Kingdee</source>
        <translation>金蝶</translation>
    </message>
    <message>
        <source>1 · Manual / Excel</source>
        <translation>1 · 手工/Excel</translation>
    </message>
    <message>
        <source>2 · Single-PC accounting</source>
        <translation>2 · 单机财务</translation>
    </message>
    <message>
        <source>3 · Networked accounting</source>
        <translation>3 · 网络版财务</translation>
    </message>
    <message>
        <source>4 · Finance and business integrated</source>
        <translation>4 · 业财一体</translation>
    </message>
    <message>
        <source>5 · ERP with manufacturing</source>
        <translation>5 · ERP含生产</translation>
    </message>
    <message>
        <source>6 · Multi-organisation / integrated</source>
        <translation>6 · 多组织/集成</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>laoke::client::DispatchRecommendations</name>
    <message>
        <source>knows the module</source>
        <translation>熟悉该模块</translation>
    </message>
    <message>
        <source>knows the product</source>
        <translation>熟悉该产品</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>持认证</translation>
    </message>
    <message>
        <source>not their product</source>
        <translation>非其擅长产品</translation>
    </message>
    <message>
        <source>nothing in hand</source>
        <translation>手上无单</translation>
    </message>
    <message numerus="yes">
        <source>%n open in hand</source>
        <translation>
            <numerusform>手上 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>on leave today</source>
        <translation>今天休假</translation>
    </message>
    <message>
        <source>on hotline duty</source>
        <translation>热线值班</translation>
    </message>
    <message>
        <source>out in the field today</source>
        <translation>今天外勤</translation>
    </message>
    <message>
        <source>same city</source>
        <translation>同城</translation>
    </message>
    <message>
        <source>about %1 km by road (~%2 h)</source>
        <translation>车程约 %1 公里（约 %2 小时）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>worked %n of this customer&apos;s tickets in the past year</source>
        <translation>
            <numerusform>近一年处理过该客户 %n 张工单</numerusform>
        </translation>
    </message>
    <message>
        <source>same city, about %1 km (~%2 h)</source>
        <translation>同城，约 %1 公里（约 %2 小时）</translation>
    </message>
    <message>
        <source>certified, for an A/B customer</source>
        <translation>持认证（A/B 类客户）</translation>
    </message>
    <message numerus="yes">
        <source>%n open in hand, weighing more as this ticket is urgent</source>
        <translation>
            <numerusform>手上 %n 张（紧急工单，负荷权重更高）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laoke::client::DutyNames</name>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>外勤</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>坐班</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>month/day in a roster header</comment>
        <translation>%1月%2日</translation>
    </message>
    <message>
        <source>%1/%2/%3 – %4/%5</source>
        <comment>year/month/day – month/day of a roster week</comment>
        <translation>%1年%2月%3日 – %4月%5日</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>%1 (holiday)</source>
        <translation>%1（休）</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Month-end close</source>
        <translation>月末结账</translation>
    </message>
    <message>
        <source>Year-end close</source>
        <translation>年结</translation>
    </message>
    <message>
        <source>%1 on hotline</source>
        <translation>热线 %1 人</translation>
    </message>
    <message>
        <source>≈%1 tickets
need %2 · rostered %3</source>
        <translation>约 %1 张
需 %2 人 · 已排 %3 人</translation>
    </message>
    <message>
        <source>Not a working day: no hotline duty.</source>
        <translation>非工作日，热线不值班。</translation>
    </message>
    <message>
        <source>%1 holiday: no hotline duty.</source>
        <translation>%1放假，热线不值班。</translation>
    </message>
    <message>
        <source>No hotline tickets in the past %1 weeks: no suggestion yet.</source>
        <translation>过去 %1 周没有热线工单，暂无法给出建议。</translation>
    </message>
    <message>
        <source>Working days average %1 tickets (%2 days)</source>
        <translation>工作日平均 %1 张（%2 天）</translation>
    </message>
    <message>
        <source>%1: average %2 tickets (%3 days)</source>
        <translation>%1平均 %2 张（%3 天）</translation>
    </message>
    <message>
        <source>about %1 tickets, %2 needed on the hotline</source>
        <translation>约 %1 张，需 %2 人值班热线</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>year-end close ×%1</source>
        <translation>年结期 ×%1</translation>
    </message>
    <message>
        <source>month-end close ×%1</source>
        <translation>月末结账期 ×%1</translation>
    </message>
    <message>
        <source>(measured)</source>
        <translation>（按历史测算）</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>%1, %2 %3 → %4</source>
        <translation>%1，%2%3 → %4</translation>
    </message>
    <message>
        <source>; %1 rostered, %2 short</source>
        <translation>；已排 %1 人，缺 %2 人</translation>
    </message>
</context>
<context>
    <name>laoke::client::InstalledProductTableModel</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>站点数</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Service until</source>
        <translation>服务到期</translation>
    </message>
    <message>
        <source>Live since %1</source>
        <translation>%1 启用</translation>
    </message>
</context>
<context>
    <name>laoke::client::KbNames</name>
    <message>
        <source>Every product line</source>
        <translation>所有产品线</translation>
    </message>
    <message>
        <source>same category</source>
        <translation>同一分类</translation>
    </message>
    <message>
        <source>related category</source>
        <translation>相关分类</translation>
    </message>
    <message>
        <source>written for this product line</source>
        <translation>适用于本产品线</translation>
    </message>
    <message>
        <source>holds for every product line</source>
        <translation>适用于所有产品线</translation>
    </message>
    <message>
        <source>%1% of the wording alike</source>
        <translation>文字相似度 %1%</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>尚未使用</translation>
    </message>
    <message numerus="yes">
        <source>used on %n ticket(s)</source>
        <translation>
            <numerusform>已用于 %n 张工单</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>laoke::client::OwnerNotices</name>
    <message>
        <source>The system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>%1: %2 added to the log: %3</source>
        <translation>%1：%2记录了：%3</translation>
    </message>
    <message>
        <source>%1: %2 corrected the ticket</source>
        <translation>%1：%2更正了工单</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1：%2 · %3</translation>
    </message>
    <message>
        <source>%1: %2 gave it to %3</source>
        <translation>%1：%2派给了%3</translation>
    </message>
    <message>
        <source>%1: %2 changed it to %3</source>
        <translation>%1：%2将状态改为%3</translation>
    </message>
</context>
<context>
    <name>laoke::client::ReportComplaintTableModel</name>
    <message>
        <source>Opened</source>
        <translation>投诉时间</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户反映</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Registered by hand</source>
        <translation>手工登记</translation>
    </message>
</context>
<context>
    <name>laoke::client::ReportFigures</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>%1以上</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>%1以内</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 级客户</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <comment>a month of the satisfaction trend</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>MM-dd</source>
        <comment>the Monday of a week of the satisfaction trend</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 分钟</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1–%2 小时</translation>
    </message>
</context>
<context>
    <name>laoke::client::ReportGroupTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA 达标率</translation>
    </message>
    <message>
        <source>Response met</source>
        <translation>响应达标率</translation>
    </message>
    <message>
        <source>Resolution met</source>
        <translation>解决达标率</translation>
    </message>
    <message>
        <source>On-site met</source>
        <translation>到场达标率</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>一次解决率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rated)</source>
        <translation>
            <numerusform>%1（%n 次评分）</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered within %1</source>
        <translation>%1内响应</translation>
    </message>
    <message>
        <source>Answered quickly</source>
        <translation>及时响应</translation>
    </message>
    <message>
        <source>Resolved within %1</source>
        <translation>%1内解决</translation>
    </message>
    <message>
        <source>Resolved quickly</source>
        <translation>及时解决</translation>
    </message>
</context>
<context>
    <name>laoke::client::RoleNames</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Branch manager</source>
        <translation>分公司经理</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Service engineer</source>
        <translation>服务工程师</translation>
    </message>
</context>
<context>
    <name>laoke::client::RosterModel</name>
    <message>
        <source>Hotline suggestion</source>
        <translation>热线建议</translation>
    </message>
</context>
<context>
    <name>laoke::client::ServiceReportWorkbook</name>
    <message>
        <source>Average score</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <source>Scores given</source>
        <translation>评分次数</translation>
    </message>
    <message>
        <source>Service report from %1 to %2.xlsx</source>
        <translation>服务报表_%1至%2.xlsx</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部分公司</translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation>已解决工单</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA 达标率</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>一次解决率</translation>
    </message>
    <message>
        <source>Complaints opened</source>
        <translation>新增投诉</translation>
    </message>
    <message>
        <source>By branch</source>
        <translation>按分公司</translation>
    </message>
    <message>
        <source>By engineer</source>
        <translation>按工程师</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按分类</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>By grade</source>
        <translation>按客户等级</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Time distribution</source>
        <translation>时长分布</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>工作时长</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Complaint list</source>
        <translation>投诉清单</translation>
    </message>
    <message>
        <source>Answered within %1</source>
        <translation>%1内响应</translation>
    </message>
    <message>
        <source>Resolved within %1 of working time</source>
        <translation>工作时间 %1 内解决</translation>
    </message>
</context>
<context>
    <name>laoke::client::SlaAlerts</name>
    <message>
        <source>%1: %2 deadline passed (was due %3)</source>
        <translation>%1：%2已超时（应于 %3 完成）</translation>
    </message>
    <message>
        <source>%1: %2 at risk, 75% of the time used (due %3)</source>
        <translation>%1：%2即将超时，已用 75% 时限（%3 到期）</translation>
    </message>
</context>
<context>
    <name>laoke::client::TicketListModel</name>
    <message>
        <source>Raised from %1: accounting close period</source>
        <translation>由 %1 提升：会计结账期</translation>
    </message>
    <message>
        <source>Billable: the customer&apos;s service had ended</source>
        <translation>需收费：客户服务已到期</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未派工</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>First responder</source>
        <translation>首问负责人</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受理时间</translation>
    </message>
</context>
<context>
    <name>laoke::client::TicketNames</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>到访</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>派工…</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续处理</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>Cancel ticket…</source>
        <translation>取消工单…</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Onsite arrival</source>
        <translation>上门到达</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>超时完成</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>laoke::client::TicketUrgency</name>
    <message>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Breached · was due %1</source>
        <translation>已超时 · 应于 %1 完成</translation>
    </message>
    <message>
        <source>At risk · due %1</source>
        <translation>即将超时 · %1 到期</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Paused (waiting for customer)</source>
        <translation>暂停（等待客户）</translation>
    </message>
</context>
<context>
    <name>laoke::client::UserListModel</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Must change the password at the next login</source>
        <translation>下次登录时须修改密码</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
</context>
<context>
    <name>laoke::client::VisitNames</name>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>在现场</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1/%2 %3</source>
        <comment>month/day weekday</comment>
        <translation>%1月%2日 %3</translation>
    </message>
    <message>
        <source>booked a visit: %1 (%2)</source>
        <translation>预约上门：%1（%2）</translation>
    </message>
    <message>
        <source>moved the visit to %1 (%2)</source>
        <translation>上门改约至 %1（%2）</translation>
    </message>
    <message>
        <source>arrived at the customer (%1)</source>
        <translation>已到达客户现场（%1）</translation>
    </message>
    <message>
        <source>finished the visit (%1)</source>
        <translation>上门服务完成（%1）</translation>
    </message>
    <message>
        <source>cancelled the visit of %1: %2</source>
        <translation>取消了 %1 的上门：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>about %n km · %1</source>
        <translation>
            <numerusform>约 %n 公里 · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laoke::ui::AccountView</name>
    <message>
        <source>My account</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own password before you continue.</source>
        <translation>您的密码由管理员设置。请先设置您自己的密码，然后才能继续。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>No branch (whole company)</source>
        <translation>无（全公司）</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ActivityEditDialog</name>
    <message>
        <source>Log activity</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>编辑跟进记录</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>No particular contact</source>
        <translation>不指定联系人</translation>
    </message>
    <message>
        <source>What was it about, what was agreed?</source>
        <translation>谈了什么，约定了什么？</translation>
    </message>
    <message>
        <source>e.g. send the T+ upgrade quote</source>
        <translation>例如：发送 T+ 升级报价</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next step on</source>
        <translation>下一步日期</translation>
    </message>
    <message>
        <source>%1 changed this activity after you opened it.</source>
        <translation>您打开此活动后，%1 修改了它。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ActivityTimeline</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>Show older (%n more)</source>
        <translation>
            <numerusform>查看更早的记录（还有 %n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Next: %1 (by %2)</source>
        <translation>下一步：%1（%2 前）</translation>
    </message>
    <message>
        <source>Logged by %1</source>
        <translation>%1 记录</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>联系人：%1</translation>
    </message>
</context>
<context>
    <name>laoke::ui::BranchAdminView</name>
    <message>
        <source>The branch list could not be loaded: %1</source>
        <translation>无法加载分公司列表：%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>分公司管理</translation>
    </message>
    <message>
        <source>The branches of your company. Every user except administrators belongs to one.</source>
        <translation>贵公司的各分公司。除管理员外，每位用户都隶属于一个分公司。</translation>
    </message>
    <message>
        <source>New branch…</source>
        <translation>新建分公司…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es)</source>
        <translation>
            <numerusform>共 %n 个分公司</numerusform>
        </translation>
    </message>
    <message>
        <source>Branch %1 was created.</source>
        <translation>已创建分公司 %1。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CalendarYearPanel</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>List the public holidays (days off) and the make-up working days (调休: a Saturday or Sunday worked) as the State Council publishes them. Every other day follows the week: Monday to Friday.</source>
        <translation>按国务院公布的放假安排，列出法定节假日（放假）和调休上班日（周六或周日上班）。其余日子按周一至周五上班。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name (e.g. 春节)</source>
        <translation>名称（如 春节）</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <source>Save this year</source>
        <translation>保存本年日历</translation>
    </message>
    <message>
        <source>%1 (not entered)</source>
        <translation>%1（未录入）</translation>
    </message>
    <message>
        <source>Not entered yet: clocks count Monday to Friday in %1.</source>
        <translation>尚未录入：%1 年的 SLA 按周一至周五计时。</translation>
    </message>
    <message>
        <source>%1 holidays, %2 make-up working days</source>
        <translation>节假日 %1 天，调休上班 %2 天</translation>
    </message>
    <message>
        <source>Holiday (day off)</source>
        <translation>节假日（放假）</translation>
    </message>
    <message>
        <source>Make-up working day (调休)</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 不在 %2 年内。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 重复了。</translation>
    </message>
    <message>
        <source>%1 is a weekday: a make-up working day is a Saturday or Sunday.</source>
        <translation>%1 是工作日：调休上班日应是周六或周日。</translation>
    </message>
    <message>
        <source>The calendar of %1 is saved; SLA clocks use it from now on.</source>
        <translation>%1 年日历已保存，SLA 计时即刻按此执行。</translation>
    </message>
    <message>
        <source>Another administrator changed %1 meanwhile. Reload to see it.</source>
        <translation>另一位管理员刚刚修改了 %1 年日历，请重新加载查看。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CallbackRecordPanel</name>
    <message>
        <source>How did the call go?</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Satisfaction (1 very unhappy … 5 very satisfied)</source>
        <translation>满意度（1 非常不满意 … 5 非常满意）</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>e.g. the period closes now; the engineer was patient</source>
        <translation>例如：现在可以结账了，工程师很耐心</translation>
    </message>
    <message>
        <source>The customer complains</source>
        <translation>客户投诉</translation>
    </message>
    <message>
        <source>Record call</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>Choose a callback in the queue</source>
        <translation>请在回访队列中选择一条</translation>
    </message>
    <message>
        <source>Call the customer back after a ticket is resolved: ask whether the problem is solved and how satisfied they are.</source>
        <translation>工单解决后回访客户：确认问题是否已解决，并了解客户的满意程度。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No contact on file: find the number in the customer&apos;s record</source>
        <translation>没有联系人：请在客户档案中查找电话</translation>
    </message>
    <message>
        <source>Call %1 · %2</source>
        <translation>致电 %1 · %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Resolved %1 by %2 · %3</source>
        <translation>%1 由 %2 解决 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) so far, the last %1: %2</source>
        <translation>
            <numerusform>已拨 %n 次，最近一次 %1：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Solution: %1</source>
        <translation>解决方案：%1</translation>
    </message>
    <message>
        <source>A complaint case will be opened for the branch manager.</source>
        <translation>将为分公司经理创建投诉单。</translation>
    </message>
    <message>
        <source>Choose how the call went.</source>
        <translation>请选择回访结果。</translation>
    </message>
    <message>
        <source>Give the customer&apos;s satisfaction from 1 to 5.</source>
        <translation>请给出客户满意度（1 到 5 分）。</translation>
    </message>
    <message>
        <source>The comment is at most %1 characters.</source>
        <translation>客户反馈最多 %1 个字。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CallbacksView</name>
    <message>
        <source>Someone else recorded a call for this callback meanwhile; the queue shows it as it is now.</source>
        <translation>刚刚有其他人记录了这条回访，队列已显示最新情况。</translation>
    </message>
    <message>
        <source>%1: %2 recorded.</source>
        <translation>%1：已记录“%2”。</translation>
    </message>
    <message>
        <source>The ticket is closed.</source>
        <translation>工单已关闭。</translation>
    </message>
    <message>
        <source>The callback stays in the queue for another call.</source>
        <translation>该回访仍留在队列中，稍后再拨。</translation>
    </message>
    <message>
        <source>A complaint case was opened for the branch manager.</source>
        <translation>已为分公司经理创建投诉单。</translation>
    </message>
    <message>
        <source>Another administrator changed the sample meanwhile; it shows theirs now.</source>
        <translation>另一位管理员刚刚修改了抽样比例，现显示其设置。</translation>
    </message>
    <message>
        <source>From now on %1% of the other customers&apos; resolved tickets get a callback.</source>
        <translation>从现在起，其他客户已解决工单中的 %1% 将安排回访。</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Call back A/B customers always, the others:</source>
        <translation>A/B 类客户全部回访，其他客户抽样：</translation>
    </message>
    <message>
        <source>The share of resolved tickets of customers graded C, D, E or not graded that get a callback</source>
        <translation>C、D、E 级及未评级客户的已解决工单中安排回访的比例</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Callback queue (%1)</source>
        <translation>回访队列（%1）</translation>
    </message>
    <message>
        <source>Complaints (%1)</source>
        <translation>投诉（%1）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No callback is waiting: every resolved ticket has been called back.</source>
        <translation>没有待回访的工单：已解决的工单都已回访。</translation>
    </message>
    <message numerus="yes">
        <source>%n resolved ticket(s) waiting for a callback, oldest first</source>
        <translation>
            <numerusform>%n 张已解决工单待回访，最早解决的在前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laoke::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>设置您自己的密码</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose a new password that only you know before you continue.</source>
        <translation>您的密码由管理员设置。请先设置一个只有您自己知道的新密码，然后才能继续。</translation>
    </message>
    <message>
        <source>After the change, your other sessions on other computers are logged out.</source>
        <translation>修改后，您在其他电脑上的会话将被注销。</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>确认新密码</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ComplaintsPanel</name>
    <message>
        <source>Take the case</source>
        <translation>受理投诉</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>e.g. visited the customer, tuned the database; the customer accepted</source>
        <translation>例如：上门拜访并优化数据库，客户认可</translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation>办结投诉</translation>
    </message>
    <message>
        <source>A customer calls to complain:</source>
        <translation>客户来电投诉：</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>What the customer complains about</source>
        <translation>客户投诉的内容</translation>
    </message>
    <message>
        <source>Register complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>No open complaints.</source>
        <translation>没有未办结的投诉。</translation>
    </message>
    <message>
        <source>Choose a complaint.</source>
        <translation>请选择一条投诉。</translation>
    </message>
    <message>
        <source>%1 · %2 · contact %3 %4 · engineer %5</source>
        <translation>%1 · %2 · 联系人 %3 %4 · 工程师 %5</translation>
    </message>
    <message>
        <source>Opened %1 by %2</source>
        <translation>%1 由 %2 登记</translation>
    </message>
    <message>
        <source>Write down how the complaint was resolved.</source>
        <translation>请填写投诉的处理结果。</translation>
    </message>
    <message>
        <source>Give the ticket number and what the customer complains about.</source>
        <translation>请填写工单号和客户投诉的内容。</translation>
    </message>
    <message>
        <source>No ticket of your branch has this number.</source>
        <translation>本分公司没有这个工单号。</translation>
    </message>
    <message>
        <source>This ticket already has a complaint being handled, or it was cancelled.</source>
        <translation>该工单已有处理中的投诉，或已被取消。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ConflictPanel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您填写的</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>当前已保存的</translation>
    </message>
    <message>
        <source>Changed by the other person</source>
        <translation>对方修改了此项</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 Nothing was saved. These fields now differ from what you typed:</source>
        <translation>%1 您的修改未保存。以下字段与您填写的不同：</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; what you typed matches what is saved now.</source>
        <translation>%1 您的修改未保存；您填写的内容与当前保存的一致。</translation>
    </message>
    <message>
        <source>Reload (discard my changes)</source>
        <translation>重新加载（放弃我的修改）</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Keep what you typed; saving then replaces the other person&apos;s changes.</source>
        <translation>保留您填写的内容；再次保存将覆盖对方的修改。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ContactEditDialog</name>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <source>e.g. 财务经理</source>
        <translation>例如：财务经理</translation>
    </message>
    <message>
        <source>Key contact</source>
        <translation>关键联系人</translation>
    </message>
    <message>
        <source>Someone whose leaving would put the customer at risk (often the chief accountant).</source>
        <translation>此人离职会带来流失风险（通常是账套主管）。</translation>
    </message>
    <message>
        <source>e.g. 13812345678</source>
        <translation>例如：13812345678</translation>
    </message>
    <message>
        <source>e.g. 010-62345678</source>
        <translation>例如：010-62345678</translation>
    </message>
    <message>
        <source>e.g. wang.fang@example.com</source>
        <translation>例如：wang.fang@example.com</translation>
    </message>
    <message>
        <source>Leave empty while they work there.</source>
        <translation>在职期间留空。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 changed this contact after you opened it.</source>
        <translation>您打开此联系人后，%1 修改了它。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ContractEditDialog</name>
    <message>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>编辑合同</translation>
    </message>
    <message>
        <source>Add contract</source>
        <translation>添加合同</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>e.g. HT-2025-0312</source>
        <translation>例如：HT-2025-0312</translation>
    </message>
    <message>
        <source>e.g. 12800.00</source>
        <translation>例如：12800.00</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>This customer has no installed products yet.</source>
        <translation>该客户还没有已购产品。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>合同类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>服务期</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>覆盖产品</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>回款状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>%1 changed this contract after you opened it.</source>
        <translation>您打开此合同后，%1 修改了它。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CreateBranchDialog</name>
    <message>
        <source>New branch</source>
        <translation>新建分公司</translation>
    </message>
    <message>
        <source>e.g. BJ-HD</source>
        <translation>例如 BJ-HD</translation>
    </message>
    <message>
        <source>e.g. 北京海淀分公司</source>
        <translation>例如 北京海淀分公司</translation>
    </message>
    <message>
        <source>e.g. 北京</source>
        <translation>例如 北京</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Create branch</source>
        <translation>创建分公司</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A branch with this code already exists.</source>
        <translation>该编码的分公司已存在。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CreateUserDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>The new user logs in with the initial password and must then choose their own.</source>
        <translation>新用户使用初始密码登录，之后须设置自己的密码。</translation>
    </message>
    <message>
        <source>e.g. zhang.wei</source>
        <translation>例如 zhang.wei</translation>
    </message>
    <message>
        <source>e.g. 张伟</source>
        <translation>例如 张伟</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>请选择角色</translation>
    </message>
    <message>
        <source>Choose a branch</source>
        <translation>请选择分公司</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The branches could not be loaded: %1</source>
        <translation>无法加载分公司：%1</translation>
    </message>
    <message>
        <source>Loading branches…</source>
        <translation>正在加载分公司…</translation>
    </message>
    <message>
        <source>Optional for administrators.</source>
        <translation>管理员可不选。</translation>
    </message>
    <message>
        <source>There are no branches yet: create one under Branches first.</source>
        <translation>尚无分公司：请先在“分公司管理”中创建。</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>该用户名已被使用。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::Customer360Window</name>
    <message>
        <source>the activity of %1</source>
        <translation>%1 的跟进记录</translation>
    </message>
    <message>
        <source>This customer does not exist any more, or it is not in your branch.</source>
        <translation>该客户已不存在，或不属于您的分公司。</translation>
    </message>
    <message>
        <source>The customer could not be loaded: %1</source>
        <translation>无法加载客户资料：%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Older activities could not be loaded: %1</source>
        <translation>无法加载更早的跟进记录：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <source>Log activity</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>A call, visit or WeChat with this customer, logged as of now (Ctrl+L).</source>
        <translation>记录与该客户的一次电话、拜访或微信沟通，时间为现在（Ctrl+L）。</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>编辑资料…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Installed base</source>
        <translation>已购产品</translation>
    </message>
    <message>
        <source>No installed products recorded yet.</source>
        <translation>还没有登记已购产品。</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>No contracts recorded yet.</source>
        <translation>还没有登记合同。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>No contacts yet. Who is the boss, who keeps the books?</source>
        <translation>还没有联系人。谁是老板？谁负责账套？</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Nothing logged yet. &quot;Log activity&quot; records a call or visit in two clicks.</source>
        <translation>还没有跟进记录。点击“记录跟进”，两下即可记录一次电话或拜访。</translation>
    </message>
    <message>
        <source>+ Add</source>
        <translation>+ 添加</translation>
    </message>
    <message>
        <source>+ Log</source>
        <translation>+ 记录</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>%1 – Customer</source>
        <translation>%1 – 客户</translation>
    </message>
    <message>
        <source>Restore customer</source>
        <translation>恢复客户</translation>
    </message>
    <message>
        <source>Archive customer…</source>
        <translation>归档客户…</translation>
    </message>
    <message>
        <source>The activity was logged.</source>
        <translation>跟进记录已保存。</translation>
    </message>
    <message>
        <source>The activity was saved.</source>
        <translation>跟进记录已保存。</translation>
    </message>
    <message>
        <source>The profile was saved.</source>
        <translation>客户资料已保存。</translation>
    </message>
    <message>
        <source>The contact was added.</source>
        <translation>联系人已添加。</translation>
    </message>
    <message>
        <source>The contact was saved.</source>
        <translation>联系人已保存。</translation>
    </message>
    <message>
        <source>The product was added.</source>
        <translation>产品已添加。</translation>
    </message>
    <message>
        <source>The product was saved.</source>
        <translation>产品已保存。</translation>
    </message>
    <message>
        <source>The contract was added.</source>
        <translation>合同已添加。</translation>
    </message>
    <message>
        <source>The contract was saved.</source>
        <translation>合同已保存。</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>合同 %1</translation>
    </message>
    <message>
        <source>Archive %1? It no longer appears here; its history is kept.</source>
        <translation>归档 %1？归档后不再显示在这里，历史记录会保留。</translation>
    </message>
    <message>
        <source>%1 was archived.</source>
        <translation>%1 已归档。</translation>
    </message>
    <message>
        <source>Nothing was archived: %1 was changed by someone else meanwhile. The view now shows the current state.</source>
        <translation>未归档：其他人刚刚修改了 %1。视图已更新为最新状态。</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <source>Archive %1? The customer disappears from the customer list; the records are kept and can be restored.</source>
        <translation>归档 %1？该客户将不再出现在客户列表中；所有记录都会保留，可以恢复。</translation>
    </message>
    <message>
        <source>%1 was restored.</source>
        <translation>%1 已恢复。</translation>
    </message>
    <message>
        <source>Nothing was changed: someone else changed %1 meanwhile. The view now shows the current state.</source>
        <translation>未做更改：其他人刚刚修改了 %1。视图已更新为最新状态。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CustomerBrief</name>
    <message>
        <source>Find the caller by phone number, name or pinyin; their customer appears here.</source>
        <translation>按电话号码、名称或拼音找到来电客户，客户信息显示在这里。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Installed products</source>
        <translation>在用产品</translation>
    </message>
    <message>
        <source>Latest tickets</source>
        <translation>最近工单</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>No service contract: the work will be billable.</source>
        <translation>没有服务合同：本次服务需收费。</translation>
    </message>
    <message numerus="yes">
        <source>Service expired %n day(s) ago (%1): the work will be billable.</source>
        <translation>
            <numerusform>服务已过期 %n 天（%1）：本次服务需收费。</numerusform>
        </translation>
    </message>
    <message>
        <source>In service until %1 (%2)</source>
        <translation>服务期内，至 %1（%2）</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>还没有联系人。</translation>
    </message>
    <message>
        <source>service until %1</source>
        <translation>服务至 %1</translation>
    </message>
    <message>
        <source>No installed products recorded.</source>
        <translation>尚未登记在用产品。</translation>
    </message>
    <message>
        <source>No tickets before.</source>
        <translation>以前没有工单。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CustomerEditDialog</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>编辑客户资料</translation>
    </message>
    <message>
        <source>Only the name is required; the code is assigned when you leave it empty.</source>
        <translation>只有客户名称必填；客户编号留空时自动分配。</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>创建客户</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>e.g. 北京海淀恒达机械制造有限公司</source>
        <translation>例如：北京海淀恒达机械制造有限公司</translation>
    </message>
    <message>
        <source>e.g. 恒达机械</source>
        <translation>例如：恒达机械</translation>
    </message>
    <message>
        <source>Assigned automatically</source>
        <translation>自动分配</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Set by hand for now.</source>
        <translation>目前手工设定。</translation>
    </message>
    <message>
        <source>e.g. 北京</source>
        <translation>例如：北京</translation>
    </message>
    <message>
        <source>e.g. 海淀区</source>
        <translation>例如：海淀区</translation>
    </message>
    <message>
        <source>Customers stay in your branch; an administrator can move them.</source>
        <translation>客户属于您的分公司；管理员可以调整。</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <source>IT maturity</source>
        <translation>信息化程度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>客户状态</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所属分公司</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 saved this customer at %2, after you opened it.</source>
        <translation>%1 在您打开后于 %2 保存了该客户。</translation>
    </message>
    <message>
        <source>Choose a branch</source>
        <translation>选择分公司</translation>
    </message>
    <message>
        <source>Optional: paste from a map&apos;s coordinate picker, e.g. 116.310316,39.992861</source>
        <translation>选填：从地图坐标拾取器复制，如 116.310316,39.992861</translation>
    </message>
    <message>
        <source>The customer&apos;s own latitude and longitude, in either order. Dispatch then estimates the road to the customer instead of to the city centre.</source>
        <translation>客户所在位置的经纬度，先后顺序均可。填写后，派工按到客户的实际路程估算，而不是到市中心。</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CustomerExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Exports every customer of the current list, with its search, filters and sort. An .xlsx file opens in Excel and WPS; a .csv file is UTF-8 for Excel.</source>
        <translation>按当前列表的搜索、筛选和排序导出其中的全部客户。.xlsx 文件可用 Excel 和 WPS 打开；.csv 文件为 UTF-8 编码，适用于 Excel。</translation>
    </message>
    <message>
        <source>customers.xlsx</source>
        <translation>客户.xlsx</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 customers written…</source>
        <translation>已写入 %1 个客户…</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation>已将 %1 个客户导出到 %2。</translation>
    </message>
    <message>
        <source>The export failed and its file was removed: %1</source>
        <translation>导出失败，文件已删除：%1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出；未写入文件。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CustomerFieldMessages</name>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2025-06-30, or leave it empty.</source>
        <translation>日期格式为 YYYY-MM-DD，例如 2025-06-30，也可以留空。</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>Enter the company&apos;s full name: 2 to 100 characters.</source>
        <translation>请填写公司全称：2 到 100 个字符。</translation>
    </message>
    <message>
        <source>Use at most 20 letters, digits or &apos;-&apos;; leave it empty for the next free code.</source>
        <translation>最多 20 个字母、数字或“-”；留空则自动分配编号。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters: digits and capital letters except I, O, S, V and Z.</source>
        <translation>统一社会信用代码为 18 位：数字和大写字母（不含 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>Choose the branch that serves this customer.</source>
        <translation>请选择服务该客户的分公司。</translation>
    </message>
    <message>
        <source>Choose an account manager of the customer&apos;s branch.</source>
        <translation>请选择该客户所属分公司的客户经理。</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s status.</source>
        <translation>请选择客户状态。</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name: at most 32 characters.</source>
        <translation>请填写联系人姓名：最多 32 个字符。</translation>
    </message>
    <message>
        <source>Choose the contact&apos;s role.</source>
        <translation>请选择联系人角色。</translation>
    </message>
    <message>
        <source>Choose the contact&apos;s part in decisions.</source>
        <translation>请选择联系人的决策角色。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19, e.g. 13812345678.</source>
        <translation>手机号为 11 位数字，以 13 至 19 开头，例如 13812345678。</translation>
    </message>
    <message>
        <source>Use 6 to 20 digits or &apos;-&apos;, e.g. 010-62345678.</source>
        <translation>请使用 6 到 20 位数字或“-”，例如 010-62345678。</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as wang.fang@example.com.</source>
        <translation>请填写有效的邮箱地址，例如 wang.fang@example.com。</translation>
    </message>
    <message>
        <source>Choose the product and its version.</source>
        <translation>请选择产品和版本。</translation>
    </message>
    <message>
        <source>Choose only modules of this product line.</source>
        <translation>只能选择该产品线的模块。</translation>
    </message>
    <message>
        <source>Seats must be between 0 and 100,000.</source>
        <translation>站点数须在 0 到 100,000 之间。</translation>
    </message>
    <message>
        <source>Choose the licence type.</source>
        <translation>请选择加密方式。</translation>
    </message>
    <message>
        <source>Choose the kind of contract.</source>
        <translation>请选择合同类型。</translation>
    </message>
    <message>
        <source>Enter the contract number: at most 40 characters.</source>
        <translation>请填写合同编号：最多 40 个字符。</translation>
    </message>
    <message>
        <source>Enter the amount in yuan, e.g. 12800 or 12,800.50: not negative, at most two decimals.</source>
        <translation>请以元为单位填写金额，例如 12800 或 12,800.50：不能为负，最多两位小数。</translation>
    </message>
    <message>
        <source>Write the end date as YYYY-MM-DD, not before the start date.</source>
        <translation>结束日期格式为 YYYY-MM-DD，且不能早于开始日期。</translation>
    </message>
    <message>
        <source>Choose the payment status.</source>
        <translation>请选择回款状态。</translation>
    </message>
    <message>
        <source>Choose only installed products of this customer.</source>
        <translation>只能选择该客户的已购产品。</translation>
    </message>
    <message>
        <source>Choose what kind of contact this was.</source>
        <translation>请选择跟进方式。</translation>
    </message>
    <message>
        <source>Enter when it happened.</source>
        <translation>请填写发生时间。</translation>
    </message>
    <message>
        <source>Write a short summary: at most 2,000 characters.</source>
        <translation>请简要填写内容：最多 2,000 个字符。</translation>
    </message>
    <message>
        <source>Say what the next step is (at most 500 characters), or clear its date.</source>
        <translation>请填写下一步做什么（最多 500 个字符），或清除下一步日期。</translation>
    </message>
    <message>
        <source>Choose a contact of this customer.</source>
        <translation>请选择该客户的联系人。</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>此值无效。</translation>
    </message>
    <message>
        <source>Another customer already has this unified social credit code.</source>
        <translation>已有其他客户使用此统一社会信用代码。</translation>
    </message>
    <message>
        <source>Another customer already has this code.</source>
        <translation>已有其他客户使用此客户编号。</translation>
    </message>
    <message>
        <source>Another customer already has this name; search for it before creating a second one.</source>
        <translation>已有同名客户；请先搜索，避免重复建档。</translation>
    </message>
    <message>
        <source>This contract number is already used.</source>
        <translation>此合同编号已被使用。</translation>
    </message>
    <message>
        <source>This value is already used by another record.</source>
        <translation>此值已被其他记录使用。</translation>
    </message>
    <message>
        <source>Paste the latitude and longitude from a map, e.g. 116.310316,39.992861 (either order, inside China), or leave it empty.</source>
        <translation>请粘贴地图上的经纬度，如 116.310316,39.992861（先后顺序均可，须在中国境内），或留空。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CustomerFilterBar</name>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部大区</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any service state</source>
        <translation>全部服务状态</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部分公司</translation>
    </message>
    <message>
        <source>All account managers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我负责的</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CustomerHeader</name>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>最后修改 %1</translation>
    </message>
    <message>
        <source>Last changed %1 by %2</source>
        <translation>%2 最后修改于 %1</translation>
    </message>
    <message>
        <source>%1
Coordinates: %2</source>
        <translation>%1
坐标：%2</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CustomerListView</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Search name, short name, code, contact, phone or pinyin (bjhd)…</source>
        <translation>搜索名称、简称、编号、联系人、电话或拼音（bjhd）…</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>No customer matches</source>
        <translation>没有符合条件的客户</translation>
    </message>
    <message>
        <source>Check the spelling, try fewer characters or pinyin initials, or clear the filters.</source>
        <translation>请检查输入，试试少输几个字或拼音首字母，或清除筛选条件。</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <source>Create the first one, or import your customer book.</source>
        <translation>新建第一位客户，或导入您的客户资料。</translation>
    </message>
    <message>
        <source>Type at least one Chinese character, two letters or three digits, to search.</source>
        <translation>请至少输入一个汉字、两个字母或三个数字再搜索。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n customer(s); scroll down for more</source>
        <translation>
            <numerusform>已显示前 %n 位客户；向下滚动加载更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>共 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>The customers could not be loaded: %1</source>
        <translation>无法加载客户列表：%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import customers with contacts and products from an .xlsx or .csv file</source>
        <translation>从 .xlsx 或 .csv 文件导入客户及其联系人和产品</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the customers this list shows, with its search, filters and order</source>
        <translation>按当前的搜索、筛选和排序导出列表中的客户</translation>
    </message>
</context>
<context>
    <name>laoke::ui::DateField</name>
    <message>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>laoke::ui::DialogPrompter</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>laoke::ui::DispatchBoardView</name>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Choose a ticket first.</source>
        <translation>请先选择工单。</translation>
    </message>
    <message>
        <source>Choose the engineer on the right.</source>
        <translation>请在右侧选择工程师。</translation>
    </message>
    <message>
        <source>%1 assigned to %2.</source>
        <translation>%1 已派给 %2。</translation>
    </message>
    <message>
        <source>%1 could not be assigned: %2</source>
        <translation>%1 派工失败：%2</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>派工看板</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Waiting for an engineer</source>
        <translation>待派工</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Engineers (drag a ticket onto one)</source>
        <translation>工程师（把工单拖到人名上即可派工）</translation>
    </message>
    <message>
        <source>Assign selected ticket</source>
        <translation>派出所选工单</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 张未结</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n waiting for an engineer</source>
        <translation>
            <numerusform> · %n 张待派工</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n at risk or overdue</source>
        <translation>
            <numerusform> · %n 张即将超时或已超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · showing the %n most recent</source>
        <translation>
            <numerusform> · 显示最近的 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>Skills…</source>
        <translation>技能…</translation>
    </message>
    <message>
        <source>The selected engineer&apos;s product lines, modules, certificates and home city</source>
        <translation>所选工程师擅长的产品线、模块、认证及常驻城市</translation>
    </message>
    <message>
        <source>%1 was not assigned: %2 The board now shows the ticket as it is.</source>
        <translation>%1 未派工：%2看板已显示工单的最新情况。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::DutyRosterView</name>
    <message>
        <source>The roster of %1 is saved.</source>
        <translation>%1 的值班表已保存。</translation>
    </message>
    <message>
        <source>Another manager saved this week&apos;s roster first. Their plan is now shown with your unsaved changes (in bold) on top: check them and save again.</source>
        <translation>另一位经理已先保存了本周值班表。现在显示的是他的安排，您未保存的修改（粗体）仍保留在上面：请核对后再次保存。</translation>
    </message>
    <message>
        <source>Another manager has just saved this week&apos;s roster.</source>
        <translation>另一位经理刚刚保存了本周值班表。</translation>
    </message>
    <message>
        <source>Show their plan</source>
        <translation>查看他的安排</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Duty roster (read-only)</source>
        <translation>值班表（只读）</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Hotline tickets per person a day:</source>
        <translation>每人每天处理热线工单：</translation>
    </message>
    <message>
        <source>How many hotline tickets one person on duty handles in a day; the suggestion divides the expected tickets by it.</source>
        <translation>一名值班人员一天能处理的热线工单数；排班建议用预计工单数除以此数。</translation>
    </message>
    <message>
        <source>Save roster</source>
        <translation>保存值班表</translation>
    </message>
    <message>
        <source>Why these numbers</source>
        <translation>建议依据</translation>
    </message>
    <message>
        <source>Double-click a day to choose the duty.</source>
        <translation>双击某天选择值班类型。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::EngineerProfileDialog</name>
    <message>
        <source>Add skill</source>
        <translation>添加技能</translation>
    </message>
    <message>
        <source>Remove skill</source>
        <translation>删除技能</translation>
    </message>
    <message>
        <source>Skills and home city</source>
        <translation>技能与常驻地</translation>
    </message>
    <message>
        <source>e.g. 苏州 (empty: the branch&apos;s city)</source>
        <translation>如 苏州（留空：按分公司所在城市）</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Home city</source>
        <translation>常驻城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Dispatch suggests people for tickets on the product lines and modules they handle, and counts the road from their city for visits.</source>
        <translation>派工推荐会优先擅长该产品线和模块的人，上门工单还会计算从其常驻城市出发的路程。</translation>
    </message>
    <message>
        <source>Skills and home city of %1</source>
        <translation>%1 的技能与常驻地</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>全部模块</translation>
    </message>
    <message>
        <source>Row %1 repeats a skill listed above.</source>
        <translation>第 %1 行与上面的技能重复。</translation>
    </message>
    <message>
        <source>Another manager saved this profile a moment ago; it now shows theirs. Check it and save again.</source>
        <translation>另一位经理刚刚保存了该资料，现已显示其内容。请核对后再保存。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::FieldMessages</name>
    <message>
        <source>Use 3 to 32 characters: lower-case letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>请使用 3 到 32 个字符：小写字母 a–z、数字、“.”、“_”或“-”，并以字母开头。</translation>
    </message>
    <message>
        <source>Enter a name of at most 64 characters.</source>
        <translation>请输入不超过 64 个字符的名称。</translation>
    </message>
    <message>
        <source>Use at least 8 and at most 128 characters.</source>
        <translation>请使用 8 到 128 个字符。</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <source>Choose the branch this user works in.</source>
        <translation>请选择该用户所属的分公司。</translation>
    </message>
    <message>
        <source>Use 2 to 16 characters: upper-case letters A–Z, digits or &apos;-&apos;.</source>
        <translation>请使用 2 到 16 个字符：大写字母 A–Z、数字或“-”。</translation>
    </message>
    <message>
        <source>Use at most 64 characters.</source>
        <translation>不能超过 64 个字符。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您自己的账户。</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>该值无效。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK). The first row holds the column names; a customer with several contacts or products takes one row each, repeating its name.</source>
        <translation>Excel 工作簿（.xlsx）或 CSV 文件（UTF-8 或 GBK）。第一行为列名；一个客户有多个联系人或产品时，每个占一行，并重复填写客户名称。</translation>
    </message>
    <message>
        <source>e.g. 客户清单.xlsx</source>
        <translation>如：客户清单.xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Columns are recognised by their Chinese or English names (客户名称, 联系人, 手机, 产品, 版本, 服务到期 …); you can correct the mapping in the next step.</source>
        <translation>系统按中文或英文列名识别各列（客户名称、联系人、手机、产品、版本、服务到期……）；下一步可以修改对应关系。</translation>
    </message>
    <message>
        <source>The file has no rows under its header row.</source>
        <translation>文件的标题行下面没有数据行。</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <source>Check what each column of the file holds. Columns set to &quot;(do not import)&quot; are left out.</source>
        <translation>请确认文件中每一列的内容。设为“（不导入）”的列将被忽略。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ImportPreviewModel</name>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>checking at the server…</source>
        <translation>服务器检查中…</translation>
    </message>
    <message>
        <source>ready: new customer</source>
        <translation>可导入：新客户</translation>
    </message>
    <message>
        <source>exists already: will be updated</source>
        <translation>已存在：将更新</translation>
    </message>
    <message>
        <source>exists already: will be skipped</source>
        <translation>已存在：将跳过</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ImportPreviewPage</name>
    <message>
        <source>All or nothing: import only if every row is good</source>
        <translation>全部或全不：所有行都正确时才导入</translation>
    </message>
    <message>
        <source>Import the good rows, skip the bad ones and list them in an error report</source>
        <translation>导入正确的行，跳过有问题的行并生成错误报告</translation>
    </message>
    <message>
        <source>Skip customers that exist already (same name or credit code)</source>
        <translation>跳过已存在的客户（名称或信用代码相同）</translation>
    </message>
    <message>
        <source>Update customers that exist already with the file&apos;s values</source>
        <translation>用文件中的值更新已存在的客户</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Save problems…</source>
        <translation>保存问题清单…</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <source>Every customer the file describes, as the checks see it. Nothing has been changed yet.</source>
        <translation>文件中的每个客户及其检查结果。目前尚未做任何修改。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>When importing</source>
        <translation>导入方式</translation>
    </message>
    <message>
        <source>The server could not check the rows: %1</source>
        <translation>服务器无法检查这些行：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in %1 row(s) of %2.</source>
        <translation>
            <numerusform>%2 中共 %1 行，%n 个客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is checking them…</source>
        <translation>服务器正在检查…</translation>
    </message>
    <message>
        <source>New: %1. Existing already: %2. With problems: %3.</source>
        <translation>新客户：%1 个。已存在：%2 个。有问题：%3 个。</translation>
    </message>
    <message>
        <source>No row can be imported: fix the file and choose it again.</source>
        <translation>没有可导入的行：请修正文件后重新选择。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have problems. Fix them in the file and choose it again, or choose to import the good rows and get an error report.</source>
        <translation>
            <numerusform>有 %n 个客户存在问题。请在文件中修正后重新选择，或选择导入正确的行并生成错误报告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with problems will be left out and listed in the error report.</source>
        <translation>
            <numerusform>有问题的 %n 个客户将不导入，并列入错误报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is good. The import happens in one step: if anything fails, nothing changes.</source>
        <translation>所有行都正确。导入一次完成：任何一处失败都不会修改数据。</translation>
    </message>
    <message>
        <source>Save problems</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <source>import-problems.xlsx</source>
        <translation>导入问题.xlsx</translation>
    </message>
    <message>
        <source>Reading the product catalogue…</source>
        <translation>正在读取产品目录…</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ImportResultPage</name>
    <message>
        <source>Save error report…</source>
        <translation>保存错误报告…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 existing skipped, %4 rejected</source>
        <translation>新建 %1 个，更新 %2 个，跳过已有 %3 个，拒绝 %4 个</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n customer(s) have problems. The customer book is unchanged.</source>
        <translation>
            <numerusform>未导入任何数据：%n 个客户有问题。客户资料没有任何变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import done: %1.</source>
        <translation>导入完成：%1。</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <source>import-errors.xlsx</source>
        <translation>导入错误报告.xlsx</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>The rows are sent to the server, which then imports them in one step.</source>
        <translation>数据先发送到服务器，再由服务器一次性导入。</translation>
    </message>
    <message>
        <source>Sending rows to the server: part %1 of %2</source>
        <translation>正在向服务器发送数据：第 %1 部分，共 %2 部分</translation>
    </message>
    <message>
        <source>The server is importing…</source>
        <translation>服务器正在导入…</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>导入失败。</translation>
    </message>
    <message>
        <source>%1 Nothing was imported: the customer book is unchanged.</source>
        <translation>%1 未导入任何数据：客户资料没有任何变化。</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>%1 The server got the whole import but its answer did not arrive: it may still finish. Check the customer list before importing the file again.</source>
        <translation>%1 服务器已收到全部导入数据，但没有收到它的答复：导入可能仍会完成。再次导入此文件前，请先查看客户列表。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>laoke::ui::InstalledProductEditDialog</name>
    <message>
        <source>New installed product</source>
        <translation>新增已购产品</translation>
    </message>
    <message>
        <source>Edit installed product</source>
        <translation>编辑已购产品</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Choose a product</source>
        <translation>选择产品</translation>
    </message>
    <message>
        <source>Choose a version</source>
        <translation>选择版本</translation>
    </message>
    <message>
        <source>Licensed concurrent seats or users (站点数).</source>
        <translation>授权的并发站点数或用户数（站点数）。</translation>
    </message>
    <message>
        <source>The last day of service (SPS / annual service).</source>
        <translation>服务（SPS/年服务费）的最后一天。</translation>
    </message>
    <message>
        <source>Server, database, account sets, dongle number…</source>
        <translation>服务器、数据库、账套、加密狗编号…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>站点数</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>启用日期</translation>
    </message>
    <message>
        <source>Service until</source>
        <translation>服务到期</translation>
    </message>
    <message>
        <source>Server notes</source>
        <translation>服务器备注</translation>
    </message>
    <message>
        <source>Loading the product catalogue…</source>
        <translation>正在加载产品目录…</translation>
    </message>
    <message>
        <source>The product catalogue is empty: an administrator must add the products first.</source>
        <translation>产品目录为空：请管理员先添加产品。</translation>
    </message>
    <message>
        <source>Released %1 · lifecycle today: &lt;span style=&apos;color:%2; font-weight:600&apos;&gt;%3&lt;/span&gt;</source>
        <translation>%1 发布 · 当前生命周期：&lt;span style=&apos;color:%2; font-weight:600&apos;&gt;%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Choose a product to see its modules.</source>
        <translation>选择产品后显示其模块。</translation>
    </message>
    <message>
        <source>This product line has no modules.</source>
        <translation>该产品线没有模块。</translation>
    </message>
    <message>
        <source>%1 changed this installed product after you opened it.</source>
        <translation>您打开此已装产品后，%1 修改了它。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::KbArticleDialog</name>
    <message>
        <source>Knowledge article</source>
        <translation>知识库文章</translation>
    </message>
    <message>
        <source>Knowledge article: %1</source>
        <translation>知识库文章：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>laoke::ui::KbArticleEditor</name>
    <message>
        <source>New knowledge article</source>
        <translation>新建知识库文章</translation>
    </message>
    <message>
        <source>Edit knowledge article</source>
        <translation>编辑知识库文章</translation>
    </message>
    <message>
        <source>Write it for the next engineer with a caller on the line: what the user sees, why it happens, and the steps that fix it.</source>
        <translation>写给下一位正在接电话的工程师：用户看到什么、为什么会这样、按什么步骤解决。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Product, versions</source>
        <translation>产品与版本</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>现象</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方法</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>搜索词</translation>
    </message>
    <message>
        <source>The problem in the caller&apos;s words, e.g. 月结时提示有未记账凭证</source>
        <translation>用客户的原话描述问题，例如：月结时提示有未记账凭证</translation>
    </message>
    <message>
        <source>Versions, e.g. 13.0–16.1 (empty: all)</source>
        <translation>适用版本，例如 13.0–16.1（留空表示所有版本）</translation>
    </message>
    <message>
        <source>What the user sees: messages, where it happens</source>
        <translation>用户看到的现象：提示信息、在哪一步出现</translation>
    </message>
    <message>
        <source>Why it happens (if known)</source>
        <translation>产生原因（如已知）</translation>
    </message>
    <message>
        <source>The steps that fix it, one per line</source>
        <translation>解决步骤，每行一步</translation>
    </message>
    <message>
        <source>Other words people search by that the text lacks</source>
        <translation>正文中没有、但大家常用来搜索的词</translation>
    </message>
    <message>
        <source>Save article (Ctrl+Enter)</source>
        <translation>保存文章（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>(any category)</source>
        <translation>（不限分类）</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>最多 %n 个字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the article a title of at least 2 characters.</source>
        <translation>请填写标题，至少 2 个字。</translation>
    </message>
    <message>
        <source>Describe what the user sees.</source>
        <translation>请描述用户看到的现象。</translation>
    </message>
    <message>
        <source>Write down the steps that fix it.</source>
        <translation>请填写解决步骤。</translation>
    </message>
    <message>
        <source>This category no longer exists; choose another.</source>
        <translation>该分类已不存在，请另选一个。</translation>
    </message>
    <message>
        <source>This product line no longer exists; choose another.</source>
        <translation>该产品线已不存在，请另选一个。</translation>
    </message>
    <message>
        <source>This article was deleted by someone else; your changes cannot be saved.</source>
        <translation>这篇文章已被他人删除，您的修改无法保存。</translation>
    </message>
    <message>
        <source>%1 saved this article at %2, after you opened it.</source>
        <translation>在您打开之后，%1 于 %2 保存了这篇文章。</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>laoke::ui::KbArticleReader</name>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>选择一篇文章，在这里阅读。</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>现象</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方法</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>所有版本</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>不限分类</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>%1 · written by %2 · last changed %3 by %4</source>
        <translation>%1 · 作者：%2 · 最后由 %4 修改于 %3</translation>
    </message>
</context>
<context>
    <name>laoke::ui::KnowledgeBaseView</name>
    <message>
        <source>Type at least one Chinese character or two letters to search.</source>
        <translation>请至少输入一个汉字或两个字母再搜索。</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>The caller&apos;s words, e.g. 月结 未记账 (Enter searches)</source>
        <translation>客户的原话，例如：月结 未记账（回车搜索）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <source>All product lines</source>
        <translation>所有产品线</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有分类</translation>
    </message>
    <message>
        <source>No article has all these words. Try fewer or other words.</source>
        <translation>没有同时包含这些词的文章。请减少或换几个词试试。</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n articles; add a word or a filter to narrow the search.</source>
        <translation>
            <numerusform>仅显示前 %n 篇；请增加搜索词或筛选条件缩小范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found.</source>
        <translation>
            <numerusform>找到 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Archive article</source>
        <translation>归档文章</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? Searches and suggestions will no longer show it; the tickets it was used on keep their link.</source>
        <translation>归档“%1”？搜索和推荐中将不再显示；已关联的工单仍保留关联。</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Someone else changed this article a moment ago; read it again before archiving.</source>
        <translation>有人刚刚修改了这篇文章，请重新阅读后再归档。</translation>
    </message>
    <message>
        <source>Archived &quot;%1&quot;.</source>
        <translation>已归档“%1”。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复文章</translation>
    </message>
    <message>
        <source>Someone else changed this article a moment ago; read it again before restoring.</source>
        <translation>刚才有人修改了这篇文章，请重新阅读后再恢复。</translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot;: searches and suggestions show it again.</source>
        <translation>已恢复“%1”：搜索和推荐会重新显示它。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::LoginDialog</name>
    <message>
        <source>Remember this server</source>
        <translation>记住服务器</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Laoke — Log in</source>
        <translation>老客 — 登录</translation>
    </message>
    <message>
        <source>Laoke</source>
        <translation>老客</translation>
    </message>
    <message>
        <source>Log in to your company&apos;s Laoke server.</source>
        <translation>登录到贵公司的老客服务器。</translation>
    </message>
    <message>
        <source>host:port, e.g. crm.example.com:7443</source>
        <translation>主机:端口，例如 crm.example.com:7443</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Login cancelled.</source>
        <translation>已取消登录。</translation>
    </message>
    <message>
        <source>Enter the server address as host or host:port, e.g. crm.example.com:7443.</source>
        <translation>请按“主机”或“主机:端口”格式输入服务器地址，例如 crm.example.com:7443。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Connection refused: the server&apos;s certificate differs from the trusted one.</source>
        <translation>已拒绝连接：服务器证书与受信任的证书不一致。</translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s certificate was not trusted.</source>
        <translation>未连接：未信任服务器证书。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::MainWindow</name>
    <message>
        <source>Laoke CRM</source>
        <translation>老客 CRM</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>语言(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Trusted servers…</source>
        <translation>受信任的服务器(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Laoke</source>
        <translation>关于老客(&amp;A)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>分公司管理</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting…</source>
        <translation>连接已断开，正在重新连接…</translation>
    </message>
    <message>
        <source>Reconnected at %1</source>
        <translation>已于 %1 重新连接</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>About Laoke</source>
        <translation>关于老客</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Laoke %1&lt;/h3&gt;&lt;p&gt;Customer relationship management for ERP channel partners: keep your existing customers and grow with them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;老客 %1&lt;/h3&gt;&lt;p&gt;面向 ERP 渠道服务商的客户关系管理：留住老客户，与老客户共同成长。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>派工看板</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>服务级别</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>%1: the customer complains. Take the case within 2 working hours.</source>
        <translation>%1：客户投诉，请在 2 个工作小时内受理。</translation>
    </message>
    <message>
        <source>Show complaint</source>
        <translation>查看投诉</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>服务报表</translation>
    </message>
</context>
<context>
    <name>laoke::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>laoke::ui::OwnerCombo</name>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
</context>
<context>
    <name>laoke::ui::RecommendationPanel</name>
    <message>
        <source>Recommended for this ticket</source>
        <translation>推荐人选</translation>
    </message>
    <message>
        <source>Choose a ticket to see who suits it best.</source>
        <translation>选择一张工单，查看最合适的人选。</translation>
    </message>
    <message>
        <source>Ranking the engineers…</source>
        <translation>正在排序工程师…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Nobody else in the branch takes tickets.</source>
        <translation>本分公司没有其他可派工的人。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::RecordEditDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>This record was archived or deleted by someone else; your changes cannot be saved.</source>
        <translation>此记录已被其他人归档或删除；您的修改无法保存。</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ReportCharts</name>
    <message>
        <source>SLA met and first-contact resolution</source>
        <translation>SLA 达标率与一次解决率</translation>
    </message>
    <message>
        <source>No tickets were resolved in this period</source>
        <translation>该期间没有已解决的工单</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA 达标率</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>一次解决率</translation>
    </message>
    <message>
        <source>First response (working time)</source>
        <translation>首次响应时长（工作时间）</translation>
    </message>
    <message>
        <source>Resolution (working time)</source>
        <translation>解决时长（工作时间）</translation>
    </message>
    <message>
        <source>no resolved tickets</source>
        <translation>没有已解决的工单</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>no scores given in this period</source>
        <translation>该期间没有回访评分</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分次数</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Callback scores by month</source>
        <translation>每月回访评分</translation>
    </message>
    <message>
        <source>Callback scores by week</source>
        <translation>每周回访评分（按每周一）</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Set a new password for %1. Their open sessions end, and they must choose their own password at the next login. Tell them the new password in person or by phone.</source>
        <translation>为 %1 设置新密码。其当前会话将被注销，下次登录时须设置自己的密码。请当面或通过电话告知新密码。</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ServiceLevelsView</name>
    <message>
        <source>The working calendar of %1 is not entered: SLA clocks count Monday to Friday that year, without its holidays. Enter the holidays the State Council published.</source>
        <translation>%1 年的工作日历尚未录入：该年 SLA 按周一至周五计时，不含节假日。请录入国务院公布的放假安排。</translation>
    </message>
    <message>
        <source>Enter %1</source>
        <translation>录入 %1 年</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>服务级别</translation>
    </message>
    <message>
        <source>Targets and working hours</source>
        <translation>时限与工作时间</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Ticket categories</source>
        <translation>工单分类</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ServiceReportsView</name>
    <message>
        <source>All branches</source>
        <translation>全部分公司</translation>
    </message>
    <message>
        <source>The period ends before it starts; choose the dates again.</source>
        <translation>结束日期早于开始日期，请重新选择。</translation>
    </message>
    <message>
        <source>The newest %1 of %2 complaint cases.</source>
        <translation>显示最新的 %1 条投诉（共 %2 条）。</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint case(s) opened in this period.</source>
        <translation>
            <numerusform>该期间新增投诉 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not exported: %1</source>
        <translation>报表未能导出：%1</translation>
    </message>
    <message>
        <source>The report is saved to %1.</source>
        <translation>报表已保存到 %1。</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Service reports</source>
        <translation>服务报表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Dates of my choice</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation>已解决工单</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA 达标率</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>一次解决率</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>No tickets were resolved in this period. Choose a longer period, or another branch.</source>
        <translation>该期间没有已解决的工单。可以选择更长的期间，或其他分公司。</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Customer grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA 达标</translation>
    </message>
    <message>
        <source>Engineer KPIs</source>
        <translation>工程师 KPI</translation>
    </message>
    <message>
        <source>Time to respond and resolve</source>
        <translation>响应与解决时长</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Complaint list</source>
        <translation>投诉清单</translation>
    </message>
    <message>
        <source>Working time from opening to the first answer, waiting for the customer left out.</source>
        <translation>从建单到首次响应的工作时间，不含等待客户的时间。</translation>
    </message>
    <message>
        <source>Working time from opening to the resolution, waiting for the customer left out.</source>
        <translation>从建单到解决的工作时间，不含等待客户的时间。</translation>
    </message>
    <message>
        <source>Answered within %1</source>
        <translation>%1内响应</translation>
    </message>
    <message>
        <source>Answered quickly</source>
        <translation>及时响应</translation>
    </message>
    <message>
        <source>Resolved within %1</source>
        <translation>%1内解决</translation>
    </message>
    <message>
        <source>Resolved quickly</source>
        <translation>及时解决</translation>
    </message>
</context>
<context>
    <name>laoke::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Trusted servers</source>
        <translation>受信任的服务器</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The change applies at once and is remembered on this computer.</source>
        <translation>更改立即生效，并保存在本机。</translation>
    </message>
    <message>
        <source>Pinned server certificates</source>
        <translation>已固定的服务器证书</translation>
    </message>
    <message>
        <source>This computer trusts these servers because their certificate fingerprint was confirmed at the first login. Forget a server only when your administrator has replaced its certificate; you then verify the new fingerprint at the next login.</source>
        <translation>本机信任以下服务器，因为首次登录时已确认其证书指纹。仅当管理员更换了服务器证书时才需移除该服务器，下次登录时再核对新指纹。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>证书指纹（SHA-256）</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>证书颁发机构（CA）</translation>
    </message>
    <message>
        <source>If your administrator gave you a CA certificate file (PEM), servers are verified against it instead of pinned fingerprints.</source>
        <translation>如果管理员提供了 CA 证书文件（PEM 格式），将使用该文件验证服务器，而不使用已固定的指纹。</translation>
    </message>
    <message>
        <source>No CA file: pinned fingerprints are used</source>
        <translation>未设置 CA 文件：使用已固定的指纹</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose CA certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This file contains no PEM certificate.</source>
        <translation>该文件不包含 PEM 格式的证书。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::SlaSettingsPanel</name>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Periods of a working day</source>
        <translation>每个工作日的时段</translation>
    </message>
    <message>
        <source>09:00-12:00, 13:00-18:00</source>
        <translation>09:00-12:00, 13:00-18:00</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>服务时间</translation>
    </message>
    <message>
        <source>5×8: working days (holidays off, make-up days worked)</source>
        <translation>5×8：工作日（节假日休息，调休日上班）</translation>
    </message>
    <message>
        <source>7×8: every day of the year</source>
        <translation>7×8：全年每天</translation>
    </message>
    <message>
        <source>Accounting close periods</source>
        <translation>会计结账期</translation>
    </message>
    <message>
        <source>Raise tickets opened in a close period one priority level</source>
        <translation>结账期内受理的工单优先级上调一级</translation>
    </message>
    <message>
        <source>Month-end: last days of the month</source>
        <translation>月结：每月最后几天</translation>
    </message>
    <message>
        <source>… and first days of the next</source>
        <translation>……以及次月头几天</translation>
    </message>
    <message>
        <source>Year-end carry-forward (MM-DD)</source>
        <translation>年结期间（月-日）</translation>
    </message>
    <message>
        <source>SLA targets</source>
        <translation>SLA 时限</translation>
    </message>
    <message>
        <source>In working hours; — means no target. A grade&apos;s own rule wins over the rule for every grade.</source>
        <translation>单位为工作小时；“—”表示不设时限。某一等级自己的规则优先于“所有等级”的规则。</translation>
    </message>
    <message>
        <source>Customer grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Onsite arrival</source>
        <translation>上门到达</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Save service levels</source>
        <translation>保存服务级别</translation>
    </message>
    <message>
        <source>One working day is %1 hours.</source>
        <translation>一个工作日为 %1 小时。</translation>
    </message>
    <message>
        <source>Every grade</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <source>Give the desk&apos;s working hours, e.g. 09:00-12:00, 13:00-18:00.</source>
        <translation>请填写工作时间，例如 09:00-12:00, 13:00-18:00。</translation>
    </message>
    <message>
        <source>Write working hours like 09:00-12:00, separated by commas.</source>
        <translation>工作时间请写成 09:00-12:00 的形式，多个时段用逗号分隔。</translation>
    </message>
    <message>
        <source>The period %1-%2 ends before it starts.</source>
        <translation>时段 %1-%2 的结束早于开始。</translation>
    </message>
    <message>
        <source>The periods must be in order and must not overlap.</source>
        <translation>时段需按先后顺序且不能重叠。</translation>
    </message>
    <message>
        <source>Write the year-end period&apos;s days like 12-15 and 01-31.</source>
        <translation>年结期间请写成 12-15 和 01-31 的形式。</translation>
    </message>
    <message>
        <source>Two rules are for the same grade and priority; remove one.</source>
        <translation>有两条规则的等级和优先级相同，请删除一条。</translation>
    </message>
    <message>
        <source>Saved. New and open tickets are measured this way from now on.</source>
        <translation>已保存。新工单和未结工单从现在起按此计时。</translation>
    </message>
    <message>
        <source>Another administrator saved the service levels meanwhile. Reload to see theirs.</source>
        <translation>另一位管理员刚刚保存了服务级别，请重新加载查看。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>laoke::ui::SuggestedArticles</name>
    <message>
        <source>used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>This article helps with the call: link it to the ticket when it is created</source>
        <translation>这篇文章对本次来电有用：创建工单时关联到工单</translation>
    </message>
</context>
<context>
    <name>laoke::ui::TicketCategoryPanel</name>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新增分组</translation>
    </message>
    <message>
        <source>New sub-type in this group</source>
        <translation>在此分组下新增子类</translation>
    </message>
    <message>
        <source>Smaller numbers come first; the shipped categories are numbered in tens.</source>
        <translation>数字小的排在前面；系统自带的分类按 10、20、30… 编号。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>New sub-type of %1</source>
        <translation>%1的新子类</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Sub-type of %1</source>
        <translation>%1的子类</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Offer it again for new tickets and articles</source>
        <translation>重新用于新工单和知识文章</translation>
    </message>
    <message>
        <source>No longer offered; tickets and articles that have it keep it</source>
        <translation>不再供选择；已使用它的工单和文章保持不变</translation>
    </message>
    <message>
        <source>Give the category a Chinese name.</source>
        <translation>请填写分类的中文名称。</translation>
    </message>
    <message>
        <source>Give the category an English name (the English desktop shows it).</source>
        <translation>请填写分类的英文名称（英文界面显示它）。</translation>
    </message>
    <message>
        <source>Another administrator changed this category a moment ago; it now shows their change.</source>
        <translation>另一位管理员刚刚修改了这个分类，现在显示的是修改后的内容。</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::TicketEditDialog</name>
    <message>
        <source>(not categorised yet)</source>
        <translation>（暂不分类）</translation>
    </message>
    <message>
        <source>Correct ticket %1</source>
        <translation>更正工单 %1</translation>
    </message>
    <message>
        <source>Correct ticket %1 · %2</source>
        <translation>更正工单 %1 · %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Product / module</source>
        <translation>产品 / 模块</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Changing the priority changes the SLA targets.</source>
        <translation>调整优先级会改变 SLA 时限。</translation>
    </message>
    <message>
        <source>Only a branch manager changes the priority.</source>
        <translation>只有分公司经理可以调整优先级。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>(no particular product)</source>
        <translation>（不指定产品）</translation>
    </message>
    <message>
        <source>(any module)</source>
        <translation>（不指定模块）</translation>
    </message>
    <message>
        <source>Write what the problem is.</source>
        <translation>请填写问题。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::TicketFormDialog</name>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>New service ticket</source>
        <translation>新建服务工单</translation>
    </message>
    <message>
        <source>&amp;Caller</source>
        <translation>来电(&amp;C)</translation>
    </message>
    <message>
        <source>Phone number, customer name or pinyin, then Enter</source>
        <translation>电话号码、客户名称或拼音，回车选定</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>问题(&amp;S)</translation>
    </message>
    <message>
        <source>What the customer reports, in a few words</source>
        <translation>客户反映的问题，一句话</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Error messages, steps, what was tried</source>
        <translation>报错信息、操作步骤、已尝试的办法</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Create ticket (Ctrl+Enter)</source>
        <translation>创建工单（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>联系人 %1</translation>
    </message>
    <message>
        <source>No customer found. Check the number, or search by name.</source>
        <translation>没有找到客户。请核对号码，或按名称查找。</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>(no particular product)</source>
        <translation>（不指定产品）</translation>
    </message>
    <message>
        <source>(any module)</source>
        <translation>（不指定模块）</translation>
    </message>
    <message>
        <source>(not categorised yet)</source>
        <translation>（暂不分类）</translation>
    </message>
    <message numerus="yes">
        <source>%n similar past ticket(s), %1 of this customer</source>
        <translation>
            <numerusform>%n 张相似的历史工单，其中 %1 张是该客户的</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n similar past ticket(s)</source>
        <translation>
            <numerusform>%n 张相似的历史工单</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the customer first.</source>
        <translation>请先找到客户。</translation>
    </message>
    <message>
        <source>Write what the problem is.</source>
        <translation>请填写问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n of this customer&apos;s past tickets</source>
        <translation>
            <numerusform>该客户的 %n 张历史工单</numerusform>
        </translation>
    </message>
    <message>
        <source>Like similar tickets:</source>
        <translation>相似工单建议：</translation>
    </message>
    <message>
        <source>Usual for this customer:</source>
        <translation>该客户常见：</translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1 was created, but %n article(s) could not be linked: %2</source>
        <translation>
            <numerusform>工单 %1 已创建，但有 %n 篇文章未能关联：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>相关文章</translation>
    </message>
</context>
<context>
    <name>laoke::ui::TicketKbSection</name>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Write an article from this ticket…</source>
        <translation>据此工单写文章…</translation>
    </message>
    <message>
        <source>Opens a new article with this ticket&apos;s category, product, subject and solution; once saved it is linked to the ticket.</source>
        <translation>新建一篇文章，预先填好本工单的分类、产品、问题和解决方案；保存后自动关联到本工单。</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>This article solves the ticket: link it (counts as used)</source>
        <translation>这篇文章解决了本工单的问题：关联它（计为使用一次）</translation>
    </message>
    <message>
        <source>linked by %1</source>
        <translation>%1 关联</translation>
    </message>
    <message>
        <source>No article linked yet.</source>
        <translation>尚未关联文章。</translation>
    </message>
    <message numerus="yes">
        <source>Linked (%n):</source>
        <translation>
            <numerusform>已关联（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested for this ticket:</source>
        <translation>推荐文章：</translation>
    </message>
</context>
<context>
    <name>laoke::ui::TicketPane</name>
    <message>
        <source>The ticket was just changed.</source>
        <translation>工单刚刚有变动。</translation>
    </message>
    <message>
        <source>%1 just changed this ticket.</source>
        <translation>%1 刚刚修改了此工单。</translation>
    </message>
    <message>
        <source>Choose a ticket to see it here.</source>
        <translation>选择一张工单，在这里查看。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>What was done or agreed (Enter adds it to the log)</source>
        <translation>做了什么、约定了什么（回车记入）</translation>
    </message>
    <message>
        <source>Add to log</source>
        <translation>记入</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>需收费</translation>
    </message>
    <message>
        <source>The customer&apos;s service had ended when the ticket was opened.</source>
        <translation>受理时客户的服务已到期。</translation>
    </message>
    <message>
        <source>%1: &lt;span style=&apos;color:%2; font-weight:600&apos;&gt;%3&lt;/span&gt; · %4 of %5 working hours used</source>
        <translation>%1：&lt;span style=&apos;color:%2; font-weight:600&apos;&gt;%3&lt;/span&gt; · 已用 %4 / %5 工时</translation>
    </message>
    <message>
        <source>%1 · open 360 view</source>
        <translation>%1 · 打开客户 360 视图</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Not categorised</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>First responder</source>
        <translation>首问负责人</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未派工</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>opened the ticket</source>
        <translation>受理了工单</translation>
    </message>
    <message>
        <source>noted: %1</source>
        <translation>记录：%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source> (engineer: %1)</source>
        <translation>（工程师：%1）</translation>
    </message>
    <message>
        <source>Who works on this ticket?</source>
        <translation>由谁处理这张工单？</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n open</source>
        <translation>
            <numerusform>%1 · %n 张未结</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Solution: what fixed it, so the next engineer can reuse it</source>
        <translation>解决方案：怎么解决的，方便下一位工程师参考</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose an engineer.</source>
        <translation>请选择工程师。</translation>
    </message>
    <message>
        <source>Write down the solution.</source>
        <translation>请填写解决方案。</translation>
    </message>
    <message>
        <source>Write down the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Someone else changed this ticket a moment ago. It now shows their change; check it and try again.</source>
        <translation>有人刚刚修改了这张工单，现已显示最新内容；请核对后重试。</translation>
    </message>
    <message>
        <source>%1 (raised: close period)</source>
        <translation>%1（结账期上调）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Correct the subject, contact, product, category or description</source>
        <translation>更正主题、联系人、产品、分类或描述</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not categorised</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>subject “%1” → “%2”</source>
        <translation>主题“%1”→“%2”</translation>
    </message>
    <message>
        <source>description rewritten</source>
        <translation>改写了描述</translation>
    </message>
    <message>
        <source>contact %1 → %2</source>
        <translation>联系人 %1 → %2</translation>
    </message>
    <message>
        <source>product %1 → %2</source>
        <translation>产品 %1 → %2</translation>
    </message>
    <message>
        <source>module %1 → %2</source>
        <translation>模块 %1 → %2</translation>
    </message>
    <message>
        <source>category %1 → %2</source>
        <translation>分类 %1 → %2</translation>
    </message>
    <message>
        <source>priority %1 → %2</source>
        <translation>优先级 %1 → %2</translation>
    </message>
    <message>
        <source>corrected the ticket: %1</source>
        <translation>更正了工单：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>laoke::ui::TodayRoutePanel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No onsite visit today.</source>
        <translation>今天没有上门安排。</translation>
    </message>
    <message>
        <source>All of today&apos;s visits are done.</source>
        <translation>今天的上门都已完成。</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) to go, in this order</source>
        <translation>
            <numerusform>还有 %n 处上门，按此顺序</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed this visit a moment ago; the route shows it as it is now.</source>
        <translation>有人刚刚修改了这次上门，路线已显示最新情况。</translation>
    </message>
    <message>
        <source>Today&apos;s onsite route</source>
        <translation>今日上门路线</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <source>Visit done</source>
        <translation>上门完成</translation>
    </message>
    <message numerus="yes">
        <source>; about %n km of road today</source>
        <translation>
            <numerusform>；今天路程约 %n 公里</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n visit(s) cannot be reached on time</source>
        <translation>
            <numerusform>；%n 处上门赶不上约定时间</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laoke::ui::TrustCertificateDialog</name>
    <message>
        <source>Verify the server</source>
        <translation>验证服务器</translation>
    </message>
    <message>
        <source>Is this your company&apos;s Laoke server?</source>
        <translation>这是贵公司的老客服务器吗？</translation>
    </message>
    <message>
        <source>This computer has not connected to %1 before. Compare the certificate fingerprint below with the one laoke-server writes to its log when it starts (your administrator can read it to you).</source>
        <translation>本机此前从未连接过 %1。请将下方的证书指纹与 laoke-server 启动时写入日志的指纹进行核对（可请管理员念给您听）。</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>证书指纹（SHA-256）</translation>
    </message>
    <message>
        <source>Trust it only if every character matches. This computer then remembers the certificate and warns you if the server ever presents a different one.</source>
        <translation>只有每个字符都一致时才可信任。此后本机会记住该证书，一旦服务器出示不同的证书，将向您发出警告。</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>信任并连接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>已拒绝连接</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server&apos;s certificate has changed.&lt;/b&gt;&lt;br&gt;The certificate presented by %1 differs from the one this computer trusted before. Someone may be intercepting the connection. The connection was refused.</source>
        <translation>&lt;b&gt;服务器证书已更改。&lt;/b&gt;&lt;br&gt;%1 出示的证书与本机此前信任的证书不一致，连接可能正被他人拦截。本次连接已被拒绝。</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256)</source>
        <translation>受信任的证书（SHA-256）</translation>
    </message>
    <message>
        <source>Certificate presented now (SHA-256)</source>
        <translation>当前出示的证书（SHA-256）</translation>
    </message>
    <message>
        <source>Do not log in. If your administrator has really replaced the server&apos;s certificate, ask for the new fingerprint, remove %1 under Settings → Trusted servers, and connect again to verify it.</source>
        <translation>请勿登录。如果管理员确实更换了服务器证书，请向其索取新指纹，在“设置 → 受信任的服务器”中移除 %1，然后重新连接并核对新指纹。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>laoke::ui::UserAdminView</name>
    <message>
        <source>The user list could not be loaded: %1</source>
        <translation>无法加载用户列表：%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>List reloaded. %1 is now: %2.</source>
        <translation>列表已重新加载。%1 当前状态：%2。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>Everyone who works with Laoke in your company. Disabled users cannot log in; their history is kept.</source>
        <translation>贵公司所有使用老客的人员。已停用的用户无法登录，其历史记录将予以保留。</translation>
    </message>
    <message>
        <source>Filter by name, user name, role or branch…</source>
        <translation>按姓名、用户名、角色或分公司筛选…</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Change your own password under My account.</source>
        <translation>请在“我的账户”中修改您自己的密码。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>共 %n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n user(s)</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was created. Give them the initial password; they choose their own at the first login.</source>
        <translation>已创建 %1。请将初始密码告知对方，对方首次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Disable %1? They are logged out at once and can no longer log in. You can enable the account again later.</source>
        <translation>确定停用 %1 吗？该用户将立即被注销且无法再登录。以后可以重新启用该账户。</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 已重新启用，可以登录。</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>The password of %1 was reset. They must choose a new one at the next login.</source>
        <translation>已重置 %1 的密码，该用户下次登录时须设置新密码。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 was changed by someone else after this list was loaded.</source>
        <translation>未做任何修改：加载此列表后，%1 已被他人修改。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
</context>
<context>
    <name>laoke::ui::VisitSection</name>
    <message>
        <source>Onsite service needed: no visit booked yet.</source>
        <translation>需要上门：尚未预约。</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) booked</source>
        <translation>
            <numerusform>已预约 %n 次上门</numerusform>
        </translation>
    </message>
    <message>
        <source>Book a visit to %1</source>
        <translation>预约上门：%1</translation>
    </message>
    <message>
        <source>Book visit</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Move the visit</source>
        <translation>上门改约</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Move visit</source>
        <translation>改约</translation>
    </message>
    <message>
        <source>Cancel the visit of %1: why?</source>
        <translation>取消 %1 的上门：原因？</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>取消上门</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>e.g. the customer solved it with remote help</source>
        <translation>如：已远程协助解决</translation>
    </message>
    <message>
        <source>Whom to ask for, what to bring</source>
        <translation>找谁、带什么</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 has no other visit that day.</source>
        <translation>%1 当天没有其他上门。</translation>
    </message>
    <message>
        <source>%1 that day: %2</source>
        <translation>%1 当天已有：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Write down why the visit is cancelled.</source>
        <translation>请写明取消上门的原因。</translation>
    </message>
    <message>
        <source>Choose who goes.</source>
        <translation>请选择上门人员。</translation>
    </message>
    <message>
        <source>%1 is already at %2 then (%3, %4).</source>
        <translation>%1 这个时间已在 %2（%3，%4）。</translation>
    </message>
    <message>
        <source>Someone else changed this visit a moment ago; it now shows their change.</source>
        <translation>有人刚刚修改了这次上门，现已显示最新内容。</translation>
    </message>
    <message>
        <source>The engineer is already booked then, or the time is out of range (at most a day back, three months ahead).</source>
        <translation>该工程师这个时间已有安排，或时间超出范围（最早一天前，最晚三个月后）。</translation>
    </message>
    <message>
        <source>Onsite visits</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>Book a visit…</source>
        <translation>预约上门…</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <source>Visit done</source>
        <translation>上门完成</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>改约…</translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation>取消上门…</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>预计时长</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Empty: the customer&apos;s address on file</source>
        <translation>留空：使用客户档案地址</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>1.5 hours</source>
        <translation>1.5 小时</translation>
    </message>
    <message>
        <source>No visit booked.</source>
        <translation>暂无上门安排。</translation>
    </message>
</context>
<context>
    <name>laoke::ui::WorkbenchView</name>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ticket %1 is open for %2.</source>
        <translation>已为 %2 创建工单 %1。</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <source>New ticket (F2)</source>
        <translation>新建工单（F2）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s) you own or work on</source>
        <translation>
            <numerusform>您负责或处理的未结工单 %n 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n at risk or overdue</source>
        <translation>
            <numerusform> · %n 张即将超时或已超时</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing open: no ticket you own or work on is waiting.</source>
        <translation>没有未结工单：您负责或处理的工单都已办完。</translation>
    </message>
</context>
<context>
    <name>protocol</name>
    <message>
        <source>no ticket category is called &quot;%1&quot;</source>
        <translation>没有叫“%1”的工单分类</translation>
    </message>
</context>
</TS>
