// AlertQueueProxy over an AlertQueueModel, under QAbstractItemModelTester: sorted on the priority
// column (as AlertQueueView sorts it) the queue reads critical first, then oldest first, ties by key,
// and a click that reverses the column reverses the whole order; other columns sort by their own
// value; the filters by site, lowest priority, state and free text (every word), alone and together;
// live batches re-sort and re-filter without a new sort() call.

#include "models/alertqueuemodel.h"
#include "models/alertqueueproxy.h"

#include "support/alertfixtures.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

using namespace fw;

namespace {

using fw::test::alert;
using fw::test::kT0;

AlarmState activeAck()
{
    AlarmState s;
    s.acknowledged = true;
    return s;
}
AlarmState cleared(bool acknowledged)
{
    AlarmState s;
    s.active = false;
    s.acknowledged = acknowledged;
    return s;
}
AlarmState shelved(AlarmState s)
{
    s.shelvedUntil = kT0 + 3'600'000;
    s.shelveReason = QStringLiteral("sensor swap");
    return s;
}

AlertRecord withState(AlertRecord r, const AlarmState &s)
{
    r.state = s;
    return r;
}

// One alert per state kind, on two sites; b was acknowledged by olivia, c and f come from rul-gbm.
AlertRecords filterFixture()
{
    AlarmState suppressed;
    suppressed.suppressed = true;
    AlarmState outOfService;
    outOfService.outOfService = true;
    AlertRecord b = alert(QStringLiteral("plant-a"), QStringLiteral("engine-002"), QStringLiteral("b"), Priority::High, kT0, activeAck());
    b.ackedAt = kT0 + 5000;
    b.ackedBy = QStringLiteral("olivia");
    AlertRecord c = alert(QStringLiteral("plant-b"), QStringLiteral("pump-7"), QStringLiteral("c"), Priority::Medium, kT0, cleared(false));
    c.model = ModelRef{QStringLiteral("rul-gbm"), QStringLiteral("1.4.0")};
    AlertRecord f = alert(QStringLiteral("plant-b"), QStringLiteral("pump-9"), QStringLiteral("f"), Priority::Low, kT0, suppressed);
    f.model = ModelRef{QStringLiteral("rul-gbm"), QStringLiteral("1.5.0")};
    return {
        alert(QStringLiteral("plant-a"), QStringLiteral("engine-001"), QStringLiteral("a"), Priority::Critical),
        b,
        c,
        alert(QStringLiteral("plant-b"), QStringLiteral("pump-8"), QStringLiteral("d"), Priority::Low, kT0, shelved({})),
        alert(QStringLiteral("plant-a"), QStringLiteral("engine-003"), QStringLiteral("e"), Priority::High, kT0,
              shelved(cleared(true))),
        f,
        alert(QStringLiteral("plant-a"), QStringLiteral("engine-004"), QStringLiteral("g"), Priority::Medium, kT0, outOfService),
    };
}

QStringList idsInOrder(const QAbstractItemModel &m)
{
    QStringList ids;
    for (int row = 0; row < m.rowCount(); ++row)
        ids << m.index(row, 0).data(AlertQueueModel::KeyRole).toString().section(QLatin1Char('/'), 2);
    return ids;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

// A model and the proxy over it, both under the tester.
struct Fixture
{
    AlertQueueModel model;
    QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    AlertQueueProxy proxy;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
    Fixture()
    {
        proxy.setSourceModel(&model);
        proxyTester = std::make_unique<QAbstractItemModelTester>(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void sortAsTheQueueDoes() { proxy.sort(AlertQueueModel::PriorityCol, Qt::DescendingOrder); }
};

} // namespace

class TestAlertQueueProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ordersByPriorityThenAge()
    {
        Fixture f;
        f.sortAsTheQueueDoes();
        f.model.setSnapshot({alert(QStringLiteral("low-old"), Priority::Low, kT0 - 900'000),
                             alert(QStringLiteral("high-new"), Priority::High, kT0 + 2000),
                             alert(QStringLiteral("crit-new"), Priority::Critical, kT0 + 1000),
                             alert(QStringLiteral("med"), Priority::Medium, kT0),
                             alert(QStringLiteral("high-old"), Priority::High, kT0 - 5000),
                             alert(QStringLiteral("crit-old"), Priority::Critical, kT0 - 1000)});
        QCOMPARE(idsInOrder(f.proxy), QStringList({QStringLiteral("crit-old"), QStringLiteral("crit-new"),
                                                   QStringLiteral("high-old"), QStringLiteral("high-new"),
                                                   QStringLiteral("med"), QStringLiteral("low-old")}));
        // Live: a new critical older than the others goes first; the medium becomes critical and
        // takes its place by age; the high-old one resolves and leaves.
        f.model.applyChanges({alert(QStringLiteral("crit-oldest"), Priority::Critical, kT0 - 60'000),
                              alert(QStringLiteral("med"), Priority::Critical, kT0),
                              withState(alert(QStringLiteral("high-old"), Priority::High, kT0 - 5000), cleared(true))});
        QCOMPARE(idsInOrder(f.proxy), QStringList({QStringLiteral("crit-oldest"), QStringLiteral("crit-old"),
                                                   QStringLiteral("med"), QStringLiteral("crit-new"),
                                                   QStringLiteral("high-new"), QStringLiteral("low-old")}));
    }

    void tiesByKey()
    {
        Fixture f;
        f.sortAsTheQueueDoes();
        f.model.setSnapshot({alert(QStringLiteral("z"), Priority::High), alert(QStringLiteral("m"), Priority::High),
                             alert(QStringLiteral("a"), Priority::High)});
        QCOMPARE(idsInOrder(f.proxy), QStringList({QStringLiteral("a"), QStringLiteral("m"), QStringLiteral("z")}));
    }

    void sortsByColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("priority: critical first, oldest first") << int(AlertQueueModel::PriorityCol) << int(Qt::DescendingOrder)
            << QStringList({QStringLiteral("c2"), QStringLiteral("c1"), QStringLiteral("h1"), QStringLiteral("m1"), QStringLiteral("l1")});
        QTest::newRow("priority reversed: the exact reverse") << int(AlertQueueModel::PriorityCol) << int(Qt::AscendingOrder)
            << QStringList({QStringLiteral("l1"), QStringLiteral("m1"), QStringLiteral("h1"), QStringLiteral("c1"), QStringLiteral("c2")});
        QTest::newRow("raised, oldest first") << int(AlertQueueModel::RaisedCol) << int(Qt::AscendingOrder)
            << QStringList({QStringLiteral("l1"), QStringLiteral("h1"), QStringLiteral("c2"), QStringLiteral("m1"), QStringLiteral("c1")});
        QTest::newRow("score, highest first, none last") << int(AlertQueueModel::ScoreCol) << int(Qt::DescendingOrder)
            << QStringList({QStringLiteral("c2"), QStringLiteral("c1"), QStringLiteral("l1"), QStringLiteral("m1"), QStringLiteral("h1")});
        QTest::newRow("time to ack, longest first") << int(AlertQueueModel::AckTimeCol) << int(Qt::DescendingOrder)
            << QStringList({QStringLiteral("l1"), QStringLiteral("h1"), QStringLiteral("c2"), QStringLiteral("c1"), QStringLiteral("m1")});
    }

    void sortsByColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, ids);
        Fixture f;
        f.model.setNow(kT0 + 60'000);
        auto scored = [](AlertRecord r, std::optional<double> score) {
            r.score = score;
            return r;
        };
        AlertRecord m1 = scored(alert(QStringLiteral("m1"), Priority::Medium, kT0), 0.5);
        m1.state = activeAck();
        m1.ackedAt = kT0 + 30'000;   // acknowledged after 30 s; the others wait
        f.model.setSnapshot({scored(alert(QStringLiteral("c1"), Priority::Critical, kT0 + 1000), 0.9),
                             scored(alert(QStringLiteral("h1"), Priority::High, kT0 - 5000), std::nullopt), m1,
                             scored(alert(QStringLiteral("l1"), Priority::Low, kT0 - 900'000), 0.7),
                             scored(alert(QStringLiteral("c2"), Priority::Critical, kT0 - 1000), 0.95)});
        f.proxy.sort(column, Qt::SortOrder(order));
        QCOMPARE(idsInOrder(f.proxy), ids);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<int>("minimumPriority");
        QTest::addColumn<int>("stateFilter");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        using SF = AlertQueueProxy::StateFilter;
        const QStringList all{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                              QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g")};
        QTest::newRow("nothing") << QString() << 0 << int(SF::All) << QString() << all;
        QTest::newRow("blanks only") << QString() << 0 << int(SF::All) << QStringLiteral("   ") << all;
        QTest::newRow("site plant-b") << QStringLiteral("plant-b") << 0 << int(SF::All) << QString()
                                      << QStringList({QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("f")});
        QTest::newRow("site is the whole name") << QStringLiteral("plant") << 0 << int(SF::All) << QString() << QStringList();
        QTest::newRow("unknown site") << QStringLiteral("plant-z") << 0 << int(SF::All) << QString() << QStringList();
        QTest::newRow("low and above: all") << QString() << int(Priority::Low) << int(SF::All) << QString() << all;
        QTest::newRow("medium and above") << QString() << int(Priority::Medium) << int(SF::All) << QString()
                                          << QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                                          QStringLiteral("e"), QStringLiteral("g")});
        QTest::newRow("high and above") << QString() << int(Priority::High) << int(SF::All) << QString()
                                        << QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("e")});
        QTest::newRow("critical only") << QString() << int(Priority::Critical) << int(SF::All) << QString()
                                       << QStringList({QStringLiteral("a")});
        // Shelved, suppressed and out-of-service alerts show under "all" and their own filter only.
        QTest::newRow("unacknowledged, active or not") << QString() << 0 << int(SF::Unacknowledged) << QString()
                                                        << QStringList({QStringLiteral("a"), QStringLiteral("c")});
        QTest::newRow("acknowledged") << QString() << 0 << int(SF::Acknowledged) << QString()
                                      << QStringList({QStringLiteral("b")});
        QTest::newRow("shelved, active or not") << QString() << 0 << int(SF::Shelved) << QString()
                                                << QStringList({QStringLiteral("d"), QStringLiteral("e")});
        QTest::newRow("active, acknowledged or not") << QString() << 0 << int(SF::Active) << QString()
                                                      << QStringList({QStringLiteral("a"), QStringLiteral("b")});
        QTest::newRow("cleared") << QString() << 0 << int(SF::Cleared) << QString() << QStringList({QStringLiteral("c")});
        QTest::newRow("one word, any case") << QString() << 0 << int(SF::All) << QStringLiteral("PUMP")
                                            << QStringList({QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("f")});
        QTest::newRow("every word must match") << QString() << 0 << int(SF::All) << QStringLiteral("  pump   plant-b 8 ")
                                               << QStringList({QStringLiteral("d")});
        QTest::newRow("one word missing") << QString() << 0 << int(SF::All) << QStringLiteral("pump engine") << QStringList();
        QTest::newRow("title words") << QString() << 0 << int(SF::All) << QStringLiteral("alert a on engine-001")
                                     << QStringList({QStringLiteral("a")});
        QTest::newRow("model name") << QString() << 0 << int(SF::All) << QStringLiteral("rul-gbm")
                                    << QStringList({QStringLiteral("c"), QStringLiteral("f")});
        QTest::newRow("who acknowledged") << QString() << 0 << int(SF::All) << QStringLiteral("Olivia")
                                          << QStringList({QStringLiteral("b")});
        QTest::newRow("site, priority, state and text") << QStringLiteral("plant-a") << int(Priority::High)
                                                        << int(SF::Acknowledged) << QStringLiteral("engine")
                                                        << QStringList({QStringLiteral("b")});
        QTest::newRow("site and state exclude each other") << QStringLiteral("plant-b") << 0 << int(SF::Active) << QString()
                                                           << QStringList();
    }

    void filters()
    {
        QFETCH(QString, site);
        QFETCH(int, minimumPriority);
        QFETCH(int, stateFilter);
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        Fixture f;
        f.sortAsTheQueueDoes();
        f.model.setSnapshot(filterFixture());
        QCOMPARE(f.proxy.rowCount(), 7);
        f.proxy.setSite(site);
        f.proxy.setMinimumPriority(minimumPriority);
        f.proxy.setStateFilter(AlertQueueProxy::StateFilter(stateFilter));
        f.proxy.setText(text);
        QCOMPARE(sorted(idsInOrder(f.proxy)), ids);

        // Clearing every filter brings them all back, in the operator's order.
        f.proxy.setSite({});
        f.proxy.setMinimumPriority(0);
        f.proxy.setStateFilter(AlertQueueProxy::StateFilter::All);
        f.proxy.setText({});
        QCOMPARE(f.proxy.rowCount(), 7);
        QCOMPARE(idsInOrder(f.proxy).constFirst(), QStringLiteral("a"));
    }

    void filtersFollowLiveChanges()
    {
        Fixture f;
        f.sortAsTheQueueDoes();
        f.proxy.setStateFilter(AlertQueueProxy::StateFilter::Unacknowledged);
        f.proxy.setMinimumPriority(int(Priority::Medium));
        f.model.setSnapshot({alert(QStringLiteral("a")), alert(QStringLiteral("b")), alert(QStringLiteral("low"), Priority::Low)});
        QCOMPARE(sorted(idsInOrder(f.proxy)), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        // a is acknowledged (leaves), the low one is raised to high (joins, and goes first), c is new.
        f.model.applyChanges({withState(alert(QStringLiteral("a")), activeAck()),
                              alert(QStringLiteral("low"), Priority::High), alert(QStringLiteral("c"), Priority::Medium, kT0 - 1)});
        QCOMPARE(idsInOrder(f.proxy), QStringList({QStringLiteral("low"), QStringLiteral("c"), QStringLiteral("b")}));
        // b is shelved: gone from "unacknowledged", found under "shelved".
        f.model.applyChanges({withState(alert(QStringLiteral("b")), shelved({}))});
        QCOMPARE(idsInOrder(f.proxy), QStringList({QStringLiteral("low"), QStringLiteral("c")}));
        f.proxy.setStateFilter(AlertQueueProxy::StateFilter::Shelved);
        QCOMPARE(idsInOrder(f.proxy), QStringList({QStringLiteral("b")}));
    }
};

QTEST_GUILESS_MAIN(TestAlertQueueProxy)
#include "tst_alertqueueproxy.moc"
