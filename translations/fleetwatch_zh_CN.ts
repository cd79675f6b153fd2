<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FailureModeVocabulary</name>
    <message>
        <location filename="../core/labels/failuremodevocabulary.cpp" line="+24"/>
        <source>Abnormal instrument reading</source>
        <translation>仪表读数异常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdown</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External leakage – process medium</source>
        <translation>外部泄漏 – 工艺介质</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External leakage – utility medium</source>
        <translation>外部泄漏 – 公用介质</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erratic output</source>
        <translation>输出不稳定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail to start on demand</source>
        <translation>按需启动失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail to stop on demand</source>
        <translation>按需停止失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High output</source>
        <translation>输出过高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal leakage</source>
        <translation>内部泄漏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low output</source>
        <translation>输出过低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise</source>
        <translation>异常噪声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overheating</source>
        <translation>过热</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter deviation</source>
        <translation>参数偏差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugged/choked</source>
        <translation>堵塞/节流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structural deficiency</source>
        <translation>结构缺陷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spurious stop</source>
        <translation>误停机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vibration</source>
        <translation>振动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The built-in list of failure modes has no &quot;default&quot; list.</source>
        <translation>内置的失效模式清单中没有“default”清单。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The built-in failure modes are used instead.</source>
        <translation>改用内置的失效模式。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>built-in list</source>
        <translation>内置清单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: larger than %2 KiB; not a list of failure modes</source>
        <translation>%1：大于 %2 KiB，不是失效模式清单</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列不是有效的 JSON：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected one JSON object with &quot;asset_types&quot;</source>
        <translation>应为一个包含“asset_types”的 JSON 对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;version&quot; must be 1</source>
        <translation>“version”必须为 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;asset_types&quot; must be an object: asset type → list of modes</source>
        <translation>“asset_types”必须是一个对象：设备类型 → 失效模式清单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an asset type needs a name</source>
        <translation>设备类型必须有名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asset type &quot;%1&quot;: expected a list of modes</source>
        <translation>设备类型“%1”：应为失效模式清单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>asset type &quot;%1&quot;: more than %2 modes</source>
        <translation>设备类型“%1”：失效模式超过 %2 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asset type &quot;%1&quot;, entry %2</source>
        <translation>设备类型“%1”，第 %2 项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: expected an object with &quot;code&quot; and &quot;name&quot;</source>
        <translation>%1：应为包含“code”和“name”的对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;code&quot; must be 2 to 8 characters A-Z or 0-9</source>
        <translation>%1：“code”必须为 2 至 8 个 A-Z 或 0-9 字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: code %2 appears twice</source>
        <translation>%1：代码 %2 重复出现</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;hidden&quot; must be true or false</source>
        <translation>%1：“hidden”必须为 true 或 false</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;name&quot; must be text of 1 to %2 characters</source>
        <translation>%1：“name”必须是 1 至 %2 个字符的文本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>asset type &quot;%1&quot;: the name &quot;%2&quot; is used twice</source>
        <translation>设备类型“%1”：名称“%2”重复使用</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../widgets/reportcharts.cpp" line="+86"/>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d</source>
        <translation>天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mean MTTA</source>
        <translation>平均 MTTA</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>week (from Monday)</source>
        <translation>周（自周一起）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 to %2, one bar per %3</source>
        <translation>%1 至 %2，每%3一根柱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mean MTTA (%1)</source>
        <translation>平均 MTTA（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean time to acknowledge per week (empty: none acknowledged)</source>
        <translation>每周平均确认时间（空白：无已确认报警）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time to acknowledge per day (empty: none acknowledged)</source>
        <translation>每日平均确认时间（空白：无已确认报警）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>alerts</source>
        <translation>报警数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>time to acknowledge</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledged alerts</source>
        <translation>已确认报警数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distribution of times to acknowledge</source>
        <translation>确认时间分布</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>guide</source>
        <translation>参考值</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low + medium</source>
        <translation>低 + 中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>share of the alerts raised</source>
        <translation>占已触发报警的比例</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priority mix against the ISA-18.2 guide (80 / 15 / 5 %)</source>
        <translation>优先级分布与 ISA-18.2 参考值（80 / 15 / 5 %）对比</translation>
    </message>
</context>
<context>
    <name>fw</name>
    <message>
        <location filename="../core/alerts/alarmstate.cpp" line="+44"/>
        <source>Raised</source>
        <translation>触发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to normal</source>
        <translation>恢复正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelve</source>
        <translation>搁置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unshelve</source>
        <translation>取消搁置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelving expired</source>
        <translation>搁置到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppress</source>
        <translation>抑制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsuppress</source>
        <translation>取消抑制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from service</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to service</source>
        <translation>恢复服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown action</source>
        <translation>未知操作</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertlifecycle.cpp" line="+124"/>
        <source>The alert is out of service; return it to service first.</source>
        <translation>该报警已停用；请先恢复服务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The alert is already acknowledged.</source>
        <translation>该报警已确认。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The alert is out of service and cannot be shelved.</source>
        <translation>该报警已停用，无法搁置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The alert is already shelved until %1; unshelve first.</source>
        <translation>该报警已搁置至 %1；请先取消搁置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shelve for %1 to %2 minutes (at most 8 hours), not %3.</source>
        <translation>搁置时长应为 %1 至 %2 分钟（最多 8 小时），而不是 %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shelving needs a reason: say why the alert may wait.</source>
        <translation>搁置需要原因：请说明该报警为何可以暂缓处理。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>The alert is not shelved.</source>
        <translation>该报警未被搁置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The alert stays shelved until %1.</source>
        <translation>该报警将保持搁置至 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The alert is already suppressed.</source>
        <translation>该报警已被抑制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alert is not suppressed.</source>
        <translation>该报警未被抑制。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The alert is already out of service.</source>
        <translation>该报警已停用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end of out of service must be in the future, not %1.</source>
        <translation>停用的结束时间必须在将来，而不是 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The alert is already in service.</source>
        <translation>该报警已在服务中。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unknown action.</source>
        <translation>未知操作。</translation>
    </message>
    <message>
        <location filename="../core/fleet/fleetmessages.cpp" line="+33"/>
        <source>Topic outside the fleet root</source>
        <translation>主题不在设备群根主题之下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown topic</source>
        <translation>未知主题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid site, asset, model or alert id in topic</source>
        <translation>主题中的厂区、设备、模型或报警 ID 无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload larger than 64 KiB</source>
        <translation>负载大于 64 KiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload is not valid UTF-8</source>
        <translation>负载不是有效的 UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload is not valid JSON</source>
        <translation>负载不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload is not a JSON object</source>
        <translation>负载不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON nested deeper than 16 levels</source>
        <translation>JSON 嵌套超过 16 层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NaN, Infinity or out-of-range number</source>
        <translation>NaN、Infinity 或超出范围的数值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required field missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field of the wrong type</source>
        <translation>字段类型错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field value not allowed</source>
        <translation>字段值不允许</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many entries in a list</source>
        <translation>列表条目过多</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timestamp is not RFC 3339</source>
        <translation>时间戳不符合 RFC 3339</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown reason</source>
        <translation>未知原因</translation>
    </message>
    <message>
        <location filename="../core/labels/labelbook.cpp" line="+86"/>
        <source>Alert: %1 is not in the local store; choose an alert from the list.</source>
        <translation>报警：%1 不在本地存储中；请从列表中选择报警。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The label could not be saved in the local store; nothing was recorded. Try again, and tell the administrator if it keeps failing.</source>
        <translation>无法将标注保存到本地存储，未记录任何内容。请重试；如果仍然失败，请通知管理员。</translation>
    </message>
    <message>
        <location filename="../core/labels/labeldesk.cpp" line="+114"/>
        <source>This alert is not in the local store.</source>
        <translation>该报警不在本地存储中。</translation>
    </message>
    <message>
        <location filename="../core/labels/labelvalidation.cpp" line="+28"/>
        <source>%1: shorten it to at most %2 characters (it has %3).</source>
        <translation>%1：请缩短至最多 %2 个字符（当前 %3 个）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: remove the control characters from it (line breaks and tabs may stay).</source>
        <translation>%1：请删除其中的控制字符（换行和制表符可以保留）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: remove the control characters (such as line breaks or tabs) from it.</source>
        <translation>%1：请删除其中的控制字符（如换行或制表符）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not a valid id (1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;); choose it from the list.</source>
        <translation>%1：“%2”不是有效的 ID（1 至 64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;）；请从列表中选择。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outcome: choose what was found (true fault, no fault, inconclusive, or a missed failure).</source>
        <translation>结论：请选择检查结果（确有故障、无故障、无法确定或漏报故障）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>厂区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site: a missed failure needs the site of the asset that failed; choose it.</source>
        <translation>厂区：漏报故障需要填写故障设备所在的厂区；请选择。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset: a missed failure needs the asset that failed; choose it.</source>
        <translation>设备：漏报故障需要填写发生故障的设备；请选择。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed at: enter when the asset failed.</source>
        <translation>故障时间：请输入设备发生故障的时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert: a missed failure is one that no alert foresaw; record it without an alert, or choose another outcome.</source>
        <translation>报警：漏报故障是指没有任何报警预见到的故障；请不关联报警进行记录，或选择其他结论。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert: choose the alert this outcome is about, or record a missed failure instead.</source>
        <translation>报警：请选择该结论对应的报警，或改为记录漏报故障。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed at: the time lies in the future; enter when the asset actually failed.</source>
        <translation>故障时间：该时间在将来；请输入设备实际发生故障的时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downtime: enter a number of minutes.</source>
        <translation>停机时间：请输入分钟数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downtime: enter zero or more minutes.</source>
        <translation>停机时间：请输入零或更多分钟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downtime: %1 minutes is more than a year; enter the downtime in minutes.</source>
        <translation>停机时间：%1 分钟超过一年；请以分钟为单位输入停机时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failure mode</source>
        <translation>失效模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>采取的措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>fw::AccountDesk</name>
    <message>
        <location filename="../core/users/accountdesk.cpp" line="+39"/>
        <source>The accounts are in the store, and the store cannot be opened: nobody can sign in. %1</source>
        <translation>账户保存在存储中，而存储无法打开：任何人都无法登录。%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The store is not open: nobody can sign in.</source>
        <translation>存储未打开：任何人都无法登录。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The store is not open.</source>
        <translation>存储未打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is an administrator already: sign in.</source>
        <translation>已有管理员：请登录。</translation>
    </message>
</context>
<context>
    <name>fw::Accounts</name>
    <message>
        <location filename="../core/users/accounts.cpp" line="+33"/>
        <source>A user name has 1 to 64 letters, digits, dots, dashes, underscores or @.</source>
        <translation>用户名由 1 至 64 个字母、数字、点、短横线、下划线或 @ 组成。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>The accounts could not be read from the store.</source>
        <translation>无法从存储读取账户。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This account is disabled. An administrator can enable it.</source>
        <translation>该账户已禁用。管理员可以将其启用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account is locked after %1 failed sign-ins, until %2. An administrator can unlock it (fleetwatch users enable).</source>
        <translation>该账户在 %1 次登录失败后已被锁定，直至 %2。管理员可以将其解锁（fleetwatch users enable）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Too many failed sign-ins: the account is locked for %1 minutes.</source>
        <translation>登录失败次数过多：账户已锁定 %1 分钟。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sign-in could not be recorded in the store, so it was not accepted.</source>
        <translation>无法在存储中记录此次登录，因此登录未被接受。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is the only active administrator; make another administrator first.</source>
        <translation>%1 是唯一有效的管理员；请先将另一个账户设为管理员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change could not be saved in the store.</source>
        <translation>无法将更改保存到存储。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first account must be an administrator.</source>
        <translation>第一个账户必须是管理员。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is already a user %1.</source>
        <translation>用户 %1 已存在。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password could not be hashed (out of memory).</source>
        <translation>无法计算密码哈希（内存不足）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user could not be saved in the store.</source>
        <translation>无法将用户保存到存储。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <location line="+13"/>
        <source>There is no user %1.</source>
        <translation>用户 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>fw::AlarmHealthReport</name>
    <message>
        <location filename="../core/reports/alarmhealthreport.cpp" line="+83"/>
        <location line="+156"/>
        <source>The store could not be read (see the log).</source>
        <translation>无法读取存储（详见日志）。</translation>
    </message>
</context>
<context>
    <name>fw::AlarmJournal</name>
    <message>
        <location filename="../core/audit/alarmjournalcsv.cpp" line="+54"/>
        <source>the store could not be read to the end.</source>
        <translation>无法完整读取存储。</translation>
    </message>
</context>
<context>
    <name>fw::AlarmJournalModel</name>
    <message>
        <location filename="../models/alarmjournalmodel.cpp" line="+29"/>
        <source>There is no store to read the journal from (%1).</source>
        <translation>没有可供读取日志的存储（%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store %1 cannot be read: %2</source>
        <translation>无法读取存储 %1：%2</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+2"/>
        <source>The journal could not be read from the store.</source>
        <translation>无法从存储读取日志。</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>raised</source>
        <translation>触发</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleared</source>
        <translation>恢复正常</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State / what</source>
        <translation>状态 / 操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>fw::AlarmJournalWindow</name>
    <message>
        <location filename="../widgets/alarmjournalwindow.cpp" line="+48"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load more</source>
        <translation>加载更多(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alarm journal</source>
        <translation>报警日志</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search asset, alert, user or text; asset:P-101 alert:A-7 user:alice</source>
        <translation>搜索设备、报警、用户或文本；asset:P-101 alert:A-7 user:alice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This shift</source>
        <translation>本班次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From – to</source>
        <translation>自定义起止</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All priorities</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert events</source>
        <translation>报警事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  raised</source>
        <translation>  触发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  updated</source>
        <translation>  更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  cleared</source>
        <translation>  恢复正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal (who did what)</source>
        <translation>日志（谁做了什么）</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 rows saved to %2.</source>
        <translation>已将 %1 行保存到 %2。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of … rows (counting)</source>
        <translation>%1 行，共 … 行（正在计数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 rows</source>
        <translation>%1 行，共 %2 行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the alarm journal as CSV</source>
        <translation>将报警日志导出为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>fw::AlertAnnouncer</name>
    <message>
        <location filename="../widgets/alertannouncer.cpp" line="+68"/>
        <source>Fleetwatch</source>
        <translation>Fleetwatch</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 alert on %2</source>
        <translation>%2 发生%1报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (and %2 more)</source>
        <translation>%1（另有 %2 条）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>🔇 Sound muted until %1</source>
        <translation>🔇 静音至 %1</translation>
    </message>
</context>
<context>
    <name>fw::AlertCenter</name>
    <message>
        <location filename="../core/alerts/alertcenter.cpp" line="+120"/>
        <source>The open alerts could not be read from the store %1; the queue starts empty and is refilled from the fleet.</source>
        <translation>无法从存储 %1 读取未关闭的报警；报警队列将从空开始，并由设备群重新填充。</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>the batch&apos;s transaction could not begin</source>
        <translation>该批次的事务无法开始</translation>
    </message>
    <message>
        <location filename="../core/labels/labeldesk.cpp" line="-36"/>
        <source>The local store is not open; nothing was saved.</source>
        <translation>本地存储未打开，未保存任何内容。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The local store is not open.</source>
        <translation>本地存储未打开。</translation>
    </message>
    <message>
        <location filename="../core/alerts/operatoractions.cpp" line="+111"/>
        <source>This alert is no longer in the queue.</source>
        <translation>该报警已不在队列中。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs a note: say why.</source>
        <translation>%1需要备注：请说明原因。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not save the action in the local store; nothing was changed.</source>
        <translation>无法将该操作保存到本地存储，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>fw::AlertPanels</name>
    <message>
        <location filename="../app/alertpanels.cpp" line="+40"/>
        <source>Alert &amp;queue</source>
        <translation>报警队列(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting &amp;outcome</source>
        <translation>待填结论(&amp;O)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Awaiting &amp;outcome (%1)</source>
        <translation>待填结论（%1）(&amp;O)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Local store</source>
        <translation>本地存储</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Outcome saved (label %1); it goes to the fleet as soon as the broker takes it.</source>
        <translation>结论已保存（标注 %1）；代理服务器接收后即发送至设备群。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome not saved</source>
        <translation>结论未保存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not done for %1: %2</source>
        <translation>未对 %1 执行：%2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select an alert first.</source>
        <translation>请先选择一条报警。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No assets known yet.</source>
        <translation>尚无已知设备。</translation>
    </message>
</context>
<context>
    <name>fw::AlertQueueModel</name>
    <message>
        <location filename="../models/alertqueuemodel.cpp" line="+96"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Out of service</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shelved until %1</source>
        <translation>搁置至 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suppressed</source>
        <translation>已抑制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active, ack&apos;d</source>
        <translation>活动，已确认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACTIVE, UNACK</source>
        <translation>活动，未确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared, ack&apos;d</source>
        <translation>已恢复，已确认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLEARED, UNACK</source>
        <translation>已恢复，未确认</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ack %1</source>
        <translation>已确认 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting %1</source>
        <translation>等待 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>NOT STORED</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chattering</source>
        <translation>振荡报警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>caught up</source>
        <translation>补同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raise missed</source>
        <translation>未收到触发</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shelved: %1</source>
        <translation>已搁置：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 on %2/%3, alert id %4</source>
        <translation>%2/%3 上的%1，报警 ID %4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised</source>
        <translation>触发时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to ack</source>
        <translation>确认用时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>厂区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score / thr.</source>
        <translation>评分 / 阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ack&apos;d by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>fw::AlertQueueView</name>
    <message>
        <location filename="../widgets/alertqueueview.cpp" line="+40"/>
        <source>All sites</source>
        <translation>全部厂区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All priorities</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium and above</source>
        <translation>中及以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High and above</source>
        <translation>高及以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical only</source>
        <translation>仅紧急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unacknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelved</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter alerts</source>
        <translation>筛选报警</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Space/Enter: acknowledge · N: acknowledge with a note · S: shelve · U: unshelve · O: record the outcome</source>
        <translation>空格/回车：确认 · N：带备注确认 · S：搁置 · U：取消搁置 · O：记录结论</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 %2</source>
        <translation>%1 条%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge %1 alerts?</source>
        <translation>确认 %1 条报警？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge %1 alerts at once: %2?</source>
        <translation>一次确认 %1 条报警：%2？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each critical alert needs its response. Acknowledge in bulk only when every one of them is being handled.</source>
        <translation>每条紧急报警都需要各自的响应。只有在每一条都有人处理时才批量确认。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledging says that someone is responding to each of them.</source>
        <translation>确认表示每一条都有人在响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge %1</source>
        <translation>确认 %1 条(&amp;A)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Acknowledge with a note</source>
        <translation>带备注确认</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Note for %n alert(s):</source>
        <translation>
            <numerusform>%n 条报警的备注：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>▲ ALERT FLOOD: %1 new alerts in the last 10 minutes. Work by priority; shelve chattering nuisance alerts.</source>
        <translation>▲ 报警泛滥：最近 10 分钟内新增 %1 条报警。请按优先级处理；搁置振荡的干扰报警。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&lt;b&gt;%1 unacknowledged&lt;/b&gt; of %2 · %3 · %4 shelved</source>
        <translation>共 %2 条，&lt;b&gt;%1 条未确认&lt;/b&gt; · %3 · %4 条已搁置</translation>
    </message>
</context>
<context>
    <name>fw::AssetDetailPanel</name>
    <message>
        <location filename="../widgets/assetdetailpanel.cpp" line="+27"/>
        <source>Select an asset in the fleet table to see its trends.</source>
        <translation>在设备表中选择一台设备以查看其趋势。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Health score</source>
        <translation>健康评分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check up to %1 signals to trend</source>
        <translation>最多勾选 %1 个信号显示趋势</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signals (check to trend):</source>
        <translation>信号（勾选以显示趋势）：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No asset selected</source>
        <translation>未选择设备</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site %1</source>
        <translation>厂区 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>criticality %1</source>
        <translation>关键度 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>health %1 (%2)</source>
        <translation>健康度 %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RUL %1 %2</source>
        <translation>剩余寿命 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model %1 %2</source>
        <translation>模型 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sample(s) lost</source>
        <translation>
            <numerusform>丢失 %n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>LAST KNOWN: not connected to the broker; these values were received at %1.</source>
        <translation>最后已知：未连接代理服务器；这些数值接收于 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LAST KNOWN: not connected to the broker.</source>
        <translation>最后已知：未连接代理服务器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STALE: no data since %1 (%2 ago); it usually sends every %3.</source>
        <translation>数据过期：自 %1 起（%2 前）无数据；通常每 %3 发送一次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STALE: no data since %1 (%2 ago).</source>
        <translation>数据过期：自 %1 起（%2 前）无数据。</translation>
    </message>
</context>
<context>
    <name>fw::AuditCommand</name>
    <message>
        <location filename="../reports/auditcommand.cpp" line="+38"/>
        <source>usage: fleetwatch audit verify --db FILE
       fleetwatch audit export --db FILE --from DATE --to DATE [--format csv] [--output FILE]
verify checks the journal&apos;s hash chain and names the first changed, removed or reordered row.
export writes the journal rows of the period [from, to) as CSV to FILE, or to standard output (no --output, or -).
DATE is YYYY-MM-DD (local time) or RFC 3339. The store is only read.
Exit codes: 0 done (verify: the journal is intact), 1 bad arguments, 2 no store at --db, 3 not a Fleetwatch store, 4 the journal is broken, 5 the store has no journal (older than schema version 5), 6 the output cannot be written, 7 the store cannot be opened or read.</source>
        <translation>用法：fleetwatch audit verify --db 文件
      fleetwatch audit export --db 文件 --from 日期 --to 日期 [--format csv] [--output 文件]
verify 检查日志的哈希链，并指出第一条被更改、删除或调换顺序的行。
export 将时段 [from, to) 内的日志行以 CSV 格式写入“文件”，或写到标准输出（不带 --output，或为 -）。
日期为 YYYY-MM-DD（本地时间）或 RFC 3339。只读取存储，不作修改。
退出码：0 完成（verify：日志完好），1 参数错误，2 --db 处没有存储，3 不是 Fleetwatch 存储，4 日志已损坏，5 存储没有日志（早于架构版本 5），6 无法写入输出，7 无法打开或读取存储。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1 needs a value.</source>
        <translation>--%1 需要一个值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1 is given twice.</source>
        <translation>--%1 重复指定。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--db is required.</source>
        <translation>必须指定 --db。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a folder, not a Fleetwatch store.</source>
        <translation>%1 是文件夹，不是 Fleetwatch 存储。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Fleetwatch store at %1; give the path of an existing store.</source>
        <translation>%1 处没有 Fleetwatch 存储；请提供现有存储的路径。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Fleetwatch store: %2; it was left untouched.</source>
        <translation>%1 不是 Fleetwatch 存储：%2；未作任何改动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the store %1 could not be opened: %2</source>
        <translation>无法打开存储 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the store %1 has no journal: it has schema version %2, and the journal came with version %3. Opening it once with this console adds one (empty: what was done before was not recorded).</source>
        <translation>存储 %1 没有日志：其架构版本为 %2，而日志随版本 %3 引入。用本控制台打开一次即可添加日志（为空：之前的操作未被记录）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 rows checked…</source>
        <translation>已检查 %1 行…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal is intact: %1 rows checked in %2 s.</source>
        <translation>日志完好：在 %2 秒内检查了 %1 行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head: row %1, hash %2</source>
        <translation>链头：第 %1 行，哈希 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none: the journal is empty)</source>
        <translation>（无：日志为空）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1 (%2, %3 by %4, %5)</source>
        <translation>第 %1 行（%2，%4 执行%3，%5）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no subject</source>
        <translation>无对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal is NOT intact. The first bad row is %1: %2 The %3 rows before it are intact.</source>
        <translation>日志不完好。第一个损坏的行是%1：%2 其之前的 %3 行完好。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown format &quot;%1&quot;; use csv.</source>
        <translation>未知格式“%1”；请使用 csv。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is required.</source>
        <translation>必须指定 --%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from: </source>
        <translation>--from：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to: </source>
        <translation>--to：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period is empty: --to must be after --from.</source>
        <translation>时段为空：--to 必须晚于 --from。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write to standard output.</source>
        <translation>无法写到标准输出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 journal rows written to %2.</source>
        <translation>已将 %1 条日志行写入 %2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>say what to do: verify or export.</source>
        <translation>请指定操作：verify 或 export。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown command &quot;%1&quot;; use verify or export.</source>
        <translation>未知命令“%1”；请使用 verify 或 export。</translation>
    </message>
</context>
<context>
    <name>fw::AwaitingOutcomeModel</name>
    <message>
        <location filename="../models/awaitingoutcomemodel.cpp" line="+61"/>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 on %2/%3, alert id %4</source>
        <translation>%2/%3 上的%1，报警 ID %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged %1; no outcome recorded yet</source>
        <translation>已于 %1 确认；尚未记录结论</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised</source>
        <translation>触发时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
</context>
<context>
    <name>fw::AwaitingOutcomeView</name>
    <message>
        <location filename="../widgets/awaitingoutcomeview.cpp" line="+23"/>
        <source>&amp;Record outcome…</source>
        <translation>记录结论(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report a &amp;failure no alert foresaw…</source>
        <translation>报告未预警的故障(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged alerts waiting for an outcome. Enter or O records one.</source>
        <translation>已确认、等待填写结论的报警。按回车或 O 记录结论。</translation>
    </message>
</context>
<context>
    <name>fw::ConnectionDialog</name>
    <message>
        <location filename="../widgets/connectiondialog.cpp" line="+26"/>
        <source>path to a PEM file</source>
        <translation>PEM 文件路径</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use &amp;TLS</source>
        <translation>使用 TLS(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not verify the broker&apos;s certificate (unsafe)</source>
        <translation>不验证代理服务器的证书（不安全）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection settings</source>
        <translation>连接设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MQTT 5</source>
        <translation>MQTT 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MQTT 3.1.1</source>
        <translation>MQTT 3.1.1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: a random id and no persistent session</source>
        <translation>留空：使用随机 ID，不保留持久会话</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty: every site</source>
        <translation>留空：全部厂区</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Broker</source>
        <translation>代理服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Client id:</source>
        <translation>客户端 ID(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keepalive:</source>
        <translation>保活间隔(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate:</source>
        <translation>客户端证书：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key:</source>
        <translation>客户端密钥：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fleet</source>
        <translation>设备群</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic &amp;root:</source>
        <translation>主题根(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site:</source>
        <translation>厂区(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when Fleetwatch starts next.</source>
        <translation>新语言将在下次启动 Fleetwatch 时生效。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the broker&apos;s host name or address.</source>
        <translation>请输入代理服务器的主机名或地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The topic root must not be empty or contain + or #.</source>
        <translation>主题根不能为空，也不能包含 + 或 #。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A site id is 1 to 64 characters of A-Z a-z 0-9 . _ -</source>
        <translation>厂区 ID 由 1 至 64 个 A-Z a-z 0-9 . _ - 字符组成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A client certificate needs its key, and a key its certificate.</source>
        <translation>客户端证书需要配套的密钥，密钥也需要配套的证书。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unverified broker</source>
        <translation>未验证的代理服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without verification, anyone on the network can pose as the broker. Connect anyway?</source>
        <translation>不进行验证时，网络上的任何人都可以冒充代理服务器。仍要连接吗？</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Protoc&amp;ol:</source>
        <translation>协议(&amp;O)：</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>kept in the keyring, never on disk</source>
        <translation>保存在密钥环中，从不写入磁盘</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This co&amp;nsole:</source>
        <translation>本控制台(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>fw::ConnectionIndicator</name>
    <message>
        <location filename="../widgets/connectionindicator.cpp" line="+13"/>
        <source>not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 at %2: %3</source>
        <translation>%2 %1：%3</translation>
    </message>
</context>
<context>
    <name>fw::ContributionChart</name>
    <message>
        <location filename="../widgets/contributionchart.cpp" line="+62"/>
        <source>No contributions in this alert&apos;s explanation</source>
        <translation>该报警的解释中没有贡献项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed contributions, strongest first (up: toward the alert, down: toward normal)</source>
        <translation>带符号的贡献，按强度排序（向上：推向报警，向下：趋向正常）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pushes toward the alert</source>
        <translation>推向报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pulls toward normal</source>
        <translation>趋向正常</translation>
    </message>
</context>
<context>
    <name>fw::Database</name>
    <message>
        <location filename="../core/store/databaseopen.cpp" line="+62"/>
        <source>the file %1 is not writable by this user</source>
        <translation>当前用户无法写入文件 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder %1 is not writable by this user</source>
        <translation>当前用户无法写入文件夹 %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the file is read-only</source>
        <translation>该文件为只读</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+223"/>
        <source>the store was written by a newer version of Fleetwatch (schema version %1; this version knows up to %2)</source>
        <translation>该存储由更新版本的 Fleetwatch 写入（架构版本 %1；本版本最高支持 %2）</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>the file is a SQLite database of another application</source>
        <translation>该文件是其他应用程序的 SQLite 数据库</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>write-ahead logging is not available (journal mode %1)</source>
        <translation>预写日志不可用（日志模式 %1）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>migration to schema version %1 failed: %2</source>
        <translation>迁移到架构版本 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot rename %1 to %2: %3</source>
        <translation>无法将 %1 重命名为 %2：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot move %1 aside: %2</source>
        <translation>无法将 %1 移到一旁：%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The alert store %1 cannot be opened: %2. Fleetwatch cannot keep acknowledgements or labels without it; fix the cause or choose another file with --db.</source>
        <translation>无法打开报警存储 %1：%2。没有它，Fleetwatch 无法保存确认记录和标注；请排除原因，或使用 --db 选择其他文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no file name was given</source>
        <translation>未提供文件名</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The alert store %1 was damaged (%2). It was moved to %3 and a new, empty store was created. Open alerts are reloaded from the fleet; the history, acknowledgements and undelivered labels of the old file are not in the new store: keep %3 for your administrator.</source>
        <translation>报警存储 %1 已损坏（%2）。已将其移至 %3 并新建了一个空存储。未关闭的报警将从设备群重新载入；旧文件中的历史、确认记录和未送达的标注不在新存储中：请为管理员保留 %3。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The alert store %1 cannot be read: %2.</source>
        <translation>无法读取报警存储 %1：%2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there is no Fleetwatch store at %1</source>
        <translation>%1 处没有 Fleetwatch 存储</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its latest changes are in %1-wal, which cannot be read in a read-only folder (%2); open it once with the console, or copy the store with its -wal and -shm files to a writable folder</source>
        <translation>其最新更改位于 %1-wal 中，在只读文件夹中无法读取（%2）；请用控制台打开一次，或将存储连同其 -wal 和 -shm 文件复制到可写文件夹</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>the folder %1 does not exist and cannot be created</source>
        <translation>文件夹 %1 不存在且无法创建</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is damaged (%1) and could not be moved aside: %2</source>
        <translation>该文件已损坏（%1），且无法移到一旁：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the damaged file was moved to %1, but a new store cannot be created: %2</source>
        <translation>已将损坏的文件移至 %1，但无法创建新的存储：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+65"/>
        <source>Opened the alert store %1.</source>
        <translation>已打开报警存储 %1。</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Created a new alert store %1.</source>
        <translation>已创建新的报警存储 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated the alert store %1 from schema version %2 to %3.</source>
        <translation>已将报警存储 %1 从架构版本 %2 升级到 %3。</translation>
    </message>
</context>
<context>
    <name>fw::DisplayText</name>
    <message>
        <location filename="../core/fleet/displaytext.cpp" line="+8"/>
        <source>low</source>
        <comment>alert priority</comment>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <comment>alert priority</comment>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <comment>alert priority</comment>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical</source>
        <comment>alert priority</comment>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ok</source>
        <comment>asset health state</comment>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>watch</source>
        <comment>asset health state</comment>
        <translation>观察</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <comment>asset health state</comment>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical</source>
        <comment>asset health state</comment>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown</source>
        <comment>asset criticality</comment>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <comment>asset criticality</comment>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <comment>asset criticality</comment>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <comment>asset criticality</comment>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical</source>
        <comment>asset criticality</comment>
        <translation>关键</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>true fault</source>
        <translation>确有故障</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no fault found</source>
        <translation>未发现故障</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inconclusive</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed failure</source>
        <translation>漏报故障</translation>
    </message>
</context>
<context>
    <name>fw::ExplanationPanel</name>
    <message>
        <location filename="../widgets/explanationpanel.cpp" line="+35"/>
        <source>Alert score against its threshold</source>
        <translation>报警评分与阈值对比</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select an alert in the queue to see why it was raised.</source>
        <translation>在报警队列中选择一条报警，查看其触发原因。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2 — %3 on %4</source>
        <translation>%1 %2 — %4 / %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>model %1 version %2</source>
        <translation>模型 %1，版本 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score %1 against threshold %2</source>
        <translation>评分 %1，阈值 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raised %1</source>
        <translation>触发于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, %3, criticality %4)</source>
        <translation>%1（%2，%3，关键度 %4）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Method %1: %2</source>
        <translation>方法 %1：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not named)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no summary)</source>
        <translation>（无摘要）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This alert came without an explanation; what the console has is shown.</source>
        <translation>该报警没有附带解释；显示的是控制台已有的信息。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no finding yet</source>
        <translation>尚无结论</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Last similar alerts&lt;/b&gt; (same asset, or same model)&lt;br&gt;%1</source>
        <translation>&lt;b&gt;最近的类似报警&lt;/b&gt;（同一设备或同一模型）&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none in the store</source>
        <translation>存储中没有</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (%2) against its baseline</source>
        <translation>%1（%2）与基线对比</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>evidence</source>
        <translation>报警时记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>No explanation for %1</source>
        <translation>没有 %1 的解释</translation>
    </message>
</context>
<context>
    <name>fw::FeedbackDialog</name>
    <message>
        <location filename="../widgets/feedbackdialog.cpp" line="+67"/>
        <source>describe the failure mode in a few words</source>
        <translation>用几个词描述失效模式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what caused it, e.g. compressor fouling</source>
        <translation>故障原因，例如压气机结垢</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what was done, e.g. washed compressor</source>
        <translation>采取的措施，例如清洗压气机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un&amp;known</source>
        <translation>未知(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anything the next technician or the model team should know</source>
        <translation>下一位技术员或模型团队需要了解的任何信息</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record outcome: %1</source>
        <translation>记录结论：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>choose the asset that failed</source>
        <translation>选择发生故障的设备</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+188"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report a missed failure</source>
        <translation>报告漏报故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A failure that no alert foresaw. It is sent to the fleet as a missed failure, so that the models learn from it.</source>
        <translation>没有任何报警预见到的故障。它将作为漏报故障发送至设备群，以便模型从中学习。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alert</source>
        <translation>报警</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert:</source>
        <translation>报警：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised:</source>
        <translation>触发时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, version %2</source>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not acknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at %2</source>
        <translation>%1，于 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 @ %2 at %3</source>
        <translation>%1 @ %2，于 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged by:</source>
        <translation>确认人：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Missed failure (no alert foresaw it)</source>
        <translation>漏报故障（没有报警预见到）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;True fault</source>
        <translation>确有故障(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No fault found</source>
        <translation>未发现故障(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inconclusive</source>
        <translation>无法确定(&amp;I)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No&amp;w</source>
        <translation>现在(&amp;W)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ass&amp;et:</source>
        <translation>设备(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Failed at:</source>
        <translation>故障时间(&amp;F)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outcome:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure &amp;mode:</source>
        <translation>失效模式(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descri&amp;be:</source>
        <translation>描述(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cause:</source>
        <translation>原因(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action taken:</source>
        <translation>采取的措施(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Downtime:</source>
        <translation>停机时间(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the record and send it to the fleet (Ctrl+Enter)</source>
        <translation>保存记录并发送至设备群（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not determined</source>
        <translation>未确定</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Failure mode: you chose Other; describe it in a few words.</source>
        <translation>失效模式：您选择了“其他”，请用几个词加以描述。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready to save (Ctrl+Enter).</source>
        <translation>可以保存（Ctrl+Enter）。</translation>
    </message>
</context>
<context>
    <name>fw::FleetTableModel</name>
    <message>
        <location filename="../models/fleettablemodel.cpp" line="+27"/>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch</source>
        <translation>观察</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/fleetview.cpp" line="+66"/>
        <source>CRITICAL</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not connected to the broker: these are the last known values, received %1. Nothing newer can arrive until the connection is back.</source>
        <translation>未连接代理服务器：这些是最后已知的数值，接收于 %1。连接恢复前不会收到更新的数据。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stale after %1 without data</source>
        <translation>无数据 %1 后视为过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data since %1 (%2 ago); it usually sends every %3, %4.</source>
        <translation>自 %1 起（%2 前）无数据；通常每 %3 发送一次，%4。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data since %1 (%2 ago); %3.</source>
        <translation>自 %1 起（%2 前）无数据；%3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last data received %1; it usually sends every %2.</source>
        <translation>最后收到数据 %1；通常每 %2 发送一次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last data received %1.</source>
        <translation>最后收到数据 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 (stale)</source>
        <translation>%1（过期）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../widgets/fleetview.cpp" line="+0"/>
        <source>%1 (last known)</source>
        <translation>%1（最后已知）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OFFLINE (last known)</source>
        <translation>离线（最后已知）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../widgets/fleetview.cpp" line="+2"/>
        <source>last known %1</source>
        <translation>最后已知 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../widgets/fleetview.cpp" line="+1"/>
        <source>stale since %1</source>
        <translation>自 %1 起过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n telemetry sample(s) lost (sequence gaps)</source>
        <translation>
            <numerusform>丢失 %n 个遥测样本（序号缺口）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Site</source>
        <translation>厂区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>产线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RUL</source>
        <translation>剩余寿命</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last update</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open alerts</source>
        <translation>未关闭报警</translation>
    </message>
</context>
<context>
    <name>fw::FleetView</name>
    <message>
        <location filename="../widgets/fleetview.cpp" line="-44"/>
        <source>&amp;Abnormal only</source>
        <translation>仅显示异常(&amp;B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter assets: site, line, id, name, type (Ctrl+F)</source>
        <translation>筛选设备：厂区、产线、ID、名称、类型（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All sites</source>
        <translation>全部厂区</translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>%1 of %n asset(s)</source>
        <translation>
            <numerusform>%1 / 共 %n 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stale</source>
        <translation>
            <numerusform>%n 个过期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::JournalChain</name>
    <message>
        <location filename="../core/audit/journalchain.cpp" line="+54"/>
        <source>The store has no journal (it was made by an older Fleetwatch).</source>
        <translation>存储没有日志（它由较早版本的 Fleetwatch 创建）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>It does not start the chain: rows before it were removed.</source>
        <translation>它不是链的起点：之前的行已被删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its link to the row before it is broken: rows were removed, inserted or reordered before it.</source>
        <translation>它与前一行的链接已断开：其之前有行被删除、插入或调换了顺序。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its contents were changed after it was written.</source>
        <translation>其内容在写入后被更改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal could not be read to the end.</source>
        <translation>无法完整读取日志。</translation>
    </message>
</context>
<context>
    <name>fw::JournalCsv</name>
    <message>
        <location filename="../core/audit/journalcsv.cpp" line="+41"/>
        <source>the store has no journal.</source>
        <translation>存储没有日志。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the journal could not be read to the end.</source>
        <translation>无法完整读取日志。</translation>
    </message>
</context>
<context>
    <name>fw::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+71"/>
        <source>&amp;Asset trends</source>
        <translation>设备趋势(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why (explanation)</source>
        <translation>原因说明(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>▲ Labels: %1 to send, %2 delivered</source>
        <translation>▲ 标注：%1 条待发送，%2 条已送达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels: %1 delivered</source>
        <translation>标注：%1 条已送达</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the keyring holds an empty password for %1</source>
        <translation>密钥环中 %1 的密码为空</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports…</source>
        <translation>报表(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find asset…</source>
        <translation>查找设备(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abnormal assets only</source>
        <translation>仅显示异常设备(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alarm &amp;journal…</source>
        <translation>报警日志(&amp;J)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rejected messages…</source>
        <translation>被拒消息(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ull screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Alerts</source>
        <translation>报警(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the alert &amp;queue</source>
        <translation>转到报警队列(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge selected	Space</source>
        <translation>确认所选(&amp;A)	空格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge with a &amp;note…	N</source>
        <translation>带备注确认(&amp;N)…	N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shelve…	S</source>
        <translation>搁置(&amp;S)…	S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unshelve	U</source>
        <translation>取消搁置(&amp;U)	U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the &amp;outcome…	O</source>
        <translation>记录结论(&amp;O)…	O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report a &amp;failure no alert foresaw…</source>
        <translation>报告未预警的故障(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mute sound for 5 minutes</source>
        <translation>静音 5 分钟(&amp;M)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Fleetwatch</source>
        <translation>关于 Fleetwatch(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Fleetwatch</source>
        <translation>关于 Fleetwatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Fleetwatch %1&lt;/b&gt;&lt;p&gt;Operator console for predictive-maintenance fleets (fleet MQTT interface v1).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Fleetwatch %1&lt;/b&gt;&lt;p&gt;面向预测性维护设备群的操作员控制台（设备群 MQTT 接口 v1）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Messages rejected by the fleet interface check; click for the reasons (Ctrl+Shift+R)</source>
        <translation>未通过设备群接口检查而被拒绝的消息；单击查看原因（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>reading the password of %1 from the keyring</source>
        <translation>正在从密钥环读取 %1 的密码</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>▲ %1 to send (%2 delivered)</source>
        <translation>▲ %1 条待发送（%2 条已送达）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sent (%1 delivered)</source>
        <translation>全部已发送（%1 条已送达）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgements and labels wait in the local store until the broker has taken them</source>
        <translation>确认记录和标注会保存在本地存储中，直到代理服务器接收为止</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 msg/s</source>
        <translation>%1 条/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 assets · %2 open alerts</source>
        <translation>%1 台设备 · %2 条未关闭报警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+10"/>
        <source>Connection settings</source>
        <translation>连接设置</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The interface language changes when Fleetwatch starts next.</source>
        <translation>界面语言将在下次启动 Fleetwatch 时更改。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fleetwatch — %1 — %2</source>
        <translation>Fleetwatch — %1 — %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all sites</source>
        <translation>全部厂区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — NOT SAVING</source>
        <translation> — 未在保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — read-only mode</source>
        <translation> — 只读模式</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>F&amp;leet table</source>
        <translation>设备表(&amp;L)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Day</source>
        <translation>日间(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Night</source>
        <translation>夜间(&amp;N)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sound on a&amp;gain</source>
        <translation>恢复声音(&amp;G)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The theme could not be saved in %1</source>
        <translation>无法将主题保存到 %1</translation>
    </message>
</context>
<context>
    <name>fw::ModelStatusModel</name>
    <message>
        <location filename="../models/modelstatusmodel.cpp" line="+20"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 (changed from %2 at %3)</source>
        <translation>%1（于 %3 由 %2 更换）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+23"/>
        <location line="+6"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DRIFTING</source>
        <translation>漂移中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reported</source>
        <translation>未上报</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no labels yet</source>
        <translation>尚无标注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only inconclusive</source>
        <translation>仅有不确定标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 条中 %2 条）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>no alerts</source>
        <translation>无报警</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The fleet reports that this model&apos;s inputs no longer look like its training data: its alerts are less reliable until it is retrained.</source>
        <translation>设备群报告该模型的输入已不再与其训练数据相似：在重新训练之前，其报警的可靠性较低。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of the alerts of version %1 that technicians labelled true fault or no fault found, the share that were true faults.</source>
        <translation>在技术员标注为“确有故障”或“未发现故障”的版本 %1 报警中，确有故障所占的比例。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alerts of version %1 labelled &quot;no fault found&quot;, and their share of the decided labels.</source>
        <translation>版本 %1 中被标注为“未发现故障”的报警，及其在已判定标注中所占的比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures no alert foresaw, reported against version %1.</source>
        <translation>没有报警预见到、针对版本 %1 报告的故障。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status received %1</source>
        <translation>状态接收于 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Site</source>
        <translation>厂区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels used</source>
        <translation>已用标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drift / thr.</source>
        <translation>漂移 / 阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drift</source>
        <translation>漂移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False alarms</source>
        <translation>误报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed failures</source>
        <translation>漏报故障</translation>
    </message>
</context>
<context>
    <name>fw::ModelStatusView</name>
    <message>
        <location filename="../widgets/modelstatusview.cpp" line="+62"/>
        <source>Drift is reported by the fleet for each model. Precision, labelled share, false alarms and missed failures count the technicians&apos; labels for the version now running.</source>
        <translation>漂移由设备群针对每个模型上报。精确率、标注比例、误报和漏报故障统计的是技术员对当前运行版本的标注。</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>▲ %n of %1 model(s) DRIFTING.</source>
        <translation>
            <numerusform>▲ %1 个模型中有 %n 个发生漂移。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n model(s), none drifting.</source>
        <translation>
            <numerusform>%n 个模型，均无漂移。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A drifting model sees inputs unlike its training data: treat its alerts with care until it is retrained. Precision and false alarms come from technicians&apos; labels.</source>
        <translation>发生漂移的模型所接收的输入与其训练数据不同：在重新训练之前，请谨慎对待其报警。精确率和误报来自技术员的标注。</translation>
    </message>
</context>
<context>
    <name>fw::MqttSession</name>
    <message>
        <location filename="../core/mqtt/mqttsession.cpp" line="+33"/>
        <source>Disconnected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting</source>
        <translation>正在重新连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connecting</source>
        <translation>不再连接</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>libmosquitto does not take the TLS context: %1</source>
        <translation>libmosquitto 不接受该 TLS 上下文：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS setup failed, not connecting: %1</source>
        <translation>TLS 设置失败，不进行连接：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+33"/>
        <source>cannot connect to %1: %2; retrying in %3 s</source>
        <translation>无法连接到 %1：%2；%3 秒后重试</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection lost: %1; reconnecting in %2 s</source>
        <translation>连接丢失：%1；%2 秒后重新连接</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (user name or password wrong or missing, or the account may not connect)</source>
        <translation>%1（用户名或密码错误或缺失，或该账户无权连接）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker refused the connection: %1</source>
        <translation>代理服务器拒绝连接：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>session resumed</source>
        <translation>会话已恢复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new session</source>
        <translation>新会话</translation>
    </message>
</context>
<context>
    <name>fw::MttaReport</name>
    <message>
        <location filename="../core/reports/mttareport.cpp" line="+138"/>
        <location line="+58"/>
        <source>The store could not be read (see the log).</source>
        <translation>无法读取存储（详见日志）。</translation>
    </message>
</context>
<context>
    <name>fw::PasswordFile</name>
    <message>
        <location filename="../app/passwordfile.cpp" line="+16"/>
        <location line="+15"/>
        <source>--password-file %1: %2</source>
        <translation>--password-file %1：%2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>--password-file %1: not a regular file</source>
        <translation>--password-file %1：不是普通文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--password-file %1: group or others may read it (mode %2); it must be readable by its owner only: chmod 600 %1</source>
        <translation>--password-file %1：同组用户或其他用户可读取该文件（模式 %2）；它必须仅对其所有者可读：chmod 600 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--password-file %1: the file is empty (the password is its first line)</source>
        <translation>--password-file %1：文件为空（密码应位于第一行）</translation>
    </message>
</context>
<context>
    <name>fw::PasswordHash</name>
    <message numerus="yes">
        <location filename="../core/users/passwordhash.cpp" line="+50"/>
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password must not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
</context>
<context>
    <name>fw::PasswordKeyring</name>
    <message>
        <location filename="../app/passwordkeyring.cpp" line="+22"/>
        <location line="+5"/>
        <source>no D-Bus session</source>
        <translation>没有 D-Bus 会话</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no Secret Service or KWallet on the D-Bus session</source>
        <translation>D-Bus 会话中没有 Secret Service 或 KWallet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no keyring available (%1): give the password with FLEETWATCH_MQTT_PASSWORD or --password-file</source>
        <translation>没有可用的密钥环（%1）：请通过 FLEETWATCH_MQTT_PASSWORD 或 --password-file 提供密码</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no password for %1 in the keyring: enter it in Connection ▸ Settings, or give it with FLEETWATCH_MQTT_PASSWORD or --password-file</source>
        <translation>密钥环中没有 %1 的密码：请在“连接 ▸ 设置”中输入，或通过 FLEETWATCH_MQTT_PASSWORD 或 --password-file 提供</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keyring did not give the password for %1 (%2): give it with FLEETWATCH_MQTT_PASSWORD or --password-file</source>
        <translation>密钥环未提供 %1 的密码（%2）：请通过 FLEETWATCH_MQTT_PASSWORD 或 --password-file 提供</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no keyring available (%1): the password is used for this session only; for later ones give it with FLEETWATCH_MQTT_PASSWORD or --password-file</source>
        <translation>没有可用的密钥环（%1）：该密码仅用于本次会话；以后的会话请通过 FLEETWATCH_MQTT_PASSWORD 或 --password-file 提供</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password for %1 could not be kept in the keyring: %2</source>
        <translation>无法将 %1 的密码保存到密钥环：%2</translation>
    </message>
</context>
<context>
    <name>fw::RejectionModel</name>
    <message>
        <location filename="../models/rejectionmodel.cpp" line="+65"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
</context>
<context>
    <name>fw::RejectionsDialog</name>
    <message>
        <location filename="../widgets/rejectionsdialog.cpp" line="+15"/>
        <source>Rejected messages</source>
        <translation>被拒消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages that broke the fleet interface (fleet-mqtt-v1) and were not applied. Details are in the log, at a limited rate.</source>
        <translation>违反设备群接口（fleet-mqtt-v1）而未被采用的消息。详细信息记录在日志中（有频率限制）。</translation>
    </message>
</context>
<context>
    <name>fw::Report</name>
    <message>
        <location filename="../core/reports/reportbuilder.cpp" line="+37"/>
        <source>The store could not be read (see the log).</source>
        <translation>无法读取存储（详见日志）。</translation>
    </message>
    <message>
        <location filename="../core/reports/reportloader.cpp" line="+33"/>
        <source>The report period is empty: the end must be after the start.</source>
        <translation>报表时段为空：结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report period is longer than ten years: choose a shorter one.</source>
        <translation>报表时段超过十年：请选择较短的时段。</translation>
    </message>
</context>
<context>
    <name>fw::ReportCommand</name>
    <message>
        <location filename="../core/reports/reportcli.cpp" line="+19"/>
        <source>usage: fleetwatch report --db FILE --from DATE --to DATE [--format csv|pdf] --out PATH [--shifts HH:MM,HH:MM,...] [--trend day|week]
DATE is YYYY-MM-DD (local time) or RFC 3339; the period is [from, to); --out - writes to standard output.</source>
        <translation>用法：fleetwatch report --db 文件 --from 日期 --to 日期 [--format csv|pdf] --out 路径 [--shifts HH:MM,HH:MM,...] [--trend day|week]
日期为 YYYY-MM-DD（本地时间）或 RFC 3339；时段为 [from, to)；--out - 表示写到标准输出。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>--%1 needs a value.</source>
        <translation>--%1 需要一个值。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1 is given twice.</source>
        <translation>--%1 重复指定。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 is required.</source>
        <translation>必须指定 --%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown format &quot;%1&quot;; use csv or pdf.</source>
        <translation>未知格式“%1”；请使用 csv 或 pdf。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--from: </source>
        <translation>--from：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to: </source>
        <translation>--to：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--trend must be day or week.</source>
        <translation>--trend 必须为 day 或 week。</translation>
    </message>
    <message>
        <location filename="../core/reports/reportloader.cpp" line="+5"/>
        <source>no Fleetwatch store at %1; give the path of an existing store.</source>
        <translation>%1 处没有 Fleetwatch 存储；请提供现有存储的路径。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a Fleetwatch store: %2; it was left untouched.</source>
        <translation>%1 不是 Fleetwatch 存储：%2；未作任何改动。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the store %1 could not be opened: %2</source>
        <translation>无法打开存储 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the store %1 has schema version %2, older than a report reads (%3); open it once with the console to update it.</source>
        <translation>存储 %1 的模式版本为 %2，低于报表可读取的版本（%3）；请用控制台打开一次以更新。</translation>
    </message>
    <message>
        <location filename="../reports/reportcommand.cpp" line="+37"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>--lang needs a value.</source>
        <translation>--lang 需要一个值。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--lang: &quot;%1&quot; is not a language of Fleetwatch (%2).</source>
        <translation>--lang：“%1”不是 Fleetwatch 支持的语言（%2）。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>--lang LANGUAGE: de, zh_CN or en, the language of the report and of these messages (default: the system&apos;s).</source>
        <translation>--lang 语言：de、zh_CN 或 en，即报表及这些提示信息的语言（默认：系统语言）。</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>cannot write the PDF to standard output.</source>
        <translation>无法将 PDF 写入标准输出。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF output is not available here: it needs the fleetwatch application (a QGuiApplication); use --format csv.</source>
        <translation>此处不支持 PDF 输出：需要 fleetwatch 应用程序（QGuiApplication）；请使用 --format csv。</translation>
    </message>
</context>
<context>
    <name>fw::ReportPdf</name>
    <message>
        <location filename="../reports/reportformat.cpp" line="+106"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+18"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <location line="+37"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+17"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../reports/reportsections.cpp" line="+315"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <location filename="../reports/reportsections.cpp" line="-28"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="-36"/>
        <location filename="../reports/reportsections.cpp" line="-1"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Collected %1 of the %2 period; rates over that time.</source>
        <translation>在 %2 的周期中采集了 %1；比率按该时间计算。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store has a record of when it was collecting only from %1 on; the rates are over the time from the first to the last alert of the period instead: %2 of the %3 period.</source>
        <translation>存储仅从 %1 起记录了采集时间；比率改按本周期第一条到最后一条报警之间的时间计算：%3 周期中的 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store has no record of when it was collecting (it was made by an earlier version); the rates are over the time from the first to the last alert of the period instead: %1 of the %2 period.</source>
        <translation>存储没有采集时间的记录（由早期版本创建）；比率改按本周期第一条到最后一条报警之间的时间计算：%2 周期中的 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collected %1 of the %2 period; rates over that time. Before %3 the store has no record of when it was collecting: there the time from the first to the last alert counts.</source>
        <translation>在 %2 的周期中采集了 %1；比率按该时间计算。%3 之前存储没有采集时间的记录：该段按第一条到最后一条报警之间的时间计算。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of the period had passed when the report was made; the rest is not counted.</source>
        <translation>生成报表时本周期已过去 %1；其余时间不计。</translation>
    </message>
    <message>
        <location filename="../reports/reportpdfwriter.cpp" line="+22"/>
        <source>Fleetwatch plant report</source>
        <translation>Fleetwatch 工厂报表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period %1</source>
        <translation>时段 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated %1  ·  %2</source>
        <translation>生成于 %1  ·  %2</translation>
    </message>
    <message>
        <location filename="../reports/pageddocument.cpp" line="+80"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location line="+138"/>
        <location filename="../reports/reportsections.cpp" line="-149"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../reports/reportpdfcharts.cpp" line="+145"/>
        <source>Mean time to acknowledge per day</source>
        <translation>每日平均确认时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time to acknowledge per week (from Monday)</source>
        <translation>每周平均确认时间（自周一起）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean MTTA</source>
        <translation>平均 MTTA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bars: mean time to acknowledge of the alerts raised in the %1 and acknowledged before the end of the period; “–”: none acknowledged.</source>
        <translation>柱：在该%1内触发、并在报表时段结束前确认的报警的平均确认时间；“–”：无已确认报警。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Distribution of times to acknowledge</source>
        <translation>确认时间分布</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>alerts</source>
        <translation>报警数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged alerts by time to acknowledge; each bar runs from the previous bar&apos;s bound.</source>
        <translation>按确认时间统计的已确认报警；每根柱从前一根柱的上限开始。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../reports/reportsections.cpp" line="+95"/>
        <source>low + medium</source>
        <translation>低 + 中</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../reports/reportsections.cpp" line="+0"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../reports/reportsections.cpp" line="+0"/>
        <source>critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority mix against the ISA-18.2 guide (80 / 15 / 5 %)</source>
        <translation>优先级分布与 ISA-18.2 参考值（80 / 15 / 5 %）对比</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guide</source>
        <translation>参考值</translation>
    </message>
    <message>
        <location filename="../reports/reportformat.cpp" line="+53"/>
        <location filename="../reports/reportpdfcharts.cpp" line="+24"/>
        <location filename="../reports/reportsections.cpp" line="-14"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../reports/reportsections.cpp" line="-167"/>
        <source>Plant report</source>
        <translation>工厂报表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarm response (mean time to acknowledge) and alarm-system health, from the Fleetwatch console store.</source>
        <translation>报警响应（平均确认时间）与报警系统健康状况，数据来自 Fleetwatch 控制台存储。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+99"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>%1 (%2 days; an alert is in it by the time it was raised)</source>
        <translation>%1（%2 天；报警按触发时间计入时段）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rates over</source>
        <translation>比率计算时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no id)</source>
        <translation>（无 ID）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In short</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+131"/>
        <source>Alerts raised</source>
        <translation>已触发报警</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, mean %2, median %3, 90 % within %4</source>
        <translation>%1 条，平均 %2，中位数 %3，90% 在 %4 内</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+89"/>
        <source>Unacknowledged at end</source>
        <translation>期末未确认</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Alerts per day</source>
        <translation>每日报警数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (guide: about 150, at most 300)</source>
        <translation>%1（参考值：约 150，最多 300）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing over 24 h</source>
        <translation>常驻超过 24 小时</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+140"/>
        <location line="+69"/>
        <location line="+32"/>
        <source>Alerts</source>
        <translation>报警数</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+183"/>
        <source>Acked</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Unacked at end</source>
        <translation>期末未确认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90th pct</source>
        <translation>90 分位</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The %1 assets with most alerts, of %2; the CSV export has them all.</source>
        <translation>报警最多的 %1 台设备（共 %2 台）；CSV 导出包含全部设备。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(not acknowledged)</source>
        <translation>（未确认）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mean time to acknowledge</source>
        <translation>平均确认时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the console&apos;s first receipt of an alert to its first acknowledgement on any console. An alert acknowledged only after the end of the period, or never, counts as unacknowledged at the end and is not in the times. Median and 90th percentile interpolate between ranks.</source>
        <translation>从控制台首次收到报警到在任一控制台首次确认的时间。在时段结束后才确认或从未确认的报警计为期末未确认，不计入时间统计。中位数和第 90 百分位数在相邻排名之间插值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All alerts</source>
        <translation>全部报警</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unacknowledged at the end of the period</source>
        <translation>时段结束时未确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 alerts raised in the period (%3) were not acknowledged by its end. They are counted here and not in the times to acknowledge.</source>
        <translation>时段内触发的 %2 条报警中有 %1 条（%3）在时段结束时仍未确认。它们在此单独统计，不计入确认时间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <location line="+42"/>
        <location line="+43"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Of alerts</source>
        <translation>报警总数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+59"/>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>By priority</source>
        <translation>按优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By shift</source>
        <translation>按班次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift (local time)</source>
        <translation>班次（本地时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By site</source>
        <translation>按厂区</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+56"/>
        <location line="+27"/>
        <location line="+26"/>
        <location line="+11"/>
        <source>Site</source>
        <translation>厂区</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>By line</source>
        <translation>按产线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site / line</source>
        <translation>厂区 / 产线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By operator</source>
        <translation>按操作员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By asset (most alerts)</source>
        <translation>按设备（报警最多）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site / asset</source>
        <translation>厂区 / 设备</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alarm-system health</source>
        <translation>报警系统健康状况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISA-18.2 / EEMUA 191 figures for this console. A 10-minute interval with %1 or more new alerts is in flood.</source>
        <translation>本控制台的 ISA-18.2 / EEMUA 191 指标。10 分钟内新增报警达到 %1 条或以上即视为报警泛滥。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <location line="+25"/>
        <source>within</source>
        <translation>达标</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+10"/>
        <location line="+25"/>
        <source>above</source>
        <translation>超标</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Guide</source>
        <translation>参考值</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Alerts per 10 minutes (average)</source>
        <translation>每 10 分钟报警数（平均）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about 1 (at most 2)</source>
        <translation>约 1（最多 2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts per day (average)</source>
        <translation>每日报警数（平均）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about 150 acceptable, 300 at most</source>
        <translation>约 150 可接受，最多 300</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manageable</source>
        <translation>可控</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak alerts in 10 minutes</source>
        <translation>10 分钟内报警数峰值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>under 10</source>
        <translation>少于 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10-minute intervals</source>
        <translation>10 分钟区间数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervals in flood</source>
        <translation>报警泛滥区间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under 1 % of the time</source>
        <translation>低于 1% 的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing over 24 h at end</source>
        <translation>期末常驻超过 24 小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chattering alerts</source>
        <translation>振荡报警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shelve actions</source>
        <translation>搁置次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes shelved (asked for)</source>
        <translation>搁置分钟数（申请）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>about %1 (%2 or more)</source>
        <translation>约 %1（%2 或以上）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>about %1 (at most %2)</source>
        <translation>约 %1（最多 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>below</source>
        <translation>低于</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority mix</source>
        <translation>优先级分布</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <location line="+26"/>
        <location line="+11"/>
        <source>Asset</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+27"/>
        <location line="+26"/>
        <location line="+11"/>
        <source>Alert</source>
        <translation>报警</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+27"/>
        <source>Raised</source>
        <translation>触发次数</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Ten most frequent alerts</source>
        <translation>最频繁的十种报警</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first %1 of %2; the CSV export has them all.</source>
        <translation>前 %1 条（共 %2 条）；CSV 导出包含全部。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alerts needing attention</source>
        <translation>需要关注的报警</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standing at the end of the period (raised over 24 h before; %1)</source>
        <translation>时段结束时的常驻报警（触发已超过 24 小时；%1 条）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unacknowledged or still active at the end of the period, oldest first; age at the end of the period.</source>
        <translation>时段结束时未确认或仍处于活动状态，按时间由旧到新；持续时间按时段结束时计算。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chattering (%1 alerts)</source>
        <translation>振荡报警（%1 条）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shelves</source>
        <translation>搁置次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longest</source>
        <translation>最长</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shelved (%1 shelve actions, %2 minutes)</source>
        <translation>已搁置（%1 次搁置，%2 分钟）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model quality per version</source>
        <translation>各版本模型质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time, from the operators&apos; labels (labels are not tied to the period). Precision: true positives of the decided labels; false-alarm rate: false positives of the decided labels.</source>
        <translation>全部时间，依据操作员的标注（标注不限于本时段）。精确率：已判定标注中有效报警所占的比例；误报率：已判定标注中误报所占的比例。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labelled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>True</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation>误报</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unclear</source>
        <translation>不确定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>漏报</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False alarm</source>
        <translation>误报率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vs previous</source>
        <translation>较上一版本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no model has raised an alert)</source>
        <translation>（没有模型触发过报警）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs previous: the change of precision (percentage points) and of the false-alarm count against the previous version of the same model, versions in semantic-version order; “–”: the model&apos;s first version, or no decided labels on one side.</source>
        <translation>较上一版本：与同一模型上一版本相比，精确率（百分点）和误报数量的变化，版本按语义化版本顺序排列；“–”：该模型的第一个版本，或某一方没有已判定的标注。</translation>
    </message>
    <message>
        <location filename="../reports/reportpdfwriter.cpp" line="+12"/>
        <source>Fleetwatch plant report, %1</source>
        <translation>Fleetwatch 工厂报表，%1</translation>
    </message>
    <message>
        <location filename="../reports/reportformat.cpp" line="-18"/>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../reports/reportpdfwriter.cpp" line="+8"/>
        <source>The report could not be painted.</source>
        <translation>无法绘制报表。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PDF could not be painted.</source>
        <translation>无法绘制 PDF。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>fw::ReportPeriod</name>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="+40"/>
        <source>Shifts: &quot;%1&quot; is not a time; give shift start times as HH:MM separated by commas, e.g. 06:00,14:00,22:00.</source>
        <translation>班次：“%1”不是时间；请以 HH:MM 格式、用逗号分隔给出各班次开始时间，例如 06:00,14:00,22:00。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shifts: %1 is given twice; give each shift start once.</source>
        <translation>班次：%1 重复；每个班次开始时间只需给出一次。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&quot;%1&quot; is not a date; give YYYY-MM-DD (local time) or an RFC 3339 time such as 2026-11-22T08:00:00Z.</source>
        <translation>“%1”不是日期；请输入 YYYY-MM-DD（本地时间）或 RFC 3339 时间，例如 2026-11-22T08:00:00Z。</translation>
    </message>
</context>
<context>
    <name>fw::ReportsWindow</name>
    <message>
        <location filename="../widgets/reportswindow.cpp" line="+77"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>per day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local start times of the shifts, e.g. 06:00,14:00,22:00</source>
        <translation>各班次的本地开始时间，例如 06:00,14:00,22:00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Run</source>
        <translation>生成(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+236"/>
        <source>All alerts</source>
        <translation>全部报警</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>By site</source>
        <translation>按厂区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By line</source>
        <translation>按产线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By asset</source>
        <translation>按设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By priority</source>
        <translation>按优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By shift</source>
        <translation>按班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By operator</source>
        <translation>按操作员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grouping of the time-to-acknowledge table</source>
        <translation>确认时间表格的分组方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>开始日期(&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Trend</source>
        <translation>趋势(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Shifts</source>
        <translation>班次(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Grouping</source>
        <translation>分组(&amp;G)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <location line="+11"/>
        <location line="+5"/>
        <source>Alerts</source>
        <translation>报警数</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Acked</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unacked at end</source>
        <translation>期末未确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90th pct</source>
        <translation>90 分位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to acknowledge</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Guide</source>
        <translation>参考值</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alarm health</source>
        <translation>报警系统健康</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Site</source>
        <translation>厂区</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Asset</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Alert</source>
        <translation>报警</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+3"/>
        <source>Raised</source>
        <translation>触发</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Top ten</source>
        <translation>前十</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>常驻报警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chattering</source>
        <translation>振荡报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelves</source>
        <translation>搁置次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longest</source>
        <translation>最长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelved</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labelled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True</source>
        <translation>有效报警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation>误报</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unclear</source>
        <translation>不确定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed</source>
        <translation>漏报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False alarm</source>
        <translation>误报率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vs previous version</source>
        <translation>较上一版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change of precision (percentage points) and of the false-alarm count against the previous version of the same model (semantic-version order)</source>
        <translation>与同一模型上一版本相比，精确率（百分点）和误报数量的变化（按语义化版本顺序）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model quality</source>
        <translation>模型质量</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Building the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Period %1 to %2 (local time), generated %3.</source>
        <translation>时段 %1 至 %2（本地时间），生成于 %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 alerts raised; %2 acknowledged, mean %3, median %4, 90 % within %5; %6 per day.</source>
        <translation>触发报警 %1 条；已确认 %2 条，平均 %3，中位数 %4，90% 在 %5 内；每日 %6 条。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1 of %2 alerts raised in the period were not acknowledged by its end.&lt;/b&gt; They are counted apart and not in the times to acknowledge.</source>
        <translation>&lt;b&gt;时段内触发的 %2 条报警中有 %1 条在时段结束时仍未确认。&lt;/b&gt;它们单独统计，不计入确认时间。</translation>
    </message>
    <message>
        <location filename="../widgets/reporttablerows.cpp" line="+23"/>
        <location line="+12"/>
        <location line="+20"/>
        <source>within</source>
        <translation>达标</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+12"/>
        <location line="+20"/>
        <source>above</source>
        <translation>超标</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Alerts raised</source>
        <translation>已触发报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts per 10 minutes</source>
        <translation>每 10 分钟报警数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about 1 — %1</source>
        <translation>约 1 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts per day</source>
        <translation>每日报警数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about 150, at most 300 — %1</source>
        <translation>约 150，最多 300 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manageable</source>
        <translation>可控</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak alerts in 10 minutes</source>
        <translation>10 分钟内报警数峰值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under 10 — %1</source>
        <translation>少于 10 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervals in flood</source>
        <translation>报警泛滥区间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 (%3)</source>
        <translation>%2 个中 %1 个（%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under 1 % — %1</source>
        <translation>低于 1% — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing over 24 h at end</source>
        <translation>期末常驻超过 24 小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>none — %1</source>
        <translation>无 — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chattering alerts</source>
        <translation>振荡报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelve actions</source>
        <translation>搁置次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes shelved (asked for)</source>
        <translation>搁置分钟数（申请）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>low + medium</source>
        <translation>低 + 中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1, %2 or more</source>
        <translation>约 %1，%2 或以上</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>about %1, at most %2</source>
        <translation>约 %1，最多 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>below</source>
        <translation>低于</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../widgets/reportswindow.cpp" line="+43"/>
        <source>(not acknowledged)</source>
        <translation>（未确认）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+10"/>
        <source>Run the report first.</source>
        <translation>请先生成报表。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Print the report</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+10"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Sent the report to %1.</source>
        <translation>已将报表发送到 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the report as CSV</source>
        <translation>将报表导出为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the report as PDF</source>
        <translation>将报表导出为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-334"/>
        <source>Pr&amp;int…</source>
        <translation>打印(&amp;I)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>t&amp;hrough</source>
        <translation>结束日期(&amp;E)</translation>
    </message>
</context>
<context>
    <name>fw::Role</name>
    <message>
        <location filename="../core/users/role.cpp" line="+16"/>
        <source>acknowledge alerts</source>
        <translation>确认报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shelve alerts</source>
        <translation>搁置报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment on alerts</source>
        <translation>为报警添加备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record outcomes</source>
        <translation>记录结论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suppress alerts</source>
        <translation>抑制报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take alerts out of service</source>
        <translation>停用报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>act on several alerts at once</source>
        <translation>同时处理多条报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run reports</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>值班主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an operator or a supervisor</source>
        <translation>操作员或值班主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a technician or a supervisor</source>
        <translation>技术员或值班主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a supervisor</source>
        <translation>值班主管</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in as %1, you may not %2: ask %3.</source>
        <extracomment>%1 is a role (&quot;Operator&quot;), %2 what is refused (&quot;suppress alerts&quot;), %3 who may (&quot;a supervisor&quot;)</extracomment>
        <translation>您以%1身份登录，无权%2：请联系%3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to %1 (Ctrl+L).</source>
        <translation>请登录后再%1（Ctrl+L）。</translation>
    </message>
</context>
<context>
    <name>fw::SessionControls</name>
    <message>
        <location filename="../app/sessioncontrols.cpp" line="+29"/>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in or switch user…</source>
        <translation>登录或切换用户(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sign in, switch user or unlock (Ctrl+L); lock the console (Ctrl+Shift+L)</source>
        <translation>登录、切换用户或解锁（Ctrl+L）；锁定控制台（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts: opening…</source>
        <translation>账户：正在打开…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No accounts yet: create the administrator</source>
        <translation>尚无账户：请创建管理员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not signed in: view only</source>
        <translation>未登录：仅查看</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>🔒 Locked: %1 — view only</source>
        <translation>🔒 已锁定：%1 — 仅查看</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in unavailable</source>
        <translation>无法登录</translation>
    </message>
</context>
<context>
    <name>fw::ShelveDialog</name>
    <message>
        <location filename="../widgets/shelvedialog.cpp" line="+15"/>
        <source>Shelve alerts</source>
        <translation>搁置报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 minutes</source>
        <translation>30 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 hours</source>
        <translation>2 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 hours</source>
        <translation>4 小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>8 hours (maximum)</source>
        <translation>8 小时（最长）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required: why this alert is a nuisance now</source>
        <translation>必填：说明该报警为何此时属于干扰</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shelve</source>
        <translation>搁置</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Shelve %n alert(s). They come back by themselves when the time is up.</source>
        <translation>
            <numerusform>搁置 %n 条报警。时间到后将自动恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;For:</source>
        <translation>时长(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>fw::SignInDialog</name>
    <message>
        <location filename="../widgets/signindialog.cpp" line="+16"/>
        <source>&amp;Full name:</source>
        <translation>全名(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>重复密码(&amp;R)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sign in — Fleetwatch</source>
        <translation>登录 — Fleetwatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to act on alerts. Everything stays on screen while nobody is signed in.</source>
        <translation>登录后才能处理报警。无人登录时，所有内容仍保持显示。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Locked — Fleetwatch</source>
        <translation>已锁定 — Fleetwatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console was locked. Enter the password to go on, or sign in as another user to take over the shift.</source>
        <translation>控制台已锁定。请输入密码以继续，或以其他用户身份登录以接班。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First start — create the administrator</source>
        <translation>首次启动 — 创建管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This console has no accounts yet. Create the administrator, who then adds the operators, technicians, supervisors and managers (fleetwatch users add).</source>
        <translation>此控制台尚无账户。请创建管理员，再由管理员添加操作员、技术员、值班主管和经理（fleetwatch users add）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create and sign in</source>
        <translation>创建并登录(&amp;C)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>fw::StoreBanner</name>
    <message>
        <location filename="../widgets/storebanner.cpp" line="+49"/>
        <source>⚠ NOT SAVING since %1: %2. New alerts are shown but kept only in memory (%3 waiting to be stored%4); acknowledgements and outcomes are refused until the store saves again. %5</source>
        <translation>⚠ 自 %1 起未在保存：%2。新报警会显示，但只保留在内存中（%3 条等待保存%4）；在存储恢复保存之前，确认和结论均被拒绝。%5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 not kept</source>
        <translation>，%1 条未保留</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ READ-ONLY MODE: no store could be opened (%1). Alerts are shown live but nothing is kept beyond this run; acknowledgements and outcomes are refused. %2</source>
        <translation>⚠ 只读模式：无法打开任何存储（%1）。报警实时显示，但本次运行之后不会保留任何内容；确认和结论均被拒绝。%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store: %1
%2</source>
        <translation>存储：%1
%2</translation>
    </message>
</context>
<context>
    <name>fw::StoreFault</name>
    <message>
        <location filename="../core/store/storefault.cpp" line="+48"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the store cannot be written (read-only)</source>
        <translation>存储无法写入（只读）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk reports input/output errors</source>
        <translation>磁盘报告输入/输出错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program holds the store locked</source>
        <translation>另一个程序锁定了存储</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the store file is damaged</source>
        <translation>存储文件已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no store could be opened</source>
        <translation>无法打开任何存储</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Free space on the disk that holds %1; saving resumes by itself.</source>
        <translation>请释放 %1 所在磁盘的空间；保存会自动恢复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make %1 writable for this user (or remount the disk read-write); saving resumes by itself.</source>
        <translation>请让此用户可写入 %1（或以读写方式重新挂载磁盘）；保存会自动恢复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call your IT: the disk that holds %1 may be failing.</source>
        <translation>请联系 IT：%1 所在的磁盘可能正在损坏。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the other program that has %1 open (a second console, a backup, a database tool); saving resumes by itself.</source>
        <translation>请关闭打开了 %1 的其他程序（第二个控制台、备份、数据库工具）；保存会自动恢复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart Fleetwatch: a damaged store is set aside and a new one made. Keep the old file for IT.</source>
        <translation>请重启 Fleetwatch：损坏的存储会被移到一旁并新建一个。请为 IT 保留旧文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the cause and restart Fleetwatch, or start it with another --db file.</source>
        <translation>请排除原因后重启 Fleetwatch，或用另一个 --db 文件启动。</translation>
    </message>
</context>
<context>
    <name>fw::StoreIdentity</name>
    <message>
        <location filename="../core/store/storeidentity.cpp" line="+175"/>
        <source>%1 is not a Fleetwatch store: %2. It was left untouched. Give the path of a Fleetwatch store, or of a file that does not exist yet, with --db.</source>
        <translation>%1 不是 Fleetwatch 存储：%2。未作任何改动。请用 --db 指定一个 Fleetwatch 存储的路径，或一个尚不存在的文件。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file %1 cannot be read by this user (%2)</source>
        <translation>此用户无法读取文件 %1（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not a SQLite database</source>
        <translation>它不是 SQLite 数据库</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <location line="+31"/>
        <source>it is a SQLite database of another application (application id %1)</source>
        <translation>它是另一个应用程序的 SQLite 数据库（应用程序 ID %1）</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+27"/>
        <source>it is a SQLite database of another application</source>
        <translation>它是另一个应用程序的 SQLite 数据库</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>it is a SQLite database without Fleetwatch&apos;s mark, with changes in its -wal that cannot be read without changing it</source>
        <translation>它是没有 Fleetwatch 标记的 SQLite 数据库，其 -wal 中的更改不修改就无法读取</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is a SQLite file without Fleetwatch&apos;s mark, and the rest cannot be read (%1)</source>
        <translation>它是没有 Fleetwatch 标记的 SQLite 文件，其余部分无法读取（%1）</translation>
    </message>
</context>
<context>
    <name>fw::StoreWatch</name>
    <message>
        <location filename="../core/alerts/storewatch.cpp" line="+166"/>
        <source>Not done: the store is not saving (%1), so the action could not be kept. %2</source>
        <translation>未执行：存储未在保存（%1），因此无法保留该操作。%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not done: Fleetwatch runs without a store (read-only mode), so the action could not be kept. %1</source>
        <translation>未执行：Fleetwatch 在没有存储的情况下运行（只读模式），因此无法保留该操作。%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not done: this alert is not in the store yet (it came while the store was not saving); act on it once the store saves again.</source>
        <translation>未执行：此报警尚未保存（它在存储未保存期间到达）；请在存储恢复保存后再处理。</translation>
    </message>
</context>
<context>
    <name>fw::TlsContext</name>
    <message>
        <location filename="../core/mqtt/tlscontext.cpp" line="+29"/>
        <source>unknown OpenSSL error</source>
        <translation>未知 OpenSSL 错误</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an unknown date</source>
        <translation>未知日期</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an IPv6 address</source>
        <translation>某个 IPv6 地址</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot read the %1 %2: it is a folder, not a file</source>
        <translation>无法读取%1 %2：它是文件夹，不是文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the %1 %2: %3</source>
        <translation>无法读取%1 %2：%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client certificate file</source>
        <translation>客户端证书文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client key file</source>
        <translation>客户端密钥文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the client certificate %1 is given without its key (--key-file)</source>
        <translation>给出了客户端证书 %1，但没有给出其密钥（--key-file）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client key %1 is given without its certificate (--cert-file)</source>
        <translation>给出了客户端密钥 %1，但没有给出其证书（--cert-file）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot set up TLS: %1</source>
        <translation>无法设置 TLS：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the CA certificate file %1 holds no usable certificate: %2</source>
        <translation>CA 证书文件 %1 中没有可用的证书：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot load the system&apos;s CA certificates: %1</source>
        <translation>无法加载系统的 CA 证书：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the client certificate file %1 holds no usable certificate: %2</source>
        <translation>客户端证书文件 %1 中没有可用的证书：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client key file %1 holds no usable key: %2</source>
        <translation>客户端密钥文件 %1 中没有可用的密钥：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client key %1 does not belong to the certificate %2</source>
        <translation>客户端密钥 %1 与证书 %2 不匹配</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot check the broker&apos;s certificate against the host name %1</source>
        <translation>无法根据主机名 %1 验证代理服务器的证书</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the system&apos;s CA certificates</source>
        <translation>系统的 CA 证书</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certificate verify failed: the broker&apos;s certificate is not signed by the CA in %1</source>
        <translation>证书验证失败：代理服务器的证书不是由 %1 中的 CA 签发的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate verify failed: the broker&apos;s certificate expired on %1</source>
        <translation>证书验证失败：代理服务器的证书已于 %1 过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate verify failed: the broker&apos;s certificate is not valid before %1 (check this computer&apos;s clock)</source>
        <translation>证书验证失败：代理服务器的证书在 %1 之前无效（请检查本机时钟）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>certificate verify failed: host name mismatch: the broker&apos;s certificate is for %1, not %2</source>
        <translation>证书验证失败：主机名不匹配：代理服务器的证书签发给 %1，而不是 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate verify failed: %1</source>
        <translation>证书验证失败：%1</translation>
    </message>
</context>
<context>
    <name>fw::TrendChart</name>
    <message>
        <location filename="../widgets/trendchart.cpp" line="+54"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>fw::UsersCommand</name>
    <message>
        <location filename="../app/userscommand.cpp" line="+61"/>
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fleetwatch users: no password given (type it, or give it on standard input)</source>
        <translation>fleetwatch users：未提供密码（请输入，或通过标准输入提供）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same password again</source>
        <translation>再次输入同一密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fleetwatch users: the two passwords differ; nothing was changed</source>
        <translation>fleetwatch users：两次输入的密码不一致；未做任何更改</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Local accounts of the console (Argon2id passwords in the store; every change in the journal).
  users list                          the accounts, their roles and state
  users add NAME --role ROLE          a new account (the first one: an administrator)
  users passwd NAME                   a new password (yours, or anyone&apos;s as administrator)
  users role NAME ROLE                another role
  users disable NAME | enable NAME    no sign-in / sign-in again (enable also ends a lock)
Roles: operator, technician, supervisor, manager, administrator.
Passwords are never arguments: typed without echo, or one per line on standard input (with --as,
the administrator&apos;s password first, then the new one).</source>
        <translation>控制台的本地账户（Argon2id 密码保存在存储中；每次更改都记入日志）。
  users list                              账户及其角色和状态
  users add 用户名 --role 角色            新建账户（第一个账户：管理员）
  users passwd 用户名                     设置新密码（自己的；管理员可设置任何人的）
  users role 用户名 角色                  更改角色
  users disable 用户名 | enable 用户名    禁止登录 / 重新允许登录（enable 同时解除锁定）
角色：operator、technician、supervisor、manager、administrator。
密码从不作为参数：以不回显方式输入，或在标准输入中每行一个（使用 --as 时，
先输入管理员的密码，再输入新密码）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list, add, passwd, role, disable or enable</source>
        <translation>list、add、passwd、role、disable 或 enable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the console&apos;s store (default: the console&apos;s own)</source>
        <translation>控制台的存储（默认：控制台自己的存储）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the administrator who makes the change (asked for a password)</source>
        <translation>执行更改的管理员（会要求输入其密码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new account&apos;s role</source>
        <translation>新账户的角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new account&apos;s full name</source>
        <translation>新账户的全名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>usage: fleetwatch users list|add NAME --role ROLE|passwd NAME|role NAME ROLE|disable NAME|enable NAME [--db FILE] [--as ADMIN]  (see fleetwatch users --help)</source>
        <translation>用法：fleetwatch users list|add 用户名 --role 角色|passwd 用户名|role 用户名 角色|disable 用户名|enable 用户名 [--db 文件] [--as 管理员]  （参见 fleetwatch users --help）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fleetwatch users: cannot open the store %1: %2</source>
        <translation>fleetwatch users：无法打开存储 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fleetwatch users: say which administrator you are with --as NAME</source>
        <translation>fleetwatch users：请用 --as 用户名 指明您是哪位管理员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no password given</source>
        <translation>未提供密码</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fleetwatch users: --role must be operator, technician, supervisor, manager or administrator</source>
        <translation>fleetwatch users：--role 必须是 operator、technician、supervisor、manager 或 administrator</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>fleetwatch users: the role must be operator, technician, supervisor, manager or administrator</source>
        <translation>fleetwatch users：角色必须是 operator、technician、supervisor、manager 或 administrator</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>done: %1 %2</source>
        <translation>完成：%1 %2</translation>
    </message>
</context>
</TS>
