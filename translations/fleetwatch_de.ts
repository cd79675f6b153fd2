<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>FailureModeVocabulary</name>
    <message>
        <location filename="../core/labels/failuremodevocabulary.cpp" line="+24"/>
        <source>Abnormal instrument reading</source>
        <translation>Abweichende Messwertanzeige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdown</source>
        <translation>Totalausfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External leakage – process medium</source>
        <translation>Externe Leckage – Prozessmedium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External leakage – utility medium</source>
        <translation>Externe Leckage – Hilfsmedium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erratic output</source>
        <translation>Unregelmäßige Leistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail to start on demand</source>
        <translation>Startversagen bei Anforderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail to stop on demand</source>
        <translation>Stoppversagen bei Anforderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High output</source>
        <translation>Zu hohe Leistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal leakage</source>
        <translation>Interne Leckage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low output</source>
        <translation>Zu geringe Leistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise</source>
        <translation>Geräuschentwicklung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overheating</source>
        <translation>Überhitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter deviation</source>
        <translation>Parameterabweichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plugged/choked</source>
        <translation>Verstopft/gedrosselt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structural deficiency</source>
        <translation>Struktureller Mangel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spurious stop</source>
        <translation>Ungewollter Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vibration</source>
        <translation>Schwingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The built-in list of failure modes has no &quot;default&quot; list.</source>
        <translation>Die eingebaute Liste der Ausfallarten hat keine Liste „default“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The built-in failure modes are used instead.</source>
        <translation>Es werden die eingebauten Ausfallarten verwendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>built-in list</source>
        <translation>eingebaute Liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: larger than %2 KiB; not a list of failure modes</source>
        <translation>%1: größer als %2 KiB; keine Liste von Ausfallarten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected one JSON object with &quot;asset_types&quot;</source>
        <translation>erwartet wird ein JSON-Objekt mit „asset_types“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;version&quot; must be 1</source>
        <translation>„version“ muss 1 sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;asset_types&quot; must be an object: asset type → list of modes</source>
        <translation>„asset_types“ muss ein Objekt sein: Anlagentyp → Liste der Ausfallarten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an asset type needs a name</source>
        <translation>ein Anlagentyp braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asset type &quot;%1&quot;: expected a list of modes</source>
        <translation>Anlagentyp „%1“: erwartet wird eine Liste von Ausfallarten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>asset type &quot;%1&quot;: more than %2 modes</source>
        <translation>Anlagentyp „%1“: mehr als %2 Ausfallarten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asset type &quot;%1&quot;, entry %2</source>
        <translation>Anlagentyp „%1“, Eintrag %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: expected an object with &quot;code&quot; and &quot;name&quot;</source>
        <translation>%1: erwartet wird ein Objekt mit „code“ und „name“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;code&quot; must be 2 to 8 characters A-Z or 0-9</source>
        <translation>%1: „code“ muss aus 2 bis 8 Zeichen A–Z oder 0–9 bestehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: code %2 appears twice</source>
        <translation>%1: Code %2 kommt doppelt vor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;hidden&quot; must be true or false</source>
        <translation>%1: „hidden“ muss true oder false sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;name&quot; must be text of 1 to %2 characters</source>
        <translation>%1: „name“ muss ein Text mit 1 bis %2 Zeichen sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>asset type &quot;%1&quot;: the name &quot;%2&quot; is used twice</source>
        <translation>Anlagentyp „%1“: der Name „%2“ wird doppelt verwendet</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../widgets/reportcharts.cpp" line="+86"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mean MTTA</source>
        <translation>mittlere MTTA</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>week (from Monday)</source>
        <translation>Woche (ab Montag)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 to %2, one bar per %3</source>
        <translation>%1 bis %2, ein Balken pro %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mean MTTA (%1)</source>
        <translation>mittlere MTTA (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean time to acknowledge per week (empty: none acknowledged)</source>
        <translation>Mittlere Zeit bis zur Quittierung pro Woche (leer: keine quittiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time to acknowledge per day (empty: none acknowledged)</source>
        <translation>Mittlere Zeit bis zur Quittierung pro Tag (leer: keine quittiert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>alerts</source>
        <translation>Alarme</translation>
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
        <translation>Zeit bis zur Quittierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledged alerts</source>
        <translation>quittierte Alarme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distribution of times to acknowledge</source>
        <translation>Verteilung der Zeiten bis zur Quittierung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this period</source>
        <translation>dieser Zeitraum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>guide</source>
        <translation>Richtwert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low + medium</source>
        <translation>niedrig + mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>share of the alerts raised</source>
        <translation>Anteil an den ausgelösten Alarmen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priority mix against the ISA-18.2 guide (80 / 15 / 5 %)</source>
        <translation>Prioritätsverteilung im Vergleich zum ISA-18.2-Richtwert (80 / 15 / 5 %)</translation>
    </message>
</context>
<context>
    <name>fw</name>
    <message>
        <location filename="../core/alerts/alarmstate.cpp" line="+44"/>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to normal</source>
        <translation>In Normalzustand zurückgekehrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelve</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unshelve</source>
        <translation>Zurückstellung aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelving expired</source>
        <translation>Zurückstellung abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppress</source>
        <translation>Unterdrücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsuppress</source>
        <translation>Unterdrückung aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from service</source>
        <translation>Außer Betrieb nehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to service</source>
        <translation>Wieder in Betrieb nehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown action</source>
        <translation>Unbekannte Aktion</translation>
    </message>
    <message>
        <location filename="../core/alerts/alertlifecycle.cpp" line="+124"/>
        <source>The alert is out of service; return it to service first.</source>
        <translation>Der Alarm ist außer Betrieb; nehmen Sie ihn zuerst wieder in Betrieb.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The alert is already acknowledged.</source>
        <translation>Der Alarm ist bereits quittiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The alert is out of service and cannot be shelved.</source>
        <translation>Der Alarm ist außer Betrieb und kann nicht zurückgestellt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The alert is already shelved until %1; unshelve first.</source>
        <translation>Der Alarm ist bereits bis %1 zurückgestellt; heben Sie die Zurückstellung zuerst auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shelve for %1 to %2 minutes (at most 8 hours), not %3.</source>
        <translation>Zurückstellen für %1 bis %2 Minuten (höchstens 8 Stunden), nicht %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shelving needs a reason: say why the alert may wait.</source>
        <translation>Zurückstellen braucht einen Grund: Geben Sie an, warum der Alarm warten kann.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>The alert is not shelved.</source>
        <translation>Der Alarm ist nicht zurückgestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The alert stays shelved until %1.</source>
        <translation>Der Alarm bleibt bis %1 zurückgestellt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The alert is already suppressed.</source>
        <translation>Der Alarm ist bereits unterdrückt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alert is not suppressed.</source>
        <translation>Der Alarm ist nicht unterdrückt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The alert is already out of service.</source>
        <translation>Der Alarm ist bereits außer Betrieb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end of out of service must be in the future, not %1.</source>
        <translation>Das Ende der Außerbetriebnahme muss in der Zukunft liegen, nicht %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The alert is already in service.</source>
        <translation>Der Alarm ist bereits in Betrieb.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unknown action.</source>
        <translation>Unbekannte Aktion.</translation>
    </message>
    <message>
        <location filename="../core/fleet/fleetmessages.cpp" line="+33"/>
        <source>Topic outside the fleet root</source>
        <translation>Topic außerhalb der Flotten-Wurzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown topic</source>
        <translation>Unbekanntes Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid site, asset, model or alert id in topic</source>
        <translation>Ungültige Standort-, Anlagen-, Modell- oder Alarm-ID im Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload larger than 64 KiB</source>
        <translation>Nutzdaten größer als 64 KiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload is not valid UTF-8</source>
        <translation>Nutzdaten sind kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload is not valid JSON</source>
        <translation>Nutzdaten sind kein gültiges JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload is not a JSON object</source>
        <translation>Nutzdaten sind kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON nested deeper than 16 levels</source>
        <translation>JSON tiefer als 16 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NaN, Infinity or out-of-range number</source>
        <translation>NaN, Infinity oder Zahl außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required field missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field of the wrong type</source>
        <translation>Feld mit falschem Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field value not allowed</source>
        <translation>Feldwert nicht zulässig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many entries in a list</source>
        <translation>Zu viele Einträge in einer Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timestamp is not RFC 3339</source>
        <translation>Zeitstempel ist nicht RFC 3339</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown reason</source>
        <translation>Unbekannter Grund</translation>
    </message>
    <message>
        <location filename="../core/labels/labelbook.cpp" line="+86"/>
        <source>Alert: %1 is not in the local store; choose an alert from the list.</source>
        <translation>Alarm: %1 ist nicht im lokalen Speicher; wählen Sie einen Alarm aus der Liste.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The label could not be saved in the local store; nothing was recorded. Try again, and tell the administrator if it keeps failing.</source>
        <translation>Der Befund konnte nicht im lokalen Speicher gesichert werden; es wurde nichts erfasst. Versuchen Sie es erneut und melden Sie es dem Administrator, wenn der Fehler bleibt.</translation>
    </message>
    <message>
        <location filename="../core/labels/labeldesk.cpp" line="+114"/>
        <source>This alert is not in the local store.</source>
        <translation>Dieser Alarm ist nicht im lokalen Speicher.</translation>
    </message>
    <message>
        <location filename="../core/labels/labelvalidation.cpp" line="+28"/>
        <source>%1: shorten it to at most %2 characters (it has %3).</source>
        <translation>%1: Kürzen Sie auf höchstens %2 Zeichen (derzeit %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: remove the control characters from it (line breaks and tabs may stay).</source>
        <translation>%1: Entfernen Sie die Steuerzeichen (Zeilenumbrüche und Tabulatoren dürfen bleiben).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: remove the control characters (such as line breaks or tabs) from it.</source>
        <translation>%1: Entfernen Sie die Steuerzeichen (etwa Zeilenumbrüche oder Tabulatoren).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not a valid id (1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;); choose it from the list.</source>
        <translation>%1: „%2“ ist keine gültige ID (1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;); wählen Sie sie aus der Liste.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outcome: choose what was found (true fault, no fault, inconclusive, or a missed failure).</source>
        <translation>Befund: Wählen Sie, was festgestellt wurde (Fehler bestätigt, kein Fehler, unklar oder nicht erkannter Ausfall).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site: a missed failure needs the site of the asset that failed; choose it.</source>
        <translation>Standort: Ein nicht erkannter Ausfall braucht den Standort der ausgefallenen Anlage; wählen Sie ihn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset: a missed failure needs the asset that failed; choose it.</source>
        <translation>Anlage: Ein nicht erkannter Ausfall braucht die ausgefallene Anlage; wählen Sie sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed at: enter when the asset failed.</source>
        <translation>Ausfallzeit: Geben Sie an, wann die Anlage ausgefallen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert: a missed failure is one that no alert foresaw; record it without an alert, or choose another outcome.</source>
        <translation>Alarm: Ein nicht erkannter Ausfall ist einer, den kein Alarm vorhergesagt hat; erfassen Sie ihn ohne Alarm oder wählen Sie einen anderen Befund.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert: choose the alert this outcome is about, or record a missed failure instead.</source>
        <translation>Alarm: Wählen Sie den Alarm, zu dem dieser Befund gehört, oder erfassen Sie stattdessen einen nicht erkannten Ausfall.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed at: the time lies in the future; enter when the asset actually failed.</source>
        <translation>Ausfallzeit: Der Zeitpunkt liegt in der Zukunft; geben Sie an, wann die Anlage tatsächlich ausgefallen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downtime: enter a number of minutes.</source>
        <translation>Stillstandszeit: Geben Sie eine Anzahl Minuten ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downtime: enter zero or more minutes.</source>
        <translation>Stillstandszeit: Geben Sie null oder mehr Minuten ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downtime: %1 minutes is more than a year; enter the downtime in minutes.</source>
        <translation>Stillstandszeit: %1 Minuten sind mehr als ein Jahr; geben Sie die Stillstandszeit in Minuten ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failure mode</source>
        <translation>Ausfallart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>fw::AccountDesk</name>
    <message>
        <location filename="../core/users/accountdesk.cpp" line="+39"/>
        <source>The accounts are in the store, and the store cannot be opened: nobody can sign in. %1</source>
        <translation>Die Konten liegen im Speicher, und der Speicher kann nicht geöffnet werden: Niemand kann sich anmelden. %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The store is not open: nobody can sign in.</source>
        <translation>Der Speicher ist nicht geöffnet: Niemand kann sich anmelden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The store is not open.</source>
        <translation>Der Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is an administrator already: sign in.</source>
        <translation>Es gibt bereits einen Administrator: Melden Sie sich an.</translation>
    </message>
</context>
<context>
    <name>fw::Accounts</name>
    <message>
        <location filename="../core/users/accounts.cpp" line="+33"/>
        <source>A user name has 1 to 64 letters, digits, dots, dashes, underscores or @.</source>
        <translation>Ein Benutzername besteht aus 1 bis 64 Buchstaben, Ziffern, Punkten, Bindestrichen, Unterstrichen oder @.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The user name or the password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>The accounts could not be read from the store.</source>
        <translation>Die Konten konnten nicht aus dem Speicher gelesen werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This account is disabled. An administrator can enable it.</source>
        <translation>Dieses Konto ist deaktiviert. Ein Administrator kann es aktivieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account is locked after %1 failed sign-ins, until %2. An administrator can unlock it (fleetwatch users enable).</source>
        <translation>Dieses Konto ist nach %1 fehlgeschlagenen Anmeldungen bis %2 gesperrt. Ein Administrator kann es entsperren (fleetwatch users enable).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Too many failed sign-ins: the account is locked for %1 minutes.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen: Das Konto ist für %1 Minuten gesperrt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sign-in could not be recorded in the store, so it was not accepted.</source>
        <translation>Die Anmeldung konnte nicht im Speicher festgehalten werden und wurde daher nicht angenommen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is the only active administrator; make another administrator first.</source>
        <translation>%1 ist der einzige aktive Administrator; machen Sie zuerst ein anderes Konto zum Administrator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change could not be saved in the store.</source>
        <translation>Die Änderung konnte nicht im Speicher gesichert werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first account must be an administrator.</source>
        <translation>Das erste Konto muss ein Administrator sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is already a user %1.</source>
        <translation>Es gibt bereits einen Benutzer %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password could not be hashed (out of memory).</source>
        <translation>Das Passwort konnte nicht gehasht werden (Arbeitsspeicher erschöpft).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user could not be saved in the store.</source>
        <translation>Der Benutzer konnte nicht im Speicher gesichert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <location line="+13"/>
        <source>There is no user %1.</source>
        <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
</context>
<context>
    <name>fw::AlarmHealthReport</name>
    <message>
        <location filename="../core/reports/alarmhealthreport.cpp" line="+83"/>
        <location line="+156"/>
        <source>The store could not be read (see the log).</source>
        <translation>Der Speicher konnte nicht gelesen werden (siehe Protokoll).</translation>
    </message>
</context>
<context>
    <name>fw::AlarmJournal</name>
    <message>
        <location filename="../core/audit/alarmjournalcsv.cpp" line="+54"/>
        <source>the store could not be read to the end.</source>
        <translation>der Speicher konnte nicht bis zum Ende gelesen werden.</translation>
    </message>
</context>
<context>
    <name>fw::AlarmJournalModel</name>
    <message>
        <location filename="../models/alarmjournalmodel.cpp" line="+29"/>
        <source>There is no store to read the journal from (%1).</source>
        <translation>Es gibt keinen Speicher, aus dem das Journal gelesen werden kann (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store %1 cannot be read: %2</source>
        <translation>Der Speicher %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+2"/>
        <source>The journal could not be read from the store.</source>
        <translation>Das Journal konnte nicht aus dem Speicher gelesen werden.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>raised</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleared</source>
        <translation>normalisiert</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State / what</source>
        <translation>Zustand / Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>fw::AlarmJournalWindow</name>
    <message>
        <location filename="../widgets/alarmjournalwindow.cpp" line="+48"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alarm journal</source>
        <translation>Alarmjournal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search asset, alert, user or text; asset:P-101 alert:A-7 user:alice</source>
        <translation>Anlage, Alarm, Benutzer oder Text suchen; asset:P-101 alert:A-7 user:alice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This shift</source>
        <translation>Aktuelle Schicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From – to</source>
        <translation>Von – bis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All priorities</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert events</source>
        <translation>Alarmereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  raised</source>
        <translation>  ausgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  updated</source>
        <translation>  aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  cleared</source>
        <translation>  normalisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal (who did what)</source>
        <translation>Journal (wer hat was getan)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 rows saved to %2.</source>
        <translation>%1 Zeilen in %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of … rows (counting)</source>
        <translation>%1 von … Zeilen (wird gezählt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the alarm journal as CSV</source>
        <translation>Alarmjournal als CSV exportieren</translation>
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
        <translation>Alarm %1 an %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (and %2 more)</source>
        <translation>%1 (und %2 weitere)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>🔇 Sound muted until %1</source>
        <translation>🔇 Ton stumm bis %1</translation>
    </message>
</context>
<context>
    <name>fw::AlertCenter</name>
    <message>
        <location filename="../core/alerts/alertcenter.cpp" line="+120"/>
        <source>The open alerts could not be read from the store %1; the queue starts empty and is refilled from the fleet.</source>
        <translation>Die offenen Alarme konnten nicht aus dem Speicher %1 gelesen werden; die Alarmliste beginnt leer und wird aus der Flotte neu gefüllt.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>the batch&apos;s transaction could not begin</source>
        <translation>die Transaktion des Stapels konnte nicht beginnen</translation>
    </message>
    <message>
        <location filename="../core/labels/labeldesk.cpp" line="-36"/>
        <source>The local store is not open; nothing was saved.</source>
        <translation>Der lokale Speicher ist nicht geöffnet; es wurde nichts gesichert.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The local store is not open.</source>
        <translation>Der lokale Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/alerts/operatoractions.cpp" line="+111"/>
        <source>This alert is no longer in the queue.</source>
        <translation>Dieser Alarm ist nicht mehr in der Alarmliste.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs a note: say why.</source>
        <translation>%1 erfordert eine Notiz: Geben Sie den Grund an.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not save the action in the local store; nothing was changed.</source>
        <translation>Die Aktion konnte nicht im lokalen Speicher gesichert werden; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>fw::AlertPanels</name>
    <message>
        <location filename="../app/alertpanels.cpp" line="+40"/>
        <source>Alert &amp;queue</source>
        <translation>Alarm&amp;liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting &amp;outcome</source>
        <translation>Ausstehende &amp;Befunde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Awaiting &amp;outcome (%1)</source>
        <translation>Ausstehende &amp;Befunde (%1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Local store</source>
        <translation>Lokaler Speicher</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Outcome saved (label %1); it goes to the fleet as soon as the broker takes it.</source>
        <translation>Befund gesichert (Label %1); er geht an die Flotte, sobald der Broker ihn annimmt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome not saved</source>
        <translation>Befund nicht gesichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not done for %1: %2</source>
        <translation>Nicht ausgeführt für %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select an alert first.</source>
        <translation>Wählen Sie zuerst einen Alarm.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No assets known yet.</source>
        <translation>Noch keine Anlagen bekannt.</translation>
    </message>
</context>
<context>
    <name>fw::AlertQueueModel</name>
    <message>
        <location filename="../models/alertqueuemodel.cpp" line="+96"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Out of service</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shelved until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suppressed</source>
        <translation>Unterdrückt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active, ack&apos;d</source>
        <translation>Aktiv, quittiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACTIVE, UNACK</source>
        <translation>AKTIV, UNQUITTIERT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared, ack&apos;d</source>
        <translation>Gegangen, quittiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLEARED, UNACK</source>
        <translation>GEGANGEN, UNQUITTIERT</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ack %1</source>
        <translation>quittiert %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting %1</source>
        <translation>wartet %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>NOT STORED</source>
        <translation>NICHT GESPEICHERT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chattering</source>
        <translation>flatternd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>caught up</source>
        <translation>nachgeladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raise missed</source>
        <translation>Auslösung verpasst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shelved: %1</source>
        <translation>zurückgestellt: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 on %2/%3, alert id %4</source>
        <translation>%1 an %2/%3, Alarm-ID %4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to ack</source>
        <translation>Quittierzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score / thr.</source>
        <translation>Score / Schwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ack&apos;d by</source>
        <translation>Quittiert von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>fw::AlertQueueView</name>
    <message>
        <location filename="../widgets/alertqueueview.cpp" line="+40"/>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All priorities</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium and above</source>
        <translation>Mittel und höher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High and above</source>
        <translation>Hoch und höher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical only</source>
        <translation>Nur kritisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unacknowledged</source>
        <translation>Unquittiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <translation>Gegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelved</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter alerts</source>
        <translation>Alarme filtern</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Space/Enter: acknowledge · N: acknowledge with a note · S: shelve · U: unshelve · O: record the outcome</source>
        <translation>Leertaste/Eingabe: quittieren · N: mit Notiz quittieren · S: zurückstellen · U: Zurückstellung aufheben · O: Befund erfassen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge %1 alerts?</source>
        <translation>%1 Alarme quittieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge %1 alerts at once: %2?</source>
        <translation>%1 Alarme auf einmal quittieren: %2?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each critical alert needs its response. Acknowledge in bulk only when every one of them is being handled.</source>
        <translation>Jeder kritische Alarm braucht seine Reaktion. Quittieren Sie gesammelt nur, wenn jeder einzelne bearbeitet wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledging says that someone is responding to each of them.</source>
        <translation>Quittieren heißt: Jemand kümmert sich um jeden einzelnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge %1</source>
        <translation>%1 &amp;quittieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Acknowledge with a note</source>
        <translation>Mit Notiz quittieren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Note for %n alert(s):</source>
        <translation>
            <numerusform>Notiz für %n Alarm:</numerusform>
            <numerusform>Notiz für %n Alarme:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>▲ ALERT FLOOD: %1 new alerts in the last 10 minutes. Work by priority; shelve chattering nuisance alerts.</source>
        <translation>▲ ALARMFLUT: %1 neue Alarme in den letzten 10 Minuten. Nach Priorität abarbeiten; flatternde Störalarme zurückstellen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&lt;b&gt;%1 unacknowledged&lt;/b&gt; of %2 · %3 · %4 shelved</source>
        <translation>&lt;b&gt;%1 unquittiert&lt;/b&gt; von %2 · %3 · %4 zurückgestellt</translation>
    </message>
</context>
<context>
    <name>fw::AssetDetailPanel</name>
    <message>
        <location filename="../widgets/assetdetailpanel.cpp" line="+27"/>
        <source>Select an asset in the fleet table to see its trends.</source>
        <translation>Wählen Sie eine Anlage in der Flottentabelle, um ihre Trends zu sehen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Health score</source>
        <translation>Zustandsindex</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check up to %1 signals to trend</source>
        <translation>Bis zu %1 Signale für die Trendanzeige ankreuzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signals (check to trend):</source>
        <translation>Signale (ankreuzen für Trend):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No asset selected</source>
        <translation>Keine Anlage ausgewählt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>criticality %1</source>
        <translation>Kritikalität %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>health %1 (%2)</source>
        <translation>Zustand %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RUL %1 %2</source>
        <translation>Restlebensdauer %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model %1 %2</source>
        <translation>Modell %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OFFLINE</source>
        <translation>OFFLINE</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sample(s) lost</source>
        <translation>
            <numerusform>%n Messwert verloren</numerusform>
            <numerusform>%n Messwerte verloren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>LAST KNOWN: not connected to the broker; these values were received at %1.</source>
        <translation>ZULETZT BEKANNT: keine Verbindung zum Broker; diese Werte kamen um %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LAST KNOWN: not connected to the broker.</source>
        <translation>ZULETZT BEKANNT: keine Verbindung zum Broker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STALE: no data since %1 (%2 ago); it usually sends every %3.</source>
        <translation>VERALTET: keine Daten seit %1 (vor %2); sonst sendet sie alle %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STALE: no data since %1 (%2 ago).</source>
        <translation>VERALTET: keine Daten seit %1 (vor %2).</translation>
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
        <translation>Aufruf: fleetwatch audit verify --db DATEI
        fleetwatch audit export --db DATEI --from DATUM --to DATUM [--format csv] [--output DATEI]
verify prüft die Hash-Kette des Journals und nennt die erste geänderte, entfernte oder umsortierte Zeile.
export schreibt die Journalzeilen des Zeitraums [from, to) als CSV in DATEI oder auf die Standardausgabe (ohne --output oder mit -).
DATUM ist JJJJ-MM-TT (Ortszeit) oder RFC 3339. Der Speicher wird nur gelesen.
Exit-Codes: 0 erledigt (verify: das Journal ist intakt), 1 ungültige Argumente, 2 kein Speicher unter --db, 3 kein Fleetwatch-Speicher, 4 das Journal ist beschädigt, 5 der Speicher hat kein Journal (älter als Schemaversion 5), 6 die Ausgabe kann nicht geschrieben werden, 7 der Speicher kann nicht geöffnet oder gelesen werden.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown option --%1.</source>
        <translation>unbekannte Option --%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1 needs a value.</source>
        <translation>--%1 braucht einen Wert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1 is given twice.</source>
        <translation>--%1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--db is required.</source>
        <translation>--db ist erforderlich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a folder, not a Fleetwatch store.</source>
        <translation>%1 ist ein Ordner, kein Fleetwatch-Speicher.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Fleetwatch store at %1; give the path of an existing store.</source>
        <translation>kein Fleetwatch-Speicher unter %1; geben Sie den Pfad eines vorhandenen Speichers an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Fleetwatch store: %2; it was left untouched.</source>
        <translation>%1 ist kein Fleetwatch-Speicher: %2; die Datei blieb unberührt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the store %1 could not be opened: %2</source>
        <translation>der Speicher %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the store %1 has no journal: it has schema version %2, and the journal came with version %3. Opening it once with this console adds one (empty: what was done before was not recorded).</source>
        <translation>der Speicher %1 hat kein Journal: Er hat die Schemaversion %2, das Journal kam mit Version %3. Einmaliges Öffnen mit dieser Konsole legt eines an (leer: was vorher getan wurde, ist nicht aufgezeichnet).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 rows checked…</source>
        <translation>%1 Zeilen geprüft…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal is intact: %1 rows checked in %2 s.</source>
        <translation>Das Journal ist intakt: %1 Zeilen in %2 s geprüft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head: row %1, hash %2</source>
        <translation>Kopf: Zeile %1, Hash %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none: the journal is empty)</source>
        <translation>(keiner: das Journal ist leer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1 (%2, %3 by %4, %5)</source>
        <translation>Zeile %1 (%2, %3 durch %4, %5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no subject</source>
        <translation>ohne Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal is NOT intact. The first bad row is %1: %2 The %3 rows before it are intact.</source>
        <translation>das Journal ist NICHT intakt. Die erste fehlerhafte Zeile ist %1: %2 Die %3 Zeilen davor sind intakt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown format &quot;%1&quot;; use csv.</source>
        <translation>unbekanntes Format „%1“; verwenden Sie csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from: </source>
        <translation>--from: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to: </source>
        <translation>--to: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the period is empty: --to must be after --from.</source>
        <translation>der Zeitraum ist leer: --to muss nach --from liegen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write to standard output.</source>
        <translation>auf die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 journal rows written to %2.</source>
        <translation>%1 Journalzeilen nach %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>say what to do: verify or export.</source>
        <translation>geben Sie an, was zu tun ist: verify oder export.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown command &quot;%1&quot;; use verify or export.</source>
        <translation>unbekannter Befehl „%1“; verwenden Sie verify oder export.</translation>
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
        <translation>%1 an %2/%3, Alarm-ID %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged %1; no outcome recorded yet</source>
        <translation>Quittiert %1; noch kein Befund erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by</source>
        <translation>Quittiert von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
</context>
<context>
    <name>fw::AwaitingOutcomeView</name>
    <message>
        <location filename="../widgets/awaitingoutcomeview.cpp" line="+23"/>
        <source>&amp;Record outcome…</source>
        <translation>Befund &amp;erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report a &amp;failure no alert foresaw…</source>
        <translation>Ausfall &amp;ohne vorherigen Alarm melden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged alerts waiting for an outcome. Enter or O records one.</source>
        <translation>Quittierte Alarme, die auf einen Befund warten. Eingabe oder O erfasst einen.</translation>
    </message>
</context>
<context>
    <name>fw::ConnectionDialog</name>
    <message>
        <location filename="../widgets/connectiondialog.cpp" line="+26"/>
        <source>path to a PEM file</source>
        <translation>Pfad zu einer PEM-Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use &amp;TLS</source>
        <translation>TLS &amp;verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not verify the broker&apos;s certificate (unsafe)</source>
        <translation>Zertifikat des Brokers nicht prüfen (unsicher)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
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
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: a random id and no persistent session</source>
        <translation>leer: zufällige ID und keine persistente Sitzung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty: every site</source>
        <translation>leer: alle Standorte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Host:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keepalive:</source>
        <translation>Keep-A&amp;live:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key:</source>
        <translation>Client-Schlüssel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic &amp;root:</source>
        <translation>&amp;Topic-Wurzel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>Sprac&amp;he:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when Fleetwatch starts next.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Fleetwatch.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the broker&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Brokers ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The topic root must not be empty or contain + or #.</source>
        <translation>Die Topic-Wurzel darf nicht leer sein und weder + noch # enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A site id is 1 to 64 characters of A-Z a-z 0-9 . _ -</source>
        <translation>Eine Standort-ID besteht aus 1 bis 64 Zeichen aus A–Z a–z 0–9 . _ -</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A client certificate needs its key, and a key its certificate.</source>
        <translation>Ein Client-Zertifikat braucht seinen Schlüssel und ein Schlüssel sein Zertifikat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unverified broker</source>
        <translation>Nicht geprüfter Broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without verification, anyone on the network can pose as the broker. Connect anyway?</source>
        <translation>Ohne Prüfung kann sich jeder im Netz als Broker ausgeben. Trotzdem verbinden?</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Protoc&amp;ol:</source>
        <translation>P&amp;rotokoll:</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>kept in the keyring, never on disk</source>
        <translation>im Schlüsselbund aufbewahrt, nie auf dem Datenträger</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This co&amp;nsole:</source>
        <translation>Diese &amp;Konsole:</translation>
    </message>
</context>
<context>
    <name>fw::ConnectionIndicator</name>
    <message>
        <location filename="../widgets/connectionindicator.cpp" line="+13"/>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
</context>
<context>
    <name>fw::ContributionChart</name>
    <message>
        <location filename="../widgets/contributionchart.cpp" line="+62"/>
        <source>No contributions in this alert&apos;s explanation</source>
        <translation>Keine Beiträge in der Erklärung dieses Alarms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed contributions, strongest first (up: toward the alert, down: toward normal)</source>
        <translation>Vorzeichenbehaftete Beiträge, stärkste zuerst (nach oben: Richtung Alarm, nach unten: Richtung Normal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pushes toward the alert</source>
        <translation>treibt Richtung Alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pulls toward normal</source>
        <translation>zieht Richtung Normal</translation>
    </message>
</context>
<context>
    <name>fw::Database</name>
    <message>
        <location filename="../core/store/databaseopen.cpp" line="+62"/>
        <source>the file %1 is not writable by this user</source>
        <translation>die Datei %1 ist für diesen Benutzer nicht beschreibbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder %1 is not writable by this user</source>
        <translation>der Ordner %1 ist für diesen Benutzer nicht beschreibbar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+223"/>
        <source>the store was written by a newer version of Fleetwatch (schema version %1; this version knows up to %2)</source>
        <translation>der Speicher wurde von einer neueren Fleetwatch-Version geschrieben (Schemaversion %1; diese Version kennt bis %2)</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>the file is a SQLite database of another application</source>
        <translation>die Datei ist eine SQLite-Datenbank einer anderen Anwendung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>write-ahead logging is not available (journal mode %1)</source>
        <translation>Write-Ahead-Logging ist nicht verfügbar (Journal-Modus %1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>migration to schema version %1 failed: %2</source>
        <translation>Migration auf Schemaversion %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot move %1 aside: %2</source>
        <translation>%1 kann nicht beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The alert store %1 cannot be opened: %2. Fleetwatch cannot keep acknowledgements or labels without it; fix the cause or choose another file with --db.</source>
        <translation>Der Alarmspeicher %1 kann nicht geöffnet werden: %2. Ohne ihn kann Fleetwatch keine Quittierungen und Befunde aufbewahren; beheben Sie die Ursache oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no file name was given</source>
        <translation>es wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The alert store %1 was damaged (%2). It was moved to %3 and a new, empty store was created. Open alerts are reloaded from the fleet; the history, acknowledgements and undelivered labels of the old file are not in the new store: keep %3 for your administrator.</source>
        <translation>Der Alarmspeicher %1 war beschädigt (%2). Er wurde nach %3 verschoben und ein neuer, leerer Speicher angelegt. Offene Alarme werden von der Flotte neu geladen; Verlauf, Quittierungen und nicht zugestellte Labels der alten Datei sind nicht im neuen Speicher: Bewahren Sie %3 für Ihre Administration auf.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The alert store %1 cannot be read: %2.</source>
        <translation>Der Alarmspeicher %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there is no Fleetwatch store at %1</source>
        <translation>unter %1 gibt es keinen Fleetwatch-Speicher</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its latest changes are in %1-wal, which cannot be read in a read-only folder (%2); open it once with the console, or copy the store with its -wal and -shm files to a writable folder</source>
        <translation>seine neuesten Änderungen stehen in %1-wal, das in einem schreibgeschützten Ordner nicht gelesen werden kann (%2); öffnen Sie ihn einmal mit der Konsole oder kopieren Sie den Speicher mit seinen -wal- und -shm-Dateien in einen beschreibbaren Ordner</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>the folder %1 does not exist and cannot be created</source>
        <translation>der Ordner %1 existiert nicht und kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is damaged (%1) and could not be moved aside: %2</source>
        <translation>die Datei ist beschädigt (%1) und konnte nicht beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the damaged file was moved to %1, but a new store cannot be created: %2</source>
        <translation>die beschädigte Datei wurde nach %1 verschoben, aber ein neuer Speicher kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+65"/>
        <source>Opened the alert store %1.</source>
        <translation>Alarmspeicher %1 geöffnet.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Created a new alert store %1.</source>
        <translation>Neuer Alarmspeicher %1 angelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated the alert store %1 from schema version %2 to %3.</source>
        <translation>Alarmspeicher %1 von Schemaversion %2 auf %3 aktualisiert.</translation>
    </message>
</context>
<context>
    <name>fw::DisplayText</name>
    <message>
        <location filename="../core/fleet/displaytext.cpp" line="+8"/>
        <source>low</source>
        <comment>alert priority</comment>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <comment>alert priority</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <comment>alert priority</comment>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical</source>
        <comment>alert priority</comment>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ok</source>
        <comment>asset health state</comment>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>watch</source>
        <comment>asset health state</comment>
        <translation>beobachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <comment>asset health state</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical</source>
        <comment>asset health state</comment>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown</source>
        <comment>asset criticality</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <comment>asset criticality</comment>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <comment>asset criticality</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <comment>asset criticality</comment>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical</source>
        <comment>asset criticality</comment>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>true fault</source>
        <translation>Fehler bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no fault found</source>
        <translation>kein Fehler gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inconclusive</source>
        <translation>unklar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missed failure</source>
        <translation>nicht erkannter Ausfall</translation>
    </message>
</context>
<context>
    <name>fw::ExplanationPanel</name>
    <message>
        <location filename="../widgets/explanationpanel.cpp" line="+35"/>
        <source>Alert score against its threshold</source>
        <translation>Alarm-Score im Vergleich zur Schwelle</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select an alert in the queue to see why it was raised.</source>
        <translation>Wählen Sie einen Alarm in der Alarmliste, um zu sehen, warum er ausgelöst wurde.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2 — %3 on %4</source>
        <translation>%1 %2 — %3 am Standort %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>model %1 version %2</source>
        <translation>Modell %1, Version %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score %1 against threshold %2</source>
        <translation>Score %1 bei Schwelle %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raised %1</source>
        <translation>ausgelöst %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, %3, criticality %4)</source>
        <translation>%1 (%2, %3, Kritikalität %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Method %1: %2</source>
        <translation>Methode %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not named)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no summary)</source>
        <translation>(ohne Zusammenfassung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This alert came without an explanation; what the console has is shown.</source>
        <translation>Dieser Alarm kam ohne Erklärung; angezeigt wird, was der Konsole vorliegt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no finding yet</source>
        <translation>noch kein Befund</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Last similar alerts&lt;/b&gt; (same asset, or same model)&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Letzte ähnliche Alarme&lt;/b&gt; (gleiche Anlage oder gleiches Modell)&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none in the store</source>
        <translation>keine im Speicher</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (%2) against its baseline</source>
        <translation>%1 (%2) im Vergleich zum Referenzwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>evidence</source>
        <translation>Alarmaufzeichnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline</source>
        <translation>Referenzwert</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>No explanation for %1</source>
        <translation>Keine Erklärung für %1</translation>
    </message>
</context>
<context>
    <name>fw::FeedbackDialog</name>
    <message>
        <location filename="../widgets/feedbackdialog.cpp" line="+67"/>
        <source>describe the failure mode in a few words</source>
        <translation>die Ausfallart in wenigen Worten beschreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what caused it, e.g. compressor fouling</source>
        <translation>was ihn verursacht hat, z. B. Verdichterverschmutzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what was done, e.g. washed compressor</source>
        <translation>was getan wurde, z. B. Verdichter gewaschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un&amp;known</source>
        <translation>Unbeka&amp;nnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anything the next technician or the model team should know</source>
        <translation>alles, was der nächste Techniker oder das Modell-Team wissen sollte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record outcome: %1</source>
        <translation>Befund erfassen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>choose the asset that failed</source>
        <translation>die ausgefallene Anlage wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+188"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report a missed failure</source>
        <translation>Nicht erkannten Ausfall melden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A failure that no alert foresaw. It is sent to the fleet as a missed failure, so that the models learn from it.</source>
        <translation>Ein Ausfall, den kein Alarm vorhergesagt hat. Er wird als nicht erkannter Ausfall an die Flotte gesendet, damit die Modelle daraus lernen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert:</source>
        <translation>Alarm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset:</source>
        <translation>Anlage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised:</source>
        <translation>Ausgelöst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not acknowledged</source>
        <translation>nicht quittiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 @ %2 at %3</source>
        <translation>%1 @ %2 um %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged by:</source>
        <translation>Quittiert von:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Missed failure (no alert foresaw it)</source>
        <translation>Nicht erkannter Ausfall (kein Alarm hat ihn vorhergesagt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;True fault</source>
        <translation>Fehler &amp;bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No fault found</source>
        <translation>&amp;Kein Fehler gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inconclusive</source>
        <translation>&amp;Unklar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No&amp;w</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ass&amp;et:</source>
        <translation>Anla&amp;ge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Failed at:</source>
        <translation>Ausfall&amp;zeit:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outcome:</source>
        <translation>Befund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure &amp;mode:</source>
        <translation>Ausfalla&amp;rt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descri&amp;be:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cause:</source>
        <translation>Ursa&amp;che:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action taken:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Downtime:</source>
        <translation>Stillstan&amp;dszeit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the record and send it to the fleet (Ctrl+Enter)</source>
        <translation>Datensatz speichern und an die Flotte senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not determined</source>
        <translation>nicht bestimmt</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Failure mode: you chose Other; describe it in a few words.</source>
        <translation>Ausfallart: Sie haben „Sonstiges“ gewählt; beschreiben Sie sie in wenigen Worten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready to save (Ctrl+Enter).</source>
        <translation>Bereit zum Speichern (Strg+Eingabe).</translation>
    </message>
</context>
<context>
    <name>fw::FleetTableModel</name>
    <message>
        <location filename="../models/fleettablemodel.cpp" line="+27"/>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/fleetview.cpp" line="+66"/>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not connected to the broker: these are the last known values, received %1. Nothing newer can arrive until the connection is back.</source>
        <translation>Keine Verbindung zum Broker: Das sind die zuletzt bekannten Werte, empfangen %1. Neueres kann erst kommen, wenn die Verbindung wieder steht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stale after %1 without data</source>
        <translation>veraltet nach %1 ohne Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data since %1 (%2 ago); it usually sends every %3, %4.</source>
        <translation>Keine Daten seit %1 (vor %2); sonst sendet sie alle %3, %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data since %1 (%2 ago); %3.</source>
        <translation>Keine Daten seit %1 (vor %2); %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last data received %1; it usually sends every %2.</source>
        <translation>Letzte Daten empfangen %1; sie sendet alle %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last data received %1.</source>
        <translation>Letzte Daten empfangen %1.</translation>
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
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../widgets/fleetview.cpp" line="+0"/>
        <source>%1 (last known)</source>
        <translation>%1 (zuletzt bekannt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OFFLINE (last known)</source>
        <translation>OFFLINE (zuletzt bekannt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../widgets/fleetview.cpp" line="+2"/>
        <source>last known %1</source>
        <translation>zuletzt bekannt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../widgets/fleetview.cpp" line="+1"/>
        <source>stale since %1</source>
        <translation>veraltet seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OFFLINE</source>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n telemetry sample(s) lost (sequence gaps)</source>
        <translation>
            <numerusform>%n Telemetrie-Messwert verloren (Lücken in der Sequenz)</numerusform>
            <numerusform>%n Telemetrie-Messwerte verloren (Lücken in der Sequenz)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RUL</source>
        <translation>Restlaufzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last update</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open alerts</source>
        <translation>Offene Alarme</translation>
    </message>
</context>
<context>
    <name>fw::FleetView</name>
    <message>
        <location filename="../widgets/fleetview.cpp" line="-44"/>
        <source>&amp;Abnormal only</source>
        <translation>Nur a&amp;uffällige</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter assets: site, line, id, name, type (Ctrl+F)</source>
        <translation>Anlagen filtern: Standort, Linie, ID, Bezeichnung, Typ (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>%1 of %n asset(s)</source>
        <translation>
            <numerusform>%1 von %n Anlage</numerusform>
            <numerusform>%1 von %n Anlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stale</source>
        <translation>
            <numerusform>%n veraltet</numerusform>
            <numerusform>%n veraltet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::JournalChain</name>
    <message>
        <location filename="../core/audit/journalchain.cpp" line="+54"/>
        <source>The store has no journal (it was made by an older Fleetwatch).</source>
        <translation>Der Speicher hat kein Journal (er stammt von einer älteren Fleetwatch-Version).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>It does not start the chain: rows before it were removed.</source>
        <translation>Sie beginnt die Kette nicht: Zeilen davor wurden entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its link to the row before it is broken: rows were removed, inserted or reordered before it.</source>
        <translation>Ihre Verknüpfung mit der vorherigen Zeile ist gebrochen: Davor wurden Zeilen entfernt, eingefügt oder umsortiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its contents were changed after it was written.</source>
        <translation>Ihr Inhalt wurde nach dem Schreiben geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal could not be read to the end.</source>
        <translation>Das Journal konnte nicht bis zum Ende gelesen werden.</translation>
    </message>
</context>
<context>
    <name>fw::JournalCsv</name>
    <message>
        <location filename="../core/audit/journalcsv.cpp" line="+41"/>
        <source>the store has no journal.</source>
        <translation>der Speicher hat kein Journal.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the journal could not be read to the end.</source>
        <translation>das Journal konnte nicht bis zum Ende gelesen werden.</translation>
    </message>
</context>
<context>
    <name>fw::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+71"/>
        <source>&amp;Asset trends</source>
        <translation>Anlagen&amp;trends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why (explanation)</source>
        <translation>&amp;Warum (Erklärung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>▲ Labels: %1 to send, %2 delivered</source>
        <translation>▲ Befunde: %1 zu senden, %2 zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels: %1 delivered</source>
        <translation>Befunde: %1 zugestellt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the keyring holds an empty password for %1</source>
        <translation>der Schlüsselbund enthält ein leeres Passwort für %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports…</source>
        <translation>Be&amp;richte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find asset…</source>
        <translation>Anlage &amp;suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abnormal assets only</source>
        <translation>Nur &amp;auffällige Anlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alarm &amp;journal…</source>
        <translation>Alarm&amp;journal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rejected messages…</source>
        <translation>Abge&amp;wiesene Nachrichten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ull screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Alerts</source>
        <translation>Ala&amp;rme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the alert &amp;queue</source>
        <translation>Zur Alarm&amp;liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge selected	Space</source>
        <translation>Auswahl &amp;quittieren	Leertaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge with a &amp;note…	N</source>
        <translation>Mit &amp;Notiz quittieren…	N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shelve…	S</source>
        <translation>&amp;Zurückstellen…	S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unshelve	U</source>
        <translation>Zurückstellung &amp;aufheben	U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the &amp;outcome…	O</source>
        <translation>&amp;Befund erfassen…	O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report a &amp;failure no alert foresaw…</source>
        <translation>Ausfall &amp;ohne vorherigen Alarm melden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mute sound for 5 minutes</source>
        <translation>&amp;Ton für 5 Minuten stumm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Fleetwatch</source>
        <translation>Ü&amp;ber Fleetwatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Fleetwatch</source>
        <translation>Über Fleetwatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Fleetwatch %1&lt;/b&gt;&lt;p&gt;Operator console for predictive-maintenance fleets (fleet MQTT interface v1).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Fleetwatch %1&lt;/b&gt;&lt;p&gt;Bedienkonsole für Flotten mit vorausschauender Instandhaltung (Flotten-MQTT-Schnittstelle v1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Messages rejected by the fleet interface check; click for the reasons (Ctrl+Shift+R)</source>
        <translation>Von der Prüfung der Flottenschnittstelle abgewiesene Nachrichten; klicken für die Gründe (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>reading the password of %1 from the keyring</source>
        <translation>Passwort von %1 wird aus dem Schlüsselbund gelesen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>▲ %1 to send (%2 delivered)</source>
        <translation>▲ %1 zu senden (%2 zugestellt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sent (%1 delivered)</source>
        <translation>Alles gesendet (%1 zugestellt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgements and labels wait in the local store until the broker has taken them</source>
        <translation>Quittierungen und Befunde warten im lokalen Speicher, bis der Broker sie angenommen hat</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 assets · %2 open alerts</source>
        <translation>%1 Anlagen · %2 offene Alarme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: %1</source>
        <translation>Abgewiesen: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+10"/>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The interface language changes when Fleetwatch starts next.</source>
        <translation>Die Sprache der Oberfläche wechselt beim nächsten Start von Fleetwatch.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fleetwatch — %1 — %2</source>
        <translation>Fleetwatch — %1 — %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all sites</source>
        <translation>alle Standorte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — NOT SAVING</source>
        <translation> — SPEICHERT NICHT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — read-only mode</source>
        <translation> — Nur-Lese-Modus</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>F&amp;leet table</source>
        <translation>&amp;Flottentabelle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Theme</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Night</source>
        <translation>&amp;Nacht</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sound on a&amp;gain</source>
        <translation>Ton &amp;wieder an</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The theme could not be saved in %1</source>
        <translation>Die Darstellung konnte nicht in %1 gespeichert werden</translation>
    </message>
</context>
<context>
    <name>fw::ModelStatusModel</name>
    <message>
        <location filename="../models/modelstatusmodel.cpp" line="+20"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 (changed from %2 at %3)</source>
        <translation>%1 (gewechselt von %2 um %3)</translation>
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
        <translation>DRIFTET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no labels yet</source>
        <translation>noch keine Befunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only inconclusive</source>
        <translation>nur unklare</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>no alerts</source>
        <translation>keine Alarme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The fleet reports that this model&apos;s inputs no longer look like its training data: its alerts are less reliable until it is retrained.</source>
        <translation>Die Flotte meldet, dass die Eingangsdaten dieses Modells nicht mehr seinen Trainingsdaten ähneln: Seine Alarme sind weniger verlässlich, bis es neu trainiert ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of the alerts of version %1 that technicians labelled true fault or no fault found, the share that were true faults.</source>
        <translation>Anteil echter Fehler unter den Alarmen der Version %1, die Techniker als „Fehler bestätigt“ oder „kein Fehler gefunden“ bewertet haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alerts of version %1 labelled &quot;no fault found&quot;, and their share of the decided labels.</source>
        <translation>Alarme der Version %1 mit dem Befund „kein Fehler gefunden“ und ihr Anteil an den entschiedenen Befunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures no alert foresaw, reported against version %1.</source>
        <translation>Ausfälle, die kein Alarm vorhergesagt hat, gemeldet gegen Version %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status received %1</source>
        <translation>Status empfangen %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels used</source>
        <translation>Verwendete Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drift / thr.</source>
        <translation>Drift / Schwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelled</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False alarms</source>
        <translation>Fehlalarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed failures</source>
        <translation>Nicht erkannte Ausfälle</translation>
    </message>
</context>
<context>
    <name>fw::ModelStatusView</name>
    <message>
        <location filename="../widgets/modelstatusview.cpp" line="+62"/>
        <source>Drift is reported by the fleet for each model. Precision, labelled share, false alarms and missed failures count the technicians&apos; labels for the version now running.</source>
        <translation>Die Drift meldet die Flotte für jedes Modell. Präzision, bewerteter Anteil, Fehlalarme und nicht erkannte Ausfälle zählen die Befunde der Techniker für die gerade laufende Version.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>▲ %n of %1 model(s) DRIFTING.</source>
        <translation>
            <numerusform>▲ %n von %1 Modellen DRIFTET.</numerusform>
            <numerusform>▲ %n von %1 Modellen DRIFTEN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n model(s), none drifting.</source>
        <translation>
            <numerusform>%n Modell, keines driftet.</numerusform>
            <numerusform>%n Modelle, keines driftet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A drifting model sees inputs unlike its training data: treat its alerts with care until it is retrained. Precision and false alarms come from technicians&apos; labels.</source>
        <translation>Ein driftendes Modell sieht Eingangsdaten, die seinen Trainingsdaten nicht ähneln: Behandeln Sie seine Alarme mit Vorsicht, bis es neu trainiert ist. Präzision und Fehlalarme stammen aus den Befunden der Techniker.</translation>
    </message>
</context>
<context>
    <name>fw::MqttSession</name>
    <message>
        <location filename="../core/mqtt/mqttsession.cpp" line="+33"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting</source>
        <translation>Verbinde neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connecting</source>
        <translation>Kein Verbindungsaufbau</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>libmosquitto does not take the TLS context: %1</source>
        <translation>libmosquitto übernimmt den TLS-Kontext nicht: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS setup failed, not connecting: %1</source>
        <translation>TLS-Einrichtung fehlgeschlagen, keine Verbindung: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>connecting to %1</source>
        <translation>verbinde mit %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+33"/>
        <source>cannot connect to %1: %2; retrying in %3 s</source>
        <translation>keine Verbindung zu %1: %2; neuer Versuch in %3 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection lost: %1; reconnecting in %2 s</source>
        <translation>Verbindung verloren: %1; neuer Verbindungsaufbau in %2 s</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (user name or password wrong or missing, or the account may not connect)</source>
        <translation>%1 (Benutzername oder Passwort falsch oder fehlend, oder das Konto darf sich nicht verbinden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broker refused the connection: %1</source>
        <translation>Broker hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>session resumed</source>
        <translation>Sitzung fortgesetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new session</source>
        <translation>neue Sitzung</translation>
    </message>
</context>
<context>
    <name>fw::MttaReport</name>
    <message>
        <location filename="../core/reports/mttareport.cpp" line="+138"/>
        <location line="+58"/>
        <source>The store could not be read (see the log).</source>
        <translation>Der Speicher konnte nicht gelesen werden (siehe Protokoll).</translation>
    </message>
</context>
<context>
    <name>fw::PasswordFile</name>
    <message>
        <location filename="../app/passwordfile.cpp" line="+16"/>
        <location line="+15"/>
        <source>--password-file %1: %2</source>
        <translation>--password-file %1: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>--password-file %1: not a regular file</source>
        <translation>--password-file %1: keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--password-file %1: group or others may read it (mode %2); it must be readable by its owner only: chmod 600 %1</source>
        <translation>--password-file %1: Gruppe oder andere dürfen die Datei lesen (Modus %2); sie darf nur für ihren Eigentümer lesbar sein: chmod 600 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--password-file %1: the file is empty (the password is its first line)</source>
        <translation>--password-file %1: die Datei ist leer (das Passwort ist ihre erste Zeile)</translation>
    </message>
</context>
<context>
    <name>fw::PasswordHash</name>
    <message numerus="yes">
        <location filename="../core/users/passwordhash.cpp" line="+50"/>
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Ein Passwort braucht mindestens %n Zeichen.</numerusform>
            <numerusform>Ein Passwort braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password must not be the user name.</source>
        <translation>Das Passwort darf nicht der Benutzername sein.</translation>
    </message>
</context>
<context>
    <name>fw::PasswordKeyring</name>
    <message>
        <location filename="../app/passwordkeyring.cpp" line="+22"/>
        <location line="+5"/>
        <source>no D-Bus session</source>
        <translation>keine D-Bus-Sitzung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no Secret Service or KWallet on the D-Bus session</source>
        <translation>kein Secret Service und kein KWallet in der D-Bus-Sitzung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no keyring available (%1): give the password with FLEETWATCH_MQTT_PASSWORD or --password-file</source>
        <translation>kein Schlüsselbund verfügbar (%1): Geben Sie das Passwort mit FLEETWATCH_MQTT_PASSWORD oder --password-file an</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no password for %1 in the keyring: enter it in Connection ▸ Settings, or give it with FLEETWATCH_MQTT_PASSWORD or --password-file</source>
        <translation>kein Passwort für %1 im Schlüsselbund: Geben Sie es unter Verbindung ▸ Einstellungen ein oder mit FLEETWATCH_MQTT_PASSWORD oder --password-file an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keyring did not give the password for %1 (%2): give it with FLEETWATCH_MQTT_PASSWORD or --password-file</source>
        <translation>der Schlüsselbund hat das Passwort für %1 nicht herausgegeben (%2): Geben Sie es mit FLEETWATCH_MQTT_PASSWORD oder --password-file an</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no keyring available (%1): the password is used for this session only; for later ones give it with FLEETWATCH_MQTT_PASSWORD or --password-file</source>
        <translation>kein Schlüsselbund verfügbar (%1): Das Passwort gilt nur für diese Sitzung; geben Sie es für spätere Sitzungen mit FLEETWATCH_MQTT_PASSWORD oder --password-file an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password for %1 could not be kept in the keyring: %2</source>
        <translation>das Passwort für %1 konnte nicht im Schlüsselbund abgelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>fw::RejectionModel</name>
    <message>
        <location filename="../models/rejectionmodel.cpp" line="+65"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>fw::RejectionsDialog</name>
    <message>
        <location filename="../widgets/rejectionsdialog.cpp" line="+15"/>
        <source>Rejected messages</source>
        <translation>Abgewiesene Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages that broke the fleet interface (fleet-mqtt-v1) and were not applied. Details are in the log, at a limited rate.</source>
        <translation>Nachrichten, die gegen die Flottenschnittstelle (fleet-mqtt-v1) verstießen und nicht übernommen wurden. Einzelheiten stehen im Protokoll, in begrenzter Rate.</translation>
    </message>
</context>
<context>
    <name>fw::Report</name>
    <message>
        <location filename="../core/reports/reportbuilder.cpp" line="+37"/>
        <source>The store could not be read (see the log).</source>
        <translation>Der Speicher konnte nicht gelesen werden (siehe Protokoll).</translation>
    </message>
    <message>
        <location filename="../core/reports/reportloader.cpp" line="+33"/>
        <source>The report period is empty: the end must be after the start.</source>
        <translation>Der Berichtszeitraum ist leer: Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report period is longer than ten years: choose a shorter one.</source>
        <translation>Der Berichtszeitraum ist länger als zehn Jahre: Wählen Sie einen kürzeren.</translation>
    </message>
</context>
<context>
    <name>fw::ReportCommand</name>
    <message>
        <location filename="../core/reports/reportcli.cpp" line="+19"/>
        <source>usage: fleetwatch report --db FILE --from DATE --to DATE [--format csv|pdf] --out PATH [--shifts HH:MM,HH:MM,...] [--trend day|week]
DATE is YYYY-MM-DD (local time) or RFC 3339; the period is [from, to); --out - writes to standard output.</source>
        <translation>Aufruf: fleetwatch report --db DATEI --from DATUM --to DATUM [--format csv|pdf] --out PFAD [--shifts HH:MM,HH:MM,...] [--trend day|week]
DATUM ist JJJJ-MM-TT (Ortszeit) oder RFC 3339; der Zeitraum ist [from, to); --out - schreibt auf die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>--%1 needs a value.</source>
        <translation>--%1 braucht einen Wert.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>unknown option --%1.</source>
        <translation>unbekannte Option --%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1 is given twice.</source>
        <translation>--%1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown format &quot;%1&quot;; use csv or pdf.</source>
        <translation>unbekanntes Format „%1“; verwenden Sie csv oder pdf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--from: </source>
        <translation>--from: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to: </source>
        <translation>--to: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--trend must be day or week.</source>
        <translation>--trend muss day oder week sein.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportloader.cpp" line="+5"/>
        <source>no Fleetwatch store at %1; give the path of an existing store.</source>
        <translation>kein Fleetwatch-Speicher unter %1; geben Sie den Pfad eines vorhandenen Speichers an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a Fleetwatch store: %2; it was left untouched.</source>
        <translation>%1 ist kein Fleetwatch-Speicher: %2; die Datei blieb unberührt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the store %1 could not be opened: %2</source>
        <translation>der Speicher %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the store %1 has schema version %2, older than a report reads (%3); open it once with the console to update it.</source>
        <translation>der Speicher %1 hat die Schemaversion %2, älter als ein Bericht lesen kann (%3); öffnen Sie ihn einmal mit der Konsole, um ihn zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../reports/reportcommand.cpp" line="+37"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>--lang needs a value.</source>
        <translation>--lang braucht einen Wert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--lang: &quot;%1&quot; is not a language of Fleetwatch (%2).</source>
        <translation>--lang: „%1“ ist keine Sprache von Fleetwatch (%2).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>--lang LANGUAGE: de, zh_CN or en, the language of the report and of these messages (default: the system&apos;s).</source>
        <translation>--lang SPRACHE: de, zh_CN oder en, die Sprache des Berichts und dieser Meldungen (Standard: die des Systems).</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>cannot write the PDF to standard output.</source>
        <translation>das PDF kann nicht auf die Standardausgabe geschrieben werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF output is not available here: it needs the fleetwatch application (a QGuiApplication); use --format csv.</source>
        <translation>PDF-Ausgabe ist hier nicht verfügbar: Dafür wird die Anwendung fleetwatch gebraucht (eine QGuiApplication); verwenden Sie --format csv.</translation>
    </message>
</context>
<context>
    <name>fw::ReportPdf</name>
    <message>
        <location filename="../reports/reportformat.cpp" line="+106"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+18"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <location line="+37"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+17"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../reports/reportsections.cpp" line="+315"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <location filename="../reports/reportsections.cpp" line="-28"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="-36"/>
        <location filename="../reports/reportsections.cpp" line="-1"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Collected %1 of the %2 period; rates over that time.</source>
        <translation>Erfasst: %1 des Zeitraums von %2; Raten über diese Zeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store has a record of when it was collecting only from %1 on; the rates are over the time from the first to the last alert of the period instead: %2 of the %3 period.</source>
        <translation>Der Speicher verzeichnet erst ab %1, wann er erfasst hat; die Raten gelten stattdessen für die Zeit vom ersten bis zum letzten Alarm des Zeitraums: %2 des Zeitraums von %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store has no record of when it was collecting (it was made by an earlier version); the rates are over the time from the first to the last alert of the period instead: %1 of the %2 period.</source>
        <translation>Der Speicher verzeichnet nicht, wann er erfasst hat (er stammt von einer früheren Version); die Raten gelten stattdessen für die Zeit vom ersten bis zum letzten Alarm des Zeitraums: %1 des Zeitraums von %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collected %1 of the %2 period; rates over that time. Before %3 the store has no record of when it was collecting: there the time from the first to the last alert counts.</source>
        <translation>Erfasst: %1 des Zeitraums von %2; Raten über diese Zeit. Vor %3 verzeichnet der Speicher nicht, wann er erfasst hat: dort zählt die Zeit vom ersten bis zum letzten Alarm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of the period had passed when the report was made; the rest is not counted.</source>
        <translation>%1 des Zeitraums waren vergangen, als der Bericht erstellt wurde; der Rest zählt nicht.</translation>
    </message>
    <message>
        <location filename="../reports/reportpdfwriter.cpp" line="+22"/>
        <source>Fleetwatch plant report</source>
        <translation>Fleetwatch-Werksbericht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period %1</source>
        <translation>Zeitraum %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated %1  ·  %2</source>
        <translation>Erstellt %1  ·  %2</translation>
    </message>
    <message>
        <location filename="../reports/pageddocument.cpp" line="+80"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location line="+138"/>
        <location filename="../reports/reportsections.cpp" line="-149"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../reports/reportpdfcharts.cpp" line="+145"/>
        <source>Mean time to acknowledge per day</source>
        <translation>Mittlere Zeit bis zur Quittierung pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time to acknowledge per week (from Monday)</source>
        <translation>Mittlere Zeit bis zur Quittierung pro Woche (ab Montag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean MTTA</source>
        <translation>mittlere MTTA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bars: mean time to acknowledge of the alerts raised in the %1 and acknowledged before the end of the period; “–”: none acknowledged.</source>
        <translation>Balken: mittlere Zeit bis zur Quittierung der Alarme, die im jeweiligen Zeitraum (%1) ausgelöst und vor dem Ende des Berichtszeitraums quittiert wurden; „–“: keiner quittiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>week</source>
        <translation>Woche</translation>
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
        <translation>Verteilung der Zeiten bis zur Quittierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged alerts by time to acknowledge; each bar runs from the previous bar&apos;s bound.</source>
        <translation>Quittierte Alarme nach Zeit bis zur Quittierung; jeder Balken beginnt an der Grenze des vorigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../reports/reportsections.cpp" line="+95"/>
        <source>low + medium</source>
        <translation>niedrig + mittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../reports/reportsections.cpp" line="+0"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../reports/reportsections.cpp" line="+0"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority mix against the ISA-18.2 guide (80 / 15 / 5 %)</source>
        <translation>Prioritätsverteilung im Vergleich zum ISA-18.2-Richtwert (80 / 15 / 5 %)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this period</source>
        <translation>dieser Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guide</source>
        <translation>Richtwert</translation>
    </message>
    <message>
        <location filename="../reports/reportformat.cpp" line="+53"/>
        <location filename="../reports/reportpdfcharts.cpp" line="+24"/>
        <location filename="../reports/reportsections.cpp" line="-14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../reports/reportsections.cpp" line="-167"/>
        <source>Plant report</source>
        <translation>Werksbericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarm response (mean time to acknowledge) and alarm-system health, from the Fleetwatch console store.</source>
        <translation>Alarmreaktion (mittlere Zeit bis zur Quittierung) und Zustand des Alarmsystems, aus dem Speicher der Fleetwatch-Konsole.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+99"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>%1 (%2 days; an alert is in it by the time it was raised)</source>
        <translation>%1 (Dauer in Tagen: %2; ein Alarm zählt zu dem Zeitraum, in dem er ausgelöst wurde)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rates over</source>
        <translation>Raten über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no id)</source>
        <translation>(ohne ID)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In short</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+131"/>
        <source>Alerts raised</source>
        <translation>Ausgelöste Alarme</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, mean %2, median %3, 90 % within %4</source>
        <translation>%1, Mittel %2, Median %3, 90 % innerhalb %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+89"/>
        <source>Unacknowledged at end</source>
        <translation>Am Ende unquittiert</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Alerts per day</source>
        <translation>Alarme pro Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (guide: about 150, at most 300)</source>
        <translation>%1 (Richtwert: etwa 150, höchstens 300)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing over 24 h</source>
        <translation>Stehend über 24 h</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+140"/>
        <location line="+69"/>
        <location line="+32"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+183"/>
        <source>Acked</source>
        <translation>Quitt.</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Unacked at end</source>
        <translation>Unquitt. am Ende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90th pct</source>
        <translation>90. Perz.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The %1 assets with most alerts, of %2; the CSV export has them all.</source>
        <translation>Die %1 Anlagen mit den meisten Alarmen, von %2; der CSV-Export enthält alle.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(not acknowledged)</source>
        <translation>(nicht quittiert)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mean time to acknowledge</source>
        <translation>Mittlere Zeit bis zur Quittierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the console&apos;s first receipt of an alert to its first acknowledgement on any console. An alert acknowledged only after the end of the period, or never, counts as unacknowledged at the end and is not in the times. Median and 90th percentile interpolate between ranks.</source>
        <translation>Vom ersten Eingang eines Alarms an der Konsole bis zu seiner ersten Quittierung an irgendeiner Konsole. Ein Alarm, der erst nach dem Ende des Zeitraums oder nie quittiert wurde, zählt als am Ende unquittiert und geht nicht in die Zeiten ein. Median und 90. Perzentil werden zwischen den Rängen interpoliert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All alerts</source>
        <translation>Alle Alarme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unacknowledged at the end of the period</source>
        <translation>Am Ende des Zeitraums unquittiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 alerts raised in the period (%3) were not acknowledged by its end. They are counted here and not in the times to acknowledge.</source>
        <translation>%1 von %2 im Zeitraum ausgelösten Alarmen (%3) waren an seinem Ende nicht quittiert. Sie werden hier gezählt und nicht in den Zeiten bis zur Quittierung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <location line="+42"/>
        <location line="+43"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Of alerts</source>
        <translation>Von Alarmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+59"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>By priority</source>
        <translation>Nach Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By shift</source>
        <translation>Nach Schicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift (local time)</source>
        <translation>Schicht (Ortszeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By site</source>
        <translation>Nach Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+56"/>
        <location line="+27"/>
        <location line="+26"/>
        <location line="+11"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>By line</source>
        <translation>Nach Linie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site / line</source>
        <translation>Standort / Linie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By operator</source>
        <translation>Nach Bediener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledged by</source>
        <translation>Quittiert von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By asset (most alerts)</source>
        <translation>Nach Anlage (meiste Alarme)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site / asset</source>
        <translation>Standort / Anlage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alarm-system health</source>
        <translation>Zustand des Alarmsystems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISA-18.2 / EEMUA 191 figures for this console. A 10-minute interval with %1 or more new alerts is in flood.</source>
        <translation>Kennzahlen nach ISA-18.2 / EEMUA 191 für diese Konsole. Ein 10-Minuten-Intervall mit %1 oder mehr neuen Alarmen gilt als Alarmflut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <location line="+25"/>
        <source>within</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+10"/>
        <location line="+25"/>
        <source>above</source>
        <translation>überschritten</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Guide</source>
        <translation>Richtwert</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Alerts per 10 minutes (average)</source>
        <translation>Alarme pro 10 Minuten (Mittel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about 1 (at most 2)</source>
        <translation>etwa 1 (höchstens 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts per day (average)</source>
        <translation>Alarme pro Tag (Mittel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about 150 acceptable, 300 at most</source>
        <translation>etwa 150 akzeptabel, höchstens 300</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manageable</source>
        <translation>beherrschbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak alerts in 10 minutes</source>
        <translation>Spitzenwert: Alarme in 10 Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>under 10</source>
        <translation>unter 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10-minute intervals</source>
        <translation>10-Minuten-Intervalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervals in flood</source>
        <translation>Intervalle in Alarmflut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under 1 % of the time</source>
        <translation>unter 1 % der Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing over 24 h at end</source>
        <translation>Stehend über 24 h am Ende</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chattering alerts</source>
        <translation>Flatternde Alarme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shelve actions</source>
        <translation>Zurückstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes shelved (asked for)</source>
        <translation>Zurückgestellte Minuten (beantragt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>about %1 (%2 or more)</source>
        <translation>etwa %1 (%2 oder mehr)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>about %1 (at most %2)</source>
        <translation>etwa %1 (höchstens %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>below</source>
        <translation>darunter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority mix</source>
        <translation>Prioritätsverteilung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <location line="+26"/>
        <location line="+11"/>
        <source>Asset</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+27"/>
        <location line="+26"/>
        <location line="+11"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+27"/>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Ten most frequent alerts</source>
        <translation>Die zehn häufigsten Alarme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first %1 of %2; the CSV export has them all.</source>
        <translation>Die ersten %1 von %2; der CSV-Export enthält alle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alerts needing attention</source>
        <translation>Alarme, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standing at the end of the period (raised over 24 h before; %1)</source>
        <translation>Stehend am Ende des Zeitraums (über 24 h vorher ausgelöst; %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unacknowledged or still active at the end of the period, oldest first; age at the end of the period.</source>
        <translation>Am Ende des Zeitraums unquittiert oder noch aktiv, älteste zuerst; Alter am Ende des Zeitraums.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chattering (%1 alerts)</source>
        <translation>Flatternd (%1 Alarme)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shelves</source>
        <translation>Zurückst.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longest</source>
        <translation>Längste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shelved (%1 shelve actions, %2 minutes)</source>
        <translation>Zurückgestellt (%1 Zurückstellungen, %2 Minuten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model quality per version</source>
        <translation>Modellqualität pro Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time, from the operators&apos; labels (labels are not tied to the period). Precision: true positives of the decided labels; false-alarm rate: false positives of the decided labels.</source>
        <translation>Gesamter Zeitraum, aus den Befunden der Bediener (Befunde sind nicht an den Berichtszeitraum gebunden). Präzision: Anteil echter Alarme an den entschiedenen Befunden; Fehlalarmquote: Anteil der Fehlalarme an den entschiedenen Befunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labelled</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>True</source>
        <translation>Echt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation>Fehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unclear</source>
        <translation>Unklar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Übers.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False alarm</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vs previous</source>
        <translation>Δ Vorversion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no model has raised an alert)</source>
        <translation>(kein Modell hat einen Alarm ausgelöst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs previous: the change of precision (percentage points) and of the false-alarm count against the previous version of the same model, versions in semantic-version order; “–”: the model&apos;s first version, or no decided labels on one side.</source>
        <translation>Δ Vorversion: Veränderung der Präzision (Prozentpunkte) und der Zahl der Fehlalarme gegenüber der vorigen Version desselben Modells, Versionen in semantischer Reihenfolge; „–“: erste Version des Modells oder keine entschiedenen Befunde auf einer Seite.</translation>
    </message>
    <message>
        <location filename="../reports/reportpdfwriter.cpp" line="+12"/>
        <source>Fleetwatch plant report, %1</source>
        <translation>Fleetwatch-Werksbericht, %1</translation>
    </message>
    <message>
        <location filename="../reports/reportformat.cpp" line="-18"/>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../reports/reportpdfwriter.cpp" line="+8"/>
        <source>The report could not be painted.</source>
        <translation>Der Bericht konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PDF could not be painted.</source>
        <translation>Das PDF konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fw::ReportPeriod</name>
    <message>
        <location filename="../core/reports/reportperiod.cpp" line="+40"/>
        <source>Shifts: &quot;%1&quot; is not a time; give shift start times as HH:MM separated by commas, e.g. 06:00,14:00,22:00.</source>
        <translation>Schichten: „%1“ ist keine Uhrzeit; geben Sie die Schichtbeginne als HH:MM durch Kommas getrennt an, z. B. 06:00,14:00,22:00.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shifts: %1 is given twice; give each shift start once.</source>
        <translation>Schichten: %1 ist doppelt angegeben; geben Sie jeden Schichtbeginn nur einmal an.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&quot;%1&quot; is not a date; give YYYY-MM-DD (local time) or an RFC 3339 time such as 2026-11-22T08:00:00Z.</source>
        <translation>„%1“ ist kein Datum; geben Sie JJJJ-MM-TT (Ortszeit) oder eine RFC-3339-Zeit wie 2026-11-22T08:00:00Z an.</translation>
    </message>
</context>
<context>
    <name>fw::ReportsWindow</name>
    <message>
        <location filename="../widgets/reportswindow.cpp" line="+77"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local start times of the shifts, e.g. 06:00,14:00,22:00</source>
        <translation>Ortszeit des Beginns jeder Schicht, z. B. 06:00,14:00,22:00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Run</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+236"/>
        <source>All alerts</source>
        <translation>Alle Alarme</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>By site</source>
        <translation>Nach Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By line</source>
        <translation>Nach Linie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By asset</source>
        <translation>Nach Anlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By priority</source>
        <translation>Nach Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By shift</source>
        <translation>Nach Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By operator</source>
        <translation>Nach Bediener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grouping of the time-to-acknowledge table</source>
        <translation>Gruppierung der Tabelle „Zeit bis zur Quittierung“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Trend</source>
        <translation>&amp;Trend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Shifts</source>
        <translation>&amp;Schichten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Grouping</source>
        <translation>&amp;Gruppierung</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <location line="+11"/>
        <location line="+5"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Acked</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unacked at end</source>
        <translation>Unquitt. am Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90th pct</source>
        <translation>90. Perz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to acknowledge</source>
        <translation>Zeit bis zur Quittierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Guide</source>
        <translation>Richtwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alarm health</source>
        <translation>Alarmsystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Asset</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+3"/>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Top ten</source>
        <translation>Top 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Stehende Alarme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chattering</source>
        <translation>Flatternde Alarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelves</source>
        <translation>Zurückstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longest</source>
        <translation>Längste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelved</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labelled</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True</source>
        <translation>Echte Alarme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation>Fehlalarme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unclear</source>
        <translation>Unklar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed</source>
        <translation>Übersehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False alarm</source>
        <translation>Fehlalarmquote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vs previous version</source>
        <translation>Δ Vorversion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change of precision (percentage points) and of the false-alarm count against the previous version of the same model (semantic-version order)</source>
        <translation>Veränderung der Präzision (Prozentpunkte) und der Zahl der Fehlalarme gegenüber der vorigen Version desselben Modells (semantische Versionsreihenfolge)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model quality</source>
        <translation>Modellqualität</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Building the report…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Period %1 to %2 (local time), generated %3.</source>
        <translation>Zeitraum %1 bis %2 (Ortszeit), erstellt %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 alerts raised; %2 acknowledged, mean %3, median %4, 90 % within %5; %6 per day.</source>
        <translation>%1 Alarme ausgelöst; %2 quittiert, Mittel %3, Median %4, 90 % innerhalb %5; %6 pro Tag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1 of %2 alerts raised in the period were not acknowledged by its end.&lt;/b&gt; They are counted apart and not in the times to acknowledge.</source>
        <translation>&lt;b&gt;%1 von %2 im Zeitraum ausgelösten Alarmen waren an seinem Ende nicht quittiert.&lt;/b&gt; Sie werden getrennt gezählt und gehen nicht in die Zeiten bis zur Quittierung ein.</translation>
    </message>
    <message>
        <location filename="../widgets/reporttablerows.cpp" line="+23"/>
        <location line="+12"/>
        <location line="+20"/>
        <source>within</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+12"/>
        <location line="+20"/>
        <source>above</source>
        <translation>überschritten</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Alerts raised</source>
        <translation>Ausgelöste Alarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts per 10 minutes</source>
        <translation>Alarme pro 10 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about 1 — %1</source>
        <translation>etwa 1 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts per day</source>
        <translation>Alarme pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about 150, at most 300 — %1</source>
        <translation>etwa 150, höchstens 300 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manageable</source>
        <translation>beherrschbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak alerts in 10 minutes</source>
        <translation>Spitzenwert: Alarme in 10 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under 10 — %1</source>
        <translation>unter 10 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervals in flood</source>
        <translation>Intervalle in Alarmflut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under 1 % — %1</source>
        <translation>unter 1 % — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing over 24 h at end</source>
        <translation>Stehend über 24 h am Ende</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>none — %1</source>
        <translation>keine — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chattering alerts</source>
        <translation>Flatternde Alarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelve actions</source>
        <translation>Zurückstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes shelved (asked for)</source>
        <translation>Zurückgestellte Minuten (beantragt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>low + medium</source>
        <translation>niedrig + mittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1, %2 or more</source>
        <translation>etwa %1, %2 oder mehr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>about %1, at most %2</source>
        <translation>etwa %1, höchstens %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>below</source>
        <translation>darunter</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../widgets/reportswindow.cpp" line="+43"/>
        <source>(not acknowledged)</source>
        <translation>(nicht quittiert)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+10"/>
        <source>Run the report first.</source>
        <translation>Erstellen Sie zuerst den Bericht.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Print the report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+10"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Sent the report to %1.</source>
        <translation>Bericht an %1 gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-334"/>
        <source>Pr&amp;int…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>t&amp;hrough</source>
        <translation>&amp;bis</translation>
    </message>
</context>
<context>
    <name>fw::Role</name>
    <message>
        <location filename="../core/users/role.cpp" line="+16"/>
        <source>acknowledge alerts</source>
        <translation>Alarme quittieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shelve alerts</source>
        <translation>Alarme zurückstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment on alerts</source>
        <translation>Alarme kommentieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record outcomes</source>
        <translation>Befunde erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suppress alerts</source>
        <translation>Alarme unterdrücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take alerts out of service</source>
        <translation>Alarme außer Betrieb nehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>act on several alerts at once</source>
        <translation>mehrere Alarme gleichzeitig bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run reports</source>
        <translation>Berichte erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage users</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Schichtleiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Betriebsleiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an operator or a supervisor</source>
        <translation>einen Bediener oder einen Schichtleiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a technician or a supervisor</source>
        <translation>einen Techniker oder einen Schichtleiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a supervisor</source>
        <translation>einen Schichtleiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an administrator</source>
        <translation>einen Administrator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in as %1, you may not %2: ask %3.</source>
        <extracomment>%1 is a role (&quot;Operator&quot;), %2 what is refused (&quot;suppress alerts&quot;), %3 who may (&quot;a supervisor&quot;)</extracomment>
        <translation>Als %1 angemeldet dürfen Sie nicht %2: Fragen Sie %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to %1 (Ctrl+L).</source>
        <translation>Melden Sie sich an, um %1 zu können (Strg+L).</translation>
    </message>
</context>
<context>
    <name>fw::SessionControls</name>
    <message>
        <location filename="../app/sessioncontrols.cpp" line="+29"/>
        <source>&amp;User</source>
        <translation>Benut&amp;zer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in or switch user…</source>
        <translation>&amp;Anmelden oder Benutzer wechseln…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sign in, switch user or unlock (Ctrl+L); lock the console (Ctrl+Shift+L)</source>
        <translation>Anmelden, Benutzer wechseln oder entsperren (Strg+L); Konsole sperren (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts: opening…</source>
        <translation>Konten: werden geöffnet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No accounts yet: create the administrator</source>
        <translation>Noch keine Konten: Legen Sie den Administrator an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not signed in: view only</source>
        <translation>Nicht angemeldet: nur Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>🔒 Locked: %1 — view only</source>
        <translation>🔒 Gesperrt: %1 — nur Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in unavailable</source>
        <translation>Anmeldung nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>fw::ShelveDialog</name>
    <message>
        <location filename="../widgets/shelvedialog.cpp" line="+15"/>
        <source>Shelve alerts</source>
        <translation>Alarme zurückstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 hours</source>
        <translation>2 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>8 hours (maximum)</source>
        <translation>8 Stunden (Maximum)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required: why this alert is a nuisance now</source>
        <translation>erforderlich: warum dieser Alarm gerade stört</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shelve</source>
        <translation>Zurückstellen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Shelve %n alert(s). They come back by themselves when the time is up.</source>
        <translation>
            <numerusform>%n Alarm zurückstellen. Er kehrt von selbst zurück, wenn die Zeit abgelaufen ist.</numerusform>
            <numerusform>%n Alarme zurückstellen. Sie kehren von selbst zurück, wenn die Zeit abgelaufen ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;For:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>fw::SignInDialog</name>
    <message>
        <location filename="../widgets/signindialog.cpp" line="+16"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sign in — Fleetwatch</source>
        <translation>Anmelden — Fleetwatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to act on alerts. Everything stays on screen while nobody is signed in.</source>
        <translation>Melden Sie sich an, um Alarme zu bearbeiten. Solange niemand angemeldet ist, bleibt alles auf dem Bildschirm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Locked — Fleetwatch</source>
        <translation>Gesperrt — Fleetwatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console was locked. Enter the password to go on, or sign in as another user to take over the shift.</source>
        <translation>Die Konsole wurde gesperrt. Geben Sie das Passwort ein, um fortzufahren, oder melden Sie sich als anderer Benutzer an, um die Schicht zu übernehmen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First start — create the administrator</source>
        <translation>Erster Start — Administrator anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This console has no accounts yet. Create the administrator, who then adds the operators, technicians, supervisors and managers (fleetwatch users add).</source>
        <translation>Diese Konsole hat noch keine Konten. Legen Sie den Administrator an; er fügt dann die Bediener, Techniker, Schichtleiter und Betriebsleiter hinzu (fleetwatch users add).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create and sign in</source>
        <translation>Anlegen und an&amp;melden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>fw::StoreBanner</name>
    <message>
        <location filename="../widgets/storebanner.cpp" line="+49"/>
        <source>⚠ NOT SAVING since %1: %2. New alerts are shown but kept only in memory (%3 waiting to be stored%4); acknowledgements and outcomes are refused until the store saves again. %5</source>
        <translation>⚠ SPEICHERT NICHT seit %1: %2. Neue Alarme werden angezeigt, aber nur im Arbeitsspeicher gehalten (%3 warten auf das Speichern%4); Quittierungen und Befunde werden abgelehnt, bis der Speicher wieder speichert. %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 not kept</source>
        <translation>, %1 nicht behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ READ-ONLY MODE: no store could be opened (%1). Alerts are shown live but nothing is kept beyond this run; acknowledgements and outcomes are refused. %2</source>
        <translation>⚠ NUR-LESE-MODUS: Es konnte kein Speicher geöffnet werden (%1). Alarme werden live angezeigt, aber nichts bleibt über diesen Lauf hinaus erhalten; Quittierungen und Befunde werden abgelehnt. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store: %1
%2</source>
        <translation>Speicher: %1
%2</translation>
    </message>
</context>
<context>
    <name>fw::StoreFault</name>
    <message>
        <location filename="../core/store/storefault.cpp" line="+48"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the store cannot be written (read-only)</source>
        <translation>der Speicher kann nicht beschrieben werden (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk reports input/output errors</source>
        <translation>der Datenträger meldet Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program holds the store locked</source>
        <translation>ein anderes Programm hält den Speicher gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the store file is damaged</source>
        <translation>die Speicherdatei ist beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no store could be opened</source>
        <translation>es konnte kein Speicher geöffnet werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Free space on the disk that holds %1; saving resumes by itself.</source>
        <translation>Geben Sie Platz auf dem Datenträger mit %1 frei; das Speichern setzt von selbst wieder ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make %1 writable for this user (or remount the disk read-write); saving resumes by itself.</source>
        <translation>Machen Sie %1 für diesen Benutzer beschreibbar (oder hängen Sie den Datenträger beschreibbar ein); das Speichern setzt von selbst wieder ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call your IT: the disk that holds %1 may be failing.</source>
        <translation>Rufen Sie Ihre IT: Der Datenträger mit %1 fällt möglicherweise aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the other program that has %1 open (a second console, a backup, a database tool); saving resumes by itself.</source>
        <translation>Schließen Sie das andere Programm, das %1 geöffnet hat (eine zweite Konsole, eine Sicherung, ein Datenbankwerkzeug); das Speichern setzt von selbst wieder ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart Fleetwatch: a damaged store is set aside and a new one made. Keep the old file for IT.</source>
        <translation>Starten Sie Fleetwatch neu: Ein beschädigter Speicher wird beiseitegelegt und ein neuer angelegt. Bewahren Sie die alte Datei für die IT auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the cause and restart Fleetwatch, or start it with another --db file.</source>
        <translation>Beheben Sie die Ursache und starten Sie Fleetwatch neu, oder starten Sie es mit einer anderen --db-Datei.</translation>
    </message>
</context>
<context>
    <name>fw::StoreIdentity</name>
    <message>
        <location filename="../core/store/storeidentity.cpp" line="+175"/>
        <source>%1 is not a Fleetwatch store: %2. It was left untouched. Give the path of a Fleetwatch store, or of a file that does not exist yet, with --db.</source>
        <translation>%1 ist kein Fleetwatch-Speicher: %2. Die Datei blieb unberührt. Geben Sie mit --db den Pfad eines Fleetwatch-Speichers an oder den einer Datei, die es noch nicht gibt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file %1 cannot be read by this user (%2)</source>
        <translation>die Datei %1 kann von diesem Benutzer nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not a SQLite database</source>
        <translation>es ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <location line="+31"/>
        <source>it is a SQLite database of another application (application id %1)</source>
        <translation>es ist eine SQLite-Datenbank einer anderen Anwendung (Anwendungs-ID %1)</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+27"/>
        <source>it is a SQLite database of another application</source>
        <translation>es ist eine SQLite-Datenbank einer anderen Anwendung</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>it is a SQLite database without Fleetwatch&apos;s mark, with changes in its -wal that cannot be read without changing it</source>
        <translation>es ist eine SQLite-Datenbank ohne Fleetwatch-Kennung, mit Änderungen in ihrer -wal, die sich nicht lesen lassen, ohne sie zu verändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is a SQLite file without Fleetwatch&apos;s mark, and the rest cannot be read (%1)</source>
        <translation>es ist eine SQLite-Datei ohne Fleetwatch-Kennung, und der Rest kann nicht gelesen werden (%1)</translation>
    </message>
</context>
<context>
    <name>fw::StoreWatch</name>
    <message>
        <location filename="../core/alerts/storewatch.cpp" line="+166"/>
        <source>Not done: the store is not saving (%1), so the action could not be kept. %2</source>
        <translation>Nicht ausgeführt: Der Speicher speichert nicht (%1), daher konnte die Aktion nicht festgehalten werden. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not done: Fleetwatch runs without a store (read-only mode), so the action could not be kept. %1</source>
        <translation>Nicht ausgeführt: Fleetwatch läuft ohne Speicher (Nur-Lese-Modus), daher konnte die Aktion nicht festgehalten werden. %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not done: this alert is not in the store yet (it came while the store was not saving); act on it once the store saves again.</source>
        <translation>Nicht ausgeführt: Dieser Alarm ist noch nicht im Speicher (er kam, während der Speicher nicht speicherte); handeln Sie, sobald der Speicher wieder speichert.</translation>
    </message>
</context>
<context>
    <name>fw::TlsContext</name>
    <message>
        <location filename="../core/mqtt/tlscontext.cpp" line="+29"/>
        <source>unknown OpenSSL error</source>
        <translation>unbekannter OpenSSL-Fehler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an unknown date</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an IPv6 address</source>
        <translation>eine IPv6-Adresse</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot read the %1 %2: it is a folder, not a file</source>
        <translation>die %1 %2 kann nicht gelesen werden: Sie ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the %1 %2: %3</source>
        <translation>die %1 %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client certificate file</source>
        <translation>Client-Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client key file</source>
        <translation>Client-Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the client certificate %1 is given without its key (--key-file)</source>
        <translation>das Client-Zertifikat %1 ist ohne seinen Schlüssel angegeben (--key-file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client key %1 is given without its certificate (--cert-file)</source>
        <translation>der Client-Schlüssel %1 ist ohne sein Zertifikat angegeben (--cert-file)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot set up TLS: %1</source>
        <translation>TLS kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the CA certificate file %1 holds no usable certificate: %2</source>
        <translation>die CA-Zertifikatsdatei %1 enthält kein verwendbares Zertifikat: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot load the system&apos;s CA certificates: %1</source>
        <translation>die CA-Zertifikate des Systems können nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the client certificate file %1 holds no usable certificate: %2</source>
        <translation>die Client-Zertifikatsdatei %1 enthält kein verwendbares Zertifikat: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client key file %1 holds no usable key: %2</source>
        <translation>die Client-Schlüsseldatei %1 enthält keinen verwendbaren Schlüssel: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client key %1 does not belong to the certificate %2</source>
        <translation>der Client-Schlüssel %1 gehört nicht zum Zertifikat %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot check the broker&apos;s certificate against the host name %1</source>
        <translation>das Zertifikat des Brokers kann nicht gegen den Hostnamen %1 geprüft werden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the system&apos;s CA certificates</source>
        <translation>den CA-Zertifikaten des Systems</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certificate verify failed: the broker&apos;s certificate is not signed by the CA in %1</source>
        <translation>Zertifikatsprüfung fehlgeschlagen: Das Zertifikat des Brokers ist von keiner CA aus %1 signiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate verify failed: the broker&apos;s certificate expired on %1</source>
        <translation>Zertifikatsprüfung fehlgeschlagen: Das Zertifikat des Brokers ist abgelaufen (Ablaufdatum: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate verify failed: the broker&apos;s certificate is not valid before %1 (check this computer&apos;s clock)</source>
        <translation>Zertifikatsprüfung fehlgeschlagen: Das Zertifikat des Brokers ist noch nicht gültig (gültig ab: %1; prüfen Sie die Uhr dieses Computers)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>certificate verify failed: host name mismatch: the broker&apos;s certificate is for %1, not %2</source>
        <translation>Zertifikatsprüfung fehlgeschlagen: Hostname stimmt nicht überein: Das Zertifikat des Brokers gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name</source>
        <translation>keinen Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate verify failed: %1</source>
        <translation>Zertifikatsprüfung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>fw::TrendChart</name>
    <message>
        <location filename="../widgets/trendchart.cpp" line="+54"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>fw::UsersCommand</name>
    <message>
        <location filename="../app/userscommand.cpp" line="+61"/>
        <source>New password for %1</source>
        <translation>Neues Passwort für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fleetwatch users: no password given (type it, or give it on standard input)</source>
        <translation>fleetwatch users: kein Passwort angegeben (tippen Sie es ein oder übergeben Sie es auf der Standardeingabe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same password again</source>
        <translation>Dasselbe Passwort noch einmal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fleetwatch users: the two passwords differ; nothing was changed</source>
        <translation>fleetwatch users: die beiden Passwörter stimmen nicht überein; es wurde nichts geändert</translation>
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
        <translation>Lokale Konten der Konsole (Argon2id-Passwörter im Speicher; jede Änderung im Journal).
  users list                          die Konten, ihre Rollen und ihr Zustand
  users add NAME --role ROLLE         ein neues Konto (das erste: ein Administrator)
  users passwd NAME                   ein neues Passwort (das eigene, als Administrator auch fremde)
  users role NAME ROLLE               eine andere Rolle
  users disable NAME | enable NAME    keine Anmeldung / wieder Anmeldung (enable hebt auch eine Sperre auf)
Rollen: operator, technician, supervisor, manager, administrator.
Passwörter sind nie Argumente: ohne Echo eingetippt oder eines pro Zeile auf der Standardeingabe (mit --as
zuerst das Passwort des Administrators, dann das neue).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the command</source>
        <translation>der Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list, add, passwd, role, disable or enable</source>
        <translation>list, add, passwd, role, disable oder enable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the console&apos;s store (default: the console&apos;s own)</source>
        <translation>der Speicher der Konsole (Standard: der eigene Speicher der Konsole)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the administrator who makes the change (asked for a password)</source>
        <translation>der Administrator, der die Änderung vornimmt (wird nach seinem Passwort gefragt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new account&apos;s role</source>
        <translation>die Rolle des neuen Kontos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new account&apos;s full name</source>
        <translation>der vollständige Name des neuen Kontos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>usage: fleetwatch users list|add NAME --role ROLE|passwd NAME|role NAME ROLE|disable NAME|enable NAME [--db FILE] [--as ADMIN]  (see fleetwatch users --help)</source>
        <translation>Aufruf: fleetwatch users list|add NAME --role ROLLE|passwd NAME|role NAME ROLLE|disable NAME|enable NAME [--db DATEI] [--as ADMIN]  (siehe fleetwatch users --help)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fleetwatch users: cannot open the store %1: %2</source>
        <translation>fleetwatch users: der Speicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fleetwatch users: say which administrator you are with --as NAME</source>
        <translation>fleetwatch users: geben Sie mit --as NAME an, welcher Administrator Sie sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no password given</source>
        <translation>kein Passwort angegeben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked until %1</source>
        <translation>gesperrt bis %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fleetwatch users: --role must be operator, technician, supervisor, manager or administrator</source>
        <translation>fleetwatch users: --role muss operator, technician, supervisor, manager oder administrator sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>fleetwatch users: the role must be operator, technician, supervisor, manager or administrator</source>
        <translation>fleetwatch users: die Rolle muss operator, technician, supervisor, manager oder administrator sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>done: %1 %2</source>
        <translation>erledigt: %1 %2</translation>
    </message>
</context>
</TS>
