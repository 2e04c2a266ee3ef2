<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BlockingClient</name>
    <message>
        <source>Run &apos;laokectl passwd&apos; to change it.</source>
        <translation>Run &apos;laokectl passwd&apos; to change it.</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted by the CA file %2: %3</source>
        <translation>the certificate of %1 is not trusted by the CA file %2: %3</translation>
    </message>
    <message>
        <source>refusing to connect: %1 presented the certificate %2, not the one given with --trust-fingerprint (%3); the connection may be intercepted, check the server log</source>
        <translation>refusing to connect: %1 presented the certificate %2, not the one given with --trust-fingerprint (%3); the connection may be intercepted, check the server log</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted yet; its SHA-256 fingerprint is %2; check it against the fingerprint in the server log, then pass --trust-fingerprint %2</source>
        <translation>the certificate of %1 is not trusted yet; its SHA-256 fingerprint is %2; check it against the fingerprint in the server log, then pass --trust-fingerprint %2</translation>
    </message>
</context>
<context>
    <name>BranchCommands</name>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>CITY</translation>
    </message>
    <message>
        <source>the branch name must not be empty</source>
        <translation>the branch name must not be empty</translation>
    </message>
    <message>
        <source>Created branch %1 (%2).</source>
        <translation>Created branch %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ClientError</name>
    <message>
        <source>The user name is not valid. Use 3 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>The user name is not valid. Use 3 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</translation>
    </message>
    <message>
        <source>The display name must be 1 to 64 characters long.</source>
        <translation>The display name must be 1 to 64 characters long.</translation>
    </message>
    <message>
        <source>The password must be %1 to %2 characters long.</source>
        <translation>The password must be %1 to %2 characters long.</translation>
    </message>
    <message>
        <source>The branch code must be 2 to 16 upper-case letters, digits or &apos;-&apos;.</source>
        <translation>The branch code must be 2 to 16 upper-case letters, digits or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A value is not valid.</source>
        <translation>A value is not valid.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not valid.</source>
        <translation>The value of &quot;%1&quot; is not valid.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>This user name is already taken.</translation>
    </message>
    <message>
        <source>This branch code is already taken.</source>
        <translation>This branch code is already taken.</translation>
    </message>
    <message>
        <source>This name or code is already taken.</source>
        <translation>This name or code is already taken.</translation>
    </message>
    <message>
        <source>The server did not understand the request. This program may be out of date.</source>
        <translation>The server did not understand the request. This program may be out of date.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in and try again.</source>
        <translation>You are not signed in. Sign in and try again.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>The record does not exist (any more).</source>
        <translation>The record does not exist (any more).</translation>
    </message>
    <message>
        <source>Someone else changed this record; reload and try again.</source>
        <translation>Someone else changed this record; reload and try again.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>The server is busy. Try again in a moment.</translation>
    </message>
    <message>
        <source>This program and the server speak different protocol versions. Install the matching version.</source>
        <translation>This program and the server speak different protocol versions. Install the matching version.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. The account is locked; try again later.</source>
        <translation>Too many failed sign-in attempts. The account is locked; try again later.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator.</source>
        <translation>This account is disabled. Ask your administrator.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Your session has ended. Sign in again.</translation>
    </message>
    <message>
        <source>The server refused the request at this point. This program may be out of date.</source>
        <translation>The server refused the request at this point. This program may be out of date.</translation>
    </message>
    <message>
        <source>You must change your password before you continue.</source>
        <translation>You must change your password before you continue.</translation>
    </message>
    <message>
        <source>The server could not complete the request. If this keeps happening, ask your administrator to check the server log.</source>
        <translation>The server could not complete the request. If this keeps happening, ask your administrator to check the server log.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the network and try again.</source>
        <translation>The server did not answer in time. Check the network and try again.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before it answered. Check whether the change was saved before you repeat it.</source>
        <translation>The connection to the server was lost before it answered. Check whether the change was saved before you repeat it.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Compare its fingerprint with the one your administrator gave you.</source>
        <translation>The server&apos;s certificate is not trusted. Compare its fingerprint with the one your administrator gave you.</translation>
    </message>
    <message>
        <source>Cannot connect to the server. Check the address and the network.</source>
        <translation>Cannot connect to the server. Check the address and the network.</translation>
    </message>
    <message>
        <source>Choose a branch: every role except administrator belongs to one.</source>
        <translation>Choose a branch: every role except administrator belongs to one.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in %1 s.</source>
        <translation>The server is busy. Try again in %1 s.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. The account is locked; try again in %1 min.</source>
        <translation>Too many failed sign-in attempts. The account is locked; try again in %1 min.</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Password for %1 at %2: </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>the laoke-server to talk to (default port 7443)</source>
        <translation>the laoke-server to talk to (default port 7443)</translation>
    </message>
    <message>
        <source>the user name to sign in with</source>
        <translation>the user name to sign in with</translation>
    </message>
    <message>
        <source>read the password from the first line of FILE (else LAOKE_PASSWORD, else a prompt)</source>
        <translation>read the password from the first line of FILE (else LAOKE_PASSWORD, else a prompt)</translation>
    </message>
    <message>
        <source>trust server certificates issued by the CA in FILE (PEM)</source>
        <translation>trust server certificates issued by the CA in FILE (PEM)</translation>
    </message>
    <message>
        <source>trust exactly the server certificate with this SHA-256 fingerprint (else LAOKE_TRUST_FINGERPRINT)</source>
        <translation>trust exactly the server certificate with this SHA-256 fingerprint (else LAOKE_TRUST_FINGERPRINT)</translation>
    </message>
    <message>
        <source>print one JSON document instead of tables</source>
        <translation>print one JSON document instead of tables</translation>
    </message>
    <message>
        <source>display name of a new user, or name of a new branch</source>
        <translation>display name of a new user, or name of a new branch</translation>
    </message>
    <message>
        <source>admin, branch_manager, account_manager or engineer</source>
        <translation>admin, branch_manager, account_manager or engineer</translation>
    </message>
    <message>
        <source>code of the branch a new user belongs to</source>
        <translation>code of the branch a new user belongs to</translation>
    </message>
    <message>
        <source>city of a new branch</source>
        <translation>city of a new branch</translation>
    </message>
    <message>
        <source>read the new password from the first line of FILE (else a prompt)</source>
        <translation>read the new password from the first line of FILE (else a prompt)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>show this help</translation>
    </message>
    <message>
        <source>give either --ca or --trust-fingerprint, not both</source>
        <translation>give either --ca or --trust-fingerprint, not both</translation>
    </message>
    <message>
        <source>cannot read the CA file %1</source>
        <translation>cannot read the CA file %1</translation>
    </message>
    <message>
        <source>LAOKE_TRUST_FINGERPRINT is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>LAOKE_TRUST_FINGERPRINT is not a SHA-256 fingerprint (64 hex digits)</translation>
    </message>
    <message>
        <source>--trust-fingerprint is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>--trust-fingerprint is not a SHA-256 fingerprint (64 hex digits)</translation>
    </message>
    <message>
        <source>no command given; see laokectl --help</source>
        <translation>no command given; see laokectl --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see laokectl --help</source>
        <translation>unknown command &quot;%1&quot;; see laokectl --help</translation>
    </message>
    <message>
        <source>usage: laokectl [options] %1</source>
        <translation>usage: laokectl [options] %1</translation>
    </message>
    <message>
        <source>the option --%1 does not apply to &quot;%2&quot;</source>
        <translation>the option --%1 does not apply to &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --%2</source>
        <translation>&quot;%1&quot; needs --%2</translation>
    </message>
    <message>
        <source>--server HOST:PORT is required</source>
        <translation>--server HOST:PORT is required</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; is not a HOST:PORT address</source>
        <translation>--server: &quot;%1&quot; is not a HOST:PORT address</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --user</source>
        <translation>&quot;%1&quot; needs --user</translation>
    </message>
    <message>
        <source>Usage: laokectl --server HOST:PORT [--user USER] [options] COMMAND [ARGUMENTS]</source>
        <translation>Usage: laokectl --server HOST:PORT [--user USER] [options] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Administers a Laoke server from the command line.</source>
        <translation>Administers a Laoke server from the command line.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the server refused or failed the request, 2 usage error, 3 connection or certificate problem.</source>
        <translation>Exit codes: 0 success, 1 the server refused or failed the request, 2 usage error, 3 connection or certificate problem.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>list all branches</source>
        <translation>list all branches</translation>
    </message>
    <message>
        <source>create a branch</source>
        <translation>create a branch</translation>
    </message>
    <message>
        <source>check that the server answers (no sign-in); shows round trip and version</source>
        <translation>check that the server answers (no sign-in); shows round trip and version</translation>
    </message>
    <message>
        <source>sign in and show who you are</source>
        <translation>sign in and show who you are</translation>
    </message>
    <message>
        <source>change your own password</source>
        <translation>change your own password</translation>
    </message>
    <message>
        <source>list all users</source>
        <translation>list all users</translation>
    </message>
    <message>
        <source>create a user; the initial password must be changed at first sign-in</source>
        <translation>create a user; the initial password must be changed at first sign-in</translation>
    </message>
    <message>
        <source>stop a user from signing in</source>
        <translation>stop a user from signing in</translation>
    </message>
    <message>
        <source>let a disabled user sign in again</source>
        <translation>let a disabled user sign in again</translation>
    </message>
    <message>
        <source>set a new password for a user, to be changed at next sign-in</source>
        <translation>set a new password for a user, to be changed at next sign-in</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>cannot read the password file %1: %2</translation>
    </message>
    <message>
        <source>the first line of the password file %1 is empty</source>
        <translation>the first line of the password file %1 is empty</translation>
    </message>
    <message>
        <source>no password given and no terminal to ask on; use --password-file or LAOKE_PASSWORD</source>
        <translation>no password given and no terminal to ask on; use --password-file or LAOKE_PASSWORD</translation>
    </message>
    <message>
        <source>no password entered</source>
        <translation>no password entered</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Repeat it: </translation>
    </message>
    <message>
        <source>the two passwords do not match</source>
        <translation>the two passwords do not match</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>must change password</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>%1 answered in %2 ms (server version %3)</source>
        <translation>%1 answered in %2 ms (server version %3)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Session expires:</source>
        <translation>Session expires:</translation>
    </message>
    <message>
        <source>Password changed for %1.</source>
        <translation>Password changed for %1.</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>USER NAME</source>
        <translation>USER NAME</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation>BRANCH</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LAST SIGN-IN</source>
        <translation>LAST SIGN-IN</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use admin, branch_manager, account_manager or engineer</source>
        <translation>unknown role &quot;%1&quot;; use admin, branch_manager, account_manager or engineer</translation>
    </message>
    <message>
        <source>Created user %1 (%2); the password must be changed at the first sign-in.</source>
        <translation>Created user %1 (%2); the password must be changed at the first sign-in.</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>Password of %1 reset.</translation>
    </message>
    <message>
        <source>User %1 is enabled.</source>
        <translation>User %1 is enabled.</translation>
    </message>
    <message>
        <source>User %1 is disabled.</source>
        <translation>User %1 is disabled.</translation>
    </message>
    <message>
        <source>there is no branch with the code &quot;%1&quot;</source>
        <translation>there is no branch with the code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no user named &quot;%1&quot;</source>
        <translation>there is no user named &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>laoke::client::BranchListModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
</context>
<context>
    <name>laoke::client::RoleNames</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Branch manager</source>
        <translation>Branch manager</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <source>Service engineer</source>
        <translation>Service engineer</translation>
    </message>
</context>
<context>
    <name>laoke::client::UserListModel</name>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Must change the password at the next login</source>
        <translation>Must change the password at the next login</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
</context>
<context>
    <name>laoke::ui::AccountView</name>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own password before you continue.</source>
        <translation>Your password was set by an administrator. Choose your own password before you continue.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>No branch (whole company)</source>
        <translation>No branch (whole company)</translation>
    </message>
</context>
<context>
    <name>laoke::ui::BranchAdminView</name>
    <message>
        <source>The branch list could not be loaded: %1</source>
        <translation>The branch list could not be loaded: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>The branches of your company. Every user except administrators belongs to one.</source>
        <translation>The branches of your company. Every user except administrators belongs to one.</translation>
    </message>
    <message>
        <source>New branch…</source>
        <translation>New branch…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es)</source>
        <translation>
            <numerusform>%n branch</numerusform>
            <numerusform>%n branches</numerusform>
        </translation>
    </message>
    <message>
        <source>Branch %1 was created.</source>
        <translation>Branch %1 was created.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>Choose your own password</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose a new password that only you know before you continue.</source>
        <translation>Your password was set by an administrator. Choose a new password that only you know before you continue.</translation>
    </message>
    <message>
        <source>After the change, your other sessions on other computers are logged out.</source>
        <translation>After the change, your other sessions on other computers are logged out.</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CreateBranchDialog</name>
    <message>
        <source>New branch</source>
        <translation>New branch</translation>
    </message>
    <message>
        <source>e.g. BJ-HD</source>
        <translation>e.g. BJ-HD</translation>
    </message>
    <message>
        <source>e.g. 北京海淀分公司</source>
        <translation>e.g. 北京海淀分公司</translation>
    </message>
    <message>
        <source>e.g. 北京</source>
        <translation>e.g. 北京</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Create branch</source>
        <translation>Create branch</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A branch with this code already exists.</source>
        <translation>A branch with this code already exists.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CreateUserDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>The new user logs in with the initial password and must then choose their own.</source>
        <translation>The new user logs in with the initial password and must then choose their own.</translation>
    </message>
    <message>
        <source>e.g. zhang.wei</source>
        <translation>e.g. zhang.wei</translation>
    </message>
    <message>
        <source>e.g. 张伟</source>
        <translation>e.g. 张伟</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>Choose a role</translation>
    </message>
    <message>
        <source>Choose a branch</source>
        <translation>Choose a branch</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Create user</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The branches could not be loaded: %1</source>
        <translation>The branches could not be loaded: %1</translation>
    </message>
    <message>
        <source>Loading branches…</source>
        <translation>Loading branches…</translation>
    </message>
    <message>
        <source>Optional for administrators.</source>
        <translation>Optional for administrators.</translation>
    </message>
    <message>
        <source>There are no branches yet: create one under Branches first.</source>
        <translation>There are no branches yet: create one under Branches first.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>This user name is already taken.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::DialogPrompter</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>laoke::ui::FieldMessages</name>
    <message>
        <source>Use 3 to 32 characters: lower-case letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Use 3 to 32 characters: lower-case letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</translation>
    </message>
    <message>
        <source>Enter a name of at most 64 characters.</source>
        <translation>Enter a name of at most 64 characters.</translation>
    </message>
    <message>
        <source>Use at least 8 and at most 128 characters.</source>
        <translation>Use at least 8 and at most 128 characters.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Choose a role.</translation>
    </message>
    <message>
        <source>Choose the branch this user works in.</source>
        <translation>Choose the branch this user works in.</translation>
    </message>
    <message>
        <source>Use 2 to 16 characters: upper-case letters A–Z, digits or &apos;-&apos;.</source>
        <translation>Use 2 to 16 characters: upper-case letters A–Z, digits or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Use at most 64 characters.</source>
        <translation>Use at most 64 characters.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>This value is not accepted.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::LoginDialog</name>
    <message>
        <source>Remember this server</source>
        <translation>Remember this server</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Laoke — Log in</source>
        <translation>Laoke — Log in</translation>
    </message>
    <message>
        <source>Laoke</source>
        <translation>Laoke</translation>
    </message>
    <message>
        <source>Log in to your company&apos;s Laoke server.</source>
        <translation>Log in to your company&apos;s Laoke server.</translation>
    </message>
    <message>
        <source>host:port, e.g. crm.example.com:7443</source>
        <translation>host:port, e.g. crm.example.com:7443</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Login cancelled.</source>
        <translation>Login cancelled.</translation>
    </message>
    <message>
        <source>Enter the server address as host or host:port, e.g. crm.example.com:7443.</source>
        <translation>Enter the server address as host or host:port, e.g. crm.example.com:7443.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Connection refused: the server&apos;s certificate differs from the trusted one.</source>
        <translation>Connection refused: the server&apos;s certificate differs from the trusted one.</translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s certificate was not trusted.</source>
        <translation>Not connected: the server&apos;s certificate was not trusted.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::MainWindow</name>
    <message>
        <source>Laoke CRM</source>
        <translation>Laoke CRM</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Language…</translation>
    </message>
    <message>
        <source>&amp;Trusted servers…</source>
        <translation>&amp;Trusted servers…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Laoke</source>
        <translation>&amp;About Laoke</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting…</source>
        <translation>Connection lost, reconnecting…</translation>
    </message>
    <message>
        <source>Reconnected at %1</source>
        <translation>Reconnected at %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>About Laoke</source>
        <translation>About Laoke</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Laoke %1&lt;/h3&gt;&lt;p&gt;Customer relationship management for ERP channel partners: keep your existing customers and grow with them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Laoke %1&lt;/h3&gt;&lt;p&gt;Customer relationship management for ERP channel partners: keep your existing customers and grow with them.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>laoke::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Set a new password for %1. Their open sessions end, and they must choose their own password at the next login. Tell them the new password in person or by phone.</source>
        <translation>Set a new password for %1. Their open sessions end, and they must choose their own password at the next login. Tell them the new password in person or by phone.</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>laoke::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Trusted servers</source>
        <translation>Trusted servers</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Language of the user interface</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>The change applies at once and is remembered on this computer.</source>
        <translation>The change applies at once and is remembered on this computer.</translation>
    </message>
    <message>
        <source>Pinned server certificates</source>
        <translation>Pinned server certificates</translation>
    </message>
    <message>
        <source>This computer trusts these servers because their certificate fingerprint was confirmed at the first login. Forget a server only when your administrator has replaced its certificate; you then verify the new fingerprint at the next login.</source>
        <translation>This computer trusts these servers because their certificate fingerprint was confirmed at the first login. Forget a server only when your administrator has replaced its certificate; you then verify the new fingerprint at the next login.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>Certificate fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Forget</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <source>If your administrator gave you a CA certificate file (PEM), servers are verified against it instead of pinned fingerprints.</source>
        <translation>If your administrator gave you a CA certificate file (PEM), servers are verified against it instead of pinned fingerprints.</translation>
    </message>
    <message>
        <source>No CA file: pinned fingerprints are used</source>
        <translation>No CA file: pinned fingerprints are used</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose CA certificate</source>
        <translation>Choose CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>This file contains no PEM certificate.</source>
        <translation>This file contains no PEM certificate.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::TrustCertificateDialog</name>
    <message>
        <source>Verify the server</source>
        <translation>Verify the server</translation>
    </message>
    <message>
        <source>Is this your company&apos;s Laoke server?</source>
        <translation>Is this your company&apos;s Laoke server?</translation>
    </message>
    <message>
        <source>This computer has not connected to %1 before. Compare the certificate fingerprint below with the one laoke-server writes to its log when it starts (your administrator can read it to you).</source>
        <translation>This computer has not connected to %1 before. Compare the certificate fingerprint below with the one laoke-server writes to its log when it starts (your administrator can read it to you).</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>Certificate fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Trust it only if every character matches. This computer then remembers the certificate and warns you if the server ever presents a different one.</source>
        <translation>Trust it only if every character matches. This computer then remembers the certificate and warns you if the server ever presents a different one.</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Trust and connect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connection refused</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server&apos;s certificate has changed.&lt;/b&gt;&lt;br&gt;The certificate presented by %1 differs from the one this computer trusted before. Someone may be intercepting the connection. The connection was refused.</source>
        <translation>&lt;b&gt;The server&apos;s certificate has changed.&lt;/b&gt;&lt;br&gt;The certificate presented by %1 differs from the one this computer trusted before. Someone may be intercepting the connection. The connection was refused.</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256)</source>
        <translation>Trusted certificate (SHA-256)</translation>
    </message>
    <message>
        <source>Certificate presented now (SHA-256)</source>
        <translation>Certificate presented now (SHA-256)</translation>
    </message>
    <message>
        <source>Do not log in. If your administrator has really replaced the server&apos;s certificate, ask for the new fingerprint, remove %1 under Settings → Trusted servers, and connect again to verify it.</source>
        <translation>Do not log in. If your administrator has really replaced the server&apos;s certificate, ask for the new fingerprint, remove %1 under Settings → Trusted servers, and connect again to verify it.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>laoke::ui::UserAdminView</name>
    <message>
        <source>The user list could not be loaded: %1</source>
        <translation>The user list could not be loaded: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>List reloaded. %1 is now: %2.</source>
        <translation>List reloaded. %1 is now: %2.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Everyone who works with Laoke in your company. Disabled users cannot log in; their history is kept.</source>
        <translation>Everyone who works with Laoke in your company. Disabled users cannot log in; their history is kept.</translation>
    </message>
    <message>
        <source>Filter by name, user name, role or branch…</source>
        <translation>Filter by name, user name, role or branch…</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Change your own password under My account.</source>
        <translation>Change your own password under My account.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n user(s)</source>
        <translation>
            <numerusform>Showing %1 of %n user</numerusform>
            <numerusform>Showing %1 of %n users</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was created. Give them the initial password; they choose their own at the first login.</source>
        <translation>%1 was created. Give them the initial password; they choose their own at the first login.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>Disable %1? They are logged out at once and can no longer log in. You can enable the account again later.</source>
        <translation>Disable %1? They are logged out at once and can no longer log in. You can enable the account again later.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 can log in again.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 is disabled.</translation>
    </message>
    <message>
        <source>The password of %1 was reset. They must choose a new one at the next login.</source>
        <translation>The password of %1 was reset. They must choose a new one at the next login.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 was changed by someone else after this list was loaded.</source>
        <translation>Nothing was changed: %1 was changed by someone else after this list was loaded.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
</context>
</TS>
