// Role: the table in core/users/role.h, every role against every capability, names round-trip, and a
// refusal names the role, the deed and who may.

#include "core/users/role.h"

#include <QTest>

using namespace fw;

Q_DECLARE_METATYPE(fw::Role)
Q_DECLARE_METATYPE(fw::Capability)

class TestRole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void table_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Capability>("capability");
        QTest::addColumn<bool>("may");
        using C = Capability;
        const QList<C> all{C::Acknowledge, C::Shelve, C::Comment, C::RecordOutcome, C::Suppress,
                           C::OutOfService, C::BulkActions, C::Reports, C::ManageUsers, C::ChangeSettings};
        const QMap<Role, QList<C>> allowed{
            {Role::Operator, {C::Acknowledge, C::Shelve, C::Comment}},
            {Role::Technician, {C::Comment, C::RecordOutcome}},
            {Role::Supervisor, {C::Acknowledge, C::Shelve, C::Comment, C::RecordOutcome, C::Suppress, C::OutOfService,
                                C::BulkActions, C::Reports}},
            {Role::Manager, {C::Comment, C::Reports}},
            {Role::Administrator, all},
        };
        for (auto it = allowed.cbegin(); it != allowed.cend(); ++it)
            for (C c : all)
                QTest::addRow("%s %d", qPrintable(roleName(it.key())), int(c)) << it.key() << c << it.value().contains(c);
    }

    void table()
    {
        QFETCH(Role, role);
        QFETCH(Capability, capability);
        QFETCH(bool, may);
        QCOMPARE(mayDo(role, capability), may);
        QCOMPARE(refusalFor(role, capability).isEmpty(), may);
    }

    void namesRoundTrip()
    {
        for (Role r : {Role::Operator, Role::Technician, Role::Supervisor, Role::Manager, Role::Administrator})
            QCOMPARE(roleFromName(roleName(r)), std::optional<Role>(r));
        QCOMPARE(roleFromName(QStringLiteral("ceo")), std::optional<Role>());
        QCOMPARE(roleFromName(QStringLiteral("Operator")), std::optional<Role>());   // names are exact
        QCOMPARE(roleName(Role::Supervisor), QStringLiteral("supervisor"));
    }

    void refusalSaysWhoMay()
    {
        const QString r = refusalFor(Role::Operator, Capability::Suppress);
        QVERIFY2(r.contains(QStringLiteral("Operator")) && r.contains(QStringLiteral("suppress alerts"))
                     && r.contains(QStringLiteral("a supervisor")),
                 qPrintable(r));
        QVERIFY(signInRefusal(Capability::Acknowledge).contains(QStringLiteral("Sign in")));
    }
};

QTEST_GUILESS_MAIN(TestRole)
#include "tst_role.moc"
