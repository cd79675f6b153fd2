#pragma once
// TopicParser: maps a topic under ROOT to a TopicRef per the topic table of the fleet interface v1,
// and builds topics for publishing. Cheap to copy; thread-compatible.

#include "core/fleet/fleetmessages.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace fw {

class TopicParser
{
public:
    explicit TopicParser(const QString &root = QStringLiteral("fleet/v1"));

    const QString &root() const { return m_root; }

    // nullopt with *reason set when the topic fits no row or breaks the id rule.
    std::optional<TopicRef> parse(QByteArrayView topic, RejectReason *reason) const;

    // The topic for a message; ids are not checked here (use isValidId()).
    QString topicFor(const TopicRef &ref) const;

    // 1 to 64 characters of A-Z a-z 0-9 . _ -
    static bool isValidId(QStringView id);
    static bool isValidId(QByteArrayView id);

    // Subscription filter for all assets of one site, or of every site when site is empty.
    QString subscriptionFilter(const QString &site = {}) const;

    // The console's keys: "site/asset" for an asset, "site/asset/alertId" for an alert. Unambiguous,
    // because no id holds a '/' (isValidId()).
    static QString assetKey(const QString &site, const QString &asset);
    static QString alertKey(const QString &site, const QString &asset, const QString &alertId);

private:
    QString m_root;
    QByteArray m_rootUtf8;
};

} // namespace fw
