#include "core/labels/failuremodevocabulary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace fw {
namespace {

constexpr int kMaxNameLength = 120;
constexpr int kMaxModesPerType = 200;
constexpr qint64 kMaxFileBytes = 1 << 20;

// The built-in names, so that lupdate offers them for translation. Keep in step with
// resources/failure-modes.json; a name missing here is simply shown untranslated.
[[maybe_unused]] constexpr const char *kBuiltInNames[] = {
    QT_TRANSLATE_NOOP("FailureModeVocabulary", "Abnormal instrument reading"),
    QT_TRANSLATE_NOOP("FailureModeVocabulary", "Breakdown"),
    QT_TRANSLATE_NOOP("FailureModeVocabulary", "External leakage – process medium"),
    QT_TRANSLATE_NOOP("FailureModeVocabulary", "External leakage – utility medium"),
    QT_TRANSLATE_NOOP("FailureModeVocabulary", "Erratic output"),
    QT_TRANSLATE_NOOP("FailureModeVocabulary", "Fail to start on demand"),
    QT_TRANSLATE_NOOP("FailureModeVocabulary", "Fail to stop on demand"),
    QT_TRANSLATE_NOOP("FailureModeVocabulary", "High output"),
    QT_TRANSLATE_NOOP("FailureModeVocabulary", "Internal leakage"),
    QT_TRANSLATE_NOOP("FailureModeVocabulary", "Low output"),
    QT_TRANSLATE_NOOP("FailureModeVocabulary", "Noise"),
    QT_TRANSLATE_NOOP("FailureModeVocabulary", "Overheating"),
    QT_TRANSLATE_NOOP("FailureModeVocabulary", "Parameter deviation"),
    QT_TRANSLATE_NOOP("FailureModeVocabulary", "Plugged/choked"),
    QT_TRANSLATE_NOOP("FailureModeVocabulary", "Structural deficiency"),
    QT_TRANSLATE_NOOP("FailureModeVocabulary", "Spurious stop"),
    QT_TRANSLATE_NOOP("FailureModeVocabulary", "Vibration"),
    QT_TRANSLATE_NOOP("FailureModeVocabulary", "Other"),
};

bool validCode(const QString &code)
{
    if (code.size() < 2 || code.size() > 8)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) {
        return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    });
}

// 1-based line and column of a byte offset, for parse errors a person can find in an editor.
std::pair<int, int> lineAndColumn(const QByteArray &text, int offset)
{
    offset = std::clamp(offset, 0, int(text.size()));
    const QByteArray before = text.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int lastBreak = int(before.lastIndexOf('\n'));
    return {line, offset - lastBreak};
}

void insertMode(std::vector<FailureMode> &list, const QString &code, const QString &name)
{
    const auto known = std::find_if(list.begin(), list.end(), [&](const FailureMode &m) { return m.code == code; });
    if (known != list.end()) {
        known->name = name;
        return;
    }
    const auto other = std::find_if(list.begin(), list.end(),
                                    [](const FailureMode &m) { return m.code == FailureModeVocabulary::otherCode(); });
    list.insert(code == FailureModeVocabulary::otherCode() ? list.end() : other, FailureMode{code, name});
}

QString normalisedType(const QString &type)
{
    return type.trimmed().toLower();
}

} // namespace

QString FailureModeVocabulary::defaultType()
{
    return QStringLiteral("default");
}

QString FailureModeVocabulary::otherCode()
{
    return QStringLiteral("OTH");
}

QString FailureModeVocabulary::builtInPath()
{
    return QStringLiteral(":/fleetwatch/failure-modes.json");
}

QString FailureModeVocabulary::userFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/failure-modes.json");
}

QString FailureModeVocabulary::displayName(const QString &modeName)
{
    return QCoreApplication::translate("FailureModeVocabulary", modeName.toUtf8().constData());
}

FailureModeVocabulary FailureModeVocabulary::builtIn(QString *error)
{
    FailureModeVocabulary v;
    QString problem;
    if (v.loadFile(builtInPath(), &problem) && v.listFor(defaultType()) == nullptr)
        problem = tr("The built-in list of failure modes has no \"default\" list.");
    if (!problem.isEmpty())
        v.m_types.insert(defaultType(), {FailureMode{otherCode(), QStringLiteral("Other")}});
    if (error)
        *error = problem;
    return v;
}

FailureModeVocabulary FailureModeVocabulary::load(QString *error)
{
    QStringList problems;
    QString builtInError;
    FailureModeVocabulary v = builtIn(&builtInError);
    if (!builtInError.isEmpty())
        problems << builtInError;
    const QString user = userFilePath();
    if (QFileInfo::exists(user)) {
        QString userError;
        if (!v.loadFile(user, &userError))
            problems << userError + QLatin1Char(' ') + tr("The built-in failure modes are used instead.");
    }
    if (error)
        *error = problems.join(QLatin1Char('\n'));
    return v;
}

bool FailureModeVocabulary::loadFile(const QString &path, QString *error)
{
    const QString shown = path.startsWith(QLatin1Char(':')) ? tr("built-in list") : QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot be read: %2").arg(shown, file.errorString());
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        if (error)
            *error = tr("%1: larger than %2 KiB; not a list of failure modes").arg(shown).arg(kMaxFileBytes / 1024);
        return false;
    }
    return loadJson(file.readAll(), shown, error);
}

bool FailureModeVocabulary::loadJson(const QByteArray &json, const QString &origin, QString *error)
{
    const auto fail = [&](const QString &what) {
        if (error)
            *error = tr("%1: %2").arg(origin, what);
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return fail(tr("not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return fail(tr("expected one JSON object with \"asset_types\""));
    const QJsonObject root = doc.object();
    if (root.contains(QLatin1String("version"))) {
        const QJsonValue version = root.value(QLatin1String("version"));
        if (!version.isDouble() || version.toDouble() != 1.0)
            return fail(tr("\"version\" must be 1"));
    }
    const QJsonValue types = root.value(QLatin1String("asset_types"));
    if (!types.isObject())
        return fail(tr("\"asset_types\" must be an object: asset type → list of modes"));

    QMap<QString, std::vector<FailureMode>> merged = m_types;
    const QJsonObject typeObject = types.toObject();
    for (auto it = typeObject.begin(); it != typeObject.end(); ++it) {
        const QString type = normalisedType(it.key());
        if (type.isEmpty())
            return fail(tr("an asset type needs a name"));
        if (!it.value().isArray())
            return fail(tr("asset type \"%1\": expected a list of modes").arg(it.key()));
        const QJsonArray entries = it.value().toArray();
        if (entries.size() > kMaxModesPerType)
            return fail(tr("asset type \"%1\": more than %2 modes").arg(it.key()).arg(kMaxModesPerType));
        std::vector<FailureMode> &list = merged[type];
        QSet<QString> codesSeen;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString where = tr("asset type \"%1\", entry %2").arg(it.key()).arg(i + 1);
            const QJsonObject entry = entries.at(i).toObject();
            if (!entries.at(i).isObject())
                return fail(tr("%1: expected an object with \"code\" and \"name\"").arg(where));
            const QJsonValue codeValue = entry.value(QLatin1String("code"));
            const QString code = codeValue.toString().trimmed();
            if (!codeValue.isString() || !validCode(code))
                return fail(tr("%1: \"code\" must be 2 to 8 characters A-Z or 0-9").arg(where));
            if (codesSeen.contains(code))
                return fail(tr("%1: code %2 appears twice").arg(where, code));
            codesSeen.insert(code);
            const QJsonValue hidden = entry.value(QLatin1String("hidden"));
            if (!hidden.isUndefined() && !hidden.isBool())
                return fail(tr("%1: \"hidden\" must be true or false").arg(where));
            if (hidden.toBool()) {
                std::erase_if(list, [&](const FailureMode &m) { return m.code == code; });
                continue;
            }
            const QJsonValue nameValue = entry.value(QLatin1String("name"));
            const QString name = nameValue.toString().trimmed();
            if (!nameValue.isString() || name.isEmpty() || name.size() > kMaxNameLength)
                return fail(tr("%1: \"name\" must be text of 1 to %2 characters").arg(where).arg(kMaxNameLength));
            insertMode(list, code, name);
        }
        QSet<QString> names;
        for (const FailureMode &m : list) {
            if (names.contains(m.name))
                return fail(tr("asset type \"%1\": the name \"%2\" is used twice").arg(it.key(), m.name));
            names.insert(m.name);
        }
        if (list.empty())
            merged.remove(type);   // every mode hidden: the type falls back to "default"
    }
    m_types = std::move(merged);
    return true;
}

const std::vector<FailureMode> *FailureModeVocabulary::listFor(const QString &assetType) const
{
    auto it = m_types.constFind(normalisedType(assetType));
    if (it == m_types.constEnd())
        it = m_types.constFind(defaultType());
    return it == m_types.constEnd() ? nullptr : &*it;
}

std::vector<FailureMode> FailureModeVocabulary::entriesFor(const QString &assetType) const
{
    const std::vector<FailureMode> *list = listFor(assetType);
    return list ? *list : std::vector<FailureMode>{};
}

QStringList FailureModeVocabulary::modesFor(const QString &assetType) const
{
    QStringList names;
    if (const std::vector<FailureMode> *list = listFor(assetType)) {
        for (const FailureMode &m : *list)
            names << m.name;
    }
    return names;
}

QString FailureModeVocabulary::codeOf(const QString &assetType, const QString &modeName) const
{
    if (const std::vector<FailureMode> *list = listFor(assetType)) {
        for (const FailureMode &m : *list) {
            if (m.name == modeName)
                return m.code;
        }
    }
    return {};
}

bool FailureModeVocabulary::isOther(const QString &assetType, const QString &modeName) const
{
    return codeOf(assetType, modeName) == otherCode();
}

QStringList FailureModeVocabulary::assetTypes() const
{
    return m_types.keys();
}

} // namespace fw
