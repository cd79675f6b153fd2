// UiLanguage: language codes are recognised in their usual spellings; installing German or Chinese
// translates Fleetwatch's strings (also those of the files that translate through a local helper:
// the report PDF, the report command, the shift parser), Qt's own strings, and dates and numbers
// through the default locale; English removes it all again. Chinese brings Noto Sans CJK SC, on
// screen and in the PDF. The executable's `report --lang` gives its messages and its PDF in the
// language asked for.

#include "core/common/localformat.h"
#include "core/common/uilanguage.h"
#include "core/reports/reportcli.h"
#include "core/reports/reportperiod.h"
#include "core/store/database.h"
#include "reports/reportformat.h"
#include "reports/reportpdfwriter.h"
#include "widgets/hmipalette.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace fw;

class TestUiLanguage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QString exe()
    {
        return QDir(qEnvironmentVariable("FLEETWATCH_BINARY_DIR")).filePath(QStringLiteral("app/fleetwatch"));
    }

    static Report sampleReport()
    {
        Report r;
        r.options.period = ReportPeriod{QDateTime(QDate(2026, 11, 2), QTime(0, 0)).toMSecsSinceEpoch(),
                                        QDateTime(QDate(2026, 11, 9), QTime(0, 0)).toMSecsSinceEpoch()};
        r.generatedAt = QDateTime(QDate(2026, 11, 9), QTime(6, 30)).toMSecsSinceEpoch();
        return r;
    }

    // A store a report can be run on: created, closed, then opened again by the report command.
    QString emptyStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("store.sqlite"));
        if (!QFile::exists(path)) {
            OpenReport opened;
            const auto db = Database::open(path, &opened);
            if (!db)
                qWarning("cannot create %s: %s", qPrintable(path), qPrintable(opened.error));
        }
        return path;
    }

private Q_SLOTS:
    void cleanup()
    {
        UiLanguage::install(QStringLiteral("en"));
    }

    void normalise_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de");
        QTest::newRow("de_AT") << QStringLiteral("de_AT") << QStringLiteral("de");
        QTest::newRow("DE-de") << QStringLiteral("DE-de") << QStringLiteral("de");
        QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("zh_CN");
        QTest::newRow("zh-CN") << QStringLiteral("zh-CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh-Hans-CN") << QStringLiteral("zh-Hans-CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh_TW (traditional)") << QStringLiteral("zh_TW") << QString();
        QTest::newRow("zh-Hant-HK (traditional)") << QStringLiteral("zh-Hant-HK") << QString();
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void normalise()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QCOMPARE(UiLanguage::normalise(text), code);
    }

    void germanTranslatesStringsQtAndFormats()
    {
        QCOMPARE(UiLanguage::install(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("fw::MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(QLocale().language(), QLocale::German);
        // Qt's own catalogue (standard buttons).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        // Helper-translated files: their strings are in the catalogue under the helper's context.
        QVERIFY2(reportDocumentTitle(sampleReport()).startsWith(QStringLiteral("Fleetwatch-Werksbericht, ")),
                 qPrintable(reportDocumentTitle(sampleReport())));
        QString problem;
        QVERIFY(!ShiftDefinition::parse(QStringLiteral("25:00"), &problem));
        QVERIFY2(problem.startsWith(QStringLiteral("Schichten: ")), qPrintable(problem));
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        int code = 0;
        QVERIFY(!parseReportRequest({QStringLiteral("--frobnicate"), QStringLiteral("x")}, out, err, &code));
        QVERIFY2(errText.contains(QStringLiteral("unbekannte Option --frobnicate.")), qPrintable(errText));
        // Numbers and dates in German.
        QCOMPARE(formatAckDuration(1500), QStringLiteral("1,5 s"));
        QCOMPARE(LocalFormat::date(QDate(2026, 11, 22)), QStringLiteral("22.11.2026"));
        QCOMPARE(LocalFormat::dayMonth(QDate(2026, 11, 22)), QStringLiteral("22.11."));
    }

    void chineseBringsCjkFont()
    {
        hmi::applyLanguageFont(UiLanguage::install(QStringLiteral("zh_CN")));
        QCOMPARE(QCoreApplication::translate("fw::MainWindow", "&Alerts"), QStringLiteral("报警(&A)"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        QCOMPARE(LocalFormat::date(QDate(2026, 11, 22)), QStringLiteral("2026/11/22"));
        QVERIFY2(QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")),
                 "Noto Sans CJK SC is not installed (Debian: fonts-noto-cjk)");
        QVERIFY(QApplication::font().families().contains(QStringLiteral("Noto Sans CJK SC")));
        // The PDF paints its Han characters with Noto Sans CJK SC (embedded), not boxes.
        QString error;
        const QByteArray pdf = renderReportPdf(sampleReport(), &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        QVERIFY2(pdf.contains("NotoSansCJK"), "the Chinese PDF does not embed Noto Sans CJK");
    }

    void englishRemovesTranslations()
    {
        UiLanguage::install(QStringLiteral("de"));
        QCOMPARE(UiLanguage::install(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("fw::MainWindow", "&File"), QStringLiteral("&File"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void reportCommandTakesLang()
    {
        QProcess p;
        p.start(exe(), {QStringLiteral("report"), QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--db"),
                        m_dir.filePath(QStringLiteral("missing.sqlite")), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                        QStringLiteral("--to"), QStringLiteral("2026-02-01"), QStringLiteral("--out"), QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), int(ReportStoreError));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("kein Fleetwatch-Speicher")), qPrintable(err));

        p.start(exe(), {QStringLiteral("report"), QStringLiteral("--lang=fr"), QStringLiteral("--db"), emptyStore(),
                        QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                        QStringLiteral("2026-02-01"), QStringLiteral("--out"), QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), int(ReportBadArguments));
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("--lang")));
    }

    void reportCommandWritesChinesePdf()
    {
        const QString out = m_dir.filePath(QStringLiteral("report-zh.pdf"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(exe(), {QStringLiteral("report"), QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--format"),
                        QStringLiteral("pdf"), QStringLiteral("--db"), emptyStore(), QStringLiteral("--from"),
                        QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-01-08"),
                        QStringLiteral("--out"), out});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY2(pdf.readAll().contains("NotoSansCJK"), "the Chinese PDF does not embed Noto Sans CJK");
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
