#include "core/fleet/topicparser.h"

#include <array>
#include <cstring>

namespace fw {
namespace {

constexpr std::array<bool, 256> makeIdCharTable()
{
    std::array<bool, 256> table{};
    for (int c = 'A'; c <= 'Z'; ++c)
        table[c] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = true;
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    table['.'] = table['_'] = table['-'] = true;
    return table;
}

constexpr std::array<bool, 256> kIdChar = makeIdCharTable();
constexpr qsizetype kMaxIdLength = 64;
constexpr int kMaxLevels = 5;   // below ROOT: SITE/ASSET/alerts/ALERT/ack

struct KindWord
{
    QByteArrayView word;
    MessageKind kind;
};

// The rows of the form ROOT/SITE/ASSET/<word>.
constexpr KindWord kAssetRows[] = {
    {"meta", MessageKind::Meta},         {"state", MessageKind::State},
    {"telemetry", MessageKind::Telemetry}, {"health", MessageKind::Health},
    {"alerts", MessageKind::Alert},      {"labels", MessageKind::Label},
};

const char *wordFor(MessageKind kind)
{
    for (const KindWord &row : kAssetRows) {
        if (row.kind == kind)
            return row.word.data();
    }
    return "";
}

QString fromId(QByteArrayView id)
{
    return QString::fromLatin1(id.data(), id.size());   // ids are ASCII once checked
}

bool fail(RejectReason *reason, RejectReason why)
{
    if (reason)
        *reason = why;
    return false;
}

} // namespace

TopicParser::TopicParser(const QString &root)
    : m_root(root)
{
    while (m_root.endsWith(QLatin1Char('/')))
        m_root.chop(1);
    m_rootUtf8 = m_root.toUtf8();
}

std::optional<TopicRef> TopicParser::parse(QByteArrayView topic, RejectReason *reason) const
{
    const qsizetype rootLength = m_rootUtf8.size();
    if (topic.size() <= rootLength || topic[rootLength] != '/'
        || std::memcmp(topic.data(), m_rootUtf8.constData(), size_t(rootLength)) != 0) {
        fail(reason, RejectReason::TopicOutsideRoot);
        return std::nullopt;
    }

    std::array<QByteArrayView, kMaxLevels> level;
    int count = 0;
    const char *p = topic.data() + rootLength + 1;
    const char *const end = topic.data() + topic.size();
    for (;;) {
        if (count == kMaxLevels) {
            fail(reason, RejectReason::TopicUnknown);
            return std::nullopt;
        }
        const auto *slash = static_cast<const char *>(std::memchr(p, '/', size_t(end - p)));
        level[count++] = QByteArrayView(p, (slash ? slash : end) - p);
        if (!slash)
            break;
        p = slash + 1;
    }

    TopicRef ref;
    QByteArrayView alertId;
    QByteArrayView modelId;
    const bool modelAsset = count > 1 && level[1] == "model";   // "model" is never an asset id
    if (count == 3 && !modelAsset) {
        bool found = false;
        for (const KindWord &row : kAssetRows) {
            if (level[2] == row.word) {
                ref.kind = row.kind;
                found = true;
                break;
            }
        }
        if (!found) {
            fail(reason, RejectReason::TopicUnknown);
            return std::nullopt;
        }
    } else if (count == 4 && modelAsset && level[3] == "status") {
        ref.kind = MessageKind::ModelStatus;
        modelId = level[2];
    } else if (count == 4 && !modelAsset && level[2] == "alerts" && level[3] == "active") {
        ref.kind = MessageKind::ActiveAlerts;
    } else if (count == 5 && !modelAsset && level[2] == "alerts" && level[4] == "ack") {
        ref.kind = MessageKind::Ack;
        alertId = level[3];
    } else {
        fail(reason, RejectReason::TopicUnknown);
        return std::nullopt;
    }

    if (!isValidId(level[0]) || (!modelAsset && !isValidId(level[1]))
        || (ref.kind == MessageKind::ModelStatus && !isValidId(modelId))
        || (ref.kind == MessageKind::Ack && !isValidId(alertId))) {
        fail(reason, RejectReason::TopicBadId);
        return std::nullopt;
    }
    ref.site = fromId(level[0]);
    if (ref.kind == MessageKind::ModelStatus)
        ref.model = fromId(modelId);
    else
        ref.asset = fromId(level[1]);
    if (ref.kind == MessageKind::Ack)
        ref.alert = fromId(alertId);
    return ref;
}

QString TopicParser::topicFor(const TopicRef &ref) const
{
    const QChar slash = QLatin1Char('/');
    switch (ref.kind) {
    case MessageKind::ModelStatus:
        return m_root + slash + ref.site + QLatin1StringView("/model/") + ref.model
               + QLatin1StringView("/status");
    case MessageKind::ActiveAlerts:
        return m_root + slash + ref.site + slash + ref.asset + QLatin1StringView("/alerts/active");
    case MessageKind::Ack:
        return m_root + slash + ref.site + slash + ref.asset + QLatin1StringView("/alerts/")
               + ref.alert + QLatin1StringView("/ack");
    case MessageKind::Meta:
    case MessageKind::State:
    case MessageKind::Telemetry:
    case MessageKind::Health:
    case MessageKind::Alert:
    case MessageKind::Label:
        break;
    }
    return m_root + slash + ref.site + slash + ref.asset + slash
           + QLatin1StringView(wordFor(ref.kind));
}

bool TopicParser::isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > kMaxIdLength)
        return false;
    for (const QChar c : id) {
        if (c.unicode() > 0xff || !kIdChar[c.unicode()])
            return false;
    }
    return true;
}

bool TopicParser::isValidId(QByteArrayView id)
{
    if (id.isEmpty() || id.size() > kMaxIdLength)
        return false;
    for (const char c : id) {
        if (!kIdChar[static_cast<unsigned char>(c)])
            return false;
    }
    return true;
}

QString TopicParser::subscriptionFilter(const QString &site) const
{
    if (site.isEmpty())
        return m_root + QLatin1StringView("/#");
    return m_root + QLatin1Char('/') + site + QLatin1StringView("/#");
}

QString TopicParser::assetKey(const QString &site, const QString &asset)
{
    return site + QLatin1Char('/') + asset;
}

QString TopicParser::alertKey(const QString &site, const QString &asset, const QString &alertId)
{
    return site + QLatin1Char('/') + asset + QLatin1Char('/') + alertId;
}

} // namespace fw
