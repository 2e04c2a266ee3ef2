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
        <source>code of the branch a new user belongs to</source>
        <translation>新用户所属分公司的编码</translation>
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
    <name>laoke::ui::DialogPrompter</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
</context>
<context>
    <name>laoke::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
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
</TS>
