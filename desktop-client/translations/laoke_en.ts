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
    <message>
        <source>the connection to the server was lost: %1</source>
        <translation>the connection to the server was lost: %1</translation>
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
    <name>CallbackCommands</name>
    <message>
        <source>TICKET</source>
        <translation>TICKET</translation>
    </message>
    <message>
        <source>RESOLVED</source>
        <translation>RESOLVED</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>CUSTOMER</translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation>GRADE</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACT</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUBJECT</translation>
    </message>
    <message>
        <source>ENGINEER</source>
        <translation>ENGINEER</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>ATTEMPTS</translation>
    </message>
    <message>
        <source>No callbacks are waiting.</source>
        <translation>No callbacks are waiting.</translation>
    </message>
    <message>
        <source>--satisfaction is a score from 1 to 5</source>
        <translation>--satisfaction is a score from 1 to 5</translation>
    </message>
    <message>
        <source>a reached customer gives a score: add --satisfaction 1..5</source>
        <translation>a reached customer gives a score: add --satisfaction 1..5</translation>
    </message>
    <message>
        <source>ticket &quot;%1&quot; has no callback waiting</source>
        <translation>ticket &quot;%1&quot; has no callback waiting</translation>
    </message>
    <message>
        <source>Recorded: %1 for %2 (%3), call %4.</source>
        <translation>Recorded: %1 for %2 (%3), call %4.</translation>
    </message>
    <message>
        <source>The callback stays in the queue for another call.</source>
        <translation>The callback stays in the queue for another call.</translation>
    </message>
    <message>
        <source>Ticket %1 is closed.</source>
        <translation>Ticket %1 is closed.</translation>
    </message>
    <message>
        <source>Complaint case %1 is opened for the branch managers.</source>
        <translation>Complaint case %1 is opened for the branch managers.</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>wrong number</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>there is no branch with the code &quot;%1&quot;</source>
        <translation>there is no branch with the code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No more calls are made; ticket %1 closes by itself three days after its resolution, unless it is reopened.</source>
        <translation>No more calls are made; ticket %1 closes by itself three days after its resolution, unless it is reopened.</translation>
    </message>
</context>
<context>
    <name>CatalogueMatcher</name>
    <message>
        <source>&quot;%1&quot; is not a product line of the catalogue; it has %2</source>
        <translation>&quot;%1&quot; is not a product line of the catalogue; it has %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the catalogue has no versions of %1 yet; an administrator adds them under Products</source>
        <translation>the catalogue has no versions of %1 yet; an administrator adds them under Products</translation>
    </message>
    <message>
        <source>%1 has no version &quot;%2&quot; in the catalogue; it has %3</source>
        <translation>%1 has no version &quot;%2&quot; in the catalogue; it has %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a module of %2 in the catalogue</source>
        <translation>&quot;%1&quot; is not a module of %2 in the catalogue</translation>
    </message>
</context>
<context>
    <name>CategoryCombo</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
</context>
<context>
    <name>CategoryCommands</name>
    <message>
        <source>say what to change: --zh, --en or --position</source>
        <translation>say what to change: --zh, --en or --position</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already retired</source>
        <translation>&quot;%1&quot; is already retired</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in use</source>
        <translation>&quot;%1&quot; is in use</translation>
    </message>
    <message>
        <source>--position is a number from 0 to 100000</source>
        <translation>--position is a number from 0 to 100000</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>CHINESE</source>
        <translation>CHINESE</translation>
    </message>
    <message>
        <source>ENGLISH</source>
        <translation>ENGLISH</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSITION</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in use</translation>
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
    <message>
        <source>--limit must be a number from 1 to %1</source>
        <translation>--limit must be a number from 1 to %1</translation>
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
    <message>
        <source>only customers with this status: active, dormant or lost (comma separated)</source>
        <translation>only customers with this status: active, dormant or lost (comma separated)</translation>
    </message>
    <message>
        <source>export only the customers this search finds</source>
        <translation>export only the customers this search finds</translation>
    </message>
    <message>
        <source>import the good rows and report the bad ones (default: all or nothing)</source>
        <translation>import the good rows and report the bad ones (default: all or nothing)</translation>
    </message>
    <message>
        <source>update customers that exist already (same name or credit code) instead of skipping them</source>
        <translation>update customers that exist already (same name or credit code) instead of skipping them</translation>
    </message>
    <message>
        <source>check the import and report what it would do, changing nothing</source>
        <translation>check the import and report what it would do, changing nothing</translation>
    </message>
    <message>
        <source>show at most N rows (default 50)</source>
        <translation>show at most N rows (default 50)</translation>
    </message>
    <message>
        <source>only tickets someone still has to work on</source>
        <translation>only tickets someone still has to work on</translation>
    </message>
    <message>
        <source>only tickets you own or work on</source>
        <translation>only tickets you own or work on</translation>
    </message>
    <message>
        <source>only this customer&apos;s tickets</source>
        <translation>only this customer&apos;s tickets</translation>
    </message>
    <message>
        <source>what the problem is, in a line</source>
        <translation>what the problem is, in a line</translation>
    </message>
    <message>
        <source>hotline (default), remote, onsite, wechat or walk_in</source>
        <translation>hotline (default), remote, onsite, wechat or walk_in</translation>
    </message>
    <message>
        <source>urgent, high, normal (default) or consult</source>
        <translation>urgent, high, normal (default) or consult</translation>
    </message>
    <message>
        <source>the problem in the customer&apos;s words</source>
        <translation>the problem in the customer&apos;s words</translation>
    </message>
    <message>
        <source>the user name of the engineer to give the ticket to</source>
        <translation>the user name of the engineer to give the ticket to</translation>
    </message>
    <message>
        <source>how the problem was solved</source>
        <translation>how the problem was solved</translation>
    </message>
    <message>
        <source>the title of a knowledge article</source>
        <translation>the title of a knowledge article</translation>
    </message>
    <message>
        <source>what the user sees (error message, screen)</source>
        <translation>what the user sees (error message, screen)</translation>
    </message>
    <message>
        <source>why it happens</source>
        <translation>why it happens</translation>
    </message>
    <message>
        <source>the versions an article holds for, free text (U8+ 13.0–16.1)</source>
        <translation>the versions an article holds for, free text (U8+ 13.0–16.1)</translation>
    </message>
    <message>
        <source>further words an article should be found by</source>
        <translation>further words an article should be found by</translation>
    </message>
    <message>
        <source>read the article from FILE: JSON with the fields above, or lines &quot;field: text&quot; (following lines continue the field); options override it</source>
        <translation>read the article from FILE: JSON with the fields above, or lines &quot;field: text&quot; (following lines continue the field); options override it</translation>
    </message>
    <message>
        <source>code of a branch: a new user&apos;s, or the one whose callbacks to list</source>
        <translation>code of a branch: a new user&apos;s, or the one whose callbacks to list</translation>
    </message>
    <message>
        <source>how the callback went: reached, no_answer, wrong_number or refused</source>
        <translation>how the callback went: reached, no_answer, wrong_number or refused</translation>
    </message>
    <message>
        <source>the customer&apos;s satisfaction, 5 the best (reached only)</source>
        <translation>the customer&apos;s satisfaction, 5 the best (reached only)</translation>
    </message>
    <message>
        <source>what the customer said</source>
        <translation>what the customer said</translation>
    </message>
    <message>
        <source>the customer complains: opens a complaint case</source>
        <translation>the customer complains: opens a complaint case</translation>
    </message>
    <message>
        <source>the roster week holding DATE (YYYY-MM-DD; default this week)</source>
        <translation>the roster week holding DATE (YYYY-MM-DD; default this week)</translation>
    </message>
    <message>
        <source>a short note on a roster day (at most 60 characters)</source>
        <translation>a short note on a roster day (at most 60 characters)</translation>
    </message>
    <message>
        <source>move a ticket someone is already assigned to (branch managers)</source>
        <translation>move a ticket someone is already assigned to (branch managers)</translation>
    </message>
    <message>
        <source>a ticket category by code or name (month_end, year_end.stuck_task, 年度结转); a group includes its sub-types; tickets edit: none clears it</source>
        <translation>a ticket category by code or name (month_end, year_end.stuck_task, 年度结转); a group includes its sub-types; tickets edit: none clears it</translation>
    </message>
    <message>
        <source>the customer&apos;s contact by name or phone number, or none</source>
        <translation>the customer&apos;s contact by name or phone number, or none</translation>
    </message>
    <message>
        <source>a module of the installed product (总账), or none</source>
        <translation>a module of the installed product (总账), or none</translation>
    </message>
    <message>
        <source>a category&apos;s Chinese name</source>
        <translation>a category&apos;s Chinese name</translation>
    </message>
    <message>
        <source>a category&apos;s English name</source>
        <translation>a category&apos;s English name</translation>
    </message>
    <message>
        <source>the group a new category belongs to (code or name)</source>
        <translation>the group a new category belongs to (code or name)</translation>
    </message>
    <message>
        <source>where a category stands among its siblings; smaller first</source>
        <translation>where a category stands among its siblings; smaller first</translation>
    </message>
    <message>
        <source>retired categories too</source>
        <translation>retired categories too</translation>
    </message>
    <message>
        <source>why a ticket is opened again</source>
        <translation>why a ticket is opened again</translation>
    </message>
    <message>
        <source>a product line by code or name (u8plus, 用友U8+); searches also find articles for every line; tickets create and edit: the customer&apos;s installed product (用友U8+ 16.0), or none to clear it</source>
        <translation>a product line by code or name (u8plus, 用友U8+); searches also find articles for every line; tickets create and edit: the customer&apos;s installed product (用友U8+ 16.0), or none to clear it</translation>
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
    <message>
        <source>find customers by name, code, contact, phone or pinyin</source>
        <translation>find customers by name, code, contact, phone or pinyin</translation>
    </message>
    <message>
        <source>show a customer&apos;s profile, contacts, installed base, contracts and activities</source>
        <translation>show a customer&apos;s profile, contacts, installed base, contracts and activities</translation>
    </message>
    <message>
        <source>import customers with contacts and products from .xlsx or .csv (UTF-8 or GBK)</source>
        <translation>import customers with contacts and products from .xlsx or .csv (UTF-8 or GBK)</translation>
    </message>
    <message>
        <source>export the customers that match to .xlsx or .csv</source>
        <translation>export the customers that match to .xlsx or .csv</translation>
    </message>
    <message>
        <source>list tickets, newest first</source>
        <translation>list tickets, newest first</translation>
    </message>
    <message>
        <source>show a ticket with its SLA clocks and history</source>
        <translation>show a ticket with its SLA clocks and history</translation>
    </message>
    <message>
        <source>open a ticket for a customer; you become its owner</source>
        <translation>open a ticket for a customer; you become its owner</translation>
    </message>
    <message>
        <source>record the solution of a ticket you work on</source>
        <translation>record the solution of a ticket you work on</translation>
    </message>
    <message>
        <source>close a resolved ticket after the callback</source>
        <translation>close a resolved ticket after the callback</translation>
    </message>
    <message>
        <source>print live updates (JSON lines) until interrupted</source>
        <translation>print live updates (JSON lines) until interrupted</translation>
    </message>
    <message>
        <source>find knowledge articles having every word of TEXT, title matches and the most used first</source>
        <translation>find knowledge articles having every word of TEXT, title matches and the most used first</translation>
    </message>
    <message>
        <source>show a knowledge article: symptom, cause and solution</source>
        <translation>show a knowledge article: symptom, cause and solution</translation>
    </message>
    <message>
        <source>write a knowledge article (engineers, branch managers and admins)</source>
        <translation>write a knowledge article (engineers, branch managers and admins)</translation>
    </message>
    <message>
        <source>record that a knowledge article was used on a ticket (links them once)</source>
        <translation>record that a knowledge article was used on a ticket (links them once)</translation>
    </message>
    <message>
        <source>archive a knowledge article: searches and suggestions no longer show it</source>
        <translation>archive a knowledge article: searches and suggestions no longer show it</translation>
    </message>
    <message>
        <source>list the callbacks waiting after resolution, oldest resolution first</source>
        <translation>list the callbacks waiting after resolution, oldest resolution first</translation>
    </message>
    <message>
        <source>record a callback call; reached closes the ticket, a score of 2 or less or --complaint opens a complaint case</source>
        <translation>record a callback call; reached closes the ticket, a score of 2 or less or --complaint opens a complaint case</translation>
    </message>
    <message>
        <source>show a week&apos;s duty roster with the hotline staffing suggestion per day (admins name the branch)</source>
        <translation>show a week&apos;s duty roster with the hotline staffing suggestion per day (admins name the branch)</translation>
    </message>
    <message>
        <source>put a person on a duty for a day (branch managers and admins)</source>
        <translation>put a person on a duty for a day (branch managers and admins)</translation>
    </message>
    <message>
        <source>restore an archived knowledge article: searches and suggestions show it again</source>
        <translation>restore an archived knowledge article: searches and suggestions show it again</translation>
    </message>
    <message>
        <source>give a ticket to an engineer (yourself unless --to); --reassign moves it from the engineer who has it</source>
        <translation>give a ticket to an engineer (yourself unless --to); --reassign moves it from the engineer who has it</translation>
    </message>
    <message>
        <source>list the ticket categories (--all: retired ones too)</source>
        <translation>list the ticket categories (--all: retired ones too)</translation>
    </message>
    <message>
        <source>add a ticket category, or a sub-type of --group (administrators)</source>
        <translation>add a ticket category, or a sub-type of --group (administrators)</translation>
    </message>
    <message>
        <source>rename or move a ticket category (administrators)</source>
        <translation>rename or move a ticket category (administrators)</translation>
    </message>
    <message>
        <source>stop offering a ticket category; tickets keep it (administrators)</source>
        <translation>stop offering a ticket category; tickets keep it (administrators)</translation>
    </message>
    <message>
        <source>offer a retired ticket category again (administrators)</source>
        <translation>offer a retired ticket category again (administrators)</translation>
    </message>
    <message>
        <source>correct an open ticket (priority: branch managers); the log records what changed</source>
        <translation>correct an open ticket (priority: branch managers); the log records what changed</translation>
    </message>
    <message>
        <source>open a resolved or closed ticket again (the problem came back)</source>
        <translation>open a resolved or closed ticket again (the problem came back)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>CustomerCommands</name>
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
        <source>OWNER</source>
        <translation>OWNER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation>GRADE</translation>
    </message>
    <message>
        <source>SERVICE END</source>
        <translation>SERVICE END</translation>
    </message>
    <message>
        <source>MATCHED CONTACT</source>
        <translation>MATCHED CONTACT</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>No customer matches.</translation>
    </message>
    <message>
        <source>More customers match; narrow the search or raise --limit (now %1).</source>
        <translation>More customers match; narrow the search or raise --limit (now %1).</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>Exported %n customer to %1.</numerusform>
            <numerusform>Exported %n customers to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>%1 has no rows to import</source>
        <translation>%1 has no rows to import</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of %2 customer(s) have problems; nothing was imported (fix the rows, or use --skip-bad-rows)</source>
        <translation>
            <numerusform>%1: %n of %2 customers has problems; nothing was imported (fix the rows, or use --skip-bad-rows)</numerusform>
            <numerusform>%1: %n of %2 customers have problems; nothing was imported (fix the rows, or use --skip-bad-rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the server rejected %n customer(s); nothing was imported (fix the rows, or use --skip-bad-rows)</source>
        <translation>
            <numerusform>%1: the server rejected %n customer; nothing was imported (fix the rows, or use --skip-bad-rows)</numerusform>
            <numerusform>%1: the server rejected %n customers; nothing was imported (fix the rows, or use --skip-bad-rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>ROW</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>OUTCOME</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 duplicate(s) skipped, %4 rejected</source>
        <translation>%1 created, %2 updated, %3 duplicate(s) skipped, %4 rejected</translation>
    </message>
    <message>
        <source>Checked %1 (dry run, nothing was changed): %2.</source>
        <translation>Checked %1 (dry run, nothing was changed): %2.</translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>Imported %1: %2.</translation>
    </message>
    <message>
        <source>%1 The server may still be importing %2: check with &apos;laokectl customers search&apos; before importing it again.</source>
        <translation>%1 The server may still be importing %2: check with &apos;laokectl customers search&apos; before importing it again.</translation>
    </message>
</context>
<context>
    <name>CustomerQuery</name>
    <message>
        <source>unknown status &quot;%1&quot;; use active, dormant or lost</source>
        <translation>unknown status &quot;%1&quot;; use active, dormant or lost</translation>
    </message>
    <message>
        <source>no customer has the code &quot;%1&quot;</source>
        <translation>no customer has the code &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CustomerSheet</name>
    <message>
        <source>Service status</source>
        <translation>Service status</translation>
    </message>
    <message>
        <source>Latest service end</source>
        <translation>Latest service end</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
</context>
<context>
    <name>CustomerText</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>unrated</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>IT maturity</source>
        <translation>IT maturity</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>MOBILE</source>
        <translation>MOBILE</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>WECHAT</source>
        <translation>WECHAT</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source> (key)</source>
        <translation> (key)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>left %1</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUCT</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>LIFECYCLE</source>
        <translation>LIFECYCLE</translation>
    </message>
    <message>
        <source>MODULES</source>
        <translation>MODULES</translation>
    </message>
    <message>
        <source>SEATS</source>
        <translation>SEATS</translation>
    </message>
    <message>
        <source>LICENCE</source>
        <translation>LICENCE</translation>
    </message>
    <message>
        <source>GO-LIVE</source>
        <translation>GO-LIVE</translation>
    </message>
    <message>
        <source>SERVICE END</source>
        <translation>SERVICE END</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s) ago)</source>
        <translation>
            <numerusform> (%n day ago)</numerusform>
            <numerusform> (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s) left)</source>
        <translation>
            <numerusform> (%n day left)</numerusform>
            <numerusform> (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <source>START</source>
        <translation>START</translation>
    </message>
    <message>
        <source>END</source>
        <translation>END</translation>
    </message>
    <message>
        <source>PAYMENT</source>
        <translation>PAYMENT</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WHEN</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>BY</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACT</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>SUMMARY</translation>
    </message>
    <message>
        <source>NEXT STEP</source>
        <translation>NEXT STEP</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Installed products (%1)</source>
        <translation>Installed products (%1)</translation>
    </message>
    <message>
        <source>Contracts (%1)</source>
        <translation>Contracts (%1)</translation>
    </message>
    <message>
        <source>Recent activities (%1 of %2)</source>
        <translation>Recent activities (%1 of %2)</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>(do not import)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Company size</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Owner (account manager)</source>
        <translation>Owner (account manager)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>IT maturity (1-6)</source>
        <translation>IT maturity (1-6)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>Contact job title</source>
        <translation>Contact job title</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Contact role</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>Decision role</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Product line</translation>
    </message>
    <message>
        <source>Product version</source>
        <translation>Product version</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Licence type</source>
        <translation>Licence type</translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation>Go-live date</translation>
    </message>
    <message>
        <source>Service end date</source>
        <translation>Service end date</translation>
    </message>
    <message>
        <source>Coordinates (latitude, longitude)</source>
        <translation>Coordinates (latitude, longitude)</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <source>write the company&apos;s full name, 2 to 100 characters</source>
        <translation>write the company&apos;s full name, 2 to 100 characters</translation>
    </message>
    <message>
        <source>at most 32 characters</source>
        <translation>at most 32 characters</translation>
    </message>
    <message>
        <source>letters, digits and &apos;-&apos;, at most 20 characters; leave it empty to get the next code</source>
        <translation>letters, digits and &apos;-&apos;, at most 20 characters; leave it empty to get the next code</translation>
    </message>
    <message>
        <source>18 characters of digits and capital letters (I, O, S, V and Z are never used)</source>
        <translation>18 characters of digits and capital letters (I, O, S, V and Z are never used)</translation>
    </message>
    <message>
        <source>a province such as 广东 or 广东省</source>
        <translation>a province such as 广东 or 广东省</translation>
    </message>
    <message>
        <source>at most 200 characters</source>
        <translation>at most 200 characters</translation>
    </message>
    <message>
        <source>the name or code of a branch; empty means your own branch</source>
        <translation>the name or code of a branch; empty means your own branch</translation>
    </message>
    <message>
        <source>the name or user name of an active user of the customer&apos;s branch</source>
        <translation>the name or user name of an active user of the customer&apos;s branch</translation>
    </message>
    <message>
        <source>at most 4000 characters</source>
        <translation>at most 4000 characters</translation>
    </message>
    <message>
        <source>the contact&apos;s name, at most 32 characters</source>
        <translation>the contact&apos;s name, at most 32 characters</translation>
    </message>
    <message>
        <source>a mainland mobile number: 11 digits starting with 13 to 19</source>
        <translation>a mainland mobile number: 11 digits starting with 13 to 19</translation>
    </message>
    <message>
        <source>a phone number of 6 to 20 digits and &apos;-&apos;, such as 010-62345678</source>
        <translation>a phone number of 6 to 20 digits and &apos;-&apos;, such as 010-62345678</translation>
    </message>
    <message>
        <source>at most 64 characters</source>
        <translation>at most 64 characters</translation>
    </message>
    <message>
        <source>an e-mail address such as name@example.com</source>
        <translation>an e-mail address such as name@example.com</translation>
    </message>
    <message>
        <source>a product line of the catalogue, such as U8+ or KIS专业版</source>
        <translation>a product line of the catalogue, such as U8+ or KIS专业版</translation>
    </message>
    <message>
        <source>a version of that product line in the catalogue</source>
        <translation>a version of that product line in the catalogue</translation>
    </message>
    <message>
        <source>modules of that product line in the catalogue, separated by 、</source>
        <translation>modules of that product line in the catalogue, separated by 、</translation>
    </message>
    <message>
        <source>a whole number from 0 to 100000</source>
        <translation>a whole number from 0 to 100000</translation>
    </message>
    <message>
        <source>a date such as 2024-03-31</source>
        <translation>a date such as 2024-03-31</translation>
    </message>
    <message>
        <source>%1%2 (%3)</source>
        <translation>%1%2 (%3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a GB/T 4754 industry section; write e.g. %3, %4 or the section letter</source>
        <translation>%1: &quot;%2&quot; is not a GB/T 4754 industry section; write e.g. %3, %4 or the section letter</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not known; use one of %3</source>
        <translation>%1: &quot;%2&quot; is not known; use one of %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write it as 2024-03-31</source>
        <translation>%1: &quot;%2&quot; is not a date; write it as 2024-03-31</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from 0 to 100000</source>
        <translation>%1: &quot;%2&quot; is not a whole number from 0 to 100000</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a level from 1 to 6</source>
        <translation>%1: &quot;%2&quot; is not a level from 1 to 6</translation>
    </message>
    <message>
        <source>%1 is empty: every customer needs a name</source>
        <translation>%1 is empty: every customer needs a name</translation>
    </message>
    <message>
        <source>the row has contact details but no %1</source>
        <translation>the row has contact details but no %1</translation>
    </message>
    <message>
        <source>the row has product details but no %1</source>
        <translation>the row has product details but no %1</translation>
    </message>
    <message>
        <source>%1 is empty: an installed product needs its version</source>
        <translation>%1 is empty: an installed product needs its version</translation>
    </message>
    <message>
        <source>%1 is empty: use one of %2</source>
        <translation>%1 is empty: use one of %2</translation>
    </message>
    <message>
        <source>a customer with this name or credit code exists already: skipped</source>
        <translation>a customer with this name or credit code exists already: skipped</translation>
    </message>
    <message>
        <source>two numbers from a map&apos;s coordinate picker, such as 116.310316,39.992861, inside China</source>
        <translation>two numbers from a map&apos;s coordinate picker, such as 116.310316,39.992861, inside China</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a latitude and longitude in China (copy them from a map, e.g. 116.310316,39.992861)</source>
        <translation>%1: &quot;%2&quot; is not a latitude and longitude in China (copy them from a map, e.g. 116.310316,39.992861)</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>No column is mapped to &quot;%1&quot;: every customer needs a name.</source>
        <translation>No column is mapped to &quot;%1&quot;: every customer needs a name.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>belongs to the customer in row %1, which has problems</source>
        <translation>belongs to the customer in row %1, which has problems</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Import problems</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>duplicate, skipped</source>
        <translation>duplicate, skipped</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>KbArticleInput</name>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 is not a JSON object: %2</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;; the fields are %3</source>
        <translation>%1: unknown field &quot;%2&quot;; the fields are %3</translation>
    </message>
    <message>
        <source>%1, line %2: start with a field, such as &quot;title: ...&quot;; the fields are %3</source>
        <translation>%1, line %2: start with a field, such as &quot;title: ...&quot;; the fields are %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>KbCommands</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUCT</translation>
    </message>
    <message>
        <source>VERSIONS</source>
        <translation>VERSIONS</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATEGORY</translation>
    </message>
    <message>
        <source>USES</source>
        <translation>USES</translation>
    </message>
    <message>
        <source>No article matches.</source>
        <translation>No article matches.</translation>
    </message>
    <message>
        <source>More articles match; narrow the search or raise --limit (now %1).</source>
        <translation>More articles match; narrow the search or raise --limit (now %1).</translation>
    </message>
    <message>
        <source>name an article by its id (kb search shows it)</source>
        <translation>name an article by its id (kb search shows it)</translation>
    </message>
    <message>
        <source>an article needs --%1 (or &quot;%1:&quot; in --file)</source>
        <translation>an article needs --%1 (or &quot;%1:&quot; in --file)</translation>
    </message>
    <message>
        <source>Added article %1.</source>
        <translation>Added article %1.</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>#%1  %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Product: %1   Category: %2</source>
        <translation>Product: %1   Category: %2</translation>
    </message>
    <message>
        <source>Keywords: %1</source>
        <translation>Keywords: %1</translation>
    </message>
    <message numerus="yes">
        <source>Used on %n ticket(s). Written by %1, last changed %2 by %3.</source>
        <translation>
            <numerusform>Used on %n ticket. Written by %1, last changed %2 by %3.</numerusform>
            <numerusform>Used on %n tickets. Written by %1, last changed %2 by %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived: searches and suggestions no longer show it.</source>
        <translation>Archived: searches and suggestions no longer show it.</translation>
    </message>
    <message>
        <source>Symptom:</source>
        <translation>Symptom:</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Cause:</translation>
    </message>
    <message>
        <source>Solution:</source>
        <translation>Solution:</translation>
    </message>
    <message>
        <source>every product</source>
        <translation>every product</translation>
    </message>
    <message numerus="yes">
        <source>Linked article %1 to ticket %2; it has been used on %n ticket(s).</source>
        <translation>
            <numerusform>Linked article %1 to ticket %2; it has been used on %n ticket.</numerusform>
            <numerusform>Linked article %1 to ticket %2; it has been used on %n tickets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %2 already had article %1; nothing changed.</source>
        <translation>Ticket %2 already had article %1; nothing changed.</translation>
    </message>
    <message>
        <source>article %1 is archived already</source>
        <translation>article %1 is archived already</translation>
    </message>
    <message>
        <source>Archived article %1.</source>
        <translation>Archived article %1.</translation>
    </message>
    <message>
        <source>name a ticket by its number (GD2026-000123) or id</source>
        <translation>name a ticket by its number (GD2026-000123) or id</translation>
    </message>
    <message>
        <source>no ticket has the number &quot;%1&quot;</source>
        <translation>no ticket has the number &quot;%1&quot;</translation>
    </message>
    <message>
        <source>article %1 is not archived</source>
        <translation>article %1 is not archived</translation>
    </message>
    <message>
        <source>Restored article %1.</source>
        <translation>Restored article %1.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>KbReference</name>
    <message>
        <source>no product line is called &quot;%1&quot;; use one of %2</source>
        <translation>no product line is called &quot;%1&quot;; use one of %2</translation>
    </message>
    <message>
        <source>no ticket category is called &quot;%1&quot;; use a code such as %2 (or a sub-type such as month_end.cannot_close)</source>
        <translation>no ticket category is called &quot;%1&quot;; use a code such as %2 (or a sub-type such as month_end.cannot_close)</translation>
    </message>
    <message>
        <source>several ticket categories are called &quot;%1&quot;; name one by its code: %2</source>
        <translation>several ticket categories are called &quot;%1&quot;; name one by its code: %2</translation>
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
    <name>RosterCommands</name>
    <message>
        <source>&quot;%1&quot; is not an active engineer or branch manager of %2</source>
        <translation>&quot;%1&quot; is not an active engineer or branch manager of %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <source>a date is written YYYY-MM-DD, e.g. 2026-12-07</source>
        <translation>a date is written YYYY-MM-DD, e.g. 2026-12-07</translation>
    </message>
    <message>
        <source>the duty is hotline, onsite, office or leave</source>
        <translation>the duty is hotline, onsite, office or leave</translation>
    </message>
    <message>
        <source>there is no branch with the code &quot;%1&quot;</source>
        <translation>there is no branch with the code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>%1 · %2 · version %3</source>
        <translation>%1 · %2 · version %3</translation>
    </message>
    <message>
        <source>Hotline suggestion (%1 tickets per person a day):</source>
        <translation>Hotline suggestion (%1 tickets per person a day):</translation>
    </message>
    <message>
        <source>SHORT</source>
        <translation>SHORT</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation> [%1]</translation>
    </message>
</context>
<context>
    <name>ServerMessages</name>
    <message>
        <source>write what the problem is</source>
        <translation>Write what the problem is.</translation>
    </message>
    <message>
        <source>write down the solution</source>
        <translation>Write down the solution.</translation>
    </message>
    <message>
        <source>give the reason</source>
        <translation>Give the reason.</translation>
    </message>
    <message>
        <source>choose the customer</source>
        <translation>Choose the customer.</translation>
    </message>
    <message>
        <source>choose who works on the ticket</source>
        <translation>Choose who works on the ticket.</translation>
    </message>
    <message>
        <source>choose who goes</source>
        <translation>Choose who goes.</translation>
    </message>
    <message>
        <source>choose the installed product the module belongs to</source>
        <translation>Choose the installed product the module belongs to.</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>the note is at most 4000 characters</source>
        <translation>The note is at most 4000 characters.</translation>
    </message>
    <message>
        <source>the note is at most 2000 characters</source>
        <translation>The note is at most 2000 characters.</translation>
    </message>
    <message>
        <source>the note is at most 500 characters</source>
        <translation>The note is at most 500 characters.</translation>
    </message>
    <message>
        <source>the reason is at most 500 characters</source>
        <translation>The reason is at most 500 characters.</translation>
    </message>
    <message>
        <source>the subject is at most 100 characters</source>
        <translation>The subject is at most 100 characters.</translation>
    </message>
    <message>
        <source>the description is at most 4000 characters</source>
        <translation>The description is at most 4000 characters.</translation>
    </message>
    <message>
        <source>the comment is at most 1000 characters</source>
        <translation>The comment is at most 1000 characters.</translation>
    </message>
    <message>
        <source>the complaint is at most 2000 characters</source>
        <translation>The complaint is at most 2000 characters.</translation>
    </message>
    <message>
        <source>the address is at most 200 characters</source>
        <translation>The address is at most 200 characters.</translation>
    </message>
    <message>
        <source>the assignee is not an active user</source>
        <translation>The assignee is not an active user.</translation>
    </message>
    <message>
        <source>the assignee must work for the ticket&apos;s branch</source>
        <translation>The assignee must work for the ticket&apos;s branch.</translation>
    </message>
    <message>
        <source>tickets are worked by engineers or branch managers</source>
        <translation>Tickets are worked by engineers or branch managers.</translation>
    </message>
    <message>
        <source>the engineer is not an active user</source>
        <translation>The engineer is not an active user.</translation>
    </message>
    <message>
        <source>the engineer must work for the ticket&apos;s branch</source>
        <translation>The engineer must work for the ticket&apos;s branch.</translation>
    </message>
    <message>
        <source>visits are made by engineers or branch managers</source>
        <translation>Visits are made by engineers or branch managers.</translation>
    </message>
    <message>
        <source>the contact is not one of this customer&apos;s</source>
        <translation>The contact is not one of this customer&apos;s.</translation>
    </message>
    <message>
        <source>the customer is archived; restore it to open a ticket</source>
        <translation>The customer is archived; restore it to open a ticket.</translation>
    </message>
    <message>
        <source>the product is not installed at this customer</source>
        <translation>The product is not installed at this customer.</translation>
    </message>
    <message>
        <source>the module is not part of this installed product</source>
        <translation>The module is not part of this installed product.</translation>
    </message>
    <message>
        <source>the module is not one of the product line&apos;s</source>
        <translation>The module is not one of the product line&apos;s.</translation>
    </message>
    <message>
        <source>unknown category</source>
        <translation>Unknown category.</translation>
    </message>
    <message>
        <source>the ticket was cancelled; open a new ticket for the customer</source>
        <translation>The ticket was cancelled; open a new ticket for the customer.</translation>
    </message>
    <message>
        <source>a visit lasts 15 minutes to 12 hours</source>
        <translation>A visit lasts 15 minutes to 12 hours.</translation>
    </message>
    <message>
        <source>the visit would start more than a day ago</source>
        <translation>The visit would start more than a day ago.</translation>
    </message>
    <message>
        <source>visits are booked at most three months ahead</source>
        <translation>Visits are booked at most three months ahead.</translation>
    </message>
    <message>
        <source>only a planned visit can be moved</source>
        <translation>Only a planned visit can be moved.</translation>
    </message>
    <message>
        <source>give the customer&apos;s satisfaction from 1 to 5</source>
        <translation>Give the customer&apos;s satisfaction from 1 to 5.</translation>
    </message>
    <message>
        <source>satisfaction is only given when the customer was reached</source>
        <translation>Satisfaction is only given when the customer was reached.</translation>
    </message>
    <message>
        <source>a complaint is recorded only when someone was spoken to</source>
        <translation>A complaint is recorded only when someone was spoken to.</translation>
    </message>
    <message>
        <source>this ticket already has a complaint being handled</source>
        <translation>This ticket already has a complaint being handled.</translation>
    </message>
    <message>
        <source>write what the customer complains about</source>
        <translation>Write what the customer complains about.</translation>
    </message>
    <message>
        <source>write down how the complaint was resolved</source>
        <translation>Write down how the complaint was resolved.</translation>
    </message>
    <message>
        <source>the callback of this ticket is still waiting: recording it closes the ticket</source>
        <translation>The callback of this ticket is still waiting: recording it closes the ticket.</translation>
    </message>
    <message>
        <source>only a branch manager assigns tickets to others</source>
        <translation>Only a branch manager assigns tickets to others.</translation>
    </message>
    <message>
        <source>only a branch manager moves a ticket someone is already assigned to</source>
        <translation>Only a branch manager moves a ticket someone is already assigned to.</translation>
    </message>
    <message>
        <source>only the assigned engineer or a branch manager may do this</source>
        <translation>Only the assigned engineer or a branch manager may do this.</translation>
    </message>
    <message>
        <source>only the first responder or a branch manager may close the ticket</source>
        <translation>Only the first responder or a branch manager may close the ticket.</translation>
    </message>
    <message>
        <source>only the first responder or a branch manager may cancel the ticket</source>
        <translation>Only the first responder or a branch manager may cancel the ticket.</translation>
    </message>
    <message>
        <source>only a branch manager may do this</source>
        <translation>Only a branch manager may do this.</translation>
    </message>
    <message>
        <source>only a branch manager books visits for others</source>
        <translation>Only a branch manager books visits for others.</translation>
    </message>
    <message>
        <source>only a branch manager moves another engineer&apos;s visit</source>
        <translation>Only a branch manager moves another engineer&apos;s visit.</translation>
    </message>
    <message>
        <source>only the visiting engineer or a branch manager may do this</source>
        <translation>Only the visiting engineer or a branch manager may do this.</translation>
    </message>
    <message>
        <source>book visits for tickets you own or work on</source>
        <translation>Book visits for tickets you own or work on.</translation>
    </message>
    <message>
        <source>the visit was changed by someone else since you opened it</source>
        <translation>The visit was changed by someone else since you opened it.</translation>
    </message>
    <message>
        <source>the complaint was changed by someone else since you opened it</source>
        <translation>The complaint was changed by someone else since you opened it.</translation>
    </message>
    <message>
        <source>The ticket&apos;s state does not allow this now; look at the ticket again.</source>
        <translation>The ticket&apos;s state does not allow this now; look at the ticket again.</translation>
    </message>
    <message>
        <source>Someone else changed the ticket after you opened it.</source>
        <translation>Someone else changed the ticket after you opened it.</translation>
    </message>
    <message>
        <source>%1 changed the ticket after you opened it.</source>
        <translation>%1 changed the ticket after you opened it.</translation>
    </message>
    <message>
        <source>you solved this ticket: a colleague or the branch manager calls the customer back</source>
        <translation>You solved this ticket: a colleague or the branch manager calls the customer back.</translation>
    </message>
    <message>
        <source>only a branch manager changes the priority of a ticket</source>
        <translation>Only a branch manager changes the priority of a ticket.</translation>
    </message>
    <message>
        <source>only the first responder, the assigned engineer or a branch manager may correct the ticket</source>
        <translation>Only the first responder, the assigned engineer or a branch manager may correct the ticket.</translation>
    </message>
    <message>
        <source>this category is retired; choose another</source>
        <translation>This category is retired; choose another.</translation>
    </message>
    <message>
        <source>give the category a Chinese name</source>
        <translation>Give the category a Chinese name.</translation>
    </message>
    <message>
        <source>the Chinese name is at most 32 characters</source>
        <translation>The Chinese name is at most 32 characters.</translation>
    </message>
    <message>
        <source>give the category an English name</source>
        <translation>Give the category an English name.</translation>
    </message>
    <message>
        <source>the English name is at most 64 characters</source>
        <translation>The English name is at most 64 characters.</translation>
    </message>
    <message>
        <source>the position is 0 to 100000</source>
        <translation>The position is 0 to 100000.</translation>
    </message>
    <message>
        <source>another category beside it already has this name</source>
        <translation>Another category beside it already has this name.</translation>
    </message>
    <message>
        <source>a new category is in use from the start</source>
        <translation>A new category is in use from the start.</translation>
    </message>
    <message>
        <source>the group is retired</source>
        <translation>The group is retired.</translation>
    </message>
    <message>
        <source>a category stays in its group (the reports count by group)</source>
        <translation>A category stays in its group (the reports count by group).</translation>
    </message>
    <message>
        <source>its group is retired; restore the group first</source>
        <translation>Its group is retired; restore the group first.</translation>
    </message>
    <message>
        <source>the category was changed by someone else since you opened it</source>
        <translation>The category was changed by someone else since you opened it.</translation>
    </message>
    <message>
        <source>no such category</source>
        <translation>No such category.</translation>
    </message>
    <message>
        <source>A settled ticket is not corrected any more; reopen it first.</source>
        <translation>A settled ticket is not corrected any more; reopen it first.</translation>
    </message>
    <message>
        <source>categories have two levels: a sub-type belongs to a group and has no sub-types of its own</source>
        <translation>Categories have two levels: a sub-type belongs to a group and has no sub-types of its own.</translation>
    </message>
    <message>
        <source>your role may not do this</source>
        <translation>Your role may not do this.</translation>
    </message>
    <message>
        <source>There is no priority “%1”: use urgent, high, normal or consult.</source>
        <translation>There is no priority “%1”: use urgent, high, normal or consult.</translation>
    </message>
    <message>
        <source>There is no channel “%1”: use hotline, remote, onsite, wechat or walk_in.</source>
        <translation>There is no channel “%1”: use hotline, remote, onsite, wechat or walk_in.</translation>
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
    <name>SpreadsheetReader</name>
    <message>
        <source>%1 is an old Excel 97-2003 workbook; save it as .xlsx or .csv first</source>
        <translation>%1 is an old Excel 97-2003 workbook; save it as .xlsx or .csv first</translation>
    </message>
    <message>
        <source>%1 is not a .xlsx or .csv file</source>
        <translation>%1 is not a .xlsx or .csv file</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>SpreadsheetWriter</name>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>%1: the file name must end in .xlsx or .csv</source>
        <translation>%1: the file name must end in .xlsx or .csv</translation>
    </message>
</context>
<context>
    <name>TicketCommands</name>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>OPENED</source>
        <translation>OPENED</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>CUSTOMER</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUBJECT</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITY</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>ASSIGNEE</source>
        <translation>ASSIGNEE</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>No tickets.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <source>State: %1   Priority: %2   Channel: %3</source>
        <translation>State: %1   Priority: %2   Channel: %3</translation>
    </message>
    <message>
        <source>Owner: %1   Assignee: %2</source>
        <translation>Owner: %1   Assignee: %2</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>Billable: the customer&apos;s service had ended when the ticket was opened.</source>
        <translation>Billable: the customer&apos;s service had ended when the ticket was opened.</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description: %1</translation>
    </message>
    <message>
        <source>Solution: %1</source>
        <translation>Solution: %1</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>%1: %2, %3 of %4 working hours used</source>
        <translation>%1: %2, %3 of %4 working hours used</translation>
    </message>
    <message>
        <source>, paused (waiting for the customer)</source>
        <translation>, paused (waiting for the customer)</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, due %1</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WHAT</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>waiting for customer</source>
        <translation>waiting for customer</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reopened</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>consult</source>
        <translation>consult</translation>
    </message>
    <message>
        <source>hotline</source>
        <translation>hotline</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>remote</translation>
    </message>
    <message>
        <source>onsite</source>
        <translation>onsite</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation>reassigned</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>resumed</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>at risk</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>breached</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>no ticket has the number &quot;%1&quot;</source>
        <translation>no ticket has the number &quot;%1&quot;</translation>
    </message>
    <message>
        <source>name a ticket by its number (GD2026-000123) or id</source>
        <translation>name a ticket by its number (GD2026-000123) or id</translation>
    </message>
    <message>
        <source>%1 is already assigned to %2; add --reassign to move it</source>
        <translation>%1 is already assigned to %2; add --reassign to move it</translation>
    </message>
    <message>
        <source>%1 is not assigned to anyone yet; assign it without --reassign</source>
        <translation>%1 is not assigned to anyone yet; assign it without --reassign</translation>
    </message>
    <message>
        <source>--solution says how the problem was solved</source>
        <translation>--solution says how the problem was solved</translation>
    </message>
    <message>
        <source>--solution is at most 4000 characters</source>
        <translation>--solution is at most 4000 characters</translation>
    </message>
    <message>
        <source>%1 (raised from %2: close period)</source>
        <translation>%1 (raised from %2: close period)</translation>
    </message>
    <message>
        <source>Onsite arrival</source>
        <translation>Onsite arrival</translation>
    </message>
    <message>
        <source>visit booked</source>
        <translation>visit booked</translation>
    </message>
    <message>
        <source>visit moved</source>
        <translation>visit moved</translation>
    </message>
    <message>
        <source>arrived on site</source>
        <translation>arrived on site</translation>
    </message>
    <message>
        <source>visit done</source>
        <translation>visit done</translation>
    </message>
    <message>
        <source>visit cancelled</source>
        <translation>visit cancelled</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>say what to correct: --subject, --description, --contact, --product, --module, --category or --priority</source>
        <translation>say what to correct: --subject, --description, --contact, --product, --module, --category or --priority</translation>
    </message>
    <message>
        <source>a module needs the product it belongs to (--product)</source>
        <translation>a module needs the product it belongs to (--product)</translation>
    </message>
    <message>
        <source>not categorised</source>
        <translation>not categorised</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Product: %1</translation>
    </message>
    <message>
        <source>Product: %1 · %2</source>
        <translation>Product: %1 · %2</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>subject &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>subject &quot;%1&quot; → &quot;%2&quot;</translation>
    </message>
    <message>
        <source>description rewritten</source>
        <translation>description rewritten</translation>
    </message>
    <message>
        <source>contact %1 → %2</source>
        <translation>contact %1 → %2</translation>
    </message>
    <message>
        <source>product %1 → %2</source>
        <translation>product %1 → %2</translation>
    </message>
    <message>
        <source>module %1 → %2</source>
        <translation>module %1 → %2</translation>
    </message>
    <message>
        <source>category %1 → %2</source>
        <translation>category %1 → %2</translation>
    </message>
    <message>
        <source>priority %1 → %2</source>
        <translation>priority %1 → %2</translation>
    </message>
    <message>
        <source>the customer has no contact &quot;%1&quot;; its contacts: %2</source>
        <translation>the customer has no contact &quot;%1&quot;; its contacts: %2</translation>
    </message>
    <message>
        <source>the customer has no installed product &quot;%1&quot;; its products: %2</source>
        <translation>the customer has no installed product &quot;%1&quot;; its products: %2</translation>
    </message>
    <message>
        <source>the product has no module &quot;%1&quot;; its modules: %2</source>
        <translation>the product has no module &quot;%1&quot;; its modules: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>--reason says why the ticket is opened again</source>
        <translation>--reason says why the ticket is opened again</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The waiting callback of %1 is called off.</source>
        <translation>The waiting callback of %1 is called off.</translation>
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
    <name>ValueCodes</name>
    <message>
        <source>Agriculture, forestry, husbandry and fishery</source>
        <translation>Agriculture, forestry, husbandry and fishery</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>Mining</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Manufacturing</translation>
    </message>
    <message>
        <source>Power, heat, gas and water supply</source>
        <translation>Power, heat, gas and water supply</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Wholesale and retail</source>
        <translation>Wholesale and retail</translation>
    </message>
    <message>
        <source>Transport, storage and post</source>
        <translation>Transport, storage and post</translation>
    </message>
    <message>
        <source>Accommodation and catering</source>
        <translation>Accommodation and catering</translation>
    </message>
    <message>
        <source>Information technology and software</source>
        <translation>Information technology and software</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Real estate</translation>
    </message>
    <message>
        <source>Leasing and business services</source>
        <translation>Leasing and business services</translation>
    </message>
    <message>
        <source>Research and technical services</source>
        <translation>Research and technical services</translation>
    </message>
    <message>
        <source>Water, environment and public facilities</source>
        <translation>Water, environment and public facilities</translation>
    </message>
    <message>
        <source>Household, repair and other services</source>
        <translation>Household, repair and other services</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Health and social work</source>
        <translation>Health and social work</translation>
    </message>
    <message>
        <source>Culture, sports and entertainment</source>
        <translation>Culture, sports and entertainment</translation>
    </message>
    <message>
        <source>Public administration and social organisations</source>
        <translation>Public administration and social organisations</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>International organisations</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Small</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Assigned by the vendor</source>
        <translation>Assigned by the vendor</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Own prospecting</source>
        <translation>Own prospecting</translation>
    </message>
    <message>
        <source>Marketing campaign</source>
        <translation>Marketing campaign</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>Trade fair</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Taken over</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Boss</source>
        <translation>Boss</translation>
    </message>
    <message>
        <source>Finance director</source>
        <translation>Finance director</translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation>Chief accountant</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Accountant</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>IT staff</source>
        <translation>IT staff</translation>
    </message>
    <message>
        <source>Business user</source>
        <translation>Business user</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Dongle</source>
        <translation>Dongle</translation>
    </message>
    <message>
        <source>Online licence</source>
        <translation>Online licence</translation>
    </message>
    <message>
        <source>Offline licence</source>
        <translation>Offline licence</translation>
    </message>
    <message>
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>No service contract</source>
        <translation>No service contract</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not an .xlsx workbook (it cannot be opened as a zip archive)</source>
        <translation>%1 is not an .xlsx workbook (it cannot be opened as a zip archive)</translation>
    </message>
    <message>
        <source>%1 has no worksheet</source>
        <translation>%1 has no worksheet</translation>
    </message>
    <message>
        <source>%1: the worksheet %2 is missing</source>
        <translation>%1: the worksheet %2 is missing</translation>
    </message>
    <message>
        <source>%1: the worksheet is damaged (%2)</source>
        <translation>%1: the worksheet is damaged (%2)</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>an .xlsx sheet holds at most %L1 rows; export to .csv instead</source>
        <translation>an .xlsx sheet holds at most %L1 rows; export to .csv instead</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>laoke::client::AppointmentListModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>The visit before ends too late: with the road, the engineer arrives about %1 late.</source>
        <translation>The visit before ends too late: with the road, the engineer arrives about %1 late.</translation>
    </message>
    <message>
        <source>%1 (late %2)</source>
        <translation>%1 (late %2)</translation>
    </message>
    <message>
        <source>Road there</source>
        <translation>Road there</translation>
    </message>
</context>
<context>
    <name>laoke::client::AssigneeListModel</name>
    <message numerus="yes">
        <source>%1 · %n open</source>
        <translation>
            <numerusform>%1 · %n open</numerusform>
            <numerusform>%1 · %n open</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts from %1</source>
        <translation>Starts from %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n open</source>
        <translation>
            <numerusform>%1 · %2 · %n open</numerusform>
            <numerusform>%1 · %2 · %n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) today: %1</source>
        <translation>
            <numerusform>%n visit today: %1</numerusform>
            <numerusform>%n visits today: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
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
    <name>laoke::client::CallbackNames</name>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>A/B customer</source>
        <translation>A/B customer</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>Being handled</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Breached (was due %1)</source>
        <translation>Breached (was due %1)</translation>
    </message>
    <message>
        <source>At risk · due %1</source>
        <translation>At risk · due %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
</context>
<context>
    <name>laoke::client::CallbackQueueModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>no contact</translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation>not called yet</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), last: %1</source>
        <translation>
            <numerusform>%n call, last: %1</numerusform>
            <numerusform>%n calls, last: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Resolved at</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
</context>
<context>
    <name>laoke::client::ComplaintListModel</name>
    <message>
        <source>Satisfaction %1/5</source>
        <translation>Satisfaction %1/5</translation>
    </message>
    <message>
        <source>Opened by hand</source>
        <translation>Opened by hand</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Taking (2 working hours)</source>
        <translation>Taking (2 working hours)</translation>
    </message>
    <message>
        <source>Resolving (2 working days)</source>
        <translation>Resolving (2 working days)</translation>
    </message>
</context>
<context>
    <name>laoke::client::ContactTableModel</name>
    <message>
        <source>Key contact</source>
        <translation>Key contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>Decision role</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>%1 · left on %2</source>
        <translation>%1 · left on %2</translation>
    </message>
</context>
<context>
    <name>laoke::client::ContractTableModel</name>
    <message>
        <source>Covers:
%1</source>
        <translation>Covers:
%1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>Service status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>laoke::client::CustomerFormats</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Ends today</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laoke::client::CustomerListModel</name>
    <message>
        <source>%1 · until %2</source>
        <translation>%1 · until %2</translation>
    </message>
    <message>
        <source>Found through the contact %1</source>
        <translation>Found through the contact %1</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>This column cannot be sorted.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account manager</translation>
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
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>laoke::client::CustomerValueNames</name>
    <message>
        <source>Agriculture, forestry, animal husbandry and fishery</source>
        <translation>Agriculture, forestry, animal husbandry and fishery</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>Mining</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Manufacturing</translation>
    </message>
    <message>
        <source>Electricity, heat, gas and water supply</source>
        <translation>Electricity, heat, gas and water supply</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Wholesale and retail trade</source>
        <translation>Wholesale and retail trade</translation>
    </message>
    <message>
        <source>Transport, storage and postal services</source>
        <translation>Transport, storage and postal services</translation>
    </message>
    <message>
        <source>Accommodation and catering</source>
        <translation>Accommodation and catering</translation>
    </message>
    <message>
        <source>Information transmission, software and IT services</source>
        <translation>Information transmission, software and IT services</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Real estate</translation>
    </message>
    <message>
        <source>Leasing and business services</source>
        <translation>Leasing and business services</translation>
    </message>
    <message>
        <source>Scientific research and technical services</source>
        <translation>Scientific research and technical services</translation>
    </message>
    <message>
        <source>Water conservancy, environment and public facilities</source>
        <translation>Water conservancy, environment and public facilities</translation>
    </message>
    <message>
        <source>Resident services, repair and other services</source>
        <translation>Resident services, repair and other services</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Health and social work</source>
        <translation>Health and social work</translation>
    </message>
    <message>
        <source>Culture, sports and entertainment</source>
        <translation>Culture, sports and entertainment</translation>
    </message>
    <message>
        <source>Public administration, social security and social organisations</source>
        <translation>Public administration, social security and social organisations</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>International organisations</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Small</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>North China</source>
        <translation>North China</translation>
    </message>
    <message>
        <source>Northeast China</source>
        <translation>Northeast China</translation>
    </message>
    <message>
        <source>East China</source>
        <translation>East China</translation>
    </message>
    <message>
        <source>Central China</source>
        <translation>Central China</translation>
    </message>
    <message>
        <source>South China</source>
        <translation>South China</translation>
    </message>
    <message>
        <source>Southwest China</source>
        <translation>Southwest China</translation>
    </message>
    <message>
        <source>Northwest China</source>
        <translation>Northwest China</translation>
    </message>
    <message>
        <source>Assigned by the vendor</source>
        <translation>Assigned by the vendor</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Found ourselves</source>
        <translation>Found ourselves</translation>
    </message>
    <message>
        <source>Marketing campaign</source>
        <translation>Marketing campaign</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>Trade fair</translation>
    </message>
    <message>
        <source>Taken over from another partner</source>
        <translation>Taken over from another partner</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Unrated</translation>
    </message>
    <message>
        <source>Owner / general manager</source>
        <translation>Owner / general manager</translation>
    </message>
    <message>
        <source>Finance director</source>
        <translation>Finance director</translation>
    </message>
    <message>
        <source>Chief accountant (account set supervisor)</source>
        <translation>Chief accountant (account set supervisor)</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Accountant</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>IT staff</source>
        <translation>IT staff</translation>
    </message>
    <message>
        <source>Business user</source>
        <translation>Business user</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>User</source>
        <comment>decision role</comment>
        <translation>User</translation>
    </message>
    <message>
        <source>Dongle</source>
        <translation>Dongle</translation>
    </message>
    <message>
        <source>Online licence</source>
        <translation>Online licence</translation>
    </message>
    <message>
        <source>Offline licence</source>
        <translation>Offline licence</translation>
    </message>
    <message>
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <source>Licence sale</source>
        <translation>Licence sale</translation>
    </message>
    <message>
        <source>Annual service</source>
        <translation>Annual service</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Customisation</source>
        <translation>Customisation</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <comment>contract kind</comment>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>contract kind</comment>
        <translation>Training</translation>
    </message>
    <message>
        <source>SaaS subscription</source>
        <translation>SaaS subscription</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>activity kind</comment>
        <translation>Training</translation>
    </message>
    <message>
        <source>Free inspection</source>
        <translation>Free inspection</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <source>Upgrade notice</source>
        <translation>Upgrade notice</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>No service</source>
        <translation>No service</translation>
    </message>
    <message>
        <source>Full support</source>
        <translation>Full support</translation>
    </message>
    <message>
        <source>Limited support</source>
        <translation>Limited support</translation>
    </message>
    <message>
        <source>Support stopped</source>
        <translation>Support stopped</translation>
    </message>
    <message>
        <source>End of life</source>
        <translation>End of life</translation>
    </message>
    <message>
        <source>Yonyou</source>
        <translation>Yonyou</translation>
    </message>
    <message>
        <source>Chanjet</source>
        <translation>Chanjet</translation>
    </message>
    <message>
        <source>Kingdee</source>
        <translation>Kingdee</translation>
    </message>
    <message>
        <source>1 · Manual / Excel</source>
        <translation>1 · Manual / Excel</translation>
    </message>
    <message>
        <source>2 · Single-PC accounting</source>
        <translation>2 · Single-PC accounting</translation>
    </message>
    <message>
        <source>3 · Networked accounting</source>
        <translation>3 · Networked accounting</translation>
    </message>
    <message>
        <source>4 · Finance and business integrated</source>
        <translation>4 · Finance and business integrated</translation>
    </message>
    <message>
        <source>5 · ERP with manufacturing</source>
        <translation>5 · ERP with manufacturing</translation>
    </message>
    <message>
        <source>6 · Multi-organisation / integrated</source>
        <translation>6 · Multi-organisation / integrated</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>laoke::client::DispatchRecommendations</name>
    <message>
        <source>knows the module</source>
        <translation>knows the module</translation>
    </message>
    <message>
        <source>knows the product</source>
        <translation>knows the product</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>certified</translation>
    </message>
    <message>
        <source>not their product</source>
        <translation>not their product</translation>
    </message>
    <message>
        <source>nothing in hand</source>
        <translation>nothing in hand</translation>
    </message>
    <message numerus="yes">
        <source>%n open in hand</source>
        <translation>
            <numerusform>%n open in hand</numerusform>
            <numerusform>%n open in hand</numerusform>
        </translation>
    </message>
    <message>
        <source>on leave today</source>
        <translation>on leave today</translation>
    </message>
    <message>
        <source>on hotline duty</source>
        <translation>on hotline duty</translation>
    </message>
    <message>
        <source>out in the field today</source>
        <translation>out in the field today</translation>
    </message>
    <message>
        <source>same city</source>
        <translation>same city</translation>
    </message>
    <message>
        <source>about %1 km by road (~%2 h)</source>
        <translation>about %1 km by road (~%2 h)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>worked %n of this customer&apos;s tickets in the past year</source>
        <translation>
            <numerusform>worked %n of this customer&apos;s tickets in the past year</numerusform>
            <numerusform>worked %n of this customer&apos;s tickets in the past year</numerusform>
        </translation>
    </message>
    <message>
        <source>same city, about %1 km (~%2 h)</source>
        <translation>same city, about %1 km (~%2 h)</translation>
    </message>
    <message>
        <source>certified, for an A/B customer</source>
        <translation>certified, for an A/B customer</translation>
    </message>
    <message numerus="yes">
        <source>%n open in hand, weighing more as this ticket is urgent</source>
        <translation>
            <numerusform>%n open in hand, weighing more as this ticket is urgent</numerusform>
            <numerusform>%n open in hand, weighing more as this ticket is urgent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>laoke::client::DutyNames</name>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Onsite</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>month/day in a roster header</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1/%2/%3 – %4/%5</source>
        <comment>year/month/day – month/day of a roster week</comment>
        <translation>%1/%2/%3 – %4/%5</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>%1 (holiday)</source>
        <translation>%1 (holiday)</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>Month-end close</source>
        <translation>Month-end close</translation>
    </message>
    <message>
        <source>Year-end close</source>
        <translation>Year-end close</translation>
    </message>
    <message>
        <source>%1 on hotline</source>
        <translation>%1 on hotline</translation>
    </message>
    <message>
        <source>≈%1 tickets
need %2 · rostered %3</source>
        <translation>≈%1 tickets
need %2 · rostered %3</translation>
    </message>
    <message>
        <source>Not a working day: no hotline duty.</source>
        <translation>Not a working day: no hotline duty.</translation>
    </message>
    <message>
        <source>%1 holiday: no hotline duty.</source>
        <translation>%1 holiday: no hotline duty.</translation>
    </message>
    <message>
        <source>No hotline tickets in the past %1 weeks: no suggestion yet.</source>
        <translation>No hotline tickets in the past %1 weeks: no suggestion yet.</translation>
    </message>
    <message>
        <source>Working days average %1 tickets (%2 days)</source>
        <translation>Working days average %1 tickets (%2 days)</translation>
    </message>
    <message>
        <source>%1: average %2 tickets (%3 days)</source>
        <translation>%1: average %2 tickets (%3 days)</translation>
    </message>
    <message>
        <source>about %1 tickets, %2 needed on the hotline</source>
        <translation>about %1 tickets, %2 needed on the hotline</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>year-end close ×%1</source>
        <translation>year-end close ×%1</translation>
    </message>
    <message>
        <source>month-end close ×%1</source>
        <translation>month-end close ×%1</translation>
    </message>
    <message>
        <source>(measured)</source>
        <translation>(measured)</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>%1, %2 %3 → %4</source>
        <translation>%1, %2 %3 → %4</translation>
    </message>
    <message>
        <source>; %1 rostered, %2 short</source>
        <translation>; %1 rostered, %2 short</translation>
    </message>
</context>
<context>
    <name>laoke::client::InstalledProductTableModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>Service until</source>
        <translation>Service until</translation>
    </message>
    <message>
        <source>Live since %1</source>
        <translation>Live since %1</translation>
    </message>
</context>
<context>
    <name>laoke::client::KbNames</name>
    <message>
        <source>Every product line</source>
        <translation>Every product line</translation>
    </message>
    <message>
        <source>same category</source>
        <translation>same category</translation>
    </message>
    <message>
        <source>related category</source>
        <translation>related category</translation>
    </message>
    <message>
        <source>written for this product line</source>
        <translation>written for this product line</translation>
    </message>
    <message>
        <source>holds for every product line</source>
        <translation>holds for every product line</translation>
    </message>
    <message>
        <source>%1% of the wording alike</source>
        <translation>%1% of the wording alike</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>not used yet</translation>
    </message>
    <message numerus="yes">
        <source>used on %n ticket(s)</source>
        <translation>
            <numerusform>used on %n ticket</numerusform>
            <numerusform>used on %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>laoke::client::OwnerNotices</name>
    <message>
        <source>The system</source>
        <translation>The system</translation>
    </message>
    <message>
        <source>%1: %2 added to the log: %3</source>
        <translation>%1: %2 added to the log: %3</translation>
    </message>
    <message>
        <source>%1: %2 corrected the ticket</source>
        <translation>%1: %2 corrected the ticket</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
    <message>
        <source>%1: %2 gave it to %3</source>
        <translation>%1: %2 gave it to %3</translation>
    </message>
    <message>
        <source>%1: %2 changed it to %3</source>
        <translation>%1: %2 changed it to %3</translation>
    </message>
</context>
<context>
    <name>laoke::client::ReportComplaintTableModel</name>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>What the customer said</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Resolved at</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>How it was resolved</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Registered by hand</source>
        <translation>Registered by hand</translation>
    </message>
</context>
<context>
    <name>laoke::client::ReportFigures</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>over %1</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>under %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Not graded</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <comment>a month of the satisfaction trend</comment>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Week of %1</translation>
    </message>
    <message>
        <source>MM-dd</source>
        <comment>the Monday of a week of the satisfaction trend</comment>
        <translation>MM-dd</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1–%2 h</translation>
    </message>
</context>
<context>
    <name>laoke::client::ReportGroupTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA met</translation>
    </message>
    <message>
        <source>Response met</source>
        <translation>Response met</translation>
    </message>
    <message>
        <source>Resolution met</source>
        <translation>Resolution met</translation>
    </message>
    <message>
        <source>On-site met</source>
        <translation>On-site met</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>First-contact resolution</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rated)</source>
        <translation>
            <numerusform>%1 (%n rated)</numerusform>
            <numerusform>%1 (%n rated)</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered within %1</source>
        <translation>Answered within %1</translation>
    </message>
    <message>
        <source>Answered quickly</source>
        <translation>Answered quickly</translation>
    </message>
    <message>
        <source>Resolved within %1</source>
        <translation>Resolved within %1</translation>
    </message>
    <message>
        <source>Resolved quickly</source>
        <translation>Resolved quickly</translation>
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
    <name>laoke::client::RosterModel</name>
    <message>
        <source>Hotline suggestion</source>
        <translation>Hotline suggestion</translation>
    </message>
</context>
<context>
    <name>laoke::client::ServiceReportWorkbook</name>
    <message>
        <source>Average score</source>
        <translation>Average score</translation>
    </message>
    <message>
        <source>Scores given</source>
        <translation>Scores given</translation>
    </message>
    <message>
        <source>Service report from %1 to %2.xlsx</source>
        <translation>Service report from %1 to %2.xlsx</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation>Tickets resolved</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA met</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>First-contact resolution</translation>
    </message>
    <message>
        <source>Complaints opened</source>
        <translation>Complaints opened</translation>
    </message>
    <message>
        <source>By branch</source>
        <translation>By branch</translation>
    </message>
    <message>
        <source>By engineer</source>
        <translation>By engineer</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>By grade</source>
        <translation>By grade</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Time distribution</source>
        <translation>Time distribution</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>Working time</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Complaint list</source>
        <translation>Complaint list</translation>
    </message>
    <message>
        <source>Answered within %1</source>
        <translation>Answered within %1</translation>
    </message>
    <message>
        <source>Resolved within %1 of working time</source>
        <translation>Resolved within %1 of working time</translation>
    </message>
</context>
<context>
    <name>laoke::client::SlaAlerts</name>
    <message>
        <source>%1: %2 deadline passed (was due %3)</source>
        <translation>%1: %2 deadline passed (was due %3)</translation>
    </message>
    <message>
        <source>%1: %2 at risk, 75% of the time used (due %3)</source>
        <translation>%1: %2 at risk, 75% of the time used (due %3)</translation>
    </message>
</context>
<context>
    <name>laoke::client::TicketListModel</name>
    <message>
        <source>Raised from %1: accounting close period</source>
        <translation>Raised from %1: accounting close period</translation>
    </message>
    <message>
        <source>Billable: the customer&apos;s service had ended</source>
        <translation>Billable: the customer&apos;s service had ended</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>First responder</source>
        <translation>First responder</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
</context>
<context>
    <name>laoke::client::TicketNames</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Waiting for customer</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Onsite</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Start work</translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation>Wait for customer</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Cancel ticket…</source>
        <translation>Cancel ticket…</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Onsite arrival</source>
        <translation>Onsite arrival</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>laoke::client::TicketUrgency</name>
    <message>
        <source>today %1</source>
        <translation>today %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>tomorrow %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>yesterday %1</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Breached · was due %1</source>
        <translation>Breached · was due %1</translation>
    </message>
    <message>
        <source>At risk · due %1</source>
        <translation>At risk · due %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>Paused (waiting for customer)</source>
        <translation>Paused (waiting for customer)</translation>
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
    <name>laoke::client::VisitNames</name>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1/%2 %3</source>
        <comment>month/day weekday</comment>
        <translation>%1/%2 %3</translation>
    </message>
    <message>
        <source>booked a visit: %1 (%2)</source>
        <translation>booked a visit: %1 (%2)</translation>
    </message>
    <message>
        <source>moved the visit to %1 (%2)</source>
        <translation>moved the visit to %1 (%2)</translation>
    </message>
    <message>
        <source>arrived at the customer (%1)</source>
        <translation>arrived at the customer (%1)</translation>
    </message>
    <message>
        <source>finished the visit (%1)</source>
        <translation>finished the visit (%1)</translation>
    </message>
    <message>
        <source>cancelled the visit of %1: %2</source>
        <translation>cancelled the visit of %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>about %n km · %1</source>
        <translation>
            <numerusform>about %n km · %1</numerusform>
            <numerusform>about %n km · %1</numerusform>
        </translation>
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
    <name>laoke::ui::ActivityEditDialog</name>
    <message>
        <source>Log activity</source>
        <translation>Log activity</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>No particular contact</source>
        <translation>No particular contact</translation>
    </message>
    <message>
        <source>What was it about, what was agreed?</source>
        <translation>What was it about, what was agreed?</translation>
    </message>
    <message>
        <source>e.g. send the T+ upgrade quote</source>
        <translation>e.g. send the T+ upgrade quote</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Next step on</source>
        <translation>Next step on</translation>
    </message>
    <message>
        <source>%1 changed this activity after you opened it.</source>
        <translation>%1 changed this activity after you opened it.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ActivityTimeline</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>Show older (%n more)</source>
        <translation>
            <numerusform>Show older (%n more)</numerusform>
            <numerusform>Show older (%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Next: %1 (by %2)</source>
        <translation>Next: %1 (by %2)</translation>
    </message>
    <message>
        <source>Logged by %1</source>
        <translation>Logged by %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>with %1</translation>
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
    <name>laoke::ui::CalendarYearPanel</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>List the public holidays (days off) and the make-up working days (调休: a Saturday or Sunday worked) as the State Council publishes them. Every other day follows the week: Monday to Friday.</source>
        <translation>List the public holidays (days off) and the make-up working days (调休: a Saturday or Sunday worked) as the State Council publishes them. Every other day follows the week: Monday to Friday.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name (e.g. 春节)</source>
        <translation>Name (e.g. 春节)</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>Add day</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>Remove day</translation>
    </message>
    <message>
        <source>Save this year</source>
        <translation>Save this year</translation>
    </message>
    <message>
        <source>%1 (not entered)</source>
        <translation>%1 (not entered)</translation>
    </message>
    <message>
        <source>Not entered yet: clocks count Monday to Friday in %1.</source>
        <translation>Not entered yet: clocks count Monday to Friday in %1.</translation>
    </message>
    <message>
        <source>%1 holidays, %2 make-up working days</source>
        <translation>%1 holidays, %2 make-up working days</translation>
    </message>
    <message>
        <source>Holiday (day off)</source>
        <translation>Holiday (day off)</translation>
    </message>
    <message>
        <source>Make-up working day (调休)</source>
        <translation>Make-up working day (调休)</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 is not in %2.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 is listed twice.</translation>
    </message>
    <message>
        <source>%1 is a weekday: a make-up working day is a Saturday or Sunday.</source>
        <translation>%1 is a weekday: a make-up working day is a Saturday or Sunday.</translation>
    </message>
    <message>
        <source>The calendar of %1 is saved; SLA clocks use it from now on.</source>
        <translation>The calendar of %1 is saved; SLA clocks use it from now on.</translation>
    </message>
    <message>
        <source>Another administrator changed %1 meanwhile. Reload to see it.</source>
        <translation>Another administrator changed %1 meanwhile. Reload to see it.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CallbackRecordPanel</name>
    <message>
        <source>How did the call go?</source>
        <translation>How did the call go?</translation>
    </message>
    <message>
        <source>Satisfaction (1 very unhappy … 5 very satisfied)</source>
        <translation>Satisfaction (1 very unhappy … 5 very satisfied)</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>What the customer said</translation>
    </message>
    <message>
        <source>e.g. the period closes now; the engineer was patient</source>
        <translation>e.g. the period closes now; the engineer was patient</translation>
    </message>
    <message>
        <source>The customer complains</source>
        <translation>The customer complains</translation>
    </message>
    <message>
        <source>Record call</source>
        <translation>Record call</translation>
    </message>
    <message>
        <source>Choose a callback in the queue</source>
        <translation>Choose a callback in the queue</translation>
    </message>
    <message>
        <source>Call the customer back after a ticket is resolved: ask whether the problem is solved and how satisfied they are.</source>
        <translation>Call the customer back after a ticket is resolved: ask whether the problem is solved and how satisfied they are.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No contact on file: find the number in the customer&apos;s record</source>
        <translation>No contact on file: find the number in the customer&apos;s record</translation>
    </message>
    <message>
        <source>Call %1 · %2</source>
        <translation>Call %1 · %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Resolved %1 by %2 · %3</source>
        <translation>Resolved %1 by %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) so far, the last %1: %2</source>
        <translation>
            <numerusform>%n call so far, the last %1: %2</numerusform>
            <numerusform>%n calls so far, the last %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Solution: %1</source>
        <translation>Solution: %1</translation>
    </message>
    <message>
        <source>A complaint case will be opened for the branch manager.</source>
        <translation>A complaint case will be opened for the branch manager.</translation>
    </message>
    <message>
        <source>Choose how the call went.</source>
        <translation>Choose how the call went.</translation>
    </message>
    <message>
        <source>Give the customer&apos;s satisfaction from 1 to 5.</source>
        <translation>Give the customer&apos;s satisfaction from 1 to 5.</translation>
    </message>
    <message>
        <source>The comment is at most %1 characters.</source>
        <translation>The comment is at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CallbacksView</name>
    <message>
        <source>Someone else recorded a call for this callback meanwhile; the queue shows it as it is now.</source>
        <translation>Someone else recorded a call for this callback meanwhile; the queue shows it as it is now.</translation>
    </message>
    <message>
        <source>%1: %2 recorded.</source>
        <translation>%1: %2 recorded.</translation>
    </message>
    <message>
        <source>The ticket is closed.</source>
        <translation>The ticket is closed.</translation>
    </message>
    <message>
        <source>The callback stays in the queue for another call.</source>
        <translation>The callback stays in the queue for another call.</translation>
    </message>
    <message>
        <source>A complaint case was opened for the branch manager.</source>
        <translation>A complaint case was opened for the branch manager.</translation>
    </message>
    <message>
        <source>Another administrator changed the sample meanwhile; it shows theirs now.</source>
        <translation>Another administrator changed the sample meanwhile; it shows theirs now.</translation>
    </message>
    <message>
        <source>From now on %1% of the other customers&apos; resolved tickets get a callback.</source>
        <translation>From now on %1% of the other customers&apos; resolved tickets get a callback.</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>Call back A/B customers always, the others:</source>
        <translation>Call back A/B customers always, the others:</translation>
    </message>
    <message>
        <source>The share of resolved tickets of customers graded C, D, E or not graded that get a callback</source>
        <translation>The share of resolved tickets of customers graded C, D, E or not graded that get a callback</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Callback queue (%1)</source>
        <translation>Callback queue (%1)</translation>
    </message>
    <message>
        <source>Complaints (%1)</source>
        <translation>Complaints (%1)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No callback is waiting: every resolved ticket has been called back.</source>
        <translation>No callback is waiting: every resolved ticket has been called back.</translation>
    </message>
    <message numerus="yes">
        <source>%n resolved ticket(s) waiting for a callback, oldest first</source>
        <translation>
            <numerusform>%n resolved ticket waiting for a callback</numerusform>
            <numerusform>%n resolved tickets waiting for a callback, oldest first</numerusform>
        </translation>
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
    <name>laoke::ui::ComplaintsPanel</name>
    <message>
        <source>Take the case</source>
        <translation>Take the case</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>How was it resolved?</translation>
    </message>
    <message>
        <source>e.g. visited the customer, tuned the database; the customer accepted</source>
        <translation>e.g. visited the customer, tuned the database; the customer accepted</translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation>Resolve complaint</translation>
    </message>
    <message>
        <source>A customer calls to complain:</source>
        <translation>A customer calls to complain:</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <source>What the customer complains about</source>
        <translation>What the customer complains about</translation>
    </message>
    <message>
        <source>Register complaint</source>
        <translation>Register complaint</translation>
    </message>
    <message>
        <source>No open complaints.</source>
        <translation>No open complaints.</translation>
    </message>
    <message>
        <source>Choose a complaint.</source>
        <translation>Choose a complaint.</translation>
    </message>
    <message>
        <source>%1 · %2 · contact %3 %4 · engineer %5</source>
        <translation>%1 · %2 · contact %3 %4 · engineer %5</translation>
    </message>
    <message>
        <source>Opened %1 by %2</source>
        <translation>Opened %1 by %2</translation>
    </message>
    <message>
        <source>Write down how the complaint was resolved.</source>
        <translation>Write down how the complaint was resolved.</translation>
    </message>
    <message>
        <source>Give the ticket number and what the customer complains about.</source>
        <translation>Give the ticket number and what the customer complains about.</translation>
    </message>
    <message>
        <source>No ticket of your branch has this number.</source>
        <translation>No ticket of your branch has this number.</translation>
    </message>
    <message>
        <source>This ticket already has a complaint being handled, or it was cancelled.</source>
        <translation>This ticket already has a complaint being handled, or it was cancelled.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ConflictPanel</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>Saved now</translation>
    </message>
    <message>
        <source>Changed by the other person</source>
        <translation>Changed by the other person</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 Nothing was saved. These fields now differ from what you typed:</source>
        <translation>%1 Nothing was saved. These fields now differ from what you typed:</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; what you typed matches what is saved now.</source>
        <translation>%1 Nothing was saved; what you typed matches what is saved now.</translation>
    </message>
    <message>
        <source>Reload (discard my changes)</source>
        <translation>Reload (discard my changes)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Keep what you typed; saving then replaces the other person&apos;s changes.</source>
        <translation>Keep what you typed; saving then replaces the other person&apos;s changes.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ContactEditDialog</name>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation>e.g. 王芳</translation>
    </message>
    <message>
        <source>e.g. 财务经理</source>
        <translation>e.g. 财务经理</translation>
    </message>
    <message>
        <source>Key contact</source>
        <translation>Key contact</translation>
    </message>
    <message>
        <source>Someone whose leaving would put the customer at risk (often the chief accountant).</source>
        <translation>Someone whose leaving would put the customer at risk (often the chief accountant).</translation>
    </message>
    <message>
        <source>e.g. 13812345678</source>
        <translation>e.g. 13812345678</translation>
    </message>
    <message>
        <source>e.g. 010-62345678</source>
        <translation>e.g. 010-62345678</translation>
    </message>
    <message>
        <source>e.g. wang.fang@example.com</source>
        <translation>e.g. wang.fang@example.com</translation>
    </message>
    <message>
        <source>Leave empty while they work there.</source>
        <translation>Leave empty while they work there.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>Decision role</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 changed this contact after you opened it.</source>
        <translation>%1 changed this contact after you opened it.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ContractEditDialog</name>
    <message>
        <source>New contract</source>
        <translation>New contract</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>Edit contract</translation>
    </message>
    <message>
        <source>Add contract</source>
        <translation>Add contract</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>e.g. HT-2025-0312</source>
        <translation>e.g. HT-2025-0312</translation>
    </message>
    <message>
        <source>e.g. 12800.00</source>
        <translation>e.g. 12800.00</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>This customer has no installed products yet.</source>
        <translation>This customer has no installed products yet.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>%1 changed this contract after you opened it.</source>
        <translation>%1 changed this contract after you opened it.</translation>
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
    <name>laoke::ui::Customer360Window</name>
    <message>
        <source>the activity of %1</source>
        <translation>the activity of %1</translation>
    </message>
    <message>
        <source>This customer does not exist any more, or it is not in your branch.</source>
        <translation>This customer does not exist any more, or it is not in your branch.</translation>
    </message>
    <message>
        <source>The customer could not be loaded: %1</source>
        <translation>The customer could not be loaded: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Older activities could not be loaded: %1</source>
        <translation>Older activities could not be loaded: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>Log activity</source>
        <translation>Log activity</translation>
    </message>
    <message>
        <source>A call, visit or WeChat with this customer, logged as of now (Ctrl+L).</source>
        <translation>A call, visit or WeChat with this customer, logged as of now (Ctrl+L).</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Edit profile…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Installed base</source>
        <translation>Installed base</translation>
    </message>
    <message>
        <source>No installed products recorded yet.</source>
        <translation>No installed products recorded yet.</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>No contracts recorded yet.</source>
        <translation>No contracts recorded yet.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>No contacts yet. Who is the boss, who keeps the books?</source>
        <translation>No contacts yet. Who is the boss, who keeps the books?</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Nothing logged yet. &quot;Log activity&quot; records a call or visit in two clicks.</source>
        <translation>Nothing logged yet. &quot;Log activity&quot; records a call or visit in two clicks.</translation>
    </message>
    <message>
        <source>+ Add</source>
        <translation>+ Add</translation>
    </message>
    <message>
        <source>+ Log</source>
        <translation>+ Log</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>%1 – Customer</source>
        <translation>%1 – Customer</translation>
    </message>
    <message>
        <source>Restore customer</source>
        <translation>Restore customer</translation>
    </message>
    <message>
        <source>Archive customer…</source>
        <translation>Archive customer…</translation>
    </message>
    <message>
        <source>The activity was logged.</source>
        <translation>The activity was logged.</translation>
    </message>
    <message>
        <source>The activity was saved.</source>
        <translation>The activity was saved.</translation>
    </message>
    <message>
        <source>The profile was saved.</source>
        <translation>The profile was saved.</translation>
    </message>
    <message>
        <source>The contact was added.</source>
        <translation>The contact was added.</translation>
    </message>
    <message>
        <source>The contact was saved.</source>
        <translation>The contact was saved.</translation>
    </message>
    <message>
        <source>The product was added.</source>
        <translation>The product was added.</translation>
    </message>
    <message>
        <source>The product was saved.</source>
        <translation>The product was saved.</translation>
    </message>
    <message>
        <source>The contract was added.</source>
        <translation>The contract was added.</translation>
    </message>
    <message>
        <source>The contract was saved.</source>
        <translation>The contract was saved.</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>contract %1</translation>
    </message>
    <message>
        <source>Archive %1? It no longer appears here; its history is kept.</source>
        <translation>Archive %1? It no longer appears here; its history is kept.</translation>
    </message>
    <message>
        <source>%1 was archived.</source>
        <translation>%1 was archived.</translation>
    </message>
    <message>
        <source>Nothing was archived: %1 was changed by someone else meanwhile. The view now shows the current state.</source>
        <translation>Nothing was archived: %1 was changed by someone else meanwhile. The view now shows the current state.</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>Archive customer</translation>
    </message>
    <message>
        <source>Archive %1? The customer disappears from the customer list; the records are kept and can be restored.</source>
        <translation>Archive %1? The customer disappears from the customer list; the records are kept and can be restored.</translation>
    </message>
    <message>
        <source>%1 was restored.</source>
        <translation>%1 was restored.</translation>
    </message>
    <message>
        <source>Nothing was changed: someone else changed %1 meanwhile. The view now shows the current state.</source>
        <translation>Nothing was changed: someone else changed %1 meanwhile. The view now shows the current state.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CustomerBrief</name>
    <message>
        <source>Find the caller by phone number, name or pinyin; their customer appears here.</source>
        <translation>Find the caller by phone number, name or pinyin; their customer appears here.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Installed products</source>
        <translation>Installed products</translation>
    </message>
    <message>
        <source>Latest tickets</source>
        <translation>Latest tickets</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <source>No service contract: the work will be billable.</source>
        <translation>No service contract: the work will be billable.</translation>
    </message>
    <message numerus="yes">
        <source>Service expired %n day(s) ago (%1): the work will be billable.</source>
        <translation>
            <numerusform>Service expired %n day ago (%1): the work will be billable.</numerusform>
            <numerusform>Service expired %n days ago (%1): the work will be billable.</numerusform>
        </translation>
    </message>
    <message>
        <source>In service until %1 (%2)</source>
        <translation>In service until %1 (%2)</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>No contacts yet.</translation>
    </message>
    <message>
        <source>service until %1</source>
        <translation>service until %1</translation>
    </message>
    <message>
        <source>No installed products recorded.</source>
        <translation>No installed products recorded.</translation>
    </message>
    <message>
        <source>No tickets before.</source>
        <translation>No tickets before.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CustomerEditDialog</name>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <source>Only the name is required; the code is assigned when you leave it empty.</source>
        <translation>Only the name is required; the code is assigned when you leave it empty.</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>Create customer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>e.g. 北京海淀恒达机械制造有限公司</source>
        <translation>e.g. 北京海淀恒达机械制造有限公司</translation>
    </message>
    <message>
        <source>e.g. 恒达机械</source>
        <translation>e.g. 恒达机械</translation>
    </message>
    <message>
        <source>Assigned automatically</source>
        <translation>Assigned automatically</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Set by hand for now.</source>
        <translation>Set by hand for now.</translation>
    </message>
    <message>
        <source>e.g. 北京</source>
        <translation>e.g. 北京</translation>
    </message>
    <message>
        <source>e.g. 海淀区</source>
        <translation>e.g. 海淀区</translation>
    </message>
    <message>
        <source>Customers stay in your branch; an administrator can move them.</source>
        <translation>Customers stay in your branch; an administrator can move them.</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>IT maturity</source>
        <translation>IT maturity</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 saved this customer at %2, after you opened it.</source>
        <translation>%1 saved this customer at %2, after you opened it.</translation>
    </message>
    <message>
        <source>Choose a branch</source>
        <translation>Choose a branch</translation>
    </message>
    <message>
        <source>Optional: paste from a map&apos;s coordinate picker, e.g. 116.310316,39.992861</source>
        <translation>Optional: paste from a map&apos;s coordinate picker, e.g. 116.310316,39.992861</translation>
    </message>
    <message>
        <source>The customer&apos;s own latitude and longitude, in either order. Dispatch then estimates the road to the customer instead of to the city centre.</source>
        <translation>The customer&apos;s own latitude and longitude, in either order. Dispatch then estimates the road to the customer instead of to the city centre.</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CustomerExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Export customers</translation>
    </message>
    <message>
        <source>Exports every customer of the current list, with its search, filters and sort. An .xlsx file opens in Excel and WPS; a .csv file is UTF-8 for Excel.</source>
        <translation>Exports every customer of the current list, with its search, filters and sort. An .xlsx file opens in Excel and WPS; a .csv file is UTF-8 for Excel.</translation>
    </message>
    <message>
        <source>customers.xlsx</source>
        <translation>customers.xlsx</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 customers written…</source>
        <translation>%1 customers written…</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation>Exported %1 customers to %2.</translation>
    </message>
    <message>
        <source>The export failed and its file was removed: %1</source>
        <translation>The export failed and its file was removed: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CustomerFieldMessages</name>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>Use at most %n character.</numerusform>
            <numerusform>Use at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2025-06-30, or leave it empty.</source>
        <translation>Write the date as YYYY-MM-DD, e.g. 2025-06-30, or leave it empty.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choose a value from the list.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s full name: 2 to 100 characters.</source>
        <translation>Enter the company&apos;s full name: 2 to 100 characters.</translation>
    </message>
    <message>
        <source>Use at most 20 letters, digits or &apos;-&apos;; leave it empty for the next free code.</source>
        <translation>Use at most 20 letters, digits or &apos;-&apos;; leave it empty for the next free code.</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters: digits and capital letters except I, O, S, V and Z.</source>
        <translation>A unified social credit code has 18 characters: digits and capital letters except I, O, S, V and Z.</translation>
    </message>
    <message>
        <source>Choose the branch that serves this customer.</source>
        <translation>Choose the branch that serves this customer.</translation>
    </message>
    <message>
        <source>Choose an account manager of the customer&apos;s branch.</source>
        <translation>Choose an account manager of the customer&apos;s branch.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s status.</source>
        <translation>Choose the customer&apos;s status.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name: at most 32 characters.</source>
        <translation>Enter the contact&apos;s name: at most 32 characters.</translation>
    </message>
    <message>
        <source>Choose the contact&apos;s role.</source>
        <translation>Choose the contact&apos;s role.</translation>
    </message>
    <message>
        <source>Choose the contact&apos;s part in decisions.</source>
        <translation>Choose the contact&apos;s part in decisions.</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19, e.g. 13812345678.</source>
        <translation>A mobile number has 11 digits and starts with 13 to 19, e.g. 13812345678.</translation>
    </message>
    <message>
        <source>Use 6 to 20 digits or &apos;-&apos;, e.g. 010-62345678.</source>
        <translation>Use 6 to 20 digits or &apos;-&apos;, e.g. 010-62345678.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as wang.fang@example.com.</source>
        <translation>Enter an e-mail address such as wang.fang@example.com.</translation>
    </message>
    <message>
        <source>Choose the product and its version.</source>
        <translation>Choose the product and its version.</translation>
    </message>
    <message>
        <source>Choose only modules of this product line.</source>
        <translation>Choose only modules of this product line.</translation>
    </message>
    <message>
        <source>Seats must be between 0 and 100,000.</source>
        <translation>Seats must be between 0 and 100,000.</translation>
    </message>
    <message>
        <source>Choose the licence type.</source>
        <translation>Choose the licence type.</translation>
    </message>
    <message>
        <source>Choose the kind of contract.</source>
        <translation>Choose the kind of contract.</translation>
    </message>
    <message>
        <source>Enter the contract number: at most 40 characters.</source>
        <translation>Enter the contract number: at most 40 characters.</translation>
    </message>
    <message>
        <source>Enter the amount in yuan, e.g. 12800 or 12,800.50: not negative, at most two decimals.</source>
        <translation>Enter the amount in yuan, e.g. 12800 or 12,800.50: not negative, at most two decimals.</translation>
    </message>
    <message>
        <source>Write the end date as YYYY-MM-DD, not before the start date.</source>
        <translation>Write the end date as YYYY-MM-DD, not before the start date.</translation>
    </message>
    <message>
        <source>Choose the payment status.</source>
        <translation>Choose the payment status.</translation>
    </message>
    <message>
        <source>Choose only installed products of this customer.</source>
        <translation>Choose only installed products of this customer.</translation>
    </message>
    <message>
        <source>Choose what kind of contact this was.</source>
        <translation>Choose what kind of contact this was.</translation>
    </message>
    <message>
        <source>Enter when it happened.</source>
        <translation>Enter when it happened.</translation>
    </message>
    <message>
        <source>Write a short summary: at most 2,000 characters.</source>
        <translation>Write a short summary: at most 2,000 characters.</translation>
    </message>
    <message>
        <source>Say what the next step is (at most 500 characters), or clear its date.</source>
        <translation>Say what the next step is (at most 500 characters), or clear its date.</translation>
    </message>
    <message>
        <source>Choose a contact of this customer.</source>
        <translation>Choose a contact of this customer.</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>This value is not accepted.</translation>
    </message>
    <message>
        <source>Another customer already has this unified social credit code.</source>
        <translation>Another customer already has this unified social credit code.</translation>
    </message>
    <message>
        <source>Another customer already has this code.</source>
        <translation>Another customer already has this code.</translation>
    </message>
    <message>
        <source>Another customer already has this name; search for it before creating a second one.</source>
        <translation>Another customer already has this name; search for it before creating a second one.</translation>
    </message>
    <message>
        <source>This contract number is already used.</source>
        <translation>This contract number is already used.</translation>
    </message>
    <message>
        <source>This value is already used by another record.</source>
        <translation>This value is already used by another record.</translation>
    </message>
    <message>
        <source>Paste the latitude and longitude from a map, e.g. 116.310316,39.992861 (either order, inside China), or leave it empty.</source>
        <translation>Paste the latitude and longitude from a map, e.g. 116.310316,39.992861 (either order, inside China), or leave it empty.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CustomerFilterBar</name>
    <message>
        <source>All industries</source>
        <translation>All industries</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Any service state</source>
        <translation>Any service state</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <source>All account managers</source>
        <translation>All account managers</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>All products</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CustomerHeader</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Last changed %1</translation>
    </message>
    <message>
        <source>Last changed %1 by %2</source>
        <translation>Last changed %1 by %2</translation>
    </message>
    <message>
        <source>%1
Coordinates: %2</source>
        <translation>%1
Coordinates: %2</translation>
    </message>
</context>
<context>
    <name>laoke::ui::CustomerListView</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Search name, short name, code, contact, phone or pinyin (bjhd)…</source>
        <translation>Search name, short name, code, contact, phone or pinyin (bjhd)…</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>New customer…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>No customer matches</source>
        <translation>No customer matches</translation>
    </message>
    <message>
        <source>Check the spelling, try fewer characters or pinyin initials, or clear the filters.</source>
        <translation>Check the spelling, try fewer characters or pinyin initials, or clear the filters.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Clear search and filters</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>No customers yet</translation>
    </message>
    <message>
        <source>Create the first one, or import your customer book.</source>
        <translation>Create the first one, or import your customer book.</translation>
    </message>
    <message>
        <source>Type at least one Chinese character, two letters or three digits, to search.</source>
        <translation>Type at least one Chinese character, two letters or three digits, to search.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n customer(s); scroll down for more</source>
        <translation>
            <numerusform>Showing the first %n customer; scroll down for more</numerusform>
            <numerusform>Showing the first %n customers; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>The customers could not be loaded: %1</source>
        <translation>The customers could not be loaded: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import customers with contacts and products from an .xlsx or .csv file</source>
        <translation>Import customers with contacts and products from an .xlsx or .csv file</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export the customers this list shows, with its search, filters and order</source>
        <translation>Export the customers this list shows, with its search, filters and order</translation>
    </message>
</context>
<context>
    <name>laoke::ui::DateField</name>
    <message>
        <source>Pick a date</source>
        <translation>Pick a date</translation>
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
    <name>laoke::ui::DispatchBoardView</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Choose a ticket first.</source>
        <translation>Choose a ticket first.</translation>
    </message>
    <message>
        <source>Choose the engineer on the right.</source>
        <translation>Choose the engineer on the right.</translation>
    </message>
    <message>
        <source>%1 assigned to %2.</source>
        <translation>%1 assigned to %2.</translation>
    </message>
    <message>
        <source>%1 could not be assigned: %2</source>
        <translation>%1 could not be assigned: %2</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>Dispatch board</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <source>Waiting for an engineer</source>
        <translation>Waiting for an engineer</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>Being worked on</translation>
    </message>
    <message>
        <source>Engineers (drag a ticket onto one)</source>
        <translation>Engineers (drag a ticket onto one)</translation>
    </message>
    <message>
        <source>Assign selected ticket</source>
        <translation>Assign selected ticket</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n waiting for an engineer</source>
        <translation>
            <numerusform> · %n waiting for an engineer</numerusform>
            <numerusform> · %n waiting for an engineer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n at risk or overdue</source>
        <translation>
            <numerusform> · %n at risk or overdue</numerusform>
            <numerusform> · %n at risk or overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · showing the %n most recent</source>
        <translation>
            <numerusform> · showing the most recent</numerusform>
            <numerusform> · showing the %n most recent</numerusform>
        </translation>
    </message>
    <message>
        <source>Skills…</source>
        <translation>Skills…</translation>
    </message>
    <message>
        <source>The selected engineer&apos;s product lines, modules, certificates and home city</source>
        <translation>The selected engineer&apos;s product lines, modules, certificates and home city</translation>
    </message>
    <message>
        <source>%1 was not assigned: %2 The board now shows the ticket as it is.</source>
        <translation>%1 was not assigned: %2 The board now shows the ticket as it is.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::DutyRosterView</name>
    <message>
        <source>The roster of %1 is saved.</source>
        <translation>The roster of %1 is saved.</translation>
    </message>
    <message>
        <source>Another manager saved this week&apos;s roster first. Their plan is now shown with your unsaved changes (in bold) on top: check them and save again.</source>
        <translation>Another manager saved this week&apos;s roster first. Their plan is now shown with your unsaved changes (in bold) on top: check them and save again.</translation>
    </message>
    <message>
        <source>Another manager has just saved this week&apos;s roster.</source>
        <translation>Another manager has just saved this week&apos;s roster.</translation>
    </message>
    <message>
        <source>Show their plan</source>
        <translation>Show their plan</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <source>Duty roster (read-only)</source>
        <translation>Duty roster (read-only)</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Hotline tickets per person a day:</source>
        <translation>Hotline tickets per person a day:</translation>
    </message>
    <message>
        <source>How many hotline tickets one person on duty handles in a day; the suggestion divides the expected tickets by it.</source>
        <translation>How many hotline tickets one person on duty handles in a day; the suggestion divides the expected tickets by it.</translation>
    </message>
    <message>
        <source>Save roster</source>
        <translation>Save roster</translation>
    </message>
    <message>
        <source>Why these numbers</source>
        <translation>Why these numbers</translation>
    </message>
    <message>
        <source>Double-click a day to choose the duty.</source>
        <translation>Double-click a day to choose the duty.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::EngineerProfileDialog</name>
    <message>
        <source>Add skill</source>
        <translation>Add skill</translation>
    </message>
    <message>
        <source>Remove skill</source>
        <translation>Remove skill</translation>
    </message>
    <message>
        <source>Skills and home city</source>
        <translation>Skills and home city</translation>
    </message>
    <message>
        <source>e.g. 苏州 (empty: the branch&apos;s city)</source>
        <translation>e.g. 苏州 (empty: the branch&apos;s city)</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Product line</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>Home city</source>
        <translation>Home city</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Dispatch suggests people for tickets on the product lines and modules they handle, and counts the road from their city for visits.</source>
        <translation>Dispatch suggests people for tickets on the product lines and modules they handle, and counts the road from their city for visits.</translation>
    </message>
    <message>
        <source>Skills and home city of %1</source>
        <translation>Skills and home city of %1</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>All modules</translation>
    </message>
    <message>
        <source>Row %1 repeats a skill listed above.</source>
        <translation>Row %1 repeats a skill listed above.</translation>
    </message>
    <message>
        <source>Another manager saved this profile a moment ago; it now shows theirs. Check it and save again.</source>
        <translation>Another manager saved this profile a moment ago; it now shows theirs. Check it and save again.</translation>
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
    <name>laoke::ui::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK). The first row holds the column names; a customer with several contacts or products takes one row each, repeating its name.</source>
        <translation>An Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK). The first row holds the column names; a customer with several contacts or products takes one row each, repeating its name.</translation>
    </message>
    <message>
        <source>e.g. 客户清单.xlsx</source>
        <translation>e.g. 客户清单.xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Columns are recognised by their Chinese or English names (客户名称, 联系人, 手机, 产品, 版本, 服务到期 …); you can correct the mapping in the next step.</source>
        <translation>Columns are recognised by their Chinese or English names (客户名称, 联系人, 手机, 产品, 版本, 服务到期 …); you can correct the mapping in the next step.</translation>
    </message>
    <message>
        <source>The file has no rows under its header row.</source>
        <translation>The file has no rows under its header row.</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Check what each column of the file holds. Columns set to &quot;(do not import)&quot; are left out.</source>
        <translation>Check what each column of the file holds. Columns set to &quot;(do not import)&quot; are left out.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(column %1)</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ImportPreviewModel</name>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>checking at the server…</source>
        <translation>checking at the server…</translation>
    </message>
    <message>
        <source>ready: new customer</source>
        <translation>ready: new customer</translation>
    </message>
    <message>
        <source>exists already: will be updated</source>
        <translation>exists already: will be updated</translation>
    </message>
    <message>
        <source>exists already: will be skipped</source>
        <translation>exists already: will be skipped</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ImportPreviewPage</name>
    <message>
        <source>All or nothing: import only if every row is good</source>
        <translation>All or nothing: import only if every row is good</translation>
    </message>
    <message>
        <source>Import the good rows, skip the bad ones and list them in an error report</source>
        <translation>Import the good rows, skip the bad ones and list them in an error report</translation>
    </message>
    <message>
        <source>Skip customers that exist already (same name or credit code)</source>
        <translation>Skip customers that exist already (same name or credit code)</translation>
    </message>
    <message>
        <source>Update customers that exist already with the file&apos;s values</source>
        <translation>Update customers that exist already with the file&apos;s values</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Save problems…</source>
        <translation>Save problems…</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Check the rows</translation>
    </message>
    <message>
        <source>Every customer the file describes, as the checks see it. Nothing has been changed yet.</source>
        <translation>Every customer the file describes, as the checks see it. Nothing has been changed yet.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>When importing</source>
        <translation>When importing</translation>
    </message>
    <message>
        <source>The server could not check the rows: %1</source>
        <translation>The server could not check the rows: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in %1 row(s) of %2.</source>
        <translation>
            <numerusform>%n customer in %1 row(s) of %2.</numerusform>
            <numerusform>%n customers in %1 row(s) of %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is checking them…</source>
        <translation>The server is checking them…</translation>
    </message>
    <message>
        <source>New: %1. Existing already: %2. With problems: %3.</source>
        <translation>New: %1. Existing already: %2. With problems: %3.</translation>
    </message>
    <message>
        <source>No row can be imported: fix the file and choose it again.</source>
        <translation>No row can be imported: fix the file and choose it again.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have problems. Fix them in the file and choose it again, or choose to import the good rows and get an error report.</source>
        <translation>
            <numerusform>%n customer has problems. Fix them in the file and choose it again, or choose to import the good rows and get an error report.</numerusform>
            <numerusform>%n customers have problems. Fix them in the file and choose it again, or choose to import the good rows and get an error report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with problems will be left out and listed in the error report.</source>
        <translation>
            <numerusform>%n customer with problems will be left out and listed in the error report.</numerusform>
            <numerusform>%n customers with problems will be left out and listed in the error report.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is good. The import happens in one step: if anything fails, nothing changes.</source>
        <translation>Every row is good. The import happens in one step: if anything fails, nothing changes.</translation>
    </message>
    <message>
        <source>Save problems</source>
        <translation>Save problems</translation>
    </message>
    <message>
        <source>import-problems.xlsx</source>
        <translation>import-problems.xlsx</translation>
    </message>
    <message>
        <source>Reading the product catalogue…</source>
        <translation>Reading the product catalogue…</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ImportResultPage</name>
    <message>
        <source>Save error report…</source>
        <translation>Save error report…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 existing skipped, %4 rejected</source>
        <translation>%1 created, %2 updated, %3 existing skipped, %4 rejected</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n customer(s) have problems. The customer book is unchanged.</source>
        <translation>
            <numerusform>Nothing was imported: %n customer has problems. The customer book is unchanged.</numerusform>
            <numerusform>Nothing was imported: %n customers have problems. The customer book is unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import done: %1.</source>
        <translation>Import done: %1.</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <source>import-errors.xlsx</source>
        <translation>import-errors.xlsx</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>The rows are sent to the server, which then imports them in one step.</source>
        <translation>The rows are sent to the server, which then imports them in one step.</translation>
    </message>
    <message>
        <source>Sending rows to the server: part %1 of %2</source>
        <translation>Sending rows to the server: part %1 of %2</translation>
    </message>
    <message>
        <source>The server is importing…</source>
        <translation>The server is importing…</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>The import failed.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported: the customer book is unchanged.</source>
        <translation>%1 Nothing was imported: the customer book is unchanged.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>%1 The server got the whole import but its answer did not arrive: it may still finish. Check the customer list before importing the file again.</source>
        <translation>%1 The server got the whole import but its answer did not arrive: it may still finish. Check the customer list before importing the file again.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>laoke::ui::InstalledProductEditDialog</name>
    <message>
        <source>New installed product</source>
        <translation>New installed product</translation>
    </message>
    <message>
        <source>Edit installed product</source>
        <translation>Edit installed product</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Choose a product</source>
        <translation>Choose a product</translation>
    </message>
    <message>
        <source>Choose a version</source>
        <translation>Choose a version</translation>
    </message>
    <message>
        <source>Licensed concurrent seats or users (站点数).</source>
        <translation>Licensed concurrent seats or users (站点数).</translation>
    </message>
    <message>
        <source>The last day of service (SPS / annual service).</source>
        <translation>The last day of service (SPS / annual service).</translation>
    </message>
    <message>
        <source>Server, database, account sets, dongle number…</source>
        <translation>Server, database, account sets, dongle number…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <source>Service until</source>
        <translation>Service until</translation>
    </message>
    <message>
        <source>Server notes</source>
        <translation>Server notes</translation>
    </message>
    <message>
        <source>Loading the product catalogue…</source>
        <translation>Loading the product catalogue…</translation>
    </message>
    <message>
        <source>The product catalogue is empty: an administrator must add the products first.</source>
        <translation>The product catalogue is empty: an administrator must add the products first.</translation>
    </message>
    <message>
        <source>Released %1 · lifecycle today: &lt;span style=&apos;color:%2; font-weight:600&apos;&gt;%3&lt;/span&gt;</source>
        <translation>Released %1 · lifecycle today: &lt;span style=&apos;color:%2; font-weight:600&apos;&gt;%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Choose a product to see its modules.</source>
        <translation>Choose a product to see its modules.</translation>
    </message>
    <message>
        <source>This product line has no modules.</source>
        <translation>This product line has no modules.</translation>
    </message>
    <message>
        <source>%1 changed this installed product after you opened it.</source>
        <translation>%1 changed this installed product after you opened it.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::KbArticleDialog</name>
    <message>
        <source>Knowledge article</source>
        <translation>Knowledge article</translation>
    </message>
    <message>
        <source>Knowledge article: %1</source>
        <translation>Knowledge article: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>laoke::ui::KbArticleEditor</name>
    <message>
        <source>New knowledge article</source>
        <translation>New knowledge article</translation>
    </message>
    <message>
        <source>Edit knowledge article</source>
        <translation>Edit knowledge article</translation>
    </message>
    <message>
        <source>Write it for the next engineer with a caller on the line: what the user sees, why it happens, and the steps that fix it.</source>
        <translation>Write it for the next engineer with a caller on the line: what the user sees, why it happens, and the steps that fix it.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Product, versions</source>
        <translation>Product, versions</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Search words</translation>
    </message>
    <message>
        <source>The problem in the caller&apos;s words, e.g. 月结时提示有未记账凭证</source>
        <translation>The problem in the caller&apos;s words, e.g. 月结时提示有未记账凭证</translation>
    </message>
    <message>
        <source>Versions, e.g. 13.0–16.1 (empty: all)</source>
        <translation>Versions, e.g. 13.0–16.1 (empty: all)</translation>
    </message>
    <message>
        <source>What the user sees: messages, where it happens</source>
        <translation>What the user sees: messages, where it happens</translation>
    </message>
    <message>
        <source>Why it happens (if known)</source>
        <translation>Why it happens (if known)</translation>
    </message>
    <message>
        <source>The steps that fix it, one per line</source>
        <translation>The steps that fix it, one per line</translation>
    </message>
    <message>
        <source>Other words people search by that the text lacks</source>
        <translation>Other words people search by that the text lacks</translation>
    </message>
    <message>
        <source>Save article (Ctrl+Enter)</source>
        <translation>Save article (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(any category)</source>
        <translation>(any category)</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the article a title of at least 2 characters.</source>
        <translation>Give the article a title of at least 2 characters.</translation>
    </message>
    <message>
        <source>Describe what the user sees.</source>
        <translation>Describe what the user sees.</translation>
    </message>
    <message>
        <source>Write down the steps that fix it.</source>
        <translation>Write down the steps that fix it.</translation>
    </message>
    <message>
        <source>This category no longer exists; choose another.</source>
        <translation>This category no longer exists; choose another.</translation>
    </message>
    <message>
        <source>This product line no longer exists; choose another.</source>
        <translation>This product line no longer exists; choose another.</translation>
    </message>
    <message>
        <source>This article was deleted by someone else; your changes cannot be saved.</source>
        <translation>This article was deleted by someone else; your changes cannot be saved.</translation>
    </message>
    <message>
        <source>%1 saved this article at %2, after you opened it.</source>
        <translation>%1 saved this article at %2, after you opened it.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Product line</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
</context>
<context>
    <name>laoke::ui::KbArticleReader</name>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>Choose an article to read it here.</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Product line</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>All versions</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>%1 · written by %2 · last changed %3 by %4</source>
        <translation>%1 · written by %2 · last changed %3 by %4</translation>
    </message>
</context>
<context>
    <name>laoke::ui::KnowledgeBaseView</name>
    <message>
        <source>Type at least one Chinese character or two letters to search.</source>
        <translation>Type at least one Chinese character or two letters to search.</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>The caller&apos;s words, e.g. 月结 未记账 (Enter searches)</source>
        <translation>The caller&apos;s words, e.g. 月结 未记账 (Enter searches)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>All product lines</source>
        <translation>All product lines</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>No article has all these words. Try fewer or other words.</source>
        <translation>No article has all these words. Try fewer or other words.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n articles; add a word or a filter to narrow the search.</source>
        <translation>
            <numerusform>Showing the first article; add a word or a filter to narrow the search.</numerusform>
            <numerusform>Showing the first %n articles; add a word or a filter to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found.</source>
        <translation>
            <numerusform>%n article found.</numerusform>
            <numerusform>%n articles found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>Saved &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Archive article</source>
        <translation>Archive article</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? Searches and suggestions will no longer show it; the tickets it was used on keep their link.</source>
        <translation>Archive &quot;%1&quot;? Searches and suggestions will no longer show it; the tickets it was used on keep their link.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Someone else changed this article a moment ago; read it again before archiving.</source>
        <translation>Someone else changed this article a moment ago; read it again before archiving.</translation>
    </message>
    <message>
        <source>Archived &quot;%1&quot;.</source>
        <translation>Archived &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Someone else changed this article a moment ago; read it again before restoring.</source>
        <translation>Someone else changed this article a moment ago; read it again before restoring.</translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot;: searches and suggestions show it again.</source>
        <translation>Restored &quot;%1&quot;: searches and suggestions show it again.</translation>
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
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>My tickets</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>Dispatch board</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service levels</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Open ticket</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>%1: the customer complains. Take the case within 2 working hours.</source>
        <translation>%1: the customer complains. Take the case within 2 working hours.</translation>
    </message>
    <message>
        <source>Show complaint</source>
        <translation>Show complaint</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
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
    <name>laoke::ui::OwnerCombo</name>
    <message>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
</context>
<context>
    <name>laoke::ui::RecommendationPanel</name>
    <message>
        <source>Recommended for this ticket</source>
        <translation>Recommended for this ticket</translation>
    </message>
    <message>
        <source>Choose a ticket to see who suits it best.</source>
        <translation>Choose a ticket to see who suits it best.</translation>
    </message>
    <message>
        <source>Ranking the engineers…</source>
        <translation>Ranking the engineers…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Nobody else in the branch takes tickets.</source>
        <translation>Nobody else in the branch takes tickets.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::RecordEditDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>This record was archived or deleted by someone else; your changes cannot be saved.</source>
        <translation>This record was archived or deleted by someone else; your changes cannot be saved.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ReportCharts</name>
    <message>
        <source>SLA met and first-contact resolution</source>
        <translation>SLA met and first-contact resolution</translation>
    </message>
    <message>
        <source>No tickets were resolved in this period</source>
        <translation>No tickets were resolved in this period</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA met</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>First-contact resolution</translation>
    </message>
    <message>
        <source>First response (working time)</source>
        <translation>First response (working time)</translation>
    </message>
    <message>
        <source>Resolution (working time)</source>
        <translation>Resolution (working time)</translation>
    </message>
    <message>
        <source>no resolved tickets</source>
        <translation>no resolved tickets</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>no scores given in this period</source>
        <translation>no scores given in this period</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Average score</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Callback scores by month</source>
        <translation>Callback scores by month</translation>
    </message>
    <message>
        <source>Callback scores by week</source>
        <translation>Callback scores by week</translation>
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
    <name>laoke::ui::ServiceLevelsView</name>
    <message>
        <source>The working calendar of %1 is not entered: SLA clocks count Monday to Friday that year, without its holidays. Enter the holidays the State Council published.</source>
        <translation>The working calendar of %1 is not entered: SLA clocks count Monday to Friday that year, without its holidays. Enter the holidays the State Council published.</translation>
    </message>
    <message>
        <source>Enter %1</source>
        <translation>Enter %1</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service levels</translation>
    </message>
    <message>
        <source>Targets and working hours</source>
        <translation>Targets and working hours</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <source>Ticket categories</source>
        <translation>Ticket categories</translation>
    </message>
</context>
<context>
    <name>laoke::ui::ServiceReportsView</name>
    <message>
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <source>The period ends before it starts; choose the dates again.</source>
        <translation>The period ends before it starts; choose the dates again.</translation>
    </message>
    <message>
        <source>The newest %1 of %2 complaint cases.</source>
        <translation>The newest %1 of %2 complaint cases.</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint case(s) opened in this period.</source>
        <translation>
            <numerusform>%n complaint case opened in this period.</numerusform>
            <numerusform>%n complaint cases opened in this period.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not exported: %1</source>
        <translation>The report was not exported: %1</translation>
    </message>
    <message>
        <source>The report is saved to %1.</source>
        <translation>The report is saved to %1.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Service reports</source>
        <translation>Service reports</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Dates of my choice</source>
        <translation>Dates of my choice</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation>Tickets resolved</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA met</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>First-contact resolution</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Average score</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>No tickets were resolved in this period. Choose a longer period, or another branch.</source>
        <translation>No tickets were resolved in this period. Choose a longer period, or another branch.</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Customer grade</source>
        <translation>Customer grade</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA compliance</translation>
    </message>
    <message>
        <source>Engineer KPIs</source>
        <translation>Engineer KPIs</translation>
    </message>
    <message>
        <source>Time to respond and resolve</source>
        <translation>Time to respond and resolve</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Complaint list</source>
        <translation>Complaint list</translation>
    </message>
    <message>
        <source>Working time from opening to the first answer, waiting for the customer left out.</source>
        <translation>Working time from opening to the first answer, waiting for the customer left out.</translation>
    </message>
    <message>
        <source>Working time from opening to the resolution, waiting for the customer left out.</source>
        <translation>Working time from opening to the resolution, waiting for the customer left out.</translation>
    </message>
    <message>
        <source>Answered within %1</source>
        <translation>Answered within %1</translation>
    </message>
    <message>
        <source>Answered quickly</source>
        <translation>Answered quickly</translation>
    </message>
    <message>
        <source>Resolved within %1</source>
        <translation>Resolved within %1</translation>
    </message>
    <message>
        <source>Resolved quickly</source>
        <translation>Resolved quickly</translation>
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
    <name>laoke::ui::SlaSettingsPanel</name>
    <message>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>Periods of a working day</source>
        <translation>Periods of a working day</translation>
    </message>
    <message>
        <source>09:00-12:00, 13:00-18:00</source>
        <translation>09:00-12:00, 13:00-18:00</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>5×8: working days (holidays off, make-up days worked)</source>
        <translation>5×8: working days (holidays off, make-up days worked)</translation>
    </message>
    <message>
        <source>7×8: every day of the year</source>
        <translation>7×8: every day of the year</translation>
    </message>
    <message>
        <source>Accounting close periods</source>
        <translation>Accounting close periods</translation>
    </message>
    <message>
        <source>Raise tickets opened in a close period one priority level</source>
        <translation>Raise tickets opened in a close period one priority level</translation>
    </message>
    <message>
        <source>Month-end: last days of the month</source>
        <translation>Month-end: last days of the month</translation>
    </message>
    <message>
        <source>… and first days of the next</source>
        <translation>… and first days of the next</translation>
    </message>
    <message>
        <source>Year-end carry-forward (MM-DD)</source>
        <translation>Year-end carry-forward (MM-DD)</translation>
    </message>
    <message>
        <source>SLA targets</source>
        <translation>SLA targets</translation>
    </message>
    <message>
        <source>In working hours; — means no target. A grade&apos;s own rule wins over the rule for every grade.</source>
        <translation>In working hours; — means no target. A grade&apos;s own rule wins over the rule for every grade.</translation>
    </message>
    <message>
        <source>Customer grade</source>
        <translation>Customer grade</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Onsite arrival</source>
        <translation>Onsite arrival</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <source>Save service levels</source>
        <translation>Save service levels</translation>
    </message>
    <message>
        <source>One working day is %1 hours.</source>
        <translation>One working day is %1 hours.</translation>
    </message>
    <message>
        <source>Every grade</source>
        <translation>Every grade</translation>
    </message>
    <message>
        <source>Give the desk&apos;s working hours, e.g. 09:00-12:00, 13:00-18:00.</source>
        <translation>Give the desk&apos;s working hours, e.g. 09:00-12:00, 13:00-18:00.</translation>
    </message>
    <message>
        <source>Write working hours like 09:00-12:00, separated by commas.</source>
        <translation>Write working hours like 09:00-12:00, separated by commas.</translation>
    </message>
    <message>
        <source>The period %1-%2 ends before it starts.</source>
        <translation>The period %1-%2 ends before it starts.</translation>
    </message>
    <message>
        <source>The periods must be in order and must not overlap.</source>
        <translation>The periods must be in order and must not overlap.</translation>
    </message>
    <message>
        <source>Write the year-end period&apos;s days like 12-15 and 01-31.</source>
        <translation>Write the year-end period&apos;s days like 12-15 and 01-31.</translation>
    </message>
    <message>
        <source>Two rules are for the same grade and priority; remove one.</source>
        <translation>Two rules are for the same grade and priority; remove one.</translation>
    </message>
    <message>
        <source>Saved. New and open tickets are measured this way from now on.</source>
        <translation>Saved. New and open tickets are measured this way from now on.</translation>
    </message>
    <message>
        <source>Another administrator saved the service levels meanwhile. Reload to see theirs.</source>
        <translation>Another administrator saved the service levels meanwhile. Reload to see theirs.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>laoke::ui::SuggestedArticles</name>
    <message>
        <source>used</source>
        <translation>used</translation>
    </message>
    <message>
        <source>This article helps with the call: link it to the ticket when it is created</source>
        <translation>This article helps with the call: link it to the ticket when it is created</translation>
    </message>
</context>
<context>
    <name>laoke::ui::TicketCategoryPanel</name>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>New sub-type in this group</source>
        <translation>New sub-type in this group</translation>
    </message>
    <message>
        <source>Smaller numbers come first; the shipped categories are numbered in tens.</source>
        <translation>Smaller numbers come first; the shipped categories are numbered in tens.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>New sub-type of %1</source>
        <translation>New sub-type of %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Sub-type of %1</source>
        <translation>Sub-type of %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Offer it again for new tickets and articles</source>
        <translation>Offer it again for new tickets and articles</translation>
    </message>
    <message>
        <source>No longer offered; tickets and articles that have it keep it</source>
        <translation>No longer offered; tickets and articles that have it keep it</translation>
    </message>
    <message>
        <source>Give the category a Chinese name.</source>
        <translation>Give the category a Chinese name.</translation>
    </message>
    <message>
        <source>Give the category an English name (the English desktop shows it).</source>
        <translation>Give the category an English name (the English desktop shows it).</translation>
    </message>
    <message>
        <source>Another administrator changed this category a moment ago; it now shows their change.</source>
        <translation>Another administrator changed this category a moment ago; it now shows their change.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Saved “%1”.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::TicketEditDialog</name>
    <message>
        <source>(not categorised yet)</source>
        <translation>(not categorised yet)</translation>
    </message>
    <message>
        <source>Correct ticket %1</source>
        <translation>Correct ticket %1</translation>
    </message>
    <message>
        <source>Correct ticket %1 · %2</source>
        <translation>Correct ticket %1 · %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Product / module</source>
        <translation>Product / module</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Changing the priority changes the SLA targets.</source>
        <translation>Changing the priority changes the SLA targets.</translation>
    </message>
    <message>
        <source>Only a branch manager changes the priority.</source>
        <translation>Only a branch manager changes the priority.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>(no particular product)</source>
        <translation>(no particular product)</translation>
    </message>
    <message>
        <source>(any module)</source>
        <translation>(any module)</translation>
    </message>
    <message>
        <source>Write what the problem is.</source>
        <translation>Write what the problem is.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::TicketFormDialog</name>
    <message>
        <source>New ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <source>New service ticket</source>
        <translation>New service ticket</translation>
    </message>
    <message>
        <source>&amp;Caller</source>
        <translation>&amp;Caller</translation>
    </message>
    <message>
        <source>Phone number, customer name or pinyin, then Enter</source>
        <translation>Phone number, customer name or pinyin, then Enter</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <source>What the customer reports, in a few words</source>
        <translation>What the customer reports, in a few words</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Error messages, steps, what was tried</source>
        <translation>Error messages, steps, what was tried</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Create ticket (Ctrl+Enter)</source>
        <translation>Create ticket (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>contact %1</translation>
    </message>
    <message>
        <source>No customer found. Check the number, or search by name.</source>
        <translation>No customer found. Check the number, or search by name.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>(no particular product)</source>
        <translation>(no particular product)</translation>
    </message>
    <message>
        <source>(any module)</source>
        <translation>(any module)</translation>
    </message>
    <message>
        <source>(not categorised yet)</source>
        <translation>(not categorised yet)</translation>
    </message>
    <message numerus="yes">
        <source>%n similar past ticket(s), %1 of this customer</source>
        <translation>
            <numerusform>%n similar past ticket, %1 of this customer</numerusform>
            <numerusform>%n similar past tickets, %1 of this customer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n similar past ticket(s)</source>
        <translation>
            <numerusform>%n similar past ticket</numerusform>
            <numerusform>%n similar past tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the customer first.</source>
        <translation>Find the customer first.</translation>
    </message>
    <message>
        <source>Write what the problem is.</source>
        <translation>Write what the problem is.</translation>
    </message>
    <message numerus="yes">
        <source>%n of this customer&apos;s past tickets</source>
        <translation>
            <numerusform>%n of this customer&apos;s past tickets</numerusform>
            <numerusform>%n of this customer&apos;s past tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Like similar tickets:</source>
        <translation>Like similar tickets:</translation>
    </message>
    <message>
        <source>Usual for this customer:</source>
        <translation>Usual for this customer:</translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1 was created, but %n article(s) could not be linked: %2</source>
        <translation>
            <numerusform>Ticket %1 was created, but %n article could not be linked: %2</numerusform>
            <numerusform>Ticket %1 was created, but %n articles could not be linked: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>laoke::ui::TicketKbSection</name>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>Write an article from this ticket…</source>
        <translation>Write an article from this ticket…</translation>
    </message>
    <message>
        <source>Opens a new article with this ticket&apos;s category, product, subject and solution; once saved it is linked to the ticket.</source>
        <translation>Opens a new article with this ticket&apos;s category, product, subject and solution; once saved it is linked to the ticket.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>This article solves the ticket: link it (counts as used)</source>
        <translation>This article solves the ticket: link it (counts as used)</translation>
    </message>
    <message>
        <source>linked by %1</source>
        <translation>linked by %1</translation>
    </message>
    <message>
        <source>No article linked yet.</source>
        <translation>No article linked yet.</translation>
    </message>
    <message numerus="yes">
        <source>Linked (%n):</source>
        <translation>
            <numerusform>Linked (%n):</numerusform>
            <numerusform>Linked (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested for this ticket:</source>
        <translation>Suggested for this ticket:</translation>
    </message>
</context>
<context>
    <name>laoke::ui::TicketPane</name>
    <message>
        <source>The ticket was just changed.</source>
        <translation>The ticket was just changed.</translation>
    </message>
    <message>
        <source>%1 just changed this ticket.</source>
        <translation>%1 just changed this ticket.</translation>
    </message>
    <message>
        <source>Choose a ticket to see it here.</source>
        <translation>Choose a ticket to see it here.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Work log</source>
        <translation>Work log</translation>
    </message>
    <message>
        <source>What was done or agreed (Enter adds it to the log)</source>
        <translation>What was done or agreed (Enter adds it to the log)</translation>
    </message>
    <message>
        <source>Add to log</source>
        <translation>Add to log</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Billable</translation>
    </message>
    <message>
        <source>The customer&apos;s service had ended when the ticket was opened.</source>
        <translation>The customer&apos;s service had ended when the ticket was opened.</translation>
    </message>
    <message>
        <source>%1: &lt;span style=&apos;color:%2; font-weight:600&apos;&gt;%3&lt;/span&gt; · %4 of %5 working hours used</source>
        <translation>%1: &lt;span style=&apos;color:%2; font-weight:600&apos;&gt;%3&lt;/span&gt; · %4 of %5 working hours used</translation>
    </message>
    <message>
        <source>%1 · open 360 view</source>
        <translation>%1 · open 360 view</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Not categorised</source>
        <translation>Not categorised</translation>
    </message>
    <message>
        <source>First responder</source>
        <translation>First responder</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>opened the ticket</source>
        <translation>opened the ticket</translation>
    </message>
    <message>
        <source>noted: %1</source>
        <translation>noted: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source> (engineer: %1)</source>
        <translation> (engineer: %1)</translation>
    </message>
    <message>
        <source>Who works on this ticket?</source>
        <translation>Who works on this ticket?</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n open</source>
        <translation>
            <numerusform>%1 · %n open</numerusform>
            <numerusform>%1 · %n open</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Solution: what fixed it, so the next engineer can reuse it</source>
        <translation>Solution: what fixed it, so the next engineer can reuse it</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Choose an engineer.</source>
        <translation>Choose an engineer.</translation>
    </message>
    <message>
        <source>Write down the solution.</source>
        <translation>Write down the solution.</translation>
    </message>
    <message>
        <source>Write down the reason.</source>
        <translation>Write down the reason.</translation>
    </message>
    <message>
        <source>Someone else changed this ticket a moment ago. It now shows their change; check it and try again.</source>
        <translation>Someone else changed this ticket a moment ago. It now shows their change; check it and try again.</translation>
    </message>
    <message>
        <source>%1 (raised: close period)</source>
        <translation>%1 (raised: close period)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Correct the subject, contact, product, category or description</source>
        <translation>Correct the subject, contact, product, category or description</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>not categorised</source>
        <translation>not categorised</translation>
    </message>
    <message>
        <source>subject “%1” → “%2”</source>
        <translation>subject “%1” → “%2”</translation>
    </message>
    <message>
        <source>description rewritten</source>
        <translation>description rewritten</translation>
    </message>
    <message>
        <source>contact %1 → %2</source>
        <translation>contact %1 → %2</translation>
    </message>
    <message>
        <source>product %1 → %2</source>
        <translation>product %1 → %2</translation>
    </message>
    <message>
        <source>module %1 → %2</source>
        <translation>module %1 → %2</translation>
    </message>
    <message>
        <source>category %1 → %2</source>
        <translation>category %1 → %2</translation>
    </message>
    <message>
        <source>priority %1 → %2</source>
        <translation>priority %1 → %2</translation>
    </message>
    <message>
        <source>corrected the ticket: %1</source>
        <translation>corrected the ticket: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>laoke::ui::TodayRoutePanel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No onsite visit today.</source>
        <translation>No onsite visit today.</translation>
    </message>
    <message>
        <source>All of today&apos;s visits are done.</source>
        <translation>All of today&apos;s visits are done.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) to go, in this order</source>
        <translation>
            <numerusform>%n visit to go</numerusform>
            <numerusform>%n visits to go, in this order</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed this visit a moment ago; the route shows it as it is now.</source>
        <translation>Someone else changed this visit a moment ago; the route shows it as it is now.</translation>
    </message>
    <message>
        <source>Today&apos;s onsite route</source>
        <translation>Today&apos;s onsite route</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Visit done</source>
        <translation>Visit done</translation>
    </message>
    <message numerus="yes">
        <source>; about %n km of road today</source>
        <translation>
            <numerusform>; about %n km of road today</numerusform>
            <numerusform>; about %n km of road today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n visit(s) cannot be reached on time</source>
        <translation>
            <numerusform>; %n visit cannot be reached on time</numerusform>
            <numerusform>; %n visits cannot be reached on time</numerusform>
        </translation>
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
<context>
    <name>laoke::ui::VisitSection</name>
    <message>
        <source>Onsite service needed: no visit booked yet.</source>
        <translation>Onsite service needed: no visit booked yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) booked</source>
        <translation>
            <numerusform>%n visit booked</numerusform>
            <numerusform>%n visits booked</numerusform>
        </translation>
    </message>
    <message>
        <source>Book a visit to %1</source>
        <translation>Book a visit to %1</translation>
    </message>
    <message>
        <source>Book visit</source>
        <translation>Book visit</translation>
    </message>
    <message>
        <source>Move the visit</source>
        <translation>Move the visit</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Move visit</source>
        <translation>Move visit</translation>
    </message>
    <message>
        <source>Cancel the visit of %1: why?</source>
        <translation>Cancel the visit of %1: why?</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>Cancel visit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. the customer solved it with remote help</source>
        <translation>e.g. the customer solved it with remote help</translation>
    </message>
    <message>
        <source>Whom to ask for, what to bring</source>
        <translation>Whom to ask for, what to bring</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 has no other visit that day.</source>
        <translation>%1 has no other visit that day.</translation>
    </message>
    <message>
        <source>%1 that day: %2</source>
        <translation>%1 that day: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Write down why the visit is cancelled.</source>
        <translation>Write down why the visit is cancelled.</translation>
    </message>
    <message>
        <source>Choose who goes.</source>
        <translation>Choose who goes.</translation>
    </message>
    <message>
        <source>%1 is already at %2 then (%3, %4).</source>
        <translation>%1 is already at %2 then (%3, %4).</translation>
    </message>
    <message>
        <source>Someone else changed this visit a moment ago; it now shows their change.</source>
        <translation>Someone else changed this visit a moment ago; it now shows their change.</translation>
    </message>
    <message>
        <source>The engineer is already booked then, or the time is out of range (at most a day back, three months ahead).</source>
        <translation>The engineer is already booked then, or the time is out of range (at most a day back, three months ahead).</translation>
    </message>
    <message>
        <source>Onsite visits</source>
        <translation>Onsite visits</translation>
    </message>
    <message>
        <source>Book a visit…</source>
        <translation>Book a visit…</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Visit done</source>
        <translation>Visit done</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation>Cancel visit…</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Takes</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Empty: the customer&apos;s address on file</source>
        <translation>Empty: the customer&apos;s address on file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>1.5 hours</source>
        <translation>1.5 hours</translation>
    </message>
    <message>
        <source>No visit booked.</source>
        <translation>No visit booked.</translation>
    </message>
</context>
<context>
    <name>laoke::ui::WorkbenchView</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Ticket %1 is open for %2.</source>
        <translation>Ticket %1 is open for %2.</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>My tickets</translation>
    </message>
    <message>
        <source>New ticket (F2)</source>
        <translation>New ticket (F2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s) you own or work on</source>
        <translation>
            <numerusform>%n open ticket you own or work on</numerusform>
            <numerusform>%n open tickets you own or work on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n at risk or overdue</source>
        <translation>
            <numerusform> · %n at risk or overdue</numerusform>
            <numerusform> · %n at risk or overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing open: no ticket you own or work on is waiting.</source>
        <translation>Nothing open: no ticket you own or work on is waiting.</translation>
    </message>
</context>
<context>
    <name>protocol</name>
    <message>
        <source>no ticket category is called &quot;%1&quot;</source>
        <translation>no ticket category is called &quot;%1&quot;</translation>
    </message>
</context>
</TS>
