// ConnectionDialog (offscreen): a password typed in the dialog reaches the session's settings
// (settings().mqtt.password) but never the settings file they are saved to; the file also loses one
// that was in it before. The dialog refuses a certificate without its key.

#include "widgets/connectiondialog.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;

namespace {

QLineEdit *passwordField(const QDialog &d)
{
    for (QLineEdit *edit : d.findChildren<QLineEdit *>()) {
        if (edit->echoMode() == QLineEdit::Password)
            return edit;
    }
    return nullptr;
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passwordNeverReachesTheSettingsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleetwatch.ini"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("[broker]\nhost=10.0.0.9\nusername=alice\npassword=old-secret\n");
        old.close();
        ConsoleSettings initial = ConsoleSettings::load(path);
        ConnectionDialog dialog(initial);
        QLineEdit *password = passwordField(dialog);
        QVERIFY(password);
        password->clear();
        QTest::keyClicks(password, QStringLiteral("typed-secret"));
        const ConsoleSettings chosen = dialog.settings();
        QCOMPARE(chosen.mqtt.password, QStringLiteral("typed-secret"));   // for this session (and the keyring)
        QVERIFY(chosen.save(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QVERIFY2(!text.contains("typed-secret") && !text.contains("old-secret") && !text.contains("password"),
                 text.constData());
        QVERIFY(text.contains("alice"));
        QVERIFY(ConsoleSettings::load(path).mqtt.password.isEmpty());
    }

    void certificateWithoutKeyRefused()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("client.crt"));
        QFile f(cert);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.close();
        ConsoleSettings s;
        s.mqtt.tls = true;
        s.mqtt.certFile = cert;
        ConnectionDialog dialog(s);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        bool shown = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            shown = shown || (label->isVisibleTo(&dialog) && label->text().contains(QStringLiteral("needs its key")));
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
