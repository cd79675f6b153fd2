// The translation sources (translations/*.ts) are complete and consistent: no message left
// unfinished, vanished or obsolete (lupdate's marks for work still to do or strings gone from the
// code), no empty translation, one plural form per form the language has, and every translation keeps
// its source's placeholders (%1..%9, %n, also as %L1), keyboard mnemonic (&), shortcut column (\t)
// and HTML tags. Parsed with QXmlStreamReader from the source tree (FLEETWATCH_SOURCE_DIR).

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

// Plural forms per language, as lupdate writes them (Qt's numerus rules). A new language adds a line.
const QHash<QString, int> kPluralForms = {{QStringLiteral("de"), 2}, {QStringLiteral("zh_CN"), 1}};

struct Message
{
    QString context;
    QString source;
    qint64 line = 0;
    bool numerus = false;
    QString type;              // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QString text;              // the translation (no numerus)
    QStringList forms;         // the numerus forms
};

QString translationsDir()
{
    return QDir(qEnvironmentVariable("FLEETWATCH_SOURCE_DIR")).filePath(QStringLiteral("translations"));
}

// %1..%9 and %n, %L1 counted as %1: sorted, so that a reordering translation still matches.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9]|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << QLatin1Char('%') + it.next().captured(1);
    std::sort(found.begin(), found.end());
    return found;
}

// The number of mnemonic marks: '&' before a character, "&&" being a literal ampersand.
int mnemonics(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&(?=[^&\\s])"));
    QString t = text;
    t.remove(QStringLiteral("&&"));
    return int(t.count(pattern));
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("</?\\s*([a-zA-Z][a-zA-Z0-9]*)[^>]*>"));
    QStringList tags;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        tags << it.next().captured(0).remove(QLatin1Char(' ')).toLower();
    std::sort(tags.begin(), tags.end());
    return tags;
}

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            if (!m.context.isNull())
                messages << m;
            m = Message{};
            m.context = context;
            m.line = xml.lineNumber();
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (name == QLatin1String("numerusform")) {
            m.forms << xml.readElementText();
        }
    }
    if (!m.context.isNull())
        messages << m;
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void languagesArePresent()
    {
        const QStringList files = QDir(translationsDir()).entryList({QStringLiteral("*.ts")}, QDir::Files);
        QVERIFY2(files.contains(QStringLiteral("fleetwatch_de.ts")), qPrintable(files.join(QLatin1Char(' '))));
        QVERIFY2(files.contains(QStringLiteral("fleetwatch_zh_CN.ts")), qPrintable(files.join(QLatin1Char(' '))));
    }

    void completeAndConsistent_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(translationsDir());
        for (const QString &name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void completeAndConsistent()
    {
        QFETCH(QString, path);
        QString language;
        QString error;
        const QList<Message> messages = readTs(path, &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 100, qPrintable(QStringLiteral("only %1 messages").arg(messages.size())));
        QVERIFY2(kPluralForms.contains(language), qPrintable(QStringLiteral("no plural form count for \"%1\"").arg(language)));
        const int pluralForms = kPluralForms.value(language);

        QStringList problems;
        for (const Message &m : messages) {
            const auto problem = [&](const QString &what) {
                problems << QStringLiteral("line %1, %2, \"%3\": %4").arg(m.line).arg(m.context, m.source, what);
            };
            if (!m.type.isEmpty()) {
                problem(m.type);
                continue;
            }
            QStringList translations;
            if (m.numerus) {
                if (m.forms.size() != pluralForms)
                    problem(QStringLiteral("%1 plural forms, %2 expected").arg(m.forms.size()).arg(pluralForms));
                translations = m.forms;
            } else {
                translations << m.text;
            }
            for (const QString &t : std::as_const(translations)) {
                if (t.trimmed().isEmpty()) {
                    problem(QStringLiteral("empty translation"));
                    continue;
                }
                if (placeholders(t) != placeholders(m.source))
                    problem(QStringLiteral("placeholders %1 in \"%2\", the source has %3")
                                .arg(placeholders(t).join(QLatin1Char(' ')), t, placeholders(m.source).join(QLatin1Char(' '))));
                if (mnemonics(t) != mnemonics(m.source))
                    problem(QStringLiteral("%1 mnemonics (&) in \"%2\", the source has %3").arg(mnemonics(t)).arg(t).arg(mnemonics(m.source)));
                if (t.contains(QLatin1Char('\t')) != m.source.contains(QLatin1Char('\t')))
                    problem(QStringLiteral("the shortcut column (\\t) differs in \"%1\"").arg(t));
                if (htmlTags(t) != htmlTags(m.source))
                    problem(QStringLiteral("HTML tags differ in \"%1\"").arg(t));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in %2:\n  ").arg(problems.size()).arg(path)
                                                 + problems.join(QStringLiteral("\n  "))));
    }

    // The checks themselves, on made-up messages: a broken translation must be caught.
    void checksCatchMistakes()
    {
        QCOMPARE(placeholders(QStringLiteral("%1 of %n (%L2)")), (QStringList{QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%n")}));
        QVERIFY(placeholders(QStringLiteral("%2 von %1")) == placeholders(QStringLiteral("%1 of %2")));
        QVERIFY(placeholders(QStringLiteral("%1 von %1")) != placeholders(QStringLiteral("%1 of %2")));
        QVERIFY(placeholders(QStringLiteral("90 % innerhalb %4")) == placeholders(QStringLiteral("90 % within %4")));
        QCOMPARE(mnemonics(QStringLiteral("&Datei")), 1);
        QCOMPARE(mnemonics(QStringLiteral("文件(&F)")), 1);
        QCOMPARE(mnemonics(QStringLiteral("Drag && drop")), 0);
        QCOMPARE(mnemonics(QStringLiteral("A & B")), 0);
        QVERIFY(htmlTags(QStringLiteral("<b>%1</b> x")) == htmlTags(QStringLiteral("y <b>%1</b>")));
        QVERIFY(htmlTags(QStringLiteral("<b>%1 x")) != htmlTags(QStringLiteral("<b>%1</b>")));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
