// AlertLifecycle: the outcome of every (state, event) pair for eight representative states and all
// eleven events (the table in alertlifecycle.cpp), shelving's limits, and AlarmState's helpers.

#include "core/alerts/alertlifecycle.h"

#include <QSet>
#include <QTest>

#include <climits>
#include <vector>

using namespace fw;

namespace {

constexpr qint64 kNow = 1'800'000'000'000;        // 2027-01-15, ms since epoch
constexpr qint64 kMinute = 60 * 1000;
constexpr int kShelveMinutes = 30;
const QString kReason = QStringLiteral("crew on site");

AlarmEventContext context()
{
    AlarmEventContext c;
    c.now = kNow;
    c.shelveMinutes = kShelveMinutes;
    c.reason = kReason;
    return c;
}

AlarmState acked(AlarmState s = {}) { s.acknowledged = true; return s; }
AlarmState cleared(AlarmState s = {}) { s.active = false; return s; }
AlarmState suppressed(AlarmState s = {}) { s.suppressed = true; return s; }
AlarmState outOfService(AlarmState s = {}) { s.outOfService = true; return s; }
AlarmState shelvedUntil(qint64 until, const QString &reason, AlarmState s = {})
{
    s.shelvedUntil = until;
    s.shelveReason = reason;
    return s;
}
// What a Shelve with context() makes of a state.
AlarmState shelvedNow(const AlarmState &s) { return shelvedUntil(kNow + kShelveMinutes * kMinute, kReason, s); }

// The representative states.
const AlarmState activeUnack{};
const AlarmState activeAck = acked();
const AlarmState rtnUnack = cleared();
const AlarmState rtnAck = acked(cleared());
const AlarmState shelvedState = shelvedUntil(kNow + 60 * kMinute, QStringLiteral("known sensor fault"));
const AlarmState suppressedState = suppressed();
const AlarmState outOfServiceState = outOfService();
const AlarmState shelvedExpired = shelvedUntil(kNow - kMinute, QStringLiteral("known sensor fault"));

enum class Outcome { Changed, Unchanged, Rejected };

struct Row
{
    const char *stateName;
    AlarmState state;
    AlarmEvent event;
    Outcome outcome;
    AlarmState next;          // Changed only
    QStringList causes;       // Rejected only: words the rejection must contain
};

Row changed(const char *n, const AlarmState &s, AlarmEvent e, const AlarmState &next) { return {n, s, e, Outcome::Changed, next, {}}; }
Row same(const char *n, const AlarmState &s, AlarmEvent e) { return {n, s, e, Outcome::Unchanged, s, {}}; }
Row rejected(const char *n, const AlarmState &s, AlarmEvent e, QStringList causes) { return {n, s, e, Outcome::Rejected, s, causes}; }

const QStringList notShelved{QStringLiteral("not shelved")};
const QStringList inService{QStringLiteral("in service")};
const QStringList notSuppressed{QStringLiteral("not suppressed")};
const QStringList alreadyAcked{QStringLiteral("already acknowledged")};

using E = AlarmEvent;

const std::vector<Row> &table()
{
    static const std::vector<Row> rows = [] {
        std::vector<Row> r;
        const char *n = "active-unack"; AlarmState s = activeUnack;
        r.push_back(same(n, s, E::Raise));
        r.push_back(same(n, s, E::Update));
        r.push_back(changed(n, s, E::Clear, rtnUnack));
        r.push_back(changed(n, s, E::Acknowledge, activeAck));
        r.push_back(changed(n, s, E::Shelve, shelvedNow(s)));
        r.push_back(rejected(n, s, E::Unshelve, notShelved));
        r.push_back(rejected(n, s, E::ShelveExpired, notShelved));
        r.push_back(changed(n, s, E::Suppress, suppressedState));
        r.push_back(rejected(n, s, E::Unsuppress, notSuppressed));
        r.push_back(changed(n, s, E::RemoveFromService, outOfServiceState));
        r.push_back(rejected(n, s, E::ReturnToService, inService));
        r.push_back(same(n, s, E::Comment));   // a note, at any time

        n = "active-ack"; s = activeAck;
        r.push_back(same(n, s, E::Raise));
        r.push_back(same(n, s, E::Update));
        r.push_back(changed(n, s, E::Clear, rtnAck));
        r.push_back(rejected(n, s, E::Acknowledge, alreadyAcked));
        r.push_back(changed(n, s, E::Shelve, shelvedNow(s)));
        r.push_back(rejected(n, s, E::Unshelve, notShelved));
        r.push_back(rejected(n, s, E::ShelveExpired, notShelved));
        r.push_back(changed(n, s, E::Suppress, suppressed(s)));
        r.push_back(rejected(n, s, E::Unsuppress, notSuppressed));
        r.push_back(changed(n, s, E::RemoveFromService, outOfService(s)));
        r.push_back(rejected(n, s, E::ReturnToService, inService));
        r.push_back(same(n, s, E::Comment));   // a note, at any time

        n = "rtn-unack"; s = rtnUnack;
        r.push_back(changed(n, s, E::Raise, activeUnack));
        r.push_back(same(n, s, E::Update));
        r.push_back(same(n, s, E::Clear));
        r.push_back(changed(n, s, E::Acknowledge, rtnAck));
        r.push_back(changed(n, s, E::Shelve, shelvedNow(s)));
        r.push_back(rejected(n, s, E::Unshelve, notShelved));
        r.push_back(rejected(n, s, E::ShelveExpired, notShelved));
        r.push_back(changed(n, s, E::Suppress, suppressed(s)));
        r.push_back(rejected(n, s, E::Unsuppress, notSuppressed));
        r.push_back(changed(n, s, E::RemoveFromService, outOfService(s)));
        r.push_back(rejected(n, s, E::ReturnToService, inService));
        r.push_back(same(n, s, E::Comment));   // a note, at any time

        n = "rtn-ack"; s = rtnAck;
        r.push_back(changed(n, s, E::Raise, activeUnack));      // a new occurrence: unacknowledged again
        r.push_back(same(n, s, E::Update));                      // a late update does not re-activate
        r.push_back(same(n, s, E::Clear));
        r.push_back(rejected(n, s, E::Acknowledge, alreadyAcked));
        r.push_back(changed(n, s, E::Shelve, shelvedNow(s)));
        r.push_back(rejected(n, s, E::Unshelve, notShelved));
        r.push_back(rejected(n, s, E::ShelveExpired, notShelved));
        r.push_back(changed(n, s, E::Suppress, suppressed(s)));
        r.push_back(rejected(n, s, E::Unsuppress, notSuppressed));
        r.push_back(changed(n, s, E::RemoveFromService, outOfService(s)));
        r.push_back(rejected(n, s, E::ReturnToService, inService));
        r.push_back(same(n, s, E::Comment));   // a note, at any time

        n = "shelved"; s = shelvedState;
        r.push_back(same(n, s, E::Raise));
        r.push_back(same(n, s, E::Update));
        r.push_back(changed(n, s, E::Clear, cleared(s)));        // shelving kept
        r.push_back(changed(n, s, E::Acknowledge, acked(s)));
        r.push_back(rejected(n, s, E::Shelve, {QStringLiteral("already shelved until"), QStringLiteral("unshelve first")}));
        r.push_back(changed(n, s, E::Unshelve, activeUnack));
        r.push_back(rejected(n, s, E::ShelveExpired, {QStringLiteral("shelved until")}));
        r.push_back(changed(n, s, E::Suppress, suppressed(s)));
        r.push_back(rejected(n, s, E::Unsuppress, notSuppressed));
        r.push_back(changed(n, s, E::RemoveFromService, outOfServiceState));   // shelving cleared
        r.push_back(rejected(n, s, E::ReturnToService, inService));
        r.push_back(same(n, s, E::Comment));   // a note, at any time

        n = "suppressed"; s = suppressedState;
        r.push_back(same(n, s, E::Raise));
        r.push_back(same(n, s, E::Update));
        r.push_back(changed(n, s, E::Clear, cleared(s)));
        r.push_back(changed(n, s, E::Acknowledge, acked(s)));
        r.push_back(changed(n, s, E::Shelve, shelvedNow(s)));
        r.push_back(rejected(n, s, E::Unshelve, notShelved));
        r.push_back(rejected(n, s, E::ShelveExpired, notShelved));
        r.push_back(rejected(n, s, E::Suppress, {QStringLiteral("already suppressed")}));
        r.push_back(changed(n, s, E::Unsuppress, activeUnack));
        r.push_back(changed(n, s, E::RemoveFromService, outOfService(s)));
        r.push_back(rejected(n, s, E::ReturnToService, inService));
        r.push_back(same(n, s, E::Comment));   // a note, at any time

        n = "out-of-service"; s = outOfServiceState;
        r.push_back(same(n, s, E::Raise));
        r.push_back(same(n, s, E::Update));
        r.push_back(changed(n, s, E::Clear, cleared(s)));
        r.push_back(rejected(n, s, E::Acknowledge, {QStringLiteral("out of service")}));
        r.push_back(rejected(n, s, E::Shelve, {QStringLiteral("out of service")}));
        r.push_back(rejected(n, s, E::Unshelve, notShelved));
        r.push_back(rejected(n, s, E::ShelveExpired, notShelved));
        r.push_back(changed(n, s, E::Suppress, suppressed(s)));
        r.push_back(rejected(n, s, E::Unsuppress, notSuppressed));
        r.push_back(rejected(n, s, E::RemoveFromService, {QStringLiteral("already out of service")}));
        r.push_back(changed(n, s, E::ReturnToService, activeUnack));
        r.push_back(same(n, s, E::Comment));   // a note, at any time

        n = "shelved-expired"; s = shelvedExpired;
        r.push_back(same(n, s, E::Raise));
        r.push_back(same(n, s, E::Update));
        r.push_back(changed(n, s, E::Clear, cleared(s)));
        r.push_back(changed(n, s, E::Acknowledge, acked(s)));
        r.push_back(changed(n, s, E::Shelve, shelvedNow(activeUnack)));   // a lapsed shelving may be renewed
        r.push_back(changed(n, s, E::Unshelve, activeUnack));
        r.push_back(changed(n, s, E::ShelveExpired, activeUnack));
        r.push_back(changed(n, s, E::Suppress, suppressed(s)));
        r.push_back(rejected(n, s, E::Unsuppress, notSuppressed));
        r.push_back(changed(n, s, E::RemoveFromService, outOfServiceState));
        r.push_back(rejected(n, s, E::ReturnToService, inService));
        r.push_back(same(n, s, E::Comment));   // a note, at any time
        return r;
    }();
    return rows;
}

// Every combination of the state's parts (unshelved, shelved, shelving lapsed), for properties
// that hold everywhere.
std::vector<AlarmState> everyState()
{
    std::vector<AlarmState> states;
    for (int bits = 0; bits < 48; ++bits) {
        AlarmState s{.active = bool(bits & 1), .acknowledged = bool(bits & 2), .shelvedUntil = {},
                     .shelveReason = {}, .suppressed = bool(bits & 4), .outOfService = bool(bits & 8)};
        if (bits >= 16)
            s = shelvedUntil(bits < 32 ? kNow + kMinute : kNow - kMinute, QStringLiteral("r"), s);
        states.push_back(s);
    }
    return states;
}

} // namespace

namespace fw {
// QCOMPARE prints states that differ.
char *toString(const AlarmState &s)
{
    const QString text = QStringLiteral("{%1 %2 shelved=%3 '%4' suppressed=%5 oos=%6}")
                             .arg(s.active ? QLatin1String("active") : QLatin1String("rtn"),
                                  s.acknowledged ? QLatin1String("ack") : QLatin1String("unack"),
                                  s.shelved() ? QString::number(*s.shelvedUntil - kNow) : QStringLiteral("no"),
                                  s.shelveReason)
                             .arg(s.suppressed)
                             .arg(s.outOfService);
    return qstrdup(qPrintable(text));
}
} // namespace fw

class TestAlertLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tableCoversEveryPair()
    {
        QSet<QPair<QString, int>> pairs;
        QSet<QString> stateNames;
        for (const Row &row : table()) {
            pairs.insert({QString::fromLatin1(row.stateName), int(row.event)});
            stateNames.insert(QString::fromLatin1(row.stateName));
        }
        QCOMPARE(stateNames.size(), 8);
        QCOMPARE(pairs.size(), 8 * kAlarmEventCount);
        QCOMPARE(int(table().size()), 8 * kAlarmEventCount);
    }

    void transition_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(table().size()); ++i) {
            const Row &row = table()[size_t(i)];
            QTest::addRow("%s/%s", row.stateName, qPrintable(alarmEventName(row.event))) << i;
        }
    }

    void transition()
    {
        QFETCH(int, index);
        const Row &row = table()[size_t(index)];
        const Transition t = AlertLifecycle::apply(row.state, row.event, context());
        if (row.outcome == Outcome::Rejected) {
            QVERIFY(!t.accepted);
            QVERIFY(!t.changed);
            QCOMPARE(t.next, row.state);
            QVERIFY(!t.rejection.isEmpty());
            for (const QString &cause : row.causes)
                QVERIFY2(t.rejection.contains(cause, Qt::CaseInsensitive),
                         qPrintable(t.rejection + QLatin1String(" lacks ") + cause));
        } else {
            QVERIFY2(t.accepted, qPrintable(t.rejection));
            QVERIFY(t.rejection.isEmpty());
            QCOMPARE(t.changed, row.outcome == Outcome::Changed);
            QCOMPARE(t.next, row.next);
        }
    }

    void invariantsHoldOverEveryState()
    {
        for (const AlarmState &s : everyState()) {
            for (int e = 0; e < kAlarmEventCount; ++e) {
                const auto event = AlarmEvent(e);
                const Transition t = AlertLifecycle::apply(s, event, context());
                const QByteArray where = alarmEventName(event).toUtf8();
                if (t.accepted) {
                    QVERIFY2(t.rejection.isEmpty(), where.constData());
                    QCOMPARE(t.changed, t.next != s);
                } else {
                    QVERIFY2(!t.rejection.isEmpty(), where.constData());
                    QVERIFY2(!t.changed && t.next == s, where.constData());
                }
                // Fleet events are facts: never rejected.
                if (event == E::Raise || event == E::Update || event == E::Clear)
                    QVERIFY2(t.accepted, where.constData());
                // Nothing makes an alert both out of service and shelved.
                if (!(s.outOfService && s.shelved()))
                    QVERIFY2(!(t.next.outOfService && t.next.shelved()), where.constData());
            }
        }
    }

    void outOfServiceUntil()
    {
        AlarmEventContext c = context();
        c.until = kNow + 60 * kMinute;
        Transition t = AlertLifecycle::apply(activeUnack, E::RemoveFromService, c);
        QVERIFY(t.accepted && t.next.outOfService);
        QCOMPARE(t.next.outOfServiceUntil, std::optional<qint64>(kNow + 60 * kMinute));
        QVERIFY(!AlertLifecycle::returnToServiceDue(t.next, kNow + 60 * kMinute - 1));
        QVERIFY(AlertLifecycle::returnToServiceDue(t.next, kNow + 60 * kMinute));
        const Transition back = AlertLifecycle::apply(t.next, E::ReturnToService, context());
        QVERIFY(back.accepted && !back.next.outOfService && !back.next.outOfServiceUntil);
        QVERIFY(!AlertLifecycle::returnToServiceDue(outOfServiceState, kNow + 1000 * kMinute));   // open-ended

        c.until = kNow + 10 * AlertLifecycle::kMaxOutOfServiceMs;   // cut to the longest
        QCOMPARE(*AlertLifecycle::apply(activeUnack, E::RemoveFromService, c).next.outOfServiceUntil,
                 kNow + AlertLifecycle::kMaxOutOfServiceMs);
        c.until = kNow;   // not in the future
        t = AlertLifecycle::apply(activeUnack, E::RemoveFromService, c);
        QVERIFY(!t.accepted);
        QVERIFY(t.rejection.contains(QStringLiteral("future")));
    }

    void stateText_data()
    {
        QTest::addColumn<AlarmState>("state");
        QTest::addColumn<QString>("text");
        QTest::newRow("new") << activeUnack << QStringLiteral("active unacknowledged");
        QTest::newRow("resolved") << rtnAck << QStringLiteral("normal acknowledged");
        QTest::newRow("shelved") << shelvedUntil(1'800'000'000'000, QStringLiteral("r"))
                                 << QStringLiteral("active unacknowledged shelved-until=2027-01-15T08:00:00Z");
        AlarmState oos = suppressed(outOfService());
        oos.outOfServiceUntil = 1'800'000'000'000;
        QTest::newRow("suppressed, out of service until") << oos
            << QStringLiteral("active unacknowledged suppressed out-of-service-until=2027-01-15T08:00:00Z");
        QTest::newRow("out of service") << outOfServiceState << QStringLiteral("active unacknowledged out-of-service");
    }

    void stateText()
    {
        QFETCH(AlarmState, state);
        QFETCH(QString, text);
        QCOMPARE(alarmStateText(state), text);
    }

    void raiseAfterReturnKeepsShelvingAndSuppression()
    {
        AlarmState s = rtnAck;
        s.shelvedUntil = kNow + 5 * kMinute;
        s.shelveReason = QStringLiteral("why");
        s.suppressed = true;
        const Transition t = AlertLifecycle::apply(s, E::Raise, context());
        QVERIFY(t.accepted && t.changed);
        QVERIFY(t.next.active);
        QVERIFY(!t.next.acknowledged);
        QCOMPARE(t.next.shelvedUntil, s.shelvedUntil);
        QCOMPARE(t.next.shelveReason, s.shelveReason);
        QVERIFY(t.next.suppressed);
    }

    void shelveArguments_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("cause");     // empty: accepted
        const QString limits = QStringLiteral("1 to 480");
        const QString why = QStringLiteral("reason");
        QTest::newRow("-5 min") << -5 << kReason << limits;
        QTest::newRow("0 min") << 0 << kReason << limits;
        QTest::newRow("1 min") << 1 << kReason << QString();
        QTest::newRow("60 min") << 60 << kReason << QString();
        QTest::newRow("480 min") << 480 << kReason << QString();
        QTest::newRow("481 min") << 481 << kReason << limits;
        QTest::newRow("INT_MAX min") << INT_MAX << kReason << limits;
        QTest::newRow("empty reason") << 60 << QString() << why;
        QTest::newRow("blank reason") << 60 << QStringLiteral(" \t\n ") << why;
        QTest::newRow("reason trimmed") << 60 << QStringLiteral("  pump swap ") << QString();
    }

    void shelveArguments()
    {
        QFETCH(int, minutes);
        QFETCH(QString, reason);
        QFETCH(QString, cause);
        AlarmEventContext c = context();
        c.shelveMinutes = minutes;
        c.reason = reason;
        const Transition t = AlertLifecycle::apply(activeUnack, E::Shelve, c);
        QCOMPARE(t.accepted, cause.isEmpty());
        if (t.accepted) {
            QCOMPARE(t.next, shelvedUntil(kNow + minutes * kMinute, reason.trimmed()));
        } else {
            QVERIFY2(t.rejection.contains(cause), qPrintable(t.rejection));
            QCOMPARE(t.next, activeUnack);
        }
    }

    void shelveDueAndExpiry_data()
    {
        QTest::addColumn<qint64>("now");
        QTest::addColumn<bool>("due");
        const qint64 until = kNow + kShelveMinutes * kMinute;
        QTest::newRow("just shelved") << kNow << false;
        QTest::newRow("1 ms before") << until - 1 << false;
        QTest::newRow("exactly at") << until << true;
        QTest::newRow("after") << until + kMinute << true;
    }

    void shelveDueAndExpiry()
    {
        QFETCH(qint64, now);
        QFETCH(bool, due);
        const AlarmState s = shelvedNow(activeUnack);
        QCOMPARE(AlertLifecycle::shelveDue(s, now), due);
        QVERIFY(!AlertLifecycle::shelveDue(activeUnack, now));
        AlarmEventContext c = context();
        c.now = now;
        const Transition t = AlertLifecycle::apply(s, E::ShelveExpired, c);
        QCOMPARE(t.accepted, due);
        QCOMPARE(t.next.shelved(), !due);
        if (due)
            QVERIFY(t.next.shelveReason.isEmpty());
    }

    void helpers_data()
    {
        QTest::addColumn<AlarmState>("state");
        QTest::addColumn<bool>("normal");
        QTest::addColumn<bool>("attention");
        QTest::newRow("active-unack") << activeUnack << false << true;
        QTest::newRow("active-ack") << activeAck << false << false;
        QTest::newRow("rtn-unack") << rtnUnack << false << true;
        QTest::newRow("rtn-ack") << rtnAck << true << false;
        QTest::newRow("shelved") << shelvedState << false << false;
        QTest::newRow("suppressed") << suppressedState << false << false;
        QTest::newRow("out-of-service") << outOfServiceState << false << false;
        QTest::newRow("shelved-expired, until the clock expires it") << shelvedExpired << false << false;
    }

    void helpers()
    {
        QFETCH(AlarmState, state);
        QFETCH(bool, normal);
        QFETCH(bool, attention);
        QCOMPARE(state.isNormal(), normal);
        QCOMPARE(state.needsAttention(), attention);
    }

    void eventNames()
    {
        QSet<QString> names;
        for (int i = 0; i < kAlarmEventCount; ++i) {
            const auto e = AlarmEvent(i);
            const QString name = alarmEventName(e);
            QVERIFY(!name.isEmpty());
            QVERIFY(!alarmEventDescription(e).isEmpty());
            QCOMPARE(alarmEventFromName(name), std::optional<AlarmEvent>(e));
            names.insert(name);
        }
        QCOMPARE(names.size(), kAlarmEventCount);
        QVERIFY(!alarmEventFromName(u"ack"));
        QVERIFY(!alarmEventFromName(u""));
    }
};

QTEST_GUILESS_MAIN(TestAlertLifecycle)
#include "tst_alertlifecycle.moc"
